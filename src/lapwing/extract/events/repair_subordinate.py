"""Repair 19 of ``parse_repair``: a main clause read as the subject of the clause after it.

"Japan *lifted* sanctions on Iran *after the agency confirmed* that ...": the parser made "sanctions
on Iran after the agency" the subject of *confirmed*, with *lifted* an adjective on *sanctions* that
has *Japan* as its subject. An adjective takes no subject: the word is the main verb, the noun it
modifies its object, and the noun phrase after the subordinating word ("after", "before", "as",
"when", "while", "until", "since") the subject of the later verb, which becomes a clause of the main one.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_particle import _set_head

_SUBORDINATORS = {"after", "before", "as", "when", "while", "until", "since", "because", "once"}


def repair_clause_as_subject(v: Token) -> bool:
    """Apply repair 19 at the verb ``v`` read as an adjective with a subject; True when applied."""
    if v.dep_ != "amod" or v.pos_ != "VERB" or v.tag_ not in ("VBD", "VBN"):
        return False
    subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None)
    n = v.head
    if subj is None or n.i < v.i or n.pos_ not in ("NOUN", "PROPN") or n.dep_ not in ("nsubj", "nsubj:pass"):
        return False
    v2 = n.head
    if v2.i < n.i or v2.pos_ not in ("VERB", "AUX"):
        return False
    m = next((c for c in n.children if c.dep_.startswith("nmod") and n.i < c.i < v2.i
              and any(x.dep_ == "case" and x.lower_ in _SUBORDINATORS for x in c.children)), None)
    if m is None or m.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    mark = next(x for x in m.children if x.dep_ == "case" and x.lower_ in _SUBORDINATORS)
    root_dep = v2.dep_
    root_head = v2.head if v2.head.i != v2.i else None
    # the main clause: the verb takes the old clause's place in the tree
    if root_head is None:
        _set_head(v, v, "ROOT")
    else:
        _set_head(v, root_head, root_dep)
    _set_head(n, v, "obj")
    _set_head(m, v2, n.dep_)  # the later clause's own subject
    _set_head(mark, v2, "mark")
    _set_head(v2, v, "advcl")
    v.tag_ = "VBD"
    for c in list(v2.children):
        if c.dep_ == "punct" and c.i == v2.sent.end - 1:
            _set_head(c, v, "punct")
    return True
