"""Candidate features for a place name: the gazetteer's entries for the name and for its variants.

A name is looked up as written, then through variants (``St.`` / ``Saint``, a leading Arabic article,
an administrative suffix such as ``Homs province``, a possessive), inside a longer unknown name
(``Colorado State University`` -> Colorado) and, for gold adjectives, as a demonym. Each candidate
carries a penalty by how it matched (:data:`ALT_PENALTY`). Also the basic types the geo modules
share: :class:`Mention`, :class:`Resolution` and :func:`haversine_km`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from lapwing.geo.gazetteer import Entry, Gazetteer, demonyms, initialism_key, norm
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
    state_word: bool = False  # followed by a state's office: "Washington state", "New York's governor"
    local: bool = False  # followed by a town's people or offices: "a Palestine man", "Dublin City Council"
    division: str = ""  # a lower-case division word after it: "Plateau state", "Helmand province"


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



#: Score penalty by how the name matched (``Entry.alt``): main name, alternate, short form, abbreviation.
ALT_PENALTY = {0: 0.0, 1: 3.0, 2: 1.0, 3: 0.3}


_GENERIC_SUFFIXES = ("city", "town", "village", "area", "valley", "island", "islands", "mountains", "mountain",
                     "river", "camp", "refugee camp", "neighbourhood", "neighborhood", "quarter", "suburb",
                     "countryside", "border", "port", "airport", "base")
_ARTICLE_PREFIXES = ("the ",)
_ARABIC_PREFIXES = ("al ", "el ", "ad ", "ar ", "as ", "ash ", "at ", "az ", "an ")
_ABBREV_SWAPS = (("st ", "saint "), ("saint ", "st "), ("ste ", "sainte "), ("ft ", "fort "), ("mt ", "mount "),
                 ("mount ", "mt "), ("pt ", "port "))


@lru_cache(maxsize=100_000)  # asked for the same names again and again, in article after article
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
                from lapwing.geo.scoring import prior  # (scoring imports this module)

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
