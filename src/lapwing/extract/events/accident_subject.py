"""Deaths and injuries whose cause is the clause's own subject and is no one's act (session 28 round 49, issue 10).

``accident_gates.accident_cause`` reads an accident or a disaster in the phrase of a violent verb ("ten workers were killed *in
a factory fire*", "killed *when a bus overturned*"); the coder's subject gate reads a natural disaster as the subject
("*the storm* killed ..."). What neither read: the accident itself told as the subject, or as the clause that a
killing participle hangs on:

* "*The blaze* injured 30 residents", "*The collapse of a dam* killed 40 villagers", "*A gas leak* killed 11";
* "*The dam collapsed*, killing 40 people", "*A ferry capsized*, drowning ...", "*A fire swept* through the market,
  killing 12".

No one attacked anyone: no assault (18x/19x/20x). The subject counts only when nothing in it names a doer: no person or
force word, no name or capitalised modifier ("*Israeli* fire killed three", "*police* fire"), no "set / started *by*
..." ("the fire, set by rioters, killed nine" keeps its killing), and "fire" only bare or with a place word ("a
*house* fire", not "*tank* fire"). A bomb, a blast, an explosion, a shell or a missile is never an accident here.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.accident_gates import _ACCIDENT_VERBS, ACCIDENT_NOUNS
from lapwing.extract.events.parse_memo import children_of
from lapwing.extract.events.syntax import PERSONISH, _cases, _words, lemma_of

#: accident and disaster nouns that may be the subject of "killed / injured" (not "fall", "heat": "the fall of the
#: city", "the heat of battle"); "leak": "a gas leak killed"
SUBJECT_ACCIDENTS = (ACCIDENT_NOUNS - {"fall", "heat"}) | {"leak", "wildfire", "bushfire", "fires", "floods", "rains"}

#: what a fire may be the fire of and still be an accident ("a *house* fire", "the *factory* blaze")
_FIRE_PLACES = frozenset({"house", "home", "factory", "forest", "bush", "building", "apartment", "hotel", "hospital",
                          "market", "warehouse", "nightclub", "club", "plant", "mine", "office", "tenement", "school",
                          "kitchen", "electrical", "accidental", "massive", "huge", "big", "large", "major", "deadly",
                          "overnight", "early", "late", "morning", "night"})

#: arms and attackers: a subject with one of these in it is somebody's fire ("*tank* fire", "*artillery* fire")
_ARMED = frozenset({"tank", "artillery", "mortar", "rocket", "sniper", "gun", "gunfire", "machine", "machinegun",
                    "army", "military", "troops", "police", "enemy", "rebel", "government", "naval", "air", "cross",
                    "hostile", "friendly", "arson", "arsonist", "bomb", "shell", "missile", "grenade", "drone"})

#: what makes a collapse or a fire an attack's work ("the building collapsed *after an airstrike*, killing 12")
_ATTACK_WORDS = frozenset({"airstrike", "air-strike", "strike", "bombing", "bombardment", "shelling", "attack", "explosion",
                           "blast", "explosive", "landmine", "raid", "offensive", "assault", "arson", "sabotage",
                           "shot", "shooting", "gunfire", "hit"})

#: verbs that tell a fire or a flood spreading ("a fire *swept* through the market, killing 12")
_SPREAD_VERBS = frozenset({"sweep", "engulf", "gut", "spread", "rage", "tear", "break", "hit", "strike", "lash",
                           "batter", "inundate", "destroy", "raze", "burn"})


#: who may do harm: a sentence that names one of these is no accident report ("... after *gunmen* stormed the dam")
_DOERS = frozenset({"militant", "gunman", "gunmen", "insurgent", "rebel", "attacker", "assailant", "bomber", "terrorist",
                    "jihadist", "fighter", "soldier", "troop", "troops", "policeman", "police", "army", "militia",
                    "guerrilla", "mob", "rioter", "arsonist", "raider", "sniper", "force", "forces"})

#: fights a death may be told in ("killed in clashes, after a wall collapsed"): someone's violence
_FIGHTS = frozenset({"clash", "clashes", "fighting", "battle", "riot", "violence", "unrest", "stabbing", "beating",
                     "ambush", "kidnapping", "massacre", "war", "conflict", "combat", "gunfight", "crossfire"})

#: the words that tie a death to a happening after it or in it ("killed ... *after* a dam collapsed")
_TIE_WORDS = frozenset({"after", "when", "as", "following", "in"})


def _clean_subject(s: Token) -> bool:
    """``s`` is an accident or a disaster and nothing in its phrase names who did it."""
    if s.pos_ != "NOUN" or not (_words(s) & SUBJECT_ACCIDENTS):
        return False
    is_fire = bool(_words(s) & {"fire", "fires"})
    for x in s.subtree:
        if x.i == s.i or x.dep_ in ("det", "punct", "case", "cc"):
            continue
        if x.pos_ == "PROPN" or (x.text[:1].isupper() and x.i != s.sent.start):
            return False  # "Israeli fire", "the Grenfell fire": a name the coder may read better
        if _words(x) & (PERSONISH | _ARMED):
            return False  # "police fire", "a fire set by rioters"
        if x.dep_ in ("obl:agent", "agent") or (x.dep_.startswith("obl") and "by" in _cases(x)):
            return False  # "the fire, started by ...": someone's act
        if is_fire and x.head.i == s.i and x.dep_ in ("compound", "amod", "nmod") and not (_words(x) & _FIRE_PLACES):
            return False  # "tank fire", "sniper fire", "fire from the hills"
    return True


def _subject(v: Token) -> Token | None:
    return next((c for c in children_of(v) if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")), None)


def accident_subject(t: Token) -> Token | None:
    """The accident that is the subject of the violent verb ``t``, or of the clause its participle or conjunct hangs
    on ("The blaze injured 30 residents"; "The dam collapsed, killing 40"); None when there is none."""
    if t.pos_ not in ("VERB", "AUX"):
        return None
    s = _subject(t)
    if s is not None and s.lower_ in ("which", "that") and t.dep_ == "acl:relcl" and t.head.i != t.i:
        s = t.head  # "a blaze, which injured 30 residents": the noun the relative clause is on
    if s is not None:
        return s if _clean_subject(s) else None
    if t.dep_ not in ("advcl", "conj", "xcomp") or t.head.i == t.i or t.head.pos_ != "VERB":
        return None
    if t.dep_ == "advcl" and (t.tag_ != "VBG" or any(c.dep_ == "mark" for c in children_of(t))):
        return None  # only the bare "..., killing 40": not "after it killed", "to kill"
    h = t.head
    hs = _subject(h)
    if hs is None or any(_words(x) & (_ATTACK_WORDS | _ARMED | PERSONISH) for x in h.subtree
                         if not (t.left_edge.i <= x.i <= t.right_edge.i)):
        return None  # "the building collapsed *after an airstrike*, killing 12": an attack's toll
    if _clean_subject(hs) and (lemma_of(h) in _ACCIDENT_VERBS | _SPREAD_VERBS or h.lemma_.lower() in (
            "occur", "happen", "erupt", "start", "break", "ignite")):
        return hs  # "a fire swept through the market, killing 12", "the blaze broke out and killed nine"
    if lemma_of(h) in _ACCIDENT_VERBS and hs.pos_ == "NOUN" and not (_words(hs) & (PERSONISH | _ARMED)) and not any(
            x.pos_ == "PROPN" for x in hs.subtree):
        return h  # "the dam collapsed, killing 40", "a ferry capsized, killing 12": the accident's own verb
    return None


def accident_nearby(t: Token) -> Token | None:
    """A death told with no doer ("eleven villagers were killed") whose sentence ties it, on one of its conjuncts, to an
    accident: "Eleven villagers were killed and 40 are unaccounted for *after a levee collapsed*", "... and scores are
    unaccounted for after a *reservoir burst*" (the phrase hung on the last conjunct, or the accident's verb read as a
    third one). Only when nothing in the sentence is an attack, an arm, a fight or a doer ("... after gunmen stormed
    the dam" stays)."""
    if t.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "obl:agent", "agent", "csubj") for c in children_of(t)):
        return None
    if any(c.dep_.startswith("obl") and "by" in _cases(c) for c in children_of(t)):
        return None
    sent = t.sent
    if any(_words(x) & (_ATTACK_WORDS | _ARMED | _DOERS | _FIGHTS) for x in sent):
        return None
    top = t
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    cluster = [top] + [c for c in children_of(top) if c.dep_ == "conj"]
    if t.i not in {v.i for v in cluster}:
        return None
    doc = sent.doc
    for x in (doc[i] for i in sorted({w.i for v in cluster for w in v.subtree})):
        accident = (x.pos_ == "VERB" and lemma_of(x) in _ACCIDENT_VERBS | {"burst"}) or (
            x.pos_ == "NOUN" and bool(_words(x) & (SUBJECT_ACCIDENTS | {"burst"})))
        if accident and any(w.lower_ in _TIE_WORDS for w in doc[max(sent.start, x.i - 4):x.i]):
            return x
    return None
