"""Police arrests, session 25 round 38 (issue 10): arrest phrasings swept with invented sentences (never part b's
text). Phrasings written for this test, with the uses that must stay as they are next to them."""

from __future__ import annotations

import pytest

from event_helpers import police_labels, police_rules


_labels, _rules = police_labels, police_rules


# -- repair 157: "Nine men have so far been arrested": the passive subject on the perfect's auxiliary ---------------
@pytest.mark.parametrize("text", [
    "Nine persons have so far been arrested in connection with the violence.",
    "Eleven traders have so far been detained over the clashes in Moradabad.",
    "twelve people have so far been arrested for the arson at the bus depot.",
    "Seven youths had so far been apprehended in the case, the SP said.",
])
def test_a_perfect_passive_split_by_so_far_is_an_arrest(pipe, text):
    for t in (text, text.lower()):
        got = _labels(pipe, t)
        assert "arrest" in got, (t, got, _rules(pipe, t))


@pytest.mark.parametrize("text", [
    "Nine persons have so far been questioned in connection with the violence.",
    "The roads have so far been cleared of debris, officials said.",
    "No one has so far been arrested in the case.",
])
def test_other_perfect_passives_stay_without_an_arrest(pipe, text):
    for t in (text, text.lower()):
        got = _labels(pipe, t)
        assert "arrest" not in got, (t, got, _rules(pipe, t))


# -- "the arrested men", "the detained students": an arrest told in a participle before its noun -------------------
@pytest.mark.parametrize("text", [
    "Police said the arrested man had confessed to the murder of his landlord.",
    "The three detained students were released in the evening after their parents arrived.",
    "The two apprehended smugglers told officers they had been paid Rs 500 each.",
    "Relatives of the detained activists gathered outside the Kotwali station on Tuesday.",
    "the arrested woman told investigators that she had hidden the jewellery in a well.",
])
def test_a_participle_of_arrest_before_its_person_is_an_arrest(pipe, text):
    for t in (text, text.lower()):
        got = _labels(pipe, t)
        assert "arrest" in got, (t, got, _rules(pipe, t))


@pytest.mark.parametrize("text", [
    # generic: no one in particular, or a rule
    "All arrested persons must be produced before a magistrate within 24 hours.",
    "Any detained person has the right to meet a lawyer.",
    # not a person
    "The arrested development of the housing project worried residents.",
    "The detained vehicle was released after the owner paid a fine.",
    # a sport or market sense of the verb
    "The Reds arrested the slide with a win over Leeds on Saturday.",
    # years old
    "The men detained in 2019 were acquitted by the court on Monday.",
])
def test_other_participles_of_arrest_give_no_arrest(pipe, text):
    for t in (text, text.lower()):
        got = _labels(pipe, t)
        assert "arrest" not in got, (t, got, _rules(pipe, t))


# -- "after his arrest", "following the arrest of two men": an arrest noun as the time of the clause's act -------------
@pytest.mark.parametrize("text", [
    "The carpenter confessed to the theft after his arrest, police said.",
    "Following the arrest of two brothers, officers recovered a rifle from a sugarcane field.",
    "Investigators said the nurse led them to the stolen drugs after her arrest on Tuesday.",
    "since their detention on friday, the four teachers have refused food.",
    "Protests broke out in Eldoret after the arrest of the county clerk on Sunday.",
])
def test_an_arrest_noun_as_the_time_of_an_act_is_an_arrest(pipe, text):
    for t in (text, text.lower()):
        got = _labels(pipe, t)
        assert "arrest" in got, (t, got, _rules(pipe, t))


@pytest.mark.parametrize("text", [
    "The goalkeeper died after his cardiac arrest on Monday.",  # no arrest at all
    "The suspect will be questioned after his arrest, the DSP said.",  # future
    "Students demanded the arrest of the principal on Monday.",  # a demand
    "After his arrest in 2004, the poet spent six years in jail.",  # years old
    "After the arrest warrant was issued, the contractor fled to Dubai.",  # a warrant
    "He fled the town before his arrest.",  # it may not have come
])
def test_other_arrest_nouns_give_no_arrest(pipe, text):
    for t in (text, text.lower()):
        got = _labels(pipe, t)
        assert "arrest" not in got, (t, got, _rules(pipe, t))


# -- "policemen whisked away the activist": whisking away by the police is an arrest, not an abduction ----------------
@pytest.mark.parametrize("text", [
    "Plainclothes policemen whisked away the union leader in a jeep on Monday night.",
    "Officers of the SSS whisked off two journalists from a hotel in Jos on Friday.",
    "riot police whisked away three student leaders from the campus gate.",
])
def test_the_police_whisking_someone_away_is_an_arrest(pipe, text):
    for t in (text, text.lower()):
        got = _labels(pipe, t)
        assert "arrest" in got, (t, got, _rules(pipe, t))


def test_gunmen_whisking_someone_away_stay_an_abduction(pipe):
    text = "Gunmen whisked away a village head from his farm in Zamfara on Sunday."
    for t in (text, text.lower()):
        assert "arrest" not in _labels(pipe, t), _rules(pipe, t)
