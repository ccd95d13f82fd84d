"""Repair 20 of ``parse_repair``: a relative clause between commas read as the main clause.

"The journalist, *whose reports angered the government*, was detained at the airport", "The French
soldier, *whose identity was not made public*, was shot in the neck", "The opposition leader, *whose
party won the most seats*, called on supporters to march": the model makes the relative clause's verb
the root, hangs the noun before the comma on it as a subject, and the real main verb after the
second comma on it as a conjunct or an adverbial clause. The main verb, which has no subject of its
own, gets the noun as its subject and becomes the root; the relative clause hangs on the noun.
"""

from __future__ import annotations

from spacy.tokens import Token

_RELATIVES = {"whose", "who", "which"}
_SUBJ = ("nsubj", "nsubj:pass", "dislocated")


def _set(t: Token, head: Token, dep: str) -> None:
    t.head = head
    t.dep_ = dep


def repair_relative_as_main(w: Token) -> bool:
    """Apply repair 20 at the relative word ``w`` (right after a comma); True when applied."""
    doc = w.doc
    if w.lower_ not in _RELATIVES or w.i < 2 or doc[w.i - 1].text != ",":
        return False
    # the verb of the relative clause: "whose *reports* angered" -> angered; "who *was* appointed" -> appointed
    r = w.head.head if w.lower_ == "whose" else w.head
    if r.dep_ not in ("ROOT", "root") or r.pos_ not in ("VERB", "AUX") or r.i < w.i:
        return False
    noun = next((c for c in r.children if c.dep_ in _SUBJ and c.i < w.i - 1 and c.pos_ in ("NOUN", "PROPN")), None)
    if noun is None:
        return False
    # the main verb: after a later comma, with no subject of its own
    main = next((c for c in r.children if c.dep_ in ("conj", "advcl", "parataxis") and c.i > r.i
                 and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBN", "VBZ", "VBP")
                 and not any(g.dep_ in ("nsubj", "nsubj:pass", "csubj", "mark", "cc") for g in c.children)
                 and any(doc[k].text == "," for k in range(r.i + 1, c.i))), None)
    if main is None:
        return False
    passive = any(c.dep_ in ("aux:pass", "auxpass") for c in main.children)
    later = [c for c in r.children if c.i > main.i]
    _set(main, main, "ROOT")
    _set(noun, main, "nsubj:pass" if passive else "nsubj")
    _set(r, noun, "acl:relcl")
    for c in later:  # the final stop and anything after the main verb belong to it
        _set(c, main, c.dep_)
    return True
