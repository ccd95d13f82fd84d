"""The faster paths of session 29 round 54 (issue 13, speed only) give exactly what the paths they replace give.

``Doc.char_span(start, end, alignment_mode="expand")`` finds its tokens by a binary search in spaCy's C array but
then reads each end token's offset and length through a new ``Token`` (four or so per call, and two more for the
``Span``); the quote extractor's sentence bounds, the dateline and reporter's-tail rules, the second cue, the event
coder's actor context and the date extractor called it some 8,000 times a pass over the 89 VOA stories.

- ``docfacts.char_range(doc, start, end)`` does the same search on the shared offset column
  (``docfacts.word_columns``: offset, text, trailing whitespace) and gives the token bounds alone;
- ``docfacts.char_span(doc, start, end)`` makes the ``Span`` of those bounds;
- ``attribution``'s ``sent_bounds``, ``segmentation._after_dateline``, ``second_cue._second_cue`` and
  ``reporter_tail.tail_start`` read the bounds with no ``Span`` (and the second cue its sentence's bounds from the
  shared sentence bounds); the other callers call ``docfacts.char_span``.

The slow paths are spaCy's own method and the code the four rules had (written out); the sentences are made up for
these tests."""

from __future__ import annotations

import importlib

import pytest
from spacy.tokens import Doc

from lapwing.extract import docfacts
from types import SimpleNamespace

from lapwing.extract.docfacts import char_range, char_span
from lapwing.extract.quotes.cues import lexicon
from lapwing.extract.quotes.index import index_of
from lapwing.extract.quotes.reporter_tail import _is_reporter, tail_start
from lapwing.extract.quotes.second_cue import _AFTER, _OWN, _PAST, _not_past_group, _second_cue
from lapwing.extract.quotes.segmentation import _DATELINE_DASHES, CLOSERS, _after_dateline, _in_word
from lapwing.extract.quotes import cues as cues_module
from lapwing.schema import Article
from speed_helpers import tokens_made

TEXTS = [
    "The mayor of Tarvo said on Monday the bridge would reopen. \"It is safe now,\" she told reporters.",
    "  OSLINA, March 3 (Wire) -  Farmers  in the north\n\nblocked two roads, police said.\n",
    "\"We will not leave,\" said Ivo Brandt, a union leader.\tWorkers marched   to the port; the company declined "
    "to comment, its spokeswoman said on Friday.",
    "Rebels shelled the town of Mirel overnight, the army said. They denied it.\n\n\"Lies,\" a rebel commander "
    "wrote.  ",
]

#: the modules whose ``doc.char_span(..., alignment_mode="expand")`` calls now go through ``docfacts.char_range``
RANGE_CALLERS = ["lapwing.extract.quotes.attribution", "lapwing.extract.quotes.reporter_tail",
                 "lapwing.extract.quotes.second_cue", "lapwing.extract.quotes.segmentation"]
#: and through ``docfacts.char_span``
CALLERS = [
    "lapwing.extract.quotes.fragments", "lapwing.extract.quotes.framing",
    "lapwing.extract.quotes.keeping", "lapwing.extract.quotes.named_after", "lapwing.extract.quotes.previous_speaker",
    "lapwing.extract.quotes.signed_text",
    "lapwing.extract.events.actor_context", "lapwing.extract.dates",
]


def _slow_char_span(doc: Doc, start: int, end: int):
    """The code before round 54: spaCy's method."""
    return doc.char_span(start, end, alignment_mode="expand")


