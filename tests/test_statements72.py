"""Round st72 (session 36, issue 10): bare statements (CAMEO 010) that are not worth an event. Sentences written for
this round. (The round's narrower form of p0167's gate for a saying that only reports things done lowered
`lapwing eval event-args --part b` again and was taken out: commit 51ed8338 on branch st72 keeps it.)

* a plain statement of a firm, a body with no sector or an intergovernmental body whose content is about a firm's
  business or an economic figure is business news (``market.market_statement``); a state's own voice keeps it.
"""

from __future__ import annotations

import pytest

from event_helpers import events, show


def _statements(pipe, text):
    return [e for e in events(pipe, text) if e.cameo.startswith("01")]


@pytest.mark.parametrize("text", [
    "Global growth will slow to 2.9 percent next year, the International Monetary Fund said.",
    "The World Bank said exports from the region would fall sharply.",
    "The Asian Development Bank said output in the region would grow by 4 percent.",
    "The African Development Bank said the continent's economies would expand faster than expected.",
    # (already without an event before this round: controls)
    "The exchange said trading volume set a new record.",
    "The company said it planned sharply higher spending next year.",
])
def test_business_or_figures_is_no_statement(pipe, text):
    assert not _statements(pipe, text), show(events(pipe, text))


@pytest.mark.parametrize("text, country", [
    ("The Nigerian army said it had launched an operation to free the students.", "NGA"),
    ("The World Bank said the war had displaced two million people.", "WBK"),
    # what is or will be, a policy, a claim, a judgement
    ("The French foreign ministry said it was following events in Niamey closely.", "FRA"),
    ("The Thai foreign minister said the border would stay open.", "THA"),
    ("Ghana's finance minister said inflation was falling and the cedi would recover.", "GHA"),
    ("The Kenyan opposition leader said the government had failed.", "KEN"),
    ("The UN says both sides have committed grave abuses.", "UNO"),
])
def test_statements_kept(pipe, text, country):
    evs = [e for e in _statements(pipe, text) if e.cameo == "010"]
    assert evs and evs[0].source is not None and evs[0].source.country == country, show(events(pipe, text))


@pytest.mark.parametrize("text", [
    "A rebel spokesman said the fighters would never lay down their arms.",
    "A spokesman for the rebels said the movement controlled the whole province.",
])
def test_rebel_claim_kept(pipe, text):
    evs = _statements(pipe, text)
    assert evs and evs[0].source is not None and evs[0].source.sector == "REB", show(events(pipe, text))
