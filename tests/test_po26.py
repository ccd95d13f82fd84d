"""Police action, session 26 (issue 10, the gap between parts a and b; part b's weakest label is arrest recall): classes
read on the new development part g and on parts a and c-f (never part b). Each in several phrasings written for this
test, with the uses that must stay as they are next to them."""

from __future__ import annotations

import pytest

from event_helpers import police_labels, police_rules


_labels, _rules = police_labels, police_rules


# -- police units and ranks the lexicons lacked ----------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("Etawah: A team led by the circle officer arrested two brothers for the theft of a tractor on Monday.", {"arrest"}),
    ("Gonda: The investigating officer detained the victim's neighbour for questioning on Friday.", {"arrest"}),
    ("Abeokuta: Operatives of the Rapid Response Squad arrested four suspected cultists in Lafenwa on Sunday.",
     {"arrest"}),
    ("DURBAN: Members of the Flying Squad shot dead two hijackers after a chase on the N2 on Tuesday.",
     {"kill", "force"}),
    ("Cuttack: The Vigilance Department arrested a block development officer for taking a bribe on Monday.",
     {"arrest"}),
    ("Thane: The cyber police arrested a man who cheated 40 job seekers through a fake website.", {"arrest"}),
])
def test_police_units_and_ranks(pipe, text, want):
    got = _labels(pipe, text)
    assert want <= got, (got, _rules(pipe, text))


# -- a past form read as a past tense, joined to a passive custody verb ------------------------------------------
@pytest.mark.parametrize("text", [
    "Bokaro: The two accused were produced in court on Tuesday and remanded to judicial custody.",
    "Sambalpur: She was produced before the magistrate on Friday and sent to jail.",
    "Hubballi: The five youths were questioned at the station for hours and sent to judicial custody on Sunday.",
])
def test_passive_conjunct_custody_is_an_arrest(pipe, text):
    got = _labels(pipe, text)
    assert "arrest" in got, (got, _rules(pipe, text))


def test_active_conjunct_keeps_its_subject(pipe):
    # an intransitive verb joined to a passive one keeps the passive subject as its doer (no list entry): no change
    text = "Bareilly: The accused was arrested on Monday and confessed to the theft, the police said."
    rules = _rules(pipe, text)
    assert [r for r in rules if r[:2] == ("173", "arrest")] and not [r for r in rules if "confess" in r[1]], rules
    # and a custody verb with an object of its own stays active: the police released the men
    text = "Raichur: Police detained 30 farmers on the highway and released them in the evening."
    assert "arrest" in _labels(pipe, text), _rules(pipe, text)


# -- "took in" by the police ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("Nashik: The Panchavati police took in three men for questioning after the temple theft.", {"arrest"}),
    ("kolhapur: police took in two youths after the brawl at the fair on sunday.", {"arrest"}),
    ("Shimla: The family took in a stray dog during the snowfall.", set()),
])
def test_police_took_in(pipe, text, want):
    got = _labels(pipe, text)
    assert got == want, (got, _rules(pipe, text))


# -- a police arrest after a game is not a sports report -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Jamshedpur: Police arrested eight fans after a fight broke out at the end of the football match on Sunday.",
    "Meerut: Fifteen youths were detained by the police after a quarrel over a cricket match in the village.",
])
def test_police_arrest_after_a_game(pipe, text):
    got = _labels(pipe, text)
    assert "arrest" in got, (got, _rules(pipe, text))


def test_a_match_report_stays_off_topic(pipe):
    text = "Kanpur: The home side beat the visitors by six wickets in the cricket match at the stadium on Sunday."
    assert not [r for r in _rules(pipe, text) if r[0] != "010"], _rules(pipe, text)


# -- going to arrest is not an arrest ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Etah: Two constables were hurt when villagers attacked a police team that had gone to arrest a wanted man.",
    "Jind: Policemen who went to the village to detain the accused were chased away by his relatives.",
    "Tonk: The police party that came to arrest the sarpanch was stopped by a crowd of women.",
])
def test_gone_to_arrest_is_no_arrest(pipe, text):
    got = _labels(pipe, text)
    assert "arrest" not in got, (got, _rules(pipe, text))


def test_came_and_arrested_is_an_arrest(pipe):
    text = "Sikar: Police came to the hostel at night and arrested four students."
    assert "arrest" in _labels(pipe, text), _rules(pipe, text)


# -- a passive arrest of a companion, a lookout, "the third" ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Warangal: Two robbers escaped on a motorcycle, but their companion was arrested near the toll plaza.",
    "Bidar: A fourth man, who kept watch as the lookout, was detained at the bus stand on Monday.",
    "Nyeri: Two of the raiders fled into the forest and the third was arrested on the spot.",
    "Sangli: The duo was nabbed from a lodge on Friday night.",
])
def test_passive_arrest_of_a_person_word(pipe, text):
    got = _labels(pipe, text)
    assert "arrest" in got, (got, _rules(pipe, text))


@pytest.mark.parametrize("text", [
    "Mumbai: The slide in the rupee was arrested after the central bank stepped in on Monday.",
    "Chennai: Traffic police caught 200 riders without helmets on Sunday and fined them.",
])
def test_no_arrest_of_a_thing_or_a_fined_rider(pipe, text):
    got = _labels(pipe, text)
    assert "arrest" not in got, (got, _rules(pipe, text))


# -- a police unit known by its abbreviation, before the word for its men -----------------------------------------
@pytest.mark.parametrize("text", [
    "Agra: An STF officer arrested a man selling fake admit cards on Tuesday.",
    "Lucknow: The ATS team detained two men in Kakori on Sunday.",
])
def test_abbreviated_unit_gives_its_men_the_police_sector(pipe, text):
    got = _labels(pipe, text)
    assert "arrest" in got, (got, _rules(pipe, text))


# -- "X and Y personnel": the "and" hung on the second conjunct's modifier ------------------------------------------
@pytest.mark.parametrize("text", [
    "Saran: Excise and police personnel held three bootleggers near the river on Friday.",
    "Motihari: Forest and police officials arrested two poachers with a leopard skin on Sunday.",
])
def test_second_conjunct_with_its_and_on_a_modifier(pipe, text):
    got = _labels(pipe, text)
    assert "arrest" in got, (got, _rules(pipe, text))


def test_apposition_stays_one_actor(pipe):
    # a conjunct with no "and" at all is an apposition, not a second actor
    text = "Gaya: The SHO, Ramesh Yadav, arrested two men on Monday."
    rules = _rules(pipe, text)
    assert len([r for r in rules if r[0] == "173"]) == 1, rules


# -- a video showing constables beating someone: the constables do it --------------------------------------------
@pytest.mark.parametrize("text", [
    "Gwalior: A video showing three constables thrashing a fruit vendor with lathis surfaced on Monday.",
    "jabalpur: a clip shows two constables kicking a student outside the college gate.",
])
def test_video_of_constables_beating(pipe, text):
    got = _labels(pipe, text)
    assert "force" in got, (got, _rules(pipe, text))
