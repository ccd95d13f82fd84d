"""Police action, session 29 (issue 10): classes read on the new development part i (lower-cased South Asian
regional press with "city:" datelines, Latin American, Philippine and South African wire copy) and on part a (never
part b). Each in several phrasings written for this test, with the uses that must stay as they are next to them."""

from __future__ import annotations

import pytest

from event_helpers import police_labels, police_rules


_labels, _rules = police_labels, police_rules


# -- repair 151: "CITY: [Police] [lathi-charged] students ..." (the subject hung on the participle) -----------------
@pytest.mark.parametrize("text", [
    "varanasi: police lathi-charged university students who were protesting a hostel fee hike after they "
    "allegedly pelted stones at the proctor's office on thursday.",
    "darbhanga: police lathi-charged college students who were protesting the delay in results after they "
    "allegedly threw bricks at the registrar's office on monday.",
    "ALIGARH: Police lathi-charged hostel residents who were protesting the mess charges after they allegedly "
    "hurled stones at the warden's office on Friday.",
])
def test_subject_hung_on_the_participle(pipe, text):
    got = _labels(pipe, text)
    assert "force" in got, (got, _rules(pipe, text))


# -- repair 152: "CITY: the police denied using force" (two reduced relatives on the noun) --------------------------
@pytest.mark.parametrize("text", [
    "thiruvananthapuram: the police denied using force against the fishermen who laid siege to the secretariat "
    "on wednesday.",
    "kollam: the police denied using force against the workers who blocked the harbour gate on friday.",
    "MADURAI: The police denied using force against the weavers who laid siege to the textile office on Monday.",
])
def test_denied_gerund_is_negated(pipe, text):
    got = _labels(pipe, text)
    assert "force" not in got, (got, _rules(pipe, text))


def test_admitted_gerund_stays_asserted(pipe):
    text = "GAYA: The police admitted firing at the mob on Friday."
    assert "force" in _labels(pipe, text), _rules(pipe, text)


# -- police units the lexicons lacked: RAB's numbered battalions, Chhattisgarh's DRG, South Africa's POP ------------
@pytest.mark.parametrize("text, label", [
    ("dhaka, jun 4 (unb): members of rab-10 arrested three alleged drug traders with yaba tablets from the "
     "jatrabari area on saturday night.", "arrest"),
    ("CHATTOGRAM, Jun 2 (UNB): Members of RAB-7 detained a suspected arms dealer from Patenga on Monday.", "arrest"),
    ("raipur: two maoists were killed in an exchange of fire with drg jawans in the forests of bijapur on "
     "wednesday, police said.", "kill"),
    ("Sukma: Three Maoists were shot dead by DRG personnel in an encounter in the Kistaram forests on Tuesday.",
     "kill"),
    ("DURBAN — Members of the Public Order Policing unit fired rubber bullets to disperse residents who had "
     "barricaded a road on Monday morning.", "force"),
    ("EAST LONDON — Public Order Police officers fired rubber bullets at striking taxi drivers on Tuesday.", "force"),
])
def test_police_units(pipe, text, label):
    got = _labels(pipe, text)
    assert label in got, (got, _rules(pipe, text))


def test_members_of_a_family_stay_unpoliced(pipe):
    text = "Members of the Rab family arrested nobody; they sold the farm in March."
    assert _labels(pipe, text) == set(), _rules(pipe, text)


# -- repair 153 and the station's custody: "a man arrested in a theft case died in custody at the X police station" --
@pytest.mark.parametrize("text", [
    "lucknow: a 32-year-old man arrested in a theft case died in custody at the thakurganj police station on "
    "wednesday night.",
    "A 40-year-old labourer detained in a liquor case died in custody at the Sadar Bazar police station on Monday.",
    "nagaon: a youth held in a cattle theft case died in custody at the kachalukhowa police station on friday.",
])
def test_reduced_relative_before_a_custody_death(pipe, text):
    got = _labels(pipe, text)
    assert {"kill", "force", "arrest"} <= got, (got, _rules(pipe, text))


def test_reduced_relative_with_another_verb_gives_no_killing(pipe):
    text = "A woman arrested in a fraud case escaped from the court on Monday."
    assert not {"kill", "force"} & _labels(pipe, text), _rules(pipe, text)


# -- repair 154: "he was hit in the leg in retaliatory firing and nabbed" ------------------------------------------
@pytest.mark.parametrize("text", [
    "meerut: a wanted criminal was injured in an encounter with the police on tuesday. he was hit in the leg in "
    "retaliatory firing and nabbed.",
    "hapur: the robber was hit in the knee in retaliatory firing and nabbed, police said.",
    "SHAMLI: He was injured in the leg in retaliatory firing and nabbed by the police team.",
])
def test_second_participle_on_the_firing(pipe, text):
    got = _labels(pipe, text)
    assert "arrest" in got, (got, _rules(pipe, text))


def test_second_participle_without_arrest_stays_nothing(pipe):
    text = "He was hit by a stone in the chaos and rushed to hospital."
    assert _labels(pipe, text) == set(), _rules(pipe, text)


# -- repair 155: "MONTERREY, Nuevo León — State police officers fired ..." (the dateline read as a second subject) ----
@pytest.mark.parametrize("text", [
    "MONTERREY, Nuevo León — State police officers fired rubber bullets and tear gas at relatives of missing people "
    "on Tuesday.",
    "POPAYÁN, Cauca — Riot police officers fired tear gas at students on Thursday.",
    "XALAPA, Veracruz — State police officers fired rubber bullets at striking teachers outside the congress on Monday.",
])
def test_dateline_is_no_subject(pipe, text):
    got = _labels(pipe, text)
    assert "force" in got, (got, _rules(pipe, text))
    assert all(src is None or src.split()[0].isupper() is False for _, _, src in _rules(pipe, text))


# -- a death "in a police holding cell" (the parser reads "police" as the place and "holding" as a verb) --------------
@pytest.mark.parametrize("text", [
    "PIETERMARITZBURG — A 23-year-old suspect died in a police holding cell at the Plessislaer police station hours "
    "after he was arrested for housebreaking.",
    "bloemfontein: a suspect died in a police holding cell at the mangaung police station on friday.",
    "TEMBISA — A 31-year-old man died in a police holding cell at the Ivory Park police station on Sunday.",
])
def test_death_in_a_police_holding_cell(pipe, text):
    got = _labels(pipe, text)
    assert {"kill", "force"} <= got, (got, _rules(pipe, text))


def test_police_cell_as_a_place_of_work_is_no_death(pipe):
    text = "A constable died of a heart attack in the police control room in Tembisa on Sunday."
    assert not {"kill", "force"} & _labels(pipe, text), _rules(pipe, text)
