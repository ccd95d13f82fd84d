"""Per-document facts shared by the extractors (extract/docfacts.py) and the shortcuts built on them:
each must give exactly what spaCy (or the slow path it replaces) gives."""

from __future__ import annotations

import gc

import pytest
import spacy

from lapwing.extract import counts as C
from lapwing.extract.docfacts import (
    _FACTS,
    doc_heads,
    doc_text,
    forget,
    sentence_bounds,
    sentence_of,
    token_columns,
    token_flags,
)

TEXT = ("Police in Lagos arrested 42 protesters on Saturday, a spokesman said. Twenty-five others were "
        "hurt when tens of thousands marched on the governor's office.\n\nA few hundred people stayed "
        "overnight; about 1,500 troops were sent in. The 19-year-old leader was freed two days later.")


@pytest.fixture(scope="module")
def doc(pipe):
    return pipe.nlp(TEXT)


def test_facts_equal_what_spacy_gives(doc):
    assert doc_text(doc) == doc.text == TEXT
    cols = token_columns(doc)
    for name, attr in (("text", "text"), ("lower", "lower_"), ("idx", "idx"), ("space", "is_space"),
                       ("punct", "is_punct"), ("alpha", "is_alpha"), ("pos", "pos_"), ("tag", "tag_"),
                       ("dep", "dep_")):
        assert getattr(cols, name) == [getattr(t, attr) for t in doc], name
    assert cols.ws == [bool(t.whitespace_) for t in doc]
    assert doc_heads(doc) == [t.head.i for t in doc]
    assert sentence_bounds(doc) == [(s.start, s.end) for s in doc.sents]
    assert len(sentence_bounds(doc)) >= 4


def test_sentence_of_each_token_is_its_sentence(doc):
    assert [sentence_of(doc, t.i) for t in doc] == [(t.sent.start, t.sent.end) for t in doc]
    unparsed = spacy.blank("en")("No sentence boundaries here.")
    with pytest.raises(ValueError):
        unparsed[0].sent
    with pytest.raises(ValueError):
        sentence_of(unparsed, 0)


def _flags_of_tokens(d):
    return ([t.is_stop for t in d], [t.like_num for t in d], [t.is_title for t in d],
            [{True: 1, False: -1, None: 0}[t.is_sent_start] for t in d])


def test_flags_equal_what_spacy_gives(doc):
    f = token_flags(doc)
    assert (f.stop, f.like_num, f.title, f.sent_start) == _flags_of_tokens(doc)
    assert any(f.stop) and any(f.like_num) and any(f.title) and f.sent_start.count(1) >= 4


def test_flags_without_sentence_boundaries_and_of_an_empty_doc():
    d = spacy.blank("en")("The Twenty-five TROOPS left Kyiv on 12 May and the rest stayed.")
    f = token_flags(d)
    assert (f.stop, f.like_num, f.title, f.sent_start) == _flags_of_tokens(d)
    assert set(f.sent_start) <= {0, 1}  # an unparsed doc: no token marked as not starting a sentence
    assert token_flags(spacy.blank("en")("")).stop == []


def test_columns_of_an_unparsed_doc_with_odd_spacing():
    """Runs of spaces, tabs, line breaks, non-Latin letters and symbols: the columns (read from the
    document's attribute array) and the text are what the tokens say."""
    text = "  Kyiv\t\u2014 Zelenskyy\u2019s  \u00e9lite   troops\n\n\u0645\u0631\u062d\u0628\u0627 \U0001F600 50% !?  "
    d = spacy.blank("en")(text)
    cols = token_columns(d)
    for name, attr in (("text", "text"), ("lower", "lower_"), ("idx", "idx"), ("space", "is_space"),
                       ("punct", "is_punct"), ("alpha", "is_alpha"), ("pos", "pos_"), ("tag", "tag_"),
                       ("dep", "dep_")):
        assert getattr(cols, name) == [getattr(t, attr) for t in d], name
    assert cols.ws == [bool(t.whitespace_) for t in d]
    assert doc_text(d) == d.text == text
    empty = spacy.blank("en")("")
    assert token_columns(empty).text == [] and doc_text(empty) == ""


def test_the_string_table_across_documents_stays_bounded(monkeypatch):
    """Strings read for one document serve the next; past its bound the table starts again."""
    from lapwing.extract import docfacts

    monkeypatch.setattr(docfacts, "_STRINGS", {})
    monkeypatch.setattr(docfacts, "_STRINGS_MAX", 10)
    nlp = spacy.blank("en")
    texts = ("one two three four five six", "seven eight nine ten eleven twelve", "one two thirteen")
    for k, text in enumerate(texts):
        d = nlp(text)
        assert token_columns(d).text == text.split() and token_columns(d).lower == text.split()
        if k == 1:  # under the bound before this document: both documents' strings kept
            assert {"six", "seven"} <= set(docfacts._STRINGS.values())
    # past the bound: started again with the last document's strings only ("" is the empty tag)
    assert set(docfacts._STRINGS.values()) == {"one", "two", "thirteen", ""}


def test_facts_are_computed_once_per_doc(doc):
    assert token_columns(doc) is token_columns(doc)
    assert doc_text(doc) is doc_text(doc)
    assert doc_heads(doc) is doc_heads(doc)


def test_unparsed_doc_heads_are_the_tokens_themselves():
    d = spacy.blank("en")("no parse here at all")
    assert doc_heads(d) == [0, 1, 2, 3, 4]
    with pytest.raises(ValueError):
        sentence_bounds(d)  # like doc.sents: no sentence boundaries to give


def test_a_retokenised_doc_is_read_again():
    d = spacy.blank("en")("New York City is big")
    assert len(token_columns(d).text) == 5
    with d.retokenize() as r:
        r.merge(d[0:3])
    assert token_columns(d).text == ["New York City", "is", "big"]
    assert doc_text(d) == "New York City is big"


def test_forget_drops_the_facts_of_the_document_asked_about_last():
    d = spacy.blank("en")("Troops left the city on Monday")
    first = token_columns(d)
    assert token_columns(d) is first  # read once
    d[0].tag_ = "NNS"  # changed in place, as the parse repairs do on their copy
    forget(d)
    again = token_columns(d)
    assert again is not first and again.tag[0] == "NNS"


def test_the_cache_does_not_keep_docs_alive():
    nlp = spacy.blank("en")
    before = len(_FACTS)
    for k in range(5):
        d = nlp(f"document number {k}")
        doc_text(d), token_columns(d), doc_heads(d)
    del d
    gc.collect()
    assert len(_FACTS) <= before


def test_counts_prefilter_never_skips_a_quantity(doc):
    """``_may_start_quantity`` only lets find_quantities skip tokens where ``_quantity_at`` finds nothing."""
    found = 0
    for s in doc.sents:
        for i in range(s.start, s.end):
            if C._quantity_at(doc, i, s.end) is not None:
                found += 1
                assert C._may_start_quantity(doc[i].lower_, doc[i].text), doc[i].text
    assert found >= 7  # 42, Twenty-five, tens of thousands, A few hundred, 1,500, 19, two
    values = [q.value for s in doc.sents for q in C.find_quantities(doc, s)]
    assert 42 in values and 25 in values and 1500 in values and 20_000 in values
