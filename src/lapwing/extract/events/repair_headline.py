"""Repair 21h of ``parse_repair``: a headline's passive without its auxiliary.

"Journalist *arrested* in Harare", "Opposition leader *jailed* for five years", "Scores of students *detained* in
Ankara", "Mayor of border town *killed* in Sonora": a brief or a ticker drops "was" / "were", and the parser reads
the participle as a modifier of the noun phrase (``acl``), so the sentence has no verb and no event. When a verbless
sentence's only verb is such a participle of a verb that always takes an object (one cannot "arrest" or "jail"
without someone arrested or jailed) and nothing follows it but phrases with a preposition or of time, the sentence
is the passive "X was VERBed ...": the participle becomes the root, the noun phrase its passive subject, and the
phrases after the participle its own. A participle with an object, an agent or a clause of its own is left to the
other repairs ("Fighters loyal to the army *seized* the town").

21h2: the parser may instead read the participle as the root verb with the noun phrase its active subject
("Journalist *arrested*." as if the journalist arrested someone): a verb of arrest, conviction, abduction or
expulsion with a subject right before it and neither object nor clause after it is then that passive.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from lapwing.extract.events.repair_forms import verb_forms

#: verbs that always take an object: with none, their participle in a headline is a passive
_ALWAYS_TRANSITIVE = frozenset({
    "arrest", "detain", "jail", "imprison", "sentence", "convict", "charge", "indict", "kill", "murder",
    "assassinate", "execute", "behead", "hang", "abduct", "kidnap", "wound", "injure", "deport", "expel",
    "extradite", "free", "release", "rescue", "shoot", "lynch", "torture", "seize", "hijack", "ban", "impeach",
    "oust", "depose", "sack", "dismiss", "summon", "pardon", "acquit", "raid", "attack", "bomb", "shell",
})
_LOOSE = {"obl", "obl:tmod", "obl:npmod", "obl:unmarked", "nmod", "nmod:tmod", "nmod:unmarked", "advmod", "punct", "conj",
          "cc", "advcl"}


def repair_headline_passive(root: Token, sent: Span) -> bool:
    """Apply repair 21h to the verbless sentence ``sent`` with root ``root``; True when applied."""
    if root.pos_ not in ("NOUN", "PROPN") or any(t.pos_ == "AUX" or t.dep_ in ("aux", "aux:pass", "cop") for t in sent):
        return False
    verbs = [t for t in sent if t.pos_ == "VERB" or t.tag_ in ("VBD", "VBN", "VBZ", "VBP")]
    if len(verbs) != 1:
        return False
    v = verbs[0]
    lemma = verb_forms().get(v.lower_)
    if lemma not in _ALWAYS_TRANSITIVE or v.tag_ not in ("VBN", "VBD") or v.dep_ not in ("acl", "amod") \
            or not v.lower_.endswith(("ed", "ot", "wn", "ung")):
        return False
    # the participle hangs in the root's noun phrase, before anything of the sentence's other parts
    h = v.head
    while h.i != root.i:
        if h.dep_ not in ("nmod", "compound", "flat", "appos") or h.head.i == h.i:
            return False
        h = h.head
    if v.i < root.i or v.i < v.head.i or any(c.dep_ in ("obj", "iobj", "obl:agent", "ccomp", "xcomp", "nsubj", "nsubj:pass", "mark")
                           or c.tag_ in ("WDT", "WP") for c in v.children):
        return False
    if any(c.dep_ not in _LOOSE for c in v.children):
        return False
    rest = [c for c in root.children if c.i > v.i]
    if any(c.dep_ not in _LOOSE for c in rest):
        return False
    v.head, v.dep_, v.tag_, v.pos_, v.lemma_ = v, "ROOT", "VBN", "VERB", lemma
    for c in rest:
        c.head = v
    root.head, root.dep_ = v, "nsubj:pass"
    return True


#: the narrower set for a root verb (no "attack", "shoot", "raid": "gunmen attacked at dawn" is active)
ROOT_PASSIVE = frozenset({"kill", "murder", "arrest", "detain", "jail", "imprison", "sentence", "convict", "indict", "abduct", "kidnap",
                           "extradite", "deport", "expel", "execute", "behead", "assassinate", "impeach", "pardon"})

#: those who arrest, sentence, abduct or expel: as the subject of such a verb they are its doers
_USUAL_DOERS = frozenset({"police", "policeman", "officer", "authority", "agent", "court", "judge", "prosecutor",
                          "tribunal", "government", "kidnapper", "abductor", "gunman", "bandit", "pirate", "junta"})


def repair_headline_root_passive(v: Token) -> bool:
    """Apply repair 21h2 to a root past form ``v`` with a subject right before it; True when applied."""
    lemma = verb_forms().get(v.lower_)
    if lemma not in ROOT_PASSIVE or not v.lower_.endswith("ed") or v.dep_ not in ("ROOT", "root"):
        return False
    subj = [c for c in v.children if c.dep_ == "nsubj"]
    if len(subj) != 1 or subj[0].right_edge.i != v.i - 1 or subj[0].pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ not in _LOOSE for c in v.children if c.i != subj[0].i):
        return False
    if lemma != "kill" and lemma != "murder" and subj[0].lemma_.lower() in _USUAL_DOERS:
        return False  # "Police arrested on Monday ...": the object comes later, or was lost to the parse
    if any((t.pos_ in ("VERB", "AUX") and t.i != v.i) or t.dep_ == "cop" for t in v.sent):
        return False
    subj[0].dep_, v.tag_, v.lemma_ = "nsubj:pass", "VBN", lemma
    return True
