"""Verbal events in more phrasings (session 30, branch pl30, issue 10): a demand made a condition, an issued
threat, a renewed / repeated demand for something; and the bare "Security Council" (the UN's, not a state's) and
"councillor" as actors. All sentences are written for these tests."""

from __future__ import annotations

import pytest

from lapwing.schema import Article

CLAIMED = ("asserted", "attributed", "future")


def _events(pipe, text):
    rec = pipe.analyse(Article(id="t", text=text, published="2026-11-02"))
    return [e for e in rec.events if e.status in CLAIMED]


def _has(evs, root, source_country=None):
    return any(e.cameo.startswith(root) and (source_country is None or (e.source and e.source.country == source_country))
               for e in evs)


@pytest.mark.parametrize("text,country", [
    ("Syria made the withdrawal of Turkish forces a condition for any talks.", "SYR"),
    ("Ghana made debt relief a precondition for signing the deal.", "GHA"),
    ("The Peruvian government made the release of the hostages a prerequisite for negotiations.", "PER"),
    ("The Kenyan opposition made it a condition that the army return to barracks.", "KEN"),  # "it" is the object
])
def test_a_demand_made_a_condition_is_a_demand(pipe, text, country):
    assert _has(_events(pipe, text), "10", country)


@pytest.mark.parametrize("text", [
    "The ministry made changes to the conditions of the loan.",
    "The government made conditions for foreign investors easier.",
    "The Slovenian minister said the government had made progress under difficult conditions.",
    "We have made progress under difficult conditions, the Croatian minister said.",
    "Chilean ministers argued that the plan made little sense given the present conditions at the port.",
])
def test_conditions_that_are_no_demand(pipe, text):
    assert not _has(_events(pipe, text), "10")


@pytest.mark.parametrize("text,country", [
    ("Turkey issued a threat to launch a new ground offensive in Syria.", "TUR"),
    ("The Houthis issued threats against shipping in the Red Sea.", "YEM"),
    ("Pyongyang issued a threat of nuclear retaliation against Seoul.", "PRK"),
])
def test_an_issued_threat_is_a_threat(pipe, text, country):
    evs = _events(pipe, text)
    assert _has(evs, "13", country)
    assert not _has(evs, "19") and not _has(evs, "18")  # the threatened offensive did not happen


@pytest.mark.parametrize("text,country", [
    ("Armenia renewed its demand for an international inquiry into the shelling.", "ARM"),
    ("The Malawian opposition repeated its demand for a recount of the votes.", "MWI"),
    ("The Iraqi government reiterated its demand for the withdrawal of foreign forces.", "IRQ"),
    ("The Egyptian foreign minister restated his demand for guarantees from Ethiopia.", "EGY"),
])
def test_a_renewed_demand_is_a_demand_not_an_appeal(pipe, text, country):
    evs = _events(pipe, text)
    assert _has(evs, "10", country)
    assert not _has(evs, "02")


def test_a_renewed_call_stays_an_appeal(pipe):
    assert _has(_events(pipe, "The United Nations renewed its call for a ceasefire in Gaza."), "02", "UNO")


def test_a_demand_that_keeps_its_target(pipe):
    evs = _events(pipe, "Ukraine reiterated its demand that Russia withdraw all its troops.")
    assert any(e.cameo.startswith("10") and e.target and e.target.country == "RUS" for e in evs)


@pytest.mark.parametrize("text,root", [
    ("The Security Council condemned the attack on the convoy in Mali.", "11"),
    ("The Security Council urged both sides to stop the fighting.", "02"),
    ("Security Council members condemned the attack.", "11"),
])
def test_a_bare_security_council_is_the_un(pipe, text, root):
    assert _has(_events(pipe, text), root, "UNO")


@pytest.mark.parametrize("text,country", [
    ("Russia's Security Council condemned the NATO exercises.", "RUS"),
    ("The Kazakh Security Council criticised the protesters.", "KAZ"),
    ("The Security Council of Armenia condemned the shelling of the border villages.", "ARM"),
])
def test_a_states_security_council_is_not_the_un(pipe, text, country):
    evs = _events(pipe, text)
    assert _has(evs, "11", country)
    assert not _has(evs, "11", "UNO")


@pytest.mark.parametrize("text", [
    "A Labour councillor criticised the mayor over the housing plans.",
    "A Zambian councillor accused the mining firm of polluting the river.",
    "Local councillors in Durban condemned the eviction of the traders.",
])
def test_a_councillor_is_local_government(pipe, text):
    evs = _events(pipe, text)
    assert any(e.cameo.startswith("11") and e.source and e.source.sector == "GOV" for e in evs)
