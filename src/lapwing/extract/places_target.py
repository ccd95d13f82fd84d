"""Where an event happened: a building that is the event's target locates it.

"a judge in Madrid", "sources in Nineveh": a place that qualifies a person or a body describes a
participant, not where the event happened (:func:`lapwing.extract.event_place._excluded`). But some of those
bodies are buildings: when the embassy, consulate, ministry or court is itself what the event acts on or
where it happens ("protesters stormed the Danish embassy in Islamabad", "broke into the compound of the
French consulate in Karachi", "a bomb exploded outside the ministry in Kabul"), the town it is in is where
the event happened.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Role nouns of ``ROLE_NOUNS`` that are also buildings.
BUILDING_NOUNS = frozenset("""embassy embassies consulate consulates ministry ministries court courthouse
station""".split())
#: Nouns that may stand between the building and the trigger ("broke into the compound of the embassy").
_BUILDING_PARTS = frozenset("""compound gate gates grounds premises building buildings wall walls entrance front
offices office residence perimeter""".split())
#: Prepositions that put a building in its town ("the embassy in Islamabad"; not "the US embassy").
_IN_TOWN = frozenset({"in", "at", "near"})
#: Dependencies from a noun up to the event's trigger that keep it the event's object or location.
_TARGET_DEPS = frozenset({"obj", "dobj", "obl", "nmod", "pobj", "prep", "compound", "conj"})


def building_of_event(noun: Token, trigger: Token | None, place: Token | None = None, limit: int = 4) -> bool:
    """Whether ``noun`` is a building that the event of ``trigger`` acts on or happens at, and the place at
    ``place`` the town it is in ("the embassy in Islamabad"; not the country of "the US embassy"): the noun
    reaches the trigger through object, oblique and nominal-modifier links only (not as a subject's
    modifier), over parts of the building at most ("the compound of the embassy"; not "the anniversary of the
    seizure of the embassy")."""
    if trigger is None or noun.lower_ not in BUILDING_NOUNS and noun.lemma_.lower() not in BUILDING_NOUNS:
        return False
    if place is not None and (place.head != noun or _case_of(place) not in _IN_TOWN):
        return False
    t = noun
    for _hop in range(limit):
        if t.dep_.split(":")[0] not in _TARGET_DEPS or t.head == t:
            return False
        t = t.head
        if t == trigger:
            return True
        if t.pos_ in ("VERB", "AUX") or t.lower_ not in _BUILDING_PARTS:
            return False  # another clause's verb, or another thing the building belongs to
    return False


#: Prepositions that introduce another event as the cause or the occasion of this one ("angered by the burning
#: of a Koran in Copenhagen", "in protest over the killing of a student in Dhaka").
#: Not "for": "claimed responsibility for the attack in Bannu" is about that attack and its place.
_CAUSE_CASES = frozenset({"by", "over", "after", "following", "against", "at"})
#: Nouns of events that a cause phrase names (besides -ing nouns: "the burning", "the shooting").
EVENT_NOUNS = frozenset("""attack attacks killing killings death deaths murder murders assassination bombing
bombings arrest arrests raid raids strike strikes explosion blast massacre execution desecration abduction
kidnapping detention sentencing conviction verdict ruling invasion shelling crackdown clash clashes""".split())


def _case_of(tok: Token) -> str | None:
    for c in tok.children:
        if c.dep_ in ("case", "prep") and c.i < tok.i:
            return c.lower_
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        return tok.head.lower_
    return None


def in_other_event(root: Token, trigger: Token | None, limit: int = 4) -> bool:
    """Whether the place at ``root`` locates another event named as this one's cause or occasion: it qualifies
    (through nominal modifiers) an event noun introduced by "by", "over", "after" ... that is not the trigger
    ("set fire to a guard post, angered by the burning of a Koran in Copenhagen": not in Copenhagen)."""
    if trigger is None:
        return False
    t = root
    for _hop in range(limit):
        if t.dep_.split(":")[0] not in ("nmod", "pobj", "prep", "compound", "appos") or t.head == t:
            return False
        t = t.head
        if t == trigger or t.pos_ in ("VERB", "AUX"):
            return False
        if t.pos_ == "NOUN" and (t.lower_ in EVENT_NOUNS or t.lemma_.lower() in EVENT_NOUNS
                                 or t.lower_.endswith("ing") and len(t.lower_) > 5) \
                and _case_of(t) in _CAUSE_CASES:
            return True
    return False
