"""Parse repair 83: "X, some of them armed with bars, stormed ...": the aside read as the sentence's clause.

A partitive aside after the subject ("Several thousand protesters, *some of them armed with metal bars*, broke
through ...", "The gunmen, *many of them wearing uniforms*, attacked ...") is sometimes parsed as the main clause:
the aside's participle the root with "some" its subject, the real subject left dislocated before it and the real
verb a conjunct of the participle. When the aside's subject is a partitive word with "of them" and the noun before
it is hung on the participle with nothing but the comma between, the verb after the aside is the root, the noun its
subject and the aside a modifier of the noun.

Parse repair 131 (session 24, round 33): "Hundreds marched in Dakar, *dozens of whom were detained* by police": the
relative clause of a partitive ("some / many / dozens / two of whom", "most of which") hung on the pronoun, with no
subject, so its event had no one it befell. The partitive becomes the verb's subject (passive when the verb has a
passive auxiliary) and the verb takes the partitive's place in the sentence. Not for "none" or "neither" (no one was)."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_particle import _set_head

#: the partitive words that open such an aside ("some of them", "many of whom")
PARTITIVES = frozenset({"some", "many", "most", "all", "several", "one", "two", "three", "few", "none", "half",
                        "both", "each", "dozens", "hundreds", "thousands", "scores"})


def repair_partitive_aside(s: Token) -> bool:
    """Repair 83 on a partitive subject ``s`` ("some" of "some of them armed ..."); True when applied."""
    a = s.head
    doc = s.doc
    if s.dep_ != "nsubj" or s.lower_ not in PARTITIVES or a.i < s.i or s.i < 2 or doc[s.i - 1].text != ",":
        return False
    if not any(c.dep_ == "nmod" and c.lower_ in ("them", "whom") for c in s.children):
        return False
    n = doc[s.i - 2]
    while n.head.i != n.i and n.head.i < s.i - 1 and n.head.i != a.i:
        n = n.head
    if n.pos_ not in ("NOUN", "PROPN", "NUM"):
        return False
    hung_on_aside = n.head.i == a.i and n.dep_ in ("dislocated", "nsubj", "obl", "dep", "obl:unmarked", "vocative",
                                                   "appos")
    aside_on_noun = a.head.i == n.i and a.dep_ in ("acl", "acl:relcl", "appos") and n.dep_ in ("ROOT", "root")
    if not (hung_on_aside or aside_on_noun):
        return False
    b = next((c for c in a.children if c.dep_ == "conj" and c.pos_ == "VERB" and doc[c.i - 1].text == ","
              and not any(g.dep_ in ("nsubj", "nsubj:pass") for g in c.children)), None)
    if b is None or b.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    top = n if aside_on_noun else a  # the token that heads the sentence (or the clause) now
    root = top.dep_ in ("ROOT", "root")
    if root:
        _set_head(b, b, "ROOT")
    else:
        _set_head(b, top.head, top.dep_)
    _set_head(n, b, "nsubj")
    _set_head(a, n, "acl")
    for t in (a, n):
        for c in list(t.children):
            if c.i > b.i and (c.dep_ in ("conj", "punct", "cc", "parataxis") or c.dep_.startswith("obl")):
                _set_head(c, b, c.dep_)
    return True


#: the partitives that say how many of a group a relative clause befell ("dozens of whom were detained")
_REL_PARTITIVES = (PARTITIVES - {"none", "each"}) | {"four", "five", "six", "seven", "eight", "nine", "ten", "tens",
                                                    "a_few", "majority", "number", "handful", "score"}


def repair_partitive_relative(v: Token) -> bool:
    """Repair 131 on a verb ``v`` labelled ``acl:relcl`` whose head is "whom" / "which"; True when applied."""
    w = v.head
    if v.dep_ not in ("acl:relcl", "relcl") or w.lower_ not in ("whom", "which") or w.i > v.i or not w.dep_.startswith("nmod"):
        return False
    q = w.head
    if q.i >= w.i or not (q.lower_ in _REL_PARTITIVES or q.lemma_.lower() in _REL_PARTITIVES or q.like_num):
        return False
    if any(c.dep_ in ("nsubj", "nsubj:pass", "expl", "csubj") for c in v.children) or q.head.i == q.i:
        return False
    if not any(c.dep_ in ("aux:pass", "auxpass") for c in v.children) and v.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    passive = any(c.dep_ in ("aux:pass", "auxpass") for c in v.children)
    _set_head(v, q.head, q.dep_ if q.dep_ in ("parataxis", "appos", "conj", "dep", "acl", "acl:relcl") else "parataxis")
    _set_head(q, v, "nsubj:pass" if passive else "nsubj")
    return True
