"""Actor gaps left by round ac72 (session 36, round ac73). Each class with controls that keep their codes:

- a mediator is a state's or a body's envoy (``agents.tsv``: GOV and weak like "envoy" and "negotiator"): "the
  Qatari mediator" is Qatar's government, "a UN mediator" the UN's, "church mediators" the church's;
- a person named by their art or sport ("the Mexican singer X", "a Kenyan sprinter"; ``agents.tsv``, no sector of
  their own) takes the nationality's country; a modifier or an affiliation gives the sector as for any weak word.

Articles written for this test."""

from __future__ import annotations

import pytest

from test_actor_context13 import _no_user_files, codes, nlp, run  # noqa: F401  (fixtures)

DAY = "2026-12-10"


# -- mediators ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, phrase, expected", [
    ("The Qatari mediator said talks between the two sides would resume on Monday.", "mediator", ("QAT", "GOV")),
    ("Norwegian mediators flew to the capital to meet the insurgents.", "mediators", ("NOR", "GOV")),
    ("An Egyptian mediator shuttled between the delegations for a third day.", "mediator", ("EGY", "GOV")),
    ("Talks stalled after the Kenyan mediator left the hotel on Sunday.", "mediator", ("KEN", "GOV")),
    # controls: a body's mediator keeps the body's code
    ("The UN mediator urged both parties to return to the table.", "mediator", ("UNO", "IGO")),
    ("An African Union mediator arrived in the city to press for a ceasefire.", "mediator", ("AFR", "IGO")),
    ("Catholic Church mediators urged the two sides to resume talks.", "mediators", (None, "REL")),
    ("KAMPALA, Uganda (Lapwing Wire) - A rebel mediator said the fighters wanted safe passage.", "mediator",
     ("UGA", "REB")),
])
def test_a_mediator_is_an_envoy(nlp, text, phrase, expected):
    assert codes(run(nlp, text, DAY), phrase) == expected


# -- people named by their art or sport -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, phrase, expected", [
    ("The Mexican singer Rosa Delgado cancelled her concert in the capital.", "Delgado", ("MEX", None)),
    ("Mexican singer Carla Ortiz cancelled her show after the threats.", "Ortiz", ("MEX", None)),
    ("The Colombian singer Marta Lozano met the president on Tuesday.", "Lozano", ("COL", None)),
    ("A Kenyan sprinter was stopped at the border on Friday.", "sprinter", ("KEN", None)),
    ("The Iranian filmmaker Reza Tavakoli was detained at the airport.", "Tavakoli", ("IRN", None)),
    ("Police arrested a Turkish novelist over a magazine column.", "novelist", ("TUR", None)),
    # controls: role words that have a sector keep it
    ("The Mexican lawyer Carla Ortiz filed a suit on Tuesday.", "Ortiz", ("MEX", "JUD")),
    ("The Mexican activist Carla Ortiz filed a suit on Tuesday.", "Ortiz", ("MEX", "CVL")),
])
def test_a_person_named_by_art_or_sport_takes_the_nationality(nlp, text, phrase, expected):
    assert codes(run(nlp, text, DAY), phrase) == expected
