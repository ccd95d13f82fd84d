"""The per-word memos and compiled patterns of session 34 round ex66 (issue 13, speed only).

- ``token_index.word_flags``: the actor coder's name-like words (``TokenIndex.name_token``, read by the chaining's
  ``_Doc`` too) depend on a word's text alone; they are read from a memo kept across articles instead of being worked
  out per token. Checked against the list comprehension it replaces (kept here), every token of made-up articles,
  with the memo empty, warm, and emptied when it grows past its bound; each call gives a new list (a caller's change
  never reaches the memo or another article).
- the date and count helpers' patterns are compiled once: their answers are those of ``re.search(pattern, ...)`` on
  strings written for these tests.
"""

from __future__ import annotations

import re

import pytest
import spacy

from lapwing.extract.actors import token_index
from lapwing.extract.actors.chains import _CORE_WORDS, _Doc
from lapwing.extract.actors.common import NOT_NAMES
from lapwing.extract.actors.token_index import TokenIndex, word_flags
from lapwing.extract.docfacts import token_columns
from lapwing.timeparse.grammar import core, finder
from lapwing.timeparse.lexicon import parse_number
from lapwing.timeparse.tense import sentence_bounds

#: made-up articles: names, titles, pronouns, quantities, pro-/anti- words, capitalised function words
ARTICLES = [
    "Minister Dana Voss told reporters on Monday that the Harlow Council would meet. She said both sides agreed.",
    "Some 300 protesters marched in Velmora. They were anti-government and several of them were arrested by police.",
    "THE PRESIDENT OF Karsten Republic said It was time. An Official said: we will see, Mr. Brandt.",
    "Pro-democracy groups and the U.N. mission met in the capital; many said the talks in Ostrava went well.",
    "",
    "He, she, it, they. Nobody else was there in January, said the spokesman of the Rhine Valley Authority.",
]


def _old_name_token(cols) -> list:
    return [a and x[:1].isupper() and lw not in NOT_NAMES for a, x, lw in zip(cols.alpha, cols.text, cols.lower)]


@pytest.fixture(scope="module")
def docs():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return [nlp(text) for text in ARTICLES]


@pytest.mark.parametrize("warm", [False, True])
def test_name_words_and_cores_as_the_comprehensions(docs, warm, monkeypatch):
    if not warm:
        monkeypatch.setattr(token_index, "_NAME_WORD", {})
    for doc in docs:
        cols = token_columns(doc)
        ix = TokenIndex(doc)
        old = _old_name_token(cols)
        assert [bool(x) for x in old] == ix.name_token
        assert all(type(x) is bool for x in ix.name_token)
        d = _Doc(doc, [], ix)
        assert d.may_core == [bool(nt or lw in _CORE_WORDS) for nt, lw in zip(old, cols.lower)]
        d2 = _Doc(doc, [], None)  # (no index given: the same name words, worked out by the chaining)
        assert d2.name_token == ix.name_token and d2.may_core == d.may_core


def test_word_flags_memo_is_bounded_and_gives_new_lists(docs, monkeypatch):
    memo: dict[str, bool] = {}
    calls: list[str] = []

    def test(alpha, text, lower):
        calls.append(text)
        return alpha and text[:1].isupper()

    cols = token_columns(docs[0])
    first = word_flags(cols, memo, test)
    assert first == [bool(a and x[:1].isupper()) for a, x in zip(cols.alpha, cols.text)]
    assert set(calls) == set(cols.text)  # each word tested (a repeated word may be tested twice, never more)
    calls.clear()
    second = word_flags(cols, memo, test)
    assert second == first and second is not first and calls == []  # read from the memo: no test run
    second[0] = not second[0]  # a caller's change stays in its own list
    assert word_flags(cols, memo, test) == first
    monkeypatch.setattr(token_index, "_MEMO_MAX", 3)
    big = {f"zz{k}": False for k in range(10)}
    got = word_flags(cols, big, test)
    assert got == first and not any(k.startswith("zz") for k in big)  # emptied past its bound, then filled


def test_name_token_lists_are_the_articles_own(docs):
    doc = docs[0]
    first = TokenIndex(doc).name_token
    before = list(first)
    first[0] = not first[0]
    assert TokenIndex(doc).name_token == before


@pytest.mark.parametrize("text,pos", [
    ("They met in Geneva on 4 May", 22), ("It ended as of March", 17), ("the 12 months", 4), ("", 0),
    ("Costs of $ 2019 rose", 10), ("In 2019 to 2020", 3), ("on Tuesday at noon", 3), ("cut 1,500 troops", 4),
])
def test_date_helpers_as_uncompiled(text, pos):
    m = re.search(r"(?:^|[^\w])(as of|[A-Za-z]+)\s+$", text[max(0, pos - 16):pos])
    w = m.group(1).lower() if m else None
    assert finder._preposition(text, pos) == (w if w in finder.PREPOSITIONS else None)
    m = re.search(r"([A-Za-z$#.']+)\s*$", text[max(0, pos - 30):pos])
    assert core._prev_word(text, pos) == (m.group(1).lower().strip(".'") if m else "")
    m = re.match(r"\s*([A-Za-z%/]+)", text[pos:pos + 30])
    assert core._next_word(text, pos) == (m.group(1).lower() if m else "")


@pytest.mark.parametrize("s,value", [("several", None), ("a few", None), ("3 1/2", 3.5), ("12", 12), ("2.5", 2.5),
                                     ("twenty one", 21), ("dozens of", None), ("a", 1), ("nine hundred", 900)])
def test_parse_number_unchanged(s, value):
    assert parse_number(s) == value


def test_sentence_bounds_abbreviations():
    text = "Talks resumed on Nov. 6 in the capital. The U.S. envoy left. In Feb. The talks ended."
    # "Nov. 6" and "U.S. envoy" go on; "Feb." before a sentence's first word ends one
    assert [text[a:b].strip() for a, b in sentence_bounds(text)] == [
        "Talks resumed on Nov. 6 in the capital.", "The U.S. envoy left.", "In Feb.", "The talks ended."]
