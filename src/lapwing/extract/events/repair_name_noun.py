"""Parse repair 88: "Russia condemned *the United States attack* on Syria": a nominal event with a country name as
its modifier read as a clause, the name its subject and the noun a present-tense verb.

A verb in the base form (VB / VBP, or a verb tagged as a singular noun) cannot take a singular name as its subject ("the United States attack" would be
"attacks"), and a determiner before that name, with the word right after it followed by "on" or "against", is the
shape of a noun phrase: "[the United States] [attack] [on Syria]". When the word is a nominal trigger of the lexicon
and the phrase is the object or complement of a verb before it, the word is the noun, the name its compound, the
determiner the noun's, and its "on" phrase a nominal modifier. A plural name ("the Philippines"; "the United States"
is one country) or a subject with no determiner ("Rebels attack on ...", a headline) is left alone."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.lexicon_loader import form_index
from lapwing.extract.events.repair_particle import _set_head

#: the prepositions of a nominal event's target right after the word
TARGET_CASES = frozenset({"on", "against"})


def repair_name_as_event_subject(v: Token) -> bool:
    """Repair 88 on a base-form verb ``v`` hung as ``ccomp``, ``xcomp`` or ``obj`` on a verb before it; True when
    applied."""
    doc = v.doc
    if v.pos_ != "VERB" or v.tag_ not in ("VB", "VBP", "NN") or v.dep_ not in ("ccomp", "xcomp", "obj") \
            or v.head.i >= v.i or v.head.pos_ != "VERB" or v.i + 1 >= len(doc) or doc[v.i + 1].lower_ not in TARGET_CASES \
            or ("N", v.lower_) not in form_index():
        return False
    name = doc[v.i - 1]
    if name.pos_ != "PROPN" or (name.lower_.endswith("s") and name.lower_ != "states") \
            or name.head.i != v.i and not (name.dep_ == "compound" and name.head.i == v.i):
        return False
    if any(c.dep_ in ("aux", "aux:pass", "mark", "obj", "nsubj:pass") for c in v.children):
        return False
    det = next((c for c in (*name.children, *v.children) if c.dep_ == "det" and c.i < name.i
                and c.lower_ in ("the", "a", "an", "this", "that")), None)
    if det is None:
        return False
    _set_head(v, v.head, "obj" if v.dep_ in ("ccomp", "xcomp") else v.dep_)
    v.pos_, v.tag_, v.lemma_ = "NOUN", "NN", form_index()[("N", v.lower_)]
    _set_head(name, v, "compound")
    _set_head(det, v, "det")
    for c in v.children:
        if c.i > v.i and c.dep_.startswith("obl"):
            c.dep_ = "nmod"
    target = doc[v.i + 1].head  # (its "on" phrase hung on the verb before it: "condemned ... attack on *its ships*")
    if target.head.i == v.head.i and target.dep_.startswith("obl") and target.i > v.i:
        _set_head(target, v, "nmod")
    return True
