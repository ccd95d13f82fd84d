"""Event coder, session 20 (issue 10, item 2): targets (``scripts/event_args_sweep20.py``). Sentences written for this
test, each class in several phrasings, with uses of the same words that must stay as they are:

- the doer's own troops, weapons, funds or envoy in a content clause ("agreed to withdraw *its troops* from X") are
  never the target: the party named after them is, or none;
- a content clause's object that is a thing gives way to its phrase with a country word ("refused to lift the ban
  *on Cypriot ships*"), and a party comes before a thing ("threatened to cut French aid *to Mali*");
- a thing named by the doer's own country word is no target ("threatened to pull *US* funding");
- one deported or expelled with no by-agent was sent away by the country of the from-phrase;
- the "of" of "out of" names no owner ("forced aid workers out *of* the Rakhine State");
- "its neighbour, NAME" is the name's country, not the pronoun's ("sent rice to its neighbour *Laos*");
- an appeal's for-phrase names its party ("called for talks *with Ethiopia*", "for sanctions *against* Y").
"""

from __future__ import annotations

import pytest

from event_helpers import claimed_pairs, events as _events, show

_OWN = ("its ", "their ", "his ", "her ", "our ")


def _claimed(evs):
    return [e for e in evs if e.status in ("asserted", "attributed", "future")]


# -- the doer's own thing in a content clause ------------------------------------------------------------------------
@pytest.mark.parametrize("text, src, tgt", [
    ("Uganda agreed to withdraw its soldiers from South Sudan.", "UGA", "SSD"),
    ("The Rwandan government is ready to send its troops to Mozambique.", "RWA", "MOZ"),
    ("Turkey threatened to move its warships closer to Greece.", "TUR", "GRC"),
    ("The Chadian president pledged to redeploy his forces toward Niger.", "TCD", "NER"),
])
def test_the_party_after_the_doers_own_thing_is_the_target(pipe, text, src, tgt):
    evs = _events(pipe, text)
    assert (src, tgt) in claimed_pairs(evs), show(evs)


@pytest.mark.parametrize("text", [
    "Burundi promised to withdraw its troops from the border.",
    "The Kurdish fighters agreed to lay down their weapons in the mountains.",
    "Angola refused to return its ambassador to the capital.",
    "The Zambian president vowed to double his contribution to the fund.",
])
def test_the_doers_own_thing_is_no_target(pipe, text):
    evs = _events(pipe, text)
    assert not any(e.target is not None and e.target.text.lower().startswith(_OWN) for e in evs), show(evs)


def test_the_doers_own_thing_is_no_target_of_a_plain_verb(pipe):
    evs = _events(pipe, "Ethiopia withdrew its troops from Somalia on Monday.")
    assert not any(e.target is not None and e.target.text.lower().startswith(_OWN) for e in evs), show(evs)


# -- a thing's phrase with a country word ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, src, tgt", [
    ("Athens refused to lift the ban on Turkish fishing boats.", "GRC", "TUR"),
    ("The Kenyan government agreed to ease the restrictions on Ugandan sugar.", "KEN", "UGA"),
    ("Washington threatened to impose tariffs on Mexican steel.", "USA", "MEX"),
    ("Egypt vowed to keep the embargo on Libyan weapons.", "EGY", "LBY"),
    ("Beijing refused to lower Chinese tariffs on Australian barley.", "CHN", "AUS"),
])
def test_a_country_word_in_the_things_phrase_is_the_target(pipe, text, src, tgt):
    evs = _events(pipe, text)
    assert (src, tgt) in claimed_pairs(evs), show(evs)


@pytest.mark.parametrize("text, src, tgt", [
    ("The French president threatened to cut French aid to Niger.", "FRA", "NER"),
    ("Norway agreed to resume Norwegian arms sales to Ukraine.", "NOR", "UKR"),
])
def test_a_party_comes_before_the_doers_own_thing(pipe, text, src, tgt):
    evs = _events(pipe, text)
    assert (src, tgt) in claimed_pairs(evs), show(evs)


def test_an_object_with_its_own_country_word_stays(pipe):
    evs = _events(pipe, "Tehran threatened to seize British tankers in the Gulf.")
    assert ("IRN", "GBR") in claimed_pairs(evs), show(evs)


# -- the doer's own country word on a thing -------------------------------------------------------------------------
@pytest.mark.parametrize("text, src", [
    ("Trump threatened to pull US funding from the agency.", "USA"),
    ("Tokyo pledged to increase Japanese investment in the region.", "JPN"),
    ("The Canadian prime minister promised to halt Canadian exports.", "CAN"),
])
def test_the_doers_own_country_word_on_a_thing_is_no_target(pipe, text, src):
    evs = _events(pipe, text)
    assert not any(e.source and e.target and e.source.country == src == e.target.country
                   for e in _claimed(evs)), show(evs)


