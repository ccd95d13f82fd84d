"""Repair 127 of ``parse_repair`` (session 29; widened as 156 in session 24 round 33): a verb written with a
hyphenated noun before it.

"Police *pepper-sprayed* students", "Riot police *tear-gassed* marchers", "Gunmen *machine-gunned* a bus": the
tokenizer splits the word at its hyphen, and the model reads the noun half as the verb's subject ("Police pepper"
the doer) or as part of a noun phrase that swallows the verb ("[Police pepper-sprayed] students", the verb an
adjective of its object). A noun joined by a bare hyphen to the past form that follows it is part of that verb:
it hangs on the verb as a compound, the noun phrase before it is the verb's subject, and a root noun the verb
modified is its object (or, when the noun half was read as the root with the verb its clause, the verb is the root).
"""

from __future__ import annotations

from spacy.tokens import Token

_SUBJ = ("nsubj", "nsubj:pass")


def _joined_prefix(v: Token) -> Token | None:
    """The noun joined to ``v`` by a bare hyphen ("pepper" in "pepper-sprayed"), or None."""
    if v.i < 2 or v.tag_ not in ("VBD", "VBN"):
        return None
    hy, x = v.doc[v.i - 1], v.doc[v.i - 2]
    if hy.text != "-" or hy.whitespace_ or x.whitespace_ or x.pos_ != "NOUN":
        return None
    return x


def repair_hyphen_prefix_verb(v: Token) -> bool:
    """Apply repair 127 to the past form ``v``; True when applied."""
    x = _joined_prefix(v)
    if x is None or v.pos_ != "VERB":
        return False
    doc = v.doc
    # (156: "[Officers pepper] -sprayed a man" with the noun half an unmarked oblique of the verb is read as its subject)
    as_subject = x.head.i == v.i and (x.dep_ in _SUBJ or (x.dep_ in ("obl:unmarked", "obl:npmod", "npadvmod") and not any(
        c.dep_ == "case" for c in x.children)))
    as_modifier = x.head.i == v.i and x.dep_ == "compound" and v.dep_ == "amod" and v.head.i > v.i \
        and v.head.dep_ in ("ROOT", "root") and v.head.pos_ == "NOUN"
    # (156: "[Police pepper] -sprayed [several protesters]" with the verb an adjective after the root noun half)
    as_head = v.head.i == x.i and v.dep_ in ("acl", "acl:relcl", "amod") and x.dep_ in ("ROOT", "root")
    # (156: "[Police pepper] -sprayed traders ..., witnesses said" with the noun half the reporting verb's subject or
    # clause: the verb takes its place as that verb's clause)
    reported = v.head.i == x.i and v.dep_ in ("acl", "acl:relcl", "amod") and x.dep_ in ("nsubj", "ccomp") \
        and x.head.i > v.i and x.head.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.i > v.i and c.i != x.i
                                                              for c in x.head.children)
    if reported:
        as_head = True
    if not (as_subject or as_modifier or as_head) or any(c.dep_ in _SUBJ and c.i != x.i for c in v.children):
        return False
    subj = doc[x.i - 1]  # the head of the doer's phrase, right before the noun half: "[Riot police] pepper-sprayed"
    if subj.pos_ not in ("NOUN", "PROPN") or subj.head.i not in (x.i, v.i, v.head.i) or subj.dep_ not in (
            "compound", "nsubj", "nsubj:pass"):
        return False
    owners = {x.i, v.head.i} if as_modifier else {x.i}
    before = [t for t in doc[x.sent.start:subj.i] if t.head.i in owners]
    if as_modifier:
        obj = v.head
        v.head, v.dep_ = v, "ROOT"
        for t in doc[obj.sent.start:obj.sent.end]:
            if t.head.i == obj.i and t.i != v.i and t.i != obj.i:
                t.head = obj  # (its own modifiers stay)
        obj.head, obj.dep_ = v, "obj"
        for t in doc[obj.sent.start:obj.sent.end]:
            if t.dep_ in ("ROOT", "root") and t.i != v.i:
                t.head, t.dep_ = v, "dep"
    if as_head:  # "[Police pepper] -sprayed the students": the noun half was the root, the verb its clause
        sent_end = x.sent.end
        for t in doc[x.sent.start:sent_end]:
            if t.head.i == x.i and t.i > x.i and t.i != v.i:
                t.head = v
        if reported:
            v.head, v.dep_ = x.head, "ccomp"
        else:
            v.head, v.dep_ = v, "ROOT"
        if not any(c.dep_ in ("obj", "dobj") for c in v.children):
            # (156) the first bare noun after the verb that the noun half held ("parataxis", "appos") is its object
            obj = next((t for t in doc[v.i + 1:sent_end] if t.head.i == v.i and t.dep_ in ("parataxis", "appos", "dep")
                        and t.pos_ in ("NOUN", "PROPN", "PRON") and not any(c.dep_ == "case" for c in t.children)), None)
            if obj is not None:
                obj.dep_ = "obj"
    for c in before:
        c.head = subj
    subj.head, subj.dep_ = v, "nsubj"
    x.head, x.dep_ = v, "compound"
    doc[v.i - 1].head, doc[v.i - 1].dep_ = x, "punct"
    v.tag_ = "VBD" if v.tag_ == "VBN" and as_modifier else v.tag_
    return True
