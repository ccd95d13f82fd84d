"""Parse repair 82: a past verb after "and" read as an adjective on a noun that has its own determiner.

"Protesters broke through police lines *and stormed* Armenia's parliament", "Rioters pushed past the guards and
torched the mayor's office": the parser reads the second verb as an adjective of the noun after it and makes that
noun a conjunct of the first verb's last noun ("lines and [stormed] parliament"), so the storming is lost. An
adjective cannot stand before a noun's article or possessor ("stormed *the* parliament", "stormed *Armenia's*
parliament"): a past form there is a verb, the conjunct of the verb whose noun it was joined to, and the noun is its
object."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_forms import verb_forms
from lapwing.extract.events.repair_particle import _set_head
from lapwing.extract.events.repair_verbless import _past_form


def repair_adjective_verb_before_article(w: Token) -> bool:
    """Repair 82 on a past form ``w`` hung as ``amod`` on a later noun, right after "and"; True when applied."""
    forms = verb_forms()
    lemma = forms.get(w.lower_)
    n = w.head
    if lemma is None or not _past_form(w.lower_, lemma) or w.dep_ != "amod" or n.i < w.i or w.i < 1 \
            or w.doc[w.i - 1].lower_ != "and" or n.pos_ not in ("NOUN", "PROPN"):
        return False
    if not any(c.dep_ in ("det", "nmod:poss") and w.i < c.i < n.i for c in n.children):
        return False  # (no article or possessor between: "and *armed* men" stays an adjective)
    if n.dep_ != "conj":
        return False
    x = n.head  # the first conjunct, a noun of the first verb ("through police *lines*")
    v = x.head
    if x.pos_ not in ("NOUN", "PROPN") or not (x.dep_.startswith("obl") or x.dep_ in ("obj", "dobj")) \
            or v.pos_ != "VERB" or v.tag_ not in ("VBD", "VBZ", "VBP") or v.i > x.i:
        return False
    cc = w.doc[w.i - 1]
    w.pos_, w.tag_, w.lemma_ = "VERB", "VBD", lemma
    _set_head(w, v, "conj")
    _set_head(cc, w, "cc")
    _set_head(n, w, "obj")
    # phrases after the noun that the parser hung on the first conjunct belong to the new verb ("in Yerevan")
    for c in list(x.children):
        if c.i > n.i and c.dep_ == "nmod":
            _set_head(c, w, "obl")
    return True


def repair_participle_after_have(w: Token) -> bool:
    """Repair 94: a past participle right after the auxiliary "have" / "has" / "had", hung as ``amod`` on the noun
    after it ("Russia is said *to have bombed* Ukraine", "officials were reported to have arrested ..." read as
    "[bombed] Ukraine", a noun modified by an adjective). An adjective does not follow an auxiliary "have": the form is
    the verb of that "have", it takes the noun's place in the tree, and the noun is its object. True when applied."""
    lemma = verb_forms().get(w.lower_)
    n = w.head
    if lemma is None or not _past_form(w.lower_, lemma) or w.dep_ != "amod" or w.i < 2 or n.i <= w.i \
            or n.pos_ not in ("NOUN", "PROPN") or n.head.i == n.i:
        return False
    have = w.doc[w.i - 1]
    if have.lower_ not in ("have", "has", "had") or have.dep_ != "aux" or have.head.i not in (w.i, n.i):
        return False
    if any(c.dep_ in ("det", "nmod:poss", "nummod", "amod") and c.i < w.i for c in n.children):
        return False  # ("had *the* armed men": a noun phrase of its own)
    w.pos_, w.tag_, w.lemma_ = "VERB", "VBN", lemma
    _set_head(w, n.head, n.dep_)
    for c in list(n.children):
        if c.i < w.i:  # "to", "have": the verb's
            _set_head(c, w, c.dep_)
    _set_head(n, w, "obj")
    return True


#: the modals of repair 202 (lower case)
MODALS = frozenset({"will", "would", "could", "can", "may", "might", "shall", "should", "must"})


