"""Defects noticed and left by earlier rounds, session 34 round nl66 (issue 10).

1. The firm's-deal gate (``market.commercial_deal``, roots 03-06) is lifted when a party is political: a political
   sector, or a state named as a party (a place actor with a country code and no sector, ``actor_classes.state_party``;
   the condition tested a kind "country" no actor has). A state's sale, purchase or merger talks are cooperation
   between states; two firms' merger talks stay no event.

All sentences are invented for this test.
"""

from __future__ import annotations

import pytest

from event_helpers import claimed, show

# -- 1. a state named as a party to a deal told in commercial words -------------------------------------------
STATE_DEALS = [
    ("Ghana agreed to sell its stake in the refinery to Nigeria.", "GHA"),
    ("Peru and Bolivia held talks on a merger of their state airlines.", "PER"),
    ("Chile agreed to buy shares in the Peruvian mining company.", "CHL"),
    ("Officials said Vietnam and Laos held talks on the sale of a power plant.", "VNM"),
    ("Kenya offered to buy a stake in the refinery.", "KEN"),
    ("Norway and Chile signed a trade agreement on Monday.", "NOR"),
]


@pytest.mark.parametrize("text, country", STATE_DEALS)
def test_a_states_deal_in_commercial_words_is_cooperation(pipe, text, country):
    evs = [e for e in claimed(pipe, text) if e.cameo[:2] in ("03", "04", "05", "06")]
    assert any(e.source is not None and e.source.country == country for e in evs), show(evs)


FIRM_DEALS = [
    "Acme Corp and Belton Group held talks on a possible merger.",
    "Toyota and Honda reached an agreement on a merger.",
    "Acme Corp held merger talks with Belton Group.",
    "Acme Corp agreed to sell its stores to a retailer.",
    "The Toronto firm held talks on the acquisition of a bank.",
]


@pytest.mark.parametrize("text", FIRM_DEALS)
def test_two_firms_deal_stays_no_event(pipe, text):
    evs = [e for e in claimed(pipe, text) if e.cameo[:2] in ("03", "04", "05", "06")]
    assert not evs, show(evs)


def test_state_party_reads_kind_gpe_with_a_country_and_no_sector():
    from lapwing.extract.events.actor_classes import state_party
    from lapwing.schema import Actor

    assert state_party(Actor(text="Ghana", country="GHA", kind="gpe", start=0, end=5))
    assert not state_party(Actor(text="Ghana's Volta Co", country="GHA", sector="BUS", kind="org", start=0, end=5))
    assert not state_party(Actor(text="Acme", kind="org", start=0, end=4))
    assert not state_party(Actor(text="Ghana", country="GHA", sector="BUS", kind="gpe", start=0, end=5))
    assert not state_party(None)
