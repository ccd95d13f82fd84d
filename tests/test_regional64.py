"""Session 33, round lc64 (issue 10): regional and lower-cased news. Classes read off the regional reference batch
(tests/data/event_reference/18_regional.tsv) and ``lapwing eval police --part a --lower``, each fixed by a general
rule. Sentences, places and people here are written for these tests and made up.

* lower-cased titles: "mla", "mlc", "si" (sub-inspector) and "asi" are person titles for the truecaser (a name
  after them is capitalised, as after "sho" or "mp"), and initials right after a title open the name ("mp r.
  selvaraj" -> "MP R. Selvaraj"); an MLA or MLC is a legislator (LEG) in the agents lexicon;
* a ransom demand ("the kidnappers have demanded a ransom", "demanded five million pesos as ransom") is a demand for
  material (economic) cooperation, CAMEO 1011, and is coded although the captors are no political actor.
"""

from __future__ import annotations

import pytest

from event_helpers import events, hits, show

from lapwing.nlp.truecase import recase

PUB = "2026-12-07"  # a Monday


def rc(text: str) -> str:
    out = recase(text, "lower")
    assert out is not None and len(out) == len(text) and out.lower() == text.lower()
    return out


# ---------------------------------------------------------------------------------------------
# titles in lower-cased text


@pytest.mark.parametrize("text, expected", [
    ("meerut: local mla tarvinder gosal inaugurated a clinic on sunday.", "MLA Tarvinder Gosal"),
    ("the mlc hardeep vattal said the bridge would open next month.", "MLC Hardeep Vattal"),
    ("bhopal: si ramkesh dhurve and two constables reached the spot.", "SI Ramkesh Dhurve"),
    ("asi jaswinder khokhar was injured in the scuffle.", "ASI Jaswinder Khokhar"),
    ("vellore: local mp r. kanagasabai demanded a probe into the deaths.", "MP R. Kanagasabai"),
    ("sho k. p. thirumalvalavan said the accused had fled.", "SHO K. P. Thirumalvalavan"),
])
def test_a_name_after_a_lower_cased_title_is_capitalised(text, expected):
    assert expected in rc(text)


@pytest.mark.parametrize("text, kept", [
    ("the mla said r. the list was long.", "r. the list"),  # an initial must be followed by a name
    ("the mla left early.", "left early"),  # no name after the title
    ("a si unit of measure was used.", "unit of measure"),  # "a si ...": a title after an article is a noun
])
def test_no_name_is_made_up_after_a_title(text, kept):
    assert kept in rc(text)


@pytest.mark.parametrize("text", [
    "bareilly: local mla farhan qureshi alleged that the police had detained members of only one community.",
    "Local MLA Farhan Qureshi alleged that the police had detained members of only one community.",
    "bareilly: the mla accused the police of detaining members of only one community.",
])
def test_an_mla_is_a_legislator(pipe, text):
    evs = events(pipe, text, PUB)
    assert any(e.cameo.startswith("112") and e.source is not None and e.source.sector == "LEG" for e in evs), show(evs)


# ---------------------------------------------------------------------------------------------
# ransom demands


@pytest.mark.parametrize("text", [
    "The kidnappers have demanded a ransom of 40 million naira, a relative said.",
    "the abductors have demanded rs 15 lakh as ransom from the family, police said.",
    "Kidnappers are demanding three million pesos in ransom for the boy's release.",
    "The gunmen who seized the traders demanded a ransom from their families.",
    "the kidnappers demanded 20 lakh rupees as ransom.",
])
def test_a_ransom_demand_is_coded(pipe, text):
    evs = events(pipe, text, PUB)
    assert hits(evs, "1011"), show(evs)


@pytest.mark.parametrize("text", [
    "The union demanded a pay rise for its members.",  # a demand between private parties: still nothing
    "The club demanded a large transfer fee for the striker.",
    "The villagers demanded a new bridge.",
])
def test_other_private_demands_stay_uncoded(pipe, text):
    evs = events(pipe, text, PUB)
    assert not any(e.cameo.startswith("10") for e in evs), show(evs)


def test_an_order_not_to_pay_a_ransom_is_no_ransom_demand(pipe):
    evs = events(pipe, "The minister demanded that no ransom be paid to the gang.", PUB)
    assert not hits(evs, "1011"), show(evs)


# ---------------------------------------------------------------------------------------------
# repair 259: an accusation or demand after a denial's or an allegation's clause is the speaker's


@pytest.mark.parametrize("text, root, source, target", [
    ("the villagers denied that they had attacked the police team and accused the constables of looting their homes.",
     "112", "villagers", "constables"),
    ("The opposition alleged that the ruling party had bought votes and urged the election commission to cancel the "
     "poll.", "02", "opposition", "commission"),
    ("The interior ministry denied that its troops had fired on the march and blamed the rebels for the deaths.",
     "112", "ministry", "rebels"),
    ("the farmers' union alleged that the district administration had sold their land and demanded that the "
     "government cancel the sale.", "10", "union", None),
])
def test_a_conjunct_after_a_denial_or_allegation_is_the_speakers(pipe, text, root, source, target):
    evs = events(pipe, text, PUB)
    assert hits(evs, root, source=source, target=target), show(evs)


@pytest.mark.parametrize("text, root, source", [
    ("The army alleged that rebels had shelled the town and killed three civilians.", "19", "rebels"),  # no speech act
    ("The family said the police had tortured him and beaten his brother.", "18", "police"),
])
def test_an_act_after_a_reported_clause_stays_in_it(pipe, text, root, source):
    evs = events(pipe, text, PUB)
    assert hits(evs, root, source=source), show(evs)
