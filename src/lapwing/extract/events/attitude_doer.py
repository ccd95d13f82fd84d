"""An attitude noun read as the party of the same name (session 33, round fr63; issue 10: precision on unseen news).

"*Opposition from* three senators forced her to rewrite the bill", "*Opposition to* the plan forced the
government to withdraw it", "*Strong opposition within* the ruling party forced the prime minister out": the noun
*opposition* here is the attitude of being against something, a cause, not the political opposition (OPP) that the
actor tables read in it. It is the attitude when it has a from / to / within / among / inside phrase (whose people
hold it), or a degree word ("strong", "growing", "fierce"), and no article of its own ("*the* opposition forced early
elections" and "Venezuela's opposition" are the party).
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.parse_memo import children_of
from lapwing.extract.events.syntax import lemma_of

_ATTITUDE_NOUNS = frozenset({"opposition", "resistance"})
#: the prepositions that say who holds an attitude or what it is against
_HOLDER_CASES = frozenset({"from", "to", "within", "among", "amongst", "inside"})
#: degree words of an attitude: "*strong* opposition", "*growing* resistance"
DEGREE_WORDS = frozenset({"strong", "stronger", "growing", "fierce", "stiff", "widespread", "mounting", "broad",
                          "public", "popular", "internal", "vocal", "vehement", "bitter", "intense", "determined",
                          "considerable", "heavy", "firm", "staunch", "stubborn", "increasing", "rising", "initial",
                          "continued", "local", "domestic", "political"})


def attitude_doer(source_tok: Token | None) -> bool:
    """The event's doer is the noun *opposition* (or *resistance*) as an attitude, not the party: with a from / to /
    within phrase or a degree word, and no article or possessor of its own."""
    if source_tok is None or source_tok.pos_ != "NOUN" or lemma_of(source_tok).lower() not in _ATTITUDE_NOUNS:
        return False
    kids = children_of(source_tok)
    if any(c.dep_ in ("det", "nmod:poss", "poss") for c in kids):
        return False  # "the opposition", "Venezuela's opposition": the party
    if any(c.dep_ in ("nmod", "obl", "acl") and any(g.dep_ == "case" and g.lower_ in _HOLDER_CASES
                                                     for g in children_of(c)) for c in kids):
        return True
    return any(c.dep_ == "amod" and c.lower_ in DEGREE_WORDS for c in kids)
