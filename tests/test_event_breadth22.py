"""Event recall, session 22 (issue 10): acts inside plans, attributed claims and failures, found by the status sweep
(scripts/event_status_sweep21.py). A plan frame's to-clause is coded at the planned act's verb, with the intent code
of its kind and status future ("plans to expel diplomats from X"); "allegedly / reportedly V-ed" and "is said to have
V-ed" read by the parse repairs give an attributed event; "failed to stop the attack on X" codes the attack, which
happened. Controls: what did not happen stays unclaimed."""

from __future__ import annotations

import pytest

from event_helpers import events, show, with_trigger

CLAIMED = ("asserted", "attributed", "future")


@pytest.mark.parametrize("text, trigger, root, target", [
    ("Moscow plans to expel three Estonian diplomats from Russia.", "expel", "13", None),
    ("Algeria intends to withdraw its ambassador from Madrid.", "withdraw", "13", None),
    ("Turkey intends to attack Kurdish militias in northern Syria.", "attack", "13", None),
    ("Beijing plans to impose tariffs on Australian barley.", "impose", "13", None),
    ("The Kenyan government plans to arrest the leaders of the protest.", "arrest", "13", None),
    ("Norway intends to send humanitarian aid to Sudan.", "send", "03", "SDN"),
    ("Brazil plans to recognise the Palestinian state next year.", "recognise", "03", None),
])
def test_planned_act_is_coded_at_its_verb_as_intent(pipe, text, trigger, root, target):
    evs = events(pipe, text)
    got = with_trigger(evs, trigger, ("future",), root)
    assert got, show(evs)
    frame = next(w for w in text.split() if w in ("plans", "intends"))
    assert not with_trigger(evs, frame, CLAIMED), show(evs)  # one event: the planned act, not also the plan
    if target:
        assert any(e.target and e.target.country == target for e in got), show(evs)


@pytest.mark.parametrize("text, frame", [
    ("Israel plans to try to negotiate with Hamas.", "plans"),  # the content verb has no pattern: the frame's intent
    ("The minister intends to seek talks with Iran.", "intends"),
])
def test_plan_frame_keeps_its_intent_when_the_clause_has_no_act_of_its_own(pipe, text, frame):
    evs = events(pipe, text)
    assert with_trigger(evs, frame, CLAIMED) or any(e.status == "future" for e in evs), show(evs)


@pytest.mark.parametrize("text", [
    "Washington does not plan to sanction Ankara.",
    "Egypt has no plans to expel the Israeli ambassador.",
    "If Serbia plans to attack Kosovo, NATO will respond.",
])
def test_a_plan_denied_or_in_a_condition_is_not_claimed(pipe, text):
    evs = events(pipe, text)
    hostile = ("13", "15", "16", "17", "18", "19")
    assert not [e for e in evs if e.status in CLAIMED and e.cameo[:2] in hostile], show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("Kenyan police allegedly tortured opposition supporters.", "tortured"),
    ("Ugandan soldiers reportedly shot two protesters.", "shot"),
    ("Nigerian troops allegedly killed ten villagers.", "killed"),
    ("Gunmen on Saturday reportedly kidnapped five students.", "kidnapped"),
    ("Russia is said to have bombed Ukraine.", "bombed"),
    ("Syria is believed to have shelled Idlib.", "shelled"),
    ("Ethiopia is alleged to have attacked Eritrea.", "attacked"),
    ("Zimbabwean police are reported to have arrested opposition activists.", "arrested"),
])
def test_reported_act_is_attributed(pipe, text, trigger):
    evs = events(pipe, text)
    assert with_trigger(evs, trigger, ("attributed",)), show(evs)


@pytest.mark.parametrize("text, noun, target", [
    ("Russia failed to stop the attack on Ukraine.", "attack", "UKR"),
    ("Kenyan police did not stop the assault on the Somali refugees.", "assault", None),
    ("Israel did not halt its offensive in Gaza.", "offensive", None),
])
def test_an_offensive_not_stopped_happened(pipe, text, noun, target):
    evs = events(pipe, text)
    got = with_trigger(evs, noun, ("asserted",))
    assert got and all(e.cameo[:2] in ("18", "19", "20") for e in got), show(evs)
    if target:
        assert any(e.target and e.target.country == target for e in got), show(evs)


@pytest.mark.parametrize("text, noun", [
    ("Russia stopped the attack on Ukraine.", "attack"),
    ("Israel halted its offensive in Gaza.", "offensive"),
    ("If Israel halts its offensive in Gaza, Hamas will free hostages.", "offensive"),
])
def test_an_offensive_stopped_or_in_a_condition_is_not_claimed_at_its_noun(pipe, text, noun):
    evs = events(pipe, text)
    assert not with_trigger(evs, noun, CLAIMED), show(evs)


def test_repair_94_reads_the_participle_after_have_as_the_verb(pipe):
    doc = pipe.nlp("Russia is said to have bombed Ukraine.")
    from lapwing.extract.events.parse_repair import repaired

    out = repaired(doc)
    w = next(t for t in out if t.lower_ == "bombed")
    assert w.pos_ == "VERB" and any(c.dep_ == "obj" and c.text == "Ukraine" for c in w.children)
