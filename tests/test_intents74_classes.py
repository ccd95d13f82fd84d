"""Session 37, round sa74 (issue 10): classes of coder errors read off the reference batch of intents, threats and
refusals (tests/data/event_reference/28_intents_refusals.tsv), each fixed by a general rule. Sentences written for
these tests.

* a vow, pledge or promise whose content names no friendly intent but a harm held over someone ("vowed to *ban* the
  party", "pledged to *impose visa restrictions* on its officials") is a threat (13x), not the bare intent to
  cooperate (030); a vow to lift a ban or ease restrictions stays an intent, and a vow to "take measures" (a
  warning's own words) is no threat;
* a plan or intention its holder says it has not ("he *had no intention of freeing* the politician", "the government
  *has no plans to lift* the curfew") is a refusal (12x, asserted), as "will not free him" is; with no holder ("there
  are no plans to release ...") or with a need rather than a will ("no need to lift ...") nothing is refused;
* a warning that *another* party will act ("the Pentagon warned that Russia would invade Ukraine") is a forecast, not
  the warner's threat; the warner's own side ("warned that it / the army would ..."), and what befalls the one warned
  ("warned that Israel would face sanctions"), stay threats.
"""

from __future__ import annotations

import pytest

from event_helpers import by_root, events, hits, show

PUB = "2026-12-07"  # a Monday


# ---- a vow of harm is a threat ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,code", [
    ("The military council vowed on Friday to ban the main opposition party.", "1322"),
    ("Beijing pledged on Tuesday to impose visa restrictions on British officials who meddle in Hong Kong.", "132"),
    ("The Georgian government promised to impose a travel ban on the leaders of the breakaway region.", "132"),
])
def test_vow_of_harm_is_a_threat(pipe, text, code):
    evs = events(pipe, text, PUB)
    assert any(e.cameo.startswith(code) and e.status == "asserted" for e in evs), show(evs)
    assert not hits(evs, "03"), show(evs)


def test_vowed_visa_restrictions_keep_their_parties(pipe):
    evs = events(pipe, "Beijing pledged on Tuesday to impose visa restrictions on British officials who meddle in "
                       "Hong Kong.", PUB)
    assert hits(evs, "13", country="CHN", tcountry="GBR"), show(evs)


@pytest.mark.parametrize("text,root", [
    ("The government vowed to lift the ban on the opposition party.", "03"),
    ("The president pledged to ease visa restrictions for Indian students.", "03"),
    ("Japan pledged $50 million in aid to Sri Lanka.", "03"),
])
def test_control_friendly_vows_stay_intents(pipe, text, root):
    evs = events(pipe, text, PUB)
    assert hits(evs, root), show(evs)
    assert not by_root(evs, "13"), show(evs)


def test_control_vowed_measures_are_no_threat(pipe):
    evs = events(pipe, "The minister vowed to take measures to protect farmers from the drought.", PUB)
    assert not by_root(evs, "13"), show(evs)


# ---- an own plan denied is a refusal ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text,code", [
    ("The junta leader said he had no intention of releasing the detained ministers.", "1243"),
    ("The Thai government has no plans to lift the curfew in Yala, a spokesman said.", "1241"),
    ("Israel has no intention of reopening the Rafah crossing, its defence minister said on Sunday.", "1245"),
    ("Ankara has no plans to hold talks with the Kurdish militants, the Turkish foreign minister told reporters.",
     "125"),
])
def test_own_plan_denied_is_a_refusal(pipe, text, code):
    evs = events(pipe, text, PUB)
    assert any(e.cameo == code and e.status == "asserted" for e in evs), show(evs)
    assert not [e for e in evs if e.status == "negated" and e.cameo[:2] in ("03", "04", "08")], show(evs)


def test_refused_talks_keep_their_parties(pipe):
    evs = events(pipe, "Ankara has no plans to hold talks with the Kurdish militants, the Turkish foreign minister "
                       "told reporters.", PUB)
    assert hits(evs, "12", country="TUR"), show(evs)


@pytest.mark.parametrize("text", [
    "There are no plans to release the prisoners, a lawyer for the families said.",
    "The president said there was no need to lift the curfew.",
    "The junta leader said he intended to release the detained ministers next week.",
    "The prime minister has no intention of attacking Iran, his spokesman said.",
])
def test_control_no_refusal_without_an_own_plan_denied(pipe, text):
    evs = events(pipe, text, PUB)
    assert not by_root(evs, "12"), show(evs)


def test_control_intended_release_is_an_intent(pipe):
    evs = events(pipe, "The junta leader said he intended to release the detained ministers next week.", PUB)
    assert hits(evs, "035"), show(evs)


# ---- a warning of another party's act is a forecast ----------------------------------------------------------------


@pytest.mark.parametrize("text,warner", [
    ("The Pentagon warned that Russia would invade Ukraine within weeks.", "USA"),
    ("Kyiv warned on Monday that Moscow would attack the capital again within days.", "UKR"),
    ("Seoul warned on Friday that North Korea would test another missile before the election.", "KOR"),
])
def test_warning_of_another_partys_act_is_no_threat(pipe, text, warner):
    evs = events(pipe, text, PUB)
    assert not hits(evs, "13", country=warner), show(evs)


@pytest.mark.parametrize("text,warner", [
    ("Moscow warned that it would use nuclear weapons to defend its territory.", "RUS"),
    ("The Chinese defence ministry warned that the army would crush any attempt at Taiwanese independence.", "CHN"),
    ("A Houthi official warned that the group would strike Saudi oil facilities.", "YEM"),
    ("The UN envoy warned that Israel would face sanctions if it annexed the valley.", "UNO"),
])
def test_control_own_side_warnings_stay_threats(pipe, text, warner):
    evs = events(pipe, text, PUB)
    assert hits(evs, "13", country=warner), show(evs)
