"""A titled person the tables do not know, in a sentence about one country's own bodies (session 37, round sc74).

"Kenyan police arrested *opposition leader Joseph Mwangi*", "Bolivian miners demanded the resignation of *Mining
Minister Jorge Quispe*", "Malian rebels said they would free *Prime Minister Oumar Tall*": a person named with a
title of national politics, the press or the courts (``TITLED_SECTORS``) gets no country of their own when the
dictionary does not know the name and the phrase has no nationality word; the article's main country gives them one
only when the article has a main country (a capitals dateline, a clear leader of mentions), which a single wire
sentence often lacks. Here the sentence itself decides: the person takes its country when

* every country the sentence names (``sentence_countries``, the dateline's not counted) is that one country;
* another mention of the sentence is a body of that country named by a nationality word or a possessor ("Kenyan
  police", "Mali's rebels", "the Bolivian miners"), of a sector that is a state's own people and institutions but
  not its government (police, army, rebels, unions, parties, parliament, courts, the press, civilians): a
  government or a state's name may well be dealing with a foreign office holder ("the French government received
  Prime Minister X", "Kenya hosted President Y"), its police, miners or rebels seldom;
* no mention of the sentence is coded with another country or a body of states, and the person's phrase has no word
  that makes them foreign ("visiting", "foreign", "exiled", "counterpart").

The country is written with the rule ``main-country`` (the guess a body's own words beat), and goes to the later
mentions of the same person that have no country. Run once after the mentions are coded (``coder.run``).
"""

from __future__ import annotations

from typing import Any

from lapwing.extract.actors.common import TITLED_SECTORS

#: the sectors of a state's own people and institutions that are seldom the host of a foreign office holder
BODY_SECTORS = frozenset({"COP", "MIL", "REB", "INS", "SEP", "UAF", "LAB", "CVL", "OPP", "PTY", "LEG", "JUD", "MED",
                          "AGR", "EDU", "HLH", "BUS", "CRM", "REF"})
#: rules that code a body's country from its own words
OWN_WORDS = ("nationality", "group", "dictionary", "country")
#: words of a person's phrase that make them foreign to the sentence's country
FOREIGN_WORDS = frozenset({"visiting", "foreign", "exiled", "counterpart", "overseas", "expatriate", "former"})


def _rules(view: Any) -> set[str]:
    return set((view.rule or "").split("+"))


def sentence_partner_country(coder: Any) -> None:
    """Give the titled people of each sentence the country of the sentence's own bodies (see the module)."""
    by_sent: dict[int, list] = {}
    for m in coder.mentions:
        by_sent.setdefault(m.sent, []).append(m)
    d = coder.d
    for si, ms in by_sent.items():
        people = [m for m in ms if m.kind == "person" and m.actor_view.country is None
                  and m.actor_view.sector in TITLED_SECTORS and "title" in _rules(m.actor_view)
                  and not FOREIGN_WORDS & set(d.lower[m.start:m.end])]
        if not people:
            continue
        countries = {m.actor_view.country for m in ms if m.actor_view.country}
        if len(countries) != 1:
            continue
        (country,) = countries
        if country in coder.igos or coder.sentence_countries(coder.sentences[si]) != {country}:
            continue
        if not any(p.kind != "gpe" and p.actor_view.sector in BODY_SECTORS and _rules(p.actor_view) & set(OWN_WORDS)
                   and p.actor_view.country == country for p in ms):
            continue
        for m in people:
            _give(coder, m, country)


def _give(coder: Any, m: Any, country: str) -> None:
    codes = coder.codes.get(id(m))
    if codes is not None:
        codes.country, codes.sources["country"] = country, "main-country"
    rule = "+".join(r for r in (m.actor_view.rule, "main-country") if r)
    m.update_actor({"country": country, "rule": rule})
    if m.entity < 0:
        return
    for other in coder.mentions:
        if other is not m and other.entity == m.entity and other.kind == "person" and other.actor_view.country is None:
            other.update_actor({"country": country, "rule": rule})
