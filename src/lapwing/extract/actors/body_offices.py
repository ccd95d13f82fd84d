"""Offices of a body ("president *of the Unity Party*", "chairman *of the Farmers' Association*", "president *of the
Senate*"): a title tied by "of" to an organisation is a different office from the same bare title of a state, so a
later "the president" is not that person when the article also names a bare "President X"
(:meth:`lapwing.extract.actors.coref._Coref.description`)."""

from __future__ import annotations

from typing import Any

#: head words of the bodies an "of" complement of a title may name (not a state: "president of Kenya", "President
#: of the Republic" keep the bare office)
BODY_HEADS = frozenset({
    "party", "parties", "club", "company", "corporation", "firm", "group", "association", "federation", "union",
    "league", "council", "committee", "commission", "movement", "front", "alliance", "coalition", "congress",
    "bank", "university", "college", "institute", "foundation", "society", "chamber", "board", "assembly",
    "senate", "court", "tribunal", "organisation", "organization", "agency", "authority", "fund", "church",
    "network", "forum", "syndicate", "cooperative", "co-operative", "academy", "conference", "bar",
})
#: words that end the "of" phrase
_STOPS = frozenset({",", ";", ":", ".", "(", ")", "and", "who", "which", "that", "said", "told", "says"})


def body_office(doc: Any, title_end: int, limit: int = 8) -> bool:
    """The title ending before token ``title_end`` is followed by "of" and a phrase headed by a body word ("president
    of the Unity Party", "chairwoman of the national farmers' union")."""
    n = len(doc)
    if title_end >= n or doc[title_end].lower_ != "of":
        return False
    for k in range(title_end + 1, min(n, title_end + 1 + limit)):
        word = doc[k].lower_
        if word in _STOPS:
            return False
        if word in BODY_HEADS:
            return True
    return False
