"""A nationality word after "ethnic" names a people, not a state: "the *ethnic Albanian* party" in a Skopje report is a
party of North Macedonia, "the ethnic Hungarian party" in a Bucharest report Romania's (session 36, round ac72). The
word gave its own country before, the state the people are named after.

The phrase takes instead the article's main country when its sentence names no other country than that one and the
people's. With no main country, or another country in the sentence, the word keeps its own country as before: the
sentence's other country is as often the people's adversary as their home ("ethnic Armenian forces attacked
Azerbaijani positions" are no Azerbaijani forces), so it is not read as their home. A people in its own state keeps that
state ("the ethnic Kazakh party" in an Astana report)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

if TYPE_CHECKING:
    from lapwing.extract.actors.chains import Item
    from lapwing.extract.actors.coder import _Coder

ETHNIC = frozenset({"ethnic", "ethnically"})


def is_ethnic(coder: "_Coder", it: "Item") -> bool:
    """Is the nationality word ``it`` right after "ethnic" ("ethnic Albanian", "ethnic-Uzbek")?"""
    lower, k = coder.d.lower, it.start - 1
    if k >= 1 and lower[k] == "-":
        k -= 1
    return k >= 0 and lower[k] in ETHNIC and it.anchor is not None and it.anchor.kind == "country"


def ethnic_country(coder: "_Coder", people: str, sent: Span) -> str | None:
    """The state of a people named after ``people`` (a country code) in sentence ``sent``: the article's main country
    (see the module's text), else None (the word keeps its own country)."""
    main = coder.main
    if not main or main == people:
        return None
    if coder.sentence_countries(sent) - {people, main} - set(coder.igos):
        return None
    return main
