"""Event coder, round 33 (issue 10, precision on news nobody has labelled): a class of acts coded as done by someone
who only judged them, found by judging the coder's output on a seeded sample of unlabelled stories (seed 3335;
docs/events.md, session 24, round 33). Every sentence here was written for this test:

* "X welcomed / criticised / backed / denounced the decision / move / plan / bill *to do Y*": the act is the measure's,
  only named; X is no doer of it (before: "Amnesty deported the refugees", asserted; "the EU plans to release").
  The judging itself is still coded, and the measure that is X's own ("defended *his* decision to ...") keeps its
  status.
"""

from __future__ import annotations

import pytest

from event_helpers import events as _events, show as _show

CLAIMED = ("asserted", "attributed", "future")


@pytest.mark.parametrize("text, trigger, judging", [
    ("The Norwegian government welcomed the decision to free the jailed activists.", "free", "05"),
    ("Human rights groups criticized the move to expel the migrants to Libya.", "expel", "11"),
    ("Opposition parties denounced the bill to ban rallies outside the assembly.", "ban", "11"),
    ("Washington backed the plan to deploy peacekeepers to South Sudan.", "deploy", "05"),
    ("The Chilean opposition condemned the government's decision to arrest the student leaders.", "arrest", "11"),
    ("Beijing strongly opposed the proposal to impose fresh sanctions on Myanmar.", "impose", "11"),
    ("Diplomats in Nairobi have hailed the move to reopen the border with Somalia.", "reopen", "05"),
])
def test_a_judged_measure_is_no_act_of_the_judge(pipe, text, trigger, judging):
    evs = _events(pipe, text)
    assert not [e for e in evs if e.trigger and e.trigger.text == trigger and e.status in CLAIMED], _show(evs)
    assert [e for e in evs if e.cameo.startswith(judging) and e.status == "asserted"], _show(evs)


def test_a_measure_of_ones_own_keeps_its_status(pipe):
    evs = _events(pipe, "The Pakistani prime minister defended his decision to expel the Afghan diplomats.")
    assert [e for e in evs if e.trigger and e.trigger.text == "expel" and e.status in CLAIMED], _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("Egyptian troops fought the militants to retake the town.", "fought"),
    ("Police arrested two men near the embassy in Lagos on Friday.", "arrested"),
    ("Ghana welcomed the plan, and Nigeria sent troops to the border.", "sent"),
])
def test_acts_outside_a_judged_measure_stay(pipe, text, trigger):
    evs = _events(pipe, text)
    assert [e for e in evs if e.trigger and e.trigger.text == trigger and e.status in CLAIMED], _show(evs)


# -- negation and auxiliaries written with a typographic apostrophe ----------------------------------------------------
# ("didn’t", "won’t", "hasn’t": the tokenizer splits off "n’t", which the coder's sets of "n't" never matched, so
# every such denial was coded as done)
@pytest.mark.parametrize("text, trigger", [
    ("The Ghanaian foreign ministry didn\u2019t condemn the raid on the border post.", "condemn"),
    ("Venezuela hasn\u2019t withdrawn its soldiers from the disputed island, the Guyanese minister said.", "withdrawn"),
    ("Police in Nairobi won\u2019t arrest the striking teachers, the governor promised.", "arrest"),
    ("\u201cWe didn\u2019t ask the Serbian government for money,\u201d said the Kosovo mayor.", "ask"),
    ("The Bolivian army doesn\u2019t support the new president, a spokesman claimed.", "support"),
])
def test_a_typeset_negation_is_a_negation(pipe, text, trigger):
    evs = _events(pipe, text)
    assert [e for e in evs if e.trigger and e.trigger.text == trigger and e.status == "negated"], _show(evs)
    assert not [e for e in evs if e.trigger and e.trigger.text == trigger and e.status in CLAIMED], _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("The Ghanaian foreign ministry condemned the raid on the border post.", "condemned"),
    ("Venezuela\u2019s army has withdrawn its soldiers from the disputed island.", "withdrawn"),
    ("Police in Nairobi arrested the striking teachers on Tuesday.", "arrested"),
])
def test_the_same_acts_without_a_negation_stay(pipe, text, trigger):
    evs = _events(pipe, text)
    assert [e for e in evs if e.trigger and e.trigger.text == trigger and e.status in CLAIMED], _show(evs)


def test_a_typeset_wont_is_a_negated_future_as_with_a_plain_apostrophe(pipe):
    curly = _events(pipe, "Iran\u2019s foreign minister said Tehran won\u2019t negotiate with Washington.")
    plain = _events(pipe, "Iran's foreign minister said Tehran won't negotiate with Washington.")
    assert [(e.cameo, e.status) for e in curly] == [(e.cameo, e.status) for e in plain], (_show(curly), _show(plain))


# -- a death whose when / as / after clause names an accident or a disaster ----------------------------------------------
@pytest.mark.parametrize("text", [
    "Eleven farmers were killed after a mudslide swept away their village in Peru.",
    "Four Turkish workers were killed last week when a blaze tore through the depot.",
    "Three Kenyan pilots were killed when their plane crashed near Lodwar.",
    "Six people were killed when a gas cylinder exploded in a restaurant in Karachi.",
    "Two children died when a fire broke out in their home in Dhaka.",
    "Nine fishermen were killed when a storm hit the coast of Bangladesh.",
])
def test_a_death_in_an_accident_clause_is_no_assault(pipe, text):
    evs = _events(pipe, text)
    assert not [e for e in evs if e.cameo[:2] in ("18", "19", "20") and e.status in CLAIMED], _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("Six protesters were killed when police opened fire in Khartoum.", "killed"),
    ("Two policemen were killed when gunmen attacked their checkpoint in Kano.", "killed"),
    ("Five Malian soldiers were killed when their convoy was ambushed by jihadists near Gao.", "killed"),
    ("Three Nigerian soldiers were killed when militants shot down their helicopter.", "killed"),
])
def test_a_death_in_an_attack_clause_stays(pipe, text, trigger):
    evs = _events(pipe, text)
    assert [e for e in evs if e.trigger and e.trigger.text == trigger and e.status in CLAIMED], _show(evs)
