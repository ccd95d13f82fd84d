"""Parse repair 81: a sentence whose subject carries a long relative clause, its main verb read into that clause.

"Prime Minister X, who signed the agreement in October and whose government has said it will bring peace, *called
on* the armed forces ...": after a relative clause with clauses of its own the parser finds no main verb; the
sentence's root is the name and the verb after the clause's closing comma hangs deep inside it (an adverbial clause
of "bring"), so the call has no subject. In a sentence with no verb root whose root noun has a relative clause set
off by a comma, the first past-tense verb after a later comma that has no subject of its own and is no passive
participle ("..., *led* by ...") is the main verb: it becomes the root, the noun its subject, and the conjuncts
after it that the parser hung on the relative clause's verbs ("... and *ordered* the ministry to ...") its own."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lapwing.extract.events.repair_forms import verb_forms

_RELATIVE_WORDS = frozenset({"who", "whose", "which", "whom"})
_OWN = ("nsubj", "nsubj:pass", "csubj", "aux:pass", "obl:agent", "mark", "cop")


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
