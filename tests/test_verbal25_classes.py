"""Session 36, round sa72 (issue 10): the classes of coder errors read off the reference batch of single wire sentences
with verbal acts (tests/data/event_reference/25_wire_verbal.tsv), each fixed by a general rule. Sentences written for
these tests.

* a particle verb "gave in" is never time given ("gave in to the demands *after months of* strikes": the time noun of
  the after-phrase made the ultimatum pattern match first, which then dropped the candidate, so the concession was lost);
* a seized craft returned ("returned the drone / the trawler / the yacht") is property returned (0842);
* the condition (if / unless / until) or the open question (whether) of another clause is no act of its own ("would
  not lift sanctions *until* all detainees were freed", "would decide *whether* to send ships", "would ease sanctions
  *if* Maduro agreed to a date"): it was coded as a hypothetical event;
* "the euro zone", "eurozone", "the euro area" and "the Eurogroup" are the European Union's (EUR), so "finance
  ministers of the euro zone" no longer take another country of the sentence;
* a demand or insistence with a that-clause whose verb is a verb of saying ("demanded *that Britain explain* the
  incident", "insisted that Japan clarify its position") is asserted: the that-clause is the act's own content, not a
  trailing reporter ("..., the army said") that would make it attributed;
* a sentence about a player's quarter-final or a shareholders' vote on a hostile takeover bid is sport / markets news
  ("players" next to another sport cue; "shareholders", "takeover bid", "hostile bid", "takeover offer").
"""

from __future__ import annotations

import pytest

from event_helpers import events, hits, show

PUB = "2026-12-07"  # a Monday


def _all(evs, root):
    return [e for e in evs if e.cameo.startswith(root)]


# ---- a particle verb is no time given ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The Kenyan government gave in on Friday to the nurses' demands, after months of strikes.",
    "Peru's cabinet gave in to the miners' demands on Tuesday after weeks of road blockades.",
    "The Thai government finally gave in to the farmers' demands after three months of protests.",
])
def test_gave_in_after_months_is_a_concession(pipe, text):
    evs = events(pipe, text, PUB)
    assert hits(evs, "083"), show(evs)
    assert not _all(evs, "139"), show(evs)


@pytest.mark.parametrize("text", [
    "The army gave the rebels 48 hours on Monday to lay down their weapons.",
    "Police gave the protesters two hours to leave the square.",
])
def test_control_time_given_is_still_an_ultimatum(pipe, text):
    evs = events(pipe, text, PUB)
    assert hits(evs, "139"), show(evs)


# ---- a seized craft returned ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,country", [
    ("China on Tuesday returned a US Navy underwater drone to the United States.", "CHN"),
    ("Russia returned the seized Japanese trawler to Japan on Sunday.", "RUS"),
    ("Iran on Friday returned the British yacht its navy had seized in the Gulf.", "IRN"),
])
def test_returned_craft_is_property_returned(pipe, text, country):
    evs = events(pipe, text, PUB)
    assert hits(evs, "084", country=country), show(evs)


def test_control_returned_fire_is_no_return(pipe):
    evs = events(pipe, "Indian troops returned fire after Pakistani soldiers shelled their posts on Sunday.", PUB)
    assert not _all(evs, "084"), show(evs)


# ---- conditions and open questions -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text,trigger", [
    ("Washington would not lift sanctions until all detainees were freed, the secretary said on Thursday.", "freed"),
    ("The United States would ease sanctions on Venezuela if President Nicolas Maduro agreed to a date for elections.",
     "agreed"),
    ("Iran threatened on Monday to close the Strait of Hormuz if the United States attacked its nuclear sites.",
     "attacked"),
    ("The rebels said they would release the hostages if the army withdrew from the town.", "withdrew"),
    ("Japan's prime minister said Tokyo would decide separately whether to send its own ships.", "send"),
    ("Britain said it would keep its embassy closed unless Iran apologised for the attack.", "apologised"),
    # the infinitive of a condition is part of it
    ("The union said the blockades would go on until the government promised to vote against the treaty.", "vote"),
    ("The rebels said they would free the hostages only if the army agreed to withdraw from the town.", "withdraw"),
])
def test_condition_or_open_question_is_no_event(pipe, text, trigger):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.trigger is not None and e.trigger.text == trigger], show(evs)


