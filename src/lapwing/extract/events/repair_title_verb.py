"""Parse repair 166: "The EU's foreign policy *chief urged* restraint, and the bloc said ..." read as a noun phrase.

A title word that the tagger also reads as an adjective ("chief": "chief executive") ends the subject right before
a past verb and its bare object: the parser makes the whole "[the EU's foreign policy chief urged] restraint" one
noun phrase, "chief" and "urged" both modifiers of the object, and the sentence has no verb of its own (a second
clause joined by "and", "the bloc said ...", hangs on the noun). Repair 2 leaves it, because the words before the
verb hold a determiner and a possessor ("the imposed sanctions", "Iran's imposed ..." are noun phrases).

Here a title or office word ends the words before the verb, so they are its subject: the verb heads the sentence,
the title word is its subject (the determiner, possessor and modifiers before it are its own), the noun its object,
and the clauses joined to the noun are joined to the verb. Only with a past form with no dependents of its own, a
bare object noun right after it (no determiner: "urged restraint", "condemned violence"), and a title word that is
the noun's modifier."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lapwing.extract.events.repair_forms import verb_forms
from lapwing.extract.events.repair_particle import _set_head

#: titles and office words that end a subject ("foreign policy chief", "human rights envoy")
TITLE_HEADS = frozenset({"chief", "head", "envoy", "minister", "spokesman", "spokeswoman", "spokesperson", "commander",
                         "leader", "president", "secretary-general", "representative", "coordinator", "commissioner",
                         "ambassador", "director", "director-general", "chairman", "chairwoman", "chair"})


def repair_title_before_verb(root: Token, sent: Span) -> bool:
    """Repair 166 on the noun root ``root`` of ``sent``; True when applied."""
    if root.pos_ != "NOUN" or root.i < 2 or any(c.dep_ in ("det", "nmod:poss", "poss", "nummod") for c in root.children
                                                if c.i > root.i - 2):
        return False
    doc = root.doc
    v, title = doc[root.i - 1], doc[root.i - 2]
    if v.head.i != root.i or v.dep_ not in ("amod", "acl", "compound") or v.tag_ not in ("VBD", "VBN") \
            or list(v.children) or verb_forms().get(v.lower_) in (None, v.lower_):
        return False
    if title.lower_ not in TITLE_HEADS or title.head.i != root.i or title.dep_ not in ("amod", "compound") \
            or title.i <= sent.start:
        return False
    before = [c for c in root.children if c.i < title.i]
    if not before:
        return False
    _set_head(v, v, "ROOT")
    v.pos_, v.tag_, v.lemma_ = "VERB", "VBD", verb_forms()[v.lower_]
    title.pos_, title.tag_ = "NOUN", "NN"
    _set_head(title, v, "nsubj")
    for c in before:
        _set_head(c, title, c.dep_)
    _set_head(root, v, "obj")
    for c in list(root.children):
        if c.i > root.i and c.dep_ in ("conj", "cc", "punct", "parataxis"):
            _set_head(c, v, c.dep_)
    return True
