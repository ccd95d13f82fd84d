"""Whom an act of violence struck, when no table codes the victim (session 29).

"Police shot dead two *suspects*", "Troops killed a *robber*", "Soldiers wounded three *smugglers*": the violence
gate lets these through on their armed or political doer, but a victim that is a plain person noun with no
country or sector was then dropped, and the event had no target. The report is about whom the force struck, so
such a victim is the event's (uncoded) target, as an uncoded arrestee is ("two men were arrested"). Only for a
person: a suspect or person word (``@lx_suspect``, ``@lx_person``, ``@lx_crowd``) heading the object, or a name
the entity recogniser calls a person (or a two-word name it leaves untagged); never a thing, a place or a
pronoun.

Two acts of violence with no doer named pass the violence gate all the same (``unlocked_violence``): a named person
shot or killed, told in the passive ("Ana Ruiz was shot dead in Tegucigalpa"), and a car, roadside or suicide bomb
that went off (1831-1833: "a car bomb exploded outside a police station", "a roadside bomb detonated near a
market"): such a bomb is an attack by what it is. Not a mine or old ordnance ("a landmine exploded under a
tractor", "a wartime bomb was detonated in a controlled explosion"), which is as often a mishap.

(session 25, round 37) A vessel, a convoy or a post attacked with no doer named, told in the passive ("Two oil
tankers *were attacked* in the Gulf of Oman", "an army convoy was ambushed near ..."): only force attacks these, so
the attack is an event all the same, and the thing struck is its (uncoded) target (``attacked_site``). Only verbs
that name an attack ("attack", "ambush", "shell", "bomb", "target", "raid", "strafe", "torpedo"), not "hit" or
"struck" (a ship hit by a wave).

(session 26, round 41) A person told only by a pronoun, a number or a group word ("*He* was shot in the head", "*the
two* were stabbed outside a bar", "*both* were shot dead"), or by a name with an age after it ("*Ortiz, 34,* was
shot dead in ..."), struck in the passive by a verb that can only mean force on a person (``_FORCE_ON_PERSON``:
shot, stabbed, assassinated, beheaded, lynched, tortured, gunned down; not "killed", "wounded", "hit", which
accidents and disasters do too, nor "shot down", which is done to aircraft): the report is of an attack all the
same, as a named person's is. Never "it" (a film "was shot in Morocco").
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.syntax_words import lemma_of
from lapwing.extract.events.under_attack import joined_antecedent, quantity_of_fire

#: word sets whose nouns are people a force may strike
_PERSON_SETS = ("@lx_suspect", "@lx_person", "@lx_crowd")


def _title(t: Token, sets: dict[str, frozenset[str]]) -> bool:
    """(round 31) ``t`` is a person's title the recogniser left out of the name it tagged after it: "*Officer* Maria
    Duarte was shot" (a person word or a police rank; not "Camp David")."""
    return any(t.lower_ in sets.get(name, frozenset()) for name in _PERSON_SETS + ("@lx_police",))


def person_victim(t: Token | None, sets: dict[str, frozenset[str]]) -> bool:
    """``t`` heads a phrase that names people struck by force (a person noun, or a person's name)."""
    if t is None or t.pos_ not in ("NOUN", "PROPN"):
        return False
    if t.pos_ == "PROPN":
        # a person's name: so tagged, or two untagged name words ("Viktor Palenko"; not "New York", a place)
        return t.ent_type_ == "PERSON" or (t.ent_type_ == "" and any(
            c.dep_ in ("flat", "compound", "flat:name") and c.pos_ == "PROPN" and (c.ent_type_ == "" or (
                c.ent_type_ == "PERSON" and _title(t, sets))) for c in t.children))
    word = lemma_of(t)
    return any(word in sets.get(name, frozenset()) or t.lower_ in sets.get(name, frozenset()) for name in _PERSON_SETS)


#: attack bombings by their CAMEO code: suicide, vehicle and roadside bombs
_ATTACK_BOMBINGS = frozenset({"1831", "1832", "1833"})
#: words that make a blast a mishap or a disposal rather than an attack
_MISHAP_WORDS = frozenset({"mine", "landmine", "land-mine", "ordnance", "wartime", "unexploded", "dud", "controlled",
                           "disposal", "squad", "expert", "accidentally", "accident"})


