"""A village or small town the gazetteer does not know, named as text: the local name two reports of one happening
share when no coordinates can tell that they are one place.

A local paper datelines its own town ("TUNGAN MAJE - Armed bandits stormed this farming community"), a wire names the
village inside its sentence ("an attack on the village of Tungan Maje in Zamfara state", "Residents of Tungan Maje
buried ..."), and the gazetteer knows neither: the place extractor leaves the name without a country, or does not
find it at all. Two such reports of one day and one kind of act that name the same village are one place, as two
towns within a few kilometres are (``evidence.place_agreement``).

A mention's local names (:func:`local_names`) are

* the names in its sentence that the place extractor found and the gazetteer did not resolve (no country, no
  coordinates), and the names its sentence gives as a village's or a town's ("the village of X", "Residents of X",
  "X, a village near Y") where the gazetteer knows none;
* its article's dateline, when the gazetteer does not know it (a wire files from cities it knows: an unknown
  dateline is a local paper's own town), or when the sentence calls the place "this town", "this village", "this
  community" (the dateline is then where it happened, known to the gazetteer or not).

Two mentions share a local name (:func:`same_local_name`) when a local name of one is a name of the other, or its
words stand in the other's sentence ("the mayor of Zapotitlan Tablas", which no extractor took for a place).
"""

from __future__ import annotations

import functools
import re

from lapwing.schema import ArticleRecord, Event
from lapwing.store.dedup import normalise

#: A name this short ("Ali", "Bo") is too common to tell one village.
MIN_LETTERS = 4
#: "this farming community", "this eastern town", "this mountain town", "this upland village": the sentence's place
#: is the dateline's.
THIS_PLACE = re.compile(r"\bthis\s+(?:[a-z-]+\s+){0,2}(?:town|village|city|community|hamlet|district|settlement)\b",
                         re.IGNORECASE)
#: A name the text gives as a village's or a town's, found or not by the place extractor: "the village of Tungan
#: Maje", "Residents of Mangodomu", "Kisengeni, a village near Machakos".
_NAMED = r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
_CUED = re.compile(rf"\b(?:[Vv]illage|[Tt]own|[Hh]amlet|[Cc]ommunity|[Rr]esidents|[Vv]illagers)\s+of\s+{_NAMED}"
                   rf"|{_NAMED},\s+an?\s+(?:[a-z-]+\s+){{0,2}}(?:village|town|hamlet|community)\b")
#: The dateline's town: its words before a comma ("MABUHAY, Las Navas - ").
_DATELINE_CITY = re.compile(r"^\s*([^,(\-\u2013\u2014:]+)")


def _name(words: str) -> str | None:
    name = " ".join(normalise(words))
    return name if sum(c.isalpha() for c in name) >= MIN_LETTERS else None


def _dateline_name(record: ArticleRecord, end: int) -> str | None:
    m = _DATELINE_CITY.match(record.article.text[:end])
    return _name(m.group(1)) if m else None


def local_names(record: ArticleRecord, e: Event, dateline_end: int) -> frozenset[str]:
    """The names of villages or towns the gazetteer does not know that the event's sentence or its dateline give
    (normalised words joined by spaces); ``dateline_end``: where the article's dateline ends (0 without one)."""
    text = record.article.text
    s0, s1 = e.sentence.start, e.sentence.end
    out = {n for p in record.places if s0 <= p.start and p.end <= s1 and not p.country and p.lat is None
           for n in (_name(p.text),) if n}
    for m in _CUED.finditer(text, s0, s1):
        g = 1 if m.group(1) else 2
        if not any(p.start < m.end(g) and m.start(g) < p.end and p.country for p in record.places):
            n = _name(m.group(g))
            if n:
                out.add(n)
    if dateline_end:
        known = any(p.end <= dateline_end and p.country for p in record.places)
        if not known or THIS_PLACE.search(text, s0, s1):
            n = _dateline_name(record, dateline_end)
            if n:
                out.add(n)
    return frozenset(out)


@functools.lru_cache(maxsize=4096)
def _padded(sentence: str) -> str:
    return f" {' '.join(normalise(sentence))} "


def same_local_name(a: frozenset[str], a_sentence: str, b: frozenset[str], b_sentence: str) -> bool:
    """A local name in common, or one's local name in the other's sentence."""
    if a & b:
        return True
    return any(f" {n} " in _padded(b_sentence) for n in a) or any(f" {n} " in _padded(a_sentence) for n in b)
