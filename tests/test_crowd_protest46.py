"""Event recall, session 27, round 45, branch rc46 (issue 10): a crowd's protest lost to the parse, or carried on.

1. Repair 176 (``repair_crowd_act``): "Hundreds of X *rallied* in PLACE on DAY *demanding* ..." with the protest verb
   read as a reduced relative on the subject and the participle as the root: the protest verb is the main verb.
2. Repair 177: "Truckers in PLACE *blocked* roads for a third day, urging ..." with the verb read as a compound (or
   adjective) of its plural object, the sentence a noun phrase: the verb is the main verb.
3. A protest carried on with a particle verb ("*kept up* their hunger strike", "*pressed on with* their strike") is
   the protest (``verb_classes.CARRY_ON_VERBS``), and "their" is the subject who carries it on.
4. Fishermen, herders, vendors and hawkers are crowds that may block roads (``@protester``).

Controls: a rally behind a team, drivers blocked by snow, a government pressing on with reforms. Every sentence is
invented for these tests.
"""

from __future__ import annotations

import pytest

from event_helpers import claimed, hits, show, with_root
from lapwing.extract.events.parse_repair import repaired


@pytest.mark.parametrize("text, country", [
    ("Hundreds of students rallied in La Paz on Friday demanding the release of their teachers.", "BOL"),
    ("Hundreds of workers rallied in Santiago on Monday demanding the release of their leaders.", "CHL"),
    ("Thousands of farmers rallied in Delhi on Tuesday demanding the repeal of the laws.", "IND"),
    ("Hundreds of Bolivian miners rallied in Potosi on Thursday demanding higher wages.", "BOL"),
])
def test_a_crowds_rally_before_its_demand_is_a_protest(pipe, text, country):
    evs = claimed(pipe, text)
    assert hits(evs, "14", country=country), show(evs)
    assert not with_root(evs, "10"), show(evs)  # the demand is the rally's own (pr45)


@pytest.mark.parametrize("text, country", [
    ("Truckers in Chile blocked roads for a third day, urging the government to cut fuel prices.", "CHL"),
    ("Fishermen in Senegal blocked ports for a second day, urging the government to cancel foreign licences.", "SEN"),
    ("Farmers in Kenya blocked roads for a fifth day, urging the ministry to buy their maize.", "KEN"),
])
def test_a_crowds_blockade_read_as_a_noun_phrase_is_a_protest(pipe, text, country):
    evs = claimed(pipe, text)
    assert hits(evs, "144", country=country), show(evs)


def test_the_repairs_make_the_protest_verb_the_root(pipe):
    doc = repaired(pipe.nlp("Dozens of villagers rallied in Kandy on Sunday demanding the return of their land."))
    v = next(t for t in doc if t.lower_ == "rallied")
    assert v.dep_ == "ROOT" and any(c.dep_ == "nsubj" and c.lower_ == "dozens" for c in v.children)
    doc = repaired(pipe.nlp("Truckers in Chile blocked roads for a third day, urging the government to cut fuel "
                            "prices."))
    v = next(t for t in doc if t.lower_ == "blocked")
    assert v.dep_ == "ROOT" and {c.lower_ for c in v.children if c.dep_ in ("nsubj", "obj")} == {"truckers", "roads"}


@pytest.mark.parametrize("text, root, source, country", [
    ("Jailed activists kept up their hunger strike on Monday.", "142", "activists", None),
    ("The miners pressed on with their hunger strike in Oruro.", "142", "miners", None),
    ("Miners in Bolivia pressed on with their strike on Tuesday.", "143", "Miners", "BOL"),
    ("Doctors in Lagos pushed ahead with their strike despite the court order.", "143", "Doctors", "NGA"),
    ("The nurses went ahead with their march on Sunday.", "141", "nurses", None),
    ("Kurdish prisoners continued their hunger strike in Diyarbakir.", "142", "prisoners", None),
])
def test_a_protest_carried_on_is_the_protest_of_its_subject(pipe, text, root, source, country):
    evs = claimed(pipe, text)
    assert hits(evs, root, source=source, country=country), show(evs)


@pytest.mark.parametrize("text", [
    "Hundreds of herders in Mali blocked the highway to Mopti on Friday.",
    "Fishermen in Senegal blocked ports for a second day, urging the government to cancel foreign licences.",
])
def test_herders_and_fishermen_blocking_roads_protest(pipe, text):
    assert with_root(claimed(pipe, text), "144"), show(claimed(pipe, text))


@pytest.mark.parametrize("text", [
    "Students rallied behind the team after the loss.",
    "Fans rallied behind their coach, chanting his name.",
    "Drivers were blocked by snow on the pass.",
    "Fishermen in the Gulf blocked by the storm waited in port.",
    "Students struck by the car were taken to hospital.",
    "Motorists blocked the road to Cork after the crash.",
    "The government pressed on with its reforms.",
    "The club kept up its winning streak.",
    "Hundreds of fans rallied in Madrid on Sunday celebrating the title.",
])
def test_no_protest_without_a_protest(pipe, text):
    evs = claimed(pipe, text)
    assert not with_root(evs, "14"), show(evs)
