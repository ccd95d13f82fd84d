"""Parse repair 165: "the government *of neighbouring* Mauritius said ..." with "neighbouring" read as a verb.

Wire copy names a bordering state's body as "the government of neighbouring X", "the president of neighboring Y".
The parser reads "neighbouring" as a participle: "of" becomes its marker, the country its object or the subject
of the next verb, and the body noun before "of" is left hanging (a conjunct of the previous clause's object or
verb). The statement verb that follows then has no subject, or has the bare country as its subject, and an "it"
or "he" in its clause takes the country without the body's sector ("it=MUS" for "the government of Mauritius").

The repair makes "neighbouring" an adjective of the country, "of" its preposition, and the country a modifier of
the body noun; when the verb right after the country has no subject of its own (or had the country as its
subject), the body noun becomes its subject. "of" never marks a clause of "neighbouring", so the shape cannot be a
correct parse."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_particle import _set_head

_NEIGHBOURING = frozenset({"neighbouring", "neighboring"})
_SUBJ = ("nsubj", "nsubj:pass")


def _ancestors(t: Token) -> set[int]:
    seen: set[int] = set()
    while t.head.i != t.i and t.i not in seen:
        seen.add(t.i)
        t = t.head
    return seen | {t.i}


def repair_neighbouring_of(of: Token) -> bool:
    """Repair 165 on ``of`` in "NOUN of neighbouring NAME"; True when applied."""
    doc = of.doc
    if of.lower_ != "of" or of.i == 0 or of.i + 2 >= len(doc):
        return False
    body, nb = doc[of.i - 1], doc[of.i + 1]
    if nb.lower_ not in _NEIGHBOURING or body.pos_ != "NOUN":
        return False
    run_end = nb.i + 1
    while run_end < len(doc) and doc[run_end].pos_ == "PROPN":
        run_end += 1
    if run_end == nb.i + 1:
        return False  # "of neighbouring villages": no name
    run = range(nb.i + 1, run_end)
    heads_out = [k for k in run if doc[k].head.i not in run or doc[k].head.i == k]
    if len(heads_out) != 1:
        return False
    name = doc[heads_out[0]]
    old_dep, old_head = name.dep_, name.head
    _set_head(of, name, "case")
    _set_head(nb, name, "amod")
    nb.pos_, nb.tag_ = "ADJ", "JJ"
    if name.i in _ancestors(body):
        return True  # (the body hangs below the name: leave the rest as it is)
    _set_head(name, body, "nmod")
    if body.dep_ in _SUBJ or run_end >= len(doc):
        return True
    v = doc[run_end]
    if v.pos_ != "VERB" or v.tag_ not in ("VBD", "VBZ", "VBP"):
        return True
    if any(c.dep_ in _SUBJ for c in v.children) and not (old_dep in _SUBJ and old_head.i == v.i):
        return True
    if body.i in _ancestors(v):
        return True  # no cycle
    was_conj = body.dep_ == "conj"
    for c in list(body.children):
        if was_conj and c.dep_ == "cc" and c.i < body.i and v.dep_ == "conj":
            _set_head(c, v, "cc")
    _set_head(body, v, "nsubj")
    return True
