"""Event arguments, round 31 (issue 10, item 2): two constructions whose side or target was lost.

* Two nationality words on one head (``adjective_sides``): "French and German troops" are two sides.
* Struck sites (``site_targets``): the prepositional target of an act of force that is a site ("positions",
  "targets") takes the country its own "in" phrase names.

Every sentence is written for this test, with invented or well-known public actors."""

from __future__ import annotations

import pytest

CLAIMED = ("asserted", "attributed")


def claimed(pipe, text, root=None):
    from lapwing.schema import Article

    evs = pipe.analyse(Article(id="t", text=text)).events
    return [e for e in evs if e.status in CLAIMED and (root is None or e.cameo.startswith(root))]


def show(evs):
    return [(e.cameo, e.source and e.source.text, e.target and e.target.text, e.rule) for e in evs]


# -- struck sites: the country of the site's "in" phrase is the target ------------------------------------------------

@pytest.mark.parametrize("text, src, tgt", [
    ("Turkish jets launched air strikes against Kurdish positions in northern Iraq.", "TUR", "IRQ"),
    ("Kenyan troops carried out an assault on militant hideouts in southern Somalia on Sunday.", "KEN", "SOM"),
    ("Ethiopian drones carried out an attack on fuel depots in Sudan's border region.", None, "SDN"),
    ("Israeli warplanes carried out strikes on weapons depots in Syria overnight.", "ISR", "SYR"),
])
def test_struck_site_country(pipe, text, src, tgt):
    evs = claimed(pipe, text)
    assert any(e.cameo[:2] in ("18", "19", "20") and e.target and e.target.country == tgt
               and (src is None or (e.source and e.source.country == src)) for e in evs), show(evs)


@pytest.mark.parametrize("text, tgt", [
    # people are whom, not where: the place of a killing is no target
    ("Gunmen carried out an attack on farmers in Nigeria's Plateau state.", "NGA"),
    # a coded owner comes first: the rebels' town, not its country
    ("Burmese army jets carried out air strikes on the rebel-held town of Loikaw.", "MMR"),
])
def test_struck_site_not_for_people_or_owned(pipe, text, tgt):
    evs = claimed(pipe, text)
    assert not any(e.target and e.target.country == tgt and e.target.kind == "gpe" for e in evs), show(evs)


# -- two nationality words on one head: "French and German troops" -----------------------------------------------------

@pytest.mark.parametrize("text, root, countries", [
    ("French and German troops attacked the rebel base.", "19", {"FRA", "DEU"}),
    ("Kenyan and Ugandan police arrested 12 smugglers at the border.", "17", {"KEN", "UGA"}),
    ("Chilean and Peruvian soldiers shelled the insurgents' camp on Tuesday.", "19", {"CHL", "PER"}),
])
def test_adjective_sides_each_act(pipe, text, root, countries):
    evs = claimed(pipe, text, root)
    got = {e.source.country for e in evs if e.source is not None}
    assert countries <= got, show(evs)
    first = next(e.source for e in evs if e.source is not None and e.source.rule == "events:adjective-side")
    assert first.sector in ("MIL", "COP") and text[first.start:first.end] == first.text


@pytest.mark.parametrize("text, root, pair", [
    ("Israeli and Palestinian negotiators met in Cairo on Monday.", "04", {"ISR", "PSE"}),
    ("French and German negotiators have failed to reach a deal on fishing.", "12", {"FRA", "DEU"}),
    ("Nigerian and British armed forces have agreed to hold a joint exercise next year.", "03", {"NGA", "GBR"}),
    ("Egyptian and Sudanese officials held talks in Khartoum on the dam.", "04", {"EGY", "SDN"}),
])
def test_adjective_sides_are_the_pair(pipe, text, root, pair):
    evs = claimed(pipe, text, root)
    assert any(e.source and e.target and {e.source.country, e.target.country} == pair for e in evs), show(evs)


@pytest.mark.parametrize("text", [
    "Senior Kenyan and Ugandan officials did not attend the summit in Nairobi.",
    "The minister praised Spanish and Portuguese fishermen for their patience.",
])
def test_adjective_sides_not_without_event(pipe, text):
    evs = claimed(pipe, text)
    assert not any(e.source and e.source.rule == "events:adjective-side" and e.status == "asserted"
                   and e.cameo[:2] not in ("01", "02", "05") for e in evs), show(evs)


def test_one_nationality_word_is_no_pair(pipe):
    evs = claimed(pipe, "Russian and pro-government troops attacked the town.")
    assert not any(e.source and e.source.rule == "events:adjective-side" for e in evs), show(evs)


def test_nationality_words_on_a_thing_stay_as_they_were(pipe):
    # a head that is no coded actor ("deals", "pacts") has no sides: its words keep their own codes
    evs = claimed(pipe, "Kenya's president welcomed the Ethiopian and Somali peace deals on Monday.")
    assert not any(a is not None and a.rule == "events:adjective-side" for e in evs for a in (e.source, e.target)), show(evs)


@pytest.mark.parametrize("text", [
    "The governor is waging a war on drugs in Sinaloa.",
    "Officials launched a crackdown on corruption in Lagos.",
    "The mayor declared war on crime in Recife last year.",
])
def test_a_campaign_on_an_abstract_is_no_struck_site(pipe, text):
    # a campaign waged "on drugs / corruption / crime" in a place strikes no site there: the place's country is
    # not its target
    evs = claimed(pipe, text)
    assert not [e for e in evs if e.cameo[:2] in ("18", "19", "20") and e.target is not None
                and e.target.country in ("MEX", "NGA", "BRA")], evs
