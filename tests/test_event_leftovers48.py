"""Leftover argument classes of issue 10 (session 28, round 48, branch ex44).

Every sentence is written for this test.

- A list of four or more parties before the verb whose first members the parser split off: the verb read as a
  parataxis of the first name, the first name read as a clausal complement of the verb (as if a fronted quote), a
  middle member read as a "list" dependent. Each party is a source (``events/conjuncts.py``).
- A levy's rate phrase ("tariffs *of 25 percent* on X") that took the on-phrase naming whom it weighs on: the target
  is still read from it (``argspecs.objprep``).
- A free relative that names an act ("condemned what it called an attack on its embassy"): the naming verb is no
  act and its subject no doer of the named act (``clauses.free_naming``).
Controls: a quoted statement before a pair of speakers, a judgement ("called the attack a crime"), a real appeal
("called on Iraq to ..."), a free relative that is the object of a light verb."""

from __future__ import annotations

import pytest

from event_helpers import claimed, hits, show


@pytest.mark.parametrize("text, root, sources, target", [
    # the verb a parataxis of the first name
    ("Norway, Finland, Sweden and Denmark urged Russia to withdraw.", "02", ("NOR", "FIN", "SWE", "DNK"), "RUS"),
    # the first name a clausal complement of the verb
    ("Honduras, Guatemala, El Salvador and Nicaragua condemned Mexico.", "11", ("HND", "GTM", "SLV", "NIC"), "MEX"),
    ("Kenya, Uganda, Tanzania and Rwanda criticized Burundi.", "11", ("KEN", "UGA", "TZA", "RWA"), "BDI"),
    # lists that already worked stay whole
    ("Chile, Peru, Ecuador and Bolivia urged Venezuela to hold elections.", "02", ("CHL", "PER", "ECU", "BOL"), "VEN"),
    ("Iraq, Syria, Jordan and Lebanon rejected the Israeli plan.", "12", ("IRQ", "SYR", "JOR", "LBN"), "ISR"),
])
def test_every_party_of_a_long_list_is_a_source(pipe, text, root, sources, target):
    evs = [e for e in claimed(pipe, text) if e.cameo.startswith(root)
           and e.target is not None and e.target.country == target]
    got = {e.source.country for e in evs if e.source is not None}
    assert set(sources) <= got, show(claimed(pipe, text))


def test_a_middle_member_read_as_a_list_dependent(pipe):
    text = "Ghana, Togo, Benin and Senegal condemned the coup in Niger."
    got = {e.source.country for e in claimed(pipe, text) if e.cameo.startswith("11") and e.source is not None}
    assert {"GHA", "TGO", "BEN", "SEN"} <= got, show(claimed(pipe, text))


def test_a_quote_before_two_speakers_stays_two(pipe):
    text = '"Mexico is wrong," Honduras and Nicaragua said.'
    got = {e.source.country for e in claimed(pipe, text) if e.source is not None}
    assert "MEX" not in got, show(claimed(pipe, text))


@pytest.mark.parametrize("text, source, target", [
    ("The United States imposed tariffs of 25 percent on Chinese steel.", "USA", "CHN"),
    ("Mexico imposed duties of 10 percent on American pork.", "MEX", "USA"),
    ("The European Union imposed duties of up to 40 percent on Chinese solar panels.", "EUR", "CHN"),
])
def test_a_levy_rate_keeps_its_target(pipe, text, source, target):
    evs = claimed(pipe, text)
    assert hits(evs, "16", country=source, tcountry=target), show(evs)


# -- a free relative that names an act: "condemned what it called an attack on its embassy" (clauses.free_naming) --

@pytest.mark.parametrize("text, namer_country", [
    ("Russia condemned what it called an attack on its embassy in Kiev.", "RUS"),
    ("Serbia denounced what it called an assault on its consulate in Pristina.", "SRB"),
    ("Cuba condemned what it called a raid on its trade office in Panama.", "CUB"),
])
def test_the_namer_is_no_doer_of_the_named_act(pipe, text, namer_country):
    evs = claimed(pipe, text)
    assert not any(e.cameo[:2] in ("17", "18", "19", "20") and e.source is not None
                   and e.source.country == namer_country for e in evs), show(evs)
    assert not any(e.cameo.startswith("02") for e in evs), show(evs)  # "called ... on" is no appeal
    assert hits(evs, "11", country=namer_country), show(evs)


def test_the_pronoun_namer_is_no_raider(pipe):
    text = "The governor condemned what she called a raid on the union offices."
    evs = claimed(pipe, text)
    assert not any(e.cameo[:2] in ("17", "18", "19", "20") and e.source is not None and e.source.text == "she"
                   for e in evs), show(evs)


def test_a_named_attacker_inside_the_name_stays(pipe):
    text = "Pakistan denounced what it called an Indian attack on its border posts."
    evs = claimed(pipe, text)
    assert hits(evs, "19", country="IND", tcountry="PAK"), show(evs)


@pytest.mark.parametrize("text, root, source", [
    # the free relative the object of a light verb: its subject carries the act out
    ("Police launched what they called a crackdown on gangs.", "17", "Police"),
    ("The army said it had carried out what it called a raid on rebel camps.", "19", "it"),
])
def test_a_light_verb_of_the_free_relative_keeps_its_doer(pipe, text, root, source):
    evs = [e for e in claimed(pipe, text) if e.cameo.startswith(root)]
    assert any(e.source is not None and e.source.text in (source, source.lower()) for e in evs), show(evs)
    assert not any(e.cameo.startswith("02") for e in claimed(pipe, text)), show(claimed(pipe, text))


@pytest.mark.parametrize("text, root", [
    ("The president called the attack a crime.", "11"),  # a judgement keeps its row
    ("Iran called on Iraq to stop the attacks.", "02"),  # a real appeal stays
])
def test_naming_controls(pipe, text, root):
    assert any(e.cameo.startswith(root) for e in claimed(pipe, text)), show(claimed(pipe, text))
