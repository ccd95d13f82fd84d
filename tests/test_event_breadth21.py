"""Recall of session 21 (issue 10): wire sentences whose event was not found, in phrasings written for Lapwing, beside
sentences that must stay as they were.

- "Israeli troops *patrol* in the streets of ...", "Some 1,200 UN soldiers *patrol*": a plural noun read as the
  compound of a verb's base form (repair 93, ``repair_plural_subject``);
- "captured *parts of* Kandahar province", "captured *a string of* villages": a portion or a string of places is
  a place (``kinds._PORTIONS``), with a town's name the entity recogniser left unlabelled;
- "forces captured *Beltran* on Monday": a one-word surname read as an organisation that no table knows is a
  person (``kinds.KindsMixin._person_like``);
- "Syria captured two terrorists", "Manila captured four gunmen": a state capturing armed men it calls terrorists,
  gunmen or insurgents is an arrest (``f_capture_armed_by_state``; their weapons and vehicles are no capture of people);
- "Western diplomats", "Asian nations", "European officials": regional groupings named by a region adjective and a
  group noun are coded actors (``lexicons/countries.tsv``)."""

from __future__ import annotations

import pytest

from event_helpers import events, show
from event_helpers import hits as _hits

CLAIMED = ("asserted", "attributed", "future")


# (sentence, source text contains, source country)
PATROLS = [
    ("Israeli troops patrol in the streets of Hebron after the clashes", "Israeli troops", "ISR"),
    ("Some 1,200 Turkish soldiers patrol", "Turkish soldiers", "TUR"),
    ("Kenyan troops patrol", "Kenyan troops", "KEN"),
    ("French troops patrol near the market in Bangui on Tuesday.", "French troops", "FRA"),
    ("Nearly 5,000 Nigerian soldiers patrol", "Nigerian soldiers", "NGA"),
    ("Hungarian police officers patrol outside the parliament in Budapest on Monday.", "police officers", "HUN"),
]


@pytest.mark.parametrize("text,source,country", PATROLS)
def test_a_plural_read_as_the_compound_of_a_base_form_verb_is_its_subject(pipe, text, source, country):
    evs = events(pipe, text)
    assert _hits(evs, "15", source=source, country=country), show(evs)


# noun phrases that must stay noun phrases: no subject is made of their first word
NOUN_PHRASES = [
    "Police raid on the opposition headquarters",
    "Arms deal",
    "Rebel troops' capture of the town",
    "The army patrol came under fire near the border.",
    "Drugs raid",
]


@pytest.mark.parametrize("text", NOUN_PHRASES)
def test_noun_phrases_with_a_verb_like_head_stay_noun_phrases(pipe, text):
    evs = events(pipe, text)
    assert not [e for e in evs if e.trigger is not None and e.trigger.text in ("raid", "deal", "capture", "patrol")
                and e.status in CLAIMED and e.cameo.startswith("15")], show(evs)


PLACES = [
    ("The rebels captured parts of Laghman earlier this month.", "rebels"),
    ("Since then, the rebels have captured a string of villages near the lake.", "rebels"),
    ("Government troops captured a series of towns along the river last week.", "troops"),
    ("The insurgents have seized and captured a cluster of villages north of the city.", "insurgents"),
]


@pytest.mark.parametrize("text,source", PLACES)
def test_a_portion_or_a_string_of_places_captured_is_ground_taken(pipe, text, source):
    evs = events(pipe, text)
    assert _hits(evs, "192", source=source), show(evs)


def test_a_number_of_people_captured_stays_a_capture_of_people(pipe):
    evs = events(pipe, "The army captured a number of rebel fighters near the border on Monday.")
    assert _hits(evs, "17", source="army") or _hits(evs, "18", source="army"), show(evs)
    assert not _hits(evs, "192"), show(evs)


NAMES = [
    ("Special navy forces captured Cardenas on Friday along with two alleged gunmen.", "Cardenas"),
    ("American forces captured Mahmud on Monday in Iraq, according to a statement.", "Mahmud"),
]


@pytest.mark.parametrize("text,target", NAMES)
def test_a_surname_read_as_an_unknown_organisation_is_a_person_captured(pipe, text, target):
    evs = events(pipe, text)
    assert _hits(evs, "17", target=target), show(evs)


def test_a_hyphenated_city_is_no_person_captured(pipe):
    evs = events(pipe, "The Taliban captured Kunduz in June, only to be pushed out three days later.")
    assert not [e for e in evs if e.cameo in ("173", "181") and e.target is not None and "Kunduz" in e.target.text], \
        show(evs)


STATE_CAPTURES = [
    ("In a clash near the border, Syria on Friday captured three \"terrorists\" -- a man and his son.", "SYR"),
    ("Pakistan captured six suspected insurgents in a raid on the tribal town.", "PAK"),
    ("The Philippines captured four Abu Sayyaf gunmen on the island of Jolo.", "PHL"),
    ("Algeria has captured three Islamist guerrillas near the border with Mali.", "DZA"),
]


@pytest.mark.parametrize("text,country", STATE_CAPTURES)
def test_a_state_capturing_armed_men_is_an_arrest(pipe, text, country):
    evs = events(pipe, text)
    assert _hits(evs, "173", country=country), show(evs)


@pytest.mark.parametrize("text", ["Israel captured two Syrian tanks on the plateau.",
                                  "Iran captured a drone over its territory, state media said."])
def test_weapons_a_state_captures_are_no_arrest(pipe, text):
    evs = events(pipe, text)
    assert not _hits(evs, "173"), show(evs)


REGIONS = [
    ("Western diplomats accused Iran of hiding nuclear work from the inspectors.", "WST"),
    ("Western officials criticised Russia over the expulsions.", "WST"),
    ("Asian nations condemned the nuclear test by North Korea on Sunday.", "ASA"),
    ("Asian leaders urged Myanmar to free political prisoners.", "ASA"),
    ("European officials criticised the decision by Israel to expand settlements.", "EUR"),
    ("European leaders condemned the attack on the embassy in Tehran.", "EUR"),
]


@pytest.mark.parametrize("text,code", REGIONS)
def test_a_region_adjective_with_a_group_noun_is_a_coded_actor(pipe, text, code):
    evs = events(pipe, text)
    assert [e for e in evs if e.status in CLAIMED and e.source is not None and e.source.country == code], show(evs)


@pytest.mark.parametrize("text", ["The Western Union office on Main Street was robbed on Friday.",
                                  "Western Sahara's independence movement rejected the plan.",
                                  "He works for a European bank in Frankfurt."])
def test_region_words_in_other_names_are_no_regional_grouping(pipe, text):
    evs = events(pipe, text)
    assert not [e for e in evs if e.source is not None and e.source.country in ("WST", "EUR", "ASA")], show(evs)
