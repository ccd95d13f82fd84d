"""Event coder, seventeenth round (issues 10 and 11, coverage of the cluster set's labelled events): classes of
event mentions the coder did not find, read from the missed anchors of the cluster set's development parts
(a, c-l; docs/events.md, session 17). Every sentence here was written for this test; each class is tested in
several phrasings next to uses of the same words that must stay as they were:

* a verb of harm with its own doer and victim "in" or "during" a plain encounter noun ("troops killed five
  smugglers in a clash", "gunmen killed the mayor in an attack") is coded on the verb, not left to the noun
  (``coding_checks._doer_told``, ``coder._setting_of``); a more telling noun ("in an air strike", "in a shootout")
  and a death with no doer ("died in a clash") stay with the noun;
* taking people hostage is violence whoever does it ("inmates took twelve guards hostage"): the violence gate
  asks no armed doer of it (``coding_checks._takes_hostages``);
* "a day after police clashed with miners", with the past verb read as an adjective after its noun, is a
  clause with its own event (parse repair 30c, ``repair_subordinate.past_read_as_adjective``);
* a headline's passive without its auxiliary ("Opposition leader jailed for five years", "Scores of students
  detained in Ankara") is a passive of a verb that always takes an object (parse repair 21h,
  ``repair_headline``), not a noun phrase without an event; a participle of a verb that need not take one
  ("Thousands of protesters marched ...") or with an object of its own stays as it was.
"""

from __future__ import annotations

import pytest

from event_helpers import events as _events, show as _show, with_trigger


CLAIMED = ("asserted", "attributed", "future")


def _with(evs, trigger, root=None):
    return with_trigger(evs, trigger, CLAIMED, root)


# -- a harm verb in a plain encounter noun ---------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Moroccan troops killed four smugglers in a clash near the Algerian border on Friday, the army said.", "killed"),
    ("Malian soldiers killed 20 militants in an attack on their hideout near Mopti on Monday.", "killed"),
    ("Gunmen killed a district chief in an attack on his convoy outside Kandahar on Sunday.", "killed"),
    ("Boko Haram kills nine farmers in attack on village near Damboa.", "kills"),
    ("Police shot two robbers during a clash with a gang in the market on Thursday.", "shot"),
    ("Rebels wounded six soldiers in a skirmish near the airport overnight, the army said.", "wounded"),
])
def test_harm_verb_in_encounter_noun(pipe, text, trigger):
    evs = _events(pipe, text)
    assert _with(evs, trigger, "1"), _show(evs)


@pytest.mark.parametrize("text, noun, verb", [
    # a more telling noun keeps the event, and a death with no doer is the noun's
    ("Israeli jets killed three militants in an air strike on Gaza on Monday.", "strike", "killed"),
    ("Three soldiers died in a clash with rebels near Goma on Monday.", "clash", "died"),
    ("Kenyan police killed two robbers in a shootout in Nairobi on Friday.", "shootout", "killed"),
])
def test_encounter_noun_kept(pipe, text, noun, verb):
    evs = _events(pipe, text)
    assert _with(evs, noun, "19") and not _with(evs, verb), _show(evs)


def test_one_event_for_verb_and_setting(pipe):
    evs = _events(pipe, "Jordanian border guards killed three smugglers in a clash on the Syrian frontier on Sunday.")
    violent = [e for e in evs if e.cameo[:2] in ("18", "19") and e.status in CLAIMED]
    assert len(violent) == 1 and violent[0].trigger.text == "killed", _show(evs)


# -- hostage-taking by anyone -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Inmates rioted on Monday and took 12 guards hostage.",
    "Prisoners took two warders hostage at the jail in Kampala on Sunday.",
    "Striking miners took three managers hostage at the pit on Tuesday.",
    "Angry villagers took four forestry officials hostage overnight.",
])
def test_taking_hostages(pipe, text):
    evs = _events(pipe, text)
    assert _with(evs, "took", "181"), _show(evs)


@pytest.mark.parametrize("text", [
    "Inmates took the prison library over on Monday.",
    "The students took the exam again on Monday.",
    "Fans took their seats in the stadium.",
])
def test_taking_without_hostages(pipe, text):
    evs = _events(pipe, text)
    assert not _with(evs, "took"), _show(evs)


# -- "after police clashed with": a clause, not an adjective -------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Peru declared a state of emergency on Tuesday, a day after police clashed with miners on a highway there.", "clashed"),
    ("The prime minister visited the troops on Tuesday, a day after soldiers clashed with Cambodian forces nearby.", "clashed"),
    ("The curfew was lifted on Monday, two days after rioters clashed with police in the market.", "clashed"),
    ("Talks resumed on Friday, a week after troops clashed with rebels near the airport.", "clashed"),
])
def test_past_clause_after_subordinator(pipe, text, trigger):
    evs = _events(pipe, text)
    assert _with(evs, trigger, "1"), _show(evs)


@pytest.mark.parametrize("text", [
    "The governor arrived after police armed with batons dispersed the crowd.",
    "The minister spoke after students dressed in black marched through the city.",
])
def test_participle_modifier_stays(pipe, text):
    # a participle that modifies its noun ("police *armed* with batons") is no verb of the clause
    evs = _events(pipe, text)
    assert not _with(evs, "armed") and not _with(evs, "dressed"), _show(evs)


# -- a headline's passive without its auxiliary ----------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger, root", [
    ("Zambian opposition leader jailed for three years.", "jailed", "17"),
    ("Dozens of students detained in Ankara after campus protest.", "detained", "17"),
    ("Mayor of border town killed in Sonora.", "killed", "1"),
    ("Two aid workers abducted near Goma on Friday.", "abducted", "18"),
    ("Former army chief arrested in Lagos over arms deal.", "arrested", "17"),
])
def test_headline_passive(pipe, text, trigger, root):
    evs = _events(pipe, text)
    got = _with(evs, trigger, root)
    assert got and got[0].source is None and got[0].target is not None, _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("Thousands of protesters marched in Nairobi.", "marched"),
    ("Protesters armed with sticks in the streets of Nairobi.", "armed"),
])
def test_headline_participle_not_passive(pipe, text, trigger):
    evs = _events(pipe, text)
    assert all(e.target is None or e.target.text != "Thousands of protesters" for e in _with(evs, trigger)), _show(evs)
    assert not [e for e in _with(evs, trigger) if e.cameo[:2] in ("17", "18", "19")], _show(evs)


def test_encounter_noun_with_other_target_is_its_setting(pipe):
    # the noun names the place attacked, the verb the victims: one happening, told by the verb
    evs = _events(pipe, "Suspected militants killed 12 soldiers in an attack on an army post near the border on Monday.")
    violent = [e for e in evs if e.cameo[:2] in ("18", "19") and e.status in CLAIMED]
    assert [e.trigger.text for e in violent] == ["killed"], _show(evs)
