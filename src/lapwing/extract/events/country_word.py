"""Which country "the country" of an event stands for (issue 10, session 29 round 52, branch ar48).

A bare "the country" / "this nation" that the actors extractor left unresolved is a country named before it in its
sentence (none named there: no guess), chosen by the part it plays:

- **as a subject it goes on with the subject country** of a clause before it (or the country that owns that
  subject: "*the Ghanaian* government recalled ..., and the country threatened"), before the country named nearest to
  it, which is often only a place in a phrase: "Kenya said it could not take in more refugees from Somalia, the first
  time *the country* has threatened to shut its border" is Kenya; an organisation of states is no such subject
  ("ECOWAS leaders");
- **elsewhere (an object, a possessor, a phrase) it is the nearest country named before it that is not itself its
  own clause's subject** (a country names itself "its", not "the country"): "Nigeria closed its borders with Niger
  and froze *the country's* assets" is Niger. A country that only owns that subject stays a candidate ("*Iraqi*
  troops launched an assault on a bastion in *the country*", "*Sudan's* government allowed aid to parts of *the
  country*"), and when the subject's country is the only one named it is taken.
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
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
        v = v.head
    for verb in (v, v.head if v.dep_ == "conj" else None):
        if verb is None:
            continue
        subj = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
        if subj is not None:
            return None if subj.left_edge.i <= t.i <= subj.right_edge.i else subj
    return None


def country_word_index(t: Token, nationality: dict[int, str]) -> int | None:
    """The index of the country word before ``t`` ("the country") in its sentence that ``t`` refers to (module
    docstring); None when there is none."""
    before = [k for k in range(t.i - 1, t.sent.start - 1, -1) if k in nationality]
    if not before:
        return None
    doc = t.doc
    if t.dep_ in _SUBJECT_DEPS:
        igos = igo_codes()
        return next((k for k in before if _subject_head(doc[k]) is not None and nationality[k] not in igos),
                    before[0])
    own = _own_clause_subject(t)
    if own is None:
        return before[0]
    return next((k for k in before if k != own.i), before[0])
