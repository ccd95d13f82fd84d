"""Parse repair 223: a subordinate clause "after NOUN VERBED ..." read as a prepositional phrase and a conjunct.

"Villagers blocked the highway *after a road accident killed a schoolgirl*", "police fired tear gas at a crowd that
had gathered *after a bus crash killed two children*": the parser may read "after" as a preposition on the noun ("after
a road accident", an oblique of the verb before it) and the verb that follows as a conjunct of the main verb with no
subject of its own. The coder then gives that verb the main clause's subject (the police "killed" the schoolgirl).

The noun becomes the verb's subject, the subordinator its ``mark`` and the verb an adverbial clause of the verb the
phrase hung on. Only when:

* the verb is a past form read as a ``conj`` (or a finite past read as an ``xcomp``, ``dep`` or ``parataxis``) with no
  subject, no coordinating word and no comma before it;
* the word right before it ends a noun phrase that is an oblique with a subordinating preposition as its case
  (``after``, ``before``, ``when``, ``until``, ``since``, ``as``, ``once``), on another verb;
* the noun is no time word ("after Monday killed" does not happen, and "after dark" is no subject).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.repair_particle import _set_head
from lapwing.extract.events.repair_time import _time_word
from lapwing.extract.events.repair_index import RepairIndex

_SUBORDINATING = frozenset({"after", "before", "until", "since", "as", "once", "when", "following"})


def after_clause_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens of ``doc`` that repair 223 is tried on: finite past conjuncts right after a noun (with ``index``,
    only its finite past verbs of those labels are read)."""
    toks = doc if index is None else index.tokens(index.find(dep=("conj", "xcomp", "dep", "parataxis"), tag=("VBD", "VBN"), pos="VERB"))
    return [t.i for t in toks if t.pos_ == "VERB" and t.i > 0 and doc[t.i - 1].pos_ in ("NOUN", "PROPN") and (
        (t.dep_ == "conj" and t.tag_ in ("VBD", "VBN")) or (t.dep_ in ("xcomp", "dep", "parataxis") and t.tag_ == "VBD"))]


def _phrase_top(t: Token) -> Token:
    """The head noun of the noun phrase whose last word is ``t``."""
    while t.head.i != t.i and t.dep_ in ("compound", "amod", "nmod", "flat", "nummod") and t.head.i > t.i \
            and t.head.pos_ in ("NOUN", "PROPN"):
        t = t.head
    return t


def repair_after_clause(v: Token) -> bool:
    """Repair 223 on the conjunct ``v``; True when applied."""
    doc = v.doc
    if any(c.dep_ in ("nsubj", "nsubj:pass", "cc", "mark", "expl") for c in v.children):
        return False
    n = _phrase_top(doc[v.i - 1])
    if n.i != v.i - 1 and not all(n.is_ancestor(doc[k]) for k in range(n.i + 1, v.i)):
        return False
    if not n.dep_.startswith("obl") or n.head.pos_ not in ("VERB", "AUX") or n.head.i == v.i or _time_word(n):
        return False
    case = [c for c in n.children if c.dep_ == "case" and c.i < n.i]
    if len(case) != 1 or case[0].lower_ not in _SUBORDINATING:
        return False
    if any(doc[k].text in (",", ";") for k in range(n.i, v.i)):
        return False
    host = n.head
    _set_head(v, host, "advcl")
    _set_head(case[0], v, "mark")
    _set_head(n, v, "nsubj")
    if v.tag_ == "VBN" and not any(c.dep_ in ("aux", "aux:pass") for c in v.children):
        v.tag_ = "VBD"
    return True
