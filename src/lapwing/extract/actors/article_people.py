"""People the article itself introduces, before the dictionary and the office holders (session 31, round 59).

Two classes of actor errors where the article says who someone is:

- a one-word name used as a possessor ("*Lai*'s son", "*Biden*'s lawyer") was looked up in the actor dictionary
  alone, and took its well-known person of that surname although the article had named another person of that
  name before ("media tycoon Jimmy Lai"). The head-mention path already prefers the earlier person
  (``coder.finish``); :func:`earlier_namesake` gives the possessor path the same rule;
- relatives of an office holder ("the president's daughter", "Putin's nephew", "the minister's family") took the
  office holder's sector (GOV) from their possessor. A relative is a civilian: :func:`kin_head` tells the coder to
  take no sector from the possessor (the relative word's own sector, CVL, stays; the possessor's country is kept).
  A relative named in the dictionary with an office of his own keeps it (the dictionary codes first).
"""

from __future__ import annotations

from typing import Any

from lapwing.extract.actors.common import Codes

#: words for a member of someone's family
KIN_WORDS = frozenset({
    "son", "sons", "daughter", "daughters", "wife", "wives", "husband", "brother", "brothers", "sister", "sisters",
    "mother", "father", "nephew", "nephews", "niece", "nieces", "cousin", "cousins", "family", "families",
    "relative", "relatives", "widow", "widower", "grandson", "granddaughter", "grandchildren", "children", "child",
    "son-in-law", "daughter-in-law", "brother-in-law", "sister-in-law", "stepson", "stepdaughter", "uncle", "aunt",
    "fiancee", "fiance", "spouse", "kin", "in-law", "in-laws", "parents",
})


def kin_head(d: Any, an: Any) -> bool:
    """Is the phrase a relative of its possessor ("Putin's nephew", "the president's daughter Ana")? Only with a
    possessor (an affiliation of its own that is not pro-/anti-) and no other title before the relative word
    ("the president's son, a senator" is a separate apposition)."""
    ha = an.head_agent
    if ha is None or an.title_agents or not an.affiliations:
        return False
    if any(rel in ("pro", "anti") for rel, _ in an.affiliations):
        return False
    words = [d.lower[j] for j in range(ha.start, ha.end)]
    return "-".join(words) in KIN_WORDS or (len(words) == 1 and words[0] in KIN_WORDS)


def earlier_namesake(coder: Any, item: Any, dic: Any) -> Codes | None:
    """Codes of the one earlier person of the article whose name holds this one-word dictionary name, when that
    person is not the dictionary's ("Lai's son" after "media tycoon Jimmy Lai"); None otherwise. As in the head path,
    an earlier person whose country is only the article's main country does not beat the dictionary."""
    key = coder.name_key(item.start, item.end)
    if len(key) != 1:
        return None
    prior = coder.find_by_name(key)
    if prior is None:
        return None
    c = coder.codes.get(id(prior))
    if c is None or c.kind != "person" or (dic is not None and c.name == dic.name) \
            or c.sources.get("country") == "main-country":
        return None
    return Codes(c.name, c.country, c.sector, kind=c.kind)


#: body words a title can name its office by ("*Ministry* spokesman X", "a *ministry* spokeswoman")
OFFICE_BODY_WORDS = frozenset({"ministry", "embassy", "presidency"})


def office_body_reference(coder: Any, m: Any, an: Any) -> bool:
    """"*Ministry* spokesman Peter Odhiambo", "a *ministry* spokeswoman" after "Kenya's Interior Ministry": a title
    whose body word names the one state body of that word the article coded before takes that body's country (rule
    ``coref:office``); its sector stays its own. Only for a title with no country of its own (or the article's
    main-country guess); not when the article coded bodies of that word of several countries."""
    from lapwing.extract.actors.context_refs import title_body_index
    d, codes = coder.d, coder.codes[id(m)]
    k = title_body_index(coder, m, an, OFFICE_BODY_WORDS)
    if k is None:
        return False
    found = {x.actor_view.country for x in coder.mentions if x.start < m.start and x.kind != "pronoun"
             and not x.nested and x.actor_view.country and x.actor_view.sector == "GOV"
             and d.lower[k] in (d.lower[x.head], d.lower[x.end - 1])}
    if len(found) != 1:
        return False
    country = found.pop()
    coder.codes[id(m)] = Codes(codes.name, country, codes.sector or "GOV",
                               {**codes.sources, "country": "coref:office", "sector": codes.sources.get("sector")
                                or "title"}, codes.kind, codes.person, codes.plural)
    m.update_actor({"country": country, "sector": codes.sector or "GOV", "rule": "coref:office"})
    return True


def other_namesakes(coder: Any, key: tuple[str, ...], dic: Any) -> bool:
    """Did the article name two or more people whose name holds this one-word name, none of them the dictionary's
    person of that name ("Jimmy Lai", then "Sebastien Lai", then "*the younger Lai*" or "*Lai*")? Then the bare name
    is one of the article's people, and which one it cannot say: it is not the dictionary's third person of that
    surname (session 33, round ac64). With one such person the name is that person (``coder.finish``)."""
    if len(key) != 1 or dic is None:
        return False
    entities: dict[int, Any] = {}
    for x in coder.index.people_named(key[0]):
        full = coder.names.get(id(x))
        if full and len(full) > 1 and key[0] in full:
            entities.setdefault(x.entity, x)
    if len(entities) < 2:
        return False
    return all(coder.codes[id(x)].name != dic.name for x in entities.values())
