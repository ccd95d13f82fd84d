"""Parse repair 164: a second verb joined to a word inside the quotation that closes just before its "and".

"X urged his supporters to stay "until the leaders step down" *and called on* police officers to ...": the parser joins
*called* to the last word of the quoted words before "and" (here *step*, read as a noun), so the call loses its
subject and takes the quoted clause's mood. The same happens after a quoted purpose or promise ("vowed to "crush the
revolt" *and ordered* troops ..."). A past verb with no subject or auxiliary of its own, right after a closing
quotation mark and "and", joined to a word of the quoted stretch that is no past verb itself, is the conjunct of the
verb that governs the quotation from outside it (the nearest head before the opening mark): it shares that verb's
subject, as "urged ... and called" does.
"""

from __future__ import annotations

from spacy.tokens import Token

QUOTES = frozenset({'"', "\u201c", "\u201d", "''", "``"})


def _opening_mark(t: Token) -> int | None:
    """The index of the quotation mark that opens the quoted stretch closed just before ``t``'s "and"."""
    close = t.i - 2
    for k in range(close - 1, t.sent.start - 1, -1):
        if t.doc[k].text in QUOTES:
            return k
    return None


def repair_quoted_conjunct(t: Token) -> bool:
    """Repair 164 on a verb ``t`` labelled ``conj``, after '" and'; True when applied."""
    doc = t.doc
    if t.dep_ != "conj" or t.pos_ != "VERB" or t.tag_ not in ("VBD", "VBN") or t.i < 3:
        return False
    if doc[t.i - 1].lower_ != "and" or doc[t.i - 2].text not in QUOTES:
        return False
    if any(c.dep_ in ("nsubj", "nsubj:pass", "aux", "aux:pass", "mark") for c in t.children):
        return False
    start = _opening_mark(t)
    h = t.head
    if start is None or not start < h.i < t.i - 2 or h.tag_ in ("VBD",):
        return False  # (joined inside the quoted words, to no past verb of the same tense)
    if h.tag_ == "VBN" and any(c.dep_ in ("aux", "aux:pass") for c in h.children):
        return False  # "said the rebels had been "crushed" and arrested": the participles share the auxiliary
    r = h.head
    while r.i > start and r.head.i != r.i:
        r = r.head
    if r.i >= start or r.pos_ != "VERB" or r.tag_ not in ("VBD", "VBZ", "VBP") and not (
            r.tag_ == "VBN" and any(c.dep_ == "aux" for c in r.children)):
        return False
    if not any(c.dep_ in ("nsubj", "nsubj:pass") for c in r.children) and r.dep_ not in ("conj",):
        return False  # the governing verb has a subject to share
    t.head = r
    if t.tag_ == "VBN":
        t.tag_ = "VBD"
    return True
