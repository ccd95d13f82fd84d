"""Fights (CAMEO 19) coded where there is none, session 34 round p1967 (read off the reference set's false 19x events).

* the harm told by a bare -ing clause on a coded act ("troops *shelled* the village, *killing* four farmers",
  "gunmen *ambushed* a convoy, *wounding* three officers") is the act's result, one happening: no second 190 from
  the -ing verb, and the act takes the harmed as its target when it had none (``sentence_dedupe._result_of``);
  also the second harm of the clause ("..., killing one and *injuring* four");
* after a police act of repression (175) or of unrest (145) only a wounding or injuring is folded in: a killing
  stays an event of its own (it is what makes the act a killing).

Controls: a harm with a subordinator of its own ("*after* killing two guards"), a harm told by a coordinated finite
verb ("stormed the town *and killed* ten residents"), a harm whose act is no event ("a bus overturned, killing
twelve"), and the plain attacks, clashes, shelling and air strikes keep their 19x event.
"""

from __future__ import annotations

import pytest

from event_helpers import events, police_labels, show, with_trigger


@pytest.mark.parametrize("text, act, harm", [
    ("Army troops shelled the border village on Sunday, killing four farmers.", "shelled", "killing"),
    ("Gunmen ambushed a police convoy near the capital, wounding three officers.", "ambushed", "wounding"),
    ("Insurgents fired rockets at the air base, injuring two soldiers, the military said.", "fired", "injuring"),
    ("Warplanes bombed a market in the north on Friday, killing at least nine shoppers.", "bombed", "killing"),
    ("Police opened fire on a crowd in the market, killing one man and injuring four others.", "opened", "killing"),
])
def test_harm_in_ing_clause_is_the_acts_result(pipe, text, act, harm):
    evs = events(pipe, text)
    assert with_trigger(evs, act), show(evs)
    assert not with_trigger(evs, harm, root="19"), show(evs)
    assert not with_trigger(evs, "injuring", root="19"), show(evs)


def test_act_takes_the_harmed_as_target(pipe):
    evs = events(pipe, "Army troops shelled the border village on Sunday, killing four farmers.")
    (ev,) = with_trigger(evs, "shelled")
    assert ev.target is not None and "farmers" in ev.target.text, show(evs)


@pytest.mark.parametrize("text", [
    "Riot police fired tear gas at the marchers, injuring a dozen of them.",
    "Villagers pelted the constables with stones, injuring three of them.",
])
def test_injury_after_repression_or_unrest_folds_in(pipe, text):
    evs = events(pipe, text)
    assert evs, show(evs)
    assert not with_trigger(evs, "injuring", root="19"), show(evs)


def test_killing_after_tear_gas_stays_a_kill(pipe):
    text = "Riot police fired tear gas at the marchers in Dhaka, killing two of them."
    evs = events(pipe, text)
    assert with_trigger(evs, "killing", root="19"), show(evs)
    assert "kill" in police_labels(pipe, text)


def test_police_firing_with_deaths_is_still_a_police_kill(pipe):
    assert "kill" in police_labels(pipe, "Police opened fire on a mob in Patna, killing one person and injuring four.")


@pytest.mark.parametrize("text, trigger", [
    ("Soldiers raided the camp after killing two guards.", "killing"),
    ("The militia stormed the town and killed ten residents.", "killed"),
    ("Rebels killed six soldiers in an ambush on Tuesday.", None),
    ("Government troops clashed with rebels near the border town.", "clashed"),
    ("Russian forces shelled the city of Kharkiv overnight.", "shelled"),
    ("Israeli aircraft carried out air strikes on Hezbollah positions in southern Lebanon.", "strikes"),
])
def test_controls_keep_their_force_event(pipe, text, trigger):
    evs = events(pipe, text)
    assert [e for e in evs if e.cameo[:2] == "19" and (trigger is None or e.trigger.text == trigger)], show(evs)


def test_accident_with_ing_harm_stays_without_event(pipe):
    evs = events(pipe, "A bus overturned on the highway, killing twelve passengers.")
    assert not [e for e in evs if e.cameo[:2] == "19"], show(evs)


@pytest.mark.parametrize("text", [
    "Militiamen killed dozens of farmers in a massacre in the east.",
    "Gunmen killed forty herders during a massacre near the river on Sunday.",
    "The paramilitaries killed more than 300 civilians in a bloodbath in the western town.",
])
def test_killing_told_in_a_massacre_is_mass_killing(pipe, text):
    evs = events(pipe, text)
    assert [e for e in evs if e.cameo == "202"], show(evs)
    assert not [e for e in evs if e.cameo[:2] == "19"], show(evs)


def test_killing_in_a_clash_stays_force(pipe):
    evs = events(pipe, "Soldiers killed five smugglers in a clash on the border.")
    assert [e for e in evs if e.cameo[:2] == "19"], show(evs)


@pytest.mark.parametrize("text", [
    "The Springboks beat the All Blacks on Saturday and retook the top spot in the world rankings.",
    "The Kenyan runner retook the lead in the final lap.",
    "The champion retook her title with a win in the final round.",
    "Hundreds of fans invaded the pitch after the final whistle.",
])
def test_sport_objects_are_no_force(pipe, text):
    evs = events(pipe, text)
    assert not [e for e in evs if e.cameo[:2] == "19"], show(evs)


@pytest.mark.parametrize("text", [
    "Iraqi troops retook the town of Tal Afar from the militants on Friday.",
    "Government forces retook the airport after heavy fighting.",
    "Russia invaded Ukraine in February 2022.",
    "Rebel fighters invaded the northern province last week.",
])
def test_retake_and_invade_of_places_stay_force(pipe, text):
    evs = events(pipe, text, published="2022-03-01")
    assert [e for e in evs if e.cameo[:2] == "19"], show(evs)


@pytest.mark.parametrize("text", [
    "Russia launched 60 drones at Odesa overnight. Air defences shot down 50 of the drones, the air force said. "
    "Two workers were killed at the port, the governor said.",
    "Rebels fired rockets at the city on Sunday. Army air defence units shot down most of the rockets. "
    "Four residents were killed in the old quarter, officials said.",
])
def test_interception_force_is_not_the_killer(pipe, text):
    """A force that shot down drones or rockets (a defence) is not the killer of the dead told after it."""
    evs = events(pipe, text)
    killed = with_trigger(evs, "killed")
    assert not [e for e in killed if e.source is not None and "defence" in e.source.text.lower()], show(evs)


def test_force_that_fired_on_people_stays_the_killer(pipe):
    evs = events(pipe, "Police opened fire on protesters in the capital on Monday. "
                       "Three people were killed, a hospital official said.")
    killed = with_trigger(evs, "killed")
    assert [e for e in killed if e.source is not None and e.source.text == "Police"], show(evs)
