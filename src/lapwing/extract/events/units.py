"""Police units that no table names, told by their own words (for the event coder's actor fallbacks)."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.syntax import _cases
from lapwing.extract.events.parse_memo import children_of

#: police words, and the unit words and unit names of law-enforcement bodies (``is_law_unit``)
_POLICE_WORDS = frozenset({"police", "policemen", "policeman", "policewomen", "cops", "cop", "constabulary"})
_UNIT_WORDS = frozenset({"wing", "cell", "unit", "squad", "branch", "bureau", "force", "guard", "team", "teams",
                         "operatives", "personnel", "department", "division", "directorate", "station", "officials",
                         "officers", "men", "staff", "commandos"})
#: role words of a unit's members ("agents of the state police")
_MEMBER_WORDS = frozenset({"agent", "agents", "operative", "officer", "jawans", "member", "members", "constables",
                           "policemen", "troops", "detectives", "sleuths"})
_LAW_UNIT_MODS = frozenset({"crime", "protection", "reserve", "anti-corruption", "anti-narcotics", "narcotics", "vigilance",
                            "anti-terrorism", "anti-terror", "anti-gangster", "task", "investigation", "investigating",
                            "detective", "cyber", "traffic", "excise"})
#: (speed) a phrase none of whose heads is one of these, headed by no unit or role word, is no unit (``is_law_unit``)
_HEAD_WORDS = _UNIT_WORDS | _POLICE_WORDS
_ROLE_WORDS = _UNIT_WORDS | _MEMBER_WORDS


def _phrase_words(t: Token, depth: int = 0) -> list[Token]:
    """The words of ``t``'s noun phrase without its clauses: its compounds, modifiers, names and nominal
    modifiers, to three levels."""
    out: list[Token] = []
    for c in children_of(t):
        if c.dep_ in ("compound", "amod", "flat", "appos", "nmod", "det", "case") and c.pos_ != "VERB":
            out.append(c)
            if depth < 2:
                out.extend(_phrase_words(c, depth + 1))
    return out



def is_law_unit(t: Token, depth: int = 0) -> bool:
    """A police unit no table names: a phrase headed by a unit word whose own words say police ("the
    Economic Offences Wing *of the Kolkata Police*", "*police* operatives", "the anti-narcotics cell of the
    Amritsar rural *police*") or whose name is a law-enforcement unit's ("the Railway *Protection Force*",
    "the District *Reserve Guard*", "the *Anti-Corruption Bureau*", "the Rajkot *crime branch*")."""
    if t.pos_ not in ("NOUN", "PROPN"):
        return False
    heads = {t.lower_} | {c.lower_ for c in children_of(t) if c.dep_ in ("appos", "flat", "acl", "compound")}  # "wing" read as a verb
    if heads.isdisjoint(_HEAD_WORDS) and t.lower_ not in _ROLE_WORDS:
        return False  # (speed: each test below needs a police or unit word among its heads, or a unit or role word)
    words = [x for x in t.subtree if x.i <= t.i or x.head.i == t.i or x.head.head.i == t.i
             or x.head.head.head.i == t.i]
    low = {x.lower_ for x in words}
    police = bool(low & _POLICE_WORDS) and bool(heads & (_UNIT_WORDS | _POLICE_WORDS))
    # its modifiers: the words before it, and the names of its noun phrase after it, no clause ("a team of
    # the Organised Crime Control Unit", but not "a team investigating the crime")
    mods = {x.lower_ for x in t.subtree if x.i < t.i} | {x.lower_ for x in _phrase_words(t) if x.i > t.i}
    unit = bool(heads & _UNIT_WORDS) and (bool(mods & _LAW_UNIT_MODS) or any(m.startswith("anti") for m in mods))
    # "a team *of the Organised Crime Control Unit*", "officers *from the Kasarani police station*": a unit or
    # role word of a police unit
    if not (police or unit) and t.lower_ in _UNIT_WORDS | _MEMBER_WORDS and depth < 2:
        unit = any(c.dep_.startswith("nmod") and _cases(c) & {"of", "from"} and is_law_unit(c, depth + 1)
                   for c in children_of(t) if c.i > t.i)
    return police or unit
