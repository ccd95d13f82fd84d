"""Parse repairs 252-253 (session 32, round pr61): the second of two coordinated verbs read as a modifier of its
object or as a conjunct of the first verb's object.

252. **The second verb read as an adjective of the shared object.** "The army shelled and *bombed* rebel
     positions", "Gunmen robbed and *shot* two traders" with the second verb an adjective (or compound) of the noun
     after it and that noun a conjunct of the first verb: a verb has no noun conjunct, so the form is the second verb
     (a conjunct of the first), the noun its object. Only when the first verb has no object, complement or clause of
     its own (the object is shared: "Doctors treated the injured and *wounded* civilians" stays), "and" or "or" stands
     right before the form, and only adjectives and nouns stand between the form and the noun.
253. **The second verb read as a conjunct of the first verb's object.** "Israel closed the crossing and *cut* fuel
     supplies to Gaza" read as one noun phrase "the [crossing and cut fuel] supplies" (or with *supplies* a second
     object of *closed*): the form is the second verb, the noun before "and" the first verb's object, the later noun
     the form's. Only when that first noun is a noun (not an adjective: "the sick and *wounded* soldiers" stays), the
     form has no object of its own and only adjectives and nouns stand between the form and the later noun.

Only for forms of trigger verbs (``verb_forms``) that are past tenses ("bombed", "cut", "shot") after a first verb in
the past tense.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.repair_forms import verb_forms
from lapwing.extract.events.repair_particle import _set_head
from lapwing.extract.events.repair_subject_form import _past_like as _past  # (past forms, the plain-spelt ones listed once)
from lapwing.extract.events.repair_index import RepairIndex


#: adjectives the tagger gives a noun's tag when "and" follows them
_NOUNED_ADJECTIVES = frozenset({"dead", "injured", "sick", "poor", "elderly", "young", "old", "fresh", "dried", "raw"})


def conjunct_form_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens of ``doc`` that repairs 252-253 are tried on (with ``index``, only its verb forms of those labels
    are read)."""
    forms = verb_forms()
    toks = doc if index is None else index.tokens(index.find(dep=("amod", "compound", "conj"), words=forms))
    return [t.i for t in toks if t.i > 1 and t.lower_ in forms and doc[t.i - 1].lower_ in ("and", "or") and (
        (t.dep_ in ("amod", "compound") and t.head.dep_ == "conj" and t.head.i > t.i)
        or (t.dep_ == "conj" and t.head.pos_ in ("NOUN", "PROPN")))]


def _between_ok(doc: Doc, a: int, n: Token) -> bool:
    return all(doc[k].head.i == n.i and doc[k].dep_ in ("amod", "compound") and doc[k].pos_ in ("ADJ", "NOUN", "PROPN")
               for k in range(a + 1, n.i))


def repair_conjunct_form(f: Token) -> bool:
    """Repair 252 or 253 on the form ``f``; True when applied."""
    lemma = verb_forms().get(f.lower_)
    doc = f.doc
    if lemma is None or not _past(f.lower_, lemma):
        return False
    cc = doc[f.i - 1]
    if f.dep_ in ("amod", "compound"):  # 252
        n = f.head
        v = n.head
        if n.dep_ != "conj" or v.pos_ != "VERB" or v.tag_ not in ("VBD", "VBN") or v.i >= f.i or cc.head.i != n.i \
                or n.pos_ not in ("NOUN", "PROPN") or not _between_ok(doc, f.i, n):
            return False
        if any(c.dep_ in ("obj", "dobj", "ccomp", "xcomp", "iobj") for c in v.children):
            return False
        if any(c.dep_ in ("det", "nmod:poss", "nummod") and c.i < f.i for c in n.children):
            return False
        _set_head(f, v, "conj")
        _set_head(cc, f, "cc")
        _set_head(n, f, "obj")
        f.pos_, f.tag_, f.lemma_ = "VERB", "VBD", lemma
        return True
    x = f.head  # 253
    if x.pos_ != "NOUN" or x.i >= f.i or any(c.dep_ in ("obj", "dobj") for c in f.children) \
            or x.lower_.endswith(("ed", "en")) or x.lower_ in _NOUNED_ADJECTIVES:
        return False  # ("cleared the *fallen* and cut trees": an adjective tagged a noun)
    if x.dep_ == "compound":  # "closed [the crossing and cut fuel] supplies": one noun phrase
        n = x.head
        while n.dep_ == "compound" and n.head.i > n.i:  # "[crossing] ... fuel supplies": up to the object
            n = n.head
        v = n.head
        if n.dep_ not in ("obj", "dobj") or n.i <= f.i or any(doc[k].head.i not in (x.i, n.i) for k in range(v.i + 1, x.i)):
            return False
    elif x.dep_ in ("obj", "dobj"):
        v = x.head
        n = next((c for c in v.children if c.dep_ in ("obj", "dobj") and c.i > f.i), None)
    else:
        return False
    if v.pos_ != "VERB" or v.tag_ not in ("VBD", "VBN") or v.i >= x.i or cc.head.i not in (f.i, x.i):
        return False
    if n is None or n.pos_ not in ("NOUN", "PROPN") or not _between_ok(doc, f.i, n):
        return False
    if x.dep_ == "compound":
        _set_head(x, v, "obj")
        for c in list(n.children):
            if c.i < x.i:  # "*the* crossing"
                _set_head(c, x, c.dep_)
    _set_head(f, v, "conj")
    _set_head(cc, f, "cc")
    _set_head(n, f, "obj")
    f.pos_, f.tag_, f.lemma_ = "VERB", "VBD", lemma
    return True
