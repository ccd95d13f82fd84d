"""Deaths and injuries whose cause is the clause's own subject and no one's act, session 28 round 49 (issue 10):
"the blaze injured 30", "the collapse of a dam killed 40", "the dam collapsed, killing 40" are no assault
(``events/accident_subject.py``).

Controls: a bomb, a blast, a rocket or an attack that killed stays an assault; "the building collapsed after an
airstrike, killing 12" stays; a subject with a doer in it ("the fire, set by rioters", "police fire", "Israeli
fire", "tank fire") is no accident; "no one claimed the attack, which killed 12" keeps the killing.
"""

from __future__ import annotations

import pytest

from event_helpers import events, show, with_trigger

CLAIMED = ("asserted", "attributed", "future")
VIOLENT = ("18", "19", "20")


def _violent(evs, trigger):
    return [e for e in with_trigger(evs, trigger, CLAIMED) if e.cameo.startswith(VIOLENT)]


@pytest.mark.parametrize("text, trigger", [
    ("The blaze injured 30 residents in Lagos.", "injured"),
    ("The collapse of a dam killed 40 villagers in Laos.", "killed"),
    ("A gas leak killed 11 people in a slum outside Karachi.", "killed"),
    ("The inferno has killed 18 patients at a clinic in Basra.", "killed"),
    ("The dam collapsed, killing 40 people in Brazil.", "killing"),
    ("A fire swept through a market in Kano, killing 12 traders.", "killing"),
    ("A house fire killed five children in Detroit on Sunday.", "killed"),
    ("An old footbridge collapsed on Tuesday, injuring 22 commuters in Mumbai.", "injuring"),
])
def test_an_accident_as_subject_is_no_assault(pipe, text, trigger):
    evs = events(pipe, text)
    assert not _violent(evs, trigger), show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("The blast killed nine soldiers in Mogadishu.", "killed"),
    ("A bomb exploded in a market, killing 12 people in Peshawar.", "killing"),
    ("A rocket hit the school, killing 15 children in Gaza.", "hit"),  # the killing is the hit's result (round p1967)
    ("The building collapsed after an airstrike, killing 12 residents in Gaza.", "killing"),
    ("Nobody has claimed responsibility for the attack, which killed 12 people in Kabul.", "killed"),
    ("Rebels burned the market, killing six traders in Goma.", "killing"),
    ("Police opened fire on the crowd, killing three students in Dhaka.", "opened"),  # (likewise)
    ("The fire that insurgents started killed nine people in Kabul.", "killed"),
])
def test_an_attack_that_killed_stays(pipe, text, trigger):
    evs = events(pipe, text)
    assert _violent(evs, trigger), show(evs)


@pytest.mark.parametrize("text, verb", [
    ("The fire, set by rioters, killed nine people in Cairo.", "killed"),
    ("Israeli fire killed three Palestinians in Gaza.", "killed"),
    ("Tank fire killed four civilians near Aleppo.", "killed"),
    ("Police fire killed two protesters in Nairobi.", "killed"),
    ("Army fire injured six villagers in Kashmir.", "injured"),
    ("The building collapsed after an airstrike, killing 12 residents in Gaza.", "killing"),
])
def test_a_subject_with_a_doer_in_it_is_no_accident(pipe, text, verb):
    from lapwing.extract.events.accident_subject import accident_subject

    doc = pipe.nlp(text)
    t = next(x for x in doc if x.text == verb)
    assert accident_subject(t) is None


@pytest.mark.parametrize("text, verb, cause", [
    ("The blaze has killed 30 residents in Lagos.", "killed", "blaze"),
    ("The old dam collapsed on Monday, killing 40 people in Brazil.", "killing", "collapsed"),
    ("A factory fire killed 52 workers in Dhaka.", "killed", "fire"),
])
def test_the_accident_is_named(pipe, text, verb, cause):
    from lapwing.extract.events.accident_subject import accident_subject

    doc = pipe.nlp(text)
    t = next(x for x in doc if x.text == verb)
    got = accident_subject(t)
    assert got is not None and got.text == cause


@pytest.mark.parametrize("text, trigger", [
    ("Eleven villagers were killed and 40 are unaccounted for after a levee collapsed in Sindh.", "killed"),
    ("Nine people were killed and dozens are missing after a dam burst in northern India.", "killed"),
    ("Twelve miners were killed and four were hurt when a tunnel caved in at a coal pit in Shanxi.", "killed"),
])
def test_a_death_tied_to_an_accident_on_a_conjunct_is_no_assault(pipe, text, trigger):
    evs = events(pipe, text)
    assert not _violent(evs, trigger), show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("Three soldiers were killed and two wounded after militants attacked a checkpoint in Kashmir.", "killed"),
    ("Five people were killed and 12 hurt after a bomb exploded at a market in Kabul.", "killed"),
    ("Four protesters were killed and dozens injured when police fired on a crowd in Khartoum.", "killed"),
    ("Two guards were killed after gunmen stormed a dam site in Nigeria.", "killed"),
])
def test_a_death_in_an_attack_beside_it_stays(pipe, text, trigger):
    evs = events(pipe, text)
    assert _violent(evs, trigger), show(evs)
