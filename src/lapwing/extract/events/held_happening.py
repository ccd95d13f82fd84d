"""A happening that was held, not a person: "a session the opposition says *was held* without a quorum".

"Held" is a detention (173) when a person is held. In a reduced relative clause with a verb of saying ("a session
[the opposition says] was held ...", "the vote that observers claim was held in secret", "talks diplomats said were
held in Doha") the parser often gives the passive "held" no subject of its own and hangs it on a person further
back, so the session or vote becomes a person's detention. A passive "held" right after a verb of saying, whose own
subject comes right after a happening noun (``@held_happening``: a session, a vote, talks, a rally), tells that the
happening took place."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.syntax import lemma_of

#: verbs of saying that carry a reduced relative clause ("a vote *critics say* was rigged")
_BRIDGE = frozenset({"say", "claim", "insist", "allege", "argue", "believe", "think", "maintain", "contend",
                     "assert", "report", "charge", "suspect", "fear"})
_NP_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"})


def held_happening(trigger: Token, sets: dict[str, frozenset[str]]) -> bool:
    """True when the passive "held" ``trigger`` tells that a happening named before a verb of saying was held."""
    if lemma_of(trigger) != "hold" or trigger.tag_ != "VBN":
        return False
    doc = trigger.doc
    aux = [c.i for c in trigger.children if c.dep_ in ("aux:pass", "auxpass", "aux") and c.i < trigger.i]
    if not aux and trigger.i > 0 and doc[trigger.i - 1].lemma_ == "be":
        aux = [trigger.i - 1]
    if not aux:
        return False
    v = doc[min(aux) - 1] if min(aux) > 0 else None
    if v is None or v.pos_ not in ("VERB", "AUX") or lemma_of(v) not in _BRIDGE:
        return False
    happenings = sets.get("@held_happening", frozenset())
    start = max(trigger.sent.start, v.i - 7)
    k = v.i - 1
    while k >= start and doc[k].pos_ in _NP_POS and not (lemma_of(doc[k]) in happenings or doc[k].lower_ in happenings):
        k -= 1  # the subject of the verb of saying ("the opposition", "observers", "two diplomats")
    if k < start or k == v.i - 1:
        return False
    if doc[k].lower_ in ("that", "which") and k - 1 >= start:
        k -= 1
    x = doc[k]
    return x.pos_ == "NOUN" and (lemma_of(x) in happenings or x.lower_ in happenings)
