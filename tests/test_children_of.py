"""``parse_memo.children_of``: a token's children made once per token of the event coder's frozen document (issue
13, speed only) give what ``t.children`` gives, and the coder codes the same events with it as with the slow read."""

from __future__ import annotations

import sys

import pytest

from lapwing.extract.registry import Context
from lapwing.schema import Article, ArticleRecord

TEXTS = [
    "Border guards in Velmora detained eleven fishermen on Sunday and seized their boats, the harbour office said.",
    "The foreign minister of Tarsenia was received by President Ilse Brandvik, who urged both sides to resume talks.",
    "Striking dock workers had blocked the port for a week before riot police dispersed them with water cannon.",
    "Officials said the convoy, which was attacked near the border, would not be sent back until the rains end.",
]


@pytest.fixture(scope="module")
def docs(pipe):
    return [pipe.nlp(t) for t in TEXTS]


def test_children_of_is_the_children_frozen_or_not(docs):
    from lapwing.extract.events.parse_memo import children_of, freeze_parse, thaw_parse

    for doc in docs:
        thaw_parse()
        for t in doc:  # (another document than the frozen one: the slow read, a fresh tuple each time)
            got = children_of(t)
            assert isinstance(got, tuple) and [c.i for c in got] == [c.i for c in t.children]
            assert not got or children_of(t) is not got  # (() is one object)
        freeze_parse(doc)
        try:
            for t in doc:
                got = children_of(t)
                assert [c.i for c in got] == [c.i for c in t.children]
                assert [c.dep_ for c in got] == [c.dep_ for c in t.children]
                assert children_of(doc[t.i]) is got  # made once per token: a new Token of the same word finds it
        finally:
            thaw_parse()


def test_children_of_forgets_a_document_at_the_next_freeze(docs):
    from lapwing.extract.events.parse_memo import children_of, freeze_parse, thaw_parse

    a, b = docs[0], docs[1]
    freeze_parse(a)
    first = children_of(a[0].head)
    freeze_parse(b)  # (the same index in another document: its own children, not the remembered ones)
    try:
        i = a[0].head.i
        if i < len(b):
            assert [c.i for c in children_of(b[i])] == [c.i for c in b[i].children]
        assert children_of(a[i]) is not first  # (a is no longer frozen: read again)
    finally:
        thaw_parse()


def _events(pipe, doc, text):
    from lapwing.extract.events.coder import extract_events

    art = Article(id="t", text=text, published="2024-05-02")
    ctx = Context(doc=doc, article=art, record=ArticleRecord(article=art), config=pipe.config, nlp=pipe.nlp)
    for spec in pipe.extractors:
        if spec.name == "events":
            break
        spec.fn(ctx)
    extract_events(ctx)
    return [e.model_dump_json() for e in ctx.record.events]


def test_the_coder_codes_the_same_events_with_the_slow_read(pipe, docs, monkeypatch):
    fast = [_events(pipe, doc, text) for doc, text in zip(docs, TEXTS)]
    assert any(fast)  # (the sentences have events to compare)
    slow = 0
    for name, mod in list(sys.modules.items()):
        if name.startswith("lapwing.extract.events.") and hasattr(mod, "children_of") \
                and not name.endswith(".parse_memo"):
            monkeypatch.setattr(mod, "children_of", lambda t: tuple(t.children))
            slow += 1
    assert slow >= 10  # (the syntax helpers, argument and status rules read through it)
    assert [_events(pipe, doc, text) for doc, text in zip(docs, TEXTS)] == fast
