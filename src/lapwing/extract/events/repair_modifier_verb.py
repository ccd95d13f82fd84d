"""Parse repair 277 (session 36, round mp72): a noun read as a present-tense verb inside its own noun phrase.

277. **A head noun spelt like a verb, read as a verb whose subject is its modifier.** "Critics condemned *the arms
   deal* with X", "the opposition denounced the arms deal", "Germany froze an arms deal with Y", "The arms deal with
   Z was criticised": the tagger reads the phrase's head ("deal") as a present-tense verb (``VBP``) and the plural
   modifier noun before it ("arms") as that verb's subject or compound, while the verb keeps the phrase's own label (the object
   or the subject of the main verb). A present-tense verb cannot be an object or a subject (a clause would be a
   ``ccomp`` or a ``csubj``), so the word is the phrase's head noun: it keeps its label and place, the modifier
   becomes its compound and gives it its article, adjectives and possessor, and its phrases ("with X") are the
   noun's. Only when the modifier is a common noun right before the word, hangs on it as its subject, and the word
   has no object, auxiliary or clause of its own ("They deal with refugees", a real verb, is the root: unchanged).
   The same when the word is read as a clause (``ccomp``, ``advcl``) whose "subject" carries a preposition ("China
   warned *against* Sino-Indian *border clashes*", "against renewed border clashes"): a subject takes no
   preposition, so the phrase is a prepositional noun phrase, the word its head noun and the verb's oblique.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.repair_forms import verb_forms
from lapwing.extract.events.repair_index import RepairIndex
from lapwing.extract.events.repair_particle import _set_head

#: the labels of a noun phrase that a present-tense verb cannot carry
_NOMINAL = frozenset({"obj", "dobj", "nsubj", "nsubj:pass", "obl", "nmod", "iobj", "appos"})
_PRESENT = ("VBP", "VBZ", "VB")
_CLAUSAL = frozenset({"ccomp", "advcl"})
_OWN = frozenset({"obj", "dobj", "ccomp", "xcomp", "aux", "aux:pass", "mark", "cop", "expl", "iobj"})
#: the modifier's dependants that are the whole phrase's ("*an* arms deal", "the *new* arms deal")
_PHRASE_DEPS = frozenset({"det", "amod", "nmod:poss", "nummod", "compound", "det:poss"})


def modifier_verb_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens of ``doc`` that repair 277 is tried on: a present-tense verb with a nominal label and a common noun
    right before it (with ``index``, only the present-tense verbs are read)."""
    toks = doc if index is None else index.tokens(index.find(tag=_PRESENT))
    return [t.i for t in toks if t.tag_ in _PRESENT and t.dep_ in _NOMINAL | _CLAUSAL and t.i > 0
            and doc[t.i - 1].tag_ in ("NN", "NNS") and doc[t.i - 1].head.i == t.i]


def repair_modifier_verb(t: Token) -> bool:
    """Repair 277 on the word ``t`` read as a verb; True when applied."""
    doc = t.doc
    mod = doc[t.i - 1]
    if mod.dep_ not in ("nsubj", "nsubj:pass", "compound") or mod.head.i != t.i or t.head.i == t.i:
        return False
    if any(c.dep_ in _OWN for c in t.children):
        return False
    case = next((c for c in mod.children if c.dep_ == "case" and c.i == mod.left_edge.i and c.tag_ == "IN"), None)
    if t.dep_ in _CLAUSAL:
        if case is None or t.head.pos_ not in ("VERB", "AUX") or t.head.i > t.i:
            return False  # (a clause whose subject has no preposition is a clause)
        _set_head(case, t, "case")
        t.dep_ = "obl"
    elif t.dep_ not in _NOMINAL:
        return False
    if case is None and not any(c.dep_ in ("det", "nmod:poss", "det:poss") for c in mod.children) and not any(
            c.dep_ in ("det", "nmod:poss") for c in t.children):
        return False  # ("Arms deal ..." with no article: a headline, left as it is)
    for c in list(mod.children):
        if c.dep_ in _PHRASE_DEPS and c.i < mod.i:
            _set_head(c, t, c.dep_)
    _set_head(mod, t, "compound")
    for c in t.children:
        if c.i > t.i and c.dep_ in ("obl", "obl:unmarked", "advcl") and any(g.dep_ == "case" for g in c.children):
            c.dep_ = "nmod"
    plural = t.tag_ == "VBZ" and t.lower_.endswith("s")
    t.pos_, t.tag_, t.lemma_ = "NOUN", "NNS" if plural else "NN", verb_forms().get(t.lower_, t.lower_)
    return True
