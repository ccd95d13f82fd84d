"""An announced cut in relations (CAMEO 16x: sanctions, an aid cut, cut ties, an expulsion) is the act, planned
(status future), not a threat (13x): a threat is worded ("threatened to") or set on a condition ("if", "unless")
(events/code_shifts.intent_code)."""

from __future__ import annotations

import pytest

from event_helpers import events, show


@pytest.mark.parametrize("text, code, trigger", [
    ("Japan said it would impose sanctions on North Korea.", "163", "impose"),
    ("The United States announced it would prohibit all aid to the rebels.", "162", "prohibit"),
    ("Canada said it would cut diplomatic ties with Iran.", "161", "cut"),
    ("The European Union will impose new sanctions on Belarus next month, officials said.", "163", "impose"),
    ("Norway said on Monday that it would suspend aid to Mali.", "162", "suspend"),
])
def test_announced_cut_is_the_act_planned(pipe, text, code, trigger):
    evs = [e for e in events(pipe, text) if e.trigger and e.trigger.text == trigger]
    assert [e.cameo[:3] for e in evs] == [code[:3]], show(events(pipe, text))
    assert evs[0].cameo.startswith("16") and evs[0].status == "future"


@pytest.mark.parametrize("text, trigger", [
    # a condition makes it a threat
    ("The United States will impose sanctions on Iran unless it halts enrichment.", "impose"),
    ("He said that if Europe goes ahead with its tariff, he will impose a 200% tariff on French wine.", "impose"),
    ("The government will expel the ambassador if the report is confirmed.", "expel"),
])
def test_conditional_cut_stays_a_threat(pipe, text, trigger):
    evs = [e for e in events(pipe, text) if e.trigger and e.trigger.text == trigger]
    assert evs and all(e.cameo.startswith("13") for e in evs), show(events(pipe, text))


def test_worded_threat_and_other_futures_unchanged(pipe):
    # a worded threat codes the threat; a planned attack stays an intent of force (138)
    evs = events(pipe, "Washington threatened new sanctions against Iran's oil sector.")
    assert any(e.cameo.startswith("131") for e in evs), show(evs)
    evs = events(pipe, "The rebels said they would attack the capital.")
    assert any(e.cameo == "138" and e.status == "future" for e in evs), show(evs)
