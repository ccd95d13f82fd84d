"""The faster paths of session 31 round 58 (issue 13, speed only) give exactly what the paths they replace give.

- ``relative_nationality.has_who``: whether an article has the word "who" or "whom" is read from the shared
  lower-case column (the old test, ``any(t.lower_ in _WHO for t in doc)``, made a spaCy ``Token`` for every word of
  every article);
- ``cues.is_cue_verb`` keeps its answer for a token in the quote extraction's per-document memo (the quote rules
  ask about the same token many times) and reads the word's lower-case form once.

The slow paths are the code these had (written out); the sentences are made up for these tests."""

from __future__ import annotations

import pytest

from lapwing.extract.actors.relative_nationality import _WHO, has_who
from lapwing.extract.quotes import cues
from lapwing.extract.quotes.index import current_memo, indexed
from speed_helpers import tokens_made

TEXTS = [
    "Lena Ostrova, who is Moldovan, said on Tuesday that the talks would go on.",
    "WHO officials warned that the outbreak could spread to the coast, the agency said in a statement.",
    "The envoy, whom the council had named in May, told reporters the ceasefire was holding.",
    "Farmers blocked the main road to the capital for a third day, demanding higher prices for their grain.",
    '"We will not back down," the union leader said, adding that the strike would go on. "Never," she went on.',
    "As the minister put it, the plan is dead. The said agreement was signed. Officials made it clear that no deal "
    "was near, and the mayor shot back that the city had no money.",
    "The claims that were filed last year were dropped. The report argues that prices will rise, analysts warned.",
    "Quiet.",
    "",
]


@pytest.fixture(scope="module")
def docs(pipe):
    return [pipe.nlp(text) for text in TEXTS]


def _slow_has_who(doc) -> bool:
    """The code before round 58."""
    return any(t.lower_ in _WHO for t in doc)


def test_has_who_as_before(docs):
    answers = [has_who(doc) for doc in docs]
    assert answers == [_slow_has_who(doc) for doc in docs]
    assert answers[:4] == [True, True, True, False]  # ("WHO" in capitals counts, as it did)


def test_has_who_on_a_span_as_before(docs):
    for doc in docs:
        for sent in doc.sents:
            assert has_who(sent) == _slow_has_who(sent)


def test_has_who_makes_no_token_per_word(docs):
    doc = docs[3]
    has_who(doc)  # (the shared columns read once)
    assert tokens_made(lambda: has_who(doc)) == 0


def _all_answers(doc, lex=None) -> list[bool]:
    return [cues.is_cue_verb(t, lex) for t in doc]


def test_is_cue_verb_memo_gives_the_fresh_answers(docs):
    for doc in docs:
        fresh = [cues._is_cue_verb(t, cues.lexicon()) for t in doc]
        assert _all_answers(doc) == fresh  # outside an extraction: worked out afresh
        with indexed(doc):
            assert _all_answers(doc) == fresh  # first asked: worked out, kept
            assert _all_answers(doc) == fresh  # asked again: from the memo
            assert current_memo(doc, "is_cue_verb") == {t.i: a for t, a in zip(doc, fresh)}
    assert any(cues._is_cue_verb(t, cues.lexicon()) for doc in docs for t in doc)


def test_is_cue_verb_memo_is_the_current_documents_alone(docs):
    a, b = docs[0], docs[4]
    with indexed(a):
        cues.is_cue_verb(a[0])
        for t in b:  # another document during a's extraction: no memo of b's, a's memo untouched
            assert cues.is_cue_verb(t) == cues._is_cue_verb(t, cues.lexicon())
        assert set(current_memo(a, "is_cue_verb")) == {0}
    with indexed(b):
        assert not current_memo(b, "is_cue_verb")  # a new extraction starts with an empty memo


def test_is_cue_verb_with_another_lexicon_is_not_kept(docs):
    default = cues.lexicon()
    other = cues.SpeechLexicon(**{**default.__dict__, "verb_forms": {}})  # no speech verb ('went on' needs none)
    doc = docs[4]
    with_other = [cues._is_cue_verb(t, other) for t in doc]
    with_default = [cues._is_cue_verb(t, default) for t in doc]
    assert with_other != with_default
    with indexed(doc):
        assert _all_answers(doc, other) == with_other
        assert not current_memo(doc, "is_cue_verb")
        assert _all_answers(doc, default) == with_default
        assert _all_answers(doc, other) == with_other  # the default's kept answers are not handed out


def test_is_cue_verb_reads_put_make_back_and_go_on(docs):
    with indexed(docs[5]):
        words = {t.text: cues.is_cue_verb(t) for t in docs[5]}
    assert words["put"] and words["made"] and words["shot"]
    assert words["said"] is False  # 'the said agreement'
    with indexed(docs[4]):
        got = {t.text: cues.is_cue_verb(t) for t in docs[4]}
    assert got["said"] and got["went"]


PLACE_TEXTS = [
    "Syrian troops and Russian advisers moved toward Idlib, the Syrian Observatory for Human Rights said.",
    "American Airlines cancelled flights to Miami as British officials met the Kenyan ambassador in Nairobi.",
    "NAIROBI, Kenya - Kenyan police and South Sudanese soldiers clashed near the border on Monday.",
    "Nothing here names a place at all.",
]


def test_places_read_the_entities_once(pipe):
    """``find_places`` hands the detector's read of ``doc.ents`` to ``find_adjectivals``: the same places."""
    from lapwing.extract.places import find_adjectivals, find_places
    from lapwing.geo.detect import Detector
    from lapwing.geo.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    for text in PLACE_TEXTS:
        doc = pipe.nlp(text)
        det = Detector(gaz).detect(doc)
        assert [(e.start, e.end, e.label_) for e in det.ents] == [(e.start, e.end, e.label_) for e in doc.ents]
        taken = [False] * len(doc)
        for m in det.mentions:
            for k in range(max(m.tok_start, 0), max(m.tok_end, 0)):
                taken[k] = True
        given = find_adjectivals(doc, gaz, taken, det.tokens, det.ents)
        assert given == find_adjectivals(doc, gaz, taken)  # (reading doc.ents itself, as before)
        found, _dateline = find_places(doc, adjectival=True)
        assert [t for t in found if t[0].kind == "adjectival"] == sorted(given, key=lambda t: (t[0].start, t[0].end))
    assert any(p.kind == "adjectival" for p, _i, _j in find_places(pipe.nlp(PLACE_TEXTS[0]), adjectival=True)[0])
