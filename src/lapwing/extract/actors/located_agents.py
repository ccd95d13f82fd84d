"""A bare role word placed in a country by its own phrase: "lawmakers *in Hungary*", "officials *from Poland*",
"judges *across Peru*", "police *in Lima*" (session 39, round sd78). The country the phrase names is the group's, and
it beats the article's main country (a Stockholm dateline does not make "lawmakers in Hungary" Swedish: before, the
main country was given first, and the event coder's own "in PLACE" rule never ran on an actor with a country).

Only a country's name or its capital (a country anchor) as the object of a locating preposition that the parse hangs on
the role word itself (``nmod`` with that ``case``), after it; not for troops and other armed forces, who are often
abroad ("soldiers in Mali" may be France's), nor for oppositions and rebels, who may be in exile, nor for
international bodies."""

from __future__ import annotations

from typing import Any

from lapwing.extract.actors.state_descriptions import STATE_NOUNS

#: prepositions that place a group in a country ("in", "from", "across", "throughout", "inside")
LOCATING_PREPS = frozenset({"in", "from", "across", "throughout", "inside"})

#: sectors a place does not give a country to: forces deploy abroad, international bodies belong to no one state, an
#: opposition or a rebel movement may speak from exile ("opposition leaders in Kenya" may be Uganda's)
_ABROAD_SECTORS = frozenset({"MIL", "UAF", "IGO", "NGO", "MNC", "IMG", "OPP", "REB", "INS"})

#: roles of a country anchor that name the state or its capital (not its people's adjective: "in Russian")
_PLACE_ROLES = frozenset({"name", "capital"})


def located_country(coder: Any, head_end: int, sector: str | None) -> str | None:
    """The country of "in COUNTRY" (or its capital) hung on the role word ending before ``head_end``, or None."""
    if (sector or "").upper() in _ABROAD_SECTORS:
        return None
    doc, d = coder.doc, coder.d
    if not d.parsed or head_end <= 0:
        return None
    head = doc[head_end - 1]
    for c in head.rights:
        if not c.dep_.startswith("nmod"):
            continue
        cases = {x.lower_ for x in c.children if x.dep_ == "case"}
        if not cases or not cases <= LOCATING_PREPS:
            continue
        a = d.anchor_at.get(c.i)
        if a is None and c.lower_ in STATE_NOUNS and c.i + 2 < d.n and d.lower[c.i + 1] == "of":
            a = d.anchor_at.get(c.i + 2)  # "officials in the Gulf state *of Qatar*" (state_descriptions.py)
        if a is None or a.kind != "country" or a.country is None or a.country.code in ("-", ""):
            continue
        if not a.country_roles() & _PLACE_ROLES or a.country.code in coder.igos:
            continue
        return a.country.code
    return None
