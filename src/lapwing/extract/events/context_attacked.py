"""Attackers killed when the force they attacked fired back: "two suspected rustlers were killed when GSU officers on
patrol *came under attack*", "four gunmen were killed when a police patrol *was ambushed*".

The death verb names no killer, and its when-clause tells the force as the one attacked, so the killing was coded
with no source (or, before, the attacked force was read as nothing more than a victim). Decided by the clause
structure: the death's own adverbial clause (when / as / while) has a police or army subject that comes under attack
or fire, or is attacked, ambushed or fired on (a passive), and the dead are named as attackers or suspects (a
word of ``@lx_suspect`` or ``ATTACKER_WORDS``, also "two of the bandits"). Then the dead fell in the force's return of
fire, and the force is the killer. Dead civilians, passengers or bystanders are not given to the force (the
attackers may have killed them), nor are the force's own men (``context_death`` skips them first).
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.parse_memo import children_of
from lapwing.extract.events.syntax import lemma_of

#: the sectors of a force that fires back (as ``context_death.FORCE_SECTORS``)
FORCE_SECTORS = frozenset({"COP", "MIL"})
#: the dead that are the attackers' side, besides the suspect words of the pattern sets
ATTACKER_WORDS = frozenset({"bandit", "rustler", "raider", "hijacker", "pirate", "gunman", "gunmen", "attacker",
                            "assailant", "robber", "militant", "insurgent", "terrorist", "kidnapper", "poacher"})
#: the nouns of "came / fell under X"
UNDER_WHAT = frozenset({"attack", "fire", "gunfire", "ambush", "assault"})
#: passive verbs of being attacked ("were ambushed", "was fired upon")
ATTACKED_VERBS = frozenset({"attack", "ambush", "fire", "waylay", "target", "assault"})
#: the subordinators of a clause that tells the death's own moment (not "a day after")
WHEN_WORDS = frozenset({"when", "as", "while"})


def _attackers(coder, victim: Token) -> bool:
    """The dead are named as attackers or suspects ("three gunmen", "two suspected rustlers", "two of the bandits")."""
    words = coder.lex.sets.get("@lx_suspect", frozenset()) | ATTACKER_WORDS
    head = victim
    if victim.pos_ in ("NUM", "PRON") or victim.lower_ in ("one", "some", "all", "both"):
        head = next((c for c in children_of(victim) if c.dep_ == "nmod"
                     and any(x.lower_ == "of" for x in children_of(c))), None)
        if head is None:
            return False
    return lemma_of(head) in words or head.lower_ in words


def _attacked_subject(v: Token) -> Token | None:
    """The subject of ``v`` when ``v`` tells it was attacked: "came / fell under attack", "was ambushed"."""
    kids = list(children_of(v))
    lem = lemma_of(v)
    if lem in ("come", "fall"):
        if not any(c.dep_.startswith("obl") and lemma_of(c) in UNDER_WHAT
                   and any(x.lower_ == "under" for x in children_of(c)) for c in kids):
            return None
        return next((c for c in kids if c.dep_ == "nsubj"), None)
    if lem in ATTACKED_VERBS and any(c.dep_ == "aux:pass" for c in kids):
        return next((c for c in kids if c.dep_ == "nsubj:pass"), None)
    return None


def attacked_force(coder, t: Token, victim: Token) -> tuple | None:
    """(force, "190", False, clause) when the death ``t`` of ``victim`` is told with a when-clause in which a police
    or army actor is attacked and the dead are attackers; else None."""
    for c in children_of(t):
        if c.dep_ != "advcl" or not any(m.lower_ in WHEN_WORDS for m in children_of(c) if m.dep_ in ("mark", "advmod")):
            continue
        subj = _attacked_subject(c)
        if subj is None:
            continue
        actor = coder.actors.get(subj)
        if actor is not None and (actor.sector or "").upper() in FORCE_SECTORS and _attackers(coder, victim):
            return actor, "190", False, c
    return None
