"""Session 31 (branch wb58, issue 10): the classes of coder errors read off the sixth reference batch, multi-sentence
agency reports (tests/data/event_reference/16_reports6.tsv), each fixed by a general rule. Sentences written for
these tests.

* repair 235: "Police *in Bangladesh* fired rubber bullets at ...", a subject with its own place phrase before a past
  form the parser hung as an adjective on its object (a verbless sentence): the form is the verb, as repair 2 makes it
  when no place phrase stands between;
* a threatened act with no doer of its own, told in a reporting verb's complement and coded as a threat by
  ``future_as_intent`` ("the spokesman said any outlet that relayed the reports *would be shut down*"), is the threat
  of the one who announces it;
* "appeal the verdict / against the ruling" is a legal appeal, not an appeal (02) to anyone;
* South Asian district administrators ("district collector") are government actors, so an inquiry they order is an
  investigation by a political source.
"""

from __future__ import annotations

import pytest

from event_helpers import events, hits, show

PUB = "2026-12-08"  # a Tuesday


# ---------------------------------------------------------------------------------------------
# repair 235: SUBJECT in PLACE VERBED OBJECT ... (a verbless sentence)


@pytest.mark.parametrize("text, root, country, target", [
    ("Police in Bangladesh fired rubber bullets and tear gas at garment workers who blocked a highway.", "175", "BGD",
     "workers"),
    ("Police in Bangladesh fired rubber bullets at protesters.", "175", "BGD", "protesters"),
    ("Troops in Mali shelled a village near Gao on Sunday.", "19", "MLI", None),
    ("Riot police in Nairobi fired tear gas at hundreds of students on Monday.", "175", "KEN", "students"),
])
def test_subject_place_phrase_before_past_form(pipe, text, root, country, target):
    evs = events(pipe, text, PUB)
    assert hits(evs, root, country=country, target=target), show(evs)


@pytest.mark.parametrize("text, root", [
    ("Police in Kano arrested 40 protesters on Sunday.", "173"),  # (parsed right already)
    ("Fired workers in Dhaka blocked a highway.", "144"),  # (the adjective before its noun stays one)
])
def test_subject_place_phrase_controls(pipe, text, root):
    evs = events(pipe, text, PUB)
    assert hits(evs, root), show(evs)


# ---------------------------------------------------------------------------------------------
# a doer-less threatened act in a reporting verb's complement is the speaker's threat


@pytest.mark.parametrize("text, source", [
    ("The junta's spokesman said that any media outlet that relayed the reports would be shut down.", "spokesman"),
    ("The interior minister said that any newspaper that published the cartoons would be closed.", "minister"),
    ("The union leader said the protest would continue until the government announced relief.", "leader"),
])
def test_doerless_threat_is_the_speakers(pipe, text, source):
    evs = events(pipe, text, PUB)
    assert [e for e in hits(evs, "13") if e.source is not None and source in e.source.text], show(evs)


@pytest.mark.parametrize("text", [
    "The minister said the talks would resume next week.",  # (no threat: nothing coded, nothing changed)
    "The Kenyan government said the bill would be withdrawn.",
])
def test_doerless_future_controls(pipe, text):
    evs = events(pipe, text, PUB)
    assert not hits(evs, "13"), show(evs)


def test_threat_with_its_own_doer_keeps_it(pipe):
    evs = events(pipe, "The minister said the army would crush any rebellion.", PUB)
    assert not [e for e in hits(evs, "13") if e.source is not None and "minister" in e.source.text], show(evs)


# ---------------------------------------------------------------------------------------------
# "appeal the verdict" is no appeal to anyone


@pytest.mark.parametrize("text", [
    "The main opposition party said it would appeal the verdict.",
    "The former minister's lawyers will appeal the ruling at the supreme court.",
    "Opposition leaders said they would appeal against the sentence.",
])
def test_legal_appeal_is_no_02(pipe, text):
    evs = events(pipe, text, PUB)
    assert not hits(evs, "02"), show(evs)


@pytest.mark.parametrize("text, code", [
    ("The Lebanese government appealed for international aid.", "02"),
    ("The Pope appealed to the Sudanese army to stop the fighting.", "02"),
    ("The opposition appealed to voters to stay calm.", "02"),
])
def test_appeal_controls(pipe, text, code):
    evs = events(pipe, text, PUB)
    assert hits(evs, code), show(evs)


# ---------------------------------------------------------------------------------------------
# district collectors are government


@pytest.mark.parametrize("text, country", [
    ("bhopal: district collector anita sharma ordered an inquiry into the lathi charge.", "IND"),
    ("The district collector ordered a magisterial probe into the police firing on Monday.", None),
    ("patna: the deputy collector ordered an inquiry into the lathi charge on students.", "IND"),
])
def test_district_collector_orders_inquiry(pipe, text, country):
    evs = events(pipe, text, PUB)
    assert [e for e in hits(evs, "09", country=country) if e.source is not None and e.source.sector == "GOV"], show(evs)


def test_garbage_collectors_stay_workers(pipe):
    evs = events(pipe, "Garbage collectors in Lagos went on strike on Monday.", PUB)
    assert not [e for e in evs if e.source is not None and e.source.sector == "GOV"], show(evs)
