"""The two sides of one noun: "*French* and German troops", "Israeli and Palestinian negotiators", "Kenyan and
Ugandan police".

Two nationality words joined by "and" / "or" on one head noun name two actors of the head's kind. The actor
extractor's mention takes the words next to the head ("German troops", DEU MIL); the first word is left out, so "X
and Y troops attacked ..." had one source and "X and Y negotiators met" no pair at all. ``adjective_side`` finds that
first word, and ``side_actor`` codes it as the other side: the first word's country with the head mention's sector,
its span the nationality word itself ("French", FRA MIL). Only when the head's mention is coded with a sector and the
country of the second word (a mention over the whole phrase, or one without a sector, is left as it is), and the two
countries differ. The coder then treats the first word as a conjunct of the head (one event per side) and, for a
reciprocal pattern (``conj1`` / ``conj2``), as the first side of the pair."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.schema import Actor
from lapwing.extract.events.parse_memo import children_of

_SIDE_LABELS = frozenset({"amod", "compound"})


def adjective_pair(head: Token | None, nat: dict[int, str]) -> tuple[Token, Token] | None:
    """The two coordinated nationality words on ``head`` ("[French] and [German] troops"), or None. The second is
    the first's conjunct, or (a parse that hung both on the head) the head's next modifier, with the "and" on it."""
    if head is None or not nat or head.pos_ not in ("NOUN", "PROPN"):
        return None
    for a1 in children_of(head):
        if a1.dep_ not in _SIDE_LABELS or a1.i >= head.i or a1.i not in nat:
            continue
        seconds = [c for c in children_of(a1) if c.dep_ == "conj"]
        seconds += [c for c in children_of(head) if c.dep_ in _SIDE_LABELS and c.i == a1.i + 2]
        for a2 in seconds:
            if a1.i < a2.i < head.i and nat.get(a2.i) not in (None, nat[a1.i]) \
                    and a2.doc[a1.i + 1].lower_ in ("and", "or") \
                    and any(c.dep_ == "cc" and c.i == a1.i + 1 for c in children_of(a2)):
                return a1, a2
    return None


def adjective_side(head: Token | None, nat: dict[int, str]) -> Token | None:
    """The first of two coordinated nationality words on ``head`` ("[French] and German troops"), or None."""
    pair = adjective_pair(head, nat)
    return pair[0] if pair is not None else None


def side_actor(head_actor: Actor | None, a1: Token, nat: dict[int, str], text: str) -> Actor | None:
    """The actor of the first side ``a1`` of the head whose coded mention is ``head_actor``; None when the mention
    is not the second side's (``text``: the article's text, for the span's words)."""
    if head_actor is None or not head_actor.sector or not head_actor.country or head_actor.start <= a1.idx:
        return None
    pair = adjective_pair(a1.head, nat)
    if pair is None or pair[0].i != a1.i or head_actor.country != nat[pair[1].i]:
        return None
    start, end = a1.left_edge.idx, a1.idx + len(a1.text)
    return Actor(text=text[start:end], country=nat[a1.i], sector=head_actor.sector, start=start, end=end,
                 kind="agent", rule="events:adjective-side")
