"""Parse repair 89: "Russia condemned *the United States attack* on Syria": a nominal event with a country name as
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
    """Repair 89 on a base-form verb ``v`` hung as ``ccomp``, ``xcomp`` or ``obj`` on a verb before it; True when
    applied."""
    doc = v.doc
    if v.pos_ != "VERB" or v.tag_ not in ("VB", "VBP", "NN") or v.dep_ not in ("ccomp", "xcomp", "obj") \
            or v.head.i >= v.i or v.head.pos_ != "VERB" or v.i + 1 >= len(doc) or doc[v.i + 1].lower_ not in TARGET_CASES \
            or ("N", v.lower_) not in form_index():
        return False
    name = doc[v.i - 1]
    if name.pos_ != "PROPN" or (name.lower_.endswith("s") and name.lower_ != "states"):
        return False
    # the name as the word's subject or compound, or as the object of the verb before it with the word its
    # predicate ("denounced [the United States] [strike] on ...": read as "declared [X] [guilty]")
    if name.head.i != v.i and not (name.dep_ == "obj" and v.dep_ == "xcomp" and name.head.i == v.head.i):
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


#: the nouns after "IS" that make it the Islamic State's acronym (the actor dictionary's "IS militants" ...)
IS_NOUNS = frozenset({"group", "militants", "fighters", "jihadists", "extremists", "insurgents", "gunmen"})


def repair_acronym_read_as_copula(t: Token) -> bool:
    """Repair 90: "At least 10 *IS* militants were killed", "killed 20 *IS* fighters": the acronym of the Islamic
    State read as the copula "is" (its number then the subject, or an oblique). Written in capitals before one of
    ``IS_NOUNS`` it is a name: the compound of that noun, and a number before it the noun's count. True when
    applied."""
    doc = t.doc
    if t.text != "IS" or t.i + 1 >= len(doc) or doc[t.i + 1].lower_ not in IS_NOUNS or t.dep_ == "compound" \
            and t.pos_ == "PROPN":
        return False
    noun = doc[t.i + 1]
    if noun.head.i == t.i:  # (the noun hung on the acronym: it takes the acronym's place)
        _set_head(noun, t.head if t.head.i != t.i else noun, t.dep_ if t.head.i != t.i else "ROOT")
    t.pos_, t.tag_, t.lemma_ = "PROPN", "NNP", "IS"
    _set_head(t, noun, "compound")
    num = doc[t.i - 1] if t.i > 0 else None
    if num is not None and num.pos_ == "NUM" and num.head.i != noun.i and num.dep_ in (
            "nsubj", "nsubj:pass", "obj", "obl:unmarked", "nmod:unmarked", "appos", "ROOT", "root"):
        for c in [c for c in noun.children if c.i < num.i]:
            c.head = num
        _set_head(num, noun, "nummod")
    return True
