"""Counts: numbers in digits and words, categories, approximations, traps, event links; the gold scorer."""

from __future__ import annotations

import pytest
import spacy

from lapwing.extract import counts as C
from lapwing.extract.registry import Context, registered
from lapwing.schema import Article, ArticleRecord, Event, Plover, Span, Trigger


@pytest.fixture(scope="module")
def nlp():
    from lapwing import nlp as nlp_mod

    pipeline = nlp_mod.load()
    if "parser" not in pipeline.pipe_names:
        pytest.skip("the loaded NLP pipeline has no parser (no trained model shipped yet): counts need POS and parse")
    return pipeline


def make_ctx(nlp, text: str) -> Context:
    art = Article(id="t", text=text)
    return Context(doc=nlp(text), article=art, record=ArticleRecord(article=art))


def counts(nlp, text: str):
    ctx = make_ctx(nlp, text)
    C.counts(ctx)
    for c in ctx.record.counts:
        assert text[c.start : c.end] == c.text
    return [(c.value, c.category, c.text, c.approximation) for c in ctx.record.counts]


# -- no parser needed ------------------------------------------------------------------


def test_registered_as_extractor():
    assert "counts" in registered()


def test_category_lexicon():
    lex = C.load_count_lexicon()
    assert lex.word("trans", "killing") == "killed"
    assert lex.word("intrans", "fled") == "displaced"
    assert lex.word("noun", "troops") == "troops"
    assert lex.word("noun", "demonstrators") == "protesters"
    assert lex.word("adj", "missing") == "missing"
    assert lex.phrase_at("intrans", ["took", "to", "the", "streets", "on"]) == ("protesters", 4)
    assert set(lex.words["noun"].values()) | set(lex.words["trans"].values()) >= {
        "killed", "injured", "arrested", "displaced", "protesters", "troops"}


