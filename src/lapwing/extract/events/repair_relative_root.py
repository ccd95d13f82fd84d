"""Parse repair 81: a sentence whose subject carries a long relative clause, its main verb read into that clause.

"Prime Minister X, who signed the agreement in October and whose government has said it will bring peace, *called
on* the armed forces ...": after a relative clause with clauses of its own the parser finds no main verb; the
sentence's root is the name and the verb after the clause's closing comma hangs deep inside it (an adverbial clause
of "bring"), so the call has no subject. Repair 196 (session 28 round 49) takes the relative clause also from the
name that the parser hangs on the root title as its apposition ("Opposition candidate [Celso Mabunda], *who says the
count is rigged*, called on ...": the root is "candidate", the clause is the name's). In a sentence with no verb root whose root noun has a relative clause set
off by a comma, the first past-tense verb after a later comma that has no subject of its own and is no passive
participle ("..., *led* by ...") is the main verb: it becomes the root, the noun its subject, and the conjuncts
after it that the parser hung on the relative clause's verbs ("... and *ordered* the ministry to ...") its own."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lapwing.extract.events.repair_forms import verb_forms

_RELATIVE_WORDS = frozenset({"who", "whose", "which", "whom"})
_OWN = ("nsubj", "nsubj:pass", "csubj", "aux:pass", "obl:agent", "mark", "cop")
#: the edges by which the parser hangs the main verb inside a relative clause (repair 95); no conjunct
_DEEP = frozenset({"xcomp", "ccomp", "advcl", "acl", "dep", "parataxis"})


def _main_verb(rel: Token, sent: Span) -> Token | None:
    forms = verb_forms()
    for t in sent:
        if t.i <= rel.i or t.i < 1 or sent.doc[t.i - 1].text != "," or not rel.is_ancestor(t):
            continue
        if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBN", "VBZ") and t.lower_ in forms \
                and not any(c.dep_ in _OWN or (c.dep_ == "aux" and c.lower_ != "to") for c in t.children):
            if t.tag_ == "VBN" and not any(c.dep_ in ("obj", "dobj", "ccomp", "xcomp") or c.dep_.startswith("obl")
                                           for c in t.children):
                continue  # a bare participle aside
            return t
    return None


def repair_verb_after_relative(root: Token, sent: Span) -> bool:
    """Repair 81 on the verbless sentence ``sent`` whose root is ``root``; True when applied."""
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    rel = next((c for c in root.children if c.dep_ == "acl:relcl" and c.i > root.i), None)
    if rel is None:  # repair 196: the clause on the name after the root's title ("Opposition candidate [X Y], who ...")
        name = next((c for c in root.children if c.dep_ in ("appos", "flat") and c.i > root.i and c.pos_ == "PROPN"), None)
        rel = None if name is None else next((c for c in name.children if c.dep_ == "acl:relcl" and c.i > name.i), None)
    if rel is None:
        return False
    word = next((t for t in sent.doc[rel.left_edge.i:rel.i] if t.lower_ in _RELATIVE_WORDS), None)
    if word is None or word.i < 1 or sent.doc[word.i - 1].text != ",":
        return False  # (a relative clause set off by a comma: ", who ...", ", whose ...")
    v = _main_verb(rel, sent)
    if v is None:
        return False
    forms = verb_forms()
    v.pos_, v.lemma_ = "VERB", forms[v.lower_]
    if v.tag_ == "VBN":
        v.tag_ = "VBD"
    later = [t for t in rel.subtree if t.i > v.i and t.dep_ == "conj" and t.head.i < v.i and not v.is_ancestor(t)
             and t.pos_ == "VERB"]
    v.head, v.dep_ = v, "ROOT"
    for t in later:
        t.head = v
    for c in [c for c in root.children if c.is_punct and c.i > v.i]:
        c.head = v
    root.head, root.dep_ = v, "nsubj"
    return True


def _bare_main_verb(rel: Token) -> Token | None:
    forms = verb_forms()
    for t in rel.subtree:
        if t.i <= rel.i or t.tag_ != "VBD" or t.pos_ != "VERB" or t.lower_ not in forms or t.dep_ not in _DEEP:
            continue
        kids = list(t.children)
        if any(c.dep_ in _OWN or c.dep_ == "aux" for c in kids):
            continue
        if any(c.dep_ in ("obj", "dobj", "ccomp", "xcomp") or c.dep_.startswith("obl") for c in kids):
            return t
    return None


def repair_verb_in_bare_relative(root: Token, sent: Span) -> bool:
    """Repair 95: "The colonel *who led the push to remove* the governor *signed* a peace accord": a relative
    clause set off by no comma swallows the main verb, hung as a complement deep inside it (``signed`` an xcomp of
    ``remove``), and the sentence's root is the subject noun, so the signing takes the clause's modality and the
    noun no verb. In a verbless sentence whose root noun has a relative clause with a relative word, the first
    past-tense verb inside the clause, after its verb, that has no subject, auxiliary or marker of its own, is no
    conjunct and has an object or an oblique, is the main verb: it becomes the root and the noun its subject."""
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    rel = next((c for c in root.children if c.dep_ == "acl:relcl" and c.i > root.i), None)
    if rel is None or not any(t.lower_ in _RELATIVE_WORDS | {"that"} for t in sent.doc[rel.left_edge.i:rel.i]):
        return False
    v = _bare_main_verb(rel)
    if v is None:
        return False
    v.pos_, v.lemma_ = "VERB", verb_forms()[v.lower_]
    v.head, v.dep_ = v, "ROOT"
    for c in [c for c in root.children if c.is_punct and c.i > v.i]:
        c.head = v
    root.head, root.dep_ = v, "nsubj"
    return True
