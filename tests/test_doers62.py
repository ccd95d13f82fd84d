"""Doers named by an unlawful trade, and an own-side strike or walkout announced (session 32, round ag62).

* hijackers, skyjackers, arsonists, gunrunners, arms and drug smugglers, human traffickers, mobsters and racketeers
  are criminal doers (CRM, agents table) like the robbers, smugglers, poachers and pirates before them: their
  shooting, attack or abduction passes the violence gate (``victims.criminal_doer``);
* a sentence's first word read as a plural name for its capital only ("*Smugglers* shot and wounded two guards",
  NNPS with no entity) is looked up as an agent word once the parse repair made it the subject
  (``participants._capital_plural``);
* "the union said it would strike", "nurses said they would walk out", "farmers said they would march on the
  capital": its own side's strike, walkout or march announced is a threat of dissent (133: ``say_strike``,
  ``say_walkout``); not another's forecast, a state's or an armed group's "would strike", a deal struck, a walk
  to school nor a walkout from talks.

Controls: a film or a book about smugglers, anti-poaching rangers, smugglers shot by the police (the police the
doer), a sports team. Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from event_helpers import events, show

_VIOLENT = ("18", "19", "20")


@pytest.mark.parametrize("text, trigger", [
    ("Smugglers shot and wounded two guards.", "shot"),
    ("Smugglers shot and wounded two border guards near Zahedan.", "shot"),
    ("smugglers shot and wounded two guards on the frontier, police said.", "shot"),
    ("Traffickers shot and killed a soldier at a checkpoint.", "killed"),
    ("Hijackers shot a pilot in Kenya.", "shot"),
    ("hijackers killed the driver of a fuel truck, officials said.", "killed"),
    ("Police said hijackers abducted the crew of a lorry near Kano.", "abducted"),
    ("Arsonists attacked a police station in the town.", "attacked"),
    ("Gunrunners shot a customs officer at the border.", "shot"),
    ("Arms smugglers killed two rangers in the park.", "killed"),
    ("Human traffickers abducted three migrants in the desert.", "abducted"),
    ("Mobsters shot a shop owner who refused to pay.", "shot"),
    ("The police said racketeers stabbed a market trader.", "stabbed"),
    ("Pirates attacked a fishing boat off the coast.", "attacked"),
    ("Poachers shot and wounded a ranger, the park said.", "shot"),
])
def test_criminal_doer_is_the_source(pipe, text, trigger):
    evs = events(pipe, text)
    hits = [e for e in evs if e.cameo[:2] in _VIOLENT and e.source is not None
            and (e.source.sector or "").upper() == "CRM" and e.trigger is not None and e.trigger.text == trigger]
    assert hits, f"{text!r}: expected a CRM doer of {trigger!r}, got {show(evs)}"


@pytest.mark.parametrize("text", [
    "The film about smugglers won a prize in Venice.",
    "A new novel about pirates sold well this year.",
    "Anti-poaching rangers patrolled the reserve on Sunday.",
    "Pirates beat the Cubs 5-3.",
    "Smugglers Cove is a quiet beach.",
])
def test_no_violence_by_criminals_in_controls(pipe, text):
    evs = [e for e in events(pipe, text) if e.cameo[:2] in _VIOLENT]
    assert not evs, f"{text!r} must code no violence, got {show(evs)}"


@pytest.mark.parametrize("text", [
    "Police shot two smugglers near the border.",
    "Police shot and wounded two hijackers in Lagos.",
    "Soldiers killed three poachers in the park.",
])
def test_criminals_struck_stay_the_victims(pipe, text):
    evs = [e for e in events(pipe, text) if e.cameo[:2] in _VIOLENT]
    assert evs, f"{text!r}: expected violence, got none"
    assert not any(e.source is not None and (e.source.sector or "").upper() == "CRM" for e in evs), show(evs)
    assert any(e.target is not None and (e.target.sector or "").upper() == "CRM" for e in evs), show(evs)


@pytest.mark.parametrize("text, source", [
    ("The union said it would strike next week.", "union"),
    ("The teachers' union said it would strike next week.", "union"),
    ("the dockworkers' union said it will strike on friday.", "union"),
    ("Doctors said they would strike from Monday.", "Doctors"),
    ("Bus drivers said on Tuesday that they would strike if wages were not raised.", "drivers"),
    ("Teachers said they would walk out on Monday.", "Teachers"),
    ("The nurses said they would walk out on Monday.", "nurses"),
    ("Farmers said they would march on the capital.", "Farmers"),
])
def test_own_strike_announced_is_a_threat_of_dissent(pipe, text, source):
    evs = events(pipe, text)
    hits = [e for e in evs if e.cameo == "133" and e.source is not None and source in e.source.text]
    assert hits, f"{text!r}: expected 133 by {source!r}, got {show(evs)}"


@pytest.mark.parametrize("text", [
    "Analysts said the union would strike.",
    "Israel said it would strike Iran.",
    "The rebels said they would strike the capital.",
    "The union said it would strike a deal with the employers.",
    "The company said it would strike a balance.",
    "The teachers said they would walk to the school.",
    "The union said it would walk out of the talks.",
    "The players said they would march into the final.",
    "The union said it struck last year.",
])
def test_no_own_strike_rule_in_controls(pipe, text):
    evs = [e for e in events(pipe, text) if (e.rule or "").startswith(("say_strike", "say_walkout"))]
    assert not evs, f"{text!r} must not fire the own-strike rules, got {show(evs)}"


def test_a_deal_struck_is_no_dissent(pipe):
    evs = [e for e in events(pipe, "The union said it would strike a deal with the employers.") if e.cameo == "133"]
    assert not evs, show(evs)
