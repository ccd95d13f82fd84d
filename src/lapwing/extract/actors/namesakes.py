"""A dictionary name that is someone else's in this article (session 34, round ac67): a foreign leader's namesake in
another country's report, a rebel group's initialism that equals a foreign party's.

The dictionary knows one "Pedro Sanchez" (Spain's prime minister) and one "CPC" (China's ruling party). In a report
datelined in Colombia that never names Spain, "*Defence Minister* Pedro Sanchez" is a Colombian minister: his title is
an office of state that is not the dictionary's office of the name. In a report datelined in the Central African
Republic that never names China, "the CPC *rebel coalition*" is an armed group: the role word beside the initialism is
an armed movement's and the dictionary's organisation is none. Such a match is the article's own actor: the
dictionary is not asked for it (nor for the later mentions of the same entry, "The CPC denied ..."), and the title or
role word and the article's main country code it as for any unknown name.

Only when all hold: the article has a main country; the entry's country is another state (no IGO); the article names
that country nowhere (its name, adjective, demonym or capital); the phrase has no nationality word of its own.
"Spanish Prime Minister Pedro Sanchez", "Prime Minister Pedro Sanchez" in a Madrid report, "President X" for a
dictionary president, and a bare "Pedro Sanchez said" keep the dictionary.

A party or front named by common political words only ("National Salvation Front", "Peoples Democratic Party",
"Justice and Development Party"; session 37, round ac74) is a name many states' parties share: the dictionary's is
one of them. In a report whose main country is another state and that never names the entry's country, the name is
the main country's party (a "party" is PTY; a "front" or "movement" takes no sector from the namesake); in a report
with no main country, the one state it names as where things happen or as another actor's nationality ("in
Nigeria", "in Lagos", "Nigerian police") tells the party; where it names several states but never the entry's, which
party is meant cannot be told and the name gets no country; one state named only as whom the party acts on ("The
Democratic Party criticised Mexico's tariffs") keeps the dictionary's. A name with a word of its own ("Pakistan Peoples Party", "Fatah"), a phrase with a
nationality word ("Nigeria's ..."), and a report with no country named at all keep the dictionary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lapwing.lexicons import fold_token

if TYPE_CHECKING:
    from lapwing.extract.actors.analysis import _Analysis
    from lapwing.extract.actors.coder import _Coder

#: sectors of armed movements a role word can give ("rebel coalition", "militia", "insurgents")
_ARMED = frozenset({"REB", "INS", "SEP", "UAF"})
#: sectors of a title of state office that can tell a namesake ("Defence Minister", "army chief")
_OFFICE = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})
#: title words that say nothing about which office ("the", "new", "acting")
_NEUTRAL = frozenset({"the", "a", "an", "new", "acting", "deputy", "vice", "former"})
#: common words of party and movement names: a name made of these only is shared by several states' parties
_PARTY_NAME_WORDS = frozenset({
    "national", "salvation", "front", "people", "peoples", "people's", "peoples'", "popular", "democratic",
    "democracy", "democrats", "party", "congress", "union", "movement", "liberal", "liberals", "socialist", "social",
    "republican", "alliance", "progressive", "progressives", "labour", "labor", "workers", "workers'", "unity",
    "united", "liberation", "freedom", "justice", "development", "conservative", "christian", "green", "greens",
    "reform", "renewal", "independent", "patriotic", "revolutionary", "rally", "citizens", "civic", "solidarity",
    "communist", "forum", "new", "for", "and", "of", "the", "'", "’", "-"})
#: the heads that make such a name a political party's
_PARTY_HEADS = frozenset({"party", "parties"})


def _named_countries(coder: "_Coder") -> frozenset[str]:
    got = getattr(coder, "_named_country_codes", None)
    if got is None:
        got = frozenset(a.country.code for a in coder.anchors if a.country is not None)
        coder._named_country_codes = got
    return got


def _entry_key(anchor) -> tuple[int, ...]:
    return tuple(sorted(id(e) for e in anchor.actors))


def is_namesake(coder: "_Coder", anchor) -> bool:
    """Was this anchor's dictionary entry found to be another actor's name in this article?"""
    keys = getattr(coder, "_namesake_keys", None)
    return bool(keys) and _entry_key(anchor) in keys


def namesake_codes(coder: "_Coder", anchor) -> tuple[str, str] | None:
    """The (country, sector) an armed group's initialism took where it was found a namesake ("the CPC rebel
    coalition"), for its later bare mentions ("The CPC denied ..."); None for a person (the repeated name's own
    rule links it) or an anchor that is none."""
    keys = getattr(coder, "_namesake_keys", None)
    return keys.get(_entry_key(anchor)) if keys else None


def _office_words(anchor, day) -> set[str]:
    words: set[str] = set()
    for e in anchor.actors:
        for r in e.roles:
            if day is None or r.covers(day) or r.end is None:
                words.update(fold_token(w) for w in r.note.replace("-", " ").split())
    return words


def mark_namesakes(coder: "_Coder", an: "_Analysis") -> None:
    """Mark the dictionary entries of this phrase that the phrase shows to be a namesake (module doc)."""
    main = coder.main
    if an.countries or an.head is None:
        return
    if main is None:
        _mark_shared_party_names(coder, an)
        return
    named = _named_countries(coder)
    d = coder.d
    for it in an.chain.items:
        a = it.anchor
        if it.type != "anchor" or a is None or a.kind != "actor" or is_namesake(coder, a):
            continue
        dic = coder.dictionary(it)
        if dic is None or not dic.country or dic.country == main or dic.country in coder.igos \
                or dic.country in named:
            continue
        if dic.kind == "person" and it is an.head and an.title_agents + ([an.head_agent] if an.head_agent else []):
            titles = [t for t in an.title_agents + ([an.head_agent] if an.head_agent else [])
                      if t.start < it.start]
            sector = next((t.anchor.agent.agent.sector for t in reversed(titles)
                           if t.anchor.agent.agent.sector in _OFFICE), None)
            if sector is None:
                continue
            words = {d.lower[k] for t in titles for k in range(t.start, t.end)} - _NEUTRAL
            office = _office_words(a, coder.day)
            if not office or words <= office:
                continue  # "President X" for the dictionary's president: the known person
            codes = None
        elif dic.kind == "org" and it is an.head and (shared := _shared_party_name(coder, it, dic)) is not None:
            codes = shared
        elif dic.kind == "org" and it is not an.head and an.head_agent is not None:
            text = d.text[it.start:it.end]
            if len(text) != 1 or not text[0].isupper() or not text[0].isalpha():
                continue  # an initialism only ("CPC", "FPR")
            armed = next((t.anchor.agent.agent.sector for t in [*an.title_agents, an.head_agent]
                          if t.anchor.agent.agent.sector in _ARMED and t.start > it.start), None)
            if dic.sector in _ARMED or armed is None:
                continue
            codes = (main, armed)
        else:
            continue
        if not hasattr(coder, "_namesake_keys"):
            coder._namesake_keys = {}
        coder._namesake_keys[_entry_key(a)] = codes


def _generic_party_name(coder: "_Coder", it) -> bool:
    """The name is made of common party-name words only, with at least one party or movement head word."""
    words = [fold_token(w) for w in coder.d.text[it.start:it.end]]
    return len(words) >= 2 and all(w in _PARTY_NAME_WORDS for w in words) \
        and words[-1] in {"party", "parties", "front", "movement", "congress", "alliance", "union", "rally", "forum"}


def _shared_party_name(coder: "_Coder", it, dic) -> tuple[str | None, str | None] | None:
    """The (country, sector) of a party name shared by several states' parties where the article's main country
    tells which (module doc); None when the dictionary's entry stands."""
    if not _generic_party_name(coder, it):
        return None
    party = fold_token(coder.d.text[it.end - 1]) in _PARTY_HEADS
    return coder.main, ("PTY" if party else None)


