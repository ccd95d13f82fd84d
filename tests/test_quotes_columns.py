"""The quote extractor reads the shared per-document facts (``extract/docfacts``) and builds a Token only for the
words that can matter; these tests check that the shortcuts answer what the Token-by-Token reading did."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lapwing.extract.actors.coref import GenderTable
from lapwing.extract.quotes.cues import _according_to, _in_words, cue_word_positions, cue_words, is_cue_verb, lexicon
from lapwing.extract.quotes.index import DocIndex
from lapwing.extract.quotes.speakers import EntityGenders
from lapwing.extract.registry import Context
from lapwing.schema import Article, ArticleRecord

from quote_helpers import nlp  # noqa: F401  (fixture)

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles.jsonl"

TEXT = ("Ms. Elena Sousa met Mr. Marko Horvat in Split on Monday. She said the port would stay open. "
        "He told reporters the union would strike, according to the port's own newsletter. The spokeswoman for the "
        "port, Ana Kos, said she disagreed. \"We will wait,\" Horvat said, as his deputy put it. In Kos's own words, "
        "the strike \"is a mistake.\" Sousa said her board had agreed.\n\nHORVAT: We shot back at them.")


def _texts() -> list[str]:
    rows = [json.loads(x) for x in EXAMPLES.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [TEXT] + [r["text"] for r in rows[:4]]


def _context(nlp, text: str) -> Context:
    from lapwing.pipeline import Pipeline

    pipe = Pipeline.create()
    doc = nlp(text)
    art = Article(id="t", text=text, language="en")
    ctx = Context(doc=doc, article=art, record=ArticleRecord(article=art), config=pipe.config)
    for spec in pipe.extractors:  # what runs before the quotes (the actors' mentions)
        if spec.name == "quotes":
            return ctx
        spec.fn(ctx)
    pytest.fail("the default pipeline has no quotes extractor")


def test_doc_index_reads_the_same_text_offsets_and_sentences(nlp):  # noqa: F811
    for text in _texts():
        doc = nlp(text)
        index = DocIndex(doc)
        assert index.text == doc.text
        assert index.tok_starts == [t.idx for t in doc]
        for t in doc:
            assert index.sent_range(t.i) == (t.sent.start, t.sent.end)


def test_cue_word_positions_hold_every_cue(nlp):  # noqa: F811
    lex = lexicon()
    for text in _texts():
        doc = nlp(text)
        positions = cue_word_positions(doc, lex)
        cues = [t.i for t in doc if is_cue_verb(t, lex)]
        assert cues and set(cues) <= set(positions)
        assert positions == sorted(positions)
        assert all(doc[i].lower_ in cue_words(lex) for i in positions)
        assert [t.i for t in doc if t.lower_ in cue_words(lex)] == positions


def test_phrase_finders_read_every_range_as_the_tokens_do(nlp):  # noqa: F811
    doc = nlp(TEXT)
    n = len(doc)
    acc = [i for i, _obj, _hi in _according_to(doc, 0, n)]
    assert acc == [t.i for t in doc if t.lower_ == "according"]
    assert [i for i, _ in _in_words(doc, 0, n)] == [t.i - 4 for t in doc if t.lower_ == "words"]  # In Kos 's own words
    for start, end in ((0, n), (5, 30), (acc[0], acc[0] + 1), (acc[0] + 1, n), (n - 3, n + 10), (20, 10)):
        expect = [x for x in _according_to(doc, 0, n) if x[0] in range(n)[start:end]]
        assert [(i, o.i, h) for i, o, h in _according_to(doc, start, end)] == [(i, o.i, h) for i, o, h in expect]


def test_entity_genders_answer_as_the_gender_table(nlp):  # noqa: F811
    compared = 0
    for text in _texts():
        ctx = _context(nlp, text)
        mentions = ctx.data.get("actors") or []
        table, lazy = GenderTable(ctx.doc, mentions), EntityGenders(ctx.doc, mentions)
        for m in mentions:
            for ex in [None, m] + mentions[:12]:
                assert lazy.gender(m, ex) == table.gender(m, ex)
                compared += 1
    assert compared > 100
    said = {EntityGenders(ctx.doc, mentions).gender(m) for m in mentions}
    assert said <= {None, "m", "f"}


def _channel_by_regexes(text: str, lex, lemma):
    """The channel as first written: spaces, then marks, then runs of spaces."""
    import re

    window = " " + re.sub(r"\s+", " ", text.lower()) + " "
    window = re.sub(r"[,;:.!?()\u201c\u201d\"]", " ", window)
    window = re.sub(r" +", " ", window)
    for phrase, chan in lex.channels:
        if f" {phrase} " in window:
            return chan
    return lex.verb_channel.get(lemma) if lemma else None


def test_channel_phrases_match_across_marks_and_spaces():
    import random

    from lapwing.extract.quotes.channels import _find_channel

    lex = lexicon()
    phrases = [p for p, _ in lex.channels]
    assert _find_channel('She said in a statement, "we will."', 0, 35, lex, "say") == \
        _channel_by_regexes('She said in a statement, "we will."', lex, "say")
    rng = random.Random(13)
    pieces = phrases[:40] + ["said", "he", "told", "on", "\u201c", "\u201d", ",", ".", "(", ")", ":", "!", "\n\n", "\t",
                             " ", "  ", "\u00a0", "In", "A", "STATEMENT", "Twitter", "radio"]
    for _ in range(400):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "\n", ","]) for _ in range(rng.randint(1, 12)))
        lemma = rng.choice([None, "say", "tweet", "write"])
        assert _find_channel(text, 0, len(text), lex, lemma) == _channel_by_regexes(text, lex, lemma), text
