"""Which country "the country" of an event stands for (issue 10, session 29 round 52, branch ar48).

"Kenya said it could not take in more refugees from Somalia, the first time *the country* has threatened to shut its
border", "Thailand closed its border with Cambodia, and *the country* threatened sanctions": a bare "the country" /
"this nation" that the actors extractor left unresolved is the country its sentence is about, the one that is the
subject of a clause before it (or owns that subject: "*the Kenyan* government said ..."), before the country named
nearest to it, which is often only a place in a phrase ("refugees *from Somalia*"). Not a subject of the clause
"the country" is in itself (a subject names itself "its", not "the country": "Nigeria closed its border with Niger
and froze *the country's* assets" is Niger), nor an organisation of states ("ECOWAS leaders"). With no such subject
the nearest country named before it in its sentence is taken, as before; with none named there, no guess.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.lexicons.country_agents import igo_codes

_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
_OWNER_DEPS = frozenset({"amod", "compound", "nmod:poss", "poss"})


def _subject_head(w: Token) -> Token | None:
    """The subject ``w`` (a country name or nationality word) is or owns ("the *Kenyan* government", "*Kenya's*
    foreign ministry"), else None."""
    if w.dep_ in _SUBJECT_DEPS:
        return w
    if w.dep_ in _OWNER_DEPS and w.head.i > w.i and w.head.dep_ in _SUBJECT_DEPS:
        return w.head
    return None


def _own_clause_subject(t: Token) -> Token | None:
    """The subject of the clause ``t`` is in, when ``t`` is not it: its nearest verb's subject, or for a verb joined
    to another with no subject of its own, the first verb's ("closed ... and froze *the country's* assets")."""
    v = t.head
    while v.pos_ not in ("VERB", "AUX") and v.head is not v:
        v = v.head
    for verb in (v, v.head if v.dep_ == "conj" else None):
        if verb is None:
            continue
        subj = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
        if subj is not None:
            return None if subj.i == t.i or t.i in range(subj.left_edge.i, subj.right_edge.i + 1) else subj
    return None


def country_word_index(t: Token, nationality: dict[int, str]) -> int | None:
    """The index of the country word before ``t`` ("the country") in its sentence that ``t`` refers to: the
    nearest subject country (or subject owner) of another clause, else the nearest country word; None when none
    is named."""
    before = [k for k in range(t.i - 1, t.sent.start - 1, -1) if k in nationality]
    if not before:
        return None
    doc = t.doc
    own = _own_clause_subject(t)
    igos = igo_codes()
    for k in before:
        subj = _subject_head(doc[k])
        if subj is not None and (own is None or subj.i != own.i) and nationality[k] not in igos:
            return k
    return before[0]
