"""A nationality word after "ethnic" names a people, not a state: "the *ethnic Albanian* party" in a Skopje report is a
party of North Macedonia, "*ethnic Hungarians* in Romania" are Romania's, "ethnic Serb" mayors in Kosovo Kosovo's
(session 36, round ac72). The word gave its own country before, the state the people are named after.

The phrase takes instead the one other country the sentence names ("ethnic Albanian rebels in *Macedonia*"), else
the article's main country when the sentence names no country but it and the people's ("the ethnic Turkish party" in
a Sofia report), else no country (a people with no state named: no guess). A people in its own state keeps that state
("ethnic Kazakhs" in an Astana report: Kazakhstan)."""

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
    """The state of a people named after ``people`` (a country code) in sentence ``sent`` (see the module's text)."""
    others = coder.sentence_countries(sent) - {people} - set(coder.igos)
    if len(others) == 1:
        return others.pop()
    if others:
        return None
    main = coder.main
    return main if main else None
