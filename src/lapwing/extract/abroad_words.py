"""A place where someone lives away from home ("who has lived in exile *in Paris*", "speaking from exile *in London*",
"who lives *in Geneva*"): it says nothing of the nationality of a sentence's other actors. Shared by the actor
extractor (no main country is kept from a sentence that names only such a place) and the event coder (no sentence
country from it)."""

from __future__ import annotations

from spacy.tokens import Token

#: a life away from home: the words a place of exile or residence hangs on
ABROAD_WORDS = frozenset({"exile", "live", "reside", "asylum", "refuge", "settle"})


def abroad_place(t: Token) -> bool:
    """Is ``t`` (the head word of a place name) a place of exile or residence: "in Paris" hung on "exile", "lives",
    "resides", or on a verb that also has "from exile" before it."""
    if not t.dep_.startswith(("obl", "nmod")) or not any(c.dep_ == "case" and c.lower_ in ("in", "from", "to")
                                                         for c in t.children):
        return False
    h = t.head
    return h.lemma_.lower() in ABROAD_WORDS or h.lower_ in ABROAD_WORDS or any(
        c.lower_ == "exile" for c in h.children if c.i < t.i)
