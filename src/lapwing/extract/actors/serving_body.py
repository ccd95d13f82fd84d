"""The body a titled person serves: "Maria Lopez, the shadow finance minister *for Spain's Socialist party*," and "a
spokesman *for Kenya's health ministry*": a title with no country of its own takes the country of the body named
right after it by "for", when that body's country comes from its own words (a nationality, a possessor, the
dictionary) and the body is not a state itself ("the U.N. envoy for Syria" is no Syrian, "a minister for Europe" no
European). The named person the title stands beside (an appositive already linked) takes it too. Called by the
coder's appositive step for each pair of neighbouring mentions (:mod:`lapwing.extract.actors.appositives`)."""

from __future__ import annotations

from typing import Any

from lapwing.extract.actors.common import ActorMention

#: the rules by which a body's country is its own (not the article's guess, not the sentence's)
_OWN_COUNTRY = frozenset({"nationality", "dictionary"})
#: the kinds of mention that are a body (a state, a nationality or a person is not)
_BODY_KINDS = frozenset({"agent", "org"})


def serving_body(coder: Any, a: ActorMention, b: ActorMention) -> bool:
    """Give the title ``a`` (and the person it describes) the country of the body ``b`` it serves, named right after
    it by "for"; True when it did."""
    if b.start - a.end != 1 or coder.d.lower[a.end] != "for" or a.kind != "agent" or b.kind not in _BODY_KINDS:
        return False
    ka, kb = coder.codes[id(a)], coder.codes[id(b)]
    if not ka.person or ka.country is not None or kb.country is None \
            or kb.sources.get("country") not in _OWN_COUNTRY:
        return False
    _take(a, ka, kb.country, kb.sector, "nationality")
    named = a.antecedent
    if isinstance(named, ActorMention) and named.kind == "person":
        kn = coder.codes[id(named)]
        if kn.country is None:
            _take(named, kn, kb.country, ka.sector, "appositive")
    return True


def _take(m: ActorMention, k: Any, country: str, sector: str | None, source: str) -> None:
    """Give the mention ``m`` (its codes ``k``) ``country``, and ``sector`` where it has none, from ``source``."""
    k.country, k.sources["country"] = country, source
    upd = {"country": country, "rule": k.rule}
    if k.sector is None and sector is not None:
        k.sector, k.sources["sector"] = sector, source
        upd["sector"] = sector
    m.update_actor(upd)
