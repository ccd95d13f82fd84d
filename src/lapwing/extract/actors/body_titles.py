"""A state's body named only inside an earlier person's title (session 33, round ac64; rule ``coref:body``).

"The *Pakistani army* spokesperson said ... *The military* said", "Japan's *government* spokesman ... *the
government* decided": the article named the body only as a word of a person's title (before the title's head), so
``context_refs.state_body_reference``, which reads the heads of earlier mentions ("the Ghanaian government"), found
none and the bare body kept no country. It now takes the one country of the earlier titled people whose title holds
the body's word ("army" and "military" are one word here: a state's armed forces), when their sector is the body's
own (a military spokesman for "the military", a government spokesman for "the government"). No guess when such
titles of two countries come before ("Kenyan army chief ... Ugandan army spokesman ... the army"), when the title's
country was only the article's main-country guess, or in a sentence that names other countries and not that one;
the bare body gets the country only (its sector is its own) and is not made the same entity as the person.
"""

from __future__ import annotations

from typing import Any

from lapwing.extract.actors.common import Codes

#: body words read as one: a state's armed forces
_FORCES = frozenset({"army", "military"})


def _same_body(word: str, head: str) -> bool:
    return word == head or (word in _FORCES and head in _FORCES)


def titled_body_country(coder: Any, m: Any, head: str) -> bool:
    """Give the bare body ``m`` ("the military", "the government"; no country of its own) the one country of the
    earlier people whose title holds its word (see the module's docstring); True when it did."""
    d, codes = coder.d, coder.codes[id(m)]
    if codes.country or codes.sector is None:
        return False
    countries = set()
    for x in coder.mentions:
        if x.start >= m.start:
            break
        if x.kind not in ("person", "agent") or x.nested or x.head <= x.start:
            continue
        xc = coder.codes.get(id(x))
        if xc is None or not xc.person or xc.sector != codes.sector:
            continue
        if not any(_same_body(d.lower[k], head) for k in range(x.start, x.head)):
            continue
        if xc.country is None or xc.sources.get("country") == "main-country":
            return False  # a title of that body with no country said: no guess
        countries.add(xc.country)
    if len(countries) != 1:
        return False
    country = countries.pop()
    here = coder.sentence_countries(coder.doc[m.start].sent)
    if here and country not in here:
        return False
    coder.codes[id(m)] = Codes(codes.name, country, codes.sector, {**codes.sources, "country": "coref:body"},
                               codes.kind, codes.person, codes.plural, codes.weak_title, codes.lexicon)
    m.update_actor({"country": country, "rule": coder.codes[id(m)].rule})
    return True
