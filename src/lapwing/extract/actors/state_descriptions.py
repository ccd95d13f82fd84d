"""A country named inside a descriptive "the N of COUNTRY" phrase: "the Pacific island state of Tuvalu", "the Gulf
state of Qatar", "the tiny Himalayan kingdom of Bhutan" (session 39, round sd78). The phrase is the country itself, so
its mention starts at the determiner: the description's head noun ("state"), the subject or object the event coder
finds, then belongs to the country's mention and takes its codes (before, the head had no mention at all and the
event's actor was left uncoded).

Only a head noun that names a state ("state", "nation", "kingdom", ...), joined to a country name by "of", with a
determiner before it and only modifiers between; "the island of Crete" names no country and keeps its place reading,
"the state of Texas" is no country name either."""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from lapwing.extract.actors.common import ActorMention, Codes

#: head nouns that describe a sovereign state ("the island *nation* of Fiji", "the oil-rich *emirate* of Kuwait")
STATE_NOUNS = frozenset({
    "state", "nation", "country", "kingdom", "republic", "emirate", "sultanate", "principality", "monarchy",
    "island", "archipelago", "city-state", "microstate", "federation", "democracy", "dictatorship", "theocracy",
})

#: the state nouns a definite description of a state named before may be headed by ("the island *nation*"; not
#: "island" or "democracy": "the island" is as often a place, "the democracy" an idea)
_DESCRIBING_NOUNS = frozenset({"nation", "state", "country", "kingdom", "republic", "emirate", "sultanate",
                               "principality", "monarchy", "archipelago", "city-state", "microstate"})

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


# -- "The Pacific island nation accused China": a description of the state named before ---------------------------
def _description_before(coder: Any, k: int) -> int | None:
    """The first token ("the") of a definite description headed by the state noun at ``k`` ("*The* Pacific island
    nation"), or None: "the", then only modifiers, then the noun; no "of" or possessive after it (those are other
    phrases: "the state of emergency", "the country's minister")."""
    d = coder.d
    lower, pos = d.lower, d.pos
    if not (pos[k] == "NOUN" or (pos[k] == "PROPN" and d.text[k].islower())) \
            or (k + 1 < d.n and lower[k + 1] in ("of", "'s", "\u2019s", "-")):
        return None
    sent_start = coder.doc[k].sent.start
    j = k - 1
    while j >= max(sent_start, k - 6):
        if lower[j] == "the":
            return j
        a = d.anchor_at.get(j)
        if lower[j] == "-":
            j -= 1
            continue  # ("oil-rich")
        if pos[j] not in _MODIFIER_POS or (a is not None and a.kind not in ("block", "ner") and not (
                a.kind == "country" and a.country is not None and a.country.is_igo)):
            return None  # ("the Chinese state": a nationality word is its own reading; "West African" a region's)
        j -= 1
    return None


def _antecedent_state(coder: Any, start: int, si: int) -> ActorMention | None:
    """The one country the sentence (before ``start``) and the one before it name, as gpe mentions, else None; when
    they name several, the subject country of the sentence before, if the description is itself a subject."""
    cands = [m for m in coder.mentions if m.kind == "gpe" and m.start < start
             and si - 1 <= m.sent <= si and m.actor_view.country and m.actor_view.country not in coder.igos]
    codes = {m.actor_view.country for m in cands}
    # (a nationality on another party counts as a state named: "The Ghanaian government recalled its envoy from Togo,
    # and the country threatened ..." names two)
    named = codes | {m.actor_view.country for m in coder.mentions if m.start < start and si - 1 <= m.sent <= si
                     and m.actor_view.country and m.actor_view.country not in coder.igos}
    if len(codes) == 1 and len(named) == 1:
        return cands[-1]
    if not codes:
        return None
    subj = [m for m in cands if m.sent == si - 1 and coder.doc[m.head].dep_.startswith("nsubj")]
    desc_subject = any(coder.d.dep[k].startswith("nsubj") for k in range(start, start + 8) if k < coder.d.n
                       and coder.d.lower[k] in STATE_NOUNS)
    if desc_subject and len({m.actor_view.country for m in subj}) == 1:
        return subj[0]
    return None


def described_states(coder: Any) -> None:
    """Mentions for "the Pacific island nation", "the Gulf state" standing for the one state named just before
    (rule ``coref:description``): the state's codes, as the first mention's (see ``_antecedent_state``)."""
    d = coder.d
    # (the words of coded mentions: an uncoded one, "West African" the NER took for an organisation, may be inside)
    covered = {k for m in coder.mentions if m.actor_view.country or m.actor_view.sector or m.kind == "pronoun"
               for k in range(m.start, m.end)}
    starts = [s.start for s in coder.sentences]
    for k in range(1, d.n):
        if d.lower[k] not in _DESCRIBING_NOUNS or k in covered:
            continue
        first = _description_before(coder, k)
        if first is None or any(j in covered for j in range(first, k)):
            continue
        si = bisect_right(starts, k) - 1
        ante = _antecedent_state(coder, first, si)
        if ante is None:
            continue
        src = coder.codes[id(ante)]
        codes = Codes(src.name, src.country, src.sector, {"country": "coref:description"}, "gpe", False, False)
        m = ActorMention(first, k + 1, k, coder.actor_later(first, k + 1, codes, "gpe", "coref:description"), ante,
                         kind="gpe", sent=si)
        m.entity = ante.entity
        coder.codes[id(m)] = codes
        coder.mentions.append(m)
        coder.index.add(m)
        covered.update(range(first, k + 1))