@pytest.mark.parametrize("text, src", [
    ("The Pakistani army shelled Pakistani villages near the border.", "PAK"),  # force keeps its victims
    ("The United States praised American workers.", "USA"),  # people, not a thing
])
def test_the_same_country_stays_for_people_and_force(pipe, text, src):
    evs = _events(pipe, text)
    assert any(e.source and e.target and e.source.country == src == e.target.country
               for e in _claimed(evs)), show(evs)


# -- deported or expelled from a country, no by-agent ---------------------------------------------------------------
@pytest.mark.parametrize("text, src, tgt", [
    ("Two Chinese nationals were deported from Kenya on Monday.", "KEN", "CHN"),
    ("Three Filipino workers have been expelled from Kuwait.", "KWT", "PHL"),
    ("A Turkish journalist was deported from Azerbaijan last week.", "AZE", "TUR"),
])
def test_deported_from_a_country_names_the_doer(pipe, text, src, tgt):
    evs = _events(pipe, text)
    assert (src, tgt) in claimed_pairs(evs), show(evs)


def test_the_by_agent_still_comes_first(pipe):
    evs = _events(pipe, "Two Chinese nationals were deported from Nairobi by the Ugandan police.")
    assert not any(e.source and e.source.country == "KEN" for e in _claimed(evs)), show(evs)


# -- "out of" is no "of" --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, src, tgt", [
    ("The Sudanese army forced Swiss aid workers out of the Darfur region.", "SDN", "CHE"),
    ("The Burmese junta has forced the Norwegian aid agencies out of the Rakhine State.", "MMR", "NOR"),
])
def test_the_people_forced_out_are_the_target_not_the_place(pipe, text, src, tgt):
    evs = _events(pipe, text)
    assert (src, tgt) in claimed_pairs(evs), show(evs)


def test_a_plain_of_phrase_still_names_the_owner(pipe):
    evs = _events(pipe, "Mali expelled the peacekeepers of the United Nations.")
    assert any(e.target is not None and e.target.country == "UNO" for e in _claimed(evs)), show(evs)


@pytest.mark.parametrize("text, src, tgt", [
    ("Kazakhstan is considering sending aid to its poor neighbour Kyrgyzstan.", "KAZ", "KGZ"),
    ("Uzbekistan is considering sending grain to its poor neighbour Tajikistan.", "UZB", "TJK"),
    ("Thailand is ready to send rice to its impoverished neighbour Laos.", "THA", "LAO"),
    ("Beijing warned its rival Taiwan against provocations.", "CHN", "TWN"),
])
def test_another_party_the_doers_pronoun_relates_stays_the_target(pipe, text, src, tgt):
    # "its neighbour, NAME": the name, not the pronoun's (the doer's) country
    evs = _events(pipe, text)
    assert (src, tgt) in claimed_pairs(evs) and (src, src) not in claimed_pairs(evs), show(evs)


@pytest.mark.parametrize("text, src, tgt", [
    ("Former Bolivian President Jeanine Anez was removed from office on Thursday. Argentina's president said his "
     "country was ready to offer her asylum.", "ARG", "BOL"),
    ("The ousted Ecuadorian president fled on Monday. The Colombian president said his government was willing to give "
     "her protection.", "COL", "ECU"),
])
def test_a_pronoun_resolved_to_another_country_is_not_the_doers_own(pipe, text, src, tgt):
    # "offer [her asylum]" read as a possessive: "her" is the other country's president, not the doer
    evs = _events(pipe, text)
    assert (src, tgt) in claimed_pairs(evs), show(evs)


# -- an appeal's for-phrase names its party -------------------------------------------------------------------------
@pytest.mark.parametrize("text, src, tgt", [
    ("Egypt called for talks with Ethiopia over the dam.", "EGY", "ETH"),
    ("Armenia pushed for a meeting with Azerbaijan.", "ARM", "AZE"),
    ("The Lithuanian president called for sanctions against Belarus.", "LTU", "BLR"),
    ("Estonia called for a tougher line on Russia.", "EST", "RUS"),
    ("Ghana called for dialogue with Togo.", "GHA", "TGO"),
])
def test_the_party_in_an_appeals_for_phrase_is_the_target(pipe, text, src, tgt):
    evs = _events(pipe, text)
    assert (src, tgt) in claimed_pairs(evs), show(evs)


@pytest.mark.parametrize("text", [
    "The Kenyan opposition called for a vote on the budget.",
    "The Ugandan president called for a ceasefire with immediate effect.",
])
def test_a_thing_or_a_manner_in_the_for_phrase_is_no_target(pipe, text):
    evs = _events(pipe, text)
    assert all(e.target is None for e in _claimed(evs)), show(evs)
