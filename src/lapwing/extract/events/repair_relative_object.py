"""Parse repair 183 (session 36, round mp72): a past verb read as a reduced relative, its object as the root verb.

183. **"The ministry *summoned envoys* from X" with the object a present verb.** "The ministry summoned envoys from
   France", "The cabinet recalled ambassadors from the Gulf", "The council expelled diplomats of ...": the parser
   reads the past verb as a reduced relative on the subject ("the ministry [that was] summoned") and the plural
   object after it as the sentence's verb ("envoys" ``VBZ``, the root, with the subject as its own), so the
   summons or the expulsion loses its doer and its object. A reduced relative with no dependant of its own, right
   before a present-tense root that has no object, no clause, no complement and no auxiliary, whose form is a
   plural noun's ("-s") and that is not a verb of saying, is a past verb and its object: the past verb becomes the
   root with the subject, the "-s" word its object (a noun) with the phrases after it ("from France"). Not when the
   relative has an agent or a phrase of its own ("the document signed *by both*"), nor for a root with a
   complement ("the document signed *remains secret*") or an object ("the people affected *include* children").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.repair_index import RepairIndex
from lapwing.extract.events.repair_particle import _set_head

_ROOT_OWN = frozenset({"obj", "dobj", "ccomp", "xcomp", "acomp", "aux", "aux:pass", "cop", "iobj", "expl", "csubj",
                       "advcl", "mark", "compound:prt", "attr", "oprd"})
#: verbs whose "-s" form is a verb of saying or being even after a relative ("the official quoted *says*")
_SAYING = frozenset({"says", "adds", "claims", "states", "insists", "notes", "warns", "argues", "remains", "seems",
                     "appears", "is", "was", "has", "does", "means", "shows", "suggests", "goes", "comes"})


def relative_object_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens of ``doc`` that repair 183 is tried on: a reduced relative tagged ``VBN``/``VBD`` right before a
    root tagged ``VBZ``/``VBP`` (with ``index``, only the ``acl`` words are read)."""
    toks = doc if index is None else index.tokens(index.find(dep="acl", tag=("VBN", "VBD")))
    n = len(doc)
    return [t.i for t in toks if t.dep_ == "acl" and t.tag_ in ("VBN", "VBD") and t.i + 1 < n
            and doc[t.i + 1].tag_ in ("VBZ", "VBP") and doc[t.i + 1].dep_ in ("ROOT", "root")]


def repair_relative_object(t: Token) -> bool:
    """Repair 183 on the past form ``t`` read as a reduced relative; True when applied."""
    doc = t.doc
    r, subj = doc[t.i + 1], t.head
    if any(True for _ in t.children) or r.lower_ in _SAYING or not r.lower_.endswith("s") or not r.is_alpha:
        return False
    if subj.i >= t.i or subj.dep_ not in ("nsubj", "nsubj:pass") or subj.head.i != r.i or r.head.i != r.i:
        return False
    if subj.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in _ROOT_OWN for c in r.children):
        return False
    if t.lower_.endswith("ing"):
        return False
    _set_head(t, t, "ROOT")
    _set_head(subj, t, "nsubj")
    for c in list(r.children):
        if c.dep_ in ("punct",) and c.i == len(doc) - 1 or c.dep_ in ("advmod", "obl:unmarked", "obl:tmod") and c.i > r.i \
                or c.dep_ == "punct" and c.i > r.i or c.dep_ in ("conj", "cc", "parataxis"):
            _set_head(c, t, c.dep_)  # (the sentence's own parts: the closing stop, "on Monday")
        elif c.dep_ in ("obl", "nmod") and c.i > r.i and any(g.dep_ == "case" for g in c.children):
            day = c.ent_type_ in ("DATE", "TIME")
            _set_head(c, t if day else r, "obl" if day else "nmod")
    _set_head(r, t, "obj")
    r.pos_, r.tag_, r.lemma_ = "NOUN", "NNS", r.lower_[:-1]
    t.pos_, t.tag_ = "VERB", "VBD"
    return True
