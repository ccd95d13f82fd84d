"""Habitual acts: what someone does as a rule, not a thing that happened (issue 10, round 37).

"Security forces *routinely detain* activists", "militants *usually attack* convoys at night", "prisoners *are
regularly beaten*": a present-tense material act with an adverb of habit describes a practice, and no one
arrest, attack or beating can be dated or placed from it. The coder drops such an act
(:meth:`BuildMixin._build`, roots of material cooperation and conflict only: "Vietnam always supports Russia's role"
is a position stated now, a verbal event).

Kept: the past ("police routinely detained critics in the 1990s" reports what was done), and "repeatedly", which in
news counts acts done ("Russia repeatedly shells the city" is rare; "has repeatedly shelled" is a past series).
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.parse_memo import children_of

#: adverbs of habit: the act is a practice, not one event
HABIT_ADVERBS = frozenset({"regularly", "routinely", "frequently", "usually", "typically", "often", "sometimes",
                           "habitually", "commonly", "generally", "normally", "occasionally", "customarily",
                           "systematically", "always", "rarely", "seldom"})

#: roots of acts done to someone or something (material cooperation and conflict)
MATERIAL_ACT_ROOTS = frozenset(("06", "07", "08", "14", "15", "16", "17", "18", "19", "20"))

_PRESENT = frozenset(("VBZ", "VBP"))


def _present(verb: Token, kids: list[Token]) -> bool:
    """``verb`` is in the simple present, active ("detain", "detains") or passive ("are detained", "is beaten")."""
    auxes = [c for c in kids if c.dep_ in ("aux", "aux:pass")]
    if verb.tag_ in _PRESENT:
        return all(a.lemma_.lower() == "do" and a.tag_ in _PRESENT for a in auxes)
    if verb.tag_ == "VBN":
        return len(auxes) == 1 and auxes[0].dep_ == "aux:pass" and auxes[0].tag_ in _PRESENT
    return False


def habitual_act(trigger: Token) -> bool:
    """The verb ``trigger`` says what someone does as a rule: simple present with an adverb of habit on it ("police
    *routinely detain* journalists", "detainees *are often beaten*")."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    kids = list(children_of(trigger))
    if not _present(trigger, kids):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in kids)
