"""Accident causes: a death or an injury in a fire, a crash, a stampede, or "when a bus overturned", is no one's act.
Split out of ``gates.py`` (session 34, round gs69).
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.syntax import PERSONISH, _cases, _words, lemma_of
from lapwing.extract.events.syntax_args import _prep_args
from lapwing.extract.events.parse_memo import children_of


#: causes of death and injury that are no one's act: "killed in a factory fire", "died in the stampede"
ACCIDENT_NOUNS = {
    "fire", "blaze", "inferno", "accident", "crash", "collision", "flood", "flooding", "earthquake", "quake",
    "landslide", "landslip", "mudslide", "stampede", "storm", "cyclone", "hurricane", "typhoon", "tornado",
    "avalanche", "collapse", "derailment", "fall", "outbreak", "epidemic", "heatwave", "drowning",
    "mishap", "tragedy", "disaster", "eruption", "tsunami", "lightning", "heat",
}


def accident_cause(t: Token) -> Token | None:
    """The "in/during/after" phrase of a violent verb names an accident or a disaster, not an attack
    ("ten workers were killed in a factory fire", "two fans died in a stampede")."""
    for cs, h in _prep_args(t):
        if cs & {"in", "during", "after", "by"} and h.pos_ in ("NOUN", "PROPN") and _words(h) & ACCIDENT_NOUNS:
            if any(_words(x) & PERSONISH for x in h.subtree if x.i != h.i):
                continue  # "in police fire", "a fire started by militants": someone's act
            return h
    for v in (t, *(c for c in children_of(t) if c.dep_ == "conj")):
        for c in children_of(v):  # "five people were killed *when a bus overturned*": an accident's verb
            if c.dep_ == "advcl" and c.i > v.i and lemma_of(c) in _ACCIDENT_VERBS and any(
                    m.lower_ in ("when", "as", "after") for m in children_of(c) if m.dep_ in ("mark", "advmod")):
                return c
            if c.dep_.startswith("obl") and "when" in _cases(c) and any(
                    x.dep_ == "acl" and lemma_of(x) in _ACCIDENT_VERBS for x in children_of(c)):
                return c  # the same, parsed "[when a tunnel] [collapsed]"
    return None


#: verbs of an accident in a "when" clause of a death ("killed when a bus *overturned*")
_ACCIDENT_VERBS = frozenset({"overturn", "collapse", "capsize", "derail", "plunge", "skid", "topple", "collide", "drown",
                             "erupt", "flood", "cave"})  # not "hit", "crash", "burn": a bomb hits, a plane is downed
