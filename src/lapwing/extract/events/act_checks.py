"""Checks on what an act says or acts on: a political object, a statement with content, a plain
statement that only explains another event of its speaker."""
from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.syntax import _cases, _obj_token, _words
from lapwing.extract.events.syntax_args import _prep_args
from lapwing.schema import Actor

_QUOTE_MARKS = {'"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "``", "''"}
_EMPTY_OBJECTS = {"so", "nothing", "something", "anything", "this", "that", "it", "more", "much", "little"}



def political_act(trigger: Token, nominal: bool, sets: dict[str, frozenset[str]]) -> bool:
    """The act is political by what it acts on: a state of emergency or siege, a treaty, a truce, a
    parliament, an ambassador, sanctions... (``@polobject``): the trigger noun itself, its object, or an
    oblique of it, or a compound / modifier / of-phrase of those ("declared *a state of siege*",
    "resigned *from the cabinet*", "expelled *the ambassador*")."""
    pol = sets.get("@polobject", frozenset())
    if nominal and _words(trigger) & pol:
        return True
    heads = [h for _cs, h in _prep_args(trigger)]
    o = _obj_token(trigger)
    if o is not None:
        heads.append(o)
    return any(_words(h) & pol or any(_words(m) & pol for m in h.children if m.dep_ in ("compound", "amod", "nmod"))
               for h in heads)

def statement_content(t: Token) -> bool:
    """A plain statement (010) says something: a that-/to-clause or a quoted clause, or a noun object
    ("stressed the importance of unity"); "X said so", "X said it", "X said on Monday" say nothing."""
    for x in t.children:
        if x.dep_ in ("ccomp", "xcomp", "parataxis", "csubj") and not x.is_punct and (
                x.pos_ in ("VERB", "AUX", "ADJ") or any(not g.is_punct for g in x.children)):
            return True
        if x.dep_ == "advcl" and x.i > t.i and "that" in _cases(x):
            return True
        if x.dep_ in ("obj", "dobj") and x.pos_ != "PRON" and x.lower_ not in _EMPTY_OBJECTS:
            return True
    # the reporting verb of a quotation: "'We will not back down,' the minister said"
    return t.dep_ in ("parataxis", "ccomp") and any(q.text in _QUOTE_MARKS for q in t.sent)


def drop_echo_statements(events: list) -> list:
    """"Berlin rejected the calls, saying it was withholding aid": a plain statement (010) by the
    source of another, non-statement event of the same sentence only explains that event."""
    acts = [e[0] for e in events if not e[0].cameo.startswith("01") and e[0].source is not None]

    def same(a: Actor, b: Actor) -> bool:
        if (a.start, a.end) == (b.start, b.end):
            return True
        return bool(a.country or a.sector) and (a.country, a.sector, a.name) == (b.country, b.sector, b.name)

    return [e for e in events if not (e[0].cameo == "010" and e[0].source is not None
                                      and any(same(e[0].source, f.source) for f in acts))]
