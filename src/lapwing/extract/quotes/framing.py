"""Framing: who speaks in quoted words that go on the writer's own sentence with no cue ('Trump attacked "the hateful
ideology of radical Islam"', 'Reid has gone after Trump as a "human leech who ..."'): the subject of the sentence's
main verb, when the words hang below that verb with no other subject on the way (not in a relative clause, a clause
of their own or a clause on a noun: 'his prediction that Trump would be "the healthiest ..."' names nobody)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.quotes.cues import SUBJ_DEPS
from lapwing.extract.quotes.index import DocIndex
from lapwing.extract.quotes.subject_words import is_time_word

# relations that open a clause with a speaker, or words, of its own (or an apposition describing a noun)
_OWN_CLAUSE = {"acl:relcl", "relcl", "ccomp", "csubj", "parataxis", "acl", "list", "dep", "appos"}
# subjects that stand for nobody who could have said the words
_NOBODY = {"it", "there", "this", "that", "which", "what", "i", "we", "you", "who"}


def framing_verb(doc: Doc, index: DocIndex, start: int, end: int) -> tuple[Token, Token] | None:
    """(the main verb, its subject) of the sentence holding the quoted words [start, end) when the words hang below
    that verb through objects, phrases and subjectless participles only; None otherwise."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    inside = range(span.start, span.end)
    heads = [t for t in span if not (t.is_punct or t.is_space) and (t.head.i not in inside or t.head.i == t.i)]
    if len(heads) != 1:
        return None
    if any(c.dep_ in SUBJ_DEPS for c in heads[0].children) or heads[0].dep_ == "conj":
        return None  # a quoted clause with a subject of its own is a sentence of someone's, not a phrase the verb acts on
    root = index.sent(heads[0]).root
    if root.i in inside or root.pos_ != "VERB" or root.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    a = heads[0]
    for _ in range(8):
        if a.i == root.i:
            break
        if a.dep_ in _OWN_CLAUSE or a.dep_ == "advcl" and a.tag_ != "VBG":
            return None
        up = a.head
        if up.i != root.i and any(c.dep_ in SUBJ_DEPS for c in up.children):
            return None
        a = up
    if a.i != root.i:
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    if subj is None or subj.lower_ in _NOBODY or is_time_word(subj) or subj.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    if any(c.dep_ in ("aux:pass", "auxpass") for c in root.children):
        return None
    return root, subj
