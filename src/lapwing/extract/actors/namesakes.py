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
dictionary president, and a bare "Pedro Sanchez said" keep the dictionary."""

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
    if main is None or an.countries or an.head is None:
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
