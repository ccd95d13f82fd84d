"""Clause gates of the coder: an anchor in an adverbial or relative clause, and an inverted conditional ("Should the
talks fail, ..."). Split out of ``gates.py`` (session 34, round gs69).
"""

from __future__ import annotations

from spacy.tokens import Span, Token


def _subordinate(anchor: Token) -> bool:
    """The anchor sits in an adverbial or relative clause ("..., after troops fired on protesters")."""
    t, n = anchor, 0
    while t.head.i != t.i and n < 8:
        if t.dep_ in ("advcl", "acl", "acl:relcl"):
            return True
        if t.dep_ in ("ccomp", "parataxis"):
            return False
        t = t.head
        n += 1
    return False


def _inverted_conditional(sent: Span, anchor: Token) -> bool:
    """"Should the talks fail, ...", "Were X to attack, ...": the first clause is a condition."""
    first = sent[0]
    if first.lower_ not in ("should", "were", "had") or sent.text.rstrip().endswith("?"):
        return False
    for t in sent:
        if t.text == ",":
            return anchor.i < t.i
    return False
