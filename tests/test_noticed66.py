"""Defects noticed and left by earlier rounds, session 34 round nl66 (issue 10).

1. The firm's-deal gate (``market.commercial_deal``, roots 03-06) is lifted when a party is political: a political
   sector, or a state named as a party (a place actor with a country code and no sector, ``actor_classes.state_party``;
   the condition tested a kind "country" no actor has). A state's sale, purchase or merger talks are cooperation
   between states; two firms' merger talks stay no event.
2. (no output change) the disaster gate once in ``market.py`` is read in ``hazard_cause.py`` with the other causes
   that are no doers, through one entry point (``hazard_cause.no_doer``), its word sets in lexicon data.
3. "Both X and Y" subjects: every party has its event, and the actor's text starts after the preconjunct "both"
   (``actors/coder.py``); repair 262: "both the Kenyan president *and his Ugandan counterpart*" with the second
   conjunct read as a relative clause of the first is its conjunct (``repair_fronted``). "Both sides", "both
   countries", "both of them" stay one group phrase.

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


# -- 2. one gate for causes that are no doers ------------------------------------------------------------------
def test_the_disaster_gate_reads_its_words_from_the_lexicon(pipe):
    from lapwing.extract.events import hazard_cause as H
    from lapwing.extract.events.lexicon_loader import load_word_sets

    sets = load_word_sets()
    for name in (H.DISASTER_SET, H.WORKS_BLAST_SET, H.WORKS_SET, H.BLAST_ATTACK_SET, H.BLAST_SET, H.ATTACK_SET):
        assert sets.get(name), name
    doc = pipe.nlp("An earthquake killed 40 villagers in the mountains.")
    t = next(x for x in doc if x.text == "killed")
    subj = next(x for x in doc if x.text == "earthquake")
    assert H.no_doer("19", False, t, subj, False, sets, frozenset()) == "a death in a natural disaster or mishap"
    assert H.no_doer("19", False, t, subj, False, {}, frozenset()) is None  # (no sets, no gate)


@pytest.mark.parametrize("text", [
    "An earthquake killed 40 villagers in the mountains.",
    "An explosion at a fertiliser factory killed nine workers.",
    "A typhoon struck the island, killing 12 fishermen.",
])
def test_disasters_still_kill_nobody(pipe, text):
    evs = [e for e in claimed(pipe, text) if e.cameo[:2] in ("18", "19", "20")]
    assert not evs, show(evs)


@pytest.mark.parametrize("text", [
    "Rebels killed 40 villagers in the mountains.",
    "A bomb explosion at a factory killed nine workers.",
])
def test_real_doers_still_kill(pipe, text):
    evs = [e for e in claimed(pipe, text) if e.cameo[:2] in ("18", "19", "20")]
    assert evs, show(evs)


# -- 3. "both X and Y" ("Both Ghana's president and ...", "both" read as the possessor's determiner, is left) --
BOTH = [
    ("Both Ghana and Togo rejected the commission's findings.", ["GHA", "TGO"]),
    ("Both Ghana and Togo on Friday rejected the commission's findings.", ["GHA", "TGO"]),
    ("Both Ghana, Togo and Benin condemned the coup in the neighbouring country.", ["GHA", "TGO", "BEN"]),
    ("Both the United States and Canada criticised the new tariffs.", ["USA", "CAN"]),
    ("Both President Nana Addo and President Faure Gnassingbe praised the border agreement.", [None, None]),
    ("Officials said both Peru and Chile had rejected the claim.", ["PER", "CHL"]),
    ("Both the Ghanaian president and his Togolese counterpart condemned the coup.", ["GHA", "TGO"]),
    ("Both the Egyptian foreign minister and his Jordanian counterpart criticised the decision.", ["EGY", "JOR"]),
]


@pytest.mark.parametrize("text, countries", BOTH)
def test_both_x_and_y_gives_every_party_its_event(pipe, text, countries):
    evs = [e for e in claimed(pipe, text) if e.source is not None]
    assert len(evs) == len(countries), show(evs)
    assert all(not e.source.text.lower().startswith("both ") for e in evs), show(evs)
    want = [c for c in countries if c]
    assert set(want) <= {e.source.country for e in evs}, show(evs)


@pytest.mark.parametrize("text", [
    "Both sides rejected the proposal.",
    "Both countries condemned the attack.",
    "Both of them rejected the report.",
])
def test_both_as_a_group_phrase_stays_one(pipe, text):
    evs = claimed(pipe, text)
    assert len([e for e in evs if e.source is not None]) <= 1, show(evs)


def test_a_real_relative_clause_on_a_noun_stays(pipe):
    from lapwing.extract.events.repair_fronted import repair_noun_conjunct_as_relative

    doc = pipe.nlp("The minister, whose deputy resigned last week, criticised the report.")
    assert not any(repair_noun_conjunct_as_relative(t) for t in doc)
    evs = claimed(pipe, "The minister, whose deputy resigned last week, criticised the report.")
    assert [e.source.text for e in evs if e.cameo.startswith("11") and e.source] == ["The minister"], show(evs)