def test_category_lexicon_rejects_unknown_kind(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("killed\tverbish\tkill\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown kind"):
        C.load_count_lexicon(bad)


@pytest.mark.parametrize("text, value, approx", [
    ("1,500", 1500, None),
    ("twenty-five", 25, None),
    ("one hundred and twenty", 120, None),
    ("two dozen", 24, None),
    ("a dozen", 12, None),
    ("hundreds of", 200, "hundreds of"),
    ("tens of thousands of", 20000, "tens of thousands of"),
    ("2.5 million", 2500000, None),
    ("half a million", 500000, None),
    ("several hundred", 300, "several hundred"),
])
def test_number_words(text, value, approx):
    doc = spacy.blank("en")(text + " people")
    q = C._quantity_at(doc, 0, len(doc))
    assert q is not None and q.value == value and q.approximation == approx


def test_decimal_without_scale_is_not_a_count():
    doc = spacy.blank("en")("7.2 magnitude")
    assert C._quantity_at(doc, 0, len(doc)) is None


# -- with the parser -------------------------------------------------------------------------


def test_injured_with_approximation(nlp):
    assert counts(nlp, "Over 70 people were injured when police fired tear gas.") == [(70, "injured", "Over 70", "over")]


def test_killing_participle(nlp):
    assert counts(nlp, "Gunmen attacked a bus near the border, killing 12 passengers.") == [(12, "killed", "12", None)]


def test_vague_plural_protesters(nlp):
    assert counts(nlp, "Thousands of protesters marched on parliament.") == [(2000, "protesters", "Thousands", "thousands of")]


def test_troops_noun(nlp):
    assert counts(nlp, "Washington will send 3,000 troops to the region.") == [(3000, "troops", "3,000", None)]


def test_detained_people(nlp):
    assert counts(nlp, "Security forces detained 40 people overnight.") == [(40, "arrested", "40", None)]


def test_predicate_wins_over_noun(nlp):
    assert counts(nlp, "At least three protesters were killed in the clashes.") == [
        (3, "killed", "At least three", "at least")]


def test_tens_of_thousands_took_to_the_streets(nlp):
    out = counts(nlp, "Tens of thousands took to the streets of the capital on Sunday.")
    assert out == [(20000, "protesters", "Tens of thousands", "tens of thousands")]


def test_dead_and_injured_after_left(nlp):
    out = counts(nlp, "The blast left 17 dead and 40 injured.")
    assert out == [(17, "killed", "17", None), (40, "injured", "40", None)]


def test_missing_and_displaced(nlp):
    assert counts(nlp, "Fifteen fishermen remain missing after the storm.") == [(15, "missing", "Fifteen", None)]
    assert counts(nlp, "The floods displaced about 50,000 people.") == [(50000, "displaced", "about 50,000", "about")]


def test_death_toll(nlp):
    assert counts(nlp, "The death toll rose to 143 on Sunday.") == [(143, "killed", "143", None)]


def test_other_for_things_acted_on(nlp):
    assert counts(nlp, "Militants fired a dozen rockets at the town.") == [(12, "other", "a dozen", None)]


@pytest.mark.parametrize("text", [
    "A 25-year-old man was arrested on Monday.",
    "The suspect, 19, was charged with murder.",
    "Protests erupted in 2019 and again in March 2021.",
    "The ceasefire took effect at 6 a.m. on 3 June.",
    "The World Bank approved a $500 million loan.",
    "Unemployment rose to 14 percent in the second quarter.",
    "Liverpool beat Chelsea 3-1 on Sunday.",
    "The talks lasted three days.",
    "The party won 45 seats in parliament.",
    "Flight 370 was never found.",
    "Both sides agreed to a 72-hour truce.",
    "The company employs about 4,000 people in the region.",
    "The two leaders met in Geneva.",
    "No one was hurt in the incident.",
])
def test_traps_give_no_count(nlp, text):
    assert counts(nlp, text) == []


def test_count_links_to_event_in_same_clause(nlp):
    text = "The bombing killed 12 people. Police arrested four suspects on Friday."
    ctx = make_ctx(nlp, text)
    doc = ctx.doc
    killed = next(t for t in doc if t.text == "killed")
    arrested = next(t for t in doc if t.text == "arrested")

    def event(tok):
        sent = tok.sent
        return Event(cameo="190", quad_class=4, goldstein=-10.0, plover=Plover(type="ASSAULT"),
                     sentence=Span(start=sent.start_char, end=sent.end_char),
                     trigger=Trigger(text=tok.text, start=tok.idx, end=tok.idx + len(tok)))

    ctx.record.events = [event(killed), event(arrested)]
    ctx.data["event_tokens"] = [killed.i, arrested.i]
    C.counts(ctx)
    got = {(c.value, c.category): c.event for c in ctx.record.counts}
    assert got == {(12, "killed"): 0, (4, "arrested"): 1}


def test_no_event_link_without_events(nlp):
    ctx = make_ctx(nlp, "The bombing killed 12 people.")
    C.counts(ctx)
    assert [c.event for c in ctx.record.counts] == [None]


# -- the gold set and its scorer ------------------------------------------------------------------


def test_gold_set_is_well_formed():
    from lapwing.eval import counts as EC

    rows = EC.load_gold()
    assert len(rows) >= 150
    cats = {c["category"] for r in rows for c in r["counts"]}
    assert cats >= {"killed", "injured", "arrested", "missing", "displaced", "protesters", "troops", "other"}
    assert sum(1 for r in rows if not r["counts"]) >= 30  # trap sentences
    assert len({r["id"] for r in rows}) == len(rows)


def test_scorer_matches_value_category_and_overlap():
    from lapwing.eval import counts as EC

    rows = [{"id": "a", "text": "Police arrested 23 people.",
             "counts": [{"text": "23", "start": 16, "end": 18, "value": 23, "category": "arrested"}]}]
    good = [[{"value": 23, "category": "arrested", "start": 16, "end": 18, "text": "23"}]]
    wrong_cat = [[{"value": 23, "category": "other", "start": 16, "end": 18, "text": "23"}]]
    assert EC.score(rows, good)["overall"]["f1"] == 1.0
    r = EC.score(rows, wrong_cat)
    assert r["overall"]["f1"] == 0.0 and r["value_and_span"]["f1"] == 1.0


@pytest.mark.parametrize("text, category, value", [
    ("Eight suspected cash-in-transit robbers were fatally wounded in a shootout with police.", "killed", 8),
    ("Twelve pro-government fighters were killed in the attack.", "killed", 12),
    ("Five anti-riot police officers were injured in the clashes.", "injured", 5),
    ("Three well-known activists were arrested on Monday.", "arrested", 3),
])
def test_hyphenated_words_before_the_counted_noun(nlp, text, category, value):
    got = [(cat, v) for v, cat, _t, _a in counts(nlp, text)]
    assert (category, value) in got, got
