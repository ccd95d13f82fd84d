"""A telephone call made to say something (session 39, round sa79; issue 10).

"The Kenyan president *called* Somalia's leader *to offer his support*", "Rubio *telephoned* Ali *to express*
Washington's backing": the to-clause is the purpose of the call, said by the caller in the call. Its doer is the
caller (not the one called, as in the object control of "called the rebels to lay down their arms"), and what it
says was said (the call was made, so its message was given): the clause is not an appeal's hypothetical content.

Only verbs of saying that a call carries (express, offer, voice, convey, reaffirm, pledge, extend, assure,
congratulate, thank, ...) count, and only after a call verb with a person or body as its object; "called on X to
..." (an appeal) has no object and keeps its reading.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.parse_memo import children_of
from lapwing.extract.events.syntax_words import lemma_of

#: verbs that make a telephone call ("called", "phoned", "telephoned", "rang")
CALL_VERBS = frozenset({"call", "phone", "telephone", "ring"})
#: what a caller says in the call: the to-clause's verb
CALL_MESSAGES = frozenset({"express", "offer", "voice", "convey", "reaffirm", "reiterate", "pledge", "extend",
                           "assure", "congratulate", "thank", "condole", "affirm", "renew", "underline",
                           "stress", "emphasise", "emphasize"})
_OBJ_DEPS = ("obj", "dobj")


def _called_party(call: Token) -> Token | None:
    """The person or body ``call`` has as its object ("called *Ali*"), or None; also a name the parse read as the
    predicate of "call X Y" ("called [Ali] [to express]", the name an xcomp)."""
    for c in children_of(call):
        if (c.dep_ in _OBJ_DEPS and c.pos_ in ("PROPN", "NOUN", "PRON") or c.dep_ == "xcomp" and c.pos_ == "PROPN") \
                and c.ent_type_ not in ("DATE", "TIME"):
            return c
    return None


def call_message(call: Token, clause: Token) -> bool:
    """``clause`` (a to-clause of ``call``) is what the caller said in a telephone call to its object."""
    if lemma_of(call) not in CALL_VERBS or lemma_of(clause) not in CALL_MESSAGES or clause.i < call.i:
        return False
    if clause.dep_ not in ("xcomp", "advcl") or not any(
            g.lower_ == "to" and g.dep_ in ("mark", "aux") for g in children_of(clause)):
        return False
    party = _called_party(call)
    return party is not None and party.i < clause.i
