"""The owner of a plan or decision named before its noun ("a *US* decision to sell jets", "an *Israeli* plan to expand
settlements") does the act of its to-clause, as a possessor does ("Washington's decision to ..."), not the party that
condemns or welcomes it (events/syntax_words.plan_noun_owner)."""

from __future__ import annotations

import pytest

from event_helpers import events, show


@pytest.mark.parametrize("text, trigger, owner", [
    ("China condemned a US decision to sell fighter jets to Taiwan.", "sell", "USA"),
    ("China condemned on Friday a US decision to sell fighter jets to Taiwan.", "sell", "USA"),
    ("Russia criticised a British plan to send more weapons to Ukraine.", "send", "GBR"),
    ("Tehran condemned a German decision to expel two Iranian diplomats.", "expel", "DEU"),
])
def test_named_owner_does_the_planned_act(pipe, text, trigger, owner):
    evs = [e for e in events(pipe, text) if e.trigger and e.trigger.text == trigger]
    assert evs, show(events(pipe, text))
    assert all(e.source is not None and e.source.country == owner for e in evs), show(evs)


def test_possessor_still_owns_and_plain_plan_keeps_its_reading(pipe):
    evs = [e for e in events(pipe, "China condemned Washington's decision to sell fighter jets to Taiwan.")
           if e.trigger and e.trigger.text == "sell"]
    assert evs and evs[0].source.country == "USA", show(evs)
    # the condemnation itself stays China's
    evs = [e for e in events(pipe, "China condemned a US decision to sell fighter jets to Taiwan.")
           if e.cameo.startswith("11")]
    assert evs and evs[0].source.country == "CHN", show(evs)
