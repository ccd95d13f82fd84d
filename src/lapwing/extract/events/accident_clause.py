"""A death told with the accident that caused it in a when / as / after clause (issue 10, round 33).

"Nine villagers were killed *after a landslide buried* their homes", "the miners were killed *when a fire set off*
toxic fumes", "two soldiers were killed *when their helicopter crashed*", "four people died *when a gas cylinder
exploded*": the clause names a disaster or a machine that failed, no one's act; coded as it stood, each was an
assault (190) with no doer and the dead as victims. ``gates.accident_cause`` already reads the clause's verb
("*when a bus overturned*"); this reads its subject:

* a disaster noun (a fire, flood, landslide, storm, flames ...) as the subject, with no person word in it ("a fire
  *started by militants*" is someone's act);
* a vehicle or a household machine as the subject of crash / explode / burst / catch fire, with no weapon word
  anywhere in the clause ("*a car bomb* exploded", "a helicopter *shot down*" stay attacks).
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.syntax_words import PERSONISH, _words, lemma_of

#: what falls, burns or floods on no one's behalf, as the subject of a clause of time
DISASTER_SUBJECTS = frozenset({
    "fire", "blaze", "inferno", "flame", "flood", "floodwater", "earthquake", "quake", "tremor", "landslide",
    "landslip", "mudslide", "avalanche", "storm", "cyclone", "hurricane", "typhoon", "tornado", "tsunami",
    "lightning", "heatwave", "rain", "downpour", "snowstorm", "blizzard", "eruption", "volcano", "stampede",
})  # (not "gas", "smoke", "water": tear gas, smoke grenades and water cannon are fired at people)

#: machines and vessels whose crash or explosion is an accident unless a weapon is named
MACHINES = frozenset({
    "helicopter", "plane", "aircraft", "airplane", "airliner", "jet", "bus", "minibus", "truck", "lorry", "train",
    "boat", "ferry", "vessel", "ship", "car", "vehicle", "van", "cylinder", "boiler", "tanker", "pipeline",
    "generator", "transformer", "reactor", "furnace", "stove", "kiln",
})
_MACHINE_FAILURES = frozenset({"crash", "explode", "burst", "catch", "sink", "fail", "malfunction", "leak"})
_WEAPONS = frozenset({"bomb", "bomber", "mine", "missile", "rocket", "shell", "grenade", "explosive", "explosives",
                      "ied", "drone", "shoot", "shot", "down", "attack", "gunman", "gunmen", "militant", "suicide"})
_TIME_MARKS = frozenset({"when", "as", "after"})
#: the person words that make the clause someone's act (the coder's list counts an aircraft as a doer: not here)
_PEOPLE = frozenset(PERSONISH) - MACHINES


def _subject(v: Token) -> Token | None:
    return next((c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass")), None)


def accident_clause(t: Token) -> Token | None:
    """The when / as / after clause of the death ``t`` (or of a verb joined to it) whose subject is a disaster or a
    failing machine, or None."""
    for v in (t, *(c for c in t.children if c.dep_ == "conj")):
        for c in v.children:
            if c.dep_ != "advcl" or c.i < v.i or not any(
                    m.lower_ in _TIME_MARKS for m in c.children if m.dep_ in ("mark", "advmod")):
                continue
            s = _subject(c) or next((x for x in c.children if x.i < c.i and x.dep_ in ("advmod", "obl", "npadvmod", "compound")
                                     and lemma_of(x) in DISASTER_SUBJECTS), None)  # ("a *landslide* buried" read as an
            # adverb, "a *blaze* tore" as the compound of "tore" read as a noun)
            if s is None or s.pos_ not in ("NOUN", "PROPN", "ADV", "ADJ"):
                continue
            subj_words = set().union(*(_words(w) for w in s.subtree))
            if subj_words & _PEOPLE:
                continue  # "when *police* opened fire", "as *a fire started by militants* spread"
            if lemma_of(s) in DISASTER_SUBJECTS:
                return c
            clause_words = {w.lower_ for w in c.subtree} | {lemma_of(w) for w in c.subtree}
            if s.pos_ in ("NOUN", "PROPN") and lemma_of(s) in MACHINES and lemma_of(c) in _MACHINE_FAILURES \
                    and not clause_words & _WEAPONS:
                return c
    return None
