"""Parse repair 294 (session 38, round pr76): the first of two coordinated past verbs read as a participle of the subject.

294. **"The police *detained* and questioned the opposition leader", "Police *detained* and beat three students".**
   The parser may read the first of two past verbs joined by "and" as a reduced relative (``acl``) on the subject
   noun right before it, with the second verb the sentence's verb: the first act then has no clause of its own and
   is lost ("police detained" gave no arrest). A participle that cannot be a reduced relative is the verb: one that
   stands right after its noun, has no dependent of its own (a reduced relative has its by-agent, object or
   phrase: "the men *detained* on Friday"), and is followed at once by "and" and a verb of which that noun is the
   subject. The participle then heads the clause (a past verb, the noun its subject) and the second verb is its
   conjunct (with its object and phrases), as the parser reads "Police beat and detained the journalists". Only for
   a form that is a verb form the coder knows (a trigger's past).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.repair_forms import verb_forms
from lapwing.extract.events.repair_index import RepairIndex

_SUBJ = ("nsubj", "nsubj:pass")


def acl_conjunct_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens of ``doc`` that repair 294 is tried on: past participles on the noun right before them, followed by
    "and" or "or" (with ``index``, only the clausal modifiers are read)."""
    toks = doc if index is None else index.tokens(index.find(dep="acl"))
    n = len(doc)
    return [t.i for t in toks if t.dep_ == "acl" and t.head.i == t.i - 1 and t.tag_ in ("VBN", "VBD")
            and t.i + 2 < n and doc[t.i + 1].lower_ in ("and", "or") and t.lower_ in verb_forms()]


def repair_acl_conjunct(v: Token) -> bool:
    """Repair 294 on the participle ``v``; True when applied."""
    doc = v.doc
    noun = v.head
    if v.dep_ != "acl" or noun.i != v.i - 1 or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in _SUBJ:
        return False
    if any(True for _ in v.children):
        return False  # ("the men *detained* on Friday and ...": a reduced relative with its own phrase)
    cc, verb = doc[v.i + 1], doc[v.i + 2]
    if cc.lower_ not in ("and", "or") or verb.pos_ != "VERB" or noun.head.i != verb.i or cc.head.i != verb.i:
        return False
    if any(c.dep_ in ("aux", "aux:pass") for c in verb.children):
        return False  # ("the men detained and *were* questioned": another clause)
    v.head, v.dep_, v.pos_, v.tag_ = (v, "ROOT", "VERB", "VBD") if verb.head.i == verb.i else (
        verb.head, verb.dep_, "VERB", "VBD")
    noun.head = v
    verb.head, verb.dep_ = v, "conj"
    return True
