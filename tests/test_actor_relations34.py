"""A relation noun's possessor is the other side; aid sent with people goes where the list goes (issue 10, session 24,
round 34).

"China's trading partners", "Kenya's neighbours", "Greece's creditors", "its European partners" are other states:
the possessor gives them no country, as "Russia's allies" and "Beijing's critics" already had none
(`events/participants.SIDE_HEADS`, `actors/analysis.RELATION_HEADS`); "Ukraine's Western backers" likewise
(`ALLIED_HEADS`). "Brazil sent medical teams and aid to Haiti": the people sent are what is given, and a noun conjunct
of the object (which the model may tag as a verb) carries the "to" phrase of the list (`events/place_targets.py`).
Every sentence is written for this test."""

from __future__ import annotations

import pytest

from test_actor_context13 import _no_user_files, codes, nlp, run  # noqa: F401  (fixtures)

CLAIMED = ("asserted", "attributed")


def claimed(pipe, text):
    from lapwing.schema import Article

    return [e for e in pipe.analyse(Article(id="t", text=text, published="2024-03-05")).events
            if e.status in CLAIMED]


@pytest.mark.parametrize("text, possessor", [
    ("Kenya's neighbours condemned the attack on the border post.", "KEN"),
    ("Greece's creditors rejected the budget proposal on Friday.", "GRC"),
    ("China's trading partners protested against the new tariffs.", "CHN"),
    ("Poland and its Baltic neighbours asked NATO for more troops.", "POL"),
    ("Germany said its European partners would criticise the plan.", "DEU"),
    ("Argentina's lenders have refused to ease the terms of the loan.", "ARG"),
    ("Ukraine's Western backers pledged more weapons on Tuesday.", "UKR"),
])
def test_a_relation_noun_is_not_its_possessors_country(pipe, text, possessor):
    words = ("neighbours", "creditors", "partners", "lenders", "backers")
    for e in claimed(pipe, text):
        if e.source is not None and any(w in e.source.text for w in words):
            assert e.source.country != possessor, (e.cameo, e.source)


@pytest.mark.parametrize("text, phrase", [
    ("Ukraine's Western backers pledged more weapons on Tuesday.", "backers"),
    ("Taiwan's backers in Congress urged a vote.", "backers"),
])
def test_a_countrys_backers_are_not_its_people(nlp, text, phrase):
    got = codes(run(nlp, text), phrase)
    assert got is None or got[0] is None


@pytest.mark.parametrize("text", [
    "Maduro's allies in the army stayed loyal on Monday.",  # a person's allies keep the person's country
])
def test_a_persons_allies_keep_the_country(nlp, text):
    assert codes(run(nlp, "CARACAS, Venezuela (Reuters) - " + text), "allies")[0] == "VEN"


@pytest.mark.parametrize("text, source, target", [
    ("Brazil sent medical teams and aid to Haiti.", "BRA", "HTI"),
    ("Qatar sent engineers and humanitarian aid to Lebanon after the blast.", "QAT", "LBN"),
    ("Brazil sent medical teams to Haiti on Friday.", "BRA", "HTI"),
    ("Indonesia sent rescue workers and relief supplies to Fiji after the storm.", "IDN", "FJI"),
])
def test_aid_sent_with_people_goes_to_the_place(pipe, text, source, target):
    aid = [e for e in claimed(pipe, text) if e.cameo.startswith("07")]
    assert aid, claimed(pipe, text)
    assert any(e.source and e.source.country == source and e.target and e.target.country == target for e in aid), aid


@pytest.mark.parametrize("text", [
    "Brazil sent medical teams to help the flood victims.",  # no place: no target made up
])
def test_aid_without_a_place_keeps_no_target(pipe, text):
    for e in claimed(pipe, text):
        if e.cameo.startswith("07"):
            assert e.target is None or e.target.country is None


@pytest.mark.parametrize("text, subject", [
    ("Peru will tell its creditors that it needs more time to pay.", "PER"),
    ("The Philippines will offer its bank creditors a new repayment plan.", "PHL"),
    ("Zambia has asked its lenders for a two-year delay.", "ZMB"),
    ("Estonia and its Nordic neighbours will ask Moscow for talks.", "EST"),
])
def test_a_relation_noun_target_is_not_the_subjects_country(pipe, text, subject):
    for e in claimed(pipe, text):
        if e.target is not None and e.source is not None and e.source.country == subject:
            assert e.target.country != subject, (e.cameo, e.source, e.target)


@pytest.mark.parametrize("text, source, target", [
    ("Uzbekistan is considering sending grain to its poor neighbour Tajikistan.", "UZB", "TJK"),
    ("Senegal plans to send rice to its neighbour Gambia.", "SEN", "GMB"),
])
def test_a_relation_noun_with_a_name_is_the_name(pipe, text, source, target):
    evs = [e for e in claimed(pipe, text) + [e for e in _all(pipe, text)] if e.source and e.source.country == source]
    assert any(e.target and e.target.country == target for e in evs), evs


def _all(pipe, text):
    from lapwing.schema import Article

    return pipe.analyse(Article(id="t", text=text, published="2024-03-05")).events
