"""Repair 67 of ``parse_repair``: the last actor of an "A, B and C" subject read as the only subject.

"Australia, New Zealand and the Pacific Islands Forum *urged* all sides to ...", "France, Germany and Italy
*condemned* the attack": the model reads the first actor as the root of a verbless sentence, the second as its
conjunct, and "and C VERB ..." as a clause of its own joined to the first actor, C its subject. The first two
actors then have no verb and their events are lost. When a verbless sentence's root is a name or noun at the start
of the sentence, its conjunct verb has a subject C preceded by "and" (or "or"), and everything between the root
and C is the root's own list (conjuncts and commas), the verb becomes the root, the first actor its subject and C
the list's last conjunct.

Repair 68: "*China's embassy* in Port Moresby, which told citizens to stay indoors, *said* ...": the subject read as
the subject of the place name after it, and that name as a clause of the verb. A noun with a preposition of its own
cannot have a subject (no copula): when such a noun, hung on a later verb that has no subject, has a noun subject
before it, that subject is the verb's and the noun its subject's modifier.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_particle import _set_head

_FINITE = ("VBD", "VBZ", "VBP")


def repair_list_subject(root: Token) -> bool:
    """Repair 67 (above); ``root`` is the root of a verbless sentence. True when applied."""
    if root.pos_ not in ("PROPN", "NOUN") or root.dep_ not in ("ROOT", "root"):
        return False
    doc = root.doc
    first = next((t for t in root.sent if not t.is_punct), None)
    if first is None or root.left_edge.i != first.i:
        return False
    v = next((c for c in root.children if c.dep_ == "conj" and c.i > root.i and c.pos_ == "VERB"
              and c.tag_ in _FINITE), None)
    if v is None:
        return False
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < v.i), None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN"):
        return False
    left = min(w.i for w in subj.subtree)
    cc = doc[left - 1] if left >= 1 else None
    if cc is None or cc.lower_ not in ("and", "or") or cc.dep_ != "cc" or cc.head.i not in (v.i, subj.i):
        return False
    # between the root and "and": the root's own list ("Australia, New Zealand"), nothing else
    own = {w.i for w in root.subtree} - {w.i for w in v.subtree}
    if not all(j in own or doc[j].text == "," for j in range(root.i + 1, cc.i)):
        return False
    if not any(c.dep_ == "conj" and c.i < cc.i for c in root.children):
        return False  # (a list of at least two before "and": "A, B and C")
    _set_head(v, v, "ROOT")
    for c in list(root.children):
        if c.i > v.i:
            _set_head(c, v, c.dep_)
    _set_head(root, v, subj.dep_)
    _set_head(subj, root, "conj")
    _set_head(cc, subj, "cc")
    return True


def repair_subject_on_place(s: Token) -> bool:
    """Repair 68 (above). ``s`` is the subject hung on a noun."""
    n = s.head
    v = n.head
    if s.dep_ != "nsubj" or s.pos_ not in ("NOUN", "PROPN") or n.pos_ not in ("NOUN", "PROPN") or s.i > n.i \
            or n.dep_ not in ("advcl", "ccomp", "dep", "parataxis") or v.i <= n.i or v.pos_ != "VERB" \
            or v.tag_ not in _FINITE:
        return False
    own = sorted(w.i for w in n.subtree if w.i not in {x.i for x in s.subtree})
    # (its first word a preposition, on it or on a word of its name: "in Port Moresby")
    if not own or not (n.doc[own[0]].dep_ == "case" and n.doc[own[0]].pos_ == "ADP") \
            or any(c.dep_ in ("cop", "aux", "mark") for c in n.children) \
            or any(c.dep_ in ("nsubj", "nsubj:pass", "expl", "csubj") for c in v.children):
        return False
    _set_head(s, v, "nsubj")
    _set_head(n, s, "nmod")
    return True
