"""Parse repair 279 (session 36, round mp72): a past verb of forceful motion read as a noun or an adjective.

279. **"A storm / militia *tore* through the town" with the verb a noun.** "A powerful storm tore through the
   coast", "Militia fighters tore through the village", "An explosion tore into the crowd", "Rebel gunmen tore
   through the market town": the tagger reads the past form as a noun (the head of a phrase whose modifier is the
   doer: "storm tore" like "storm door") or as an adjective, and the sentence has no verb; the doer, the path and
   the event are lost. The past form of a verb of forceful motion ("tore", "ripped", "swept", "smashed",
   "ploughed", "burst", "sliced", "crashed") followed by its path phrase ("through", "into", "across") is the
   verb: the noun before it is its subject (with the words before that), the path its oblique. Only when the
   word is the sentence's root, has no subject or verb of its own, and the path phrase hangs on it; not for a
   participle used as an adjective ("the torn flag", "a ripped banner": no path phrase after them).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.repair_index import RepairIndex
from lapwing.extract.events.repair_particle import _set_head

#: past forms of verbs of forceful motion -> their lemma
_PAST = {"tore": "tear", "ripped": "rip", "swept": "sweep", "smashed": "smash", "ploughed": "plough",
         "plowed": "plow", "burst": "burst", "sliced": "slice", "crashed": "crash", "rampaged": "rampage",
         "barrelled": "barrel", "barreled": "barrel", "roared": "roar", "surged": "surge"}
_PATH = frozenset({"through", "into", "across"})
_SUBJ_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj"})


def through_verb_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens of ``doc`` that repair 279 is tried on: such a past form not tagged as a verb, before a path word
    (with ``index``, only those words are read)."""
    toks = doc if index is None else index.tokens(index.find(words=_PAST))
    return [t.i for t in toks if t.lower_ in _PAST and t.pos_ != "VERB" and 0 < t.i < len(doc) - 1
            and doc[t.i + 1].lower_ in _PATH]


def repair_through_verb(t: Token) -> bool:
    """Repair 279 on the past form ``t``; True when applied."""
    doc = t.doc
    subj = doc[t.i - 1]
    if t.dep_ not in ("ROOT", "root") or any(c.i != subj.i and (c.dep_ in _SUBJ_DEPS and c.i > t.i or c.pos_ == "AUX")
                                             for c in t.children):
        return False
    path = doc[t.i + 1]
    obj = path.head
    if path.dep_ != "case" or obj.head.i != t.i or obj.i <= t.i:
        return False
    if subj.head.i != t.i or subj.dep_ not in ("compound", "nmod", "amod", "nsubj") or not (
            subj.pos_ in ("NOUN", "PROPN", "PRON") or subj.tag_ == "VBZ" and subj.dep_ == "nsubj"):
        return False  # ("Militia *fighters* [VBZ] tore": the plural noun read as a verb is the subject still)
    for c in list(t.children):
        if c.i < subj.i and c.dep_ != "punct" and c.right_edge.i < subj.i and c.dep_ in (
                "det", "amod", "compound", "nummod", "nmod:poss", "det:poss", "nsubj"):
            _set_head(c, subj, "compound" if c.dep_ == "nsubj" else c.dep_)
    for c in list(subj.children):
        if c.dep_ in _SUBJ_DEPS and c.i < subj.i:  # ("*Militia* fighters": the first noun the second's modifier)
            c.dep_ = "compound"
    if subj.tag_ == "VBZ":
        subj.pos_, subj.tag_ = "NOUN", "NNS"
    _set_head(subj, t, "nsubj")
    for c in t.children:
        if c.i > t.i and c.dep_ in ("nmod", "nmod:unmarked") and any(g.dep_ == "case" for g in c.children):
            c.dep_ = "obl"
    t.pos_, t.tag_, t.lemma_ = "VERB", "VBD", _PAST[t.lower_]
    return True
