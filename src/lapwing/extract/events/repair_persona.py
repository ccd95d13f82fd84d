"""Parse repair 292 (session 38, round sc76): "declared a Belgian journalist *persona* non grata" with "persona" a verb.

Expulsions are told as "X declared Y persona non grata". The parser sometimes tags "persona" as a present-tense verb
(``VBZ``), makes Y its subject and "grata" its object, and hangs the small clause on the declaring verb as a
complement (``ccomp``) or a loose clause (``parataxis``): the declaring verb is left with no object and the expulsion
with no target. "persona" before "non grata" is never a verb: it becomes a noun in apposition to Y, and Y the
declaring verb's object, as the parser reads the phrase when it gets it right ("declared the ambassador persona non
grata").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.repair_index import RepairIndex
from lapwing.extract.events.repair_particle import _set_head

_SUBJ = ("nsubj", "nsubj:pass")


def persona_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The indices of "persona" read as a verb and followed by "non grata" (repair 292; with ``index``, only the word
    "persona" tagged a verb is read)."""
    toks = doc[:-2] if index is None else index.tokens(
        [i for i in index.find(words=("persona",), pos=("VERB", "AUX")) if i < len(doc) - 2])
    return [t.i for t in toks if t.lower_ == "persona" and t.pos_ in ("VERB", "AUX")
            and doc[t.i + 1].lower_ == "non" and doc[t.i + 2].lower_ == "grata"]


def repair_persona_noun(t: Token) -> bool:
    """Repair 292 on "persona" read as a verb after "VERB Y"; True when applied."""
    v = t.head
    if t.dep_ not in ("ccomp", "parataxis", "xcomp", "conj", "advcl") or v.i >= t.i or v.pos_ != "VERB":
        return False
    y = next((c for c in t.children if c.dep_ in _SUBJ and v.i < c.i < t.i), None)
    if y is None or any(c.dep_ in ("obj", "dobj") for c in v.children):
        return False
    _set_head(y, v, "obj")
    _set_head(t, y, "appos")
    t.pos_, t.tag_, t.lemma_ = "NOUN", "NN", "persona"
    for c in list(t.children):
        if c.dep_ in ("obl", "advcl", "punct") and c.i > t.i + 2:
            _set_head(c, v, c.dep_)  # "... persona non grata *on Friday*": the declaring verb's
    return True
