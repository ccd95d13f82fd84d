"""Material attacks still missed, session 29 round 52 (issue 10, branch rc52).

Classes, each as lexicon rows over the UD parse, one frame condition widened and one parse repair:

- A crowd's "set fire to" read as one noun phrase ("A mob set fire to ...": the subject a compound of *set*, *set* an
  adjective of *fire*): repair 203 (``repair_set_fire``) makes *set* the verb; and "set X on fire" by a crowd (145).
- An object that is a collective head ("stoned *a line of* police"): the ``obj=`` condition reads its of-complement.
- Arrows fired or shot at people (180; by protesters 145); stones thrown, hurled or pelted at people by others
  than protesters (settlers: 182; not by armed men, and only with a target).
- A death after a stabbing, a knifing, a hacking, a stoning or a lynching, and a death of stab or gunshot wounds, with
  no doer named: an assault (1823 / 193) with the dead as its target.

Sentences invented for this test, with controls that must stay as they are.
"""

from __future__ import annotations

import pytest

from event_helpers import claimed, show


def _find(pipe, text, code):
    evs = claimed(pipe, text)
    found = [e for e in evs if e.cameo == code]
    assert found, (text, show(evs))
    return found[0]


# (sentence, code, source words or None, target words or None)
SET_FIRE = [
    ("A mob set fire to the police station in Zaria on Saturday.", "145", "mob", "police station"),
    ("An angry crowd set fire to a mosque in Bhagalpur.", "145", "crowd", "mosque"),
    ("A Christian mob set fire to the mayor's office and fled.", "145", "mob", None),
    ("Witnesses said a mob set fire to the tax office.", "145", "mob", None),
    ("The mob set ablaze three lorries in Chittagong.", "145", "mob", None),
    ("A crowd set the town hall on fire in Cochabamba.", "145", "crowd", None),
    ("The mob has set the governor's residence on fire.", "145", "mob", None),
]


@pytest.mark.parametrize("text,code,src,tgt", SET_FIRE)
def test_a_crowd_setting_fire(pipe, text, code, src, tgt):
    ev = _find(pipe, text, code)
    assert ev.source is not None and src in ev.source.text, (text, show(claimed(pipe, text)))
    if tgt is not None:
        assert ev.target is not None and tgt in ev.target.text, (text, show(claimed(pipe, text)))


def test_repair_203_tree(pipe):
    from lapwing.extract.events.parse_repair import repaired

    doc = repaired(pipe.nlp("An angry mob set fire to the police station in Zaria."))
    set_ = next(t for t in doc if t.lower_ == "set")
    assert set_.pos_ == "VERB" and set_.dep_ == "ROOT"
    kids = {c.lower_: c.dep_ for c in set_.children}
    assert kids.get("mob") == "nsubj" and kids.get("fire") == "obj" and kids.get("station") == "obl", kids
    assert {c.lower_ for c in doc[2].children} >= {"an", "angry"}


ON_PEOPLE = [
    # a collective head's of-complement is what the act is done to
    ("Protesters stoned a line of police outside the assembly.", "182", "Protesters", "police"),
    ("Youths are stoning a column of soldiers near the checkpoint.", "182", "Youths", "soldiers"),
    ("Villagers stoned a group of riot police on Thursday.", "182", "Villagers", "police"),
    # arrows
    ("Tribesmen fired arrows at police during the eviction.", "180", "Tribesmen", "police"),
    ("Tribesmen were shooting arrows at the farmers in Plateau state.", "180", "Tribesmen", "farmers"),
    ("Tribal fighters fired arrows at a police team in Jharkhand.", "180", "fighters", "police"),
    ("Protesters shot arrows at the troops outside the mine.", "145", "Protesters", "troops"),
    # stones by others than protesters
    ("Settlers threw stones at Palestinian cars near Ramallah.", "182", "Settlers", "Palestinian"),
    ("Israeli settlers hurled rocks at a Palestinian school on Friday.", "182", "settlers", "school"),
    ("Israeli settlers have pelted Palestinian olive pickers with stones near Salfit.", "182", "settlers", "Palestinian"),
]


@pytest.mark.parametrize("text,code,src,tgt", ON_PEOPLE)
def test_attacks_on_people(pipe, text, code, src, tgt):
    ev = _find(pipe, text, code)
    assert ev.source is not None and src in ev.source.text, (text, show(claimed(pipe, text)))
    assert ev.target is not None and tgt in ev.target.text, (text, show(claimed(pipe, text)))


DEATHS = [
    ("A man died after being stabbed in Ibadan on Sunday.", "1823", "man"),
    ("A student has died after being stabbed outside a nightclub in Leicester.", "1823", "student"),
    ("A taxi driver died after being knifed in Durban.", "1823", "driver"),
    ("Two farmers died after being hacked with machetes in Benue.", "1823", "farmers"),
    ("A suspected thief died after being lynched by a mob in Kampala.", "1823", "thief"),
    ("A teenager died of stab wounds in south London.", "1823", "teenager"),
    ("A police officer died from gunshot wounds in Port Moresby.", "193", "officer"),
]


@pytest.mark.parametrize("text,code,tgt", DEATHS)
def test_a_death_after_an_attack_is_an_assault(pipe, text, code, tgt):
    ev = _find(pipe, text, code)
    assert ev.source is None
    assert ev.target is not None and tgt in ev.target.text, (text, show(claimed(pipe, text)))


CONTROLS = [
    "The minister set the agenda for the talks.",
    "The sunset set the sky on fire.",
    "The club fired the coach after the defeat.",
    "Thousands attended a rock concert in Berlin.",
    "The farm is surrounded by stone walls.",
    "Two bombs were defused by police in Belfast.",
    "Troops carried out controlled detonations of mines near the border.",
    "Children threw stones into the river.",
    "Fans pelted the referee with plastic bottles.",
    "The actor died of a self-inflicted gunshot wound.",
    "A man died after being kicked by a horse.",
    "The old man died after a long illness.",
]


@pytest.mark.parametrize("text", CONTROLS)
def test_controls(pipe, text):
    evs = claimed(pipe, text)
    assert not [e for e in evs if e.cameo[:2] in ("14", "17", "18", "19")], (text, show(evs))


@pytest.mark.parametrize("text", [
    "Students occupied the rector's office and set it on fire.",
    "Rioters broke into the town hall on Sunday and set it on fire.",
])
def test_burning_what_was_just_stormed_is_the_same_riot(pipe, text):
    """"... stormed X and set *it* on fire": one happening, so the crowd's burning of the pronoun adds no event."""
    evs = claimed(pipe, text)
    assert not [e for e in evs if e.trigger is not None and e.trigger.text == "set"], (text, show(evs))
