"""Event coder, session 27 round 44 (issue 10): a nominal event's target named in its own on / against phrase.
Sentences written for this test, in several phrasings, with uses of the same words that must stay as they are:

- an attack noun aimed at a place noun with no owner of its own, whose "of" phrase names the place ("air strikes
  against the rebel-held town of X", "their assault on the old-city area of X"): the named place is the target, as
  it already was for a verb ("shelled the village of X") and for "the shelling of X";
- not a place an attack was met near ("repelled an attack *east of* the city of X").

Controls: "the attack on Monday" is a time, "pressure on prices" names no actor, "Israel's view of the talks" is
no event, a place noun with a nationality word keeps that country, an attack noun with no on-phrase has no target.
"""

from __future__ import annotations

import pytest

from event_helpers import events as _events, show, with_root


def _targets(evs, root):
    return [e.target.text if e.target else None for e in with_root(evs, root)]


@pytest.mark.parametrize("text, root, name", [
    ("Turkish jets launched air strikes against the Kurdish-held town of Afrin.", "19", "Afrin"),
    ("Iraqi forces began their assault on the old-city area of Mosul.", "19", "Mosul"),
    ("Syrian troops launched an offensive against the rebel-held enclave of Douma.", "19", "Douma"),
    ("Malian troops launched an offensive on the town of Kidal in June.", "19", "Kidal"),
    ("Kenyan soldiers have started a fresh assault on the coastal district of Lamu, officials said.", "19", "Lamu"),
])
def test_attack_noun_on_a_named_place(pipe, text, root, name):
    evs = _events(pipe, text)
    assert any(t and name in t for t in _targets(evs, root)), show(evs)


def test_attack_on_a_day_is_a_time(pipe):
    evs = _events(pipe, "The attack on Monday killed four people.")
    assert not any(e.target is not None and "Monday" in e.target.text for e in evs), show(evs)


@pytest.mark.parametrize("text", [
    "Pressure on prices eased in March.",
    "Israel's view of the talks was dim.",
    "Egypt opened a consulate in the city of Benghazi.",
])
def test_no_event_or_no_place_target(pipe, text):
    evs = _events(pipe, text)
    assert not any(e.target is not None and e.target.text in ("prices", "the talks", "Benghazi") for e in evs), \
        show(evs)


def test_nationality_of_the_place_noun_stays(pipe):
    evs = _events(pipe, "Ethiopian troops began an attack on the Eritrean town of Badme.")
    assert any(e.target is not None and e.target.country == "ERI" for e in with_root(evs, "19")), show(evs)


def test_place_noun_without_a_name_has_no_target(pipe):
    evs = _events(pipe, "The army's attack on the village killed five.")
    assert _targets(evs, "19") == [None], show(evs)


@pytest.mark.parametrize("text, name", [
    ("Syria said its soldiers repelled an overnight rebel assault west of the northern city of Hama.", "Hama"),
    ("Yemeni troops beat back a Houthi attack south of the port city of Hodeidah on Friday.", "Hodeidah"),
])
def test_place_where_an_attack_was_met_is_no_target(pipe, text, name):
    evs = _events(pipe, text)
    assert not any(e.target is not None and name in e.target.text for e in evs), show(evs)
