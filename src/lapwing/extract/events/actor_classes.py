"""Classes of actors for the event coder (split out of ``participants``, which re-exports these names): is an actor
coded, political, armed, a voice; the head words of sides, quantities, collectives, places and settlements; the
actor codes that are no state."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from lapwing.extract.actors.analysis import ALLIED_HEADS, OPPOSED_HEADS, RELATION_HEADS
from lapwing.extract.events.parse_memo import children_of
from lapwing.extract.events.syntax import _cases
from lapwing.schema import Actor


#: a side's words: their possessor is the side they oppose or back ("China's critics", "Russia's allies"), or the other
#: side of their relation ("China's trading partners", "Kenya's neighbours", "its European partners")
SIDE_HEADS = OPPOSED_HEADS | ALLIED_HEADS | RELATION_HEADS


#: sectors of actors whose statements are political statements
POLITICAL_SECTORS = {
    "GOV", "MIL", "OPP", "PTY", "LEG", "JUD", "COP", "REB", "INS", "SPY", "UAF", "IGO", "NGO",
    "ELI", "MOD", "RAD", "SEP", "IMG", "HRI", "ACT", "PRE", "FRM", "DIP", "ELE", "MED_GOV",
}
#: sectors counted as armed when choosing the ACLED type (battle vs violence against civilians)
ARMED_SECTORS = {"MIL", "REB", "COP", "SPY", "UAF", "INS", "IMG", "SEP", "RAD", "MIL_GOV"}

#: a country adjective on one of these nouns names a place, not the nationality of another actor
#: ("soldiers sought refuge in the Brazilian embassy")
# quantity and portion nouns: "tens of thousands of students", "a first batch of Bangladeshi troops"
QUANTITY_HEADS = {"tens", "hundreds", "thousands", "millions", "dozens", "scores", "handful", "number", "batch",
                  "patch", "contingent", "group", "crowd", "majority", "minority", "rest", "members", "half"}
#: collective and unit heads, read through to their of-complement: "a *squadron* of Israeli jets bombed ...", "a
#: *convoy* of Israeli tanks shelled ..." are the jets' and the tanks' owner
COLLECTIVE_HEADS = frozenset({"squadron", "wave", "convoy", "fleet", "column", "unit", "platoon", "squad", "detachment",
                              "team", "band", "gang", "mob", "swarm", "formation", "flotilla", "pair", "couple", "trio",
                              "dozen", "cell", "contingent", "group", "dozens", "hundreds", "scores", "handful",
                              "number", "truckload", "busload", "carload", "boatload",
                              # formations: "at *lines* of officers", "*rows* of soldiers", "a *cordon* of riot
                              # police", "*ranks* of troops" (session 28, round 49; only when the of-complement is
                              # itself a coded actor: "a line of credit", "rows of houses" stay what they were)
                              "line", "row", "rank", "cordon", "phalanx", "wall", "chain",
                              "battalion", "brigade", "regiment", "troop", "posse", "patrol", "crowd", "throng",
                              "horde", "thousands", "millions", "tens"})
COLLECTIVE_HEADS |= frozenset(w + "s" for w in COLLECTIVE_HEADS if not w.endswith("s"))  # "*contingents* of police"
QUANTITY_HEADS |= COLLECTIVE_HEADS


def collective_content(t: Token) -> Token | None:
    """The of-complement a collective or unit head stands for ("*rows* of soldiers" -> soldiers, "a *cordon* of
    riot police" -> police), or None when ``t`` is no such head or has no noun after "of"."""
    if t.lower_ not in COLLECTIVE_HEADS:
        return None
    return next((c for c in children_of(t) if c.dep_.startswith("nmod") and c.i > t.i and c.pos_ in ("NOUN", "PROPN")
                 and "of" in _cases(c)), None)
PLACE_HEADS = {"embassy", "consulate", "legation", "chancery", "border", "frontier", "territory", "soil",
               "waters", "airspace"}
#: actor "country" codes that are organisations or regions, not states
NOT_STATES = {"UNO", "EUR", "AFR", "ASA", "MEA", "WST", "NAT", "IGO", "NGO", "ARL", "ASN", "OAS", "OPC",
              "WTO", "IMF", "WBK", "ICC", "OSC", "COE", "EEC", "IMG", "MNC"}
SETTLEMENT_HEADS = {"town", "city", "village", "district", "province", "region", "county", "state",
                    "municipality", "neighbourhood", "neighborhood", "suburb", "island", "port"}


#: number nouns that head a crowd: "*hundreds* of students", "*thousands* marched"
_CROWD_NUMBERS = frozenset({"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "million",
                            "millions", "ten", "tens", "score", "scores"})


def is_coded(a: Actor | None) -> bool:
    return a is not None and bool(a.country or a.sector)


def _pol_sector(a: Actor | None) -> bool:
    """An actor with an explicitly political sector (government, military, party...)."""
    return a is not None and bool(a.sector) and a.sector.upper() in POLITICAL_SECTORS


def state_party(a: Actor | None) -> bool:
    """A state named as a party: a place actor (kind gpe) with a country code and no sector ("Norway", "Ghana"), which
    the political-sector test alone does not see (session 34, round nl66)."""
    return a is not None and a.kind == "gpe" and bool(a.country) and not a.sector


#: sectors whose appeals, demands and criticism are political statements, though their force is not
#: political violence ("Pope Francis appealed for peace", but "the striker attacked the near post")
VOICE_SECTORS = {"REL"}


def has_political_voice(a: Actor | None) -> bool:
    """:func:`is_political`, or a religious actor (for verbal events and statements)."""
    return is_political(a) or (a is not None and bool(a.sector) and a.sector.upper() in VOICE_SECTORS)


#: the dependents that head an argument's own phrase (a subject, an object, an agent)
_ARG_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "dobj", "iobj"})


def is_political(a: Actor | None) -> bool:
    """A government, armed, party, judicial... actor, or an intergovernmental or non-governmental
    organisation whatever its sector (the Red Cross is NGO/HLH, the UN refugee agency UNO/REF)."""
    if a is None:
        return False
    if a.country and a.country.upper() in _igo_codes():
        return True
    if a.sector:
        return a.sector.upper() in POLITICAL_SECTORS
    return bool(a.country)


@lru_cache(maxsize=1)
def _igo_codes() -> frozenset[str]:
    """IGO and generic organisation codes of the countries lexicon; multinational companies are no
    political actor."""
    from lapwing.lexicons import igo_codes

    return frozenset(igo_codes()) - {"MNC"}


def _many(text: str) -> bool:
    """A number of at least a hundred, written in digits ("5,000")."""
    try:
        return float(text.replace(",", "")) >= 100
    except ValueError:
        return False
