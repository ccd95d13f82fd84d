"""Parse repair 297 (session 38, round rv77): a second "B to do Y" after "prompting A to do X and".

297. **"The strike halted flights, prompting Spain to cancel the summit and Italy *to recall* its envoy", "urged
   Israel to halt the strikes and Hamas *to free* the hostages".** A verb that sends someone to act (prompt, urge,
   force, ask, ...) takes two parties, each with its own to-clause, joined by "and": the parser reads the second
   party as a conjunct of the first clause's object ("the summit and Italy") and the second to-clause as an
   adverbial clause of the first, so the second act has no doer and its party is lost to the first act's object.
   A name or noun that is a conjunct of a word inside the first to-clause, with "and" before it and "to" + verb
   right after it, is the subject of that second verb, and the second verb is the first one's conjunct. Only
   when the first to-clause is the controlled clause (``xcomp``) of a verb with an object (the first party).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.repair_index import RepairIndex

_SECOND = ("advcl", "xcomp", "acl", "conj", "ccomp")


def gapped_control_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens repair 297 is tried on: the word "to" right after a noun or name that is a conjunct (with ``index``,
    only the words "to" labelled ``mark`` are read)."""
    toks = doc if index is None else index.tokens(index.find(words=("to",), dep="mark"))
    return [t.i for t in toks if t.lower_ == "to" and t.dep_ == "mark" and t.i > 0
            and doc[t.i - 1].dep_ == "conj" and doc[t.i - 1].pos_ in ("PROPN", "NOUN")]


def _clause_of(t: Token) -> Token | None:
    """The nearest ``xcomp`` verb above ``t`` (``t`` included), or None."""
    while t.head.i != t.i:
        if t.dep_ == "xcomp" and t.pos_ == "VERB":
            return t
        t = t.head
    return None


def repair_gapped_control(to: Token) -> bool:
    """Repair 297 on the "to" before the second act; True when applied."""
    doc = to.doc
    party, second = doc[to.i - 1], to.head
    if second.pos_ != "VERB" or second.tag_ != "VB" or second.dep_ not in _SECOND or second.i != to.i + 1:
        return False
    if any(c.dep_ in ("nsubj", "nsubj:pass") for c in second.children):
        return False
    cc = next((c for c in party.children if c.dep_ == "cc" and c.lower_ == "and" and c.i < party.i), None)
    first = _clause_of(party.head)
    if cc is None or first is None or not first.i < party.i < second.i or first.head.pos_ != "VERB":
        return False
    if not any(c.dep_ in ("obj", "dobj", "iobj") and c.i < first.i for c in first.head.children):
        return False  # (the verb that sends: "prompting *Spain* to ...")
    if second.head.i not in {x.i for x in first.subtree} and second.head.i != first.i:
        return False
    second.head, second.dep_ = first, "conj"
    cc.head = second
    party.head, party.dep_ = second, "nsubj"
    for c in [c for c in party.children if c.dep_ == "punct" and c.i < party.i]:
        c.head = second
    return True
