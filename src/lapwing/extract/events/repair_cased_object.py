"""Parse repair 280 (session 36, round mp72): a preposition hung on the number of its noun; a cased noun read as an
object.

280. **"sent weapons *to 18 Rwandan rebels*", "sent troops *to 12 Somali towns*".** Before a number and a name word,
   the parser may hang the preposition on the number (``case`` of "18") rather than on the noun it marks, and may
   label the receiver's noun ``obj`` of the verb (two objects): the coder, which finds the receiver or the place in
   the noun's own prepositional phrase, then loses the target. A preposition is its noun's (``case`` of the noun the
   number counts), and a noun with its own preposition is no object: when the verb has another (unmarked) object
   before it, the noun becomes the verb's oblique (``obl``). Only for a preposition tagged as one (``IN``/``TO``)
   right before the number, the number a ``nummod`` of a noun after it; never for a particle.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.repair_index import RepairIndex

_OBJ = ("obj", "dobj")


def cased_object_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens of ``doc`` that repair 280 is tried on: the nouns counted by a number that carries the preposition
    before it (with ``index``, only the numbers are read)."""
    toks = doc if index is None else index.tokens(index.find(dep="nummod"))
    out = []
    for t in toks:
        if t.dep_ == "nummod" and t.i > 0 and t.head.i > t.i:
            p = doc[t.i - 1]
            if p.dep_ == "case" and p.head.i == t.i and p.tag_ in ("IN", "TO") and p.lower_ != "of":
                out.append(t.head.i)
    return out


def repair_cased_object(n: Token) -> bool:
    """Repair 280 on the noun ``n``; True when applied."""
    doc = n.doc
    e = n.left_edge
    if e.dep_ != "case" or e.head.i == n.i or e.head.head.i != n.i or e.head.dep_ != "nummod" or e.i + 1 != e.head.i:
        return False
    e.head = n
    v = n.head
    if n.dep_ in _OBJ and v.pos_ in ("VERB", "AUX") and any(
            c.dep_ in _OBJ and v.i < c.i < n.i and not any(g.dep_ == "case" for g in c.children) for c in v.children):
        n.dep_ = "obl"
    return True
