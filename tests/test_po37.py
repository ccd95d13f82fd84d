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


# -- an act the text dates to well before the article is history, which gives no label --------------------------------
@pytest.mark.parametrize("text", [
    "The grocer was arrested by the Civil Lines police in 2023 and was released on bail a month later.",
    "Last year, police arrested dozens of young men in the same village after a clash over land.",
    "In 2024, officers of the Kisumu police station beat three hawkers with batons during an eviction.",
    "A farmer was picked up by the Sadar police in March 2024 and questioned for two days, his son said.",
])
def test_an_act_dated_years_before_the_article_gives_no_label(pipe, text):
    """Articles published on 2026-03-01 (the helper's date)."""
    for t in (text, text.lower()):
        got = _labels(pipe, t)
        assert not got & {"arrest", "force", "kill"}, (t, got, _rules(pipe, t))


@pytest.mark.parametrize("text, label", [
    ("In January, police arrested two men for selling fake seeds in Rewari.", "arrest"),
    ("Police arrested two men for selling fake seeds in Rewari in December.", "arrest"),
    ("On Saturday, officers of the Kisumu police station beat three hawkers with batons.", "force"),
    ("The Kotwali police arrested a bus conductor on Monday for stabbing a passenger.", "arrest"),
])
def test_acts_of_the_last_months_still_count(pipe, text, label):
    for t in (text, text.lower()):
        got = _labels(pipe, t)
        assert label in got, (t, got, _rules(pipe, t))


def test_old_event_reads_the_precision_of_the_date():
    from lapwing.eval.police import old_event

    assert old_event({"date": "1996", "date_source": "text"}, "2026-09-06")
    assert old_event({"date": "2025", "date_source": "text"}, "2026-01-08")  # "last year": a year alone, before
    assert old_event({"date": "2025-03", "date_source": "text"}, "2026-09-01")
    assert not old_event({"date": "2025-12-30", "date_source": "text"}, "2026-01-08")  # days before
    assert not old_event({"date": "2025-10", "date_source": "text"}, "2026-09-01")
    assert not old_event({"date": "2022", "date_source": "published"}, "2026-09-01")  # not the text's date
    assert not old_event({"date": "2022", "date_source": "text"}, None)
