"""Parse repair 144 (session 39, round rv79): a verb's particle after its object hung on the object.

144. **"Uganda handed the two rebels *over* to Congo", "the police handed the suspects *over* to the Kenyan
   authorities", "Kenya will send the suspects *back* to face charges".** With the object between the verb and its
   particle, the model hangs the particle on the object (as its ``advmod`` or ``compound:prt``), and often the
   to-phrase after it too: the verb is read without its particle ("hand" for "hand over"), so the act the particle
   verb names (a handover, a return) is not found, and its receiver is the object's phrase. A noun takes no
   particle: a particle word with no words of its own, right after the head of a verb's object, is the verb's
   particle, and a prepositional phrase after it hung on the object is the verb's oblique (the object also loses a
   present verb's tag the model gave a plural: "the suspects [VBZ]").

   Not for a particle with its own object ("drove the truck *up* the hill"), one that does not follow the object's
   head right away, nor a prepositional phrase before the particle ("the road to the border *back* ...").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.repair_index import RepairIndex

#: the particles of particle verbs that may stand after the verb's object
PARTICLES = frozenset({"over", "back", "out", "off", "away", "down", "up"})


def object_particle_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens repair 144 is tried on: a particle word hung on the noun right before it, that noun an object (with
    ``index``, only the particle words so labelled are read)."""
    toks = doc if index is None else index.tokens(index.find(words=tuple(PARTICLES), dep=("advmod", "compound:prt")))
    return [t.i for t in toks if t.lower_ in PARTICLES and t.dep_ in ("advmod", "compound:prt") and t.i > 1
            and t.head.i == t.i - 1 and t.head.dep_ in ("obj", "dobj")]


def repair_object_particle(p: Token) -> bool:
    """Repair 144 on the particle ``p``; True when applied."""
    o = p.head
    v = o.head
    if o.i != p.i - 1 or o.dep_ not in ("obj", "dobj") or v.pos_ != "VERB" or v.i >= o.i \
            or o.pos_ not in ("NOUN", "PROPN", "PRON", "VERB") or any(True for _ in p.children):
        return False
    if any(c.dep_ == "compound:prt" for c in v.children):
        return False
    p.head, p.dep_ = v, "compound:prt"
    for c in list(o.children):
        if c.i > p.i and c.dep_ in ("nmod", "obl") and any(k.dep_ == "case" for k in c.children):
            c.head, c.dep_ = v, "obl"
    if o.tag_ == "VBZ":
        o.tag_, o.pos_, o.lemma_ = "NNS", "NOUN", o.lower_
    return True
