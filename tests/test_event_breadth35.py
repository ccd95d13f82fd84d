"""Breadth (session 24, round 35, branch rc35, issue 10): classes of events that are clearly there and were missed,
tested in phrasings written for Lapwing, each with controls that must not fire:

- a vehicle or post told by a pronoun in a joined clause that *came under* attack ("a patrol was heading home when
  *it* came under fire": the pronoun stands for the main clause's subject, agreeing in number);
- "came under *a barrage / hail / volley of*" weapons or strikes (190);
- "an exchange of fire between X and Y" with both sides: the between phrase hung on the noun of the exchange, or two
  nationalities on one noun ("between Indian and Pakistani troops");
- a protest or boycott one *resorts to* ("resorted to a boycott of parliament": "resort" a light verb).
All sentences are written for Lapwing."""

from __future__ import annotations

import pytest

from event_helpers import by_root as _find, claimed as _events


@pytest.mark.parametrize("text", [
    "A Nigerian army patrol was driving toward Maiduguri when it came under attack on Saturday.",
    "The Malian supply convoy left Gao at dawn and it came under fire two hours later.",
    "Two Chadian army trucks were crossing the river when they came under attack.",
    "The freight train had just left the station when it came under fire near the border.",
])
def test_a_pronoun_for_a_vehicle_or_post_under_attack(pipe, text):
    assert _find(_events(pipe, text), "19"), text


@pytest.mark.parametrize("text", [
    # the pronoun's main clause has a person or a ministry as its subject, or disagrees in number
    "The Kenyan minister was speaking in Nairobi when he came under attack from his own party.",
    "The newspaper printed the story and it came under fire from readers.",
    "The patrols returned to base before it came under attack.",
])
def test_a_pronoun_under_attack_needs_a_vehicle_or_post(pipe, text):
    assert not _find(_events(pipe, text), "19"), text


@pytest.mark.parametrize("text", [
    "Ukrainian positions near Kharkiv came under a barrage of drone strikes overnight.",
    "A Somali army base came under a barrage of mortar rounds before dawn.",
    "The Yemeni port came under a volley of missiles on Thursday evening.",
    "Several Syrian army checkpoints came under a hail of rockets late on Sunday.",
])
def test_a_barrage_of_strikes_is_an_attack(pipe, text):
    assert _find(_events(pipe, text), "19"), text


@pytest.mark.parametrize("text", [
    "The Czech finance minister came under a barrage of criticism over the missile deal.",
    "The Argentine coach came under a barrage of questions after the defeat.",
    "The Belgian airline came under a wave of complaints about its drone policy.",
])
def test_a_barrage_of_words_is_no_attack(pipe, text):
    assert not _find(_events(pipe, text), "19"), text


@pytest.mark.parametrize("text, a, b", [
    ("There was an exchange of fire between Indian and Pakistani troops along the border on Tuesday.", "IND", "PAK"),
    ("An exchange of gunfire between Armenian and Azerbaijani soldiers erupted overnight.", "ARM", "AZE"),
    ("A brief exchange of fire between Thai soldiers and Cambodian troops broke out near the temple.", "THA", "KHM"),
])
def test_an_exchange_of_fire_has_both_sides(pipe, text, a, b):
    evs = _find(_events(pipe, text), "19")
    assert any(e.source is not None and e.target is not None and {e.source.country, e.target.country} == {a, b}
               for e in evs), [(e.cameo, e.source, e.target) for e in evs]


@pytest.mark.parametrize("text", [
    "An exchange of views between Indian and Pakistani diplomats took place in Geneva.",
    "The exchange of letters between the French and German leaders was published on Monday.",
])
def test_an_exchange_of_words_is_no_fight(pipe, text):
    assert not _find(_events(pipe, text), "19"), text


@pytest.mark.parametrize("text, code", [
    ("The Zambian opposition resorted to a boycott of parliament after the vote.", "14"),
    ("Kenyan teachers resorted to a strike over unpaid wages.", "14"),
    ("Striking Nigerian doctors have resorted to a sit-in outside the health ministry.", "14"),
])
def test_resorting_to_a_protest_is_the_protest(pipe, text, code):
    assert _find(_events(pipe, text), code), text


@pytest.mark.parametrize("text", [
    "The Peruvian government resorted to a loan from the bank.",
    "The villagers resorted to prayer during the drought.",
])
def test_resorting_to_other_things_is_no_event(pipe, text):
    assert not _events(pipe, text), text
