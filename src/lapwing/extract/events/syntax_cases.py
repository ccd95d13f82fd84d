"""A token's own function words: the prepositions and markers it carries (``_cases``), its particles, its children of
given labels (split out of ``syntax``, which re-exports these names)."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.parse_memo import _per_token, children_of


def _children(t: Token, deps) -> list[Token]:
    return [c for c in children_of(t) if c.dep_ in deps]


@_per_token
def _particles(t: Token) -> set[str]:
    return {c.lower_ for c in children_of(t)
            if c.dep_ in ("compound:prt", "prt") or (c.dep_ == "advmod" and c.lower_ in
                                                     {"down", "up", "out", "off", "over", "back", "away"})}


@_per_token
def _cases(t: Token) -> set[str]:
    out = set()
    for c in children_of(t):
        if c.dep_ in ("case", "mark"):
            out.add(c.lower_)
            fixed = [g.lower_ for g in children_of(c) if g.dep_ == "fixed"]
            if fixed:
                out.add("_".join([c.lower_] + fixed))
    if not out and t.pos_ in ("NOUN", "PROPN"):
        # "by [al]-Shabaab gunmen" with "by" hung on the first name word, a compound of the head; "to [Chinese
        # President] Xi Jinping", "on [Russian President] Vladimir Putin" with the preposition hung on the
        # title or the first name of the phrase (up to three words of the name's own modifiers between)
        le = t.left_edge
        if le.dep_ == "case" and le.i < t.i and le.head.i != t.i:
            h = le.head
            for _ in range(3):
                if h.i == t.i or h.dep_ not in _NAME_PARTS:
                    break
                h = h.head
            if h.i == t.i:
                out.add(le.lower_)
    return out


#: dependents that are words of a name phrase: its title, first names, nationality word
_NAME_PARTS = frozenset({"compound", "flat", "amod", "nmod:desc"})