#: (round 33) what "came under" names when it can only be armed force: the weapon's fire ("came under *shelling*")
_UNDER_FORCE = frozenset({"shelling", "bombardment", "shellfire", "gunfire", "bombing", "airstrike", "crossfire"})
#: weapons that make an attack or fire armed ("came under *mortar* fire")
_UNDER_WEAPONS = frozenset({"rocket", "mortar", "artillery", "missile", "drone", "grenade", "sniper", "machine-gun",
                            "machinegun", "tank", "gunfire", "bomb"})
#: vehicles and military posts that come under attack only by force ("the *convoy* came under attack")
_UNDER_SITES = frozenset({"convoy", "patrol", "train", "bus", "vehicle", "truck", "ship", "vessel", "tanker", "aircraft",
                          "helicopter", "checkpoint", "post", "outpost", "base", "barracks", "garrison", "position",
                          "motorcade", "column"})


def came_under_force(trigger: Token) -> bool:
    """(round 33) "A convoy came under attack", "the camp came under heavy shelling", "two posts came under mortar
    fire": a thing struck by armed force, with no doer named and the thing uncoded, is an attack all the same."""
    if lemma_of(trigger) != "come":
        return False
    under = next((c for c in trigger.children if c.dep_.startswith("obl") and any(
        x.dep_ == "case" and x.lower_ == "under" for x in c.children)), None)
    if under is None:
        return False
    if lemma_of(under) in _UNDER_FORCE or under.lower_ in _UNDER_FORCE or quantity_of_fire(under):
        return True  # (round 35: "came under a barrage of drone strikes")
    if under.lower_ not in ("attack", "fire", "assault"):
        return False
    if any(w.lower_ in _UNDER_WEAPONS for w in under.subtree):
        return True
    subj = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    subj = joined_antecedent(subj) or subj  # (round 35) "the patrol was driving home when *it* came under fire"
    return subj is not None and lemma_of(subj) in _UNDER_SITES and not any(
        c.dep_.startswith("obl") and any(x.lower_ in ("for", "over") and x.dep_ == "case" for x in c.children)
        for c in trigger.children)


#: (round 37) verbs that name an attack on what they strike, whoever did it
_ATTACK_VERBS = frozenset({"attack", "ambush", "shell", "bomb", "target", "raid", "strafe", "torpedo"})


def attacked_site(trigger: Token, target: Token | None) -> bool:
    """"Two oil tankers were attacked", "a convoy was ambushed": a vessel, vehicle or post that is the passive subject
    of an attack verb (``_UNDER_SITES``, the sites that come under attack only by force)."""
    if target is None or target.pos_ != "NOUN" or lemma_of(trigger) not in _ATTACK_VERBS:
        return False
    if not any(x.dep_ == "aux:pass" for x in trigger.children) or target.dep_ != "nsubj:pass" or target.head.i != trigger.i:
        return False
    return lemma_of(target) in _UNDER_SITES or target.lower_ in _UNDER_SITES


#: (round 41) verbs whose passive, said of a person, is force used on that person by someone
_FORCE_ON_PERSON = frozenset({"shoot", "stab", "assassinate", "behead", "decapitate", "lynch", "torture", "gun",
                              "bludgeon", "hack", "knife"})
#: pronouns and group words that stand for people (never "it", "this", "which")
_PERSON_PRONOUNS = frozenset({"he", "she", "they", "both", "all", "others", "two", "three", "four", "five"})


def aged_name(t: Token) -> bool:
    """(round 41) A name followed by its bearer's age between commas ("Ortiz, 34, was shot", "Ana Ortiz, 34, ..."):
    wire copy's mark of a person. The age is a bare number from 1 to 119 hung on the name, right after a comma that
    follows the name's last word."""
    if t.pos_ != "PROPN":
        return False
    last = max([t.i] + [c.i for c in t.children if c.dep_ in ("flat", "flat:name", "compound") and c.i > t.i])
    doc = t.doc
    if last + 2 >= len(doc) or doc[last + 1].text != ",":
        return False
    age = doc[last + 2]
    return age.head.i == t.i and age.text.isdigit() and 0 < int(age.text) < 120


