"""The doer of an arrest or of riot control named only by a law-enforcement role word: police.

"Officers arrested the driver", "Inspector Mohan Rao and his team nabbed a gangster", "Deputies detained two
men", "Officers used a Taser on a man": the role word alone ("officer", "inspector", "deputy", "trooper",
"sergeant") has no sector, since an officer may be an army's or a company's; but the one who takes people into
custody, or uses batons, tear gas, pepper spray or a Taser on them, is law enforcement. Such a doer is coded
``COP`` (rule ``+custody-role``) for these acts only: a custody verb coded 173 (not a charge, a summons or a
warrant) and repression coded 175. A doer that has a sector of its own ("army officers", "election officers"
coded ``GOV``) keeps it.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.syntax import lemma_of
from lapwing.schema import Actor

#: role words of law enforcement that carry no sector by themselves (singular and plural)
ROLE_WORDS = frozenset({"officer", "officers", "inspector", "inspectors", "deputy", "deputies", "trooper", "troopers",
                        "sergeant", "sergeants", "marshal", "marshals"})
#: titles that stand before a person's name and never before a common noun ("inspector lalit mehra" lower-cased)
NAME_TITLES = frozenset({"inspector", "sergeant"})
#: verbs of taking people into custody (the trigger's lemma)
CUSTODY_VERBS = frozenset({"arrest", "detain", "nab", "apprehend", "handcuff", "take", "round", "hold", "pick", "catch",
                           "collar", "net", "haul", "bundle", "whisk", "lift", "seize", "capture", "grab", "restrain"})


def role_head(tok: Token | None) -> bool:
    """The phrase of ``tok`` is headed by a law-enforcement role word ("officers", "two deputies") or is a name
    with one as its title ("Inspector Mohan Rao")."""
    if tok is None:
        return False
    if tok.lower_ in ROLE_WORDS:
        return True
    if tok.pos_ not in ("PROPN", "NOUN"):
        return False
    # "Inspector Mohan Rao": the title is the first word of the name's phrase (however the parse hangs it); lower-cased,
    # "inspector lalit mehra" may be parsed as nouns, and only a title that never modifies a common noun counts there
    first = tok.left_edge
    if first.i >= tok.i or any(x.pos_ not in ("PROPN", "NOUN") for x in tok.doc[first.i:tok.i]):
        return False
    return first.lower_ in (ROLE_WORDS if tok.pos_ == "PROPN" else NAME_TITLES)


def custody_act(code: str, trigger: Token) -> bool:
    """An act that only law enforcement does to people: custody (173 by a custody verb) or repression (175)."""
    return code.startswith("175") or (code.startswith("173") and lemma_of(trigger) in CUSTODY_VERBS)


def police_role_doer(code: str, trigger: Token, src: Actor | None, src_tok: Token | None) -> Actor | None:
    """``src`` coded ``COP`` when it is an uncoded role word doing a custody act or repression; else None."""
    if src is None or src.sector or src.kind in ("gpe", "norp") or not custody_act(code, trigger):
        return None
    if not role_head(src_tok):
        return None
    return src.model_copy(update={"sector": "COP", "rule": (src.rule or "actor") + "+custody-role"})


#: verbs of laying hands on people that a pattern codes as an abduction (181) when the doer's side is not known
CAPTURE_VERBS = frozenset({"capture", "seize", "grab", "snatch", "nab", "take", "catch"})
#: sectors of the state's forces that take people into custody
_STATE_FORCES = frozenset({"COP", "MIL", "SPY"})
#: sectors of non-state armed groups and criminals: what a state's army captures of them is a detention
_NON_STATE = frozenset({"REB", "INS", "UAF", "SEP", "RAD", "CRM", "IMG"})
#: words of a person wanted or fought by the state ("suspects", "two militants", "a gang leader")
_WANTED_WORDS = frozenset({"suspect", "militant", "fighter", "insurgent", "rebel", "guerrilla", "guerilla", "gunman",
                           "jihadist", "terrorist", "bandit", "kidnapper", "smuggler", "trafficker", "fugitive",
                           "pirate", "robber", "criminal", "gangster", "extremist", "separatist", "militiaman",
                           "infiltrator", "poacher", "thief", "murderer", "killer", "attacker", "assailant"})


def state_custody(code: str, trigger: Token, src: Actor | None, src_tok: Token | None,
                  tgt: Actor | None, tgt_tok: Token | None) -> bool:
    """A capture coded as an abduction (181) that is the state's custody (173): "Police in Manila grabbed a man",
    "Officers seized the protester", "Troops seized two suspected smugglers". The police (or an uncoded law-enforcement
    role word) taking any person who is not a soldier, or the state's army or intelligence taking a suspect or a
    fighter of a non-state group (or a person of their own country), arrest or detain them; a non-state armed group
    capturing soldiers or civilians ("rebels captured six soldiers", "gunmen seized two aid workers") stays 181,
    and so do soldiers taken by a state's forces (prisoners of war)."""
    if not code.startswith("181") or lemma_of(trigger) not in CAPTURE_VERBS or src is None or tgt_tok is None:
        return False
    sector = (src.sector or "").upper()
    police = sector == "COP" or (not sector and role_head(src_tok))
    if not police and sector not in _STATE_FORCES:
        return False
    tsec = ((tgt.sector if tgt is not None else None) or "").upper()
    if tsec in ("MIL", "GOV", "COP", "SPY"):
        return False  # soldiers, officials or policemen taken: a capture in war or a hostage-taking
    if police:
        return True
    wanted = lemma_of(tgt_tok) in _WANTED_WORDS or any(lemma_of(x) in ("suspect", "suspected", "wanted", "accuse", "accused")
                                                       for x in tgt_tok.subtree)
    same_country = src.country is not None and tgt is not None and tgt.country == src.country
    return tsec in _NON_STATE or wanted or same_country
