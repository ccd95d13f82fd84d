"""Helpers shared by the quote tests: the shipped pipeline, running the quotes extractor alone on a
parsed text, and switching the actors extractor off."""

from __future__ import annotations

import pytest

from lapwing.extract import quotes as Q
from lapwing.extract.registry import Context
from lapwing.schema import Article, ArticleRecord


@pytest.fixture(scope="module")
def nlp():
    """The shipped pipeline (a missing model fails loudly in the loader)."""
    from lapwing import nlp as nlp_mod

    return nlp_mod.load()


@pytest.fixture
def no_actors(monkeypatch):
    """Run without the actor extractor's actor_for_token, whatever is installed."""
    monkeypatch.setattr(Q.speakers, "_actors_module", lambda: None)


def run(nlp, text: str):
    """The quotes of ``text`` (quotes extractor alone); every quote's offsets point at its text."""
    doc = nlp(text)
    art = Article(id="t", text=text)
    ctx = Context(doc=doc, article=art, record=ArticleRecord(article=art))
    Q.quotes(ctx)
    for q in ctx.record.quotes:
        assert text[q.start : q.end] == q.text
    return ctx.record.quotes


def speaker_words(q) -> str:
    return "" if q.speaker is None else q.speaker.text


def quote_with(quotes, words: str):
    found = [q for q in quotes if words in q.text]
    assert found, f"no quote holds {words!r}: {[q.text for q in quotes]}"
    return found[0]


def quote_starting(quotes, start: str):
    """The first quote whose text starts with ``start`` (fails, listing the quotes, when there is none)."""
    found = [q for q in quotes if q.text.startswith(start)]
    assert found, f"no quote starts with {start!r}: {[q.text for q in quotes]}"
    return found[0]