#: words before a country or city that name it as where things happen ("in Nigeria", "across Ghana")
_WHERE = frozenset({"in", "across", "throughout", "inside", "from"})
#: country roles that name a state as an actor's nationality ("Nigerian police", "Ghanaians")
_NATIONALITY = frozenset({"adjective", "demonym", "demonym-plural"})


def _article_states(coder: "_Coder") -> tuple[frozenset[str], frozenset[str]]:
    """(every state a report with no main country names, the states it names as where things happen or as
    another actor's nationality: "in Nigeria", "in Lagos", "Nigerian police"). A state named only as a subject or
    object ("criticised Mexico's tariffs") may be whom the party acts on, so it tells nothing of the party's."""
    got = getattr(coder, "_article_states", None)
    if got is None:
        from lapwing.extract.actors.context import _place_code

        d, igos = coder.d, set(coder.igos)
        where = {a.country.code for a in coder.anchors if a.kind == "country" and a.country is not None
                 and (a.country_roles() & _NATIONALITY or a.start > 0 and d.lower[a.start - 1] in _WHERE)}
        places = {(c, e.start > 0 and d.lower[e.start - 1] in _WHERE) for e in coder.doc.ents
                  if e.label_ in ("GPE", "LOC") and (c := _place_code(coder.lex, e.text, True))}
        every = (_named_countries(coder) | {c for c, _ in places}) - igos
        got = coder._article_states = (frozenset(every), frozenset(where | {c for c, w in places if w}) - igos)
    return got


def _mark_shared_party_names(coder: "_Coder", an: "_Analysis") -> None:
    """With no main country: a shared party name is the party of the one state the report names as where things
    happen or as another actor's nationality, and no state's when it names several but never the entry's; a report
    that names one state only as whom things are done to keeps the dictionary's (module doc)."""
    for it in an.chain.items:
        a = it.anchor
        if it is not an.head or it.type != "anchor" or a is None or a.kind != "actor" or is_namesake(coder, a):
            continue
        dic = coder.dictionary(it)
        if dic is None or dic.kind != "org" or not dic.country or dic.country in coder.igos \
                or not _generic_party_name(coder, it):
            continue
        every, where = _article_states(coder)
        if dic.country in every or not (len(where) == 1 or len(every) > 1):
            continue
        if not hasattr(coder, "_namesake_keys"):
            coder._namesake_keys = {}
        party = fold_token(coder.d.text[it.end - 1]) in _PARTY_HEADS
        coder._namesake_keys[_entry_key(a)] = (next(iter(where)) if len(where) == 1 else None,
                                               "PTY" if party else None)
