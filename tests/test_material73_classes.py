"""Session 36 (round rm73, issue 10): material-act classes left by round 72's batch 26, each fixed by a general rule.
Sentences written for these tests.

* an agreement noun that is the subject of a verb of failing ("the arms deal with X *collapsed*", "fell apart /
  through", "broke down") is no signed agreement (057; ``background.failed_agreement``); a deal signed stays;
* exports or imports halted, stopped or suspended take the coded party of the verb's to-phrase as the target
  ("halted gas exports *to Poland*": the parse hangs the phrase on the verb; ``codedprep:to``); a firm's halt stays
  no event;
* aid given as a sum in pounds, yen, yuan or rupees is aid, as in dollars or euros (``@mc_aidobj``);
* a visitor greeted, received or welcomed *at the airport* by a political, unarmed host visits the host (042,
  ``*_at_airport``, flag ``poltgt``); an active greeting stays the host's (043), and a person met by police or
  greeted by supporters makes no visit; "was met at the airport by" stays the host's meeting (040,
  ``tests/test_event_precision20.py``);
* weapons handed (no particle) to a party are military aid (072, ``hand_weapons``); weapons handed *over* stay a
  disarmament (0873), papers handed to students no event;
* a once-clause hung on a gerund completing a future verb ("will start *pulling* its troops out *once* X take over
  ...") is a condition, hypothetical, not a threat (``status_clause._not_past``).
"""

from __future__ import annotations

import pytest

from event_helpers import by_root, events, show, with_root

PUB = "2026-12-07"


# ---------------------------------------------------------------------------------------------
# failed agreements


@pytest.mark.parametrize("text", [
    "The arms deal with Pakistan collapsed after months of haggling.",
    "A gas deal between Russia and China fell apart in June.",
    "The peace deal between the government and the rebels collapsed on Sunday.",
    "The border pact between Peru and Ecuador fell through last week.",
    "The fighter jet deal with Argentina collapsed on Tuesday.",
])
def test_a_failed_agreement_is_no_signing(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo == "057" and e.status in ("asserted", "attributed")], show(evs)


@pytest.mark.parametrize("text", [
    "The nuclear deal with Iran was signed in Vienna.",
    "The deal between Israel and Hamas took effect on Friday.",
])
def test_a_signed_or_standing_agreement_stays(pipe, text):
    evs = events(pipe, text, PUB)
    assert [e for e in evs if e.cameo == "057"], show(evs)


# ---------------------------------------------------------------------------------------------
# exports halted to a party


@pytest.mark.parametrize("text, src, tgt", [
    ("Russia halted gas exports to Poland on Wednesday.", "RUS", "POL"),
    ("Iraq stopped oil exports to Jordan after the dispute.", "IRQ", "JOR"),
    ("India suspended grain exports to Bangladesh last week.", "IND", "BGD"),
    ("Algeria halted gas exports to Spain, the ministry said.", "DZA", "ESP"),
])
def test_exports_halted_to_a_party_have_it_as_target(pipe, text, src, tgt):
    evs = events(pipe, text, PUB)
    hit = [e for e in by_root(evs, "16") if e.source and e.source.country == src]
    assert hit and hit[0].target is not None and hit[0].target.country == tgt, show(evs)


@pytest.mark.parametrize("text", [
    "The company halted exports to Europe because of the strike.",
])
def test_a_firm_halting_exports_is_no_sanction(pipe, text):
    assert not by_root(events(pipe, text, PUB), "16"), show(events(pipe, text, PUB))


# ---------------------------------------------------------------------------------------------
# aid in other currencies


