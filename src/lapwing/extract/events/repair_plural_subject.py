"""Parse repair 93: "Israeli troops *patrol* in the streets of Bangui", "Some 1,500 UN soldiers *patrol*", "Rebel
fighters *capture*": a plural noun right before the base form of a verb read as that verb's compound, the sentence a
noun phrase ("[Israeli troops patrol]") with no subject, or with the verb as its root and the plural its modifier
(or the plural the subject of the word read as a noun).

The base form of a verb after a plural noun is the present tense of a caption, a brief or a wire item cut short
("French troops patrol near the border", "U.S. and British planes patrol"). When the root of a sentence is such a
word (a trigger verb of the lexicon in its base form), the word right before it is its compound and a plural noun
(tagged so: "police" is not, nor "arms", "drugs", "talks", which name no group acting), and the root has no subject, no determiner or number
after that noun, no "of" right after it ("Rebel troops' capture of the town") and no possessor, the root is the verb,
the plural noun its subject, the words before that noun the noun's own (determiner, number, adjective), and the
prepositional phrases after the verb its obliques. "Police raid" stays a noun phrase (a headline's "raid on ..."), and
so do "arms deal" or "drugs raid"; a verb made here codes only when a pattern finds its own source in the subject."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.lexicon_loader import form_index
from lapwing.extract.events.repair_particle import _set_head

#: the words the parser may tag as plural nouns that name no group acting ("news", "series", "means")
_NOT_AGENTS = frozenset({"news", "series", "means", "species", "arms", "goods", "sales", "sports", "drugs", "jobs",
                         "rights", "talks", "relations", "affairs", "customs", "savings", "earnings", "funds", "costs"})
#: the labels of the root's children that make it a noun ("the patrol", "its capture", "two raids")
_NOUN_KIDS = frozenset({"nmod:poss", "case", "cop", "nsubj", "nsubj:pass", "aux", "aux:pass", "mark"})


def plural_before_base(low: str, plural_tag: str, plural_low: str) -> bool:
    """The candidate test on the columns: a root word that is a verb's base form after a plural noun."""
    return plural_tag in ("NNS", "NNPS") and plural_low not in _NOT_AGENTS and ("V", low) in form_index() \
        and form_index()[("V", low)] == low and not low.endswith("s")


def repair_plural_compound_subject(v: Token) -> bool:
    """Repair 93 on the root ``v`` (a verb's base form with a plural noun right before it as its compound); True when
    applied."""
    doc = v.doc
    if v.i == 0 or v.dep_ not in ("ROOT", "root"):
        return False
    subj = doc[v.i - 1]
    if subj.head.i != v.i or not (subj.dep_ == "compound" or subj.dep_ == "nsubj" and v.pos_ == "NOUN") \
            or not plural_before_base(v.lower_, subj.tag_, subj.lower_):
        return False
    if v.i + 1 < len(doc) and doc[v.i + 1].lower_ in ("of", "'s", "’s"):
        return False
    if any(c.dep_ in _NOUN_KIDS and c.i != subj.i for c in v.children):
        return False
    for c in list(v.children):
        if c.i < subj.i:  # "Some 1,500 Israeli [soldiers]": the noun's own determiner, number and modifiers
            _set_head(c, subj, c.dep_ if c.dep_ != "goeswith" else "nummod")
        elif c.i > v.i and c.dep_ in ("nmod", "nmod:tmod", "nmod:unmarked"):
            c.dep_ = "obl"
    _set_head(subj, v, "nsubj")
    v.pos_, v.tag_, v.lemma_ = "VERB", "VBP", form_index()[("V", v.lower_)]
    return True
