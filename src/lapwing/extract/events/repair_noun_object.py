"""Repair 17 of ``parse_repair``: a noun root with an object, whose verb was read as the object's
modifier.

"NATO planes *repeatedly bombed* Bosnian Serb military assets": the parser made *planes* the root
with *assets* as its object and hung *bombed* on *assets* as an adjective. A noun takes no object, so
the past-tense verb standing between the two nouns is the sentence's verb: it becomes the root, the
root noun its subject and the object its object; an adverb before the verb moves with it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from lapwing.extract.events.repair_particle import _set_head


def repair_noun_root_object(root: Token, sent: Span) -> bool:
    """Apply repair 17 at the root ``root`` of a verbless sentence; True when applied."""
    if root.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("cop", "aux", "aux:pass") for c in root.children):
        return False
    obj = next((c for c in root.children if c.dep_ in ("obj", "dobj") and c.i > root.i), None)
    if obj is None:
        return False
    v = next((c for c in obj.children if c.i < obj.i and c.i > root.i and c.dep_ in ("amod", "acl")
              and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBN", "JJ") and c.lower_.endswith("ed")), None)
    if v is None:
        return False
    between = [sent.doc[i] for i in range(root.i + 1, v.i)]
    if any(w.pos_ not in ("ADV", "PART") for w in between):
        return False  # only adverbs between the subject and the verb ("*repeatedly* bombed")
    _set_head(v, v, "ROOT")
    _set_head(root, v, "nsubj")
    _set_head(obj, v, "obj")
    for w in between:
        _set_head(w, v, "advmod" if w.pos_ == "ADV" else w.dep_)
    for c in list(root.rights):
        if c.dep_ == "punct" and c.i == sent.end - 1:
            _set_head(c, v, "punct")
    return True
