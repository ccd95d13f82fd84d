"""Every party of a coordinated subject is a source (issue 10; events/conjuncts.py, session 27 round 45).

Every sentence is written for this test. The parser often splits a list of parties before the verb: the later
members read as a second subject of the verb ("Poland, Lithuania and Latvia condemned ..."), the member after "as
well as" as a second subject or an oblique, a chained list's middle member left without its "and". Each party of
the run is a source of the act. Controls: a mutual act keeps one event for the pair; one party with a time aside
stays one party; a couple acting together is two sources of one side, never a source and target of each other."""

from __future__ import annotations

import pytest

CLAIMED = ("asserted", "attributed", "future")


def claimed(pipe, text, root):
    from lapwing.schema import Article

    return [e for e in pipe.analyse(Article(id="t", text=text)).events
            if e.status in CLAIMED and e.cameo.startswith(root)]


def _show(evs):
    return [(e.cameo, e.source and (e.source.text, e.source.country), e.target and e.target.text) for e in evs]


@pytest.mark.parametrize("text, root, sources, target", [
    # three and four parties, split into two subjects of the verb
    ("Poland, Lithuania and Latvia condemned Belarus.", "11", ("POL", "LTU", "LVA"), "BLR"),
    ("Austria, Hungary and Slovakia condemned Serbia.", "11", ("AUT", "HUN", "SVK"), "SRB"),
    ("Iceland, Norway, Sweden and Denmark condemned Russia.", "11", ("ISL", "NOR", "SWE", "DNK"), "RUS"),
    ("France, Germany and Italy urged Iran to release the sailors.", "02", ("FRA", "DEU", "ITA"), "IRN"),
    # "as well as", a second subject or an oblique, alone or after a pair
    ("Jamaica as well as Barbados criticized Haiti.", "11", ("JAM", "BRB"), "HTI"),
    ("Oman as well as Bahrain welcomed the Iranian offer.", "05", ("OMN", "BHR"), "IRN"),
    ("Portugal and Spain, as well as Morocco, condemned Algeria.", "11", ("PRT", "ESP", "MAR"), "DZA"),
    ("Sweden and Finland, as well as Estonia, criticized Belarus.", "11", ("SWE", "FIN", "EST"), "BLR"),
    # the verb read as a conjunct of the first name
    ("Brazil and Argentina condemned Chile.", "11", ("BRA", "ARG"), "CHL"),
])
def test_every_party_is_a_source(pipe, text, root, sources, target):
    evs = [e for e in claimed(pipe, text, root) if e.target is not None and e.target.country == target]
    got = {e.source.country for e in evs if e.source is not None}
    assert set(sources) <= got, _show(claimed(pipe, text, root[:2]))
    assert not any(e.source is not None and e.source.country == target for e in evs)


@pytest.mark.parametrize("text, root, first, second", [
    # titles: both officials, after "as well as"
    ("Foreign Minister Paula Merz, as well as Trade Minister Jonas Kerr, criticized China.", "11", "Paula Merz",
     "Jonas Kerr"),
    ("Interior Minister Lars Holm, as well as Defence Minister Eva Sand, criticized Russia.", "11", "Lars Holm",
     "Eva Sand"),
])
def test_titled_parties_after_as_well_as(pipe, text, root, first, second):
    evs = claimed(pipe, text, root)
    srcs = [e.source.text for e in evs if e.source is not None]
    assert any(first in s for s in srcs) and any(second in s for s in srcs), _show(evs)


def test_mutual_act_is_one_event_for_the_pair(pipe):
    for text, a, b in (("Sudan and Chad clashed near the border.", "SDN", "TCD"),
                       ("Armenia and Azerbaijan clashed on Tuesday.", "ARM", "AZE")):
        evs = claimed(pipe, text, "19")
        assert [(e.source.country, e.target.country) for e in evs] == [(a, b)], _show(evs)


def test_one_party_with_an_aside_stays_one(pipe):
    evs = claimed(pipe, "The chancellor, on Tuesday, condemned Iran.", "11")
    assert len(evs) == 1 and evs[0].target.country == "IRN", _show(evs)


def test_a_couple_is_one_side(pipe):
    for text, target in (("The king and his son visited Morocco.", "MAR"),
                         ("The president and his wife visited Kenya.", "KEN")):
        evs = claimed(pipe, text, "04")
        assert len(evs) == 2 and all(e.target is not None and e.target.country == target for e in evs), _show(evs)


def test_a_dateline_place_is_no_party(pipe):
    # the verb read as a conjunct of the dateline's place: the place is no co-subject (it fails without the dash guard)
    text = ("None of the claims have been tested in court. By Tom Ek, The Nordic Press.  MALMO — A young Swedish "
            "woman and her father have launched a lawsuit against Malmo police and the city's rail operator, alleging "
            "she was a victim of abuse.")
    evs = claimed(pipe, text, "11")
    assert any(e.source is not None and "father" in e.source.text for e in evs), _show(evs)
    assert all(e.source is None or e.source.text.strip() not in ("", "MALMO") for e in evs), _show(evs)
