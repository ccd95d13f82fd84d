"""Arrests with no named doer that are still events: a passive arrest of a suspect or a person with no by-agent ("the
accused was taken into custody"), and an arrest by a law-enforcement word with no code. Split out of ``gates.py``
(session 34, round gs69).
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.lexicon_loader import form_index, phrasal_particles
from lapwing.extract.events.syntax import _cases, _words
from lapwing.extract.events.parse_memo import children_of


#: arrest-like codes (173 arrest / detain / charge, 174 expel or deport individuals) whose doer police
#: news often leaves unnamed: "the accused was taken into custody", "arrests were made"
#: verbs that say arrest and nothing else: their patient is a person even as a pronoun or a bare number
_PLAIN_ARREST_VERBS = frozenset({"arrest", "detain", "apprehend", "nab", "handcuff", "take", "round", "hold",
                                 "send", "remand", "haul", "bundle",  # ("he was sent to judicial custody")
                                 "catch",  # (its 173 frames: "they were caught after a chase", "caught red-handed")
                                 "capture"})  # (round 41: "he was captured in Kenya", not "captured on camera")
_PERSON_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "who", "whom"})
_GROUP_QUANTIFIERS = frozenset({"all", "both", "several", "many", "some", "dozens", "hundreds", "scores", "others",
                                "another", "rest", "second", "third", "fourth", "fifth", "last", "latter", "former"})
ARREST_CODES = ("173", "174", "0841")  # arrests, and releases ("the journalist was freed")
_ARREST_NOUNS = {"arrest", "detention", "custody"}
_NOT_CUSTODY = {"investigation", "probe", "inquiry", "surveillance", "scrutiny", "review", "observation",
                "camera", "video", "film", "tape", "footage", "cctv", "photo", "photograph", "lens"}  # (round 41: recorded)
#: released *from* these is no release from captivity ("was released from hospital")
_NOT_CAPTIVITY = {"hospital", "clinic", "care", "treatment", "quarantine", "isolation", "contract", "team", "club",
                  "duty", "obligation", "squad", "label", "service"}


def law_enforcement_arrest(code: str, doer: Token | None, sets: dict[str, frozenset[str]]) -> bool:
    """An arrest (173/174) whose doer is a law-enforcement word with no code is an event too: "agents
    captured five suspects", "detectives arrested two men"."""
    return code.startswith(("173", "174")) and doer is not None and bool(_words(doer) & sets.get("@lx_police", frozenset()))


def unnamed_authority_arrest(code: str, trigger: Token, patient: Token | None, sets: dict[str, frozenset[str]]) -> bool:
    """An arrest (173/174) reported in the passive with no doer named is still an event (source
    null): "the accused was taken into custody", "two suspects were picked up", "three men were
    detained", "arrests were made". Only a passive clause (no by-agent) whose patient is a suspect
    or person noun ("suspect", "accused", "man", "protesters"), or the arrest noun itself ("arrests
    were made"). The violence gate, which wants a coded victim or an armed doer, lets these through."""
    if not code.startswith(ARREST_CODES):
        return False
    deps = {c.dep_ for c in children_of(trigger)}
    shared = None  # "the accused was produced in court *and sent* to judicial custody": the first verb's passive
    if trigger.dep_ == "conj" and not deps & {"nsubj", "nsubj:pass", "aux", "aux:pass"} \
            and any(c.dep_ in ("aux:pass", "auxpass") for c in children_of(trigger.head)):
        deps |= {"aux:pass"}
        shared = next((c for c in children_of(trigger.head) if c.dep_ in ("nsubj:pass", "nsubjpass")), None)
    if trigger.lemma_.lower() in ("die", "perish") and any(
            c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN", "PRON") for c in children_of(trigger)):
        return True  # "a daily wager ... died in custody": held by authorities the text need not name
    if not deps & {"aux:pass", "nsubj:pass", "nsubjpass", "auxpass"} and not (
            trigger.tag_ == "VBN" and trigger.dep_ in ("acl", "amod")):
        return False
    if any(c.dep_ in ("obl:agent", "agent") for c in children_of(trigger)) or any(
            c.dep_.startswith("obl") and any(g.lower_ == "by" for g in children_of(c)) for c in children_of(trigger)):
        return False
    prts = {c.lower_ for c in children_of(trigger) if c.dep_ == "compound:prt"}
    lems = {trigger.lemma_.lower(), form_index().get(("V", trigger.lower_), "")}
    if prts and not any(prts <= phrasal_particles().get(lem, frozenset()) for lem in lems):
        return False  # "held up in traffic", "held back": the particle is no arrest trigger's
    if any(c.dep_.startswith("obl") and _words(c) & _NOT_CUSTODY for c in children_of(trigger)) or any(
            c.dep_.startswith("obl") and "from" in _cases(c) and _words(c) & _NOT_CAPTIVITY for c in children_of(trigger)):
        return False  # "put under investigation": a judicial step whose doer the text should name
    people = sets.get("@lx_suspect", frozenset()) | sets.get("@lx_person", frozenset())
    subj = next((c for c in children_of(trigger) if c.dep_ in ("nsubj:pass", "nsubjpass")), shared)
    cands = [t for t in (patient, subj) if t is not None]
    cands += [n for t in cands for n in children_of(t) if n.dep_ == "nmod" and _cases(n) & {"of"}]  # "dozens of protesters"
    for t in cands:
        if t is not None and any(d.lower_ == "no" for d in children_of(t)):
            return False  # "no arrests were made"
        if t is not None and (_words(t) & people or _words(t) & _ARREST_NOUNS):
            return True
        if t is not None and lems & _PLAIN_ARREST_VERBS and (
                t.lower_ in _PERSON_PRONOUNS or t.pos_ == "NUM" or t.lower_ in _GROUP_QUANTIFIERS
                or (t.pos_ == "NOUN" and t.tag_ == "NNS" and any(c.dep_ == "nummod" for c in children_of(t)))):
            # "he had been detained", "the three were arrested", "all of them were taken into custody",
            # "two others were held", "40 riders were arrested" (people counted)
            return True
        if t is not None and t.pos_ == "PROPN" and (t.ent_type_ == "PERSON" or t.is_title) and t.ent_type_ not in (
                "GPE", "LOC", "ORG", "NORP", "FAC"):
            return True  # a named person: "Ingabire was arrested for ..."
    return False
