"""The event coder's faster paths (issue 13, speed only) give exactly what the slow path gives: the word sets
remembered per lemma and form, the depths of every token, the question test, a token's lemma view and the
frame conditions' remembered helpers."""

from __future__ import annotations

import pytest

from lapwing.extract.registry import Context
from lapwing.schema import Article, ArticleRecord

TEXTS = [
    "Will the rebels attack the capital? Officials fear they might, and the army planned a counter-offensive. "
    "Troops killed 12 militants and seized 20 tonnes of food aid, police said.  \n\nWhy did they flee ?  \n\n",
    "The ministers discussed sanctions on Iran and Syria during talks in Geneva, the spokesman said. Would the "
    "talks resume? Protesters marched, shouted slogans and blocked roads until the police cleared them away.",
    "Aid workers delivered $4 million worth of medical equipment to the besieged town. Human rights groups "
    "called for an investigation into the killings, and the government promised that it would cooperate.",
]


@pytest.fixture(scope="module")
def coders(pipe):
    from lapwing.extract.events.coder import Coder

    out = []
    for text in TEXTS:
        art = Article(id="t", text=text, published="2024-05-02")
        ctx = Context(doc=pipe.nlp(text), article=art, record=ArticleRecord(article=art), config=pipe.config)
        out.append(Coder(ctx))
    return out


def test_word_sets_remembered_per_lemma_and_form_are_the_computed_ones(coders):
    from lapwing.extract.events.syntax import _singulars, _verb_bases, _words, lemma_of, verb_bases

    for coder in coders:
        for t in coder.doc:
            assert _words(t) == {lemma_of(t), t.lower_} | _singulars(t.lower_)
            assert verb_bases(t) == _verb_bases(t)
    planned = next(t for t in coders[0].doc if t.lower_ == "planned")
    assert {"plan", "planned"} <= verb_bases(planned)
    got = verb_bases(planned)
    got.add("not a base")  # a caller's change to its set does not reach the next caller
    assert "not a base" not in verb_bases(planned)
    words = _words(planned)
    words.clear()
    assert _words(planned)


def test_depths_are_each_tokens_steps_to_its_root(coders):
    for coder in coders:
        depths = coder._depths()
        assert len(depths) == len(coder.doc)
        for t in coder.doc:
            d, x = 0, t
            while x.head.i != x.i and d < 50:
                x, d = x.head, d + 1
            assert depths[t.i] == d
        assert min(depths) == 0 and max(depths) >= 3


def test_question_test_reads_the_sentence_like_its_text(coders):
    from lapwing.extract.events.status import _in_question

    seen = set()
    for coder in coders:
        for t in coder.doc:
            want = t.sent.text.rstrip().endswith("?")
            assert _in_question(t) == want, t.sent.text
            seen.add(want)
    assert seen == {True, False}  # the texts hold questions (one with spaces before "?" and after it) and others


def _lemma_in_slow(t, values) -> bool:
    """``FramesMixin._lemma_in`` as it was written before its answers were read from the lemma view."""
    from lapwing.extract.events.phrases import _modifiers, measure_content
    from lapwing.extract.events.syntax import _words, lemma_of
    from lapwing.extract.events.verb_classes import _COMPOUND_PEOPLE

    if t is None:
        return False
    if not values:
        return True
    ws = _words(t)
    if ws & values:
        return True
    for m in _modifiers(t):
        if f"{lemma_of(m)}_{lemma_of(t)}" in values:
            return True
        if m.dep_ == "compound" and m.pos_ == "NOUN" and _words(m) & values and not ws & _COMPOUND_PEOPLE:
            return True
    return any(_lemma_in_slow(x, values) for x in measure_content(t) if x.i != t.i)


def test_lemma_view_and_remembered_helpers_match_the_direct_answers(coders):
    from lapwing.extract.events.frames import _aux_forms, _below, _conj_children
    from lapwing.extract.events.syntax import _ccomp, _particles, _xcomp, lemma_of

    value_sets = [frozenset({"food"}), frozenset({"aid"}), frozenset({"equipment"}), frozenset({"human_right", "right"}),
                  frozenset({"investigation", "sanction"}), frozenset({"worker"}), frozenset({"rights_group"}),
                  frozenset()]
    hits = 0
    for coder in coders:
        for t in coder.doc:
            for values in value_sets + [frozenset({lemma_of(t)})]:
                got = coder._lemma_in(t, values)
                assert got == _lemma_in_slow(t, values), (t.text, values)
                hits += got
            assert coder._once(_conj_children, t) == [x for x in t.children if x.dep_ == "conj"]
            assert coder._once(_aux_forms, t) == [a.lower_ for a in t.children if a.dep_ == "aux"]
            assert coder._once(_below, t) == [x for x in t.subtree if x.i != t.i]
            for fn in (_ccomp, _xcomp, _particles):
                assert coder._once(fn, t) == fn(t)
    assert hits > len(coders[0].doc)
    # "20 tonnes of food": the measured content counts for the measure's head
    tonnes = next(t for t in coders[0].doc if t.lower_ == "tonnes")
    assert coders[0]._lemma_in(tonnes, frozenset({"food"}))
