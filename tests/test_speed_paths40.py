"""The event coder's shared word columns of session 26 round 40 (issue 13, speed only): ``token_index.lemma_words``
(every token's ``lemma_of``, read once per frozen document), the token index's word tests on it and on the lower-case
forms (``lemmas=``, the new ``forms=``), and the three scans that now read them: the trigger flags
(``Coder._maybe_triggers``), the off-topic cues (``OfftopicMixin._token_cues``) and the arrest nouns of
``modifier_arrest._arrests_in_a_time_phrase``. Each is checked against the code it replaced, written out here."""

from __future__ import annotations

import pytest

from lapwing.extract.events import modifier_arrest, parse_memo, token_index
from lapwing.extract.events.syntax_words import lemma_of
from lapwing.extract.registry import Context
from lapwing.schema import Article, ArticleRecord

TEXTS = [
    "Guards at the Tarnow prison beat two inmates on Friday, and one of them died in hospital, his lawyer said.",
    "The smuggler admitted the theft after his arrest at the harbour in Velsa, prosecutors told the court on Monday.",
    "Following the detention of three students, riot police in Oruba fired tear gas at the marchers.",
    "The striker scored twice as Lanfield beat Marston 3-1 in the cup final, and the fans cheered the goals.",
    "ARRESTS and detentions rose after the protests, the ministry of the interior of Kestria reported.",
    "Delegates will meet in Sorrento next week to discuss the ceasefire that Brava and Umbel signed.",
    "",
]


@pytest.fixture(scope="module")
def docs(pipe):
    return [pipe.nlp(t) for t in TEXTS]


def _ctx(pipe, doc, text):
    art = Article(id="t", text=text, published="2024-05-14")
    return Context(doc=doc, article=art, record=ArticleRecord(article=art), config=pipe.config, nlp=pipe.nlp)


def _slow_lemma(t) -> str:
    lemma = t.lemma_
    return lemma.lower() if lemma else t.lower_


def test_lemma_words_are_each_tokens_lemma_of_frozen_or_not(docs):
    for doc in docs:
        want = [_slow_lemma(t) for t in doc]
        assert token_index.lemma_words(doc) == want == [lemma_of(t) for t in doc]
        try:
            parse_memo.freeze_parse(doc)
            first = token_index.lemma_words(doc)
            assert first == want and token_index.lemma_words(doc) is first  # (once per frozen document)
        finally:
            parse_memo.thaw_parse()
    # a copy whose lemmas the repairs changed (one capitalised, one taken away) reads its own lemmas
    doc = docs[1].copy()
    doc[1].lemma_ = "Smuggle"
    doc[3].lemma_ = ""
    try:
        parse_memo.freeze_parse(doc)
        assert token_index.lemma_words(doc) == [_slow_lemma(t) for t in doc]
        assert token_index.lemma_words(doc)[1] == "smuggle" and token_index.lemma_words(doc)[3] == doc[3].lower_
    finally:
        parse_memo.thaw_parse()


def _slow_indices(doc, pos=None, lemmas=None, forms=None):
    return [t.i for t in doc if (pos is None or t.pos_ in pos) and (lemmas is None or lemma_of(t) in lemmas)
            and (forms is None or t.lower_ in forms)]


def test_token_indices_word_tests_are_the_token_walk(docs):
    word_lists = [
        frozenset({"arrest", "detention", "arrests"}),
        {"die": 1, "beat": 2, "fire": 3}.keys(),  # (a dictionary's keys, as context_death passes them)
        {"Arrests", "ARRESTS", "Oruba"},  # capitals are never a lower-case form nor a lemma_of
        ["the", "of", "goal"],
        frozenset(),
    ]
    for frozen in (False, True):
        for doc in docs:
            try:
                if frozen:
                    parse_memo.freeze_parse(doc)
                for words in word_lists:
                    for pos in (None, ("NOUN",), ("VERB", "ADJ")):
                        assert token_index.token_indices(doc, pos=pos, lemmas=words) == \
                            _slow_indices(doc, pos=pos, lemmas=words)
                        assert token_index.token_indices(doc, pos=pos, forms=words) == \
                            _slow_indices(doc, pos=pos, forms=words)
                        assert token_index.token_indices(doc, pos=pos, lemmas=words, forms=words) == \
                            _slow_indices(doc, pos=pos, lemmas=words, forms=words)
            finally:
                parse_memo.thaw_parse()
    assert token_index.token_indices(docs[4], forms={"arrests"}) == [0]  # "ARRESTS": its lower-case form


