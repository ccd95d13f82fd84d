"""The short name of an organisation named in full earlier in the article: "the Brotherhood" after "the Muslim
Brotherhood", "the Front" after "the Polisario Front", "the Alliance" after "the Pashtun Democratic Alliance" (session
39, round sd78). "The" and the last capitalised word of the earlier name stand for that organisation, and take its
codes (rule ``coref:short-name``): before, the NER took such a word for a person or for nothing, and it was left
uncoded.

Only when exactly one earlier organisation (or several sharing their codes) ends its name of two capitalised words or
more with that word, the short name is "the" and the word alone (no capitalised word after it: "the Front Line
Defenders" is another name), and the word is no role word of the lexicons ("the Army" after "the National Liberation
Army" keeps its own reading) nor coded already."""

from __future__ import annotations

from typing import Any

from lapwing.extract.actors.common import ActorMention, Codes
from lapwing.extract.actors.name_repeats import name_words


def _full_names(coder: Any) -> dict[str, list[ActorMention]]:
    """Earlier coded organisations by the folded last word of their name (two capitalised words or more)."""
    d = coder.d
    out: dict[str, list[ActorMention]] = {}
    for x in coder.mentions:
        if x.kind != "org" or x.nested or not (x.actor_view.country or x.actor_view.sector):
            continue
        last = x.end - 1
        if d.is_poss(last) and last > x.start:
            last -= 1
        if not d.text[last][:1].isupper() or not d.alpha[last] or len(name_words(coder, x.start, last + 1)) < 2:
            continue
        out.setdefault(d.lower[last], []).append(x)
    return out


def _sentence_of(coder: Any, k: int) -> int:
    for si, sent in enumerate(coder.sentences):
        if sent.start <= k < sent.end:
            return si
    return 0


def short_org_names(coder: Any) -> None:
    """Code "the W" as the one earlier organisation whose full name ends in W (see the module's docstring)."""
    d = coder.d
    full = _full_names(coder)
    if not full:
        return
    covering: dict[int, list[ActorMention]] = {}
    for m in coder.mentions:
        for k in range(m.start, m.end):
            covering.setdefault(k, []).append(m)
    for k in range(1, d.n):
        named = full.get(d.lower[k])
        if named is None or d.lower[k - 1] != "the" or not d.text[k][:1].isupper():
            continue
        a = d.anchor_at.get(k)
        if a is not None and a.kind != "ner":
            continue  # a word of the lexicons ("the Army"): its own reading
        if k + 1 < d.n and d.text[k + 1][:1].isupper() and d.alpha[k + 1]:
            continue  # "the Front Line Defenders": a longer name
        earlier = [x for x in named if x.end <= k - 1]
        if not earlier or len({(x.actor_view.country, x.actor_view.sector) for x in earlier}) != 1:
            continue
        first = earlier[0]
        here = covering.get(k, [])
        if here:
            m = next((x for x in here if x.start >= k - 1 and x.end == k + 1), None)
            if m is None or m.kind == "pronoun" or m.actor_view.country or m.actor_view.sector:
                continue  # inside a longer mention, or coded by its own words
            coder.codes[id(m)].kind = m.kind = "org"
            m.update_actor({"kind": "org"})
            coder.inherit(m, first, True)
            m.update_actor({"rule": "coref:short-name"})
            coder.index.set_entity(m, first.entity)
            continue
        src = coder.codes[id(first)]
        codes = Codes(src.name, src.country, src.sector, {"country": "coref:short-name"}, "org", False, src.plural)
        m = ActorMention(k - 1, k + 1, k, coder.actor_later(k - 1, k + 1, codes, "org", "coref:short-name"), first,
                         kind="org", sent=_sentence_of(coder, k), plural=src.plural)
        m.entity = first.entity
        coder.codes[id(m)] = codes
        coder.mentions.append(m)
        coder.index.add(m)
