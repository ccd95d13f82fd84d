"""A relative clause, an apposition or an aside between the speaker and the cue (session 26, round 41, issue 16).

The cue's subject is the noun the relative clause hangs on: 'X, who ..., told reporters that A' (the parser may hang
the that-clause on the hearer, or make the name the root and the cue its parataxis), 'X, a former officer who ...,
has told ...' (the apposition read as a second subject), 'the embassy in <place>, which ..., said' (the place read as
the clause's head); 'which' / 'who' name the noun, never the place inside its phrase. Every sentence here is
invented for the test."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, run, no_actors  # noqa: F401 (fixtures)


def _found(quotes):
    return [(q.text, None if q.speaker is None else (q.speaker.name or q.speaker.text)) for q in quotes]


def _one(got, content):
    q = next((g for g in got if g[0].startswith(content)), None)
    assert q is not None, got
    return q


@pytest.mark.parametrize("text, content, speaker", [
    # the that-clause the parser hung on the hearer as a relative clause ('told reporters [that ...]')
    ("Rwanda's health minister, Uwase Mutoni, who opened the clinic on Monday, told reporters that Kigali had "
     "secured new vaccine supplies for the northern districts.", "Kigali had secured", "Uwase Mutoni"),
    ("Tanzania's finance minister, Halima Juma, who unveiled the budget in Dodoma, told journalists that Arusha had "
     "received most of the new funds.", "Arusha had received", "minister"),
    ("Chile's mining minister, Tomas Reyes, who toured the copper mine on Friday, told lawmakers that Antofagasta had "
     "lost two weeks of output.", "Antofagasta had lost", "minister"),
    # a cue with its auxiliary after the comma closing the aside ('had announced', 'has warned')
    ("Judge Marta Quintero, who chaired the inquiry last year, had announced in a radio address that she was "
     "stepping down from the commission.", "she was stepping down", "Marta Quintero"),
    ("Varela, a former union organiser who won the seat in May, has warned in an interview that she will vote "
     "against the budget.", "she will vote against", "Varela"),
    # the name the root, the cue its parataxis, the that-clause hung on the channel or the place before it
    ("Keita, a former rural teacher who took power last month, had told the nation in an address that elections "
     "would be held in May.", "elections would be held in May", "Keita"),
    ("Barros, a former factory worker who became mayor last year, had announced at a rally that she would cut "
     "fares.", "she would cut fares", "Barros"),
    # an apposition with a relative clause the parser made a second subject
    ("Ortiz, a former army officer who led the revolt in 2009, has told supporters that he will stand for "
     "president.", "he will stand for president", "Ortiz"),
    ("Lindqvist, a veteran diplomat who served in Cairo, has told the committee that the embassy will reopen.",
     "the embassy will reopen", "Lindqvist"),
])
def test_cue_after_a_relative_clause_speaks_for_its_noun(nlp, no_actors, text, content, speaker):
    got = _found(run(nlp, text))
    q = _one(got, content)
    assert q[1] is not None and speaker in q[1], got


@pytest.mark.parametrize("text, content, noun, place", [
    ("China's embassy in Port Moresby, which told Chinese citizens to stay indoors, said it had asked the "
     "authorities to protect Chinese-owned businesses.", "it had asked the authorities", "embassy", "Moresby"),
    ("Italy's consulate in Benghazi, which urged Italian nationals to leave the city, said it had closed its "
     "visa office.", "it had closed its visa office", "consulate", "Benghazi"),
    ("Canada's mission in Port-au-Prince, which advised its staff to stay at home, said the airport had been "
     "shut since Sunday.", "the airport had been shut", "mission", "Prince"),
])
def test_the_embassy_in_a_place_speaks_not_the_place(nlp, no_actors, text, content, noun, place):
    got = _found(run(nlp, text))
    q = _one(got, content)
    assert q[1] is not None and noun in q[1] and place not in q[1], got
    # the relative 'which' names the embassy too, never the place
    assert not any(g[1] is not None and place in g[1] for g in got), got


@pytest.mark.parametrize("text, inner, speaker, reporter", [
    ("According to the spokesman, the president told the commanders that the army must stay ready and ordered "
     "troops into the capital.", "the army must stay ready", "president", "spokesman"),
    ("According to two officials, the foreign minister told the cabinet on Sunday that the talks had failed.",
     "the talks had failed", "foreign minister", "officials"),
])
def test_told_that_under_an_opening_according_to(nlp, no_actors, text, inner, speaker, reporter):
    # as for 'According to X, Y said A' (tests/test_quotes_nested18.py): X reports the clause, Y's words are A
    got = _found(run(nlp, text))
    q = _one(got, inner)
    assert q[1] is not None and speaker in q[1], got
    assert any(g[1] is not None and reporter in g[1] and inner in g[0] and g[0] != q[0] for g in got), got


@pytest.mark.parametrize("text, content, speaker", [
    # not an opening 'according to': the inner cue keeps its quote
    ("The president told the commanders that the army must stay ready, according to the spokesman.",
     "the army must stay ready", None),
    # a relative clause on the hearer stays a relative clause (no 'that' complementiser: 'told the reporters she met')
    ("Senator Ruth Obi, who chairs the panel, told reporters that the hearing would resume on Tuesday.",
     "the hearing would resume", "Ruth Obi"),
])
def test_what_stays(nlp, no_actors, text, content, speaker):
    got = _found(run(nlp, text))
    q = _one(got, content)
    if speaker is not None:
        assert q[1] is not None and speaker in q[1], got


def test_a_relative_clause_on_the_hearer_is_no_content(nlp, no_actors):
    got = _found(run(nlp, "The minister told the reporters who had waited outside the gate about the new rules."))
    assert not any(g[0].startswith("had waited") for g in got), got
