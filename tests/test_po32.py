"""Police action, session 32 (issue 10): arrests whose patient or agent the coder lost, read on the development parts
g, h and a (never part b). Each class in several phrasings written for this test, with the uses that must stay as
they are next to them."""

from __future__ import annotations

import pytest

from event_helpers import police_labels, police_rules


_labels, _rules = police_labels, police_rules


# -- "he surrendered ... and *was arrested*": a passive conjunct with its own auxiliary on an active verb -------------
@pytest.mark.parametrize("text", [
    "He surrendered at the police station on Monday and was arrested.",
    "The accused appeared before the magistrate on Friday and was remanded in police custody.",
    "Two brothers surrendered before the court in Ludhiana and were sent to jail.",
    "The suspect fled to Mombasa but was arrested on Sunday, police said.",
    "The man turned himself in at the police station on Friday and was booked into the county jail, officers said.",
])
def test_passive_conjunct_of_an_active_verb(pipe, text):
    got = _labels(pipe, text)
    assert "arrest" in got, (got, _rules(pipe, text))


@pytest.mark.parametrize("text", [
    "The farmers marched to the collectorate on Tuesday and were addressed by the district magistrate.",
    "Two constables reached the village on Sunday and were attacked by a mob armed with sticks.",
    "The vendors gathered outside the municipal office and were told to wait for the commissioner.",
])
def test_passive_conjunct_without_custody_stays_unlabelled(pipe, text):
    got = _labels(pipe, text)
    assert not got & {"arrest", "force"}, (got, _rules(pipe, text))


# -- "police used spray on [a man who attacked officers] *before arresting him*": the arrest is the police's ----------
@pytest.mark.parametrize("text", [
    "Police used capsicum spray on a man who attacked officers with a hammer in Caboolture on Sunday night before "
    "arresting him.",
    "Constables chased two youths who had hurled stones at a bus near the depot before detaining them on Monday.",
    "Police fired tear gas at a crowd of men who had torched two shops in the bazaar before arresting them.",
])
def test_custody_gerund_after_a_relative_clause(pipe, text):
    got = _labels(pipe, text)
    assert "arrest" in got, (got, _rules(pipe, text))
    assert ("173", "a man") not in {(c, s) for c, _, s in _rules(pipe, text)}


@pytest.mark.parametrize("text", [
    "Police are hunting a man who stabbed a shopkeeper in Thika before robbing him.",
    "Police said a man who kidnapped a trader held him for three days before releasing him.",
    "Police are looking for a woman who befriended an elderly widow before cheating her of her savings.",
])
def test_other_gerunds_keep_the_relative_clause_doer(pipe, text):
    got = _labels(pipe, text)
    assert not got & {"arrest", "force", "kill"}, (got, _rules(pipe, text))


def test_robbers_restraining_a_victim_stay_theirs(pipe):
    text = "Police are hunting three men who overpowered a watchman at a warehouse in Eldoret before restraining him."
    got = _labels(pipe, text)
    assert "arrest" not in got, (got, _rules(pipe, text))
