""""The court" or "the council" after an international one: "Kenya refused to attend a hearing by *the International
Court of Justice* ... *The court* rejected Kenya's request", "*the court's* president", "she told *the U.N. Security
Council* ... urged *the council* to act". A definite "the court", "the tribunal" or "the council" with no country of
its own is the international court or council (an IGO code: ICJ, ICC, UNO, ...) the article named last, when it named
no national one of that kind before (rules ``coref:court``, ``coref:council``); otherwise it keeps its own codes (the
article's main country, as a national court or council would have)."""

from __future__ import annotations

from typing import Any

from lapwing.extract.actors.common import ActorMention, Codes

#: the head word of a definite description -> the kind of body it names (its name's word)
BODY_WORDS = {"court": "Court", "tribunal": "Court", "council": "Council"}
COURT_WORDS = frozenset(BODY_WORDS)  # (the words this module reads)
_KIND_WORDS = {"Court": ("court", "tribunal", "Court", "Tribunal"), "Council": ("council", "Council")}


def _is_body(coder: Any, x: ActorMention, kind: str) -> bool:
    words = _KIND_WORDS[kind]
    name = x.actor_view.name or ""
    return coder.d.lower[x.end - 1] in words[:len(words) // 2] or any(w in name for w in words[len(words) // 2:])


def _international_body(coder: Any, start: int, word: str) -> ActorMention | None:
    """The nearest mention of an international court (or council) before ``start``, if the article named no national
    one before it (national courts and councils have a state's code, or none)."""
    kind = BODY_WORDS[word]
    bodies = [x for x in coder.mentions if x.start < start and x.kind != "pronoun" and not x.nested
              and _is_body(coder, x, kind)]
    if not bodies or any(x.actor_view.country not in coder.igos for x in bodies):
        return None  # "a Bosnian court", "the Supreme Court", "the city council": a national one was named
    return bodies[-1]  # several international courts ("the U.N.'s highest court ... the ICJ"): the nearest


def court_reference(coder: Any, m: ActorMention) -> ActorMention | None:
    """"The court" / "the council" after international ones only: the nearest (rule ``coref:court`` / ``coref:council``)."""
    from lapwing.extract.actors.context_refs import _refer

    word = coder.d.lower[m.end - 1]
    first = _international_body(coder, m.start, word)
    return None if first is None else _refer(coder, m, first, "coref:" + BODY_WORDS[word].lower())


def possessor_court(coder: Any, start: int, end: int) -> Codes | None:
    """"*the court's* president", "*the council's* members": the possessor stands for the international one named
    before."""
    d = coder.d
    if end - start > 2 or end < 2 or d.lower[end - 2] != "the" or d.lower[end - 1] not in BODY_WORDS:
        return None
    first = _international_body(coder, start, d.lower[end - 1])
    if first is None:
        return None
    return Codes(first.actor_view.name, first.actor_view.country, first.actor_view.sector, kind="org")
