"""Hand-made article records for the clustering tests (no model): an article's one event with its actors, its
date phrase and the country words it names as places, built from the article's own text so every span is right."""

from __future__ import annotations

from lapwing.schema import Actor, Article, ArticleRecord, Date, Event, Place, Span, Trigger
from lapwing.store.clustering import cluster_by_family
from lapwing.store.mentions import mentions_of

#: a country word: (its code, its kind), e.g. {"Kenyan": ("KEN", "adjectival")}
CountryWords = dict[str, tuple[str, str]]


def places_in(text: str, words: CountryWords) -> list[Place]:
    """Every whole-word occurrence in ``text`` of the country words ``words``, as places, in text order."""
    out = []
    for word, (code, kind) in words.items():
        start = text.find(word)
        while start >= 0:
            end = start + len(word)
            if (start == 0 or not text[start - 1].isalpha()) and (end == len(text) or not text[end].isalpha()):
                out.append(Place(text=word, start=start, end=end, name=word, country=code, kind=kind))
            start = text.find(word, end)
    return sorted(out, key=lambda p: p.start)


def actor(text: str, phrase: str, country: str | None, sector: str | None, kind: str = "agent") -> Actor:
    i = text.index(phrase)
    return Actor(text=phrase, start=i, end=i + len(phrase), country=country, sector=sector, kind=kind)


def record(aid: str, text: str, cameo: str, verb: str, src, tgt, day: str, phrase: str | None,
           words: CountryWords, goldstein: float = -5.0) -> ArticleRecord:
    """The record of article ``aid``: one asserted event coded ``cameo`` on ``verb``, its source and target given as
    ``(phrase, country, sector[, kind])``, dated ``day`` by ``phrase`` (or by the publication day when None)."""
    t0 = text.index(verb)
    event = Event(cameo=cameo, quad_class=4 if cameo[:2] >= "14" else 2, goldstein=goldstein, plover=None,
                  sentence=Span(start=0, end=len(text)), trigger=Trigger(text=verb, start=t0, end=t0 + len(verb)),
                  date=day, date_source="text" if phrase else "published", status="asserted",
                  source=actor(text, *src) if src else None, target=actor(text, *tgt) if tgt else None)
    dates = [Date(text=phrase, start=text.index(phrase), end=text.index(phrase) + len(phrase), value=day,
                  rule="weekday")] if phrase else []
    return ArticleRecord(article=Article(id=aid, text=text, published=f"{day}T18:00:00", source=aid),
                         dates=dates, events=[event], places=places_in(text, words))


def where(records: list[ArticleRecord]) -> dict[str, int]:
    """Article id -> the index of the event cluster its mention joined."""
    ms = [m for r in records for m in mentions_of(r)]
    return {ms[i].article_id: k for k, c in enumerate(cluster_by_family(ms)) for i in c.members + c.copies}
