"""The two sides of one noun: "*French* and German troops", "Israeli and Palestinian negotiators", "Kenyan and
Ugandan police", "British, French and German diplomats".

Two nationality words joined by "and" / "or" on one head noun name two actors of the head's kind. The actor
extractor's mention takes the words next to the head ("German troops", DEU MIL); the first word is left out, so "X
and Y troops attacked ..." had one source and "X and Y negotiators met" no pair at all. ``adjective_side`` finds that
first word, and ``side_actor`` codes it as the other side: the first word's country with the head mention's sector,
its span the nationality word itself ("French", FRA MIL). Only when the head's mention is coded with a sector and the
country of the second word (a mention over the whole phrase, or one without a sector, is left as it is), and the two
countries differ. The coder then treats the first word as a conjunct of the head (one event per side) and, for a
reciprocal pattern (``conj1`` / ``conj2``), as the first side of the pair. A list of three or more ("British, French
and German diplomats", session 24 round 33) gives every word but the last a side of its own in the same way (one
event per side); a reciprocal pair still takes the first word only."""

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


def adjective_list(head: Token | None, nat: dict[int, str]) -> list[Token] | None:
    """The coordinated nationality words on ``head`` in the order written: the pair of ``adjective_pair``, or a
    list of three or more ("[British], [French] and [German] diplomats": the first a modifier of the head, the
    others its conjuncts, commas between them, "and" / "or" before the last, the last next to the head, every
    country different); None otherwise."""
    pair = adjective_pair(head, nat)
    if pair is not None:
        return list(pair)
    if head is None or not nat or head.pos_ not in ("NOUN", "PROPN"):
        return None
    doc = head.doc
    for a1 in head.children:
        if a1.dep_ not in _SIDE_LABELS or a1.i >= head.i or a1.i not in nat:
            continue
        words = [a1] + sorted((c for c in a1.children if c.dep_ == "conj" and a1.i < c.i < head.i), key=lambda c: c.i)
        if len(words) < 3 or words[-1].i != head.i - 1 or any(w.i not in nat for w in words) \
                or len({nat[w.i] for w in words}) != len(words):
            continue
        gaps = [[doc[k].lower_ for k in range(x.i + 1, y.i)] for x, y in zip(words, words[1:])]
        if all(g == [","] for g in gaps[:-1]) and gaps[-1] in (["and"], ["or"], [",", "and"], [",", "or"]) \
                and any(c.dep_ == "cc" for c in words[-1].children):
            return words
    return None


def list_head(t: Token) -> Token:
    """The noun a nationality word of a list qualifies: its head, or its first word's head for a conjunct."""
    return t.head.head if t.dep_ == "conj" else t.head


def adjective_side(head: Token | None, nat: dict[int, str]) -> Token | None:
    """The first of two coordinated nationality words on ``head`` ("[French] and German troops"), or None."""
    pair = adjective_pair(head, nat)
    return pair[0] if pair is not None else None


def adjective_sides(head: Token | None, nat: dict[int, str]) -> list[Token]:
    """Every coordinated nationality word on ``head`` but the last, whose country the head's own mention has
    ("[British], [French] and German diplomats"); empty when there is no such list."""
    words = adjective_list(head, nat)
    return words[:-1] if words else []


def side_actor(head_actor: Actor | None, a1: Token, nat: dict[int, str], text: str) -> Actor | None:
    """The actor of the first side ``a1`` of the head whose coded mention is ``head_actor``; None when the mention
    is not the second side's (``text``: the article's text, for the span's words)."""
    if head_actor is None or not head_actor.sector or not head_actor.country or head_actor.start <= a1.idx:
        return None
    words = adjective_list(list_head(a1), nat)
    if not words or a1.i not in [w.i for w in words[:-1]] or head_actor.country != nat[words[-1].i]:
        return None
    start, end = (a1.idx if a1.dep_ == "conj" else a1.left_edge.idx), a1.idx + len(a1.text)
    return Actor(text=text[start:end], country=nat[a1.i], sector=head_actor.sector, start=start, end=end,
                 kind="agent", rule="events:adjective-side")
