"""Toponym resolution: choose, for every place mention of a document, the feature it names.

Each distinct name in a document is resolved once ("one sense per discourse")
by scoring its gazetteer candidates:

* **prior**: what the name usually means without context: countries before
  first-level divisions before regions; cities by population (log scale),
  national capitals up; names matched only through an alternate (historic,
  foreign) name down;
* **qualifiers**: "Alexandria, La.", "Paris, Texas", "Caracas, Venezuela";
* **document context**: countries and first-level divisions that the other
  mentions resolve to (a Venezuelan context makes "Miraflores" the palace in
  Caracas rather than a town in Colombia), the dateline ("CARACAS, April 30 -")
  counted three times, and distance to the other resolved cities.

Context comes from the other names' current choices; the document is resolved
three times so that choices settle (the first pass uses priors, qualifiers and
the dateline only).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from lapwing.geo.gazetteer import Entry, Gazetteer, demonyms, initialism_key, norm, us_states, with_coords
from lapwing.geo.tables import ADMIN_SUFFIXES

EARTH_RADIUS_KM = 6371.0088
#: Half the Earth's circumference: the largest possible error (km).
MAX_ERROR_KM = 20039.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


@dataclass
class Mention:
    """A stretch of text that names (or may name) a place."""

    text: str
    start: int  # character offsets into the document text
    end: int
    tok_start: int = -1  # token offsets (end exclusive) when known
    tok_end: int = -1
    source: str = "gazetteer"  # ner, gazetteer, pattern, dateline, qualifier, gold
    qualifier: "Mention | None" = None  # the ", La." after "Alexandria"
    demonym_ok: bool = False  # resolve adjectives such as "Syrian" (evaluation of gold spans only)
    label: str | None = None  # NER label when from NER
    area: bool = False  # used for a wide area: "eastern Washington", "upstate New York", "Washington state"
    state_word: bool = False  # followed by a lower-case "state": "Washington state", "New York state"


@dataclass
class Resolution:
    entry: Entry | None
    lat: float | None
    lon: float | None
    rule: str
    score: float = 0.0
    margin: float = 0.0


@dataclass
class _Cand:
    entry: Entry
    penalty: float
    how: str  # exact, alternate, variant, suffix, demonym


@dataclass
class _Group:
    key: str
    mentions: list[Mention] = field(default_factory=list)
    cands: list[_Cand] = field(default_factory=list)
    qual_cc: set = field(default_factory=set)
    qual_admin1: set = field(default_factory=set)  # (cc, admin1)
    dateline: bool = False
    area: bool = False
    state_word: bool = False
    choice: _Cand | None = None
    score: float = 0.0
    margin: float = 0.0
    famous: bool = False
    famous_country: bool = False
    part_of: "_Group | None" = None
    via_part: bool = False
    base: list = field(default_factory=list)
    scores: list = field(default_factory=list)
    probs: list = field(default_factory=list)


_GENERIC_SUFFIXES = ("city", "town", "village", "area", "valley", "island", "islands", "mountains", "mountain",
                     "river", "camp", "refugee camp", "neighbourhood", "neighborhood", "quarter", "suburb",
                     "countryside", "border", "port", "airport", "base")
_ARTICLE_PREFIXES = ("the ",)
_ARABIC_PREFIXES = ("al ", "el ", "ad ", "ar ", "as ", "ash ", "at ", "az ", "an ")
_ABBREV_SWAPS = (("st ", "saint "), ("saint ", "st "), ("ste ", "sainte "), ("ft ", "fort "), ("mt ", "mount "),
                 ("mount ", "mt "), ("pt ", "port "))


def strip_possessive(text: str) -> str:
    t = text.rstrip()
    for suf in ("'s", "’s", "'", "’"):
        if t.endswith(suf) and len(t) > len(suf) + 1:
            return t[: -len(suf)]
    return t


def candidates(gaz: Gazetteer, text: str, demonym_ok: bool = False) -> list[_Cand]:
    """Candidate features for a name, trying spelling variants when the name itself is unknown."""
    key = norm(strip_possessive(text))
    for art in _ARTICLE_PREFIXES:
        if key.startswith(art) and len(key) > len(art) + 2:
            key = key[len(art):]
    out: list[_Cand] = []

    def take(k: str, penalty: float, how: str, kinds: tuple[str, ...] | None = None) -> bool:
        got = False
        for e in gaz.lookup_key(k):
            if kinds and e.kind not in kinds:
                continue
            pen = penalty
            h = how
            if e.alt == 1:
                # "New York" is an alternate of "New York City": a prefix of the main name is not weak evidence
                main = norm(e.name)
                if main.startswith(k + " ") or main == k:
                    h = "prefix" if how == "exact" else how
                else:
                    pen += ALT_PENALTY[1]
                    h = "alternate" if how == "exact" else how
            elif e.alt:
                pen += ALT_PENALTY.get(e.alt, 1.0)
            out.append(_Cand(e, pen, h))
            got = True
        return got

    if not key:
        return out
    if demonym_ok:
        target = demonyms().get(key)
        if target:
            _add_demonym(gaz, target, out)
            if out:
                return out
    ikey = initialism_key(strip_possessive(text))
    if ikey and take(ikey, 0.0, "exact"):
        return out  # "L.A." is Los Angeles, not "La." (Louisiana)
    take(key, 0.0, "exact")
    if out:
        return out
    for a, b in _ABBREV_SWAPS:
        if key.startswith(a):
            take(b + key[len(a):], 0.1, "variant")
    if out:
        return out
    words = key.split()
    if len(words) >= 2:
        last = words[-1]
        base = " ".join(words[:-1])
        if last in ADMIN_SUFFIXES:
            # "Homs province", "Afrin District", "Osun State": the division, located at its namesake
            take(base, 0.3, "suffix", ("admin1", "admin2", "region", "city", "country"))
        elif last in _GENERIC_SUFFIXES or " ".join(words[-2:]) in _GENERIC_SUFFIXES:
            cut = 2 if " ".join(words[-2:]) in _GENERIC_SUFFIXES else 1
            take(" ".join(words[:-cut]), 0.3, "suffix")
        if out:
            return out
    for p in _ARABIC_PREFIXES:
        if key.startswith(p) and len(key) > len(p) + 2:
            take(key[len(p):], 0.3, "variant")
    if out:
        return out
    for p in ("republic of ", "kingdom of ", "state of ", "commonwealth of "):
        if key.startswith(p) and len(key) > len(p) + 2:
            take(key[len(p):], 0.1, "variant")
    if out:
        return out
    if len(words) >= 2:
        _embedded(gaz, words, demonym_ok, out)
    return out


def _embedded(gaz: Gazetteer, words: list[str], demonym_ok: bool, out: list[_Cand]) -> None:
    """A place named inside a longer name: "Colorado State University", "Bank of England".

    Natural features take only towns ("Boston Harbor"; "Lake Vermont" is not at Vermont's
    centre), and a generic last word is skipped ("Squirrel Hill" is not a town called Hill).
    """
    natural = any(w in _NATURAL for w in words)
    n = len(words)
    for size in range(n - 1, 0, -1):
        best: tuple[float, list[Entry]] | None = None
        for i in range(0, n - size + 1):
            sub = " ".join(words[i:i + size])
            if sub in _EMBED_STOP or sub in _NATURAL:
                continue
            last = i + size == n
            if last and size == 1 and not (i > 0 and words[i - 1] in ("of", "in")):
                continue
            if natural:  # "Boston Harbor", "Lake Hartwell": near the town; "Lake Ontario" is not near Ontario's centre
                got = [e for e in gaz.lookup_key(sub) if e.alt == 0 and e.kind == "city" and e.pop >= 1000]
            else:
                got = [e for e in gaz.lookup_key(sub) if e.alt == 0 and
                       (e.kind in ("country", "admin1", "admin2", "region") or e.kind == "city" and e.pop >= 10_000)]
            if not got and demonym_ok and size == 1 and i == 0 and words[-1] in _INSTITUTIONS:
                tmp: list[_Cand] = []
                _add_demonym(gaz, demonyms().get(sub, ""), tmp) if sub in demonyms() else None
                got = [c.entry for c in tmp]
            if got:
                top = max(prior(e) for e in got)
                if best is None or top > best[0]:
                    best = (top, got)
        if best is not None:
            out.extend(_Cand(e, 1.0, "embedded") for e in best[1])
            return


_NATURAL = frozenset("""lake lakes river creek bay harbor harbour falls park mount mountain mountains gulf sea ocean
island islands forest lakeshore canyon beach hill hills grove colony valley springs spring pond reservoir
peninsula desert cape point""".split())
_INSTITUTIONS = frozenset("""embassy consulate government army navy parliament ministry forces military police
authorities regime administration""".split())
_EMBED_STOP = frozenset("""north south east west central new old great upper lower saint st fort mount port
city county state university college bank house hall street road park center centre school church hospital
national federal royal united royal the of and""".split())


def _add_demonym(gaz: Gazetteer, target: str, out: list[_Cand]) -> None:
    if target.startswith("@"):
        for e in gaz.lookup(target[1:]):
            if e.kind in ("admin1", "region", "country") and e.alt == 0:
                out.append(_Cand(e, 0.0, "demonym"))
        return
    for e in gaz.lookup_key(norm(_country_name(target))):
        if e.kind == "country" and e.cc == target:
            out.append(_Cand(e, 0.0, "demonym"))
            return


def _country_name(cc: str) -> str:
    from lapwing.geo.gazetteer import countries

    c = countries().get(cc)
    return c.name if c else cc


# --------------------------------------------------------------------------- scoring
#: Score penalty by how the name matched (``Entry.alt``): main name, alternate, short form, abbreviation.
ALT_PENALTY = {0: 0.0, 1: 3.0, 2: 1.0, 3: 0.3}
#: Candidates considered per name (by prior).
MAX_CANDIDATES = 40
#: Softmax temperature turning scores into the weights with which a name's candidates count as context.
TEMPERATURE = 1.0
PROXIMITY_KM = 150.0
#: Extra score of a division, country or region named as a wide area ("eastern Washington", "upstate New York").
AREA_BONUS = 2.5
#: Extra score of a division followed by a lower-case "state" ("Washington state").
STATE_WORD_BONUS = 4.0
#: Extra score of a dateline's reading as a national capital or a city of a million or more.
DATELINE_METROPOLIS = 3.0


#: Prior of a first-order division that only GeoNames lists (not in Lapwing's tables), as a county's: below a
#: town of about 35,000 people, so that it needs its country in the article to beat a namesake town.
ADMIN1_OTHER_PRIOR = 5.0


def prior(e: Entry) -> float:
    """Score of a feature before context."""
    if e.source == "user":  # the user's own places come first, whatever their kind
        return 9.5 if e.kind == "country" else 8.5
    k = e.kind
    if k == "country":
        return 9.5
    if k == "admin1":
        # the divisions of Lapwing's tables (those news names most) before the rest of GeoNames' divisions,
        # many of which share a name with a well-known town ("Lagos", "Kano", "Aleppo")
        return 7.5 if e.source == "tables" else ADMIN1_OTHER_PRIOR
    if k == "region":
        return 7.0
    if k == "landmark":
        return 7.0
    if k == "admin2":
        return 5.0
    p = 1.1 * math.log10(max(e.pop, 50))
    if e.capital:
        p += 1.5
    return p


def _admin1_key(e: Entry) -> tuple[str, str] | None:
    if e.cc == "US" and e.admin1 and e.kind in ("city", "admin1", "admin2", "landmark"):
        return ("US", e.admin1 if len(e.admin1) == 2 else _state_code(e.admin1) or e.admin1)
    if e.kind == "admin1" and e.cc:
        # a division with its GeoNames admin1 code ("08" for Ontario) meets the towns that carry that code
        return (e.cc, e.admin1) if e.admin1 and e.admin1 != e.name else (e.cc, norm(e.name))
    if e.source == "geonames" and e.admin1 and e.cc and e.kind == "city":
        return (e.cc, e.admin1)
    return None


_STATE_CODES: dict[str, str] = {}


def _state_code(name: str) -> str | None:
    if not _STATE_CODES:
        for code, (nm, *_rest) in us_states().items():
            _STATE_CODES[norm(nm)] = code
    return _STATE_CODES.get(norm(name))


class _Context:
    """Soft evidence from all names of the document: every candidate counts by its probability.

    Built once per pass; :meth:`view` gives the evidence without some groups (a name's own
    mentions are no evidence for itself). Points sit in a one-degree grid so that only
    nearby ones are visited.
    """

    def __init__(self) -> None:
        self.cc: dict[str, float] = defaultdict(float)
        self.a1: dict[tuple[str, str], float] = defaultdict(float)
        self.total = 0.0
        self.a1_total = 0.0
        self.own: dict[str, tuple[dict, dict, float, float]] = {}
        self.grid: dict[tuple[int, int], list[tuple[float, float, float, str]]] = defaultdict(list)

    def add_group(self, g: "_Group", weight: float) -> None:
        cc: dict[str, float] = defaultdict(float)
        a1s: dict[tuple[str, str], float] = defaultdict(float)
        a1_total = 0.0
        for c, p in zip(g.cands, g.probs):
            if p < 0.02:
                continue
            e = c.entry
            w = weight * p
            if e.cc:
                cc[e.cc] += w
            a1 = _admin1_key(e)
            if a1:
                a1s[a1] += w
                a1_total += w
            if e.kind in ("city", "landmark") and e.lat is not None and p >= 0.1:
                self.grid[(math.floor(e.lat), math.floor(e.lon))].append((e.lat, e.lon, p, g.key))
        for k, v in cc.items():
            self.cc[k] += v
        for k, v in a1s.items():
            self.a1[k] += v
        self.a1_total += a1_total
        self.total += weight
        self.own[g.key] = (cc, a1s, a1_total, weight)

    def view(self, exclude: set[str]) -> "_View":
        return _View(self, exclude)


class _View:
    def __init__(self, ctx: _Context, exclude: set[str]):
        self.ctx = ctx
        self.exclude = exclude
        own = [ctx.own[k] for k in exclude if k in ctx.own]
        self._own = own
        self.total = ctx.total - sum(o[3] for o in own)
        self.a1_total = ctx.a1_total - sum(o[2] for o in own)

    def cc(self, cc: str) -> float:
        return self.ctx.cc.get(cc, 0.0) - sum(o[0].get(cc, 0.0) for o in self._own)

    def a1(self, a1: tuple[str, str]) -> float:
        return self.ctx.a1.get(a1, 0.0) - sum(o[1].get(a1, 0.0) for o in self._own)

    def near(self, lat: float, lon: float):
        """Points within about 4 degrees (beyond, exp(-d / 150 km) is negligible)."""
        la, lo = math.floor(lat), math.floor(lon)
        grid = self.ctx.grid
        if len(grid) < 99:  # fewer filled cells than cells around the point: look at those (same points)
            for (cla, clo), pts in grid.items():
                if -4 <= cla - la <= 4 and -180 <= clo < 180 and (clo - lo + 5) % 360 <= 10:
                    for pt in pts:
                        if pt[3] not in self.exclude:
                            yield pt
            return
        for dla in range(-4, 5):
            for dlo in range(-5, 6):
                for pt in grid.get((la + dla, (lo + dlo + 180) % 360 - 180), ()):
                    if pt[3] not in self.exclude:
                        yield pt


def _base_score(c: _Cand, g: "_Group") -> float:
    e = c.entry
    s = prior(e) - c.penalty
    if g.dateline and e.kind == "city":
        # a dateline names where the reporter files from: nearly always a big city, a capital most of all
        # ("LONDON" is London, England, even in an article full of small-town namesakes' neighbours)
        s += 1.5 if e.pop >= 100_000 else 0.0
        if e.pop >= 1_000_000 or e.capital and e.pop >= 100_000:
            s += DATELINE_METROPOLIS
    if g.famous and (e.kind == "city" and e.pop < 100_000 or e.kind == "admin2" and e.alt):
        s -= 2.5  # "Middle East, Maryland", "Jordan, Minnesota", "Atlantic (County)": homonyms of famous names
    if g.famous_country and c.how == "prefix" and e.kind == "city":
        s -= 3.0  # "Mexico" is the country, not Mexico City
    if g.area and e.kind in ("admin1", "country", "region"):
        s += AREA_BONUS  # "eastern Washington", "upstate New York": the state, not the city
    if g.state_word and e.kind == "admin1":
        s += STATE_WORD_BONUS  # "Washington state", "New York state"
    if g.qual_cc:
        s += 8.0 if e.cc in g.qual_cc else -2.0
    if g.qual_admin1:
        a1 = _admin1_key(e)
        if a1 in g.qual_admin1:
            s += 8.0
        elif e.cc in {cc for cc, _ in g.qual_admin1}:
            s -= 2.0
        else:
            s -= 3.0
    return s


def _context_score(c: _Cand, ctx: _View) -> float:
    e = c.entry
    s = 0.0
    if ctx.total <= 0:
        return s
    if not e.cc and e.kind == "region":
        s += 2.0  # seas, continents and cross-border regions fit any context
    if e.cc:
        w = ctx.cc(e.cc)
        if w > 1e-9:
            s += 1.5 * min(1.0, w) + 2.5 * (w / ctx.total)
    a1 = _admin1_key(e)
    if a1 and ctx.a1_total > 1e-9:
        w = ctx.a1(a1)
        if w > 1e-9:
            share = w / ctx.a1_total
            if e.kind == "admin1":
                s += 1.0 * min(1.0, w) + 1.5 * share  # a division gains from the places in it
            else:
                s += 1.5 * min(1.0, w) + 2.0 * share
    if e.kind in ("city", "landmark", "admin2") and e.lat is not None:
        best = 0.0
        for lat, lon, p, _key in ctx.near(e.lat, e.lon):
            if p <= best:
                continue
            d = haversine_km(e.lat, e.lon, lat, lon)
            if d < 1.0 and e.kind == "city":
                continue  # the same town under another name is no independent evidence
            v = p * math.exp(-d / PROXIMITY_KM)
            if v > best:
                best = v
        s += 2.0 * best
    return s


#: A town and a county of the same state within this distance (km) of the county's point support each other.
COUNTY_TOWN_KM = 40.0
#: Extra score of each of them ("Richmond" and "Madison County": Richmond, Kentucky, in Madison County, Kentucky).
COUNTY_TOWN_BONUS = 2.0


def _county_and_town(groups: list["_Group"]) -> None:
    """A county and a town of the article that lie together (same state, the town near the county's point)
    support each other, whatever each one's probability: among twenty Madison Counties and five Richmonds,
    the pair in Kentucky. Only counties named in full ("Madison County", not "Madison") take part."""
    counties = [(g, i, c.entry) for g in groups for i, c in enumerate(g.cands)
                if c.entry.kind == "admin2" and c.entry.alt == 0 and c.entry.lat is not None and c.entry.admin1]
    if not counties:
        return
    for g in groups:
        for i, c in enumerate(g.cands):
            e = c.entry
            if e.kind != "city" or e.lat is None or not e.admin1:
                continue
            for cg, ci, ce in counties:
                if cg is g or ce.cc != e.cc or ce.admin1 != e.admin1:
                    continue
                if haversine_km(e.lat, e.lon, ce.lat, ce.lon) <= COUNTY_TOWN_KM:
                    g.base[i] += COUNTY_TOWN_BONUS
                    cg.base[ci] += COUNTY_TOWN_BONUS
                    break


def _softmax(scores: list[float]) -> list[float]:
    if not scores:
        return []
    m = max(scores)
    ex = [math.exp((x - m) / TEMPERATURE) for x in scores]
    z = sum(ex)
    return [x / z for x in ex]


class Resolver:
    """Resolve the place mentions of one document jointly."""

    def __init__(self, gaz: Gazetteer, passes: int = 4):
        self.gaz = gaz
        self.passes = passes

    def resolve(self, mentions: list[Mention]) -> list[Resolution | None]:
        groups: dict[str, _Group] = {}
        order: list[_Group] = []
        gkey_of: list[str | None] = []
        for m in mentions:
            key = norm(strip_possessive(m.text))
            for art in _ARTICLE_PREFIXES:
                if key.startswith(art):
                    key = key[len(art):]
            if m.demonym_ok:
                key = "~" + key  # adjectives resolve separately from nouns of the same spelling
            if not key or m.source == "institution":  # institutions: placed afterwards, in their town
                gkey_of.append(None)
                continue
            g = groups.get(key)
            if g is None:
                g = groups[key] = _Group(key)
                g.cands = candidates(self.gaz, m.text, m.demonym_ok)
                order.append(g)
            g.mentions.append(m)
            if m.source == "dateline":
                g.dateline = True
            g.area = g.area or m.area
            g.state_word = g.state_word or m.state_word
            gkey_of.append(key)

        # "north Arlington", "East Baghdad": a part of a place named elsewhere in the article
        for g in order:
            words = g.key.lstrip("~").split()
            if len(words) >= 2 and words[0] in _DIRECTIONS:
                rest = groups.get(" ".join(words[1:]))
                if rest is not None and rest.cands:
                    g.part_of = rest

        # qualifiers: "Alexandria, La." restricts Alexandria
        for m, key in zip(mentions, gkey_of):
            if key is None or m.qualifier is None:
                continue
            qc = [c for c in candidates(self.gaz, m.qualifier.text) if c.entry.kind in ("country", "admin1")]
            if not qc:
                continue
            e = max(qc, key=lambda c: prior(c.entry) - c.penalty).entry
            if e.kind == "country" and e.cc:
                groups[key].qual_cc.add(e.cc)
            elif e.kind == "admin1":
                a1 = _admin1_key(e)
                if a1:
                    groups[key].qual_admin1.add(a1)

        active = [g for g in order if g.cands]
        for g in active:
            # famous: a country, region or a division of Lapwing's tables (not every GeoNames division: a town
            # called Berea is not overshadowed by a district of Lesotho)
            g.famous = any(c.entry.kind in ("country", "region", "admin1") and c.entry.alt == 0
                           and not (c.entry.kind == "admin1" and c.entry.source == "geonames") for c in g.cands)
            g.famous_country = any(c.entry.kind == "country" and c.entry.alt == 0 for c in g.cands)
            scored = sorted(((_base_score(c, g), n, c) for n, c in enumerate(g.cands)), key=lambda t: (-t[0], t[1]))
            scored = scored[:MAX_CANDIDATES]
            g.cands = [c for _s, _n, c in scored]
            g.base = [s for s, _n, _c in scored]
            g.scores = list(g.base)
            g.probs = _softmax(g.scores)

        _county_and_town(active)
        related: dict[str, set[str]] = {g.key: {g.key} for g in active}
        for g in active:
            if g.part_of is not None and g.part_of.key in related:
                related[g.key].add(g.part_of.key)
                related[g.part_of.key].add(g.key)
        for _ in range(self.passes):
            ctx = _Context()
            for o in active:
                ctx.add_group(o, len(o.mentions) + (2.0 if o.dateline else 0.0))
            for g in active:
                view = ctx.view(related[g.key])
                g.scores = [b + _context_score(c, view) for b, c in zip(g.base, g.cands)]
            for g in active:
                g.probs = _softmax(g.scores)

        for g in active:
            best = max(range(len(g.cands)), key=lambda i: (g.scores[i], -i))
            g.choice = g.cands[best]
            g.score = g.scores[best]
            others = [s for i, s in enumerate(g.scores) if i != best]
            g.margin = g.score - max(others) if others else 10.0
        for g in active:
            if g.part_of is not None and g.part_of.choice is not None:
                own = g.choice
                if own.entry.kind == "city" and own.entry.pop < 20_000 or own.entry.alt:
                    g.choice = g.part_of.choice
                    g.via_part = True

        results: list[Resolution | None] = []
        for m, key in zip(mentions, gkey_of):
            if key is None or groups[key].choice is None:
                results.append(None)
                continue
            results.append(self._finish(groups[key], m, mentions, gkey_of, groups))
        for k, (m, r) in enumerate(zip(mentions, results)):
            if m.source == "institution":
                # "St. Mary's Hospital": in the town named with it, or nowhere (never a town called Saint Mary)
                results[k] = _institution_in_city(m, mentions, results)
                continue
            if (r is None or r.rule.startswith("gazetteer:embedded")) and len(m.text.split()) >= 2 \
                    and norm(strip_possessive(m.text)).rsplit(" ", 1)[-1] in INSTITUTION_WORDS:
                inst = _institution_in_city(m, mentions, results)
                if r is None or r.lat is None or inst is not None and \
                        haversine_km(r.lat, r.lon, inst.lat, inst.lon) > INSTITUTION_KM:
                    # "Lakeside Memorial Hospital" in a Rochester story is in Rochester, not in a town Lakeside
                    results[k] = inst if inst is not None else r
        return results

    def _finish(self, g: "_Group", m: Mention, mentions, gkey_of, groups) -> Resolution:
        c = g.choice
        e = c.entry
        how = {"exact": "gazetteer", "prefix": "gazetteer", "alternate": "gazetteer:alternate-name",
               "variant": "gazetteer:variant", "suffix": "gazetteer:suffix", "demonym": "demonym",
               "embedded": "gazetteer:embedded"}[c.how]
        if e.source == "landmarks":
            how = "landmark"
        elif e.source == "user":
            how = "user-places"
        if g.via_part:
            how += ":part-of"
        if g.dateline:
            how += "+dateline"
        if g.qual_admin1 or g.qual_cc:
            how += "+qualifier"
        elif len(g.cands) > 1:
            how += "+context" if g.margin < 3.0 else "+prior"
        lat, lon = e.lat, e.lon
        if lat is None:
            # a US county: place it at the nearest resolved city of the same state, else the state centre
            lat, lon, sub = self._place_county(e, m, mentions, gkey_of, groups)
            how += sub
            e = with_coords(e, lat, lon) if lat is not None else e
        return Resolution(e, lat, lon, how, g.score, g.margin)

    def _place_county(self, e: Entry, m: Mention, mentions, gkey_of, groups):
        best = None
        for other, key in zip(mentions, gkey_of):
            if key is None:
                continue
            og = groups[key]
            if og.choice is None:
                continue
            oe = og.choice.entry
            if oe.kind == "city" and oe.cc == "US" and oe.admin1 == e.admin1 and oe.lat is not None:
                dist = abs(other.start - m.start)
                if best is None or dist < best[0]:
                    best = (dist, oe.lat, oe.lon)
        if best is not None:
            return best[1], best[2], "+county-near-city"
        # "Orange County" -> the town of Orange in the same state, when there is one
        base = norm(e.name).rsplit(" ", 1)[0]
        towns = [t for t in self.gaz.lookup_key(base) if t.kind == "city" and t.cc == "US" and t.admin1 == e.admin1
                 and t.alt == 0]
        if towns:
            t = max(towns, key=lambda t: t.pop)
            return t.lat, t.lon, "+county-namesake-town"
        st = us_states().get(e.admin1 or "")
        if st:
            return st[1], st[2], "+county-state-centre"
        return None, None, ""


#: Last words of institutions and buildings that no gazetteer knows but that stand in a town of the article:
#: "St. Mary's Hospital in Rochester", "the Barclays Center", "Lakeside Baptist Church".
INSTITUTION_WORDS = frozenset("""hospital church cathedral chapel mosque synagogue temple center centre university
college school academy clinic stadium arena museum prison jail courthouse hall library""".split())
#: How far (characters) a town may be from an institution to place it there.
INSTITUTION_REACH = 400
#: An institution named after a town (embedded name) farther than this from the town it is named near
#: is placed at the latter.
INSTITUTION_KM = 161.0


def _institution_in_city(m: Mention, mentions: list[Mention], results: list) -> Resolution | None:
    """An unknown institution takes the point of the town named nearest to it (one right after it,
    "... Hospital in Rochester", counts double), else of the dateline; rule ``institution-in-city``."""
    best = None
    for o, r in zip(mentions, results):
        if o is m or r is None or r.entry is None or r.lat is None or r.entry.kind not in ("city", "landmark"):
            continue
        if r.rule == "institution-in-city":
            continue
        d = (o.start - m.end) / 2 if o.start >= m.end else m.start - o.end
        if o.source == "dateline":
            d = min(d, INSTITUTION_REACH - 1)
        if d <= INSTITUTION_REACH and (best is None or d < best[0]):
            best = (d, r)
    if best is None:
        return None
    town = best[1]
    e = Entry(name=m.text, kind="landmark", cc=town.entry.cc, lat=town.lat, lon=town.lon,
              admin1=town.entry.admin1 if town.entry.cc == "US" else None, source="institution",
              uid=f"inst:{norm(m.text)}")
    return Resolution(e, town.lat, town.lon, "institution-in-city", 0.0, 0.0)


_DIRECTIONS = frozenset("north south east west northern southern eastern western central downtown upper lower "
                        "northeast northwest southeast southwest northeastern northwestern southeastern "
                        "southwestern greater metro".split())
