"""Parse repairs 277-280 and 183 (session 36, round mp72): misparses of common news constructions that the coder
tripped on. Sentences written for this test, each class in several phrasings, with the real noun, adjective and
verb uses of the same words as controls whose parse must stay as it is."""

from __future__ import annotations

import pytest

from event_helpers import claimed, show
from lapwing.extract.events.parse_repair import repaired


def _parse(pipe, text):
    doc = pipe.nlp(text)
    return doc, repaired(doc, reparse=pipe.nlp)


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


def _same(pipe, text, words):
    doc, out = _parse(pipe, text)
    for w in words:
        a, b = _tok(doc, w), _tok(out, w)
        assert (a.dep_, a.head.i, a.tag_) == (b.dep_, b.head.i, b.tag_), [(x.text, x.dep_, x.head.i, x.tag_) for x in out]


# -- 277: a head noun spelt like a verb, read as a present verb with its modifier as subject ---------------------
@pytest.mark.parametrize("text", [
    "Critics condemned the arms deal with Riyadh.",
    "Germany halted an arms deal with Riyadh.",
    "The opposition denounced the arms deal with Israel.",
    "France finalised an arms deal with Egypt on Tuesday.",
])
def test_deal_after_its_modifier_is_the_noun(pipe, text):
    _doc, out = _parse(pipe, text)
    t, m = _tok(out, "deal"), _tok(out, "arms")
    assert t.pos_ == "NOUN" and t.dep_ == "obj" and m.dep_ == "compound" and m.head.i == t.i, [
        (x.text, x.dep_, x.head.i, x.tag_) for x in out]


def test_denounced_deal_partner_is_the_target(pipe):
    evs = claimed(pipe, "The opposition denounced the arms deal with Israel.")
    assert any(e.cameo.startswith("11") and e.target is not None and e.target.country == "ISR"
               and (e.source is None or e.source.country != "ISR") for e in evs), show(evs)


@pytest.mark.parametrize("text, head", [
    ("China warned against Sino-Indian border clashes.", "warned"),
    ("The UN warned against renewed border clashes.", "warned"),
])
def test_phrase_with_preposition_read_as_clause_is_an_oblique(pipe, text, head):
    _doc, out = _parse(pipe, text)
    t, against = _tok(out, "clashes"), _tok(out, "against")
    assert t.pos_ == "NOUN" and t.dep_ == "obl" and t.head.text == head and against.head.i == t.i, [
        (x.text, x.dep_, x.head.i, x.tag_) for x in out]


@pytest.mark.parametrize("text, words", [
    ("Officials said the rebels deal in stolen gold.", ["deal", "rebels"]),  # a clause with a real subject
    ("They deal with refugees every day.", ["deal", "They"]),  # the real verb
    ("A deal was signed in Doha.", ["deal"]),
    ("Iran and the US reached a deal on Sunday.", ["deal"]),
    ("The arms dealers were arrested in Kiev.", ["dealers", "arms"]),
])
def test_deal_controls_keep_their_parse(pipe, text, words):
    _same(pipe, text, words)


# -- 278: a place object read as an adjective of the time phrase after it -----------------------------------------
@pytest.mark.parametrize("text, place, root", [
    ("Putin will visit Beijing next month.", "Beijing", "036"),
])
def test_place_before_time_phrase_is_the_object(pipe, text, place, root):
    _doc, out = _parse(pipe, text)
    p = _tok(out, place)
    assert p.dep_ == "obj" and p.head.pos_ == "VERB", [(x.text, x.dep_, x.head.i, x.tag_) for x in out]
    evs = claimed(pipe, text)
    assert any(e.cameo.startswith(root) and e.target is not None and place in e.target.text for e in evs), show(evs)


@pytest.mark.parametrize("text, words", [
    ("The talks start at 9 am Beijing time.", ["Beijing", "time"]),  # the place names the clock
    ("The meeting starts at noon Moscow time.", ["Moscow", "time"]),
    ("Modi visited Tokyo last month.", ["Tokyo", "month"]),  # already the object
    ("Lula will visit Lisbon this weekend.", ["Lisbon", "weekend"]),
])
def test_place_time_controls_keep_their_parse(pipe, text, words):
    _same(pipe, text, words)