def repair_base_verb_after_modal(w: Token) -> bool:
    """Repair 202: a base-form verb right after a modal, hung as ``amod`` (or ``compound``) on the noun after it
    ("Peru said it *would sever* ties with Bolivia", "Lima *will sever* relations with ..." read as "[sever] ties", a
    noun with a modifier, the modal and the subject on the noun). No modifier follows a modal: the form is the
    modal's verb, it takes the noun's place in the tree (the root too), the subject and the modal go to it, and the
    noun is its object. Not when the noun has an article, possessor, number or adjective before the verb. True when
    applied."""
    n = w.head
    if w.dep_ not in ("amod", "compound") or w.tag_ != "VB" or w.i < 1 or n.i <= w.i or n.pos_ not in ("NOUN", "PROPN") \
            or w.lower_ not in verb_forms():
        return False
    modal = w.doc[w.i - 1]
    if modal.lower_ not in MODALS or modal.dep_ != "aux" or modal.head.i not in (w.i, n.i):
        return False
    if any(c.dep_ in ("det", "nmod:poss", "nummod", "amod") and c.i < w.i for c in n.children):
        return False
    w.pos_ = "VERB"
    if n.head.i == n.i:
        _set_head(w, w, "ROOT")
    else:
        _set_head(w, n.head, n.dep_)
    for c in list(n.children):
        if c.i < w.i:  # the subject, the modal, a fronted adverb: the verb's
            _set_head(c, w, c.dep_)
    _set_head(n, w, "obj")
    return True


def possessor_verb_candidate(D: list[str], H: list[int], P: list[str], L: list[str], i: int) -> bool:
    """Repair 263's shape at token ``i`` (the columns of repair_candidates): a form ending in "-ed" hung as ``amod``
    on a later noun, with a name or noun right before it hung on that noun too, and the noun's possessor right after
    it: "Bangladesh *summoned* India's high commissioner" (one noun phrase to the parser)."""
    h = H[i]
    if D[i] != "amod" or not L[i].endswith("ed") or h <= i + 1 or P[h] not in ("NOUN", "PROPN") or i < 1:
        return False
    k = i + 1 if D[i + 1] == "nmod:poss" else i + 2 if P[i + 1] == "DET" and D[i + 2] == "nmod:poss" else -1
    return k > 0 and H[k] == h and P[i - 1] in ("PROPN", "NOUN") and H[i - 1] == h \
        and D[i - 1] in ("nsubj", "compound", "amod")


def repair_adjective_verb_before_possessor(w: Token) -> bool:
    """Repair 263 (session 33, round rf64): a past verb between its subject and a possessed object read as an
    adjective of the object ("Bangladesh *summoned* India's high commissioner on Sunday to protest ...", "Kenya
    *recalled* Uganda's envoy"): the object noun became the sentence's root with the subject a compound of it, and the
    act was lost. An adjective does not stand before a noun's possessor: the form is the verb, it takes the noun's
    place in the tree, the name before it is its subject, the noun its object, and the noun's day phrase and
    infinitive clause ("on Sunday", "to protest") are the verb's. True when applied."""
    lemma = verb_forms().get(w.lower_)
    n = w.head
    if lemma is None or not _past_form(w.lower_, lemma) or w.dep_ != "amod" or n.i <= w.i:
        return False
    s = w.doc[w.i - 1]
    if s.head.i != n.i or s.pos_ not in ("PROPN", "NOUN"):
        return False
    w.pos_, w.tag_, w.lemma_ = "VERB", "VBD", lemma
    if n.head.i == n.i:
        _set_head(w, w, "ROOT")
    else:
        _set_head(w, n.head, n.dep_)
    for c in list(n.children):
        if c.i < s.i and c.dep_ != "punct":
            _set_head(c, s, c.dep_)  # ("The Chinese foreign ministry summoned ...": the subject's own words)
        elif c.i < w.i:
            _set_head(c, w, c.dep_)
        elif c.i > n.i and (c.dep_ in ("acl", "advcl", "punct") or c.dep_ == "nmod" and any(
                g.dep_ == "case" and g.lower_ in ("on", "at", "over", "after", "following") for g in c.children)):
            _set_head(c, w, "obl" if c.dep_ == "nmod" else "advcl" if c.dep_ == "acl" else c.dep_)
    _set_head(s, w, "nsubj")
    _set_head(n, w, "obj")
    return True
