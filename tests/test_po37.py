"""Police action, session 25 round 37 (issue 10): attackers killed when the police they attacked fired back, read on
the development parts d, g and e (never part b). Phrasings written for this test, with the uses that must stay as they
are next to them."""

from __future__ import annotations

import pytest

from event_helpers import police_labels, police_rules


_labels, _rules = police_labels, police_rules


# -- "two rustlers were killed when officers came under attack": the attacked force is the killer --------------------
@pytest.mark.parametrize("text", [
    "Three gunmen were killed when a police patrol came under attack near Wajir on Monday.",
    "Four suspected bandits were killed on Friday when police officers on patrol were ambushed near Isiolo.",
    "two suspected cattle thieves were killed on tuesday when general service unit officers came under attack in "
    "baringo.",
    "Two of the robbers were killed as a Flying Squad team came under fire on the Harare-Mutare road.",
    "A suspected kidnapper was shot dead when DRG jawans were fired upon near a forest village in Bijapur.",
    "five armed raiders have been killed when a police convoy was attacked in Marsabit, the county commander said.",
])
def test_attackers_killed_when_the_police_came_under_attack(pipe, text):
    for t in (text, text.lower()):
        got = _labels(pipe, t)
        assert {"kill", "force"} <= got, (t, got, _rules(pipe, t))


@pytest.mark.parametrize("text", [
    # the dead are not named as attackers: the attackers may have killed them
    "Two civilians were killed when a police patrol came under attack near Wajir on Monday.",
    "Three passengers were killed when a police escort was ambushed on the Garissa road on Sunday.",
    # the dead are the police themselves
    "Two officers were killed when a police patrol came under attack near Wajir on Monday.",
    # the attacked are not police or soldiers
    "Three robbers were killed when a bus came under attack near Mandera on Monday.",
    # the force was not attacked in the death's own clause
    "Three gunmen were killed when their car overturned near Wajir, a day after a police patrol came under attack.",
])
def test_other_deaths_are_not_given_to_the_attacked_force(pipe, text):
    for t in (text, text.lower()):
        got = _labels(pipe, t)
        assert "kill" not in got, (t, got, _rules(pipe, t))
