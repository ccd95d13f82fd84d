"""Parse repair 307 (session 39, round sc78): a past verb the model tagged as a verb but labelled a noun root.

307. **"The US *froze* $300 million in aid to Egypt", "The EU *halted* 40 million euros of budget support".** Before
   an amount, the model reads the subject and the verb as one noun phrase: the verb keeps its verb tag (``VBD`` /
   ``VBP``) but is labelled a noun, the root, with the subject hung on it as a compound and the amount as its object.
   As a verb root (by its tag) the sentence passes for one with a verb, so repair 21 (the verbless sentence) never
   sees it, and with no subject the act has no doer. A root labelled a noun whose tag is a finite verb's and whose
   form is the past of a known verb, with a name or noun compound right before it and an object after it, is that
   verb; the compound is its subject (with the words before it its own), its noun modifiers after it obliques.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.repair_index import RepairIndex

from lapwing.extract.events.repair_forms import verb_forms
from lapwing.extract.events.repair_verbless import _past_form


def verb_tag_root_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens repair 307 is tried on: a root labelled a noun with a finite verb's tag (with ``index``, only roots
    with those tags are read)."""
    toks = doc if index is None else index.tokens(index.find(dep=("ROOT", "root"), tag=("VBD", "VBP", "VBZ")))
    return [t.i for t in toks if t.dep_ in ("ROOT", "root") and t.pos_ in ("NOUN", "PROPN")
            and t.tag_ in ("VBD", "VBP", "VBZ") and t.i > 0]


def repair_verb_tag_root(t: Token) -> bool:
    """Repair 307 on the root ``t``; True when applied."""
    lemma = verb_forms().get(t.lower_)
    if lemma is None or not _past_form(t.lower_, lemma) or t.dep_ not in ("ROOT", "root") or t.pos_ not in ("NOUN", "PROPN"):
        return False
    kids = list(t.children)
    subj = next((c for c in kids if c.dep_ == "compound" and c.pos_ in ("PROPN", "NOUN") and c.right_edge.i == t.i - 1),
                None)
    if subj is None or not any(c.dep_ in ("obj", "dobj") and c.i > t.i for c in kids):
        return False
    if any(c.dep_ in ("nsubj", "nsubj:pass", "cop") for c in kids):
        return False
    t.pos_, t.tag_, t.lemma_ = "VERB", "VBD", lemma
    subj.dep_ = "nsubj"
    for c in kids:
        if c.i < subj.left_edge.i and c.dep_ in ("det", "amod", "compound", "nmod:poss", "nummod"):
            c.head = subj
        elif c.i > t.i and c.dep_ == "nmod":
            c.dep_ = "obl"
    return True