@pytest.mark.parametrize("text, src, tgt", [
    ("Britain gave Kenya 30 million pounds to help build clinics.", "GBR", "KEN"),
    ("Britain will give Uganda 12 million pounds.", "GBR", "UGA"),
    ("India gave Nepal 500 million rupees to rebuild schools.", "IND", None),  # (the target: a parse of the dative)
])
def test_aid_in_pounds_or_yen_is_aid(pipe, text, src, tgt):
    evs = events(pipe, text, PUB)
    hit = [e for e in evs if e.cameo[:2] in ("07", "03") and e.source and e.source.country == src]
    assert hit, show(evs)
    if tgt:
        assert hit[0].target is not None and hit[0].target.country == tgt, show(evs)


# ---------------------------------------------------------------------------------------------
# a visitor greeted at the airport


@pytest.mark.parametrize("text, src, tgt", [
    ("The French president was greeted by the Malian leader at Bamako airport on Monday.", "FRA", "MLI"),
    ("The Turkish president was welcomed by Qatar's emir at Doha airport on Tuesday.", "TUR", "QAT"),
    ("The Kenyan president was received by the Ethiopian prime minister at the airport in Addis Ababa.", "KEN", "ETH"),
])
def test_a_visitor_greeted_at_the_airport_visits(pipe, text, src, tgt):
    evs = events(pipe, text, PUB)
    hit = [e for e in with_root(evs, "04") if e.cameo == "042" and e.source and e.source.country == src]
    assert hit and hit[0].target is not None and hit[0].target.country == tgt, show(evs)


@pytest.mark.parametrize("text", [
    "The opposition leader was greeted by thousands of supporters at the airport.",
    "The activist was met by police at the airport and arrested.",
    "The president greeted supporters at the airport after his return.",
])
def test_no_visit_when_the_host_is_no_political_unarmed_party(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo == "042"], show(evs)


def test_a_meeting_at_the_airport_stays_the_hosts(pipe):
    evs = events(pipe, "Iran's foreign minister was met by his Syrian counterpart at Damascus airport.", PUB)
    assert [e for e in evs if e.cameo == "040" and e.source and e.source.country == "SYR"], show(evs)


def test_an_active_greeting_stays_the_hosts(pipe):
    evs = events(pipe, "The Egyptian president greeted the Saudi crown prince at the airport.", PUB)
    assert [e for e in evs if e.cameo == "043" and e.source and e.source.country == "EGY"], show(evs)


# ---------------------------------------------------------------------------------------------
# weapons handed to a party


@pytest.mark.parametrize("text, src, tgt", [
    ("Syria handed rifles to Palestinian militants in Lebanon.", "SYR", "PSE"),
    ("The Libyan government handed the Chadian rebels weapons and ammunition.", "LBY", "TCD"),
    ("Eritrea handed guns to Somali insurgents last year, the panel said.", "ERI", "SOM"),
])
def test_weapons_handed_to_a_party_are_military_aid(pipe, text, src, tgt):
    evs = events(pipe, text, PUB)
    hit = [e for e in evs if e.cameo == "072" and e.source and e.source.country == src]
    assert hit and hit[0].target is not None and hit[0].target.country == tgt, show(evs)


@pytest.mark.parametrize("text, code", [
    ("The teacher handed papers to the students.", None),
    ("The referee handed a red card to the defender.", None),
    ("The rebels handed over their weapons to the army.", "0873"),
])
def test_other_handings_do_not_change(pipe, text, code):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo == "072"], show(evs)
    if code:
        assert [e for e in evs if e.cameo == code], show(evs)


# ---------------------------------------------------------------------------------------------
# a once-clause under a future gerund


@pytest.mark.parametrize("text", [
    "Ethiopia will start pulling its troops out of the region once African Union forces take over their bases.",
    "Uganda will begin withdrawing its soldiers once Somali forces occupy the positions.",
])
def test_a_once_clause_of_a_future_act_is_no_threat(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in by_root(evs, "13") if e.cameo.startswith("138")], show(evs)


def test_a_once_clause_of_a_past_act_stays_told(pipe):
    evs = events(pipe, "The rebels began withdrawing once government troops occupied the hills.", PUB)
    assert [e for e in evs if e.cameo.startswith("19") and e.status == "asserted"], show(evs)
