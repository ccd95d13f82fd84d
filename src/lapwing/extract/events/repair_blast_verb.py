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

from lapwing.extract.events.syntax_words import lemma_of

#: the past forms of verbs of blasts used without an object ("a bomb *exploded*")
BLAST_FORMS = {"detonated": "detonate", "exploded": "explode"}

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_REPORTED = frozenset({"ccomp", "parataxis"})
_OWN_ARGS = frozenset({"obj", "dobj", "iobj", "obl:agent", "nsubj", "nsubj:pass", "aux", "aux:pass", "cop", "mark"})
_NOUN_MODS = frozenset({"det", "amod", "compound", "nummod", "nmod:poss", "flat"})
_RELABEL = {"acl": "advcl", "nmod": "obl", "nmod:unmarked": "obl:unmarked", "nmod:tmod": "obl:tmod"}


def blast_candidate(D: list[str], H: list[int], P: list[str], L: list[str], i: int) -> bool:
    """Cheap test on the token columns: a blast form labelled ``acl`` on a word before it (right after its noun for
    182; at the end of the noun's participle phrase for 220)."""
    return D[i] == "acl" and L[i] in BLAST_FORMS and 1 <= i and H[i] < i and P[H[i]] in ("NOUN", "PROPN", "VERB")


def _finite(h: Token) -> bool:
    """A verb with a tense of its own: a finite form, or one with an auxiliary or a copula."""
    return h.pos_ in ("VERB", "AUX") and (h.tag_ in _FINITE or any(
        c.dep_ in ("aux", "aux:pass", "cop") for c in h.children))


def repair_blast_verb(v: Token) -> bool:
    """Apply repair 182 at the blast form ``v``; True when applied."""
    if v.dep_ != "acl" or v.lower_ not in BLAST_FORMS or v.i == 0:
        return False
    n = v.head
    if any(c.dep_ in _OWN_ARGS for c in v.children):
        return False
    if n.i != v.i - 1 or n.pos_ not in ("NOUN", "PROPN"):
        return repair_blast_after_phrase(v)
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
        return repair_blast_after_phrase(v)
    _move(v, n, h, place_head, place_dep)
    return True


def _move(v: Token, n: Token, h: Token, place_head: Token, place_dep: str) -> None:
    """The blast verb ``v`` takes the noun ``n``'s place (under ``place_head`` as ``place_dep``), ``n`` its subject."""
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



# ---- repair 220: the blast verb at the end of its carrier's participle phrase --------------------------------------

#: what a blast verb has as its subject in wire copy: the bomb, or the vehicle that carried it (the event rows'
#: subjects: ``f_car_bomb_detonated``, ``f_bomb_detonated`` and their ``explode`` rows)
CARRIERS = frozenset({"bomb", "car", "truck", "vehicle", "lorry", "minibus", "motorcycle", "motorbike",
                      "device", "explosive", "ied", "mine", "landmine", "booby-trap"})
#: the participles of a carrier's phrase that the parser reads as its finite verb ("A car *parked* near X detonated")
PLACING = frozenset({"park", "parked", "parking", "load", "loaded", "pack", "packed", "rig", "rigged", "laden",
                     "stuff", "stuffed", "fill", "filled", "plant", "planted", "place", "placed", "leave", "left",
                     "hide", "hidden", "target", "targeting", "booby-trapped"})
_PHRASE = frozenset({"acl", "obl", "nmod", "obj", "appos", "compound", "flat", "conj", "nmod:poss", "nummod"})


def _carrier(t: Token) -> bool:
    return t.pos_ in ("NOUN", "PROPN") and (t.lemma_.lower() in CARRIERS or t.lower_ in CARRIERS)


_SAYING = frozenset({"say", "tell", "add", "report"})


def _clause_place(n: Token) -> tuple[Token, str] | None:
    """Where a verbless clause headed by ``n`` hangs: the root, or the reported clause of a "said" / "told" after it
    (also when the parser made it the verb's adverbial clause, or ``n`` a second subject of it: "A car parked near X
    detonated ..., *the source told* Xinhua" with "car" and "source" both its subjects)."""
    h = n.head
    if n.dep_ in ("ROOT", "root"):
        return n, "ROOT"
    if n.dep_ in _REPORTED and h.pos_ == "VERB" and h.i > n.i:
        return h, n.dep_
    if h.pos_ == "VERB" and h.i > n.i and lemma_of(h) in _SAYING and (n.dep_ == "advcl" or n.dep_ == "nsubj" and any(
            c.dep_ == "nsubj" and c.i > n.i for c in h.children)):
        return h, "ccomp"
    return None


def repair_blast_after_phrase(v: Token) -> bool:
    """Repair 220 at the blast form ``v`` (``acl``, no arguments of its own, not right after its noun).

    "A car *parked* near the market in the Karrada district *detonated* at 9 a.m., killing ...", "Two car bombs
    *targeting* army convoys *detonated* in Baghdad", "A truck loaded with explosives, parking near the station,
    *detonated* at noon": Xinhua's carrier is followed by a participle phrase, and the model hangs the blast verb on
    the phrase's last noun (or on the carrier past the commas) and reads the participle as the finite verb or the
    carrier as a verbless root. The verb is the clause's: it takes the place of the carrier (a verbless root or
    reported clause) or of the participle read as the carrier's verb (which becomes the carrier's ``acl`` again),
    the carrier is its subject, and what followed the verb there (the "killing ..." clause) is the verb's.
    Only for a carrier of ``CARRIERS`` whose whole phrase, up to the verb, stands before the verb.
    """
    x = v.head
    while x.i < v.i:
        place = _clause_place(x) if _carrier(x) else None
        if place is not None:  # (a carrier inside the phrase, "packed with *explosives*", is passed over)
            _move(v, x, x.head, v if place[1] == "ROOT" else place[0], place[1])
            return True
        if x.lower_ in PLACING and x.pos_ in ("VERB", "ADJ") and not any(c.dep_ in ("obj", "dobj") for c in x.children):
            subj = [c for c in x.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < x.i]
            if subj:
                n = subj[0]
                place = _clause_place(x)
                if not _carrier(n) or place is None or any(c.dep_ in ("aux", "aux:pass") for c in x.children):
                    return False
                _reread_participle(v, n, x, place)
                return True
        if x.dep_ not in _PHRASE or x.head.i == x.i:
            return False
        x = x.head
    return False


def _reread_participle(v: Token, n: Token, p: Token, place: tuple[Token, str]) -> None:
    """"A car [parked near X] detonated ...": ``v`` takes the participle ``p``'s place, ``p`` is ``n``'s ``acl``."""
    place_head, place_dep = (v, "ROOT") if place[1] == "ROOT" else place
    later = [c for c in p.children if c.i > v.i]
    front = [c for c in p.children if c.i < n.left_edge.i]
    v.pos_, v.tag_, v.lemma_ = "VERB", "VBD", BLAST_FORMS[v.lower_]
    if p.tag_ == "VBD":
        p.tag_ = "VBN"
    p.pos_ = "VERB"
    labels = [(c, _RELABEL.get(c.dep_, c.dep_)) for c in later] + [(c, c.dep_) for c in front]
    v.head = place_head
    n.head = v
    p.head = n
    for c in later + front:
        c.head = v
    for c, d in labels + [(v, place_dep), (n, "nsubj"), (p, "acl")]:
        c.dep_ = d
