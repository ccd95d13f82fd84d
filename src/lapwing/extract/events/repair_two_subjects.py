"""Parse repair 135: a coordinated subject read as two subjects of one verb.

"Ukraine *and the separatist rebels* failed to reach agreement", "Chad and Niger*'s armies* staged exercises": the
parser gave the verb the first conjunct as its subject and the second, which keeps its "and", as a second subject.
A verb has one subject: the second phrase is the first one's conjunct. When the word right before "and" is a bare
name inside the first phrase and the second is a bare name too ("the armies of Brazil *and Argentina*"), the second
is that name's conjunct; otherwise ("the minister of Iran *and the US envoy*") the first phrase's head's.
Only when the "and" / "or" comes right after the first phrase and opens the second (hung on a word of it or on the
verb), nothing else between."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_particle import _set_head

_SUBJ = ("nsubj", "nsubj:pass")
_NOMINAL = ("NOUN", "PROPN", "PRON")


def _bare_name(t: Token) -> bool:
    return t.pos_ == "PROPN" and not any(c.dep_ in ("det", "nmod:poss", "amod", "nummod") for c in t.children)


def repair_second_subject(b: Token) -> bool:
    """Repair 135 on the later subject ``b`` of a verb that has another before it; True when applied."""
    v = b.head
    if b.dep_ not in _SUBJ or v.i <= b.i or b.pos_ not in _NOMINAL:
        return False
    a = next((c for c in sorted(v.children, key=lambda c: -c.i) if c.dep_ in _SUBJ and c.i < b.i), None)
    if a is None or a.pos_ not in ("NOUN", "PROPN"):
        return False
    doc = b.doc
    # the "and" opens the second phrase: on a word of it ("and Russia-backed rebels") or on the verb itself
    cc = doc[b.left_edge.i]
    if cc.dep_ != "cc" and b.left_edge.i >= 1 and doc[b.left_edge.i - 1].head.i in (v.i, b.i):
        cc = doc[b.left_edge.i - 1]
    if cc.dep_ != "cc" or cc.lower_ not in ("and", "or") or cc.i != a.right_edge.i + 1:
        return False
    last = doc[cc.i - 1]
    host = last if last.i != a.i and _bare_name(last) and _bare_name(b) and last.dep_ in ("nmod", "conj") \
        and a.i < last.i else a
    _set_head(b, host, "conj")
    _set_head(cc, b, "cc")
    return True
