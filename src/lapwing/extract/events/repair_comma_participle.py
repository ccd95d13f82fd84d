"""Parse repair 136 (session 39, round rv79): a participle clause after a comma read as its object's modifier.

136. **"Farmers parked tractors on the highway, *blocking traffic* for hours", "Protesters set up barricades on the
   main road, *blocking traffic*", "Students marched through the capital, *burning tyres and throwing stones*".** The
   "-ing" participle that opens a clause after a comma is read as an adjective (``amod``) or compound of its object,
   and the object as a bare oblique of the main verb or a conjunct of the noun before the comma: the act the
   participle names (the blockade, the burning) is lost, or its doer is. A noun phrase after a comma that is a bare
   oblique (no preposition) or a conjunct with no "and" before it, and whose first word is the "-ing" form of a
   known act verb, is that verb's clause: the participle is an adverbial clause of the main verb (the verb that
   governs the phrase), the noun its object; a second such phrase coordinated with it ("and throwing stones") is the
   participle's conjunct.

   Not in a list of nouns: a conjunct followed by a conjunct noun without its own participle ("threw stones, burning
   tyres and bottles") is a list item, and an apposition ("a fishing village") or a phrase with a preposition stays
   as it is.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.repair_index import RepairIndex

from lapwing.extract.events.repair_forms import verb_forms

#: the labels the object of the misread participle carries, hung on the main verb or on a noun of its clause
_OBJECT_DEPS = ("obl", "obl:unmarked", "obl:npmod", "npadvmod", "conj", "obj", "dobj", "dep", "nmod", "nmod:unmarked")


def comma_participle_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens repair 136 is tried on: an "-ing" form labelled a modifier of the word after it, after a comma (with
    ``index``, only the "-ing" forms so labelled are read)."""
    toks = doc if index is None else index.tokens(index.find(tag="VBG", dep=("amod", "compound")))
    return [t.i for t in toks if t.tag_ == "VBG" and t.dep_ in ("amod", "compound") and t.i > 1
            and doc[t.i - 1].text == "," and t.head.i == t.i + 1]


def _governing_verb(n: Token) -> Token | None:
    """The verb whose clause holds ``n`` (its head, or the head of the noun it hangs on), within the sentence."""
    h = n.head
    for _ in range(4):
        if h.pos_ in ("VERB", "AUX") and h.i < n.i:
            return h
        if h.head.i == h.i:
            return None
        h = h.head
    return None


def _bare(n: Token) -> bool:
    """No preposition, and no "and"/"or" of its own before it."""
    return not any(c.dep_ in ("case", "cc") and c.i < n.i for c in n.children)


def _participle_of(n: Token) -> Token | None:
    """The "-ing" form of a known act verb right before the noun ``n``, hung on it as a modifier."""
    if n.i == 0:
        return None
    t = n.doc[n.i - 1]
    if t.tag_ != "VBG" or t.head.i != n.i or t.dep_ not in ("amod", "compound") or t.lower_ not in verb_forms():
        return None
    return t


def _make_clause(t: Token, n: Token, head: Token, dep: str) -> None:
    """The participle ``t`` a verb hung on ``head`` as ``dep``, the noun ``n`` its object."""
    t.head, t.dep_, t.pos_ = head, dep, "VERB"
    t.lemma_ = verb_forms()[t.lower_]
    n.head, n.dep_ = t, "obj"


def repair_comma_participle(t: Token) -> bool:
    """Repair 136 on the "-ing" form ``t``; True when applied."""
    doc = t.doc
    if t.lower_ not in verb_forms() or t.dep_ not in ("amod", "compound") or t.head.i != t.i + 1:
        return False
    n = t.head
    if n.pos_ not in ("NOUN", "PROPN") or n.dep_ not in _OBJECT_DEPS or n.head.i >= t.i or not _bare(n):
        return False
    verb = _governing_verb(n)
    if verb is None:
        return False
    later = [c for c in n.head.children if c.dep_ == "conj" and c.i > n.i] if n.dep_ == "conj" else []
    if any(_participle_of(c) is None for c in later):  # a list of nouns ("stones, burning tyres and bottles")
        return False
    comma = doc[t.i - 1]
    _make_clause(t, n, verb, "advcl")
    if comma.head.i != t.i:
        comma.head = t
    for c in later:  # "burning tyres *and throwing stones*": the participle's conjunct
        t2 = _participle_of(c)
        assert t2 is not None
        for k in list(c.children):
            if k.dep_ in ("cc", "punct") and k.i < t2.i:
                k.head = t2
        _make_clause(t2, c, t, "conj")
    return True
