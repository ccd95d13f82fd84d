"""Session 35 (round rj71, issue 10): classes of coder errors read off the fifteenth reference batch, aid, refugees and
international bodies (tests/data/event_reference/24_aid_bodies.tsv), each fixed by a general rule. Sentences written
for these tests.

* a state suspended by a bloc from its *bodies*, *activities* or *institutions* is a member suspended (160, pattern
  ``suspend_member``), as it was from "the organisation"; a player suspended from football activities stays no event;
* *lending* is economic aid (``@c16_econaid``): "froze new lending to X", "halted its lending to X" are 1621; banks'
  lending to firms and lending rates stay no event;
* a sum in any common currency heads a measure phrase ("withhold 200 million *crowns* of budget support to X"), and
  "$95 million *of aid*" with the of-phrase hung on the sum's scale word is read as aid (``phrases.measure_content``);
  aid sent so stays aid (07), a firm's withheld dividends no event;
* "X will admit N refugees ..., the minister said", with the reporting clause parsed as the verb's clause, is
  admitting refugees (075 / an intent), not a statement (``admit`` needs no refugee object); "admitted that the
  economy was struggling" stays 010.
"""

from __future__ import annotations

import pytest

from event_helpers import by_root, events, show

PUB = "2026-12-07"  # a Monday


def _codes(evs):
    return {e.cameo for e in evs}


# ---------------------------------------------------------------------------------------------
# a member suspended from a bloc's bodies or activities


@pytest.mark.parametrize("text, src, tgt", [
    ("ADDIS ABABA, Ethiopia (Lapwing Wire) - The African Union suspended Mali from all its activities on Friday.",
     "AFR", "MLI"),
    ("The regional bloc suspended Niger from its institutions until constitutional order is restored.", None, "NER"),
    ("The Commonwealth suspended Fiji from its councils after the coup.", None, "FJI"),
    ("The Arab League suspended Syria from the organisation.", "ARL", "SYR"),
])
def test_a_state_suspended_from_a_blocs_bodies(pipe, text, src, tgt):
    evs = [e for e in by_root(events(pipe, text, PUB), "16") if e.cameo == "160"]
    assert evs, show(events(pipe, text, PUB))
    assert evs[0].target is not None and evs[0].target.country == tgt, show(evs)
    if src:
        assert evs[0].source is not None and evs[0].source.country == src, show(evs)


def test_a_player_suspended_from_football_activities_is_no_event(pipe):
    text = "The football association suspended the striker from all football activities for six months."
    assert not by_root(events(pipe, text, PUB), "16"), show(events(pipe, text, PUB))


# ---------------------------------------------------------------------------------------------
# lending is economic aid


@pytest.mark.parametrize("text, src, tgt", [
    ("WASHINGTON, United States (Lapwing Wire) - The World Bank on Wednesday froze new lending to Burundi.",
     "WBK", "BDI"),
    ("The Asian Development Bank halted its lending to Myanmar.", None, "MMR"),
    ("Japan halted $40 million of loans to Myanmar after the coup.", "JPN", "MMR"),
])
def test_lending_frozen_or_halted_is_economic_aid_cut(pipe, text, src, tgt):
    evs = [e for e in events(pipe, text, PUB) if e.cameo == "1621"]
    assert evs, show(events(pipe, text, PUB))
    assert evs[0].target is not None and evs[0].target.country == tgt, show(evs)
    if src:
        assert evs[0].source is not None and evs[0].source.country == src, show(evs)


@pytest.mark.parametrize("text", [
    "Commercial banks froze lending to small businesses after the crisis.",
    "The central bank raised lending rates by half a point.",
])
def test_business_lending_is_no_event(pipe, text):
    assert not events(pipe, text, PUB), show(events(pipe, text, PUB))


# ---------------------------------------------------------------------------------------------
# sums of aid in any currency


@pytest.mark.parametrize("text, codes, tgt", [
    ("STOCKHOLM, Sweden (Lapwing Wire) - Sweden said on Monday it would withhold 200 million crowns of budget "
     "support to Mozambique.", {"1621", "1311", "162"}, "MOZ"),
    ("Washington suspended $95 million of aid to Egypt.", {"162", "1621"}, "EGY"),
    ("The EU suspended 150 million euros of budget support to Niger on Monday.", {"1621", "162"}, "NER"),
])
def test_a_sum_of_aid_withheld_or_suspended(pipe, text, codes, tgt):
    evs = [e for e in events(pipe, text, PUB) if e.cameo in codes]
    assert evs, show(events(pipe, text, PUB))
    assert evs[0].target is not None and evs[0].target.country == tgt, show(evs)


def test_a_sum_of_aid_sent_stays_aid_and_withheld_dividends_no_event(pipe):
    evs = events(pipe, "Sweden sent 200 million crowns of aid to Ukraine.", PUB)
    assert by_root(evs, "07") and not by_root(evs, "16"), show(evs)
    text = "The firm withheld 5 million pesos of dividends from shareholders."
    assert not events(pipe, text, PUB), show(events(pipe, text, PUB))


# ---------------------------------------------------------------------------------------------
# refugees admitted, told with a trailing reporting clause


@pytest.mark.parametrize("text, tgt", [
    ("BERLIN, Germany (Lapwing Wire) - Germany will admit 3,000 Sudanese refugees from camps in eastern Chad next year "
     "under a UN resettlement programme, Interior Minister Alexander Dobrindt said on Friday.", "SDN"),
    ("Canada admitted 25,000 Syrian refugees.", "SYR"),
])
def test_refugees_admitted_is_no_statement(pipe, text, tgt):
    evs = events(pipe, text, PUB)
    adm = [e for e in evs if e.trigger is not None and e.trigger.text.lower().startswith("admit")]
    assert adm and all(e.cameo != "010" for e in adm), show(evs)
    assert adm[0].target is not None and adm[0].target.country == tgt, show(evs)


def test_admitting_a_fact_stays_a_statement(pipe):
    evs = events(pipe, "The minister admitted that the economy was struggling.", PUB)
    assert "010" in _codes(evs), show(evs)
