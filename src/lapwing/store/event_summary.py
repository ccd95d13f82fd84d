"""One event's summary from its cluster of mentions (:func:`summarise`): its stable id, status, representative
mention, counts, date interval, confidence, attributions and place (docs/events-across-articles.md, step 5)."""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Iterable

from lapwing.store.mentions import Mention, PlaceKey

if TYPE_CHECKING:
    from lapwing.store.clustering import Cluster


STATUS_RANK = ["asserted", "attributed", "future", "hypothetical", "negated"]


@dataclass
class EventSummary:
    event_id: str
    mentions: list[Mention]
    representative: Mention
    status: str
    num_mentions: int
    num_articles: int
    num_sources: int
    first_seen: str | None
    last_seen: str | None
    day_from: date | None
    day_to: date | None
    confidence: float
    attributions: list[str]
    place: PlaceKey | None = None


#: How specific a place is, for the event's place: a city, town or landmark, then a region, then a country.
def _specificity(p: PlaceKey) -> int:
    return 2 if p.point_like else 1 if p.region else 0


def event_place(own: list[Mention], rep: Mention) -> PlaceKey | None:
    """Where the event happened: the representative mention's own place, else the most specific place its
    mentions name themselves (not an article's setting, not a place named for what was said), the one most of
    them name on ties; else the representative's setting. A brief that names no place ("Germany arrests six
    suspected far-right extremists") does not leave the raids it reports with none."""
    if rep.place is not None and not rep.place.inferred and not rep.place.aside:
        return rep.place
    named = [m.place for m in own if m.place is not None and not m.place.inferred and not m.place.aside]
    if not named:
        return rep.place
    counts: dict[PlaceKey, int] = defaultdict(int)
    for p in named:
        counts[p] += 1
    return max(counts, key=lambda p: (_specificity(p), counts[p], p.name or "", p.country or ""))


def event_id(keys: Iterable[tuple[str, int]]) -> str:
    """A stable id: the hash of the event's first mention key (order-free)."""
    a, i = min(keys)
    return "ev-" + hashlib.sha1(f"{a}#{i}".encode()).hexdigest()[:16]


def summarise(mentions: list[Mention], c: Cluster) -> EventSummary:
    ms = [mentions[i] for i in c.members] + [mentions[i] for i in c.copies]
    own = [mentions[i] for i in c.members]
    statuses = {m.status for m in ms}
    status = next(s for s in STATUS_RANK if s in statuses)
    rep = max(own, key=lambda m: (m.status == status, m.confidence, m.precise, -len(m.sentence),
                                  tuple(-ord(ch) for ch in m.article_id), -m.idx))
    pubs = sorted(p for p in (m.published for m in ms) if p)
    precise = [m for m in ms if m.precise]
    span_src = precise or [m for m in ms if m.day_from is not None]
    day_from = max((m.day_from for m in span_src), default=None) if precise else (
        min((m.day_from for m in span_src), default=None))
    day_to = min((m.day_to for m in span_src), default=None) if precise else (
        max((m.day_to for m in span_src), default=None))
    if day_from and day_to and day_from > day_to:
        day_from, day_to = day_to, day_from
    n_sources = len({m.outlet or m.article_id for m in ms})
    conf = 1 - math.prod(1 - min(0.95, m.confidence) for m in own)
    return EventSummary(
        event_id=event_id(m.key for m in own),
        mentions=ms,
        representative=rep,
        status=status,
        num_mentions=len(ms),
        num_articles=len({m.article_id for m in ms}),
        num_sources=n_sources,
        first_seen=pubs[0] if pubs else None,
        last_seen=pubs[-1] if pubs else None,
        day_from=day_from,
        day_to=day_to,
        confidence=round(conf, 4),
        attributions=sorted({m.attributed_to for m in ms if m.attributed_to}),
        place=event_place(own, rep),
    )
