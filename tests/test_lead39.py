"""Session 39, lead's merge review (issue 10): a verb that opens, resumes or holds talks keeps its content talks, so an
intent to start talks about a trade pact is an intent to negotiate (036), not the pact's economic class (0311), which
round sb78's trade keys ("trade_pact") would otherwise win as a compound key. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_helpers import events, show

PUB = "2026-12-09"


@pytest.mark.parametrize("text,country", [
    ("Peru's president and Chile's president agreed on Friday to start talks on a trade pact.", "PER"),
    ("Ghana agreed to resume negotiations on a free trade agreement with Nigeria.", "GHA"),
    ("Vietnam pledged to open talks with Laos on an investment treaty.", "VNM"),
    ("Jordan said it would begin a dialogue with Iraq on trade ties.", "JOR"),
])
def test_an_intent_to_start_talks_about_trade_is_an_intent_to_negotiate(pipe, text, country):
    evs = events(pipe, text, PUB)
    assert any(e.cameo == "036" and e.source is not None and e.source.country == country for e in evs), show(evs)
    assert not any(e.cameo == "0311" for e in evs), show(evs)


@pytest.mark.parametrize("text", [
    "Kenya promised to expand trade with Uganda.",
    "Ghana agreed to sign a free trade agreement with Nigeria.",
])
def test_an_intent_to_trade_itself_stays_economic_cooperation(pipe, text):
    evs = events(pipe, text, PUB)
    assert any(e.cameo == "0311" for e in evs), show(evs)


@pytest.mark.parametrize("text", [
    "Tens of thousands marched to demand that the generals hand over power.",
    "Thousands marched through the capital to demand that the junta hand over power to civilians.",
])
def test_a_march_demanding_power_handed_over_is_a_rally_for_a_change_of_leaders(pipe, text):
    # round rv79's repair 135 reads "hand over" as the verb, so the content is a handover of power (1411), which the
    # example of the row march_demand had stated as the bare 141; its example is now a march for justice
    # (power handed to civilians may also read as a change of regime, 1414; either way not the bare 141)
    evs = events(pipe, text, PUB)
    assert any(e.cameo in ("1411", "1414") for e in evs), show(evs)
    assert not any(e.cameo == "141" for e in evs), show(evs)
