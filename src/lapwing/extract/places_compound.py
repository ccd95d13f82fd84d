"""Countries and demonyms before a hyphen inside one word: "U.S.-backed forces", "Saudi-led coalition",
"Iran-backed militias", "Russian-made jets".

The tokenizer keeps such a compound as one token, so neither the gazetteer scan nor the demonym scan of
:mod:`lapwing.extract.places` sees the name in it. Like "Russian troops", these are references to a country
that describe a participant, never where something happened: they are listed as ``kind`` ``adjectival``
(rule ``adjectival/compound``), with the country's GeoNames id and point, and stay out of
``ctx.data["places"]``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from lapwing.geo.gazetteer import Entry, Gazetteer, demonyms, iso3_of, norm
from lapwing.schema import Place

#: Second halves of such compounds (participles and a few adjectives of support, origin or control).
COMPOUND_HEADS = frozenset("""backed led based funded made brokered allied owned sponsored run controlled born
supported dominated aligned friendly administered held occupied financed trained armed built linked affiliated
bred""".split())

_COMPOUND = re.compile(r"^([A-Z][\w.]*(?:\s?[A-Z][\w.]*)?)[-‐–]([a-z]+)$")
#: Where to look: a capital, then a hyphen before a lower-case word, in the text (cheaper than every token).
_CANDIDATE = re.compile(r"[A-Z][\w.]*[-‐–][a-z]+")


def _country_of(gaz: Gazetteer, name: str) -> Entry | None:
    """The country (or, for a demonym, its country, division or region) that ``name`` names, else None."""
    key = norm(name)
    target = demonyms().get(key)
    if target:
        hits = [e for e in gaz.lookup(target) if e.kind in ("country", "admin1", "region") and e.lat is not None]
        if hits:
            return max(hits, key=lambda e: (e.kind == "country", e.alt == 0))
    hits = [e for e in gaz.lookup_key(key) if e.kind == "country" and e.lat is not None]
    return hits[0] if hits else None


def find_compounds(doc: Doc, gaz: Gazetteer, taken: list[bool], text: str | None = None
                   ) -> list[tuple[Place, int, int]]:
    """``[(Place, token_start, token_end)]`` for each one-token compound whose first half names a country
    ("U.S.-backed", "U.K.-based"); the place's text and character offsets are the first half's. ``text`` is
    ``doc.text`` when the caller has it already."""
    out = []
    for hit in _CANDIDATE.finditer(doc.text if text is None else text):
        span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
        if span is None or len(span) != 1 or taken[span.start]:
            continue  # split by the tokenizer ("Saudi-led"): the demonym scan sees it
        i, t = span.start, span[0]
        m = _COMPOUND.match(t.text)
        if m is None or m.group(2) not in COMPOUND_HEADS:
            continue
        e = _country_of(gaz, m.group(1))
        if e is None:
            continue
        start = t.idx
        out.append((Place(text=m.group(1), start=start, end=start + len(m.group(1)), name=e.name,
                          country=iso3_of(e.cc), lat=round(e.lat, 5), lon=round(e.lon, 5), kind="adjectival",
                          admin1=e.name if e.kind == "admin1" else None, geonames_id=e.gid,
                          rule="adjectival/compound"), i, i + 1))
    return out
