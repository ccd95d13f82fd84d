"""A title of a city's office takes the city's country (session 34, round ac67): "the Catholic archbishop *of
Bamenda*", "the bishop of Kaduna", "the mayor of Mombasa", "the emir of Kano". The city is no country of the lexicons,
so the phrase had no country at all (and a church's title, unlike a minister's, takes no main country either). The
city's country is the one of the gazetteer's cities over 100,000 people that the dateline step already reads
(``context._city_index``).

Only for a person's role word whose "of" complement is a capitalised place the NER tags GPE or LOC (or no entity; PERSON
too after a church's or a government's office: "the bishop of Kaduna") that no lexicon knows, and only when the sentence names no other country than the city's ("the archbishop of Lyon met
Kenya's president" in a Nairobi story stays uncoded: whose archbishop the sentence leaves to the reader)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lapwing.extract.actors.context import _city_index
from lapwing.lexicons import normalize

if TYPE_CHECKING:
    from spacy.tokens import Span

    from lapwing.extract.actors.analysis import _Analysis
    from lapwing.extract.actors.coder import _Coder


#: sectors of the offices that have a seat in a city (a bishop, a mayor): their "of" city may be tagged PERSON by the
#: NER ("the bishop of *Kaduna*"); for any other role word a PERSON is a person ("the wife of Jackson")
_SEAT_SECTORS = frozenset({"REL", "GOV"})
#: sectors of the role words whose "of" city is their seat (bishop, mayor, police chief, judge, councillor)
_OFFICE_SECTORS = frozenset({"REL", "GOV", "COP", "JUD", "LEG"})


def city_title_country(coder: "_Coder", an: "_Analysis", sent: "Span") -> str | None:
    """The country of the city whose office the phrase's role word names ("the archbishop of Bamenda"), or None."""
    h = an.head_agent
    if h is None or not h.anchor.agent.person or h.anchor.agent.agent.sector not in _OFFICE_SECTORS:
        return None  # (a kinsman, a fan, an unnamed "head of": no office held in a city)
    d = coder.d
    # (the city can be the phrase's head: "archbishop of Bamenda" is read as "President of Venezuela Nicolas Maduro")
    items = [("of", an.head)] if an.head is not None and an.head.start > h.start else []
    for rel, it in items + an.affiliations:
        if rel != "of" or it.start < h.end or it.type not in ("anchor", "name"):
            continue
        if it.start - h.end > 2 or any(d.lower[k] not in ("of", "the") for k in range(h.end, it.start)):
            return None  # only "archbishop of X", "mayor of the X"
        if "of" not in (d.lower[k] for k in range(h.end, it.start)):
            return None  # a name right after the title is the person ("President Bush"), never a city of that name
        a = it.anchor
        labels = ("GPE", "LOC", "PERSON") if h.anchor.agent.agent.sector in _SEAT_SECTORS else ("GPE", "LOC")
        if a is not None and (a.kind != "ner" or a.label not in labels):
            return None  # a lexicon's place, an actor or an organisation is not a city of the gazetteer
        words = d.text[it.start:it.end]
        if not all(w[:1].isupper() for w in words):
            return None
        code = _city_index().get(normalize(" ".join(words)))
        if not code or code in coder.igos:
            return None
        here = coder.sentence_countries(sent)
        if here and here != {code}:
            return None
        return code
    return None