def pronoun_victim(trigger: Token, target: Token | None) -> bool:
    """(round 41) A person struck in the passive by a verb of force on persons, told by a pronoun, a number or a group
    word, or by a name with an age: see the module's docstring."""
    if target is None or target.dep_ not in ("nsubj:pass", "nsubjpass") or target.head.i != trigger.i:
        return False
    if lemma_of(trigger) not in _FORCE_ON_PERSON and trigger.lower_ not in ("shot", "stabbed"):
        return False
    if trigger.lower_ == "shot" and any(c.dep_ == "compound:prt" and c.lower_ in ("down", "up", "off")
                                        for c in trigger.children):
        return False  # "was shot down" (an aircraft), "prices shot up"; "gunned down" is force on a person
    if target.pos_ == "PRON":
        return target.lower_ in _PERSON_PRONOUNS
    if target.pos_ == "NUM" or target.lower_ in _PERSON_PRONOUNS:
        return target.lower_ in _PERSON_PRONOUNS or (target.like_num and not any(
            c.dep_ in ("nmod", "compound") for c in target.children))  # "nine were shot", not "2,000 rounds were shot"
    if target.pos_ == "PROPN" and target.ent_type_ in ("", "PERSON") and not any(
            c.dep_ in ("compound", "amod", "det") and c.pos_ != "PROPN" for c in target.children):
        return True  # a bare name: "Dink was shot outside his office" (not "the Stark", a ship, nor a place)
    return aged_name(target)


_UNNAMED_HEADS = frozenset({"man", "men", "person", "persons", "people", "individual", "youth", "youths"})


def criminal_doer(root: str, src, t: Token | None, sets: dict[str, frozenset[str]]) -> bool:
    """A criminal, a mob or an unnamed doer of a killing, an assault or an abduction (see the module's docstring)."""
    if root not in ("18", "19", "20") or t is None:
        return False
    if src is not None and (src.sector or "").upper() == "CRM":
        return True
    words = {lemma_of(t), t.lower_}
    if words & sets.get("@violent_doer", frozenset()):
        return True
    return unnamed_doer(t, sets)


def unnamed_doer(t: Token | None, sets: dict[str, frozenset[str]]) -> bool:
    """People told only as unknown, unidentified, masked or armed ("unknown men", "masked persons")."""
    return t is not None and bool({lemma_of(t), t.lower_} & _UNNAMED_HEADS) and any(
        c.dep_ in ("amod", "compound") and c.lower_ in sets.get("@unnamed_doer", frozenset()) for c in t.children)


_PLACE_CASES = frozenset({"in", "near", "outside", "at", "on"})


def act_place_country(trigger: Token, places: list, not_states: frozenset) -> str | None:
    """The country of the town or province a violent act is placed in by its own obliques (see the module's
    docstring): "shot a cashier *in Lagos*", "at a petrol station *in Kano*"."""
    towns = [p for p in places if p.country and p.kind in ("city", "admin1") and p.country not in not_states]
    if not towns:
        return None
    found = set()
    level = [c for c in trigger.children if c.dep_.startswith("obl")] + [  # ... or its victim's: "a pastor in Kaduna"
        n for c in trigger.children if c.dep_ in ("obj", "dobj") for n in c.children if n.dep_.startswith("nmod")]
    for _depth in range(3):  # "in Lagos"; "at a petrol station in Kano"; "in an attack on a village in Katsina state"
        for x in level:
            if any(k.dep_ == "case" and k.lower_ in _PLACE_CASES for k in x.children):
                lo, hi = x.left_edge.idx, x.idx + len(x)
                found |= {p.country for p in towns if lo <= p.start and p.end <= hi}
        level = [n for x in level for n in x.children if n.dep_.startswith("nmod")]
    return found.pop() if len(found) == 1 else None


def unlocked_violence(code: str, trigger: Token, target: Token | None, sets: dict[str, frozenset[str]]) -> bool:
    """A violent act with no doer named that is an event all the same (see the module's docstring)."""
    if code.startswith("19") and came_under_force(trigger):
        return True
    passive = any(x.dep_ in ("aux:pass", "nsubj:pass") for x in trigger.children)
    if passive and target is not None and target.pos_ == "PROPN" and person_victim(target, sets):
        return True
    if passive and pronoun_victim(trigger, target):
        return True
    if code[:2] in ("18", "19") and attacked_site(trigger, target):
        return True
    if code not in _ATTACK_BOMBINGS:
        return False
    words = {lemma_of(w) for w in trigger.subtree} | {w.lower_ for w in trigger.subtree}
    return not words & _MISHAP_WORDS
