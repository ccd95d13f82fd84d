""""The court" after an international court: "Kenya refused to attend a hearing by *the International Court of
Justice* ... *The court* rejected Kenya's request", "*the court's* president". A definite "the court" or "the
tribunal" with no country of its own is the international court (an IGO code: ICJ, ICC, UNO, ...) the article named
last, when it named no national court before (rule ``coref:court``); otherwise it keeps its own codes (the
article's main country, as a national court would have)."""

from __future__ import annotations

from typing import Any

from lapwing.extract.actors.common import ActorMention, Codes

COURT_WORDS = frozenset({"court", "tribunal"})


def _is_court(coder: Any, x: ActorMention) -> bool:
    name = x.actor.name or ""
    return coder.d.lower[x.end - 1] in COURT_WORDS or "Court" in name or "Tribunal" in name


def _international_court(coder: Any, start: int) -> ActorMention | None:
    """The nearest mention of an international court before ``start``, if the article named no national court
    before it (national courts have a state's code, or none)."""
    courts = [x for x in coder.mentions if x.start < start and x.kind != "pronoun" and not x.nested
              and _is_court(coder, x)]
    if not courts or any(x.actor.country not in coder.igos for x in courts):
        return None  # "a Bosnian court", "the Supreme Court": a national court was named
    return courts[-1]  # several international courts ("the U.N.'s highest court ... the ICJ"): the nearest


def court_reference(coder: Any, m: ActorMention) -> ActorMention | None:
    """"The court" after one international court and no national one: that court (rule ``coref:court``)."""
    from lapwing.extract.actors.context_refs import _refer

    first = _international_court(coder, m.start)
    return None if first is None else _refer(coder, m, first, "coref:court")


def possessor_court(coder: Any, start: int, end: int) -> Codes | None:
    """"*the court's* president": the possessor "the court" stands for the one international court named before."""
    d = coder.d
    if end - start > 2 or end < 2 or d.lower[end - 2] != "the" or d.lower[end - 1] not in COURT_WORDS:
        return None
    first = _international_court(coder, start)
    if first is None:
        return None
    return Codes(first.actor.name, first.actor.country, first.actor.sector, kind="org")
