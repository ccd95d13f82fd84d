"""Parse repairs 266 and 267: a modifier of a subject noun phrase read as a phrase of its own (session 34, round pa67).

266. **"X and his Ugandan counterpart (Y) VERB" with the adjective read as the first name's conjunct.** "Kenyan
   President A B and his Ugandan counterpart C D condemned ...", "Indian Prime Minister A B and his Nepali
   counterpart condemned ...": the parser hangs the nationality word after the possessive on the first name as its
   ``conj`` and reads "counterpart" as the root verb (with the later verb its complement) or as the later verb's
   subject with the first name as its own subject, so the first party loses its event. A word right after a
   possessive ("his", "her", "their", "its") and before a noun is that noun's modifier, not a conjunct: the noun
   is the first name's conjunct (with "and" and the possessive), the word its adjective, a name between the noun
   and the verb its apposition, and the first name the verb's subject. Only when "and" / "or" stands right before the
   possessive, the noun after the word is a lower-case word (tagged a noun or a verb) and the verb after the phrase is
   a finite form.

267. **A participle after "the" read as a second subject.** "The outlawed Kurdistan Workers' Party said it carried
   out ...", "The banned Popular Front said ...": the parser makes the participle ("outlawed", "banned", "proscribed")
   a subject of the verb beside the name, so the speaker is two words and its actor is lost. A participle with an
   article and a later subject of the same verb, with only capitalised words of the name between them, is the
   name's adjective: the article and the participle go to the name's head. The same when the name has no subject
   label but hangs on the participle (as its apposition or object) and runs up to the verb ("The banned Baloch
   Republican Army claimed ..."): the name's last word is the verb's subject.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.repair_index import RepairIndex
from lapwing.extract.events.repair_particle import _set_head

_POSS = frozenset({"his", "her", "their", "its"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_SUBJ = frozenset({"nsubj", "nsubj:pass"})


def possessed_conjunct_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens of ``doc`` that repair 266 is tried on: a word hung as ``conj`` right after a possessive (with
    ``index``, only the words labelled ``conj`` are read)."""
    toks = doc if index is None else index.tokens(index.find(dep="conj"))
    return [t.i for t in toks if t.dep_ == "conj" and t.i > 1 and doc[t.i - 1].lower_ in _POSS
            and doc[t.i - 2].lower_ in ("and", "or") and t.i + 1 < len(doc)]


def repair_possessed_conjunct(w: Token) -> bool:
    """Repair 266 on the word ``w`` after the possessive; True when applied."""
    doc = w.doc
    poss, cc, n, first = doc[w.i - 1], doc[w.i - 2], doc[w.i + 1], w.head
    if first.i >= cc.i or not n.is_alpha or not n.is_lower or n.tag_ not in ("NN", "NNS", "VB", "VBP", "VBZ"):
        return False
    if n.dep_ in ("ROOT", "root"):
        v = next((c for c in n.children if c.i > n.i and c.dep_ in ("ccomp", "parataxis", "conj", "xcomp")
                  and c.tag_ in _FINITE), None)
    elif n.dep_ in _SUBJ:
        v = n.head if n.head.i > n.i and n.head.tag_ in _FINITE else None
    else:
        return False
    if v is None or first.head.i not in (n.i, v.i) or first.dep_ not in _SUBJ:
        return False
    between = [doc[k] for k in range(n.i + 1, v.i)]
    if any(not (x.pos_ == "PROPN" and x.text[:1].isupper()) for x in between):
        return False
    if n.dep_ in ("ROOT", "root"):
        _set_head(v, v, "ROOT")
        for c in list(n.children):
            if c.i > v.i or c.dep_ == "punct":
                _set_head(c, v, c.dep_)
    _set_head(first, v, "nsubj")
    _set_head(n, first, "conj")
    _set_head(cc, n, "cc")
    _set_head(poss, n, "nmod:poss")
    _set_head(w, n, "amod")
    if between:
        last = between[-1]
        _set_head(last, n, "appos")
        for x in between[:-1]:
            _set_head(x, last, "compound")
    if n.tag_ not in ("NN", "NNS"):
        n.pos_, n.tag_, n.lemma_ = "NOUN", "NN", n.lower_
    return True


def participle_subject_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens of ``doc`` that repair 267 is tried on: a participle labelled a subject (with ``index``, only the
    words tagged ``VBN`` are read)."""
    toks = doc if index is None else index.tokens(index.find(tag="VBN"))
    return [t.i for t in toks if t.tag_ == "VBN" and t.dep_ in _SUBJ and t.i > 0]


def repair_participle_subject_word(p: Token) -> bool:
    """Repair 267 on the participle ``p``; True when applied."""
    doc, v = p.doc, p.head
    art = doc[p.i - 1]
    if art.lower_ not in ("the", "a", "an") or art.head.i != p.i:
        return False
    s = next((c for c in v.children if c.dep_ in _SUBJ and p.i + 1 < c.i < v.i), None)
    if s is None:  # "The banned [Baloch Republican Army] claimed": the name hung on the participle, up to the verb
        s = doc[v.i - 1] if v.i - 1 > p.i and doc[v.i - 1].pos_ == "PROPN" else None
        if s is None or any(doc[k].head.i not in range(p.i, v.i) for k in range(p.i + 1, v.i)):
            return False
        _set_head(s, v, p.dep_)
        for k in range(p.i + 1, s.i):
            w = doc[k]
            if w.head.i == p.i or w.head.i == k or w.dep_ in ("appos", "obj", "nsubj", "flat"):
                _set_head(w, s, "compound" if w.tag_ != "POS" else "case")
    span = range(p.i + 1, s.i + 1)
    if any(not (doc[k].text[:1].isupper() or doc[k].tag_ == "POS") or doc[k].head.i not in span and k != s.i
           for k in span):
        return False
    _set_head(art, s, "det")
    for c in list(p.children):
        _set_head(c, s, c.dep_)
    _set_head(p, s, "amod")
    return True

