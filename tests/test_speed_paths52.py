"""The faster paths of session 29 round 52 (issue 13, speed only) give exactly what the paths they replace give:

- the quote extractor's ``_subject_of`` (who speaks for a cue) keeps its answer per token and depth in the current
  extraction's memo (``quotes/index.current_memo``): the rules ask again about the same cue, a quarter of the calls
  on news text; called on a document with no extraction running it works its answer out on each call, as before;
- ``reported._before_span_occasion`` and ``_opens_occasion`` read the shared token columns instead of making a
  ``Token`` per word of the reported clause;
- the event coder's ``frames.match`` reads ``free_naming`` of the token once, at its first verb frame, instead of
  once per verb frame (the answer is the token's own).

Each slow path is the code it replaced, written out here; the sentences are made up for these tests."""

from __future__ import annotations

from contextlib import nullcontext

import pytest
from spacy.tokens import Doc

from lapwing.extract.events import frames as frames_module
from lapwing.extract.quotes import subjects as subjects_module
from lapwing.extract.quotes.index import current_memo, indexed
from lapwing.extract.quotes.reported import _before_span_occasion, _opens_occasion
from lapwing.extract.quotes.subjects import _subject_of
from lapwing.schema import Article

TEXTS = [
    "Mayor Ines Carvalho, who opened the bridge and whose council has said it will pay for repairs, called on the "
    "province to help. She said the toll would stay, hours after drivers blocked the road.",
    "The union's leader told members on Friday that the strike would go on, a day before talks resumed in Porto.",
    "Farmers in Kisumu, the minister said, were owed months of payments. Odinga warned that prices had doubled, "
    "shortly after the board met.",
    "\"We will not sign,\" said Lukas Brenner, the delegation's chief. Brenner added that the text was unfair, "
    "weeks before the summit opened.",
    "Police said the rally was peaceful. The governor, speaking in Daegu, denied that troops had fired.",
    "Rebels condemned what they called an attack on their camp. The army denounced what it described as a raid "
    "on a village near Goma, and the ministry called on both sides to stop.",
]


@pytest.fixture(scope="module")
def docs(pipe):
    return [pipe.nlp(text) for text in TEXTS]


def _slow_subject_of(verb, depth: int = 0):
    """The code before round 52: worked out on every call."""
    subj = subjects_module._find_subject(verb, depth)
    return subjects_module.past_verbal_modifier(subj, verb) if subj is not None and depth == 0 else subj


def test_subject_of_is_the_same_with_and_without_the_memo(docs):
    found = 0
    for doc in docs:
        for current in (False, True):
            with indexed(doc) if current else nullcontext():
                for t in doc:
                    for depth in (0, 1):
                        want = _slow_subject_of(t, depth)
                        assert _subject_of(t, depth) == want, (doc.text, t.i, depth)
                        assert _subject_of(t, depth) == want  # (asked again: from the memo when current)
                        found += want is not None
    assert found  # some cues do have a speaker


def test_subject_of_works_an_answer_out_once_per_extraction(docs, monkeypatch):
    calls: list[tuple[int, int]] = []
    real = subjects_module._find_subject

    def counting(verb, depth=0):
        calls.append((verb.i, depth))
        return real(verb, depth)

    monkeypatch.setattr(subjects_module, "_find_subject", counting)
    doc = docs[0]
    cue = next(t for t in doc if t.lower_ == "said")
    with indexed(doc):
        first = _subject_of(cue)
        assert _subject_of(cue) == first and _subject_of(cue) == first
    assert calls.count((cue.i, 0)) == 1
    calls.clear()
    _subject_of(cue)  # no extraction running: worked out on each call, as before
    _subject_of(cue)
    assert calls.count((cue.i, 0)) == 2


def test_current_memo_is_the_running_extractions_own(docs):
    a, b = docs[0], docs[1]
    assert current_memo(a, "x") is None  # no extraction running
    with indexed(a):
        table = current_memo(a, "x")
        assert table == {} and current_memo(a, "x") is table
        assert current_memo(b, "x") is None  # another document
        assert current_memo(a, "y") is not table
    with indexed(a):
        assert current_memo(a, "x") == {}  # a new extraction starts empty


def _slow_opens_occasion(doc: Doc, k: int) -> bool:
    for j in range(k, min(k + 4, len(doc))):
        w = doc[j].lower_
        if w in {"after", "before", "since", "amid"}:
            return True
        if w not in _span_words():
            return False
    return False


def _span_words() -> set[str]:
    from lapwing.extract.quotes import reported

    return reported._SPAN_WORDS


