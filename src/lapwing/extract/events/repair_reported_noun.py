"""Parse repair 244: a reported clause's verb read as a noun with its own subject and object.

"Police said gunmen *shot* two guards outside a bank", "Officials said militants *shot* a driver": the parser gets the
clause right (*gunmen* the subject, *guards* the object, the clause a ``ccomp`` of *said*) but tags the verb a noun
(*shot* NN), and no event is coded on a noun. Repair 13e (``repair_forms.repair_noun_clause``, "urged *government
supporters* to gather") no longer takes such a clause for a noun phrase, since a noun has no object; here the word is
made the verb it is. Only when:

* the word is an inflected form of a trigger verb (``verb_forms``), tagged a noun, hung as ``ccomp`` on an earlier
  verb;
* it has a subject (``nsubj``) that is a noun, name or pronoun right before it and an object (``obj``) after it, and
  no copula, auxiliary, determiner, possessor, number or adjective before it (a noun phrase "the shot" stays), and
  it is not an "-ing" form.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.repair_forms import verb_forms
from lapwing.extract.events.repair_index import RepairIndex


def reported_noun_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens of ``doc`` that repair 244 is tried on (with ``index``, only its nouns labelled ``ccomp`` are read)."""
    toks = doc if index is None else index.tokens(index.find(dep="ccomp", pos="NOUN"))
    return [t.i for t in toks if t.dep_ == "ccomp" and t.pos_ == "NOUN" and t.head.i < t.i and t.head.pos_ == "VERB"]


def repair_reported_noun(n: Token) -> bool:
    """Repair 244 on the noun ``n``; True when applied."""
    forms = verb_forms()
    lemma = forms.get(n.lower_)
    if lemma is None or n.pos_ != "NOUN" or n.dep_ != "ccomp" or n.head.pos_ != "VERB" or n.head.i >= n.i:
        return False
    kids = list(n.children)
    if any(c.dep_ in ("cop", "aux", "aux:pass", "det", "nmod:poss", "nummod", "amod") and c.i < n.i for c in kids):
        return False
    subj = next((c for c in kids if c.dep_ == "nsubj" and c.i == n.i - 1 and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if subj is None or not any(c.dep_ in ("obj", "dobj") and c.i > n.i for c in kids):
        return False
    if n.lower_.endswith("ing"):
        tag = "VBG"
    elif n.lower_ == lemma:
        tag = "VBP"
    elif n.lower_.endswith("s") and not n.lower_.endswith("ss"):
        tag = "VBZ"
    else:
        tag = "VBD"
    if tag == "VBG":
        return False
    n.pos_, n.tag_, n.lemma_ = "VERB", tag, lemma
    return True
