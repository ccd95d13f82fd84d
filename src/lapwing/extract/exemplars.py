"""Countries named as examples of a class ("neighbours *such as Uganda*", "countries *like Iran*", "donors
*including Japan*"): an example stands for the class the noun names, so it lends its country to no other actor of the
sentence (the minister who "urged neighbours such as Uganda" is not Ugandan)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

#: the words that bring in examples of a noun's class ("such as" is parsed as ``such`` with ``as`` fixed to it)
_EXAMPLE_CASES = frozenset({"such", "like", "including", "especially", "particularly", "notably"})


def _example_marker(tok: Token) -> bool:
    for c in tok.children:
        if c.dep_ not in ("case", "mark", "advmod", "cc") or c.i > tok.i:
            continue
        word = c.lower_
        if word == "such" and any(f.lower_ == "as" for f in c.children):
            return True
        if word in _EXAMPLE_CASES and word != "such":
            return True
    return False


def exemplar_country(doc: Doc, start: int, end: int) -> bool:
    """The country mention at characters ``start``..``end`` is an example attached to a common noun ("states such
    as Kenya and Rwanda", "nations including Syria")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and exemplar_token(span.root)


def exemplar_token(top: Token) -> bool:
    """``top`` (the head of a country mention) is an example attached to a common noun."""
    while top.dep_ == "conj" and top.head.i != top.i and top.head.i < top.i:
        top = top.head
    if top.dep_ not in ("nmod", "obl", "appos", "acl") or top.head.i == top.i:
        return False
    if top.head.pos_ not in ("NOUN",):
        return False
    return _example_marker(top)
