"""Parse repair 73: a fronted participle's object read as the main clause's subject, the real subject its
apposition.

"After meeting Serbia, former Bolivian President Evo Morales criticised the decision" is parsed with *Serbia* the
subject of *criticised* and the titled name an apposition of it, so the meeting has no object and the criticism the
wrong doer. When the noun right after a fronted participle that has no object of its own is the main verb's subject
and carries an apposition set off by a comma that runs up to the main verb, the noun is the participle's object and
the apposition the subject."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_particle import _set_head

_OWN = ("obj", "dobj", "ccomp", "xcomp", "iobj")


def repair_participle_object_as_subject(n: Token) -> bool:
    """Repair 73 on a subject ``n`` right after a fronted participle of its verb; True when applied."""
    v = n.head
    if n.dep_ != "nsubj" or v.i < n.i or v.pos_ not in ("VERB", "AUX"):
        return False
    part = next((c for c in v.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < n.i), None)
    if part is None or n.left_edge.i != part.i + 1 or any(c.dep_ in _OWN for c in part.children):
        return False
    doc = n.doc
    a = next((c for c in n.children if c.dep_ == "appos" and c.i > n.i), None)
    if a is None or a.left_edge.i < 1:
        return False
    cm = a.left_edge.i if doc[a.left_edge.i].text == "," else a.left_edge.i - 1  # (the comma may hang on either)
    if doc[cm].text != ",":
        return False
    if any(t.i > cm and not (t.i == a.i or a.is_ancestor(t)) for t in n.subtree):
        return False  # the comma stands right after the noun's own words
    end = a.right_edge.i + 1
    while end < v.i and doc[end].is_punct:
        end += 1
    if end != v.i:
        return False  # the apposition runs up to the main verb
    comma = doc[cm]
    _set_head(n, part, "obj")
    _set_head(a, v, "nsubj")
    if comma.head.i != part.i:
        _set_head(comma, part, "punct")
    return True


def repair_participle_on_subject(part: Token) -> bool:
    """Repair 73b: "After meeting Hungary, [the Slovak president] praised ..." with *meeting* hung on the subject
    noun: a fronted participle clause before the subject is its verb's (so the subject is its doer too). True when
    applied."""
    n = part.head
    v = n.head
    if part.dep_ != "advcl" or part.tag_ != "VBG" or n.dep_ != "nsubj" or not part.i < n.i < v.i \
            or v.pos_ not in ("VERB", "AUX") or part.right_edge.i >= n.i:
        return False
    _set_head(part, v, "advcl")
    return True
