"""Precision rules of toponym resolution: no place is better than a wrong one.

* **division words**: a name followed by a lower-case division word ("Plateau state", "Helmand province",
  "the Tigray region") names a division; its candidates include the divisions called "<name> <word>"
  ("Plateau State") and divisions get a bonus over towns of the same name (a town in Alabama called
  Plateau is not the Nigerian state);
* **out of context**: a town that nothing else in the article supports (its country is neither named nor
  the country of another place of the article, and no place of the article lies near it) while the
  article is about another country is dropped (unresolved) when the match is weak: an alternate spelling
  ("Boni" in a Malian story is not Bonn, which some language spells "Boni"), or a small town whose
  name is also something the gazetteer does not know ("off Delft" in a Sri Lankan story: an island
  there, not the Dutch town). The other country must be named outright (a country's name, or the
  dateline's country), so that two unsupported towns of two countries do not drop each other.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from lapwing.extract.docfacts import token_columns
from lapwing.geo.gazetteer import demonyms, norm

#: Lower-case words after a name that make it a division ("Plateau state", "Helmand province").
DIVISION_WORDS = frozenset("""state province region governorate district prefecture oblast""".split())
#: Kinds of feature that a division word points to.
DIVISION_KINDS = ("admin1", "admin2", "region")
#: Extra score of a division for a name followed by a division word.
DIVISION_BONUS = 4.0
#: Context weight of a country the article names above which a small town of another, unsupported country
#: is doubtful: named twice, or the dateline's (one name in passing, "near the border with Honduras", is not
#: enough).
OTHER_COUNTRY_WEIGHT = 2.0
#: The same for a town matched through an alternate name, of any country of the article's places.
ALTERNATE_OTHER_WEIGHT = 1.0
#: Weight below which a country counts as absent from the article's context.
ABSENT = 0.05
#: A town with an exact name match is dropped out of context only below this population (not a capital).
SMALL_TOWN = 150_000
#: A town within this distance (km) of another place of the article is never out of context.
FAR_KM = 2500.0
#: A town matched through an alternate name is dropped out of context only below this population (a big
#: city's other names, "Phila.", "Cologne", are well known).
ALTERNATE_TOWN = 1_000_000


def division_word(doc: Doc, tok_start: int, tok_end: int) -> str:
    """The lower-case division word right after a name ("Plateau state" -> "state"), else ""."""
    if tok_start < 0 or tok_end < 0:
        return ""
    words = token_columns(doc).text
    if tok_end < len(words) and words[tok_end] in DIVISION_WORDS:
        return words[tok_end]
    return ""


def division_candidates(gaz, text: str, word: str, have: list) -> list:
    """Divisions called "<text> <word>" ("Plateau State") not among the candidates ``have`` yet."""
    from lapwing.geo.candidates import candidates

    seen = {id(c.entry) for c in have}
    seen_keys = {(c.entry.name, c.entry.cc, c.entry.kind) for c in have}
    out = []
    for c in candidates(gaz, f"{text} {word}"):
        e = c.entry
        if e.kind in DIVISION_KINDS and id(e) not in seen and (e.name, e.cc, e.kind) not in seen_keys:
            out.append(c)
            seen.add(id(e))
    return out


def named_countries(groups) -> set[str]:
    """Countries the article names outright: a name read as a country, or the dateline's country."""
    return {g.choice.entry.cc for g in groups if g.choice is not None and g.choice.entry.cc
            and (g.choice.entry.kind == "country" or g.dateline)}


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


def demonym_countries(text: str) -> set[str]:
    """Countries (ISO2) whose demonym the text uses ("the Dutch team" -> NL): support for their towns."""
    table = demonyms()
    out = set()
    for w in set(_CAPITALISED.findall(text)):
        cc = table.get(norm(w))
        if cc and not cc.startswith("@"):
            out.add(cc)
    return out


def far_from_all(g, groups) -> bool:
    """Whether the group's chosen town lies farther than ``FAR_KM`` from every other place chosen in the article
    (a Nairobi wire's Somali town is in the bureau's region; Delft in the Netherlands is not near Colombo)."""
    from lapwing.geo.candidates import haversine_km

    e = g.choice.entry
    for o in groups:
        if o is g or o.choice is None or o.choice.entry.lat is None:
            continue
        if haversine_km(e.lat, e.lon, o.choice.entry.lat, o.choice.entry.lon) <= FAR_KM:
            return False
    return True


def out_of_context(g, view, named: set[str], support: set[str] = frozenset()) -> bool:
    """Whether a group's chosen town is unsupported by the article and weakly matched (see the module doc);
    ``named``: the countries the article names (:func:`named_countries`), one of which must be another;
    ``support``: countries that the text supports otherwise (their demonyms: "the Dutch team")."""
    c = g.choice
    if c is None or g.dateline or g.qual_cc or g.qual_admin1:
        return False
    e = c.entry
    if e.kind != "city" or not e.cc or e.capital or e.source in ("user", "landmarks") or view.total <= 0:
        return False
    if view.cc(e.cc) > ABSENT or e.cc in support:
        return False
    if e.lat is None or any(p >= 0.1 for _la, _lo, p, _k in view.near(e.lat, e.lon)):
        return False
    if c.how == "alternate":  # a weak match: any other country of the article's places will do
        if not set(norm(e.name).replace("-", " ").split()).isdisjoint(g.key.lstrip("~").replace("-", " ").split()):
            return False  # "Kut" for Al Kut, "Brest-Litovsk" for Brest: the same name, not another spelling
        other = max((view.cc(cc) for cc in view.ctx.cc if cc != e.cc), default=0.0)
        return e.pop < ALTERNATE_TOWN and other >= ALTERNATE_OTHER_WEIGHT
    if c.how != "exact" or e.pop >= SMALL_TOWN:
        return False
    return max((view.cc(cc) for cc in named if cc != e.cc), default=0.0) >= OTHER_COUNTRY_WEIGHT
