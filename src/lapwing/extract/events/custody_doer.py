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
