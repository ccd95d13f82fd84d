"""Parse repair 314: an accusation told right after an unknown name, read as an adjective (session 39, round sa79).

"Prime Minister Irakli Kobakhidze *accused* opposition leaders of trying to seize power", "Interior Minister Dana
Ortiz *blamed* foreign agents for the unrest": after a name the tagger does not know, the parser reads "accused" /
"blamed" as an adjective ("the accused leaders"), makes the noun after it the root of the sentence and hangs the
name on that noun, so the accusation is lost. A sentence whose root is a noun with "accused" or "blamed" before it,
a name right before that, and the phrase the verb takes after the noun ("of trying", "for the unrest") is the
accusation: the word becomes the root verb, the name its subject, the noun its object, and the noun's clauses and
phrases after it (the of- or for-phrase, a coordinated "and said ...") the verb's.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_particle import _set_head

#: the past form, its lemma and the preposition of what the object is accused of or blamed for
_ACCUSING = {"accused": ("accuse", "of"), "blamed": ("blame", "for")}
_NOUNS = ("NOUN", "PROPN")


def accused_adjective_candidate(D: list[str], H: list[int], P: list[str], L: list[str], i: int) -> bool:
    """The candidate test on the columns: "accused" / "blamed" as the adjective of a later root noun, a name right
    before it."""
    return (D[i] == "amod" and L[i] in _ACCUSING and i >= 1 and P[i - 1] == "PROPN" and H[i] > i
            and D[H[i]] in ("ROOT", "root") and P[H[i]] in _NOUNS)


def _marked(t: Token, word: str) -> bool:
    return any(g.lower_ == word and g.dep_ in ("mark", "case") for g in t.children)


def repair_accused_adjective(w: Token) -> bool:
    """Repair 314 on the adjective ``w``; True when applied."""
    got = _ACCUSING.get(w.lower_)
    n = w.head
    if got is None or w.dep_ != "amod" or n.i <= w.i or n.head.i != n.i or n.pos_ not in _NOUNS:
        return False
    lemma, prep = got
    phrase = next((c for c in n.children if c.i > n.i and c.dep_ in ("acl", "nmod") and _marked(c, prep)), None)
    if phrase is None:
        return False  # ("Kobakhidze *accused* leaders met ...": no "of" after the noun, no accusation told)
    subj = next((c for c in n.children if c.i < w.i and c.pos_ == "PROPN" and c.right_edge.i == w.i - 1), None)
    if subj is None:
        return False
    w.pos_, w.tag_, w.lemma_ = "VERB", "VBD", lemma
    _set_head(w, w, "ROOT")
    _set_head(subj, w, "nsubj")
    for c in list(n.children):
        if c.i < n.i:
            continue
        if c.i == phrase.i:
            _set_head(c, w, "advcl" if c.dep_ == "acl" else "obl")
        elif c.dep_ in ("conj", "cc", "punct", "parataxis", "advcl"):
            _set_head(c, w, c.dep_)
    _set_head(n, w, "obj")
    return True
