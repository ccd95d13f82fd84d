"""Parse repair 284 (session 37, round mp74): after a coordinated subject, the verb read as an adjective of its object.

284. **"Turkish warplanes and artillery units *destroyed* rebel positions", "Police and soldiers *arrested* dozens
   of protesters".** After two nouns joined by "and", the tagger may read the past verb as an adjective of the
   noun after it, and the parser then makes the first subject noun the sentence's root with the object a third
   conjunct ("warplanes and units and positions"): the sentence has no verb, and the event, its doers and its
   object are lost. Repair 2 mends this shape for a single subject noun; with a coordination before the verb it
   did not apply. A past form of a verb that modifies (``amod``) the noun right after it, where that noun is a
   conjunct of a root noun whose last conjunct ends right before the verb (with its own "and" or "or"), is the
   verb: it heads the sentence, the root noun (with its conjuncts) is its subject and the noun after it its object.
   Only for a form that is a verb form the coder knows (a trigger's past), no copula or auxiliary on the root, no
   other verb in the sentence (a sentence of two clauses misread as one phrase is another misparse), and an object
   conjunct with no "and" of its own ("troops and tanks, *armoured* vehicles and trucks" is a list).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.repair_forms import verb_forms
from lapwing.extract.events.repair_index import RepairIndex


def _past_form(t: Token) -> bool:
    return t.lower_ in verb_forms() and (t.tag_ in ("VBD", "VBN") or t.tag_ == "JJ" and t.lower_.endswith("ed"))


def coordinated_subject_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens of ``doc`` that repair 284 is tried on: past forms that modify a conjunct of a root noun (with
    ``index``, only the adjectival modifiers are read)."""
    toks = doc if index is None else index.tokens(index.find(dep="amod"))
    return [t.i for t in toks if t.dep_ == "amod" and t.head.i > t.i and t.head.dep_ == "conj"
            and t.head.head.dep_ in ("ROOT", "root") and _past_form(t)]


def repair_coordinated_subject(v: Token) -> bool:
    """Repair 284 on the verb form ``v``; True when applied."""
    doc = v.doc
    obj = v.head
    if v.dep_ != "amod" or obj.dep_ != "conj" or obj.i <= v.i or obj.left_edge.i != v.i:
        return False
    root = obj.head
    if root.dep_ not in ("ROOT", "root") or root.pos_ not in ("NOUN", "PROPN") or root.i >= v.i:
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in doc[root.sent.start:v.i]) or any(
            c.pos_ in ("VERB", "AUX") for c in root.children if c.i > v.i):
        return False  # (only a sentence with no other verb: "Protesters *hurled* stones ... and police *chased* ...")
    if any(c.dep_ in ("cop", "aux", "aux:pass") for c in root.children) or any(
            c.dep_ in ("cc", "punct") for c in obj.children if c.i < v.i):
        return False
    last = next((c for c in root.children if c.dep_ == "conj" and c.i < v.i and c.right_edge.i == v.i - 1), None)
    if last is None or not any(c.dep_ == "cc" and c.i < last.i for c in last.children):
        return False
    if any(not (c.dep_ in ("amod", "compound", "nummod", "det")) for c in v.children):
        return False
    v.head, v.dep_, v.pos_, v.tag_ = v, "ROOT", "VERB", "VBD"
    for c in list(root.children):
        if c.i > v.i and c.i != obj.i:
            c.head = v
            if c.dep_.startswith("nmod"):
                c.dep_ = "obl"
    root.head, root.dep_ = v, "nsubj"
    obj.head, obj.dep_ = v, "obj"
    return True
