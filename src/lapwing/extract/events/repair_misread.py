"""Repairs 75-78 of ``parse_repair`` (session 19): a trigger verb's past form the tagger read as another word class
after its own subject, in a sentence left with no verb.

75. **Read as a preposition or an adverb of the object.** "The EU *rebuked* Serbia over the vote", "Rebels
    *intensified* their offensive near the town": the verb (a past form ending in -ed) tagged ADP and hung as the
    ``case`` of the noun after it, that noun a modifier of the subject, which heads the sentence. The verb becomes
    the root, the subject noun its subject, the noun after it its object; what followed the verb moves onto it.
76. **Read as an adverb of a plural noun taken for the root.** "Israel *intensified* airstrikes on Gaza" with
    *airstrikes* the root (a noun's tag on a verb's place) and *intensified* its ``advmod``: the past form becomes
    the root, the subject moves onto it, and the noun is its object.

78. **Read as a noun compound between a name and a plural noun.** "Bolivia *cut* relations with Israel", "Saudi
    Arabia *cut* ties with ...": a verbless sentence of one noun phrase, NAME + trigger verb form + plural noun root.
    The verb becomes the root, the name its subject, the plural noun its object.

79. **A name + plural noun read as a clause after a verb that takes a noun.** "The Taliban reject *UN demands* on
    women" with *demands* a verb (VBZ) whose subject is *UN*: after reject, accept, ignore, defy, heed, dismiss ...
    (verbs whose complement is a noun, not a clause without "that"), a present form with a bare name as its subject
    and no object is the plural noun, the name its compound, and the whole the verb's object.

Repairs 70-73 apply only in a sentence with no other verb or auxiliary (so a correct parse is never changed), and only for the past
forms in -ed of the lexicon's trigger verbs and of the light verbs (``verb_classes.LIGHT_VERBS``)."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_forms import verb_forms
from lapwing.extract.events.repair_particle import _set_head
from lapwing.extract.events.verb_classes import light_past_forms


def _past_lemma(word: str) -> str | None:
    """The lemma of a trigger verb's or a light verb's past form in -ed ("rebuked", "intensified"), else None."""
    if not word.endswith("ed"):
        return None
    return verb_forms().get(word) or light_past_forms().get(word)


def _only_verb(t: Token) -> bool:
    """No token of ``t``'s sentence but ``t`` is a verb or an auxiliary by its tag."""
    return not any(x.i != t.i and (x.pos_ == "AUX" or x.tag_ in ("VBD", "VBZ", "VBP", "MD")) for x in t.sent)


def _take_rights(old: Token, v: Token, after: int) -> None:
    """The dependents of ``old`` after position ``after`` move onto the verb ``v`` (modifiers become obliques)."""
    for c in list(old.rights):
        if c.i > after:
            _set_head(c, v, "obl" if c.dep_.startswith("nmod") else c.dep_)


def repair_preposition_verb(t: Token) -> bool:
    """Repair 75 (module docstring); ``t`` is the past form read as a preposition. True when applied."""
    lemma = _past_lemma(t.lower_)
    if lemma is None or t.dep_ not in ("case", "advmod") or t.i == 0:
        return False
    n = t.head
    subj = n.head
    if not (t.i < n.i and subj.i < t.i and subj.dep_ in ("ROOT", "root") and subj.pos_ in ("NOUN", "PROPN")
            and n.dep_.startswith("nmod") and n.pos_ in ("NOUN", "PROPN", "PRON")):
        return False
    prev = t.doc[t.i - 1]
    if prev.i != subj.i and prev.head.i != subj.i:
        return False  # the word before the verb ends the subject's own phrase
    if not _only_verb(t) or any(c.dep_ == "case" for c in n.children if c.i != t.i):
        return False
    t.pos_, t.tag_, t.lemma_ = "VERB", "VBD", lemma
    _set_head(t, t, "ROOT")
    _set_head(subj, t, "nsubj")
    _set_head(n, t, "obj")
    _take_rights(subj, t, t.i)
    return True


def repair_adverb_verb(t: Token) -> bool:
    """Repair 76 (module docstring); ``t`` is the past form read as an adverb of the noun root. True when applied."""
    lemma = _past_lemma(t.lower_)
    h = t.head
    if lemma is None or t.dep_ != "advmod" or h.i != t.i + 1 or h.dep_ not in ("ROOT", "root") \
            or h.tag_ not in ("NNS", "NN"):
        return False
    subj = next((c for c in h.lefts if c.dep_ in ("nsubj", "nsubj:pass") and c.i < t.i), None)
    if subj is None or not _only_verb(t) or any(c.dep_ in ("obj", "aux", "cop", "aux:pass") for c in h.children):
        return False
    t.pos_, t.tag_, t.lemma_ = "VERB", "VBD", lemma
    _set_head(t, t, "ROOT")
    _set_head(subj, t, "nsubj")
    _set_head(h, t, "obj")
    h.pos_ = "NOUN"
    for c in list(h.children):
        if c.i > h.i and (c.dep_.startswith("obl") or c.dep_ == "punct"):
            _set_head(c, t, c.dep_)
    return True


def repair_compound_verb(t: Token) -> bool:
    """Repair 78 (module docstring); ``t`` is the verb form read as a compound of the plural noun after it."""
    lemma = verb_forms().get(t.lower_)
    h = t.head
    doc = t.doc
    if lemma is None or t.i == 0 or h.i != t.i + 1 or h.dep_ not in ("ROOT", "root") or not _only_verb(t):
        return False
    name = doc[t.i - 1]
    if name.pos_ != "PROPN" or name.head.i != h.i or any(c.dep_ in ("det", "nmod:poss", "case") and c.i < t.i
                                                        for c in h.children):
        return False
    t.pos_, t.tag_, t.lemma_ = "VERB", "VBD", lemma
    _set_head(t, t, "ROOT")
    _set_head(name, t, "nsubj")
    for c in list(h.lefts):
        if c.i < name.i and c.dep_ in ("compound", "amod"):
            _set_head(c, name, c.dep_)  # "*Saudi* Arabia": the rest of the name stays with it
    _set_head(h, t, "obj")
    _take_rights(h, t, h.i)
    return True


#: verbs whose complement is a noun phrase, never a clause without "that" (lemmas)
NOUN_OBJECT_VERBS = frozenset("""reject accept dismiss ignore defy heed welcome rebuff spurn resist oppose meet denounce
condemn slam criticise criticize""".split())


def repair_name_verb_object(v: Token) -> bool:
    """Repair 79 (module docstring); ``v`` is the plural noun read as a present verb. True when applied."""
    head = v.head
    subj = v.doc[v.i - 1] if v.i else None
    if subj is None or v.tag_ != "VBZ" or v.dep_ not in ("ccomp", "xcomp", "parataxis") or head.i >= v.i \
            or verb_forms().get(head.lower_) not in NOUN_OBJECT_VERBS:
        return False
    if subj.head.i != v.i or subj.dep_ != "nsubj" or subj.pos_ != "PROPN" or subj.left_edge.i != head.i + 1 \
            or any(c.dep_ in ("obj", "aux", "mark", "ccomp", "xcomp") for c in v.children) \
            or any(c.dep_ in ("obj", "dobj") for c in head.children):
        return False
    v.pos_, v.tag_ = "NOUN", "NNS"
    v.lemma_ = v.lower_[:-1] if v.lower_.endswith("s") else v.lower_
    _set_head(v, head, "obj")
    _set_head(subj, v, "compound")
    for c in list(v.children):
        if c.dep_.startswith("obl"):
            c.dep_ = "nmod"
    return True
