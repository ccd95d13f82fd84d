"""A country named inside a descriptive "the N of COUNTRY" phrase: "the Pacific island state of Tuvalu", "the Gulf
state of Qatar", "the tiny Himalayan kingdom of Bhutan" (session 39, round sd78). The phrase is the country itself, so
its mention starts at the determiner: the description's head noun ("state"), the subject or object the event coder
finds, then belongs to the country's mention and takes its codes (before, the head had no mention at all and the
event's actor was left uncoded).

Only a head noun that names a state ("state", "nation", "kingdom", ...), joined to a country name by "of", with a
determiner before it and only modifiers between; "the island of Crete" names no country and keeps its place reading,
"the state of Texas" is no country name either."""

from __future__ import annotations

from typing import Any

#: head nouns that describe a sovereign state ("the island *nation* of Fiji", "the oil-rich *emirate* of Kuwait")
STATE_NOUNS = frozenset({
    "state", "nation", "country", "kingdom", "republic", "emirate", "sultanate", "principality", "monarchy",
    "island", "archipelago", "city-state", "microstate", "federation", "democracy", "dictatorship", "theocracy",
})

#: word classes of the modifiers between the determiner and the state noun ("tiny", "Himalayan", "island", "oil-rich")
_MODIFIER_POS = frozenset({"ADJ", "PROPN", "NOUN", "NUM", "ADV", "VERB"})

_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})


def described_country_start(coder: Any, start: int, end: int) -> int:
    """The first token of the description before the country name ``doc[start:end]`` ("*the* Pacific island state
    of Tuvalu"), or ``start`` when no such description stands before it (or its words are in another mention).

    Read from the words, not the parse (which takes "The Gulf state of Bahrain hosted talks" for a phrase headed by
    "state" with "hosted talks" inside it): "of" right before the name, a state noun right before "of", and before the
    noun only modifiers (adjectives, names, nouns, numbers, hyphens; at most six words) back to a determiner."""
    d = coder.d
    lower, pos = d.lower, d.pos
    if start < 3 or lower[start - 1] != "of" or lower[start - 2] not in STATE_NOUNS or pos[start - 2] not in ("NOUN", "PROPN"):
        return start
    sent_start = coder.doc[start].sent.start
    k = start - 3
    while k >= max(sent_start, start - 9):
        if lower[k] in _DETERMINERS:
            break
        if pos[k] not in _MODIFIER_POS and lower[k] != "-":
            return start
        k -= 1
    else:
        return start
    if any(m.end > k and m.start < start for m in coder.mentions[-3:]):
        return start  # a word of the description is another actor already
    return k
