"""The faster paths of session 33 round 63 (issue 13, speed only) give exactly what the paths they replace give.

- ``docfacts.sentence_columns``: each token's sentence start and end, built once per article and shared by the quote
  extraction's ``DocIndex.sent_range``, ``docfacts.sentence_of`` and the actors' ``TokenIndex`` (each bisected or
  built its own);
- ``docfacts.word_positions`` / ``positions_of``: each lower-case word's positions, built once per article; the
  quote steps and the place detector's steps that each walked the whole article for the few words they start from
  (cue verbs, object cues, speech and source nouns, 'according', 'in X's view', saints' names, place heads) read it.

The slow paths are the code these had (written out); the articles are made up for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from lapwing.extract import docfacts
from lapwing.extract.docfacts import positions_of, sentence_columns, sentence_of, word_positions
from lapwing.extract.quotes import index as qindex
from lapwing.extract.quotes.cues import _positions, cue_word_positions, cue_words, lexicon
from speed_helpers import tokens_made

TEXTS = [
    "The mayor said on Monday that the bridge would reopen. According to the council, repairs cost $2 million.\n\n"
    "\"We are glad,\" said a resident of St. Paul, who declined to give her name. In the mayor's view, the work "
    "was worth it.",
    "Officials in the town of Marsa denied the report. A poll showed the governor ahead; the survey was cited by "
    "Reuters. The minister told reporters the talks had failed, according to state media.",
    "San Jose and Santa Fe said nothing. said SAID Said. In the opinion of the judges, the ruling stands.",
    "Quiet day.",
    "",
]


@pytest.fixture(scope="module")
def docs(pipe):
    return [pipe.nlp(t) for t in TEXTS]


def _slow_sentence_of(doc: Doc, i: int) -> tuple[int, int]:
    s = doc[i].sent
    return s.start, s.end


def test_sentence_columns_are_token_sent(docs):
    for doc in docs:
        docfacts.forget(doc)
        start, end = sentence_columns(doc)
        assert len(start) == len(end) == len(doc)
        for t in doc:
            assert (start[t.i], end[t.i]) == (t.sent.start, t.sent.end)
        assert sentence_columns(doc) is sentence_columns(doc)  # built once


def test_sentence_of_from_the_columns_as_before(docs):
    for doc in docs:
        docfacts.forget(doc)
        for i in range(len(doc)):
            assert sentence_of(doc, i) == _slow_sentence_of(doc, i)
        if len(doc):  # out of range: the bisection's answer, as before (the last sentence)
            last = list(doc.sents)[-1]
            assert sentence_of(doc, len(doc)) == (last.start, last.end)
            assert sentence_of(doc, -1) == (last.start, last.end)
        assert tokens_made(lambda: [sentence_of(doc, i) for i in range(len(doc))]) == 0


def test_sentence_of_without_boundaries_raises_as_token_sent(pipe):
    doc = Doc(pipe.nlp.vocab, words=["no", "parse", "here"])
    with pytest.raises(ValueError):
        sentence_of(doc, 0)
    with pytest.raises(ValueError):
        sentence_columns(doc)


def test_doc_index_sent_range_as_token_sent(docs):
    for doc in docs:
        docfacts.forget(doc)
        ix = qindex.DocIndex(doc)
        for t in doc:
            assert ix.sent_range(t.i) == _slow_sentence_of(doc, t.i)
        with qindex.indexed(doc) as cur:  # the current extraction's index: the same answers
            assert [cur.sent_range(i) for i in range(len(doc))] == [ix.sent_range(i) for i in range(len(doc))]
        assert tokens_made(lambda: [ix.sent_range(i) for i in range(len(doc))]) == 0


def test_token_index_shares_the_columns(docs):
    from lapwing.extract.actors.token_index import TokenIndex

    for doc in docs[:3]:
        ix = TokenIndex(doc)
        assert (ix.sent_start, ix.sent_end) == sentence_columns(doc)
        assert [ix.sent_start[t.i] for t in doc] == [t.sent.start for t in doc]


def test_word_positions_are_the_lower_column(docs):
    for doc in docs:
        docfacts.forget(doc)
        found = word_positions(doc)
        assert sorted(k for at in found.values() for k in at) == list(range(len(doc)))
        for w, at in found.items():
            assert at == [t.i for t in doc if t.lower_ == w]
        assert word_positions(doc) is found  # built once


@pytest.mark.parametrize("words", [
    frozenset({"said", "told", "denied"}), {"view", "opinion"}, ("according",), {"st.", "san", "santa", "saint"},
    frozenset(), {"nowhere-word"}, {"the"}, {"district", "town", "of"},
])
def test_positions_of_as_the_scan(docs, words):
    for doc in docs:
        lower = [t.lower_ for t in doc]
        assert positions_of(doc, words) == [k for k, w in enumerate(lower) if w in words]


def test_positions_of_several_sets_and_dictionary_keys(docs):
    lex = lexicon()
    objs, tos = lex.object_forms, lex.to_forms
    big = cue_words(lex)  # larger than an article's words: the other side is walked
    for doc in docs:
        lower = [t.lower_ for t in doc]
        assert positions_of(doc, objs.keys(), tos.keys(), {"showed"}) == [
            k for k, w in enumerate(lower) if w in objs or w in tos or w in {"showed"}]
        assert positions_of(doc, big) == [k for k, w in enumerate(lower) if w in big]
        got = positions_of(doc, {"the"})
        got.append(-1)  # a new list each call: the index is not changed
        assert -1 not in word_positions(doc).get("the", [])


def test_cue_positions_as_before(docs):
    lex = lexicon()
    for doc in docs:
        lower = [t.lower_ for t in doc]
        assert cue_word_positions(doc, lex) == [i for i, w in enumerate(lower) if w in cue_words(lex)]
        n = len(doc)
        for start, end in [(0, n), (3, n - 2), (-5, n), (0, -3), (n, n + 4), (5, 2)]:
            for word in ("according", "said", "view", "zzz"):
                slow = [i for i in range(n)[start:end] if lower[i] == word]
                assert _positions(doc, start, end, word) == slow


def test_quote_and_place_steps_read_the_index_once(pipe):
    """A whole extraction of an article builds the word index once: the places' and the quotes' steps look it up."""
    from lapwing.extract.places import find_places
    from lapwing.extract.quotes import extract_quotes
    from lapwing.extract.registry import Context
    from lapwing.schema import Article, ArticleRecord

    text = TEXTS[0] + "\n\n" + TEXTS[1]
    doc = pipe.nlp(text)
    found = word_positions(doc)
    places, _ = find_places(doc, adjectival=True)
    art = Article(id="t", text=text, language="en")
    quotes = extract_quotes(Context(doc=doc, article=art, record=ArticleRecord(article=art), config=pipe.config))
    assert docfacts._facts(doc).positions is found  # (not built again)
    assert places and quotes
