"""The faster paths of session 17 (issues 13 and 10, speed only) give exactly what the paths they replace give:
the positions of a word in the coder's frozen document, the correlative test and the ", according to" test of the
status read from them, the quotation-mark test of repair 51's candidates, and the worker's allocator settings. Each
slow path is written out here."""

from __future__ import annotations

import pytest

TEXTS = [
    "The more the militia shells the town, the more support the rebels get, a local official said on Monday.",
    "The more the army shells the villages, the more the rebels attack the convoys.",
    "The longer the talks drag on, the harder it will be to reach a deal, according to two diplomats.",
    "Police fired tear gas at protesters in the capital, according to state media, and arrested 40 of them.",
    "The army, according to a statement, shelled positions held by the rebels near the border.",
    "According to witnesses, the soldiers opened fire on the crowd; the less they knew, the fewer they trusted.",
    "Ministers met in Geneva. The talks ended without a deal, the spokesman said, and the more hawkish members left.",
    "Militants loyal to the former governor attacked a police station, killing three officers, officials said.",
    "The Ukrainian army on Thursday intensified its shelling of the port; the harder the push, the greater the losses.",
    "\u201cWe will not give up,\u201d the opposition leader said, after troops, according to residents, detained dozens.",
    "Lithuania summons Belarusian envoy over border incident",
    "An unidentified gunman on a motorcycle shot and killed a village chief near Maiduguri, the police said.",
    "Italy, which has faced criticism at home, executed three spies, the ministry said in a statement.",
]


@pytest.fixture(scope="module")
def docs(pipe):
    return [pipe.nlp(text) for text in TEXTS] + [pipe.nlp(" ".join(TEXTS))]


def _frozen(doc):
    from lapwing.extract.events import parse_memo

    parse_memo.freeze_parse(doc)
    return doc


# -- word positions --------------------------------------------------------------------------------------------
def test_positions_of_a_word_are_those_of_its_tokens_in_the_frozen_document_only(docs):
    from lapwing.extract.events import parse_memo
    from lapwing.extract.events.word_positions import positions_of

    try:
        for doc in docs:
            assert positions_of(doc, "the") is None  # (not frozen: the caller walks the tokens)
            _frozen(doc)
            for word in ("the", "according", "more", "said", "nowhere-to-be-seen"):
                assert positions_of(doc, word) == [t.i for t in doc if t.lower_ == word]
            assert positions_of(doc, "the") is positions_of(doc, "the")  # (once per document)
        assert positions_of(docs[0], "the") is None  # another document than the frozen one
    finally:
        parse_memo.thaw_parse()
    assert parse_memo._FROZEN == [None, {}]


# -- the correlative and "according to" tests of the status ----------------------------------------------------
_COMPARATIVE = frozenset({"JJR", "RBR"})


def _correlative_slow(anchor) -> bool:
    sent = anchor.sent
    pairs = [t.i for t in sent[:-1] if t.lower_ == "the" and (t.nbor().tag_ in _COMPARATIVE
                                                              or t.nbor().lower_ in ("more", "less", "fewer"))]
    if len(pairs) < 2:
        return False
    first = pairs[0] - sent.start
    if first == 0:
        return True
    before = anchor.doc[pairs[0] - 1]
    return before.lower_ in ("that", ",", "but", "and", ":") or (before.pos_ in ("VERB", "AUX") and first <= 6)


def _according_below_slow(anchor):
    doc = anchor.doc
    for t in anchor.subtree:
        if t.lower_ == "according" and t.i > anchor.i and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to" \
                and doc[t.i - 1].text == ",":
            src = t.head if t.dep_ == "case" else next((c for c in t.children if c.pos_ in ("NOUN", "PROPN", "PRON")), None)
            up = t.head
            while up.i != anchor.i and up.head.i != up.i and up.pos_ not in ("VERB", "AUX"):
                up = up.head
            return src if up.i == anchor.i else None
    return None


def _same_token(a, b) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and a.i == b.i and a.doc is b.doc)


