"""Parse repair 85: a statement verb tagged as a participle, with an active subject and no auxiliary.

"Opposition leader X, whose party had called the rally, *denied* that his supporters had started the violence and
accused the police of ...": after a relative clause with "had", the tagger reads the statement verb as a participle
(VBN). Such a verb (the root, or the clause of a closing "a spokeswoman said") with an active subject, a that-clause and no auxiliary is a simple past (VBD): so read, repair 38
(``repair_statement_conjunct``) can give the second statement verb ("and *accused*") back to it."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_auxiliary import _SPEECH_CONJ
from lapwing.extract.events.repair_forms import verb_forms


def repair_root_participle_as_past(r: Token) -> bool:
    """Repair 85 on a clause's verb ``r`` tagged VBN; True when applied."""
    if r.dep_ not in ("ROOT", "root", "ccomp", "parataxis") or r.tag_ != "VBN" or r.pos_ != "VERB":
        return False
    if verb_forms().get(r.lower_, r.lemma_) not in _SPEECH_CONJ:
        return False
    kids = list(r.children)
    if not any(c.dep_ == "nsubj" and c.i < r.i for c in kids) or any(
            c.dep_ in ("aux", "aux:pass", "nsubj:pass", "cop") for c in kids):
        return False
    if not any(c.dep_ == "ccomp" and c.i > r.i for c in kids):
        return False
    r.tag_ = "VBD"
    return True