# -- 279: a past verb of forceful motion read as a noun or an adjective ----------------------------------------
@pytest.mark.parametrize("text, subj", [
    ("A powerful storm tore through the coastal town on Sunday.", "storm"),
    ("Militia fighters tore through the village, burning homes.", "fighters"),
    ("Rebel gunmen tore through the market town of Beni.", "gunmen"),
    ("Gunmen tore into the crowd with automatic rifles.", "Gunmen"),
    ("An explosion tore through a crowded mosque in Kabul.", "explosion"),
])
def test_tore_through_is_the_verb(pipe, text, subj):
    _doc, out = _parse(pipe, text)
    t = _tok(out, "tore")
    assert t.pos_ == "VERB" and t.dep_ == "ROOT" and _tok(out, subj).dep_ == "nsubj" and _tok(out, subj).head.i == t.i, [
        (x.text, x.dep_, x.head.i, x.tag_) for x in out]


@pytest.mark.parametrize("text, subj", [
    ("Militia fighters tore through the village, burning homes.", "fighters"),
    ("Rebel gunmen tore through the market town of Beni.", "gunmen"),
    ("Gunmen tore into the crowd with automatic rifles.", "Gunmen"),
    ("Islamist militants tore through the town of Palma in March.", "militants"),
    ("Armed men ripped through the settlement on Sunday.", "men"),
])
def test_armed_men_tearing_through_a_place_is_violence(pipe, text, subj):
    evs = claimed(pipe, text)
    assert any(e.cameo.startswith("18") and e.source is not None and subj in e.source.text for e in evs), show(evs)


@pytest.mark.parametrize("text", [
    "A powerful storm tore through the coastal town on Sunday.",  # a storm is no actor
    "The senator tore into the president's budget plan.",  # criticism by a politician: no violence
])
def test_tearing_through_by_no_armed_actor_is_no_violence(pipe, text):
    evs = claimed(pipe, text)
    assert not any(e.cameo.startswith("18") for e in evs), show(evs)


@pytest.mark.parametrize("text, words", [
    ("The torn flag was displayed at the museum.", ["torn", "flag"]),
    ("She tore the letter in half.", ["tore", "letter"]),
])
def test_tore_controls_keep_their_parse(pipe, text, words):
    _same(pipe, text, words)


# -- 280: a preposition hung on its noun's number; the cased noun read as a second object ----------------------
@pytest.mark.parametrize("text, noun", [
    ("Rwanda sent weapons to 18 Rwandan rebels.", "rebels"),
    ("Kenya sent troops to 12 Somali towns.", "towns"),
])
def test_preposition_on_the_number_goes_to_its_noun(pipe, text, noun):
    _doc, out = _parse(pipe, text)
    n, to = _tok(out, noun), _tok(out, "to")
    assert to.head.i == n.i and n.dep_ == "obl", [(x.text, x.dep_, x.head.i, x.tag_) for x in out]


def test_weapons_sent_to_counted_rebels_have_a_target(pipe):
    evs = claimed(pipe, "Rwanda sent weapons to 18 Rwandan rebels.")
    assert any(e.cameo.startswith("07") and e.target is not None and "rebels" in e.target.text for e in evs), show(evs)


@pytest.mark.parametrize("text, words", [
    ("Police arrested 18 Rwandan rebels in Goma.", ["rebels", "18"]),  # a counted object with no preposition
    ("Uganda supplied arms to 40 Sudanese rebels.", ["rebels", "to"]),  # already the noun's
    ("Kenya sent aid to 300 Somali refugees.", ["refugees", "to"]),
])
def test_counted_noun_controls_keep_their_parse(pipe, text, words):
    _same(pipe, text, words)


# -- 183: a past verb read as a reduced relative, its plural object as the root verb ---------------------------
@pytest.mark.parametrize("text, verb, obj", [
    ("The ministry summoned envoys from France and Germany.", "summoned", "envoys"),
])
def test_relative_and_plural_root_are_verb_and_object(pipe, text, verb, obj):
    _doc, out = _parse(pipe, text)
    v, o = _tok(out, verb), _tok(out, obj)
    assert v.dep_ == "ROOT" and o.dep_ == "obj" and o.head.i == v.i and o.pos_ == "NOUN", [
        (x.text, x.dep_, x.head.i, x.tag_) for x in out]
    evs = claimed(pipe, text)
    assert any(e.cameo.startswith("11") and e.target is not None and e.target.country in ("FRA", "DEU")
               for e in evs), show(evs)


@pytest.mark.parametrize("text, words", [
    ("The document signed remains secret.", ["signed", "remains"]),  # a real relative with a complement
    ("The people affected include children.", ["affected", "include"]),  # a root with an object
    ("Police arrested protesters in the capital.", ["arrested", "protesters"]),  # already the verb and its object
])
def test_relative_controls_keep_their_parse(pipe, text, words):
    _same(pipe, text, words)
