"""Parse repair 134: "Georgia *and* Moscow-backed separatist militias have failed to reach an accord", "Armenia
*and* Iran-backed rebels have agreed to ...": two subjects of one verb, the second one opening with the coordinator.

The parser sometimes hangs both conjuncts of a coordinated subject on the verb as two subjects (the second one
usually begins with a hyphenated or participial modifier, "Moscow-backed", "Iran-allied", that it first read as a
clause of its own), and puts the "and" inside the second one's phrase. A verb has one subject: when the later
subject's phrase opens with "and" / "or" right after the phrase of an earlier subject of the same verb (a noun, a
name or a pronoun, with nothing but that phrase between the two), the later one is the earlier one's conjunct, so
that both sides of the pair reach the coder (``conj1`` / ``conj2``, one event per conjunct)."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_particle import _set_head

_SUBJECTS = ("nsubj", "nsubj:pass")


def repair_second_subject(s: Token) -> bool:
    """Repair 134 on ``s``, a subject whose phrase opens with the coordinator; True when applied."""
    v = s.head
    if s.dep_ not in _SUBJECTS or v.i <= s.i:
        return False
    doc = s.doc
    cc = doc[s.left_edge.i]
    if cc.dep_ != "cc" or cc.lower_ not in ("and", "or") or cc.i < 1 or cc.i >= s.i:
        return False
    first = next((c for c in v.children if c.dep_ in _SUBJECTS and c.i < cc.i), None)
    if first is None or first.pos_ not in ("NOUN", "PROPN", "PRON") or first.right_edge.i != cc.i - 1:
        return False
    _set_head(s, first, "conj")
    _set_head(cc, s, "cc")
    return True
