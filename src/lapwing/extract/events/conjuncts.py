"""The conjuncts of an event's argument: "condemned Iran *and Syria*", with the conjunct on the argument itself,
on the last word of its name, or hung by the parser one level too high, on the argument's head."""

from __future__ import annotations

from spacy.tokens import Token
from lapwing.extract.events.parse_memo import children_of


def hung_conjunct(x: Token) -> Token | None:
    """A noun conjunct that the parser hung on ``x``'s head instead of on ``x``: *government* in "urged [Cuba] and
    the Hungarian *government* to show restraint" (a conjunct of the verb) or "talks between [X] and the *government*"
    (a conjunct of *talks*): a noun or name conjunct of the head whose own "and" / "or" stands right after ``x``'s
    phrase. None when there is none."""
    h = x.head
    if h.i == x.i:
        return None
    for c in children_of(h):
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.left_edge.i == x.right_edge.i + 1 \
                and c.left_edge.dep_ == "cc" and c.left_edge.head.i == c.i and c.left_edge.lower_ in ("and", "or"):
            return c
    return None


def argument_conjuncts(tok: Token) -> list[Token]:
    """The conjuncts of argument ``tok``: its own ("Iran *and Syria*"), those on the last word of its name ("Prime
    Minister Shehbaz [Sharif] *and Ukraine*"), or one the parser hung on its head (``hung_conjunct``); a lone
    conjunct with no "and" is an apposition ("the party's chief, Chidi Okonkwo, said"), not a second actor."""
    conj = [x for x in children_of(tok) if x.dep_ == "conj"] or [
        x for f in children_of(tok) if f.dep_ == "flat" and f.i > tok.i for x in children_of(f) if x.dep_ == "conj"]
    if len(conj) == 1 and not any(c.dep_ == "cc" for c in conj[0].children) and not _joined(conj[0]):
        conj = []
    if not conj and (h := hung_conjunct(tok)) is not None:
        conj = [h]
    return conj


def _joined(c: Token) -> bool:
    """The conjunct's phrase opens with "and" / "or", the parser having hung it on a modifier of the conjunct:
    "Excise *and* police personnel held two smugglers" (the "and" on "police")."""
    first = c.doc[c.left_edge.i]
    return first.dep_ == "cc" and first.lower_ in ("and", "or") and first.head.i != c.i and first.head.head.i == c.i
