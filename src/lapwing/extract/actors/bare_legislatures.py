"""A legislature named by its bare word ("the Senate", "Congress", "parliament", "the House") in an article with no
main country: the country of the article's one state (session 39, round sd78).

Before, "the Senate" kept no country unless a dateline gave the article one. Now, when every coded actor of the
article is of one country, and that country is shown as home by something other than a bare place name (a person, a
party or a body coded as of it, or its name as the owner, modifier, subject or place of something: "Chile's
president", "the Philippine leader", "Republicans"), the bare legislature is that country's (rule
``main-country``, the article's guess that a body's own words still beat). A country named only as a partner or a
topic ("aid *for Ukraine*") proves nothing: the Senate that votes aid for Ukraine is not Ukraine's.

Also "the House" (capitalised, with "the", no name after it): the lower chamber (LEG), not an unknown organisation."""

from __future__ import annotations

from typing import Any

from lapwing.extract.actors.article_country import _home_word
from lapwing.extract.actors.common import ActorMention

#: the head words of a legislature named bare, and of its members in the plural
BODY_WORDS = frozenset({"senate", "congress", "parliament", "house", "legislature", "assembly", "lawmakers",
                        "legislators", "senators", "congressmen", "parliamentarians", "deputies", "mps"})

#: country sources that are the article's guess, not evidence of it
_GUESSES = frozenset({"main-country", "coref:role", "coref:pair"})


def _house(coder: Any, m: ActorMention) -> bool:
    """"the House" as an uncoded organisation: the word capitalised, "the" before it, no capitalised word after."""
    d = coder.d
    h = m.end - 1
    return (m.kind == "org" and m.end - m.start == 2 and d.lower[m.start] == "the" and d.text[h] == "House"
            and not (h + 1 < d.n and d.text[h + 1][:1].isupper()) and not m.actor_view.country
            and not m.actor_view.sector)


def _home_country(coder: Any) -> str | None:
    """The article's one state: every coded actor's country is it, and one of them shows it as home."""
    found: set[str] = set()
    home = False
    for m in coder.mentions:
        a = m.actor_view
        if not a.country or a.country in coder.igos or m.kind == "pronoun":
            continue
        found.add(a.country)
        if len(found) > 1:
            return None
        src = coder.codes[id(m)].sources.get("country") if id(m) in coder.codes else None
        if src in _GUESSES:
            continue
        if m.kind == "gpe":
            home = home or _home_word(coder.doc[m.head])
        else:
            home = True
    return next(iter(found)) if home and len(found) == 1 else None


def bare_legislatures(coder: Any) -> None:
    """Code the article's bare legislatures (see the module's docstring)."""
    houses = [m for m in coder.mentions if _house(coder, m)]
    for m in houses:
        codes = coder.codes[id(m)]
        codes.kind, codes.sector, codes.sources["sector"] = "agent", "LEG", "title"
        m.kind = "agent"
        m.update_actor({"kind": "agent", "sector": "LEG", "rule": "title"})
        here = coder.sentence_countries(coder.sentences[m.sent]) if coder.main else None
        if coder.main and (not here or coder.main in here):  # the dateline's, as for "the Senate" beside it
            codes.country, codes.sources["country"] = coder.main, "main-country"
            m.update_actor({"country": coder.main, "rule": codes.rule})
    if coder.main:
        return
    bare = [m for m in coder.mentions if not m.nested and m.kind == "agent" and m.actor_view.sector == "LEG"
            and not m.actor_view.country and coder.d.lower[m.head] in BODY_WORDS
            and "generic" not in coder.codes[id(m)].sources]  # ("lawmakers around the world": no one state's)
    if not bare:
        return
    code = _home_country(coder)
    if code is None:
        return
    for m in bare:
        codes = coder.codes[id(m)]
        codes.country, codes.sources["country"] = code, "main-country"
        m.update_actor({"country": code, "rule": codes.rule})
