"""What the actor coder asks the lexicons, remembered across articles: the dictionary's coding of a set of
entries on a day (:func:`_choose_actor`), the ``file:line`` of a lexicon row (:func:`_lexicon_source`),
and the rows a phrase's codes came from (:func:`_provenance`)."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from lapwing.extract.actors.common import Codes
from lapwing.lexicons import COUNTRIES_FILE, Coding, choose_actor

if TYPE_CHECKING:
    from lapwing.extract.actors.coder import _Coder


def _provenance(codes: Codes, an, head, coder: "_Coder") -> None:
    """Add the agent row of a title / group sector, the actor row of a group's country and the country
    row of a country code to ``codes.lexicon`` (file:line)."""
    if codes.sources.get("sector") in ("title", "group") and an.head_agent is not None:
        agent = an.head_agent.anchor.agent.agent
        if agent.path:
            codes.lexicon.append(_lexicon_source(agent.path, agent.line))
    how = codes.sources.get("country")
    if how == "group":
        for _rel, it in an.affiliations:
            c = coder.dictionary(it)
            if c is not None and c.source and c.country == codes.country:
                codes.lexicon.append(c.source)
                break
    items = [head] if how == "country" else list(an.countries) if how == "nationality" else []
    for it in items:
        c = it.anchor.country if it.anchor is not None else None
        if c is not None and c.code == codes.country and c.line:
            codes.lexicon.append(_lexicon_source(COUNTRIES_FILE, c.line))
            break


#: (ids of the entries, day) -> (the entries, their coding): choose_actor() over again for the same
#: dictionary rows in every article. The entries are kept with their coding, so their ids stay theirs.
_CODINGS: dict[tuple[tuple[int, ...], date | None], tuple[list, Coding | None]] = {}


def _choose_actor(actors: list, day: date | None) -> Coding | None:
    """:func:`lapwing.lexicons.choose_actor`, remembered per set of dictionary entries and day."""
    key = (tuple(map(id, actors)), day)
    hit = _CODINGS.get(key)
    if hit is not None and len(hit[0]) == len(actors) and all(x is y for x, y in zip(hit[0], actors)):
        return hit[1]
    coding = choose_actor(actors, day)
    if len(_CODINGS) >= 16384:
        _CODINGS.clear()
    _CODINGS[key] = (list(actors), coding)
    return coding


@lru_cache(maxsize=65536)
def _lexicon_source(path, line: int) -> str:
    """:func:`lapwing.lexicons.lexicon_source`, remembered: it resolves the file's folder on disk
    (several system calls) and the same rows come back in every article."""
    from lapwing.lexicons import lexicon_source

    return lexicon_source(path, line)
