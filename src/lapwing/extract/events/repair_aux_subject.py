"""Parse repair 129 (session 23, round 31): a subject word read as the auxiliary of its verb.

"About 400 *marched* through the city" and "the firefight began when *suspects* opened fire" come out with the
count (*400*, CD) or the plural noun (*suspects*, VBZ) labelled ``aux`` of the verb after it (a count also its
``nummod``, or its ``obl`` with the qualifier as its preposition: "*Around* 250 rallied"), so the verb has no
subject and its event no doer. Repair 11 mends the case where a number or a determiner stands before the noun
("Two *suspects* were picked up"); this one takes the word when it opens its clause: at the start of the sentence,
after a subordinator ("when", "as", "after", ...) or after an approximate qualifier of a count ("about 400",
"some 3,000"). The word cannot be an auxiliary (it is no form of be / have / do, no modal, no "to" or "get"), and
the verb must have no subject of its own and be a passive, have an object, be a crowd's act ("marched", "rallied")
or, for a noun, a plain past ("12 killed in blast" keeps its count as no doer): the word becomes its subject (a
passive one when the verb has a passive auxiliary), a plural noun is tagged NNS, and a past participle left with no
auxiliary is a simple past.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_particle import _AUX_WORDS, _set_head
from lapwing.extract.events.repair_time import _SUBJ_DEPS

#: words after which a clause opens with its subject
OPENERS = frozenset({"when", "as", "after", "before", "while", "because", "since", "until", "once", "if", "where",
                     "though", "although", "whereas", "and", "but", ",", ";", ":", "--", "-"})
#: approximate qualifiers of a count ("*about* 400 marched")
COUNT_QUALIFIERS = frozenset({"about", "some", "around", "nearly", "almost", "roughly", "approximately", "over",
                              "perhaps", "another", "only", "just"})


#: what a bare count does on its own, with no object ("About 400 *marched*")
CROWD_ACTS = frozenset({"march", "demonstrate", "protest", "rally", "gather", "riot", "assemble", "converge", "picket",
                        "parade", "chant", "mass", "strike", "walk", "sit", "demand", "shout", "throng"})


def _year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and text[:2] in ("19", "20")


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    return word[:-1]


def repair_subject_read_as_aux(t: Token) -> bool:
    """Repair 129 on a token ``t`` labelled ``aux``; True when applied."""
    if t.dep_ != "aux" or t.lower_ in _AUX_WORDS or t.tag_ not in ("CD", "NNS", "VBZ"):
        if not (t.tag_ == "CD" and t.dep_ in ("nummod", "obl")):
            return False
    if t.tag_ == "CD" and (_year(t.text) or any(c.dep_ not in ("case", "advmod") or c.lower_ not in COUNT_QUALIFIERS
                                                  for c in t.children)):
        return False  # a count, with no words of its own but a qualifier read as its preposition ("*Around* 250")
    v = t.head
    if v.i <= t.i or v.pos_ != "VERB" or any(c.dep_ in _SUBJ_DEPS or c.dep_ == "expl" for c in v.children):
        return False
    if any(v.doc[k].dep_ not in ("advmod",) for k in range(t.i + 1, v.i)):
        return False  # only adverbs between the word and its verb ("400 *later* marched" is no subject phrase)
    if t.tag_ != "CD" and not t.lower_.endswith("s"):
        return False
    doc = t.doc
    qualifiers = list(t.children)
    k = t.i - 1
    while k >= t.sent.start and doc[k].lower_ in COUNT_QUALIFIERS and t.tag_ == "CD":
        if doc[k] not in qualifiers:
            qualifiers.append(doc[k])
        k -= 1
    if k >= t.sent.start and doc[k].lower_ not in OPENERS:
        return False
    passive = any(c.dep_ == "aux:pass" for c in v.children)
    if not (passive or any(c.dep_ in ("obj", "dobj") for c in v.children) or v.lemma_.lower() in CROWD_ACTS
            or (v.tag_ == "VBD" and t.tag_ != "CD")):
        return False  # "12 killed in blast": a headline passive, whose count is no doer
    _set_head(t, v, "nsubj:pass" if passive else "nsubj")
    if t.tag_ != "CD":
        t.pos_, t.tag_, t.lemma_ = "NOUN", "NNS", _singular(t.lower_)
    else:
        t.pos_ = "NUM"
    for q in qualifiers:
        _set_head(q, t, "advmod")
    if v.tag_ == "VBN" and not any(c.dep_ in ("aux", "aux:pass") for c in v.children):
        v.tag_ = "VBD"
    return True
