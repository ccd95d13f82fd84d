"""Parse repair 246: a sentence's main verb read as a "with" clause on the noun before it.

"A statement from the council after its meeting *with Iran has been released*", "The list of the prisoners freed
*with the deal was published*": the parser takes "with" for the mark of a clause ("with X having been ...") whose
subject is the noun after it, hangs that clause on the subject of the sentence (a root noun), and the sentence's verb
becomes an act on the noun of the with-phrase: a release of Iran is coded. A clause marked by "with" has no finite
verb ("with the hostages released", "with talks having stalled"), so a finite auxiliary ("has", "was", "is", "will")
shows the verb is the sentence's own. The verb becomes the root, the root noun its subject (a passive one when the
verb has a passive auxiliary), "with" the case of the noun after it, and that noun a phrase on the word before
"with" (``obl`` on a verb, ``nmod`` on a noun). Only when:

* the sentence's root is a noun or name before "with" (no verb of its own), and the verb hangs, through clauses of
  nouns only, on that root;
* the verb has "with" as its ``mark`` and a subject after it, and an auxiliary in a finite form (``VBZ``, ``VBD``,
  ``VBP``, ``MD``) between the subject and the verb.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.repair_particle import _set_head
from lapwing.extract.events.repair_index import RepairIndex

_FINITE = ("VBZ", "VBD", "VBP", "MD")
_SUBJ = ("nsubj", "nsubj:pass")


def with_clause_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens of ``doc`` that repair 246 is tried on: the heads of a "with" read as a mark (with ``index``, only
    its "with" labelled ``mark`` are read)."""
    toks = doc if index is None else index.tokens(index.find(words="with", dep="mark"))
    return [t.head.i for t in toks if t.lower_ == "with" and t.dep_ == "mark" and t.head.i > t.i]


def repair_with_clause(v: Token) -> bool:
    """Repair 246 on the verb ``v``; True when applied."""
    if v.pos_ not in ("VERB", "AUX") or v.dep_ not in ("acl", "advcl", "acl:relcl"):
        return False
    kids = list(v.children)
    mark = next((c for c in kids if c.dep_ == "mark" and c.lower_ == "with"), None)
    subj = next((c for c in kids if c.dep_ in _SUBJ and mark is not None and mark.i < c.i < v.i), None)
    if mark is None or subj is None or mark.i == v.sent.start:
        return False
    if not any(c.dep_ in ("aux", "aux:pass") and c.tag_ in _FINITE and subj.i < c.i < v.i for c in kids):
        return False
    root = v.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.i >= mark.i:
        return False
    h = v.head  # the clause hangs, through clauses of nouns and their nouns only, on the root noun
    while h.i != root.i:
        if h.dep_ not in ("acl", "nmod", "acl:relcl") or h.head.i == h.i:
            return False
        h = h.head
    owner = v.doc[mark.i - 1]
    if owner.pos_ not in ("NOUN", "PROPN", "VERB") or owner.i < root.i:
        return False
    passive = any(c.dep_ == "aux:pass" for c in kids)
    _set_head(v, v, "ROOT")
    _set_head(root, v, "nsubj:pass" if passive else "nsubj")
    _set_head(subj, owner, "obl" if owner.pos_ == "VERB" else "nmod")
    _set_head(mark, subj, "case")
    for c in list(root.children):
        if c.i > v.i or c.dep_ == "punct" and c.i == v.sent.end - 1:
            _set_head(c, v, c.dep_)
    return True
