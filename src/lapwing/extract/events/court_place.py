"""The country of the article's court: prosecutors and judges are the court's, not the defendant's (session 31,
round 59; used by ``actor_context.sentence_country``).

A bare "prosecutors", "the judge" or "the jury" (sector JUD, no country of its own) used to take the one country of
its sentence, and in a trial story that country is often only the defendant's ("Federal prosecutors said
*Honduran* ex-president X took bribes", a trial in New York). The court's country is where the article places its
court or trial: "a jury *in Manhattan*", "went on trial *in New York*", "a *Brooklyn* federal court", "a court *in
Lahore*". :func:`court_country` reads those places; ``sentence_country`` gives a bare JUD actor that country, and
does not give it a country that only a person of the sentence shows (the defendant's nationality) when the article
places no court.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from lapwing.extract.events.syntax import _cases

#: nouns that name a court, a trial or its parts
COURT_WORDS = frozenset({"court", "courts", "trial", "jury", "courthouse", "courtroom", "tribunal", "judge",
                         "prosecutors", "prosecutor"})
#: pronouns for one person
_PERSONAL = frozenset({"he", "him", "his", "she", "her", "hers"})
#: place kinds a court is placed by
_KINDS = ("city", "admin1", "country")


def _place_country(places: list, tok: Token) -> str | None:
    for p in places:
        if p.start <= tok.idx < p.end:
            return p.country
    return None


def _placing(t: Token) -> list[Token]:
    """The words that may place the court word ``t``: its own "in"/"at" complement or name modifier ("a jury in
    Manhattan", "a Manhattan court"), and the "in" phrase of its verb right after it ("went on trial in New
    York", "convicted by a jury in Manhattan")."""
    out = []
    for c in t.children:
        if c.dep_.startswith("nmod") and _cases(c) & {"in", "at"}:
            out.append(c)
        elif c.dep_ in ("compound", "amod") and c.i < t.i:
            out.append(c)
    if t.dep_.startswith("obl"):
        # the verb's "in" phrase right after the court word: "convicted by a jury in Manhattan" (the parse often
        # hangs the place on the verb)
        out += [c for c in t.head.children if c.dep_ == "obl" and c.left_edge.i == t.right_edge.i + 1
                and _cases(c) & {"in", "at"}]
    return out


def court_country(doc: Any, places: list, not_states: frozenset) -> str | None:
    """The one country of the places the article gives its courts and trials; None if none or several."""
    places = [p for p in places if p.country and p.kind in _KINDS and p.country not in not_states]
    if not places:
        return None
    found = set()
    for t in doc:
        if t.lower_ in COURT_WORDS:
            for c in _placing(t):
                code = _place_country(places, c)
                if code:
                    found.add(code)
    return found.pop() if len(found) == 1 else None


def person_country(mentions: Any, start: int, end: int) -> bool:
    """Is the country mention at ``start:end`` a person's (a name or a pronoun for one), not a body's or a place's?"""
    for m in mentions or ():
        a = getattr(m, "actor_view", None)
        if a is not None and a.start == start and a.end == end:
            return a.kind == "person" or (a.kind == "pronoun" and (a.text or "").lower() in _PERSONAL)
    return False