def test_status_cues_read_from_word_positions_answer_as_the_token_walks_do(docs, pipe):
    from lapwing.extract.events import parse_memo
    from lapwing.extract.events.parse_repair import repaired
    from lapwing.extract.events.status import _according_below
    from lapwing.extract.events.status_wire import correlative

    hits = {"correlative": 0, "according": 0}
    try:
        # the documents as parsed, and the coder's repaired copies of them (the parse it freezes)
        for doc in docs + [repaired(d, reparse=pipe.nlp) for d in docs]:
            for frozen in (False, True):
                if frozen:
                    _frozen(doc)
                for t in doc:
                    assert correlative(t) == _correlative_slow(t), (t.text, doc.text[:60])
                    assert _same_token(_according_below(t), _according_below_slow(t)), (t.text, doc.text[:60])
                    hits["correlative"] += correlative(t)
                    hits["according"] += _according_below(t) is not None
                parse_memo.thaw_parse()
    finally:
        parse_memo.thaw_parse()
    assert hits["correlative"] > 4 and hits["according"] > 2  # (the texts hold both cues)


def test_events_are_the_same_with_and_without_word_positions(pipe, monkeypatch):
    from lapwing.extract.events import word_positions
    from lapwing.extract.events.coder import code_text

    def code():
        return [[e.model_dump() for e in code_text(text, nlp=pipe.nlp).events] for text in TEXTS]

    fast = code()
    for mod in ("lapwing.extract.events.status_clause", "lapwing.extract.events.status_wire"):
        monkeypatch.setattr(f"{mod}.positions_of", lambda doc, word: None)  # every document walked as before
    assert word_positions.positions_of is not None
    slow = code()
    assert fast == slow
    assert sum(len(x) for x in fast) >= 8
    assert any(e["status"] == "hypothetical" for x in fast for e in x)  # (a correlative among them)
    assert any(e["status"] == "attributed" for x in fast for e in x)  # (", according to state media")


# -- repair 51's candidates: the quotation-mark test -----------------------------------------------------------
def test_lifted_candidates_skip_the_sentences_with_quotation_marks_as_before(docs, pipe, monkeypatch):
    from lapwing.extract.docfacts import sentence_bounds, token_columns
    from lapwing.extract.events import repair_lifted

    texts = ["Troops near the settlement shot toward two Palestinians, the army said.",
             "\u201cTroops near the settlement shot toward two Palestinians,\u201d the army said.",
             'Italy, which has faced criticism at home, executed three "spies" on Monday.',
             "Italy, which has faced criticism at home, executed three spies on Monday."]
    for doc in docs + [pipe.nlp(t) for t in texts]:
        X = token_columns(doc).text
        quoted = {s for s, e in sentence_bounds(doc)
                  if any(X[k] in ('"', "\u201c", "\u201d") for k in range(s, e))}
        found = repair_lifted.lifted_candidates(doc)
        assert not any(s in quoted for s, *_rest in found)
        with monkeypatch.context() as m:  # the test as it was: a generator over the sentence's words
            m.setattr(repair_lifted, "_QUOTES", type("Q", (), {"isdisjoint": lambda self, xs: not any(
                x in ('"', "\u201c", "\u201d") for x in xs)})())
            assert repair_lifted.lifted_candidates(doc) == found


# -- the workers' allocator -----------------------------------------------------------------------------------
def test_worker_malloc_settings_take_on_glibc_and_change_nothing_elsewhere(monkeypatch):
    import platform
    import sys

    from lapwing.runners import memory

    monkeypatch.setattr(sys, "platform", "darwin")
    assert memory.tune_worker_malloc() is False  # not Linux: nothing changed
    monkeypatch.undo()
    if not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc":
        pytest.skip("not Linux with glibc")
    assert memory.tune_worker_malloc() is True
    assert memory.MMAP_THRESHOLD == 32 * 1024 * 1024  # (glibc's largest: a larger one is refused)


def test_worker_pool_workers_set_the_allocator_and_analyse_as_before(monkeypatch):
    import signal

    from lapwing.runners import pool

    called = []
    monkeypatch.setattr(pool, "tune_worker_malloc", lambda: called.append(1) or True)

    class _Failing:
        def __call__(self):
            raise RuntimeError("no pipeline here")

    before = signal.getsignal(signal.SIGINT)
    try:
        pool._worker_init(_Failing())
        assert called == [1]
        with pytest.raises(RuntimeError, match="no pipeline"):
            pool._worker_analyse([], 8)
    finally:
        pool._WORKER_ERROR = None
        pool._WORKER_PIPELINE = None
        pool._WORKER_BARRIER = None
        signal.signal(signal.SIGINT, before)  # (a worker ignores Ctrl-C: this process must not)
