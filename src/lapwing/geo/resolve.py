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

The candidates of a name come from :mod:`lapwing.geo.candidates`, their scores from
:mod:`lapwing.geo.scoring`; this module runs the passes, places counties without a point
and institutions, and re-exports the names other modules import from it.
"""

from __future__ import annotations

from lapwing.geo.candidates import (  # noqa: F401 - re-exported: the names other modules import from here
    ALT_PENALTY,
    EARTH_RADIUS_KM,
    MAX_ERROR_KM,
    Mention,
    Resolution,
    _ARTICLE_PREFIXES,
    _GENERIC_SUFFIXES,
    _NATURAL,
    _add_demonym,
    _Cand,
    candidates,
    haversine_km,
    strip_possessive,
)
from lapwing.geo.gazetteer import Entry, Gazetteer, norm, us_states, with_coords  # noqa: F401
from lapwing.geo.precision import division_candidates, far_from_all, named_countries, out_of_context
from lapwing.geo.scoring import (  # noqa: F401 - re-exported
    ADMIN1_OTHER_PRIOR,
    AREA_BONUS,
    COUNTY_TOWN_BONUS,
    COUNTY_TOWN_KM,
    DATELINE_METROPOLIS,
    MAX_CANDIDATES,
    PROXIMITY_KM,
    STATE_WORD_BONUS,
    TEMPERATURE,
    _admin1_key,
    _base_score,
    _Context,
    _context_score,
    _county_and_town,
    _Group,
    _softmax,
    prior,
)


class Resolver:
    """Resolve the place mentions of one document jointly."""

    def __init__(self, gaz: Gazetteer, passes: int = 4):
        self.gaz = gaz
        self.passes = passes

    def resolve(self, mentions: list[Mention], support: set[str] = frozenset()) -> list[Resolution | None]:
        """Resolutions of ``mentions`` (None: unresolved); ``support``: countries (ISO2) the text supports
        besides its place names (their demonyms), which keep a town of theirs from being out of context."""
        groups: dict[str, _Group] = {}
        order: list[_Group] = []
        gkey_of: list[str | None] = []
        # names that qualify the name before them ("Yonkers, New York"): the state or country, not a town
        qualifying = {(m.qualifier.start, m.qualifier.end) for m in mentions if m.qualifier is not None}
        for m in mentions:
            key = norm(strip_possessive(m.text))
            for art in _ARTICLE_PREFIXES:
                if key.startswith(art):
                    key = key[len(art):]
            if m.demonym_ok:
                key = "~" + key  # adjectives resolve separately from nouns of the same spelling
            qualifies = m.source == "qualifier" or (m.start, m.end) in qualifying
            if qualifies and key:
                key += "|q"  # "Yonkers, New York": the state here, whatever "New York" is elsewhere
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
            if qualifies:
                g.area = g.state_word = True
            g.local = g.local or m.local
            if m.division and not g.division:
                g.division = True
                g.cands += division_candidates(self.gaz, strip_possessive(m.text), m.division, g.cands)
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
        named = named_countries(active)
        for g in active:
            _demonym_namesake(g, named, support)
        for g in active:
            if out_of_context(g, ctx.view(related[g.key]), named, support) and far_from_all(g, active):
                g.choice = None  # "Boni" in a Malian story: not Bonn; no place rather than a wrong one
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


#: Extra score of a town whose country the text names only by its demonym ("the *Lebanese* city's harbour"), when the
#: town that leads is of a country the text names in no way: Tripoli, Lebanon, not Tripoli, Libya.
DEMONYM_NAMESAKE_BONUS = 2.5


def _demonym_namesake(g: "_Group", named: set[str], support: set[str]) -> None:
    """Choose again between a town's namesakes in several countries when the chosen one's country is neither named
    nor supported by a demonym and a namesake's country is named by its demonym (session 37, round ac75)."""
    if g.choice is None or g.choice.entry.kind != "city" or g.qual_cc or g.qual_admin1 or g.dateline:
        return
    lead = g.choice.entry.cc
    if not lead or lead in named or lead in support:
        return
    best, best_score = g.choice, g.score
    for c, s in zip(g.cands, g.scores):
        if c.entry.kind == "city" and c.entry.cc and c.entry.cc != lead and c.entry.cc in support \
                and s + DEMONYM_NAMESAKE_BONUS > best_score:
            best, best_score = c, s + DEMONYM_NAMESAKE_BONUS
    if best is not g.choice:
        g.choice, g.margin = best, best_score - g.score
        g.score = best_score


def _institution_in_city(m: Mention, mentions: list[Mention], results: list) -> Resolution | None:
    """An unknown institution takes the point of the town named nearest to it (one right after it,
    "... Hospital in Rochester", counts double), else of the dateline; rule ``institution-in-city``."""
    best = None
    # a detected institution may stand in a county or borough ("Yankee Stadium in the Bronx"); a name found
    # inside a longer one only overrides its embedded town for a town of the article
    hosts = ("city", "landmark", "admin2") if m.source == "institution" else ("city", "landmark")
    for o, r in zip(mentions, results):
        if o is m or r is None or r.entry is None or r.lat is None or r.entry.kind not in hosts:
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
