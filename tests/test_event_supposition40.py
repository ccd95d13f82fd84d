"""What is only supposed is no claimed act (session 26, round 40, branch rc40, issue 10; ``status_supposition.py``).

Round 39's repair 150 ("that" read as a second subject is the clause's mark) gave "The simulation assumes that rebels
seize the capital" its clause but left it labelled a relative clause on the verb (``advcl:relcl``), where no
governor's status was read: an asserted seizure. Repair 150 now makes such a clause the verb's ``ccomp``, and the
status reads the supposition on every clause edge:

- the content of a verb of supposition (assume, suppose, hypothesise, posit, postulate, presuppose, imagine ...),
  however the clause is hung;
- the scene of a supposition noun ("in a scenario where ...", "a simulation in which ...", "the assumption that ...");
- an act told inside one ("In the simulation, ...", "Under that scenario, ...", "In the war game, ...", "the study's
  premise is that ...").

Controls: "assumed control / responsibility" (a verb of supposition taking a noun), an act beside a participle of
supposition, a place phrase, an agreement phrase, a relative about a scenario, a reported act. All sentences are
written for Lapwing."""

from __future__ import annotations

import pytest

from event_helpers import by_root, claimed, events, show


@pytest.mark.parametrize("text, root", [
    ("The simulation assumes that rebels seize the capital within a week.", "19"),
    ("The exercise supposes that Russian forces attack Estonia.", "19"),
    ("Our war plan assumes that the insurgents capture the airport on the first day.", "19"),
    ("Analysts suppose that the army shelled the town overnight.", "19"),
    ("The researchers hypothesise that militias attacked the convoy near Goma.", "19"),
    ("Planners posit that the rebels storm the port.", "19"),
    ("Police assume that the gunman killed the two guards.", "19"),
    ("The study postulates that Russian jets bomb the bridge.", "19"),
])
def test_the_content_of_a_supposition_verb_is_not_claimed(pipe, text, root):
    evs = events(pipe, text)
    assert by_root(evs, root) and not by_root(claimed(pipe, text), root), show(evs)


@pytest.mark.parametrize("text, root", [
    ("In a scenario where rebels seize the capital, the army would retreat.", "19"),
    ("In the simulation, rebels seized the capital within a week.", "19"),
    ("Under that scenario, China blockades Taiwan for a month.", "19"),
    ("In the war game, Russian troops invaded Lithuania.", "19"),
    ("The study's premise is that Iran attacks Israeli ships in the Gulf.", "19"),
    ("Under the working hypothesis, the gang killed the banker in Lagos.", "19"),
])
def test_an_act_inside_a_supposition_noun_is_not_claimed(pipe, text, root):
    evs = events(pipe, text)
    assert by_root(evs, root) and not by_root(claimed(pipe, text), root), show(evs)


@pytest.mark.parametrize("text, root", [
    ("Rebels assumed control of the town after troops withdrew.", "19"),
    ("The army shelled the village, assuming that the rebels had fled.", "19"),
    ("In the capital, rebels seized the airport on Monday.", "19"),
    ("Kenyan police said on Monday that the gunmen had killed two guards.", "19"),
    ("The ministry said the scenario that Serbia feared had come true when troops shelled the village.", "19"),
])
def test_real_acts_beside_a_supposition_stay_claimed(pipe, text, root):
    assert by_root(claimed(pipe, text), root), show(events(pipe, text))


def test_a_that_clause_freed_on_a_verb_is_its_complement(pipe):
    from lapwing.extract.events.parse_repair import repaired
    for text, verb, clause in [("The simulation assumes that rebels seize the capital within a week.", "assumes",
                                "seize"),
                               ("The drill assumes that the militants storm the embassy.", "assumes", "storm")]:
        out = repaired(pipe.nlp(text))
        c = next(t for t in out if t.text == clause)
        that = next(t for t in out if t.lower_ == "that")
        assert that.dep_ == "mark" and that.head.i == c.i, text
        assert c.head.text == verb and c.dep_ == "ccomp", (text, c.dep_)


def test_the_no_event_set_supposition_stays_silent(pipe):
    assert events(pipe, "The simulation assumes that rebels seize the capital within a week.") and not claimed(
        pipe, "The simulation assumes that rebels seize the capital within a week.")
