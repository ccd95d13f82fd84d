"""Precision by class (session 37, round rv75; issue 10): false events read from the reference set's false events.

A bare plain statement (010, no target) for a saying that only reports a past happening
(``extract/events/reported_happening.py``): a trailing attribution after past verbs, a leading saying over a past
perfect. Controls: the same sayings over a position, a plan or a quotation keep their statement, and a happening
with a code of its own keeps its event.
"""

from __future__ import annotations

import pytest


def events(pipe, text):
    from lapwing.schema import Article

    return pipe.analyse(Article(id="t", text=text)).events


def show(evs):
    return [(e.cameo, e.rule, e.status) for e in evs]


@pytest.mark.parametrize("text", [
    "Three guards were hurt in the scuffle, the Chilean prison service said.",
    "About 800 villagers fled the valley overnight, the Kenyan interior ministry said.",
    "Soldiers sealed off the square but did not enter the building, a Peruvian army spokesman said.",
    "The Ghanaian health ministry said a supply convoy had been held up at the bridge and sent back.",
    "Portugal's navy said it had started a search for the missing fishermen.",
    "Lawyers for the Bolivian senator said he had been moved to a clinic.",
    "Riot police ringed the stadium but did not try to clear it, a Chilean police spokesman said.",
    "The Kenyan Red Cross said two of its trucks had been searched at a roadblock and sent back.",
])
def test_saying_that_reports_a_happening_is_no_statement(pipe, text):
    evs = events(pipe, text)
    assert not [e for e in evs if e.cameo == "010"], show(evs)


@pytest.mark.parametrize("text", [
    "The French government said that the new budget would cut the deficit.",
    "The Chilean government said that the economy would recover next year.",
    "Portugal's foreign minister said the border region was calm.",
    "The Chilean government said the region remained calm.",
    '"We did everything we could," the Peruvian president said.',
])
def test_saying_of_a_position_or_plan_keeps_its_statement(pipe, text):
    evs = events(pipe, text)
    assert [e for e in evs if e.cameo == "010"], show(evs)


@pytest.mark.parametrize("text, root", [
    ("Police arrested 14 protesters in the capital, a Kenyan government spokesman said.", "17"),
    ("The Ghanaian army said its troops had killed five gunmen near the border.", "19"),
])
def test_reported_happening_with_a_code_keeps_its_event(pipe, text, root):
    evs = events(pipe, text)
    assert any(e.cameo[:2] == root for e in evs), show(evs)
    assert not [e for e in evs if e.cameo == "010"], show(evs)


@pytest.mark.parametrize("text", [
    "Brazil's health minister said all four deaths would be examined.",
    "The Chilean interior minister said the vote would be delayed.",
    "The Kenyan finance minister told parliament the grant would be paid once the audit was finished.",
])
def test_saying_of_a_plan_with_no_doer_is_no_statement(pipe, text):
    evs = events(pipe, text)
    assert not [e for e in evs if e.cameo == "010"], show(evs)


@pytest.mark.parametrize("text, code", [
    ("Peru's president said the new law would be passed by Congress before June.", "010"),  # a doer named
    ("The Kenyan government said the reform would not be withdrawn.", "12"),  # a refusal by statement
    ("China's envoy said the plan had failed and that the region needed calm.", "010"),  # a position too
    ("Brazil's foreign minister said the scheme had failed and that the country needed a new approach.", "010"),
    ("Portugal's prime minister said the bridge would stay closed until March.", "010"),  # active: kept
])
def test_plan_with_a_doer_a_refusal_or_a_position_keeps_its_event(pipe, text, code):
    evs = events(pipe, text)
    assert any(e.cameo.startswith(code) for e in evs), show(evs)


@pytest.mark.parametrize("text, main, cond", [
    ("Chile will restore aid to Bolivia once the government in La Paz frees the detained journalists.", None, "084"),
    ("Ghana will reopen its embassy in Lome once Togo releases the two diplomats.", "032", "084"),
    ("Ghana would pull out of the talks if Togo renewed its offensive in the north.", "164", "19"),
])
def test_act_named_as_a_condition_is_no_event(pipe, text, main, cond):
    evs = events(pipe, text)
    assert not [e for e in evs if e.cameo.startswith(cond)], show(evs)
    if main:
        assert any(e.cameo == main for e in evs), show(evs)


@pytest.mark.parametrize("text, code", [
    ("Peru recalled its ambassador from Quito after Ecuador expelled two Peruvian diplomats.", "161"),
    ("Angola freed the three jailed traders after Zambia reopened its consulate in Luanda.", "0841"),
    ("Peru would lift its sanctions if Ecuador withdrew its troops from the border.", "085"),  # the conditional act
])
def test_act_in_a_time_clause_or_the_conditional_act_stays(pipe, text, code):
    evs = events(pipe, text)
    assert any(e.cameo == code for e in evs), show(evs)
