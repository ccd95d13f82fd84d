"""The party a threat is aimed at, named as the subject of its condition (session 37, round ar75, issue 10): "Moscow
threatened to leave the talks *if Washington* deploys the missiles", "Ankara warned it would close its airspace
*unless Athens* withdrew the ships", "vowed to retaliate *if the rebels* attack again". A threat puts its condition on
the other side: whoever must (not) act for the threatened act to be spared is the one the threat is against.

Only the subject of an "if" / "unless" clause hung on the threat's verb or on a verb of its content (the to-clause,
that-clause and the clauses they carry), never across another condition, another sentence or a relative clause. The
caller asks only for a threat with no target of its own ("threatened to shell *the convoy* if the army ..." keeps
the convoy), and keeps the party only when the actors code it and it is not the threatener itself ("threatened to
retaliate if *it* is attacked" names no other side)."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.parse_memo import children_of

#: subordinators of a condition whose subject the threat is aimed at
_CONDITION_MARKS = frozenset({"if", "unless"})
#: clauses of a threat's content that the search walks down (a to-clause, a that-clause, a purpose or manner clause)
_CONTENT_DEPS = frozenset({"xcomp", "ccomp", "advcl"})
_SUBJECTS = ("nsubj", "nsubj:pass", "csubj")
#: how deep under the trigger a condition may hang ("threatened to stop talks to cut arms if X ...": three clauses)
_MAX_DEPTH = 3


def _condition(v: Token) -> bool:
    return v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in children_of(v))


def _subject(v: Token) -> Token | None:
    return next((c for c in children_of(v) if c.dep_ in _SUBJECTS and c.pos_ in ("PROPN", "NOUN", "PRON")), None)


def condition_party(trigger: Token) -> Token | None:
    """The subject of the first "if" / "unless" clause on ``trigger`` or on the clauses of its content, breadth
    first (nearest clause first), or None. A fronted condition ("*if* Lima expels them, Quito threatened to ...")
    hangs on the threat verb itself and is found the same way."""
    level = [trigger]
    for _ in range(_MAX_DEPTH):
        nxt: list[Token] = []
        for v in level:
            for c in children_of(v):
                if c.dep_ not in _CONTENT_DEPS or c.pos_ not in ("VERB", "AUX"):
                    continue
                if _condition(c):
                    s = _subject(c)
                    if s is not None:
                        return s
                    continue  # ("if necessary", "unless ordered to": no party named)
                nxt.append(c)
        level = nxt
        if not level:
            break
    return None
