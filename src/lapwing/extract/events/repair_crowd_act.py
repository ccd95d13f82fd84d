"""Repairs 176-177 (session 27, round 45, branch rc46) and 203 (session 29, round 52): a crowd's act lost to the parse.

176. **A crowd's protest verb read as a reduced relative on the subject of an -ing root.** "Hundreds of students
     *rallied* in La Paz on Friday *demanding* the release of ..." with *rallied* an ``acl`` of the subject and the
     participle *demanding* the root: an -ing form with no auxiliary cannot carry a sentence, so the protest verb is
     the main verb, the subject its subject and the participle its adverbial clause (the demand the protest's own,
     which ``protest_content`` folds into it).
177. **A crowd's protest verb read as a compound of its plural object.** "Truckers in Chile *blocked* roads for a
     third day, urging ..." with *blocked* (a past form) the compound of the root noun *roads*: the verb is the root,
     the noun before it (with its place) its subject, the noun its object, the rest of the noun's phrase its own.
     The same with the verb read as an adjective of the noun (``amod``): only when the noun root has a subject before
     the verb, which no noun can have (or a compound with a place phrase of its own: "Fishermen in Senegal").

Both only for the verbs of ``CROWD_ACTS`` (a crowd's protest, march, strike or blockade), and only when the verb
has no subject, auxiliary or marker of its own (176: and no by-agent: "students *detained* by police" is a
relative clause).

203. (session 29, round 52, branch rc52) **A crowd's "set fire to" read as one noun phrase.** "A mob set fire to the
     police station", "An angry crowd set fire to a church", "Police said a mob set fire to the building", "The mob
     set ablaze two buses": the model reads the subject noun as a compound of *set* (or of the head noun), *set* as an
     adjective of *fire* (the root, the object of "said", or the subject of a later "and fled") or of the noun burnt
     after "ablaze", so the sentence has no verb and the arson no event. A noun does not take "set" as an adjective
     with a compound noun right before it and "fire to" or "ablaze / alight" right after it: *set* is the verb, the
     noun before it its subject (with the article and adjectives the parser hung on the head noun), *fire* (or the
     thing burnt) its object, the to-phrase and the head noun's later phrases its obliques, a later "and fled" its
     conjunct. Only when *set* has no subject, auxiliary or marker of its own ("the sunset fire", "a set fire" keep
     their parse).
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_forms import verb_forms
from lapwing.extract.events.repair_participle import _set_head

#: past forms of a crowd's protest acts (the verbs repairs 176-177 make main verbs)
CROWD_ACTS = frozenset("""rallied marched protested demonstrated picketed rioted struck blocked blockaded barricaded
occupied""".split())

_OWN = ("nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "obl:agent", "cop")


def crowd_relative_candidate(D: list[str], H: list[int], T: list[str], L: list[str], i: int) -> bool:
    """Repair 176's cheap test on the columns: ``i`` a protest past form, ``acl`` of a subject whose head is an
    -ing root after it."""
    s = H[i]
    return L[i] in CROWD_ACTS and D[i] == "acl" and s < i and D[s] == "nsubj" and H[s] > i \
        and T[H[s]] == "VBG" and D[H[s]] in ("ROOT", "root")


def repair_crowd_act_relative(v: Token) -> bool:
    """Repair 176 at the protest verb ``v``; True when applied."""
    subj = v.head
    root = subj.head
    if v.dep_ != "acl" or subj.dep_ != "nsubj" or root.dep_ not in ("ROOT", "root") or root.tag_ != "VBG" \
            or not subj.i < v.i < root.i or v.lower_ not in CROWD_ACTS:
        return False
    if any(c.dep_ in _OWN for c in root.children if c.i != subj.i) or any(c.dep_ in _OWN for c in v.children):
        return False
    if any(c.dep_.startswith("obl") and any(x.lower_ == "by" and x.dep_ == "case" for x in c.children)
           for c in v.children):
        return False  # "students *struck* by the car ..."
    v.pos_, v.tag_ = "VERB", "VBD"
    _set_head(v, v, "ROOT")
    _set_head(subj, v, "nsubj")
    for c in list(root.children):
        if c.is_punct and c.i == c.sent.end - 1:
            _set_head(c, v, "punct")  # the final stop
    _set_head(root, v, "advcl")
    return True


def crowd_compound_candidate(D: list[str], H: list[int], P: list[str], L: list[str], i: int) -> bool:
    """Repair 177's cheap test on the columns: ``i`` a protest past form read as the compound of the next word, a
    noun root."""
    return L[i] in CROWD_ACTS and D[i] in ("compound", "amod") and i + 1 < len(D) and H[i] == i + 1 \
        and D[i + 1] in ("ROOT", "root") and P[i + 1] == "NOUN"


def repair_crowd_act_compound(v: Token) -> bool:
    """Repair 177 at the protest verb ``v``; True when applied."""
    noun = v.head
    if v.dep_ not in ("compound", "amod") or noun.i != v.i + 1 or noun.dep_ not in ("ROOT", "root") or v.lower_ not in CROWD_ACTS:
        return False
    if any(c.dep_ in ("det", "nmod:poss", "case", "amod", "nummod") for c in noun.children if c.i < v.i):
        return False  # "the *blocked* roads", "two *blocked* roads": a modifier it is
    # the subject: labelled one, or a compound with its own place phrase ("Fishermen *in Senegal*")
    subj = next((c for c in noun.children if c.i < v.i and c.pos_ in ("NOUN", "PROPN") and (
        c.dep_ == "nsubj" or c.dep_ == "compound" and any(x.dep_ == "nmod" for x in c.children))), None)
    if subj is None or subj.right_edge.i != v.i - 1:
        return False
    v.pos_, v.tag_, v.lemma_ = "VERB", "VBD", verb_forms().get(v.lower_, v.lemma_)
    _set_head(v, v, "ROOT")
    _set_head(subj, v, "nsubj")
    for c in list(noun.rights):
        # (", urging the government to ...": the manner participle the parser made a conjunct of the noun)
        _set_head(c, v, "obl" if c.dep_.startswith("nmod") else "advcl" if c.dep_ in ("conj", "parataxis") and c.tag_ == "VBG"
                  else c.dep_)
    _set_head(noun, v, "obj")
    return True

#: the words after "set" that make it the arson verb: "set *fire* to", "set *ablaze* X"
FIRE_WORDS = frozenset({"fire", "ablaze", "alight", "afire", "aflame"})

_OWN_SET = ("nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "obl:agent", "cop", "case")


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
    if any(c.dep_ in _OWN_SET for c in v.children):
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
