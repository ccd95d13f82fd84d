"""Repair 182 of ``parse_repair``: a blast verb read as a reduced relative on the noun it is the verb of.

"A roadside bomb *detonated* near a passing army patrol in X, killing two soldiers", "Elsewhere, a car bomb
*exploded* outside a police station on Tuesday", '"A booby-trapped truck *detonated* at the market," the source
said': wire copy puts the blast verb right after its noun, and the model reads the verb as a participle on the noun
(``acl``: "a bomb [that was] detonated"), leaving the sentence with no main verb, with the noun as the root, as the
reported clause of a "said" / "told", or as the subject of a trailing participle ("..., *leaving* seven dead"). The
blast verbs are intransitive in this use, so the verb is the clause's: it takes the noun's place in the tree, the
noun becomes its subject, and what the parser hung on the noun after the verb (the "killing ..." clause, the places)
becomes the verb's.

Only when the verb directly follows its noun (no comma: "The bomb, detonated by police experts, ..." is a real
reduced relative), has no object, agent, auxiliary or subject of its own, and the noun is not the subject or object
of a finite verb ("the bomb detonated near the convoy *killed* two" keeps its parse).
"""

from __future__ import annotations

from spacy.tokens import Token

#: the past forms of verbs of blasts used without an object ("a bomb *exploded*")
BLAST_FORMS = {"detonated": "detonate", "exploded": "explode"}

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_REPORTED = frozenset({"ccomp", "parataxis"})
_OWN_ARGS = frozenset({"obj", "dobj", "iobj", "obl:agent", "nsubj", "nsubj:pass", "aux", "aux:pass", "cop", "mark"})
_NOUN_MODS = frozenset({"det", "amod", "compound", "nummod", "nmod:poss", "flat"})
_RELABEL = {"acl": "advcl", "nmod": "obl", "nmod:unmarked": "obl:unmarked", "nmod:tmod": "obl:tmod"}


def blast_candidate(D: list[str], H: list[int], P: list[str], L: list[str], i: int) -> bool:
    """Cheap test on the token columns: a blast form labelled ``acl`` right after the noun it hangs on."""
    return D[i] == "acl" and L[i] in BLAST_FORMS and i >= 1 and H[i] == i - 1 and P[i - 1] in ("NOUN", "PROPN")


def _finite(h: Token) -> bool:
    """A verb with a tense of its own: a finite form, or one with an auxiliary or a copula."""
    return h.pos_ in ("VERB", "AUX") and (h.tag_ in _FINITE or any(
        c.dep_ in ("aux", "aux:pass", "cop") for c in h.children))


def repair_blast_verb(v: Token) -> bool:
    """Apply repair 182 at the blast form ``v``; True when applied."""
    if v.dep_ != "acl" or v.lower_ not in BLAST_FORMS or v.i == 0:
        return False
    n = v.head
    if n.i != v.i - 1 or n.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in _OWN_ARGS for c in v.children):
        return False
    h = n.head
    if n.dep_ in ("ROOT", "root"):
        place_head, place_dep = v, "ROOT"
    elif n.dep_ in _REPORTED and h.pos_ == "VERB":
        place_head, place_dep = h, n.dep_  # '"A car bomb detonated at ...," the source told Xinhua'
    elif h.dep_ in ("ROOT", "root") and h.pos_ in ("ADV", "ADJ") and h.i < n.left_edge.i:
        place_head, place_dep = v, "ROOT"  # "*Elsewhere*, a roadside bomb detonated ..." with the adverb the root
    elif n.dep_ in ("nsubj", "nsubj:pass") and h.pos_ in ("VERB", "NOUN", "ADJ") and not _finite(h) \
            and h.dep_ in ("ROOT", "root") and h.i > v.i:
        place_head, place_dep = v, "ROOT"  # "a car bomb detonated at ... *leaving* seven dead"
    else:
        return False
    old_root = h if (place_dep == "ROOT" and h is not n) else None
    later = [c for c in n.rights if c.i > v.i and c is not v]
    v.pos_, v.tag_, v.lemma_ = "VERB", "VBD", BLAST_FORMS[v.lower_]
    labels = [(c, _RELABEL.get(c.dep_, c.dep_)) for c in later]
    if place_dep == "ROOT":  # an opening "Meanwhile," / "On Monday," hung on the noun is the verb's
        first = min([c.i for c in n.lefts if c.dep_ in _NOUN_MODS] + [n.i])
        later += [c for c in n.lefts if c.i < first and c.dep_ not in _NOUN_MODS]
    v.head = place_head
    n.head = v
    for c in later:
        c.head = v
    if old_root is not None:  # its phrases before the subject are the sentence's ("*In March*, a bomb detonated ...")
        front = [(c, c.dep_) for c in old_root.lefts if c.i < n.left_edge.i]
        for c, _d in front:
            c.head = v
        labels += front
        old_root.head = v
        labels.append((old_root, {"VERB": "advcl", "ADV": "advmod", "ADJ": "advmod"}.get(old_root.pos_, "parataxis")))
    # (the labels last: spaCy relabels a token that loses or gains the root while heads move)
    for c, d in labels + [(v, place_dep), (n, "nsubj")]:
        c.dep_ = d
    return True

