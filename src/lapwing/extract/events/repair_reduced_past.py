"""Parse repair 281 (session 37, round mp74): a reduced relative clause tagged as a simple past.

281. **"condemned the attacks *carried out by* Syrian forces", "welcomed a truce *brokered by* Qatar".** A past
   participle that follows a noun and modifies it (``acl``) is a reduced passive relative clause; the tagger
   sometimes gives it the simple-past tag (``VBD``) instead of the participle's (``VBN``). The coder reads such a
   clause as the noun's passive modifier only for the participle's tag (the doer named in its by-phrase is the
   other side of a condemnation, the agent of a weapon's firing, the mediator of a deal), so the doer is lost.
   A simple past has a subject of its own: a verb form that is ``acl`` of a noun before it, with no subject,
   auxiliary or subordinator, is the participle, when either

   - it has a by-phrase agent (``obl:agent``, or an oblique marked "by"), or
   - it has no object or clause of its own and the noun it modifies is an object (a noun in that place cannot be
     the subject of a main verb after it: "handed over four soldiers *captured* on the border"; a noun in a
     phrase can: "after their boat *capsized*").

   Only for a form that is both the past and the participle: a regular "-ed" form, or an irregular one spelt the
   same in both ("made", "held", "sent"); never "took", "gave", "wrote". A noun that is a subject keeps its
   clause unless there is a by-agent ("Militia fighters *attacked* ...": the repairs of verbless sentences
   handle those).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.inflect import IRREGULAR
from lapwing.extract.events.repair_index import RepairIndex

#: irregular past forms that are also the participle ("made", "held"; not "took", "gave")
_SAME_FORMS = frozenset(forms[0] for forms in IRREGULAR.values() if len(forms) == 1)
_OWN_CLAUSE = frozenset({"nsubj", "nsubj:pass", "csubj", "expl", "aux", "aux:pass", "mark", "cop"})
_OWN_ARGS = frozenset({"obj", "dobj", "iobj", "ccomp", "xcomp"})
_NOUN_PLACES = ("obj", "dobj", "iobj")


def _participle_form(t: Token) -> bool:
    """Whether ``t``'s form is both the simple past and the past participle."""
    w = t.lower_
    return (len(w) > 3 and w.endswith("ed")) or w in _SAME_FORMS


def _by_agent(v: Token) -> bool:
    return any(c.dep_ in ("obl:agent", "agent") or (
        c.dep_.startswith("obl") and any(g.dep_ == "case" and g.lower_ == "by" for g in c.children))
        for c in v.children)


def reduced_past_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens of ``doc`` that repair 281 is tried on: simple pasts that modify a noun before them (with
    ``index``, only the tokens tagged ``VBD`` and labelled ``acl`` are read)."""
    toks = doc if index is None else index.tokens(index.find(dep="acl", tag="VBD"))
    return [t.i for t in toks if t.dep_ == "acl" and t.tag_ == "VBD" and t.head.i < t.i
            and t.head.pos_ in ("NOUN", "PROPN")]


def repair_reduced_past(v: Token) -> bool:
    """Repair 281 on the verb ``v``; True when applied."""
    n = v.head
    if v.dep_ != "acl" or v.tag_ != "VBD" or n.i >= v.i or n.pos_ not in ("NOUN", "PROPN") \
            or not _participle_form(v):
        return False
    kids = list(v.children)
    if any(c.dep_ in _OWN_CLAUSE for c in kids):
        return False
    if not _by_agent(v):
        if any(c.dep_ in _OWN_ARGS for c in kids) or not n.dep_.split(":")[0] in _NOUN_PLACES:
            return False
    v.tag_ = "VBN"
    return True
