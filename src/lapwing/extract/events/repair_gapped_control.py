"""Parse repair 297 (session 38, round rv77): a second "B to do Y" after "prompting A to do X and".

297. **"The strike halted flights, prompting Spain to cancel the summit and Italy *to recall* its envoy", "urged
   Israel to halt the strikes and Hamas *to free* the hostages".** A verb that sends someone to act (prompt, urge,
   force, ask, ...) takes two parties, each with its own to-clause, joined by "and": the parser reads the second
   party as a conjunct of the first clause's object ("the summit and Italy") and the second to-clause as an
   adverbial clause of the first, so the second act has no doer and its party is lost to the first act's object.
   A name or noun that is a conjunct of a word inside the first to-clause, with "and" before it and "to" + verb
   right after it, is the subject of that second verb, and the second verb is the first one's conjunct. Only
   when the first to-clause is the controlled clause (``xcomp``) of a verb with an object (the first party).

306. (session 39, round sc78) **"called on Ethiopia to allow aid into Tigray and the rebels *to lay* down their
   arms".** The same, when the first party is the on-phrase of "call on" / "appeal to" and the first to-clause, read
   as an adverbial clause of the verb (``advcl``), is its content: the first to-clause stands right after the party.
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
    """The nearest ``xcomp`` verb above ``t`` (``t`` included), or an infinitive ``advcl`` right after an on- or
    to-phrase of its verb (repair 306: "called *on X* to ..."), or None."""
    while t.head.i != t.i:
        if t.dep_ == "xcomp" and t.pos_ == "VERB":
            return t
        if t.dep_ == "advcl" and t.pos_ == "VERB" and t.tag_ == "VB" and _party_phrase(t) is not None:
            return t
        t = t.head
    return None


def _party_phrase(first: Token) -> Token | None:
    """The on- or to-phrase of ``first``'s verb that ends right before ``first``'s "to" (repair 306: "called *on
    Ethiopia* to allow"), or None."""
    to = next((c for c in first.children if c.dep_ == "mark" and c.lower_ == "to" and c.i == first.i - 1), None)
    if to is None:
        return None
    return next((c for c in first.head.children if c.dep_.startswith("obl") and c.right_edge.i == to.i - 1
                 and any(k.dep_ == "case" and k.lower_ in ("on", "upon", "to") for k in c.children)), None)


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
    if not any(c.dep_ in ("obj", "dobj", "iobj") and c.i < first.i for c in first.head.children) \
            and not (first.dep_ == "advcl" and _party_phrase(first) is not None):
        return False  # (the verb that sends: "prompting *Spain* to ...", "called *on Ethiopia* to ...": 306)
    if second.head.i not in {x.i for x in first.subtree} and second.head.i != first.i:
        return False
    second.head, second.dep_ = first, "conj"
    cc.head = second
    party.head, party.dep_ = second, "nsubj"
    for c in [c for c in party.children if c.dep_ == "punct" and c.i < party.i]:
        c.head = second
    return True
