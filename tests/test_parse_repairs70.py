"""Parse repair 272 (session 35, round lf70): a measure noun ("embargo") after its modifier noun read as an adverb.
Sentences written for this test, several phrasings, with controls whose parse must stay as it is."""

from __future__ import annotations

import pytest

from lapwing.extract.events.parse_repair import repaired
from lapwing.extract.events.repair_adverb_noun import adverb_noun_candidates
from lapwing.extract.events.repair_index import RepairIndex
from tests.test_event_repairs5 import _coded


def _parse(pipe, text):
    doc = pipe.nlp(text)
    return doc, repaired(doc, reparse=pipe.nlp)


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


def _has(got, root, src=None, tgt=None):
    return any(c.startswith(root) and (src is None or (s and src in s)) and (tgt is None or (t and tgt in t))
               for c, s, t in got)


@pytest.mark.parametrize("text, mod, dep", [
    ("The arms embargo on Libya was lifted by the Security Council.", "arms", "nsubj:pass"),
    ("The oil embargo on Iran was tightened by the Europeans.", "oil", "nsubj:pass"),
    ("The weapons embargo on Syria was extended last week.", "weapons", "nsubj:pass"),
    ("The gas embargo against Europe was imposed by Russia.", "gas", "nsubj:pass"),
])
def test_embargo_after_its_modifier_is_the_head(pipe, text, mod, dep):
    _doc, out = _parse(pipe, text)
    t, m = _tok(out, "embargo"), _tok(out, mod)
    assert t.pos_ == "NOUN" and t.dep_ == dep and m.head.i == t.i and m.dep_ == "compound", [
        (x.text, x.dep_, x.head.i) for x in out]


@pytest.mark.parametrize("text, root, src, tgt", [
    ("The arms embargo on Libya was lifted by the Security Council.", "08", "Security Council", "Libya"),
    ("The gas embargo against Europe was imposed by Russia.", "16", "Russia", "Europe"),
    ("The oil embargo on Iran was tightened by the Europeans.", "16", None, "Iran"),
    ("Israel lifted the fuel embargo on Gaza.", "08", "Israel", "Gaza"),
])
def test_embargo_read_as_adverb_is_coded(pipe, text, root, src, tgt):
    assert _has(_coded(pipe, text), root, src, tgt), _coded(pipe, text)


@pytest.mark.parametrize("text", [
    "Washington imposed an embargo on Cuba.",  # no modifier: already a noun
    "The Western embargo on Iraq was lifted.",  # an adjective before it
    "The embargo was lifted.",
    "The ministers met again yesterday.",  # an adverb after a noun that is no measure word
])
def test_adverb_noun_controls_keep_their_parse(pipe, text):
    doc, out = _parse(pipe, text)
    assert [(t.dep_, t.head.i, t.tag_) for t in doc] == [(t.dep_, t.head.i, t.tag_) for t in out]


@pytest.mark.parametrize("text", [
    "The arms embargo on Libya was lifted by the Security Council.",
    "Israel lifted the fuel embargo on Gaza.",
    "Washington imposed an embargo on Cuba.",
])
def test_adverb_noun_candidates_are_the_same_with_the_index(pipe, text):
    doc = pipe.nlp(text)
    assert adverb_noun_candidates(doc) == adverb_noun_candidates(doc, RepairIndex(doc))
