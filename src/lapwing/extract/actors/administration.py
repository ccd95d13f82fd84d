"""A bare "the administration" (rule suffix ``administration``): it is the administration the article named before
("the Biden administration ... the administration" is the United States's, in a Seoul-datelined story too); with none
named, the dateline's country, whatever other countries its sentence names ("the administration asked Congress for
aid to Ukraine" under a Washington dateline). A helper of :class:`lapwing.extract.actors.coder._Coder`."""

from __future__ import annotations

from typing import Any

from lapwing.extract.actors.analysis import _Analysis

ADMINISTRATION = "administration"


def administration_country(coder: Any, an: _Analysis) -> str | None:
    """The country of a definite, bare "the administration"; None when the phrase is not one or the dateline gives no
    country; "" when the article named administrations of no known country or of several (no guess at all)."""
    d = coder.d
    head = an.head
    if head is None or head.type != "anchor" or head.end - head.start != 1 or d.lower[head.start] != ADMINISTRATION:
        return None
    start = an.chain.start
    if d.lower[start] != "the" or head.start != start + 1 or an.name_item is not None or an.countries \
            or an.affiliations or an.title_agents:
        return None
    named = {m.actor_view.country for m in coder.mentions
             if not m.nested and m.actor_view.text.lower().endswith(ADMINISTRATION)
             and m.actor_view.text.lower() != "the " + ADMINISTRATION}
    if named:  # the one the article named ("the Reagan administration" of no known country: "", no guess)
        return (named.pop() or "") if len(named) == 1 else ""
    return coder.main if coder.main_evidence == "dateline" else None