def _slow_before_span_occasion(doc: Doc, lo: int, hi: int) -> int:
    """The code before round 52: a ``Token`` per word of the clause."""
    for k in range(lo + 2, hi - 2):
        if doc[k].text != "," or doc[k + 1].lower_ not in _span_words() or not _slow_opens_occasion(doc, k + 1):
            continue
        if any(x.tag_ in ("VBD", "VBZ", "VBP", "VBN") for x in doc[k + 2 : hi]):
            return k
    return hi


def test_before_span_occasion_is_the_token_walk(docs):
    cut = 0
    for doc in docs:
        for k in range(len(doc)):
            assert _opens_occasion(doc, k) == _slow_opens_occasion(doc, k)
        for lo in range(0, len(doc), 3):
            for hi in range(lo, len(doc) + 1, 2):
                want = _slow_before_span_occasion(doc, lo, hi)
                assert _before_span_occasion(doc, lo, hi) == want, (doc.text, lo, hi)
                cut += want != hi
    assert cut  # some clauses do end before a comma and a time span ('..., hours after ...')


def test_quotes_of_a_time_span_after_the_clause(pipe):
    """The records themselves: a reported clause ends before ', hours after ...' (the writer's when)."""
    text = ("The commander said the town had been retaken, hours after rebels withdrew from the hills. "
            "Aid workers reported that the wells were dry, a week before the rains came.")
    rec = pipe.analyse(Article(id="sp52-occasion", text=text, language="en"))
    contents = [q.text for q in rec.quotes]
    assert any(c.startswith("the town had been retaken") and "hours after" not in c for c in contents), contents


def test_free_naming_is_read_once_per_match(pipe, monkeypatch):
    """``match`` asks ``free_naming`` about its own token at most once, however many verb frames the token has and
    however many of them it tries (the code before round 52 asked at each verb frame tried)."""
    texts = TEXTS[-1:] + ["Protesters attacked the embassy and the guards fired on them. Troops killed two men.",
                          "The cabinet called for calm after gunmen attacked a bus in Mombasa.",
                          "Villagers said soldiers had beaten and detained three herders near Gao on Sunday."]
    real = frames_module.free_naming
    calls: list[int] = []

    def counting(v):
        calls.append(v.i)
        return real(v)

    monkeypatch.setattr(frames_module, "free_naming", counting)
    real_match = frames_module.FramesMixin.match
    asked: list[tuple[int, int]] = []  # (verb frames of the token, times free_naming was asked about it in match)

    def counting_match(self, t):
        before = len(calls)
        got = real_match(self, t)
        own = sum(1 for i in calls[before:] if i == t.i) - (t.head.i == t.i and calls[before:].count(t.i) > 1)
        asked.append((sum(1 for f in self.frames_for(t) if f[0] == "V"), own))
        return got

    monkeypatch.setattr(frames_module.FramesMixin, "match", counting_match)
    coded = 0
    for k, text in enumerate(texts):
        coded += len(pipe.analyse(Article(id=f"sp52-naming-{k}", text=text, language="en")).events)
    assert coded  # the articles do code events
    assert all(own <= 1 for _, own in asked), asked
    assert any(frames >= 2 and own == 1 for frames, own in asked)  # tokens with several verb frames were asked


class _CountingForms(dict):
    """The lexicon's object forms, counting the lookups made one word at a time."""

    gets = 0

    def get(self, key, default=None):
        type(self).gets += 1
        return super().get(key, default)


def test_relative_objects_take_the_judged_forms_once(pipe):
    """``find_relative_objects`` picks its cues from the lexicon's judging forms, a set made once per call, not by a
    lookup per word of the article (the code before round 52); the same cues give the same quotes."""
    import dataclasses

    from lapwing.extract.quotes import relative_object
    from lapwing.extract.quotes.cues import lexicon

    lex = lexicon()
    counting = dataclasses.replace(lex, object_forms=_CountingForms(lex.object_forms))
    doc = pipe.nlp("Officials praised the plan on Monday. The ministry blamed the delay on the rains, a claim that "
                   "the farmers' union rejected. Its version of events, one the governor disputed, was leaked.")
    _CountingForms.gets = 0
    with indexed(doc):
        got = relative_object.find_relative_objects(doc, counting, [])
    assert _CountingForms.gets < len(doc) // 4  # (none per word)
    with indexed(doc):
        want = relative_object.find_relative_objects(doc, lex, [])
    assert [(f.start, f.end, f.cue.i, f.speaker.i) for f in got] == [(f.start, f.end, f.cue.i, f.speaker.i) for f in want]
    judged = {w for w, lemma in lex.object_forms.items() if lemma in relative_object._JUDGEMENTS}
    assert {"rejected", "disputed"} <= judged
    for t in doc:  # the words picked are those the lookup per word picked
        assert (t.lower_ in judged) == (lex.object_forms.get(t.lower_) in relative_object._JUDGEMENTS)