def _slow_char_range(doc: Doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return None if span is None else (span.start, span.end)


def _slow_after_dateline(doc: Doc, s: int, e: int) -> int:
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return s
    head = [t for t in span[:14] if not t.is_space]
    for n, t in enumerate(head):
        if t.text in _DATELINE_DASHES and n > 0 and not _in_word(doc, t.i) and (head[n - 1].text == ")" or any(
                len(x.text) > 2 and x.is_upper for x in head[:n])):
            if n + 1 < len(head):
                return head[n + 1].idx
    return s


def _slow_tail_start(doc: Doc, start: int, end: int) -> int | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 4:
        return None
    _, sent_hi = index_of(doc).sent_range(span[-1].i)
    last = min(span.end, sent_hi)
    while last > span.start and (doc[last - 1].is_punct and doc[last - 1].text in (".", "!", "?")
                                 or doc[last - 1].is_space or doc[last - 1].text in CLOSERS):
        last -= 1
    for k in range(last - 2, span.start + 1, -1):
        if doc[k].text != ",":
            continue
        lo = k + 1
        while lo < last and doc[lo].text in CLOSERS:
            lo += 1
        if not _is_reporter(list(doc[lo:last])):
            continue
        cut = k
        while cut > span.start and doc[cut - 1].is_space:
            cut -= 1
        if cut - span.start < 2:
            return None
        if doc[k + 1].text in CLOSERS:
            return doc[k + 1].idx + len(doc[k + 1].text)
        return doc[cut - 1].idx + len(doc[cut - 1].text)
    return None


def _slow_second_cue(doc: Doc, q, lex):
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or len(span) < 3:
        return None
    sent = span[0].sent
    if not any(doc[k].text == q.cue and doc[k].tag_ == "VBD" for k in range(sent.start, span.start)):
        return None
    for k in range(span.start + 1, sent.end):
        v = doc[k]
        if v.dep_ != "conj" or v.tag_ not in _PAST or doc[k - 1].lower_ != "and":
            continue
        head = v.head
        if not span.start <= head.i < min(v.i, span.end) or not _not_past_group(head):
            continue
        kids = list(v.children)
        if any(c.dep_.startswith(_OWN) for c in kids) or not any(c.i > v.i and c.dep_ in _AFTER for c in kids):
            continue
        if cues_module.is_cue_verb(v, lex):
            return v
    return None


def _answer(fn, doc: Doc, start: int, end: int):
    try:
        span = fn(doc, start, end)
    except Exception as exc:  # the same error, if any
        return type(exc).__name__
    return None if span is None else (span.start, span.end, span.doc is doc)


@pytest.fixture(scope="module")
def docs(pipe):
    made = [pipe.nlp(text) for text in TEXTS]
    # and documents made from words: whitespace tokens, no trailing space at the end, one word
    made.append(Doc(pipe.nlp.vocab, words=["Talks", "  ", "in", "Vara", "ended", "."],
                    spaces=[True, False, True, True, False, False]))
    made.append(Doc(pipe.nlp.vocab, words=["Quiet"], spaces=[True]))
    made.append(Doc(pipe.nlp.vocab, words=[], spaces=[]))
    return made


def test_every_character_range_as_spacy(docs):
    for doc in docs:
        n = len(doc.text)
        for start in range(-2, n + 3):
            for end in range(start - 2, n + 3):
                assert _answer(char_span, doc, start, end) == _answer(_slow_char_span, doc, start, end), \
                    (doc.text, start, end)


def test_token_bounds_as_spacy(docs):
    for doc in docs:
        n = len(doc.text)
        for start in range(-1, n + 2):
            for end in range(start - 1, n + 2):
                try:
                    fast = char_range(doc, start, end)
                except IndexError:
                    fast = "IndexError"
                try:
                    slow = _slow_char_range(doc, start, end)
                except IndexError:
                    slow = "IndexError"
                assert fast == slow, (doc.text, start, end)


def _ranges(doc: Doc, step: int = 2):
    n = len(doc.text)
    return [(s, e) for s in range(0, n, step) for e in range(s + 1, n + 1, step)]


def test_dateline_and_reporter_tail_as_before(docs):
    for doc in docs[:4]:  # (the parsed ones: the rules read sentences)
        for s, e in _ranges(doc):
            assert _after_dateline(doc, s, e) == _slow_after_dateline(doc, s, e), (doc.text, s, e)
            assert tail_start(doc, s, e) == _slow_tail_start(doc, s, e), (doc.text, s, e)


def test_second_cue_as_before(pipe):
    lex = lexicon()
    texts = ["The mayor said the bridge will remain shut and asked drivers to use the ferry.",
             "Ana Ruiz said the clinic must close and called on donors to help.",
             "Officials in Durnov said the talks can wait and warned that fighting could resume.",
             "The ministry said the ports would stay open and urged traders to keep calm."]
    found = 0
    for text in texts:
        doc = pipe.nlp(text)
        cues = {t.text for t in doc if t.tag_ == "VBD"}
        for cue in cues:
            for s, e in _ranges(doc, 3):
                q = SimpleNamespace(start=s, end=e, cue=cue)
                fast, slow = _second_cue(doc, q, lex), _slow_second_cue(doc, q, lex)
                assert fast == slow, (text, s, e, cue)
                found += fast is not None
    assert found  # (the rule found a second cue somewhere: the comparison covers the whole path)


def test_after_a_retokenising_the_columns_are_read_again(pipe):
    doc = pipe.nlp("Dock workers in Selmar walked out on Tuesday.")
    char_span(doc, 0, 4)
    with doc.retokenize() as retok:
        retok.merge(doc[0:2])
    for start in range(len(doc.text)):
        for end in range(start + 1, len(doc.text) + 1):
            assert _answer(char_span, doc, start, end) == _answer(_slow_char_span, doc, start, end)


def test_fewer_tokens_made(docs):
    doc = docs[0]
    pairs = [(s, s + w) for s in range(0, len(doc.text) - 8, 3) for w in (1, 5, 8)]
    docfacts.word_columns(doc)  # (the columns are read once per document in any case)
    bounds = tokens_made(lambda: [char_range(doc, s, e) for s, e in pairs])
    fast = tokens_made(lambda: [char_span(doc, s, e) for s, e in pairs])  # (the Span's own two)
    slow = tokens_made(lambda: [_slow_char_span(doc, s, e) for s, e in pairs])
    assert bounds == 0 < fast < slow, (bounds, fast, slow)


def test_callers_use_the_column_search():
    for name in CALLERS:
        assert importlib.import_module(name).char_span is char_span, name
    for name in RANGE_CALLERS:
        assert importlib.import_module(name).char_range is char_range, name


ARTICLES = [
    "KESSEL, June 4 (Wire) - Police in Kessel arrested three protesters on Thursday, a spokesman said.\n\n"
    "\"They blocked the highway for hours,\" Captain Mira Olsen told reporters. The group's lawyer, Tomas Reyes, "
    "said the arrests were unlawful and urged the court to free them. \"This is a warning to everyone,\" he said.",
    "The foreign minister of Pelland met his Corvian counterpart in Vienna on Monday, the ministry said. "
    "\"Our talks were frank,\" the minister said after the meeting, adding that both sides had agreed to meet again "
    "next month.\n\nCorvia's government said last week it would withdraw troops from the border. Its army denied "
    "reports of shelling, a reporter in the capital wrote.",
]


def test_records_as_with_spacys_method(pipe, monkeypatch):
    arts = [Article(id=f"sp54-{i}", text=text, title="Test", published="2026-06-04") for i, text in
            enumerate(ARTICLES)]
    fast = [pipe.analyse(a).model_dump_json() for a in arts]
    for name in CALLERS:
        monkeypatch.setattr(importlib.import_module(name), "char_span", _slow_char_span)
    for name in RANGE_CALLERS:
        monkeypatch.setattr(importlib.import_module(name), "char_range", _slow_char_range)
    slow = [pipe.analyse(a).model_dump_json() for a in arts]
    assert fast == slow
    assert any('"quotes":[{' in r for r in fast)
