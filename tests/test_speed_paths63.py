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


def _slow_longest_match(det, doc, i, run_end, taken):
    """``_LongestMatch._longest_match`` before round 63 (its memo of ``_longest_from`` left out)."""
    from lapwing.geo.detect_rules import MAX_TOKENS, NAME_JOINERS
    from lapwing.geo.gazetteer import norm

    n = len(doc)
    words, low, cap, text = det._words, det._low, det._cap, det._text
    starts, ends = det._tstart, det._tend
    first = norm(words[i])
    if first in det._extra_first:
        alpha, num, sent = det._alpha, det._num, det._sent
        for j in range(min(n, i + MAX_TOKENS), i, -1):
            if any(taken[k] for k in range(i, j)) or not (alpha[j - 1] or num[j - 1]):
                continue
            if any(sent[k] == 1 for k in range(i + 1, j)):
                continue
            key = norm(text[starts[i]:ends[j - 1]])
            if key in det.gaz._extra:
                return j, key, j > run_end
    horizon = i
    most = min(n, i + MAX_TOKENS)
    while horizon < most and (cap[horizon] or low[horizon] in NAME_JOINERS or horizon < run_end):
        horizon += 1
    first_taken = next((k for k in range(i, horizon) if taken[k]), horizon)
    return det._longest_from(doc, i, run_end, min(horizon, first_taken))


PLACE_TEXTS = [
    "Fighting spread from the Gulf of Aden to the Horn of Africa, and the port of Bosaso in Puntland closed.",
    "The New York Stock Exchange and Buenos Aires Province Governor Axel Kicillof met in Mar del Plata.",
    "Ras al-Ain and Deir ez-Zor were shelled; residents of Tel Abyad fled toward Sanliurfa, officials said.",
    "Rio de Janeiro State Police said the Santa Marta favela in Rio de Janeiro was quiet on Sunday.",
]


@pytest.mark.parametrize("text", PLACE_TEXTS)
def test_longest_match_as_before_for_every_start_and_taken(pipe, text):
    """The longest match from every capitalised token of every run, with nothing taken, then with tokens taken
    inside and after the run, asked twice (the second answer from the memo): as the code it had."""
    from lapwing.geo.detect import Detector
    from lapwing.geo.gazetteer import get_gazetteer

    doc = pipe.nlp(text)
    det = Detector(get_gazetteer())
    det.detect(doc)  # (sets the detector's columns for ``doc``)
    runs = list(det._runs(doc))
    assert runs
    n = len(doc)
    takens = [[False] * n]
    for rs, re_ in runs:
        for k in (rs + 1, re_ - 1, min(n - 1, re_)):
            t = [False] * n
            t[k] = True
            takens.append(t)
    for taken in takens:
        det._lm_memo = (None, {})
        for _ in range(2):
            for rs, re_ in runs:
                for i in range(rs, re_):
                    assert det._longest_match(doc, i, re_, taken) == _slow_longest_match(det, doc, i, re_, taken)


def _slow_runs(det, doc):
    """``_DocTokens._runs`` before round 63: a test at every word."""
    from lapwing.geo.detect_rules import CONNECTORS, _breaks_run

    det._columns(doc)
    words, low, ws, alpha, stop, cap = det._words, det._low, det._ws, det._alpha, det._stop, det._cap
    n = len(words)
    i = 0
    while i < n:
        if not (cap[i] or det._article_start(doc, i)) or _breaks_run(low[i], stop[i]):
            i += 1
            continue
        j = i + 1
        while j < n:
            w = words[j]
            if cap[j] and not words[j - 1] in (".", "!", "?") and not _breaks_run(low[j], stop[j]):
                j += 1
                continue
            if w in ("-", "‐") and not ws[j - 1] and not ws[j] and j + 1 < n and alpha[j + 1]:
                j += 2
                continue
            if low[j] in CONNECTORS and w != "-" and j + 1 < n and cap[j + 1]:
                j += 2
                continue
            if det._article_start(doc, j):
                j += 3
                continue
            break
        yield i, j
        i = j


def _slow_title_surnames(det) -> set[str]:
    """The title pass of ``_person_surnames`` before round 63: every word tested."""
    from lapwing.geo.gazetteer import norm

    words, cap, n = det._words, det._cap, len(det._words)
    out = set()
    for i in range(n - 1):
        if cap[i + 1] and det._is_title_word(words[i]):
            j = i + 1
            while j < n and cap[j] and j - i <= 3:
                j += 1
            out.add(norm(words[j - 1]))
    return out


RUN_TEXTS = PLACE_TEXTS + [
    "al-Tijara market and el-Arish were hit; Al Jazeera said Ad Dawr and as-Safira lay quiet. The End.",
    "it was quiet. al- Qaida? el -Arish. ar-Raqqa. President Maduro and Gov. Rick Perry met Mr. John Smith Jones.",
    "no capitals here at all, only words",
    "A",
]


@pytest.mark.parametrize("text", RUN_TEXTS)
def test_runs_and_title_surnames_as_before(pipe, text):
    """The capitalised runs from the capitalised words and the Arabic articles alone, and the surnames after a title
    from the words before a capitalised word alone: as the code that tested every word."""
    from lapwing.geo.detect import Detector
    from lapwing.geo.gazetteer import get_gazetteer

    doc = pipe.nlp(text)
    det = Detector(get_gazetteer())
    assert list(det._runs(doc)) == list(_slow_runs(det, doc))
    got = det._person_surnames(doc, [], [])  # (no person names, no runs: the title pass alone)
    assert got == _slow_title_surnames(det)


RELATIVE_TEXTS = [
    "The plan, which officials say will cost millions, was dropped. The bridge that engineers claimed was safe fell.",
    "A law the minister insists is fair took effect; the report, which he said was false, was withdrawn.",
]


@pytest.mark.parametrize("text", RELATIVE_TEXTS + TEXTS)
def test_relative_cue_candidates_as_the_label_scan(pipe, text):
    """``find_relative_cues`` starts from the relative-cue words of the word index kept when relative clauses, in
    order: the positions the scan over every label then the word test gave; and its quotes are found."""
    from lapwing.extract.quotes.relative_cue import _RELATIVE_CUES, _RELCL_DEPS, find_relative_cues

    doc = pipe.nlp(text)
    cols = docfacts.token_columns(doc)
    slow = [i for i, d in enumerate(cols.dep) if d in _RELCL_DEPS and cols.lower[i] in _RELATIVE_CUES]
    assert [i for i in positions_of(doc, _RELATIVE_CUES) if cols.dep[i] in _RELCL_DEPS] == slow
    with qindex.indexed(doc):
        find_relative_cues(doc, lexicon(), [], set())  # (runs on the index's candidates)