def test_trigger_flags_and_off_topic_cues_are_the_hash_answers_they_replaced(pipe, docs):
    """The code before round 40, written out: per token, its form's hash or (a lemma there) its lemma's hash lower-cased
    among the trigger words; its off-topic cue words among its form and lemma_of."""
    from spacy.attrs import LEMMA, LOWER

    from lapwing.extract.events.coder import Coder, _trigger_words

    for doc, text in zip(docs, TEXTS):
        coder = Coder(_ctx(pipe, doc, text))
        try:
            words = _trigger_words(coder.lex, coder.forms)
            strings = coder.doc.vocab.strings
            lems, lows = coder.doc.to_array([LEMMA, LOWER]).T.tolist() if len(coder.doc) else ([], [])
            old = [strings[low] in words or (lem != 0 and strings[lem].lower() in words) for lem, low in zip(lems, lows)]
            assert coder._maybe_triggers() == old
            allw = coder._offtopic_words()
            old_cues = []
            for lem, low in zip(lems, lows):
                lem_s = strings[lem].lower() if lem else ""
                low_s = strings[low]
                old_cues.append((frozenset(w for w in (low_s, lem_s or low_s) if w in allw) or None)
                                if low_s in allw or (lem_s or low_s) in allw else None)
            assert coder._token_cues() == old_cues
        finally:
            parse_memo.thaw_parse()
    sport = Coder(_ctx(pipe, docs[3], TEXTS[3]))
    parse_memo.thaw_parse()
    assert sum(c is not None for c in sport._token_cues()) >= 3  # ("striker", "scored", "cup", "fans", "goals")


def _time_phrase_arrests(pipe, doc, text):
    from lapwing.extract.events.coder import Coder

    coder = Coder(_ctx(pipe, doc, text))
    try:
        coded = [(sent, []) for sent in coder.doc.sents]
        modifier_arrest._arrests_in_a_time_phrase(coder, coded, modifier_arrest_people(coder))
        return [(ev.cameo, ev.trigger.text, ev.target.text if ev.target else None, ev.rule, ti)
                for _sent, evs in coded for ev, ti in evs]
    finally:
        parse_memo.thaw_parse()


def modifier_arrest_people(coder) -> frozenset[str]:
    sets = coder.lex.sets
    return sets.get("@lx_person", frozenset()) | sets.get("@lx_suspect", frozenset())


def test_arrest_nouns_in_a_time_phrase_are_those_of_every_noun(pipe, docs, monkeypatch):
    """The scan visits only the nouns whose form is an arrest noun: it codes what the scan over every noun coded (the
    code before round 40: ``forms`` left out), and makes no ``Token`` for another noun."""
    fast = [_time_phrase_arrests(pipe, doc, text) for doc, text in zip(docs, TEXTS)]
    assert any(fast), "an arrest noun in a time phrase is coded in the invented sentences"
    seen: list[int] = []
    real = token_index.in_span

    def counting(indices, span):
        for t in real(indices, span):
            seen.append(t.i)
            yield t

    monkeypatch.setattr(modifier_arrest, "in_span", counting)
    for doc, text in zip(docs, TEXTS):
        before = len(seen)
        _time_phrase_arrests(pipe, doc, text)
        assert all(doc[i].lower_ in ("arrest", "detention") for i in seen[before:])
    assert seen  # ("his arrest", "the detention")
    all_nouns = token_index.token_indices

    def every_noun(doc, **kw):
        kw.pop("forms", None)
        return all_nouns(doc, **kw)

    monkeypatch.setattr(modifier_arrest, "token_indices", every_noun)
    slow = [_time_phrase_arrests(pipe, doc, text) for doc, text in zip(docs, TEXTS)]
    assert slow == fast
