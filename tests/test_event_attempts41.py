"""Event status, round 41 (issue 10: precision from unlabelled news): an outcome that someone only tried for is not
an outcome had. "were trying to reach agreement", "tried to free the soldiers", "attempted to visit Asmara": a
meeting, a visit, a signed deal, aid, a withdrawal or a release set out on is not one reached (as "an attempt to
free them" is no release). A try whose effort is itself the act stays (mediating, negotiating, urging, a try at
force), and so does the outcome itself when it is told as done (status_gates.py, ``OUTCOME_CODES``)."""

from __future__ import annotations

import pytest

from event_helpers import events, show, with_trigger

CLAIMED = ("asserted", "attributed", "future")


@pytest.mark.parametrize("text, trigger", [
    ("Thai negotiators tried to reach an agreement with Cambodia on the border temples.", "reach"),
    ("The Ethiopian prime minister attempted to visit Asmara last month.", "visit"),
    ("The Jordanian government tried to send medical aid to the refugees in Daraa.", "send"),
    ("Ugandan commanders were attempting to withdraw their troops from Juba.", "withdraw"),
    ("Argentina tried to sign a trade pact with Brazil.", "sign"),
    ("Bolivian envoys tried to meet with the Peruvian foreign minister in Quito.", "meet"),
    ("The Colombian government has been trying to free the kidnapped soldiers.", "free"),
])
def test_an_outcome_only_tried_for_is_not_claimed(pipe, text, trigger):
    evs = events(pipe, text)
    assert not with_trigger(evs, trigger, CLAIMED), show(evs)


@pytest.mark.parametrize("text, trigger, root", [
    # the outcome told as done
    ("Thailand reached an agreement with Cambodia on the border temples.", "reached", "057"),
    ("The Ethiopian prime minister visited Asmara last month.", "visited", "042"),
    ("The Jordanian government sent medical aid to the refugees in Daraa.", "sent", "07"),
    ("Ugandan commanders withdrew their troops from Juba.", "withdrew", "087"),
    ("Rwandan officials freed the Congolese hostages.", "freed", "084"),
    # a try whose effort is the act itself: mediating, negotiating, persuading, a try at force
    ("The Malian army tried to mediate between the Tuareg factions.", "mediate", "045"),
    ("Kenyan diplomats tried to negotiate with the Somali government.", "negotiate", "046"),
    ("The Danish envoy tried to persuade Belgrade to release the prisoners.", "persuade", "02"),
    ("Turkish troops tried to storm the rebel headquarters in Afrin.", "storm", "19"),
])
def test_the_outcome_had_and_an_effort_that_is_the_act_stay(pipe, text, trigger, root):
    evs = events(pipe, text)
    assert with_trigger(evs, trigger, CLAIMED, root=root), show(evs)


@pytest.mark.parametrize("text", [
    "The ousted Bolivian president tried to flee.",
    "The Gambian leader tried to flee to Senegal.",
])
def test_a_flight_tried_stays(pipe, text):
    # the bare yield 080 is no outcome a try misses: one who tried to flee has fled, if only for a while
    evs = events(pipe, text)
    assert with_trigger(evs, "flee", CLAIMED, root="080"), show(evs)
