"""Repair 16 of ``parse_repair``: a reduced relative with a by-agent read as the main verb.

"Missiles *fired by Russian forces* destroyed a bridge", "Shells fired by government troops killed five
civilians": the participle is read as the sentence's finite verb ("Missiles fired ..."), and the real
verb hangs under it as a clause with no subject, so the event loses its subject. A verb with a
by-agent and no passive auxiliary is no finite active verb: it is a participle modifying its
"subject", and the next verb (after the agent, with no subject of its own) is the main verb.
"""

from __future__ import annotations

from spacy.tokens import Token

_CLAUSE = ("xcomp", "advcl", "conj", "ccomp", "parataxis", "dep")


def repair_reduced_relative(v: Token) -> bool:
    """Apply repair 16 at the root verb ``v``; True when applied."""
    if v.dep_ not in ("ROOT", "root") or v.tag_ not in ("VBD", "VBN"):
        return False
    kids = list(v.children)
    if any(c.dep_ in ("aux", "aux:pass", "cop") for c in kids):
        return False
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubj:pass") and c.i < v.i), None)
    agent = next((c for c in kids if c.dep_ == "obl:agent" and c.i > v.i), None)
    if subj is None or agent is None or subj.pos_ not in ("NOUN", "PROPN"):
        return False
    main = next((c for c in kids if c.dep_ in _CLAUSE and c.pos_ == "VERB" and c.i > agent.i
                 and c.tag_ in ("VBD", "VBZ", "VBP") and not any(x.dep_ in ("nsubj", "nsubj:pass", "mark")
                                                                 for x in c.children)), None)
    if main is None:
        return False
    main.head, main.dep_ = main, "ROOT"
    subj.head, subj.dep_ = main, "nsubj:pass" if any(x.dep_ == "aux:pass" for x in main.children) else "nsubj"
    v.head, v.dep_, v.tag_ = subj, "acl", "VBN"
    for c in kids:  # what follows the main verb is its own ("... destroyed a bridge *in Kharkiv* *.*")
        if c.i > main.i and c.head.i == v.i:
            c.head = main
    return True
