"""An act of aid is known by whom it is for.

A pledge of aid or an act of aid whose target the coder left empty is for the country or place its sentence names
right after "for" or "to" ("Japan pledged $15 million in humanitarian aid for Gaza", "will provide aid to Sudan"):
one donor's pledges of one day for two countries are two pledges, not one (``recipient``). Only the codes that name
aid itself are read so (intents to provide aid, 033x; aid given, 07x): the generic intent to cooperate (030) may be
any agreement ("agreed to speed up the recruitment of nurses, a model for Germany's partnerships").
"""

from __future__ import annotations

import re

from lapwing.schema import ArticleRecord, Event, Place

__all__ = ["AID_CODES", "aid_act", "recipient"]

#: Codes that name aid itself: intents to provide aid (033x) and aid given (07x). The generic intent to cooperate
#: (030) may be any agreement ("agreed to speed up the recruitment of nurses, a model for Germany's partnerships").
AID_CODES = ("033", "07")


def aid_act(cameo: str) -> bool:
    """A pledge of aid or the aid given, by its code."""
    return cameo.startswith(AID_CODES)


#: What lies between an act of aid's words and the place it is for: "aid for Gaza", "$10 million to Sudan", "for
#: drones for Ukraine", "for the people of Gaza".
_FOR = re.compile(r"\b(?:for|to)\s+(?:the\s+)?(?:people\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)


def recipient(record: ArticleRecord, e: Event) -> Place | None:
    """The place an act of aid with no coded target is for: the first country or place of its sentence, after its
    trigger, that follows "for" or "to" ("pledged $30 million in humanitarian aid for Sudan on Friday"), other
    than the donor's own country."""
    if e.target is not None or not aid_act(e.cameo):
        return None
    donor = e.source.country if e.source is not None else None
    text = record.article.text
    for p in sorted(record.places, key=lambda p: p.start):
        if e.trigger.end <= p.start and p.end <= e.sentence.end and p.country and p.country != donor \
                and _FOR.search(text, max(e.trigger.end, p.start - 30), p.start):
            return p
    return None
