"""A US state that shares its name with a country ("the governor of *Georgia*", "*Georgia* Senator Jane Roe",
"*Georgia*'s legislature"): the offices of a US state's own government show that the name is the state's, so the
mention is coded as the United States, not as the country of the same name."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from lapwing.extract.actors.common import ActorMention
from lapwing.extract.actors.lookup import Anchor
from lapwing.extract.docfacts import doc_text, token_columns
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
    cols, text = token_columns(doc), doc_text(doc)

    def words(a: Anchor) -> str:  # ``doc[a.start:a.end].text``, cut from the shared text (no Span, no Token made)
        return text[cols.idx[a.start]:cols.idx[a.end - 1] + len(cols.text[a.end - 1])]

    out = []
    for a in anchors:
        if (a.kind == "country" and a.country_roles() == {"name"} and a.country is not None
                and words(a).lower() in names and _state_cue(doc, a)):
            a = Anchor(a.start, a.end, "country",
                       [Hit("country", words(a), usa[0].payload, "name")]
                       + [h for h in a.hits if h.kind == "agent"])
        out.append(a)
    return out


#: the states' abbreviations in news style and as postal codes, lower-cased and without dots ("Wis.", "N.Y.", "TX")
_STATE_ABBREVIATIONS = frozenset((
    "ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev nh nj nm "
    "ny nc nd okla ore pa ri sc sd tenn tex vt va wash wva wis wisc wyo "
    "al ak az ar ca co ct de fl hi id il in ia ks me mi mn ms mt ne nv oh ok or tn tx ut wa wv wi wy").split())
#: a US lawmaker's party and state right after the name: "Jane Roe, R-Texas," / "Mark Dale (D-Calif.)"
_PARTY_STATE = re.compile(r"\s*[,(]\s*[DRI]\s?-\s?([A-Z][A-Za-z.]*(?: [A-Z][a-z.]+)?)\s*[,);]")


def party_state_label(coder: Any, m: ActorMention | None) -> ActorMention | None:
    """A person named with a US party-state label ("Senator Jane Roe, R-Texas, said", "Mark Dale (D-Calif.)") is a
    US lawmaker: the United States (and LEG when nothing else gave a sector). Only a state's name or abbreviation
    counts after the party letter."""
    if m is None or m.kind != "person":
        return m
    codes = coder.codes.get(id(m))
    if codes is None or codes.country is not None:
        return m
    found = _PARTY_STATE.match(coder.ctx.article.text, coder.d.idx[m.end - 1] + len(coder.d.text[m.end - 1]))
    state = found.group(1).replace(".", "").lower() if found else ""
    if not state or (state not in _STATE_ABBREVIATIONS and state not in state_names()):
        return m
    codes.country, codes.sources["country"] = "USA", "title"
    upd = {"country": "USA"}
    if codes.sector is None:
        codes.sector, codes.sources["sector"] = "LEG", "title"
        upd["sector"] = "LEG"
    upd["rule"] = codes.rule
    m.update_actor(upd)
    return m
