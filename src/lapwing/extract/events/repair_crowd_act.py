"""Repairs 176-177 (session 27, round 45, branch rc46): a crowd's protest verb lost before the demand told with it.

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

