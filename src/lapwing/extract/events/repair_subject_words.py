"""Repairs 8 and neighbours of ``parse_repair``: the words before a verb read as its modifiers.

Repair 8 ("The US military *trains* Iraqi pilots" with *The*, *US* and *military* hung on the verb: they are its
subject's noun phrase), a plural noun read as the verb of its own subject, and a gerund read as the noun of an
event phrase. Moved out of ``parse_repair`` (which keeps the order the repairs run in) when that module grew.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.lexicon_loader import single_word_agents
from lapwing.extract.events.repair_candidates import _EVENT_PREPS, FINITE
from lapwing.extract.events.repair_particle import _set_head
from lapwing.extract.events.repair_time import _SUBJ_DEPS, _time_word


#: prepositions that introduce the event in which people were killed, injured, arrested: "in police firing"


def _repair_gerund(g: Token) -> bool:
    """Repair 5: "killed in police firing", "died in army shelling": the parser read the gerund as a
    verb with the agent noun as its head or sister ("in [police] [firing]"). The gerund is the head
    noun of the phrase and the agent noun its compound, as in "in the police raid". Only a gerund
    right after a caseless-looking noun that carries one of these prepositions, with no object or
    subject of its own. Returns True when applied."""
    if g.tag_ != "VBG" or g.i == 0:
        return False
    n = g.doc[g.i - 1]
    if n.pos_ not in ("NOUN", "PROPN") or g.head.i not in (n.i, n.head.i) or n.head.i == n.i:
        return False
    cases = [c for c in n.children if c.dep_ == "case" and c.lower_ in _EVENT_PREPS]
    if not cases or any(c.dep_ in ("obj", "dobj", "iobj", "ccomp", "xcomp") or c.dep_ in _SUBJ_DEPS
                        or c.dep_ in ("aux", "aux:pass", "mark") for c in g.children):
        return False
    head, dep = n.head, n.dep_
    _set_head(g, head, dep)
    g.pos_, g.tag_ = "NOUN", "NN"
    _set_head(n, g, "compound")
    for c in list(n.children):
        if c.dep_ in ("case", "det", "amod", "nmod:poss", "nummod"):
            _set_head(c, g, c.dep_)
    return True


def _repair_plural_noun_as_verb(t: Token) -> bool:
    """Repair 7: a plural noun tagged as a present-tense verb in subject position ("U.S.
    military *airstrikes* this month have killed ..." with *airstrikes* VERB/VBZ as the subject of
    *killed*): a verb cannot be a nominal subject, so it is a noun; its own "subject" is
    a modifier and its "object" a nominal modifier. Returns True when applied."""
    if t.pos_ != "VERB" or t.tag_ != "VBZ" or t.dep_ not in ("nsubj", "nsubj:pass") \
            or t.head.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("aux", "mark", "cop") for c in t.children):
        return False
    t.pos_, t.tag_ = "NOUN", "NNS"
    for c in list(t.children):
        if c.dep_ in _SUBJ_DEPS and c.i < t.i:
            _set_head(c, t, "compound" if c.pos_ in ("NOUN", "PROPN") else "amod")
        elif c.dep_ in ("obj", "obl", "obl:tmod", "obl:npmod") and c.i > t.i:
            _set_head(c, t, "nmod")
    return True


def _repair_subject_as_modifiers(v: Token) -> bool:
    """Repair 8: "The US military *trains* Iraqi pilots" with *The*, *US* and *military* hung on the
    verb as det / compound / amod: a determiner cannot modify a verb, so the words before the verb are
    its subject noun phrase, headed by the last of them. Only for a finite verb with no subject of
    its own. Returns True when applied."""
    participle = v.tag_ == "VBN" and v.dep_ in ("ROOT", "root", "ccomp") and not any(
        c.dep_ in ("aux", "aux:pass") for c in v.children)  # "The Indian coast guard *shot* down a drone" (VBN)
    if v.pos_ != "VERB" or (v.tag_ not in FINITE and not participle) or any(c.dep_ in _SUBJ_DEPS for c in v.children):
        return False
    left = [c for c in v.lefts if c.dep_ in ("det", "compound", "amod", "nmod:poss", "nummod")]
    # nor a name: "Secretary of State Mike Pompeo *lifts* restrictions" with *Secretary* a compound
    if not left or not any(c.dep_ == "det" or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in left) and not (
            left[-1].dep_ == "compound" and left[-1].pos_ == "NOUN" and left[-1].lower_ in single_word_agents()) \
            or left[-1].right_edge.i != v.i - 1 or _time_word(left[-1]):
        return False
    if any(c.dep_ not in ("det", "compound", "amod", "nmod:poss", "nummod", "punct", "advmod", "obl", "cc")
           for c in v.lefts):
        return False
    head = left[-1]
    _set_head(head, v, "nsubj")
    if participle:
        v.tag_ = "VBD"
    for c in left[:-1]:
        _set_head(c, head, c.dep_)
    return True
