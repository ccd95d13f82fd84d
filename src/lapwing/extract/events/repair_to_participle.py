"""Parse repair 282 (session 37, round mp74): "to" before a participle adjective read as an infinitive's marker.

282. **"granted asylum *to persecuted* journalists", "opened its doors *to displaced* families".** Before a past
   participle used as an adjective of the noun after it, the parser may read "to" as the marker of an infinitive
   (``mark``) and the participle as that infinitive's verb (``advcl``/``xcomp``, the noun its object), or keep the
   participle as the noun's adjective but hang "to" on it as a marker: the receiver of the act is then lost (the
   noun is no oblique of the verb) and, in the first reading, the participle makes an event of its own, done by
   the main clause's subject ("Sweden *persecuted* journalists"). An infinitive's verb is a base form, never a
   participle: "to" is the noun's preposition (``case``), the participle its adjective (``amod``) and the noun
   the oblique of the verb the participle hung on (``nmod`` of a noun). Only for a participle spelt as one (a
   regular "-ed" form or an irregular participle such as "stricken" or "broken", never a form that is also the
   base: "to cut", "to set"), with no subject, auxiliary or clause of its own, right after "to", and the noun
   right after it (its object, or the noun it already modifies; adjectives and compounds may stand between).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.inflect import IRREGULAR
from lapwing.extract.events.repair_index import RepairIndex

#: irregular participles that are not also the verb's base form ("broken", "stricken"; not "cut", "set")
_PARTICIPLES = frozenset(f for lemma, forms in IRREGULAR.items() for f in forms if f != lemma and f.endswith("n"))
_OWN_CLAUSE = frozenset({"nsubj", "nsubj:pass", "csubj", "expl", "aux", "aux:pass", "cop", "ccomp", "xcomp"})


def _participle(t: Token) -> bool:
    w = t.lower_
    return t.tag_ in ("VBN", "VBD", "JJ") and ((len(w) > 4 and w.endswith("ed")) or w in _PARTICIPLES)


def to_participle_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens of ``doc`` that repair 282 is tried on: participles right after a "to" that hangs on them (with
    ``index``, only the words "to" are read)."""
    toks = doc if index is None else index.tokens(index.find(words=("to",)))
    out = []
    for p in toks:
        if p.lower_ == "to" and p.i + 1 < len(doc) and p.head.i == p.i + 1 and p.dep_ == "mark" \
                and _participle(doc[p.i + 1]):
            out.append(p.i + 1)
    return out


def _noun_after(t: Token) -> Token | None:
    """The noun whose phrase starts right after the participle ``t``: its object, or the noun it modifies."""
    doc = t.doc
    if t.dep_ == "amod" and t.head.i > t.i and t.head.pos_ in ("NOUN", "PROPN"):
        n = t.head
    else:
        n = next((c for c in t.children if c.dep_ in ("obj", "dobj") and c.pos_ in ("NOUN", "PROPN")), None)
    if n is None or n.left_edge.i != t.i + 1 and not (t.dep_ == "amod" and n.left_edge.i == t.i - 1):
        return None
    if any(not (x.dep_ in ("amod", "compound", "flat", "nummod") or x.i == t.i or x.i == t.i - 1)
           for x in doc[t.i + 1:n.i]):
        return None
    return n


def repair_to_participle(t: Token) -> bool:
    """Repair 282 on the participle ``t``; True when applied."""
    doc = t.doc
    to = doc[t.i - 1]
    if to.lower_ != "to" or to.head.i != t.i or to.dep_ != "mark" or any(c.dep_ in _OWN_CLAUSE for c in t.children):
        return False
    n = _noun_after(t)
    if n is None:
        return False
    if t.dep_ == "amod":
        h = n.head if n.head.i != n.i else None
    else:
        h = t.head if t.head.i != t.i else None
        if t.dep_ not in ("advcl", "xcomp", "acl"):
            return False
    if h is None:
        return False
    to.head, to.dep_, to.pos_, to.tag_ = n, "case", "ADP", "IN"
    if n.head.i != h.i or not n.dep_.startswith(("obl", "nmod")):
        n.head = h
        n.dep_ = "obl" if h.pos_ in ("VERB", "AUX", "ADJ") else "nmod"
    t.head, t.dep_ = n, "amod"
    return True
