"""Type neighbourhoods of the cross-article clustering: which codes two reports of one happening may give it."""

from __future__ import annotations

from datetime import date

import pytest

from lapwing.store.evidence import compare, type_agreement
from lapwing.store.mentions import ActorKey, Mention

INDIA = ActorKey("India", "IND", "GOV", frozenset())
BANGLADESH = ActorKey("Bangladesh", "BGD", "GOV", frozenset())


def _m(aid: str, cameo: str) -> Mention:
    d = date(2024, 3, 22)
    return Mention(aid, 0, cameo, None, 1, 4.0, "asserted", INDIA, BANGLADESH, d, d, True, None,
                   "India and Bangladesh reached terms in New Delhi on Friday.", "2024-03-22", aid, 0.8)


@pytest.mark.parametrize("intent", ["030", "0353", "0356", "037"])
def test_an_intent_and_the_deal_may_be_one_happening(intent):
    # "agreed to return the villages" (0353) and "signed the border deal" (057)
    assert type_agreement(_m("a", intent), _m("b", "057")) == 0.4
    assert compare(_m("a", intent), _m("b", "057")) is not None


@pytest.mark.parametrize("deal", ["057", "050", "051"])
def test_an_intent_to_talk_is_not_the_deal(deal):
    # "agreed to start talks on a trade pact" (036) is not "signed seven agreements" (057) the same day
    assert type_agreement(_m("a", "036"), _m("b", deal)) is None
    assert type_agreement(_m("b", deal), _m("a", "036")) is None
    assert compare(_m("a", "036"), _m("b", deal)) is None
    assert type_agreement(_m("a", "036"), _m("b", "036")) == 1.0  # two reports of the plan to talk
