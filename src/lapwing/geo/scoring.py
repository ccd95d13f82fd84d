"""Scoring the candidates of a document's place names: priors, qualifiers, datelines, wide-area cues,
and the context that the other names of the document give (countries, divisions, nearby points,
counties and their towns). :class:`lapwing.geo.resolve.Resolver` runs the passes.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from lapwing.geo.candidates import Mention, _Cand, haversine_km
from lapwing.geo.gazetteer import Entry, norm, us_states
from lapwing.geo.precision import DIVISION_BONUS, DIVISION_KINDS


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
    local: bool = False
    division: bool = False  # followed by a lower-case division word ("Plateau state")
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


#: Candidates considered per name (by prior).
MAX_CANDIDATES = 40
#: Softmax temperature turning scores into the weights with which a name's candidates count as context.
TEMPERATURE = 1.0
PROXIMITY_KM = 150.0
#: Extra score of a division, country or region named as a wide area ("eastern Washington", "upstate New York").
AREA_BONUS = 2.5
#: Extra score of a division followed by a lower-case "state" ("Washington state").
STATE_WORD_BONUS = 4.0
#: Penalty of a country for a name followed by a town's people or offices ("a Lebanon woman"); such a town
#: also escapes the penalty of small namesakes of famous places.
LOCAL_COUNTRY_PENALTY = 8.0
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
        self._cc: dict[str, float] = {}  # answers of cc() and a1(), asked for by many candidates
        self._a1: dict[tuple[str, str], float] = {}

    def cc(self, cc: str) -> float:
        got = self._cc.get(cc)
        if got is None:
            got = self._cc[cc] = self.ctx.cc.get(cc, 0.0) - sum(o[0].get(cc, 0.0) for o in self._own)
        return got

    def a1(self, a1: tuple[str, str]) -> float:
        got = self._a1.get(a1)
        if got is None:
            got = self._a1[a1] = self.ctx.a1.get(a1, 0.0) - sum(o[1].get(a1, 0.0) for o in self._own)
        return got

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
    if g.famous and not g.local and (e.kind == "city" and e.pop < 100_000 or e.kind == "admin2" and e.alt):
        s -= 2.5  # "Middle East, Maryland", "Jordan, Minnesota", "Atlantic (County)": homonyms of famous names
    if g.famous_country and c.how == "prefix" and e.kind == "city":
        s -= 3.0  # "Mexico" is the country, not Mexico City
    if g.area and e.kind in ("admin1", "country", "region"):
        s += AREA_BONUS  # "eastern Washington", "upstate New York": the state, not the city
    if g.state_word and e.kind == "admin1":
        s += STATE_WORD_BONUS  # "Washington state", "New York state"
    if g.division and e.kind in DIVISION_KINDS:
        s += DIVISION_BONUS  # "Plateau state", "Helmand province": the division, not a namesake town
    if g.local and e.kind == "country":
        s -= LOCAL_COUNTRY_PENALTY  # "a Palestine man", "Jordan residents": a town (or a state), no country
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
