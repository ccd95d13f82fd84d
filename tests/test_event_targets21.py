"""Event coder, session 21 (issue 10, item 2): the argument classes sessions 20's rounds left
(``scripts/event_args_sweep21.py``). Sentences written for this test, each class in several phrasings, with uses of
the same words that must stay as they are:

- an envoy "ordered out of / kicked out of / sent home from" a country with no by-agent was sent away by that
  country (a coded party only: "ordered out of the meeting" names no doer);
- "drove / pushed / chased / forced Y out of X" is an event: fighters or troops driven out is fighting (19), people
  driven out an expulsion (17); the press or a thing driven out is none;
- "told / instructed / directed X to VERB" is a demand of X (not "told reporters to ..."), and the clause's own
  act is not the doer's;
- an investment's in-phrase names the party it goes to ("to increase investment *in Zambia*"), not a thing or the
  doer's own ("in infrastructure", "in its ports").
"""

from __future__ import annotations

import pytest

from event_helpers import claimed_pairs, events as _events, show, with_root


def _claimed(evs):
    return [e for e in evs if e.status in ("asserted", "attributed", "future")]


# -- an agentless expulsion: the country of the out-of / from phrase ------------------------------------------------
@pytest.mark.parametrize("text, src, tgt", [
    ("The Estonian ambassador was ordered out of Belarus on Wednesday.", "BLR", "EST"),
    ("Four Belgian diplomats were sent home from Burundi after the dispute.", "BDI", "BEL"),
    ("Austria's envoy was kicked out of Azerbaijan last month.", "AZE", "AUT"),
    ("On Sunday the Peruvian ambassador was thrown out of Bolivia.", "BOL", "PER"),
])
def test_the_country_an_envoy_is_sent_from_is_the_doer(pipe, text, src, tgt):
    evs = _events(pipe, text)
    assert (src, tgt) in claimed_pairs(evs), show(evs)


@pytest.mark.parametrize("text", [
    "The Estonian ambassador was ordered out of the meeting on Wednesday.",
    "Four Belgian diplomats were sent home from the conference after the dispute.",
])
def test_a_room_an_envoy_leaves_is_no_doer(pipe, text):
    evs = _events(pipe, text)
    assert all(e.source is None or e.source.text.lower() not in ("the meeting", "the conference") for e in evs), show(evs)


# -- "drove Y out of X" ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, root, src, tgt", [
    ("The Somali army drove the militants out of the port town on Saturday.", "19", "SOM", None),
    ("Armenian troops pushed Azerbaijani forces out of two villages.", "19", "ARM", "AZE"),
    ("Malian soldiers chased the jihadist fighters out of their camp near Gao.", "19", "MLI", None),
    ("The Sudanese army forced the rebel fighters out of the city of El Obeid.", "19", "SDN", None),
    ("Ethiopian soldiers drove Eritrean refugees out of the border camps.", "17", "ETH", "ERI"),
    ("Libyan police pushed Nigerien migrants out of the coastal town.", "17", "LBY", "NER"),
])
def test_driving_out_of_a_place_is_an_event(pipe, text, root, src, tgt):
    evs = _events(pipe, text)
    hits = [e for e in with_root(evs, root) if e.source is not None and e.source.country == src and e.target is not None]
    assert hits and (tgt is None or any(e.target.country == tgt for e in hits)), show(evs)


@pytest.mark.parametrize("text", [
    "The reform drove foreign investors out of the bond market.",
    "The new coach pushed the veteran players out of the starting line-up.",
    "A storm drove the fishing boats out of the harbour.",
])
def test_driving_things_or_investors_out_is_no_force(pipe, text):
    evs = _events(pipe, text)
    assert not [e for e in evs if e.cameo.startswith(("17", "19", "20"))], show(evs)


# -- "told / instructed / directed X to VERB" -------------------------------------------------------------------------
@pytest.mark.parametrize("text, src, tgt", [
    ("The Kenyan president told Somalia to pull its troops back from the border.", "KEN", "SOM"),
    ("Moscow told Armenia to stay out of the Western alliance.", "RUS", "ARM"),
    ("The Chinese foreign ministry instructed the Philippines to withdraw its vessels from the shoal.", "CHN", "PHL"),
    ("The African Union directed Guinea to hold elections within a year.", None, "GIN"),
])
def test_telling_a_party_to_act_is_a_demand(pipe, text, src, tgt):
    evs = _events(pipe, text)
    hits = [e for e in with_root(evs, "10") if e.target is not None and e.target.country == tgt
            and (src is None or (e.source is not None and e.source.country == src))]
    assert hits, show(evs)


@pytest.mark.parametrize("text", [
    "The Kenyan president told reporters to expect a deal within days.",
    "The Somali prime minister told journalists to wait for the final results.",
])
def test_telling_the_press_is_no_demand(pipe, text):
    evs = _events(pipe, text)
    assert not with_root(evs, "10"), show(evs)


def test_the_told_act_is_not_asserted_of_the_teller(pipe):
    evs = _events(pipe, "The Ghanaian president told Togo to stop the fighting on the border.")
    assert with_root(evs, "10"), show(evs)
    assert not [e for e in _claimed(evs) if e.cameo.startswith("08") and e.source is not None
                and e.source.country == "GHA"], show(evs)


# -- an investment's in-phrase --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, src, tgt", [
    ("Qatar pledged to increase investment in Rwanda.", "QAT", "RWA"),
    ("South Korea will boost its investment in Indonesia.", "KOR", "IDN"),
    ("Turkey promised to expand investments in Somalia next year.", "TUR", "SOM"),
    ("Brazil agreed to double its investment in Angola.", "BRA", "AGO"),
])
def test_an_investments_in_phrase_is_the_target(pipe, text, src, tgt):
    evs = _events(pipe, text)
    assert (src, tgt) in claimed_pairs(evs), show(evs)


@pytest.mark.parametrize("text", [
    "Qatar pledged to increase investment in infrastructure.",
    "South Korea will boost its investment in its shipyards.",
    "Turkey promised to expand investment in solar power.",
    "Brazil pledged to deploy its troops in the capital.",
])
def test_a_thing_or_the_doers_own_in_phrase_is_no_target(pipe, text):
    evs = _events(pipe, text)
    assert all(e.target is None for e in _claimed(evs)), show(evs)


# -- a titled name left as an unlabelled dependent with its own preposition -------------------------------------------
@pytest.mark.parametrize("text, src, name", [
    ("Armenia has imposed sanctions on former President Gagik Sargsyan and ex-Defence Minister Aram Grigoryan, "
     "freezing their assets and banning them from travel.", "ARM", "Sargsyan"),
    ("Bolivia imposed sanctions on former Interior Minister Carlos Mamani and ex-Police Chief Juan Flores.", "BOL",
     "Mamani"),
])
def test_a_titled_name_with_its_preposition_is_the_target(pipe, text, src, name):
    evs = _events(pipe, text)
    assert any(e.source is not None and e.source.country == src and e.target is not None and name in e.target.text
               for e in _claimed(evs)), show(evs)
