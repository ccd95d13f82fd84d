"""Sayings that vanished with a content that coded nothing (session 35, round in71).

* A plain saying (010) gives way to the event of its content clause. When the content's own verb was a candidate
  that gave no event (its doer is no political actor, its target is uncoded, ...), the saying was lost with it.
  It is now built again as if that content held no trigger (``Coder._unheld_sayings``): it stays a statement (or an
  own intent) exactly where a content with no trigger at all keeps one ("said the economy grew": 010);
* a noun in the content that coded nothing ("said the talks were useful") is talk about an event: as main has it;
* visits and travels a coded speaker announces stay intents (036, future);
* "will no longer recognise X" is a negation: no own intent (``code_shifts._negated``).

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from event_helpers import events, show


@pytest.mark.parametrize("text, country", [
    ("The Indian trade minister said the firms would sign the contract in May.", "IND"),
    ("The Brazilian finance minister said the banks would accept the proposal.", "BRA"),
    ("The German economy minister said the two companies would cooperate on the project.", "DEU"),
    ("The Kenyan president said the visit would strengthen ties.", "KEN"),
    ("The Spanish transport minister said the ferries would resume their crossings next month.", "ESP"),
])
def test_saying_stays_when_its_content_act_codes_nothing(pipe, text, country):
    evs = events(pipe, text)
    hit = [e for e in evs if e.cameo == "010" and e.trigger.text == "said"]
    assert hit, show(evs)
    assert hit[0].source is not None and hit[0].source.country == country, show(evs)


def test_visit_once_repaired_is_an_intent_not_a_bare_saying(pipe):
    # the city read as an adjective of "next month" left the visit uncoded and the saying bare; since repair 278
    # (round mp72) the announced visit is the event (036, future), with the city's country as its target
    evs = events(pipe, "French President Emmanuel Macron said he would visit Beijing next month.")
    hit = [e for e in evs if e.cameo == "036"]
    assert hit and hit[0].status == "future", show(evs)
    assert hit[0].source.country == "FRA" and hit[0].target is not None and hit[0].target.country == "CHN", show(evs)
    assert not [e for e in evs if e.cameo == "010"], show(evs)


@pytest.mark.parametrize("text", [
    # controls, as main has them: a plain report keeps its statement, a noun of talk that coded nothing does not
    # make one, a speaker with no political voice says nothing worth an event
    "The Turkish president said the economy grew by four percent last year.",
])
def test_control_plain_report_keeps_its_statement(pipe, text):
    evs = events(pipe, text)
    assert [e for e in evs if e.cameo == "010"], show(evs)


@pytest.mark.parametrize("text", [
    "The French foreign minister said the talks were useful.",
    "The Polish president said the attack was a tragedy.",
    "The head of the national rice agency said she would travel to Tokyo next week.",
    "Analysts said the minister would visit the region next week.",
    "The company said it would visit its suppliers in Asia.",
    # a killing or an accident that coded nothing is a happening told, not a statement
    "Seven passengers were killed when the bus overturned near the river, police officials said.",
    "Police officials said four workers were killed when the bridge collapsed.",
])
def test_control_no_statement(pipe, text):
    evs = events(pipe, text)
    assert not [e for e in evs if e.cameo == "010"], show(evs)


@pytest.mark.parametrize("text, tcountry", [
    ("French President Emmanuel Macron said he would visit Beijing in December.", "CHN"),
    ("Japanese Prime Minister Fumio Kishida announced she will visit Seoul next week.", "KOR"),
    ("German Chancellor Olaf Scholz said he would travel to Kyiv on Monday.", "UKR"),
    ("The Chinese foreign minister said he would go to Washington in May.", "USA"),
    ("Brazil's president said he would fly to Buenos Aires on Monday for talks.", "ARG"),
    ("Pakistan said it would send a delegation to Kabul next week.", "AFG"),
    ("The Iranian president said he plans to visit Baghdad next month.", "IRQ"),
])
def test_announced_visit_is_an_intent(pipe, text, tcountry):
    evs = events(pipe, text)
    hit = [e for e in evs if e.cameo.startswith("03") and e.status == "future"]
    assert hit, show(evs)
    assert hit[0].target is not None and hit[0].target.country == tcountry, show(evs)
    assert not [e for e in evs if e.cameo == "010"], show(evs)


@pytest.mark.parametrize("text", [
    "The northern clan elders said they would no longer recognise Hassan as their governor.",
    "The opposition said it would no longer recognise the electoral commission.",
])
def test_no_longer_is_no_intent(pipe, text):
    evs = events(pipe, text)
    assert not [e for e in evs if e.cameo.startswith("03") and e.status == "future"], show(evs)


def test_control_recognise_intent_stays(pipe):
    evs = events(pipe, "Norway said it would recognise the new state next month.")
    assert [e for e in evs if e.cameo.startswith("03") and e.status == "future"], show(evs)
