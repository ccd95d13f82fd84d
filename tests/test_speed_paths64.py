"""The firm check's per-article index of session 33 round cd64 (issues 10 and 13, speed only).

``firm_names.firm_source`` asked, for every proper-noun doer, whether the article names the same word elsewhere as
a person with a firm officer's phrase, and walked the whole article to find out (once per doer). It now reads
``_person_names(doc)``: the positions of the PERSON proper nouns outside the firms' own names, by their text, made
once per article while the coder's parse is frozen (``parse_memo.freeze_parse``) and made again for any other
document. ``firm_cores`` finds the firm suffixes on the word column instead of a ``Token`` per word.

These tests check both against the code they replace (kept here: a walk over every token), on articles made up for
these tests, for every token, with the parse frozen and not; and that the index is not kept past its document.
"""

from __future__ import annotations

import pytest

from lapwing.extract.events import firm_names
from lapwing.extract.events.firm_names import FIRM_SUFFIXES, _core_before, _person_names, firm_cores, firm_source
from lapwing.extract.events.market import firm_speaker
from lapwing.extract.events.parse_memo import freeze_parse, thaw_parse

#: made-up articles: firms named in full and then by their bare name or an officer's title, people named as officers
#: and again by surname, and some with no firm at all
ARTICLES = [
    "Corvane Ltd said it would buy a smaller sensor maker. Corvane president Dana Voss said the price was fair. "
    "Voss also said the board had agreed.",
    "Tamsin Okafor, chief executive of Brellwick Holdings Plc, said profits rose. Later Okafor said the firm "
    "would hire more staff. Brellwick said nothing more.",
    "Hiro Tanaka, the president of Mitsui Corp, said profits rose. Tanaka also noted that costs fell.",
    "Lena Sorensen, the chairwoman of Fjordline Shipping Ltd, said freight rates fell. Sorensen said demand would "
    "recover.",
    "The minister Paul Brandt met Okafor on Monday. Brandt said the talks went well.",
    "QRX International Inc said it will open a second plant. QRX said the plant would employ 400 people.",
    "Harmon Steel Co and Petrel Shipping Corp signed a contract. Harmon Steel chairman Ines Laval said it was a "
    "good day. Laval thanked Petrel.",
    "Rebels attacked a convoy near the border. The army said three soldiers died.",
    "Japan Airlines Co said fares would rise. Japan protested against the new tariffs.",
    "",
]


@pytest.fixture(scope="module")
def docs(pipe):
    return [pipe.nlp(text) for text in ARTICLES]


def _slow_cores(doc) -> list[tuple]:
    """``firm_cores`` as it was: a walk over every token."""
    got = []
    for t in doc:
        if t.lower_ in FIRM_SUFFIXES and t.i > 0 and (t.is_title or t.is_upper) \
                and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in FIRM_SUFFIXES):
            core = _core_before(doc, t.i)
            if core:
                got.append(core)
    return got


def _slow_person_named(tok) -> bool:
    """The second half of ``firm_source`` as it was: a walk over every token of the article."""
    in_names = {c.i for core in _slow_cores(tok.doc) for c in core}
    return any(other.i != tok.i and other.text == tok.text and other.pos_ == "PROPN" and other.ent_type_ == "PERSON"
               and other.i not in in_names and firm_speaker(other) for other in tok.doc)


def _slow_names(doc) -> dict[str, list[int]]:
    in_names = {c.i for core in _slow_cores(doc) for c in core}
    got: dict[str, list[int]] = {}
    for t in doc:
        if t.pos_ == "PROPN" and t.ent_type_ == "PERSON" and t.i not in in_names:
            got.setdefault(t.text, []).append(t.i)
    return got


def _ids(cores) -> list[tuple[int, ...]]:
    return [tuple(c.i for c in core) for core in cores]


def test_firm_cores_as_the_walk(pipe, docs):
    for text in ARTICLES:  # (a fresh document each: firm_cores keeps its answer in the document)
        doc = pipe.nlp(text)
        assert _ids(firm_cores(doc)) == _ids(_slow_cores(doc)), text
    assert any(_slow_cores(d) for d in docs)  # (the articles do name firms)


@pytest.mark.parametrize("frozen", [False, True])
def test_person_names_as_the_walk(docs, frozen):
    for doc in docs:
        if frozen:
            freeze_parse(doc)
        try:
            assert _person_names(doc) == _slow_names(doc)
        finally:
            thaw_parse()
    assert any(_slow_names(d) for d in docs)


@pytest.mark.parametrize("frozen", [False, True])
def test_firm_source_as_the_walk(docs, frozen):
    """Every token of every article: the same answer as the walk over the article (the first half of
    ``firm_source``, the firms' own names, is unchanged and asked of both)."""
    seen_person_path = False
    for doc in docs:
        if frozen:
            freeze_parse(doc)
        try:
            for tok in doc:
                fast = firm_source(tok)
                person = tok.pos_ == "PROPN" and _slow_person_named(tok)
                seen_person_path |= person
                if person:
                    assert fast, (doc.text, tok.i)
                elif fast:  # then the firm's own name gave it: the same without the person look-up
                    assert _first_half(tok), (doc.text, tok.i)
        finally:
            thaw_parse()
    assert seen_person_path  # (a surname named before with a firm officer's phrase: the path the index serves)


def _first_half(tok) -> bool:
    """``firm_source`` with no person named elsewhere: the firm names' half alone."""
    saved = firm_names._person_names
    firm_names._person_names = lambda doc: {}
    try:
        return firm_source(tok)
    finally:
        firm_names._person_names = saved


def test_index_kept_only_for_the_frozen_document(pipe):
    """Made once per frozen document and handed out again; another document (or a thawed one) gets its own."""
    a = pipe.nlp("Nadia Ferro, president of Calder Mining Ltd, said output fell. Ferro said costs rose.")
    b = pipe.nlp("The envoy Marco Ferro arrived in the capital. Ferro met the foreign minister.")
    freeze_parse(a)
    try:
        first = _person_names(a)
        assert _person_names(a) is first
        assert _person_names(b) == _slow_names(b)  # (not a's index)
        freeze_parse(b)
        assert _person_names(b) == _slow_names(b)
        assert _person_names(b) is not first
    finally:
        thaw_parse()
    assert _person_names(a) == _slow_names(a)
