"""Repair 203 of ``parse_repair``: "A mob *set* fire to ..." read as one noun phrase.

"A mob set fire to the police station", "An angry crowd set fire to a church", "Police said a mob set fire to the
building", "The mob set ablaze two buses": the model reads the subject noun as a compound of *set*, *set* as an
adjective (``amod``) of *fire* (then the root, or the object of "said") or of the noun burnt after "ablaze"
("a [mob set] fire"), so the sentence has no verb and the arson no event. A noun never takes "set" as an adjective
with its own compound before it and "fire to" or "ablaze / alight" after it: *set* is the verb, the noun before it its
subject (with the article and adjectives the parser hung on the head noun), *fire* (or the thing burnt) its object,
and the to-phrase and the head noun's later phrases its obliques.

Only when *set* has no subject, auxiliary or object-like dependent of its own beyond the compound noun and the
"ablaze" word (the compound noun hangs on "set" or on the head noun: "A Hindu mob set fire"), and the head noun is the root or the object or reported clause of a verb ("a set fire" or "the
sun-set fire" keep their parse: no compound noun is read before "set" in them).
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_participle import _set_head

#: the words after "set" that make it the arson verb: "set *fire* to", "set *ablaze* X"
FIRE_WORDS = frozenset({"fire", "ablaze", "alight", "afire", "aflame"})

_OWN = ("nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "obl:agent", "cop", "case")


def set_fire_candidate(D: list[str], H: list[int], P: list[str], L: list[str], i: int) -> bool:
    """Repair 203's cheap test on the columns: ``i`` the word "set" read as a modifier of a later noun, with the
    word after it one of ``FIRE_WORDS`` and a noun right before it that hangs on it as its compound."""
    return L[i] == "set" and D[i] in ("amod", "compound") and H[i] > i and i + 1 < len(L) and L[i + 1] in FIRE_WORDS \
        and i >= 1 and H[i - 1] in (i, H[i]) and D[i - 1] == "compound" and P[i - 1] in ("NOUN", "PROPN")


def _to_phrase(fire: Token) -> Token | None:
    """The noun of the to-phrase right after "fire" ("fire *to the police station*"), wherever the parser hung it."""
    doc = fire.doc
    if fire.i + 1 >= len(doc) or doc[fire.i + 1].lower_ != "to" or doc[fire.i + 1].dep_ != "case":
        return None
    x = doc[fire.i + 1].head
    return x if x.i > fire.i + 1 and x.pos_ in ("NOUN", "PROPN", "PRON", "NUM") else None


def repair_set_fire(v: Token) -> bool:
    """Repair 203 at the word "set" ``v``; True when applied."""
    doc = v.doc
    if v.lower_ != "set" or v.dep_ not in ("amod", "compound") or v.i < 1 or v.i + 1 >= len(doc):
        return False
    head, nxt, subj = v.head, doc[v.i + 1], doc[v.i - 1]
    if nxt.lower_ not in FIRE_WORDS or subj.head.i not in (v.i, head.i, nxt.i) or subj.dep_ != "compound" \
            or subj.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ in _OWN for c in v.children):
        return False
    first = head  # (the noun the parser hung "set" on)
    if head.i == nxt.i and nxt.lower_ != "fire" and nxt.head.i > nxt.i and nxt.head.pos_ in ("NOUN", "PROPN"):
        head = nxt.head  # "The mob set [ablaze] three lorries" with *ablaze* a compound of *lorries*
    later = None  # "A mob set fire to the office *and fled*" with *fire* the subject of the second verb
    if head.dep_ == "nsubj" and head.head.pos_ == "VERB" and head.head.dep_ in ("ROOT", "root") and any(
            c.dep_ == "cc" and head.i < c.i < head.head.i for c in head.head.children):
        later = head.head
        dep, governor = "ROOT", None
    elif head.dep_ in ("ROOT", "root"):
        dep, governor = "ROOT", None
    elif head.dep_ in ("obj", "ccomp") and head.head.pos_ == "VERB" and head.head.i < v.i:
        dep, governor = "ccomp", head.head  # "Police said [a mob set fire to the building]"
    else:
        return False
    if nxt.lower_ == "fire":
        to = _to_phrase(nxt) if head.i == nxt.i else None
        if to is None:
            return False
        obj, extra = nxt, None
    else:  # "The mob set ablaze two buses": the noun burnt is the head, the "ablaze" word hangs on "set" or on it
        if head.i <= nxt.i or nxt.head.i not in (v.i, head.i) or subj.head.i not in (v.i, first.i):
            return False
        obj, extra, to = head, nxt, None
    lefts = [c for h in {head, first} for c in h.children if c.i < subj.i] + [c for c in v.children if c.i < subj.i]
    v.pos_, v.tag_, v.lemma_ = "VERB", "VBD", "set"
    if governor is None:
        _set_head(v, v, "ROOT")
    else:
        _set_head(v, governor, dep)
    _set_head(subj, v, "nsubj")
    for c in lefts:  # "*An angry* mob set fire": the article and adjectives are the subject's
        _set_head(c, subj, c.dep_)
    for c in list(obj.rights):  # "fire ... *in Kano on Friday*", "two buses *in Dhaka*": the verb's phrases
        if c.dep_.startswith("nmod") and not any(x.dep_ == "case" and x.lower_ == "of" for x in c.children):
            _set_head(c, v, "obl")
        elif c.is_punct and c.i == c.sent.end - 1 and governor is None:
            _set_head(c, v, "punct")
        elif c.pos_ == "VERB" and (c.dep_ in ("conj", "parataxis") or c.dep_ in ("acl", "advcl") and c.tag_ == "VBG"):
            _set_head(c, v, "conj" if c.dep_ == "conj" else "advcl")  # "... and fled", "..., killing two"
    _set_head(obj, v, "obj")
    if later is not None:
        for c in list(later.children):
            if c.is_punct and c.i == c.sent.end - 1:
                _set_head(c, v, "punct")
        _set_head(later, v, "conj")
    if extra is not None:
        _set_head(extra, v, "xcomp")
    if to is not None:
        _set_head(to, v, "obl")
    return True
