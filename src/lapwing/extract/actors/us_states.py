"""A US state that shares its name with a country ("the governor of *Georgia*", "*Georgia* Senator Jane Roe",
"*Georgia*'s legislature"): the offices of a US state's own government show that the name is the state's, so the
mention is coded as the United States, not as the country of the same name."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from lapwing.extract.actors.lookup import Anchor
from lapwing.lexicons import Hit, Lexicon

#: the offices and bodies of a US state's government, after the state's name ("Georgia governor", "Georgia's
#: legislature") or before "of"/"from" it ("the governor of Georgia", "a senator from Georgia")
STATE_OFFICES = frozenset({
    "governor", "governors", "senator", "senators", "congressman", "congresswoman", "congressmen", "congresswomen",
    "republican", "republicans", "democrat", "democrats", "assemblyman", "assemblywoman", "statehouse",
    "gubernatorial",
})
#: a country's parliament has lawmakers too ("Georgia's lawmakers" may be Tbilisi's): these name a US state's
#: body only after "state" ("the Georgia state legislature")
_STATE_BODIES = frozenset({"legislature", "legislator", "legislators", "lawmaker", "lawmakers", "senate",
                           "representative", "representatives", "house"})
#: words that link an office to the place it serves ("governor *of* Georgia", "senator *from* Georgia")
_LINKS = frozenset({"of", "from", "for"})


@lru_cache(maxsize=1)
def state_names() -> frozenset[str]:
    """The US states' names, lower-cased."""
    from lapwing.geo.gazetteer import us_states

    return frozenset(name.lower() for name, *_ in us_states().values())


def _office(word: str) -> bool:
    return word.lower() in STATE_OFFICES


def _state_cue(doc: Doc, a: Anchor) -> bool:
    """An office of a US state's government is tied to the name at ``a``."""
    i, j = a.start, a.end
    if i >= 2 and doc[i - 1].lower_ in _LINKS and _office(doc[i - 2].text):
        return True  # "the governor of Georgia", "a senator from Georgia"
    if i >= 3 and doc[i - 1].lower_ in _LINKS and doc[i - 2].lower_ == "governor" and doc[i - 3].lower_ == "lieutenant":
        return True
    k = j
    if k < len(doc) and doc[k].lower_ in ("'s", "\u2019s", "'"):
        k += 1  # "Georgia's governor"
    if k < len(doc) and doc[k].lower_ == "state" and k + 1 < len(doc) and (
            _office(doc[k + 1].text) or doc[k + 1].lower_ in _STATE_BODIES):
        return True  # "the Georgia state senator"
    return k < len(doc) and _office(doc[k].text)


def us_state_anchors(doc: Doc, anchors: list[Anchor], lex: Lexicon) -> list[Anchor]:
    """``anchors`` with each country name that is a US state's in its context ("the governor of Georgia") coded
    as the United States."""
    usa = [h for h in lex.keys.get("united states", ()) if h.kind == "country"]
    if not usa:
        return anchors
    names = state_names()
    out = []
    for a in anchors:
        if (a.kind == "country" and a.country_roles() == {"name"} and a.country is not None
                and doc[a.start:a.end].text.lower() in names and _state_cue(doc, a)):
            a = Anchor(a.start, a.end, "country",
                       [Hit("country", doc[a.start:a.end].text, usa[0].payload, "name")]
                       + [h for h in a.hits if h.kind == "agent"])
        out.append(a)
    return out