@pytest.mark.parametrize("text,root,country", [
    # the clause the condition hangs on stays
    ("The United States would ease sanctions on Venezuela if President Nicolas Maduro agreed to a date for elections.",
     "08", "USA"),
    ("Iran threatened on Monday to close the Strait of Hormuz if the United States attacked its nuclear sites.",
     "13", "IRN"),
    ("Washington would not lift sanctions until all detainees were freed, the secretary said on Thursday.", "12",
     "USA"),
])
def test_control_the_main_clause_stays(pipe, text, root, country):
    evs = events(pipe, text, PUB)
    assert [e for e in _all(evs, root) if e.source is not None and e.source.country == country], show(evs)


def test_control_a_fronted_condition_keeps_its_hypothetical_act(pipe):
    # "If X, Y" sets the scenario first: its act stays a hypothetical event (tests/test_events.py, mc-090)
    evs = events(pipe, "If the rebels attack the airport, the army will declare martial law in the province.", PUB)
    assert [e for e in evs if e.status == "hypothetical" and e.trigger is not None and e.trigger.text == "attack"], show(evs)


def test_control_a_past_time_clause_is_an_act(pipe):
    evs = events(pipe, "Police arrested the two men on Sunday after they attacked a journalist in Lagos.", PUB)
    assert hits(evs, "173"), show(evs)


# ---- the euro zone ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,root", [
    ("A Greek request for more time was rejected on Saturday by finance ministers of the euro zone.", "12"),
    ("Eurozone finance ministers rejected the Greek proposal on Saturday.", "12"),
    ("Euro zone leaders urged Italy on Friday to cut its budget deficit.", "02"),
    ("The Eurogroup on Monday approved a rescue loan to Portugal.", "07"),
])
def test_euro_zone_is_eur(pipe, text, root):
    evs = events(pipe, text, PUB)
    assert [e for e in _all(evs, root) if e.source is not None and e.source.country == "EUR"], show(evs)


# ---- sport and takeover news -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Tournament organisers on Monday rejected an appeal from the Spanish player's camp to move his quarter-final.",
    "Shareholders of the mining group backed the board on Thursday, rejecting a hostile takeover bid from a rival.",
    "Shareholders of the Dutch brewer on Friday rejected a takeover offer that analysts called too low.",
])
def test_sport_and_takeover_sentences_have_no_event(pipe, text):
    evs = events(pipe, text, PUB)
    assert not evs, show(evs)


@pytest.mark.parametrize("text,root,country", [
    ("Chinese President Xi Jinping said Beijing was a key player in the region and urged Japan to hold talks.", "02",
     "CHN"),
    ("Ghana's government on Monday rejected a demand by protesters to sell its stake in the mine.", "12", "GHA"),
])
def test_control_political_sentences_keep_their_events(pipe, text, root, country):
    evs = events(pipe, text, PUB)
    assert [e for e in _all(evs, root) if e.source is not None and e.source.country == country], show(evs)


# ---- a that-clause of saying is a demand's content, not its reporter -----------------------------------------------


@pytest.mark.parametrize("text,root,country", [
    ("Russia demanded on Wednesday that Britain explain the incident.", "10", "RUS"),
    ("Russia's foreign ministry demanded on Wednesday that Britain explain why its destroyer had sailed near Crimea.",
     "10", "RUS"),
    ("China insisted on Friday that Japan clarify its position on Taiwan.", "10", "CHN"),
])
def test_demand_with_saying_content_is_asserted(pipe, text, root, country):
    evs = events(pipe, text, PUB)
    got = [e for e in _all(evs, root) if e.source is not None and e.source.country == country]
    assert got and all(e.status == "asserted" for e in got), show(evs)


@pytest.mark.parametrize("text", [
    "Rwandan troops shelled the border town on Monday, Congo's army said.",
    "Israeli jets struck a camp in Gaza on Sunday, Palestinian health officials said.",
])
def test_control_trailing_reporter_still_attributes(pipe, text):
    evs = events(pipe, text, PUB)
    assert [e for e in evs if e.cameo[:2] in ("18", "19") and e.status == "attributed"], show(evs)
