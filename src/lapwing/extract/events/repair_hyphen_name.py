"""Parse repair 200: a hyphenated surname cut at its hyphen when it is a verb's object. "telephoned *Tejan-Kabba*",
"met *Conteh-Bangura*": the tokenizer splits the name at the hyphen and the parser reads its first half as an
adjective or a name object of the verb and the second half as a second object (or a ``flat`` of the first), so the
verb's object is a bare adjective and its event is lost or loses its target.

The name is put back together: its last half becomes the verb's one object, the first half its ``compound`` (a proper
noun) and the hyphen its punctuation; what hung on the first half moves to the last. Only when the three tokens are
written with no space between them ("Tejan-Kabba", not "Tejan - Kabba"), both halves start with a capital letter, the
first half is the verb's object and the last half is a proper noun that is either the verb's second object or the
first half's ``flat``."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_particle import _set_head


def hyphen_name_candidate(D: list[str], H: list[int], P: list[str], X: list[str], i: int) -> bool:
    """The candidate test on the columns: a capitalised object, then "-", then a capitalised proper noun that is the
    same verb's object or the first word's ``flat``."""
    n = i + 2
    return (D[i] == "obj" and P[i] in ("ADJ", "PROPN") and n < len(D) and X[i + 1] == "-" and X[i][:1].isupper()
            and X[n][:1].isupper() and P[n] == "PROPN"
            and ((D[n] == "obj" and H[n] == H[i]) or (D[n] == "flat" and H[n] == i)))


def repair_hyphen_name_object(first: Token) -> bool:
    """Repair 200 on the first half ``first``; True when applied."""
    doc = first.doc
    hyphen, last = doc[first.i + 1], doc[first.i + 2]
    if first.whitespace_ or hyphen.whitespace_:
        return False  # ("Kamara - Sesay", spaced: a dash between two words, not one name)
    verb = first.head
    if verb.i >= first.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    for c in list(first.children):
        if c.i not in (hyphen.i, last.i):
            _set_head(c, last, c.dep_)
    _set_head(last, verb, "obj")
    _set_head(first, last, "compound")
    _set_head(hyphen, last, "punct")
    first.pos_, first.tag_ = "PROPN", "NNP"
    last.pos_, last.tag_ = "PROPN", "NNP"
    return True
