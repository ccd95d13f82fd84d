"""Parse repair 135 (session 39, round rv79): a particle verb's base form read as a noun after its subject.

135. **"demanded that Belarus *hand over* the pilot", "asked that Togo *hand over* the two suspects", "insisted that
   Chile *hand back* the fugitive".** A base form spelt like a noun ("hand", "turn", "pull", "roll", "pay"), right
   after a name or noun and before its particle, is read as the noun of a compound ("Belarus hand"): the particle
   becomes the case of a prepositional phrase on it, or the noun is hung as a subject on the object after it, and the
   clause has no verb, so the act demanded is lost. A noun takes no particle followed by a noun phrase: the word is the
   verb, the noun before it its subject, the particle its particle and the noun phrase after it its object.

   Only for the few particle verbs whose base form is also a common noun, with the particle they take ("hand over",
   "hand back", "turn over", "pull out", "pull back", "roll back", "pay back"), and only with a name, noun or pronoun
   right before the word as its compound or subject (not "the hand of", "a firm hand over the party": a determiner
   or adjective there is a noun phrase's) and a noun phrase right after the particle (not "the hand over of the
   prisoners", a nominal handover).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.repair_index import RepairIndex

#: base forms spelt like nouns -> the particles they take as verbs
PARTICLE_VERBS: dict[str, tuple[str, ...]] = {
    "hand": ("over", "back"), "turn": ("over",), "pull": ("out", "back"), "roll": ("back",), "pay": ("back",),
}
#: the tags a noun phrase may start with
_PHRASE_START = ("DT", "PDT", "CD", "PRP$", "PRP", "NNP", "NNPS", "NN", "NNS", "JJ", "JJS", "JJR")
#: labels a word of the object's phrase keeps, by its tag, when it is moved from the misread noun to the object
_PHRASE_DEP = {"DT": "det", "PDT": "det:predet", "CD": "nummod", "PRP$": "nmod:poss", "JJ": "amod", "JJS": "amod",
               "JJR": "amod"}


def particle_noun_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens repair 135 is tried on: one of the base forms above, tagged as a noun, before one of its particles
    (with ``index``, only those forms tagged as nouns are read)."""
    n = len(doc)
    toks = doc if index is None else index.tokens(index.find(words=tuple(PARTICLE_VERBS), tag=("NN", "NNP")))
    return [t.i for t in toks if t.lower_ in PARTICLE_VERBS and t.tag_ in ("NN", "NNP") and 0 < t.i < n - 2
            and doc[t.i + 1].lower_ in PARTICLE_VERBS[t.lower_]]


def _object_head(t: Token, p: Token) -> Token | None:
    """The head of the noun phrase right after the particle ``p``: the word ``t`` was hung on, or the particle's
    head, whichever ends the run of determiners, figures, adjectives and nouns that starts after the particle (not
    a verb later in the sentence: "mutineers hand over weapons at dawn, army *says*")."""
    doc = t.doc
    first = doc[p.i + 1]
    if first.tag_ not in _PHRASE_START:
        return None
    found = None
    for o in (t.head, p.head):
        if o.i > p.i and o.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "ADJ", "VERB") and o.sent == t.sent \
                and all(w.tag_ in _PHRASE_START or w.tag_ == "POS" for w in doc[p.i + 1:o.i]) \
                and (found is None or o.i > found.i):
            found = o
    return found


def repair_particle_noun(t: Token) -> bool:
    """Repair 135 on the word ``t``; True when applied."""
    doc = t.doc
    if t.pos_ not in ("NOUN", "PROPN") or t.i + 2 >= len(doc):
        return False
    p = doc[t.i + 1]
    before = doc[t.i - 1]
    if before.tag_ not in ("NNP", "NNPS", "NN", "NNS", "PRP") or before.head.i != t.i \
            or before.dep_ not in ("compound", "nsubj", "nsubj:pass"):
        return False
    subj = before
    while subj.dep_ == "compound" and subj.head.i == t.i and subj.i > 0 and doc[subj.i - 1].dep_ == "compound" \
            and doc[subj.i - 1].head.i == t.i and doc[subj.i - 1].tag_ in ("NNP", "NNPS"):
        subj = doc[subj.i - 1]  # ("that *South Sudan* hand over": the name's first word is the subject's part)
    o = _object_head(t, p)
    if o is None:
        return False
    kids = list(t.children)
    if o.i == t.head.i:  # the word hung on its object ("Togo hand [nsubj] ... suspects [ccomp]"): it takes its place
        t.head, t.dep_ = (t if o.head.i == o.i else o.head), o.dep_
        if o.head.i == o.i:
            t.head = t
        for c in list(o.children):
            if c.i < t.i and c.i != subj.i:
                c.head = t
        o.head, o.dep_ = t, "obj"
    else:
        o.head, o.dep_ = t, "obj"
    for c in kids:  # the object's own words, hung on the misread noun ("two" in "over the two suspects")
        if p.i < c.i < o.i and c.i != o.i:
            c.head, c.dep_ = o, _PHRASE_DEP.get(c.tag_, "compound")
    if o.tag_ in ("JJ", "VB", "VBZ", "VBP", "VBD", "VBN"):  # ("the fugitive [JJ]", "suspects [VBZ]")
        o.pos_, o.tag_ = "NOUN", ("NNS" if o.lower_.endswith("s") else "NN")
    p.head, p.dep_, p.pos_, p.tag_ = t, "compound:prt", "ADP", "RP"
    for c in kids:  # a determiner or modifier before the subject is the subject's ("that *the company* hand over")
        if c.i < subj.i and c.dep_ in ("det", "amod", "compound", "nmod:poss", "nummod"):
            c.head = before
    for w in doc[subj.i:before.i]:
        if w.head.i == t.i:
            w.head = before
    before.head, before.dep_ = t, "nsubj"
    t.pos_, t.lemma_ = "VERB", t.lower_
    t.tag_ = "VB" if any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children) else "VBP"
    return True
