"""The training recipe's label harmonisation (training/convert.py): runs without ../shared."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

TRAINING = Path(__file__).resolve().parents[1] / "training"


@pytest.fixture(scope="module")
def convert():
    sys.path.insert(0, str(TRAINING))
    try:
        import convert as mod
    finally:
        sys.path.remove(str(TRAINING))
    return mod


def test_uner_other_and_nationalities_become_o(convert):
    words = "The Americans bought a Canon camera in Ohio".split()
    spans = [(1, 2, "OTH"), (4, 5, "OTH"), (7, 8, "LOC")]
    kept, missing = convert.harmonise(words, spans, convert.UNER_MAP)
    assert kept == [(7, 8, "LOC")] and missing == []
    tags = convert.iob_from_spans(len(words), kept, missing)
    assert tags == ["O"] * 7 + ["B-LOC"]


def test_spans_are_trimmed_and_relabelled(convert):
    words = "She studied at the University of Texas and visited France".split()
    kept, _ = convert.harmonise(words, [(3, 7, "LOC"), (9, 10, "ORG")], convert.UNER_MAP)
    assert (4, 7, "ORG") in kept  # leading "the" dropped; a university is an organisation
    assert (9, 10, "LOC") in kept  # a country is a place, whatever it does


def test_a_bare_title_is_left_unannotated(convert):
    words = "President said so".split()
    kept, missing = convert.harmonise(words, [(0, 1, "PER")], convert.UNER_MAP)
    assert kept == [] and missing == [(0, 1)]
    assert convert.iob_from_spans(3, kept, missing) == ["", "O", "O"]


def test_task_filters(convert):
    nlp = spacy.blank("en")
    plain = Doc(nlp.vocab, words=["a", "b"])
    assert not convert.has_syntax(plain) and not convert.has_entities(plain)
    ner = Doc(nlp.vocab, words=["Ann", "left"], ents=["B-PERSON", "O"])
    assert convert.has_entities(ner) and not convert.has_syntax(ner)
    dep = Doc(nlp.vocab, words=["Ann", "left"], heads=[1, 1], deps=["nsubj", "ROOT"])
    assert convert.has_syntax(dep)
