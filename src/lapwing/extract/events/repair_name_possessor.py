"""Parse repair 84: "Hakobyan and Azerbaijan's president signed ...": a person's name read as a possessor with the
country.

"X and Y's president" is parsed as "[X and Y]'s president", X a compound of "president" and Y its conjunct. Two
countries can share a possessive ("Kenya and Uganda's presidents"), but a person cannot own a president: when X is
a person's name (not a place, nationality or organisation) and Y a place, X heads the phrase, the possessed noun is
its conjunct and Y that noun's possessor, so that both are subjects of the verb ("Ruto and Tanzania's president
signed a deal")."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from lapwing.extract.events.repair_particle import _set_head
from lapwing.lexicons.country_agents import load_countries


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Lower-case names and capitals of the countries (no organisations)."""
    return frozenset(n.lower() for c in load_countries().values() if not c.is_igo
                     for n in (c.name, *c.names, *c.capitals))


def repair_name_and_possessor(x: Token) -> bool:
    """Repair 84 on a name ``x`` hung as ``compound`` on a noun, with a possessive place as its conjunct; True when
    applied."""
    n = x.head
    places = _place_names()
    if x.dep_ != "compound" or (x.pos_ != "PROPN" and x.tag_ != "NNP") or n.i < x.i or n.pos_ != "NOUN" or x.lower_ in places \
            or x.ent_type_ in ("GPE", "NORP", "ORG"):
        return False
    y = next((c for c in x.children if c.dep_ == "conj" and c.i < n.i
              and any(g.dep_ == "case" and g.lower_ in ("'s", "’s") for g in c.children)), None)
    if y is None or y.lower_ not in places or n.dep_ in ("ROOT", "root", "compound"):
        return False
    cc = next((c for c in y.children if c.dep_ == "cc" and c.i < y.i), None)
    x.pos_ = "PROPN"  # (a capitalised name the tagger read as an adjective: "*Hakobyan* and ...")
    _set_head(x, n.head, n.dep_)
    _set_head(n, x, "conj")
    _set_head(y, n, "nmod:poss")
    if cc is not None:
        _set_head(cc, n, "cc")
    return True
