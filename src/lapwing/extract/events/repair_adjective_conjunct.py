"""Parse repair 142 (session 39, round rv79): the second of two coordinated verbs tagged an adjective.

142. **"Soldiers beat and *tortured* dozens of villagers", "Militiamen robbed and *tortured* three farmers".** The
   second past verb, right after "and" or "or", is tagged an adjective (``JJ``) although the model hangs it on the
   first verb as its conjunct, and the object after it is hung on the first verb: the second act (the torture) is
   read as no verb, so it is lost. A conjunct of a verb with no word of its own but the "and", whose form is the past
   of a known act verb, is that verb (``VBD``); the first verb's object after it is its object, as the model hangs a
   shared object when it reads both verbs right ("beat and tortured the prisoners").

   Not for an adjective with words of its own ("beat and *unable* to walk"), nor one that is no past form of an act
   verb ("beat and *hungry*"), nor when the object stands before the form ("beat them and *tortured*").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.repair_index import RepairIndex

from lapwing.extract.events.repair_forms import verb_forms
from lapwing.extract.events.repair_verbless import _past_form


def adjective_conjunct_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens repair 142 is tried on: a word tagged an adjective, labelled a verb's conjunct, after "and"/"or"
    (with ``index``, only adjectives labelled conjuncts are read)."""
    toks = doc if index is None else index.tokens(index.find(tag="JJ", dep="conj"))
    return [t.i for t in toks if t.tag_ == "JJ" and t.dep_ == "conj" and t.i > 1
            and doc[t.i - 1].lower_ in ("and", "or") and t.head.pos_ == "VERB" and t.head.i < t.i]


def repair_adjective_conjunct(f: Token) -> bool:
    """Repair 142 on the form ``f``; True when applied."""
    lemma = verb_forms().get(f.lower_)
    if lemma is None or not _past_form(f.lower_, lemma) or f.dep_ != "conj" or f.head.pos_ != "VERB":
        return False
    v = f.head
    cc = f.doc[f.i - 1]
    if any(c.i != cc.i for c in f.children):
        return False
    objs = [c for c in v.children if c.dep_ in ("obj", "dobj")]
    if len(objs) != 1 or objs[0].i < f.i:
        return False
    f.pos_, f.tag_, f.lemma_ = "VERB", "VBD", lemma
    objs[0].head = f
    if cc.head.i != f.i:
        cc.head, cc.dep_ = f, "cc"
    return True
