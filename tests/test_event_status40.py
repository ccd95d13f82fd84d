"""Event status, session 26 round 40 (issue 10: precision): an act inside what someone asks, owes or denies, coded as
done because the parse hung its clause on the wrong word.

* the to-clause of a noun of asking, obligation, licence or readiness ("their duty *to protect* refugees", "an appeal
  from the president *to lay down* their arms") hung on the verb or on a name before it, where the modal on the verb
  did not reach it (``status_doubt.owed_noun_clause``);
* the to-clause after the for-phrase of a verb of asking, waiting or hoping ("pushing *for* Uganda *to withdraw*",
  "waiting *for* the navy *to investigate*") (``status_doubt.asked_for_clause``);
* the that-clause of a denied claim whose claimant stands between ("denied charges *by villagers* that police beat
  ...") (``status_wire.denied_claim_clause``).

Controls: the act stays when it is done ("used its veto power to block", "sent troops to secure", "rejected the charges
that prosecutors brought", "it took two days for the army to retake").
"""

from __future__ import annotations

import pytest

from event_helpers import events, show, with_trigger

CLAIMED = ("asserted", "attributed", "future")


def _claimed(evs, trigger):
    return with_trigger(evs, trigger, CLAIMED)


@pytest.mark.parametrize("text, trigger", [
    ("The court said the army must honour its duty to protect refugees in the camps near Tarsen.", "protect"),
    ("Both armies must respect their obligation to protect civilians in Idlib.", "protect"),
    ("The two governments must meet their obligation to release prisoners of war.", "release"),
    ("Israel must respect its duty to protect Palestinian civilians, the envoy said.", "protect"),
])
def test_owed_noun_clause_is_not_claimed(pipe, text, trigger):
    evs = events(pipe, text)
    # the event is coded with a status that is no claim, or (since round wb57) is the content of the demand coded on
    # the saying ("the court said the army must honour its duty to protect ...": a 10 by the court)
    assert with_trigger(evs, trigger) or [e for e in evs if e.cameo.startswith("10")], show(evs)
    assert not _claimed(evs, trigger), show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("Kenya is pushing for Uganda to withdraw its troops from the island.", "withdraw"),
    ("Officials in Colombo said they were waiting for the Indian navy to investigate the collision.", "investigate"),
    ("Opposition parties are hoping for the court to ban the ruling party.", "ban"),
    ("A spokesman said the agency was waiting for the Malian army to investigate the ambush near Gao.", "investigate"),
])
def test_asked_for_clause_is_not_claimed(pipe, text, trigger):
    evs = events(pipe, text)
    # the asked-for act is coded with a status that is no claim, or (since session 39's round pr78) is dropped as the
    # content of the appeal coded on "pushing for" (a 02 by the one who asks)
    assert with_trigger(evs, trigger) or [e for e in evs if e.cameo.startswith("02")], show(evs)
    assert not _claimed(evs, trigger), show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("Police rejected claims by villagers that officers beat and robbed three farmers.", "beat"),
    ("The Sudanese army on Friday denied charges by aid workers that its jets bombed a market in Darfur.", "bombed"),
    ("Police in Dhaka dismissed claims by opposition leaders that officers beat protesters on Friday.", "beat"),
])
def test_denied_claim_with_claimant_is_not_claimed(pipe, text, trigger):
    evs = events(pipe, text)
    assert with_trigger(evs, trigger), show(evs)
    assert not _claimed(evs, trigger), show(evs)


@pytest.mark.parametrize("text, trigger, root", [
    ("Russia used its veto power to block the draft resolution on Syria.", "block", "12"),
    ("The army sent troops to secure the border with Chad.", "sent", "15"),
    ("The Thai army rejected the charges that prosecutors brought against its generals.", "brought", "17"),
    ("Kenyan police arrested two men who had signed a petition, the ministry said.", "arrested", "17"),
    ("Rebels attacked the convoy after the army refused their demand for safe passage.", "attacked", "19"),
])
def test_done_acts_stay_claimed(pipe, text, trigger, root):
    evs = events(pipe, text)
    assert with_trigger(evs, trigger, CLAIMED, root), show(evs)
