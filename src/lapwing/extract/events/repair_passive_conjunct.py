"""Parse repairs 154 and 155: a passive's second participle joined to a noun of its own phrase; a dateline read as a subject.

"He *was hit* in the leg in retaliatory firing *and nabbed*", "the youth *was injured* in the clash *and arrested*":
the parser joins the second participle to the last noun before "and" ("firing and nabbed", a conjunct of the
oblique), so the arrest has no patient and no passive of its own. A bare past participle (no subject, auxiliary or
object of its own) joined by "and" to a noun or gerund that is an oblique of a passive verb is that verb's
conjunct: it shares the passive's subject and auxiliary, as "was arrested and remanded" does.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_particle import _set_head


def repair_participle_on_oblique(w: Token) -> bool:
    """Repair 154 on a past participle ``w`` labelled ``conj`` of a noun; True when applied."""
    n = w.head
    if w.dep_ != "conj" or w.tag_ != "VBN" or n.i >= w.i or n.pos_ not in ("NOUN", "VERB") \
            or not n.dep_.startswith("obl"):
        return False
    if n.pos_ == "VERB" and n.tag_ != "VBG":
        return False
    v = n.head
    if v.pos_ != "VERB" or v.tag_ != "VBN" or not any(c.dep_ == "aux:pass" for c in v.children) \
            or not any(c.dep_ == "nsubj:pass" for c in v.children):
        return False
    if any(c.dep_ in ("nsubj", "nsubj:pass", "aux", "aux:pass", "obj", "dobj") for c in w.children):
        return False
    cc = next((c for c in w.children if c.dep_ == "cc" and c.lower_ == "and" and c.i == w.i - 1), None)
    if cc is None:
        return False
    _set_head(w, v, "conj")
    return True


#: what ends a dateline before the story ("MONTERREY, Nuevo León — ...", "BHOPAL: ...")
_DATELINE_ENDS = frozenset({"—", "–", ":", "--"})


def repair_dateline_subject(w: Token) -> bool:
    """Repair 155: a dateline read as a second subject of the first verb.

    "MONTERREY, Nuevo León — State police officers fired rubber bullets ...": the city in capitals at the start of the
    article (or its region after it: "POPAYÁN, *Cauca* — ...") is labelled ``nsubj`` of "fired" next to the real
    subject, "officers", and the event loses its source. A subject in a sentence's opening city-in-capitals phrase,
    followed by a dash or colon and then by another subject of the same verb, is the dateline: it is relabelled
    ``dep``. True when applied."""
    v = w.head
    first = w.sent[0]
    if w.dep_ != "nsubj" or not first.text.isupper() or len(first.text) < 3 or v.i <= w.i \
            or any(t.is_punct and t.text not in ",." for t in w.doc[first.i:w.i]):
        return False  # (the city in capitals, then at most its region: "POPAYÁN, *Cauca* — ...")
    other = next((c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i > w.i), None)
    if other is None or not any(t.text in _DATELINE_ENDS for t in w.doc[w.i + 1:other.left_edge.i]):
        return False
    w.dep_ = "dep"
    return True
