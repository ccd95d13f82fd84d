"""Parse repair 233: "suspended *$120 million in security assistance* to X" with the aid hung on the verb.

A sum of money as a verb's object is often followed by what the money is ("froze $50 million *in budget support*",
"withheld $300 million *in military aid* to Egypt"). The parser may hang the "in" phrase on the verb, so the
object is a bare sum: the frames of cutting or suspending aid (162) never see the aid, and the receiver ("to X",
hung on the aid) is lost. With the phrase on the sum, the measure phrase's content (``phrases.measure_content``)
is the aid, as it is when the parser gets it right.

The "in" phrase becomes a modifier of the sum. Only when:

* the verb's object is a sum: "$", "€", "£" or a currency word, or a number with "million"/"billion";
* the "in" phrase starts right after the object and its noun is a word of money given (aid, assistance, support,
  funding, loans, grants, ...), never a place, a name or a time ("raised $5 million in London" stays).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.repair_particle import _set_head
from lapwing.extract.events.repair_index import RepairIndex

_CURRENCY = frozenset({"$", "€", "£", "dollar", "dollars", "euro", "euros", "pound", "pounds", "yen", "yuan", "rupee",
                       "rupees", "shilling", "shillings", "franc", "francs", "rand", "naira", "riyal", "riyals"})
_SCALE = frozenset({"million", "billion", "trillion", "mln", "bln", "bn", "m"})
_GIVEN = frozenset({"aid", "assistance", "support", "funding", "funds", "loan", "loans", "grant", "grants", "payment",
                    "payments", "credit", "credits", "financing", "help", "relief", "donations", "contributions",
                    "subsidies", "transfers", "disbursements"})


def money_content_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens of ``doc`` that repair 233 is tried on: "in" right after a verb's object, before a word of aid (with
    ``index``, only its "in" labelled ``case`` are read)."""
    toks = doc if index is None else index.tokens(index.find(words="in", dep="case"))
    return [t.i for t in toks if t.lower_ == "in" and t.dep_ == "case" and t.head.lower_ in _GIVEN
            and t.head.dep_ in ("obl", "nmod") and t.i > 1]


def _sum(o: Token) -> bool:
    """Whether the object ``o`` is a sum of money."""
    if o.lower_ in _CURRENCY:
        return True
    return any(c.lower_ in _SCALE or c.lower_ in _CURRENCY for c in o.subtree) and (
        o.like_num or o.lower_ in _SCALE)


def repair_money_content(t: Token) -> bool:
    """Repair 233 at the word "in" ``t``; True when applied."""
    n = t.head
    v = n.head
    if n.dep_ != "obl" or v.pos_ not in ("VERB", "AUX") or n.pos_ != "NOUN":
        return False
    o = next((c for c in v.children if c.dep_ in ("obj", "dobj") and c.i < t.i), None)
    if o is None or o.right_edge.i != t.i - 1 or not _sum(o):
        return False
    _set_head(n, o, "nmod")
    return True
