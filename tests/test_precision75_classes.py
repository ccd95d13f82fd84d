"""Precision by class (session 37, round rv75; issue 10): false events read from the reference set's false events.

Classes (``extract/events/reported_happening.py``, ``background.py``, ``coding.py``): a bare plain statement (010, no
target) for a trailing attribution after past verbs, for a plan with no doer, and for the speaker's own plan with no
intent or threat code; an act named only as a trailing condition. Controls: sayings of a position, a plan with a
doer, a quotation or a leading past perfect keep their statement; a refusal, an intent, a threat, the conditional act
and an act in a time clause keep theirs.
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
    "Two of its trucks were searched at a roadblock and sent back, the Kenyan Red Cross said.",
    "Riot police ringed the stadium but did not try to clear it, a Chilean police spokesman said.",
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
    "Portugal's navy said it had started a search for the missing fishermen.",  # a leading past perfect: kept
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
    ("If Togo renews its offensive in the north, Ghana will pull out of the talks.", "19"),  # a fronted condition
])
def test_act_in_a_time_clause_or_the_conditional_act_stays(pipe, text, code):
    evs = events(pipe, text)
    assert any(e.cameo.startswith(code) for e in evs), show(evs)


@pytest.mark.parametrize("text", [
    "The Kenyan attorney general's office said it would appeal.",
    "President Lula said he would name a new finance minister within days.",
    "Peru's ruling party said it would nominate a new candidate.",
])
def test_own_plan_with_no_code_is_no_statement(pipe, text):
    evs = events(pipe, text)
    assert not [e for e in evs if e.cameo == "010"], show(evs)


@pytest.mark.parametrize("text, code", [
    ("Germany said it would help Ukraine rebuild its power grid.", "033"),  # an intent
    ("Egypt said it would take all necessary measures against Ethiopia.", "130"),  # a threat
    ("The Thai foreign minister said the border would stay open.", "010"),  # not the speaker's own act
])
def test_own_intent_threat_or_another_partys_plan_stays(pipe, text, code):
    evs = events(pipe, text)
    assert any(e.cameo == code for e in evs), show(evs)
