"""Parse repair 293 (session 38, round sc76): an offer's to-clause read as the purpose of the verb that takes the offer.

"Myanmar's junta turned down an offer from Thailand *on Monday* to send rescue teams", "Hungary rejected a proposal by
the Commission last week to relocate 1,300 asylum seekers": with a time phrase (or a from / by phrase) between the
noun of offering and its to-clause, the parser hangs the to-clause on the main verb as a purpose clause (``advcl``).
The clause's act is then read as the main verb's doer's, with the main verb's status (a negated aid by the junta that
refused it), where it is the content of the offer: the act its maker proposed. The to-clause becomes the noun's clause
(``acl``), as the parser reads it when nothing stands between ("rejected an offer from Thailand to send ...").

Only when the to-clause follows the noun's phrase right away or after one time phrase of the verb ("last week"), the
noun is the verb's object and a noun of offering, proposing or asking, and the clause has no subject of its own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.repair_index import RepairIndex
from lapwing.extract.events.repair_particle import _set_head
from lapwing.extract.events.repair_time import is_time_word

#: nouns whose to-clause is what is offered, proposed or asked ("an offer to send", "a plan to relocate")
_PROPOSALS = frozenset({"offer", "offers", "proposal", "proposals", "plan", "plans", "bid", "bids", "request",
                        "requests", "invitation", "invitations", "appeal", "appeals", "call", "calls", "demand",
                        "demands", "proposition", "suggestion", "initiative", "pledge", "promise"})


def offer_clause_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The indices of base verbs read as a purpose clause (``advcl``) after "to" (repair 293; with ``index``, only the
    base verbs labelled ``advcl`` are read)."""
    toks = doc if index is None else index.tokens(index.find(dep="advcl", tag="VB"))
    return [t.i for t in toks if t.dep_ == "advcl" and t.tag_ == "VB" and t.i > 1 and doc[t.i - 1].lower_ == "to"
            and doc[t.i - 1].head.i == t.i]


def repair_offer_clause(t: Token) -> bool:
    """Repair 293 on the to-clause's verb ``t``; True when applied."""
    v = t.head
    if v.i >= t.i or v.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubj:pass") for c in t.children):
        return False
    o = next((c for c in v.children if c.dep_ in ("obj", "dobj") and c.i < t.i), None)
    if o is None or o.lower_ not in _PROPOSALS:
        return False
    gap = range(o.right_edge.i + 1, t.i - 1)
    if gap and not _time_phrase(v, gap):
        return False
    _set_head(t, o, "acl")
    return True


def _time_phrase(v: Token, gap: range) -> bool:
    """The words of ``gap`` are one time phrase of the verb ``v`` ("on Monday", "last week")."""
    doc = v.doc
    c = doc[gap.stop - 1]
    while c.head.i != v.i and c.head.i in gap:
        c = c.head
    if c.head.i != v.i or not (c.dep_.startswith("obl") or c.dep_.endswith("tmod")):
        return False
    if set(range(c.left_edge.i, c.right_edge.i + 1)) != set(gap):
        return False
    return is_time_word(c.lower_, c.pos_, c.ent_type_)
