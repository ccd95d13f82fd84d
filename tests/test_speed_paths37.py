"""The faster paths of session 25 round 37 outside the event coder (issue 13, speed only) give exactly what the code
they replace gives: the actor coder's countries of a sentence (worked out once per sentence, from the anchors that
start in it, found by bisection), the quote extractor's several-speakers bounds (from the shared token columns, no
``Token`` per word) and its frame tokens (whether a token may stand in a quote's frame worked out once per token).
Each slow path is the code it replaced, written out here; the sentences are made up for these tests."""

from __future__ import annotations

import sys
from collections import Counter

import pytest

from lapwing.extract.abroad_words import abroad_place
from lapwing.extract.actors.coder import _Coder
from lapwing.extract.exemplars import exemplar_token
from lapwing.extract.quotes import attribution
from lapwing.extract.quotes.attribution import extract_quotes
from lapwing.extract.quotes.several_speakers import speaker_tokens
from lapwing.extract.registry import Context
from lapwing.lexicons import normalize
from lapwing.schema import Article, ArticleRecord

TEXTS = [
    "VARNELL, Ostland (Wirepress) - Ostland's interior minister met Belgian and Kenyan envoys on Monday. The "
    "minister said Ostland would not yield, and Peru's police chief agreed. Japanese officials and the World Bank "
    "said talks with Chile would resume in Lima.",
    "Farmers in Ghana and Togo blocked roads on Tuesday, the Togolese police said. The president, who lives in exile "
    "in Paris, called for calm. Neighbours such as Uganda sent aid while the Peruvian police watched.",
    "Brazil, Argentina and the European Union said on Friday they would lift the tariffs. Mexico's foreign minister "
    "Rosa Ibarra and Canadian trade officials declined to comment.",
    "\u201cWe will not leave,\u201d the dockers said. \u201cNever,\u201d one of them added. \u201cThe port is "
    "ours,\u201d said Amal Haddad, their leader, and the union and the mayor agreed. \u201cWe shall see,\u201d the "
    "governor replied.",
    "The army said it had taken the town. Kenya and Tanzania condemned the raid, their foreign ministries said in "
    "a joint statement on Sunday.",
]


def _slow_sentence_countries(coder: _Coder, sent) -> set[str]:
    """The code before round 37: every anchor of the article tested against the sentence's bounds."""
    here = set()
    for a in coder.anchors:
        if not (sent.start <= a.start < sent.end) or coder.d.idx[a.start] < coder.dateline_end:
            continue
        if a.kind == "country" and a.country and not a.country.is_igo:
            if not abroad_place(coder.doc[a.end - 1]) and not exemplar_token(coder.doc[a.end - 1]):
                here.add(a.country.code)
        elif a.kind == "actor":
            owners = {r.country for e in a.actors if e.kind == "org" for r in e.roles if r.country}
            if len(owners) == 1 and not owners & coder.igos and any(
                    h.kind == "country" and h.payload.code in owners
                    for k in range(a.start, a.end) for h in coder.lex.get(normalize(coder.d.text[k]))):
                here |= owners
    return here


def _slow_speaker_tokens(doc, lo: int, cue: int, start: int, end: int):
    """The code before round 37: a ``Token`` per word from the sentence's start to the cue."""
    first = next((t.i for t in doc[lo: cue + 1] if t.idx >= start), None)
    last = next((t.i for t in reversed(doc[lo: cue]) if t.idx + len(t) <= end), None)
    return first, last


@pytest.fixture(scope="module")
def docs(pipe):
    return [pipe.nlp(text) for text in TEXTS]


def _coder(pipe, doc, k: int) -> _Coder:
    art = Article(id=f"sp37-{k}", text=doc.text, published="2024-03-05", language="en")
    ctx = Context(doc=doc, article=art, record=ArticleRecord(article=art), config=pipe.config, nlp=pipe.nlp)
    return _Coder(ctx)


def test_sentence_countries_are_the_slow_path(pipe, docs):
    named = 0
    for k, doc in enumerate(docs):
        coder = _coder(pipe, doc, k)
        for sent in doc.sents:
            want = _slow_sentence_countries(coder, sent)
            assert coder.sentence_countries(sent) == want, sent.text
            got = coder.sentence_countries(sent)  # (asked again: the remembered answer, a set of its own)
            assert got == want
            got.add("XXX")
            assert coder.sentence_countries(sent) == want
            assert coder._sentence_anchors(sent.start, sent.end) == [
                a for a in coder.anchors if sent.start <= a.start < sent.end]
            named += bool(want)
        # any token range, not only sentences
        for lo in range(0, len(doc), 3):
            for hi in (lo, lo + 1, lo + 7, len(doc)):
                assert coder._sentence_anchors(lo, hi) == [a for a in coder.anchors if lo <= a.start < hi]
    assert named >= 5  # (Belgian and Kenyan envoys, Chile and Lima, Ghana and Togo, Kenya and Tanzania...)


def test_speaker_tokens_are_the_slow_path(docs):
    tried = 0
    for doc in docs:
        for sent in doc.sents:
            lo = sent.start
            for cue in range(lo, sent.end):
                chars = sorted({doc[lo].idx - 1, doc[cue].idx + len(doc[cue]) + 1}
                               | {t.idx for t in doc[lo:cue + 1]} | {t.idx + len(t) for t in doc[lo:cue + 1]}
                               | {t.idx + 1 for t in doc[lo:cue + 1]})
                for start in chars:
                    for end in chars:
                        assert speaker_tokens(doc, lo, cue, start, end) == _slow_speaker_tokens(doc, lo, cue, start,
                                                                                                 end)
                        tried += 1
    assert tried > 10_000


def test_several_speakers_still_widen(pipe):
    rec = pipe.analyse(Article(id="sp37-q", text=TEXTS[2], published="2024-03-05", language="en"))
    speakers = [(q.speaker.text, q.speaker.rule) for q in rec.quotes if q.speaker is not None]
    # (widened over the conjuncts before the cue, as before round 37)
    assert ("Argentina and the European Union", "quotes:several-speakers") in speakers, speakers


def test_frame_tokens_test_each_token_once(pipe, monkeypatch):
    """Overlapping frames of neighbouring quotes ask whether a token lies inside quotation marks once per token."""
    asked: Counter = Counter()
    real = attribution._inside

    def counted(r, a, b):
        if sys._getframe(1).f_code.co_name == "frame_tokens":
            asked[(a, b)] += 1
        return real(r, a, b)

    monkeypatch.setattr(attribution, "_inside", counted)
    text = ("\u201cWe will not leave,\u201d the dockers said on Monday. \u201cNever,\u201d one of them added, "
            "\u201cnot this year.\u201d \u201cThe port is ours,\u201d said Amal Haddad, their leader. \u201cWe "
            "shall see,\u201d the governor replied.")
    # (one paragraph: the frames of its quotes overlap; before round 37 some words were asked 3 times)
    doc = pipe.nlp(text)
    art = Article(id="sp37-f", text=text, published="2024-03-05", language="en")
    ctx = Context(doc=doc, article=art, record=ArticleRecord(article=art), config=pipe.config, nlp=pipe.nlp)
    quotes = extract_quotes(ctx)
    assert len(quotes) >= 3
    assert len(asked) >= 10 and max(asked.values()) == 1, asked.most_common(3)
