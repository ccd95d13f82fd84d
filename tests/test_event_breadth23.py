"""Event recall, session 23 (issue 10): the classes session 22 left, found by the sweep
(scripts/event_breadth_sweep23.py) and written here in other phrasings. A fight noun after a verb of causing codes as
the noun's event (repair 98); coordinated verbs each code their own act (repair 100 and the dedupe's conjunct acts);
a plural or group subject before "vow / plan / threaten ... to" keeps its verb (repair 99); a patrol or deployment
announced is a posture (15x, future), not a threat. Controls: a cause that may come, one act told by two verbs, and
a threat worded stay as they were."""

from __future__ import annotations

import pytest

from event_helpers import events, hits, show, with_trigger

CLAIMED = ("asserted", "attributed", "future")


# -- a fight noun as the object of a verb of causing (repair 98) -------------------------------------------------
@pytest.mark.parametrize("text, noun", [
    ("The court ruling sparked clashes between opposition supporters and Kenyan police.", "clashes"),
    ("The killing of the imam provoked clashes between worshippers and Israeli police.", "clashes"),
    ("The new tax triggered fresh clashes between traders and municipal police in Lagos.", "clashes"),
    ("The land dispute ignited clashes between herders and farmers near Jos.", "clashes"),
    ("The fuel price hike caused clashes between students and riot police in Abuja.", "clashes"),
])
def test_a_fight_noun_after_a_verb_of_causing_codes_as_a_fight(pipe, text, noun):
    evs = events(pipe, text)
    got = with_trigger(evs, noun, CLAIMED, "19")
    assert got, show(evs)
    assert all(e.source is not None for e in got), show(evs)  # one side at least, from the "between" phrase


@pytest.mark.parametrize("text", [
    "The ruling could spark clashes between opposition supporters and Kenyan police.",
    "Analysts warned that the new tax might trigger clashes between traders and police.",
])
def test_a_fight_a_cause_may_bring_is_not_claimed(pipe, text):
    evs = events(pipe, text)
    assert not with_trigger(evs, "clashes", CLAIMED), show(evs)


def test_the_cause_itself_is_not_a_side_of_the_fight(pipe):
    evs = events(pipe, "Kenya's decision sparked clashes between Somali refugees and Kenyan police.")
    got = with_trigger(evs, "clashes", CLAIMED, "19")
    assert got and not any(e.source and "decision" in e.source.text for e in got), show(evs)


# -- coordinated verbs each with their own pattern (dedupe; repair 100) -----------------------------------------
@pytest.mark.parametrize("text, first, second", [
    ("Ukrainian troops shelled and then captured the hill.", "shelled", "captured"),
    ("Rebel fighters shelled and later stormed the garrison town.", "shelled", "stormed"),
    ("Militiamen attacked and looted the market.", "attacked", "looted"),
])
def test_each_coordinated_verb_codes_its_own_act(pipe, text, first, second):
    evs = events(pipe, text)
    assert with_trigger(evs, first, CLAIMED), show(evs)
    assert with_trigger(evs, second, CLAIMED), show(evs)


@pytest.mark.parametrize("text, verb, root", [
    ("Angry students marched and burned tyres outside the university in Kampala.", "burned", "14"),
    ("Russian jets bombed and destroyed the bridge.", "destroyed", "17"),
])
def test_the_object_after_two_verbs_is_the_second_verbs(pipe, text, verb, root):
    evs = events(pipe, text)
    assert with_trigger(evs, verb, CLAIMED, root), show(evs)


def test_one_act_told_by_two_verbs_stays_one_event(pipe):
    evs = events(pipe, "Gunmen shot and killed three guards at the bank.")
    violent = [e for e in evs if e.status in CLAIMED and e.cameo[:2] in ("18", "19")]
    assert len(violent) == 1, show(evs)


# -- a plural or group subject before "vow / plan / threaten ... to" (repair 99) ---------------------------------
@pytest.mark.parametrize("text, source, root", [
    ("Ugandan police vow to arrest the organisers of the march.", "police", ("13", "17")),
    ("Houthi rebels vow to attack ships in the Gulf of Aden.", "rebels", ("13",)),
    ("Congolese soldiers plan to retake Goma.", "soldiers", ("13", "19")),
    ("Ghanaian police plan to arrest the suspects.", "police", ("13", "17")),
])
def test_a_plural_subject_keeps_its_verb_of_plan(pipe, text, source, root):
    evs = events(pipe, text)
    assert any(hits(evs, r, source=source) for r in root), show(evs)
    assert not any(e.source and e.source.text.split()[-1] in ("vow", "plan") for e in evs), show(evs)


def test_a_plan_noun_with_its_determiner_stays_a_noun(pipe):
    # "The police plan to ..." could be either; "The police's plan" is a noun, and so is "a plan to"
    evs = events(pipe, "A police plan to arrest the protesters was leaked to the press.")
    assert not hits(evs, "17", source="police", statuses=("asserted",)), show(evs)


# -- a patrol or deployment announced is a posture, not a threat ------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Italian soldiers will patrol the border with Slovenia.", "patrol"),
    ("Japan will send 300 troops to the Philippines next year.", "send"),
    ("The Nigerian army will deploy soldiers to Zamfara state.", "deploy"),
])
def test_a_deployment_announced_is_no_threat(pipe, text, trigger):
    evs = events(pipe, text)
    assert not with_trigger(evs, trigger, CLAIMED, "13"), show(evs)
    assert with_trigger(evs, trigger, ("future",), "15"), show(evs)


def test_a_threat_worded_stays_a_threat(pipe):
    evs = events(pipe, "Turkey threatened to send troops into northern Iraq.")
    assert hits(evs, "13", source="Turkey"), show(evs)
