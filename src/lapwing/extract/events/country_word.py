"""Which country "the country" of an event stands for (issue 10, session 29 round 52, branch ar48).

"Kenya said it could not take in more refugees from Somalia, the first time *the country* has threatened to shut its
border", "Thailand closed its border with Cambodia, and *the country* threatened sanctions": a bare "the country" /
"this nation" that the actors extractor left unresolved is the country its sentence is about, the one that is the
subject of a clause before it (or owns that subject: "*the Kenyan* government said ..."), before the country named
nearest to it, which is often only a place in a phrase ("refugees *from Somalia*"). With no subject country before
it, the nearest country named before it in its sentence is taken, as before; with none named there, no guess.
"""

from __future__ import annotations

from spacy.tokens import Token

_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
_OWNER_DEPS = frozenset({"amod", "compound", "nmod:poss", "poss"})


def _is_subject_country(w: Token) -> bool:
    """``w`` (a country name or nationality word) is a clause's subject or the owner of one ("the *Kenyan*
    government", "*Kenya's* foreign ministry")."""
    if w.dep_ in _SUBJECT_DEPS:
        return True
    return w.dep_ in _OWNER_DEPS and w.head.i > w.i and w.head.dep_ in _SUBJECT_DEPS


def country_word_index(t: Token, nationality: dict[int, str]) -> int | None:
    """The index of the country word before ``t`` ("the country") in its sentence that ``t`` refers to: the
    nearest subject country (or subject owner), else the nearest country word; None when none is named."""
    before = [k for k in range(t.i - 1, t.sent.start - 1, -1) if k in nationality]
    if not before:
        return None
    doc = t.doc
    return next((k for k in before if _is_subject_country(doc[k])), before[0])
