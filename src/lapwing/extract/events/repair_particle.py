"""Repairs 9-11 of ``parse_repair``: particles read as prepositions, nouns that are verbs by their
particle, and plural nouns read as auxiliaries (see the module docstring of ``parse_repair``)."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.lexicon_loader import form_index, phrasal_particles
from lapwing.extract.events.repair_time import _SUBJ_DEPS, _time_word


def _set_head(t: Token, head: Token, dep: str) -> None:
    t.head = head
    t.dep_ = dep


def _verb_lemmas(v: Token) -> set[str]:
    out = {v.lemma_.lower(), v.lower_}
    lem = form_index().get(("V", v.lower_))
    if lem:
        out.add(lem)
    return out


def _repair_particle(p: Token) -> bool:
    """Repair 9 (module docstring). Returns True when applied."""
    if p.i == 0 or p.dep_ not in ("case", "advmod"):
        return False
    v, n = p.doc[p.i - 1], p.head
    if p.dep_ == "advmod":  # "handed [over] $4 million worth of ...": *over* hung on the object
        if n.pos_ == "NUM" and n.dep_ == "nummod" and n.i == p.i + 1:
            n = n.head  # "handed [over] [20] tonnes of supplies": or on the object's number
        if n.dep_ not in ("obj", "dobj") or n.head.i != v.i or n.i <= p.i or not any(
                p.lower_ in phrasal_particles().get(lem, ()) for lem in _verb_lemmas(v)):
            return False
        _set_head(p, v, "compound:prt")
        p.pos_, p.tag_ = "ADP", "RP"
        return True
    if not (v.pos_ == "VERB" or v.tag_.startswith("VB")) or n.i <= p.i or n.head.i != v.i:
        return False
    if n.dep_ in ("obj", "dobj") and p.dep_ == "case" and not any(c.dep_ == "compound:prt" for c in v.children) \
            and any(p.lower_ in phrasal_particles().get(lem, ()) for lem in _verb_lemmas(v)):
        _set_head(p, v, "compound:prt")  # "vowed to hunt [down] the attackers" with *down* the object's case
        p.pos_, p.tag_ = "ADP", "RP"
        return True
    if not n.dep_.startswith(("obl", "nmod")):
        return False
    if n.pos_ == "NUM" and n.i + 1 < len(n.doc) and n.doc[n.i + 1].tag_ in ("NNS", "VBZ") and n.doc[n.i + 1].head.i in (n.i, v.i):
        n = _counted_noun(n)  # "handed over [two] [suspects]" with the number the oblique, the noun hung apart
    elif n.pos_ == "ADJ" and any(c.dep_ == "det" for c in n.children) and not any(c.pos_ in ("NOUN", "PROPN") for c in n.children):
        n.pos_, n.tag_ = "NOUN", "NN"  # "handed over [the fugitive]": an adjective with its determiner is a noun
    if n.pos_ not in ("NOUN", "PROPN", "VERB", "PRON"):
        return False
    prts = phrasal_particles()
    w = p.lower_
    if not any(w in prts.get(lem, ()) for lem in _verb_lemmas(v)):
        return False
    if _time_word(n) or any(c.dep_ == "compound:prt" for c in v.children):
        return False
    _set_head(p, v, "compound:prt")
    p.pos_, p.tag_ = "ADP", "RP"
    if any(c.dep_ == "case" for c in n.children):
        return True  # "walked out [of the talks]": the noun stays an oblique
    if not any(c.dep_ in ("obj", "dobj", "nsubj:pass", "aux:pass") for c in v.children):
        _set_head(n, v, "obj")
        for c in list(n.children):  # "handed over the suspects [to Uganda]": the oblique is the verb's
            if c.dep_.startswith("obl") and c.i > n.i:
                _set_head(c, v, c.dep_)
        if n.pos_ == "VERB" and n.tag_ == "VBZ":
            n.pos_, n.tag_ = "NOUN", "NNS"  # "handed over the suspects" with *suspects* VBZ
    return True


def _counted_noun(num: Token) -> Token:
    """The plural noun after ``num`` made the head of its phrase, the number its modifier and the case word the
    noun's; returns the noun."""
    noun = num.doc[num.i + 1]
    dep = num.dep_
    _set_head(noun, num.head, dep)
    for c in list(num.children):
        _set_head(c, noun, c.dep_)
    _set_head(num, noun, "nummod")
    if noun.tag_ == "VBZ":
        noun.pos_, noun.tag_ = "NOUN", "NNS"
    return noun


def _repair_noun_with_particle(t: Token) -> bool:
    """Repair 10 (module docstring). Returns True when applied."""
    if t.pos_ != "NOUN" or t.dep_ not in ("ROOT", "root"):
        return False
    deps = {c.dep_ for c in t.children}
    if "compound:prt" not in deps or not deps & {"nsubj"} or deps & {"det", "cop", "case"}:
        return False
    t.pos_, t.tag_ = "VERB", "VBZ" if t.lower_.endswith("s") else "VBD"
    return True



_AUX_WORDS = set("be is are was were been being am 's 're have has had having 've 'd do does did will would shall "
                 "should can could may might must ought to wo ca 'll get got gets".split())


def _repair_noun_as_aux(t: Token) -> bool:
    """Repair 11 (module docstring). Returns True when applied."""
    if t.dep_ != "aux" or t.lower_ in _AUX_WORDS or t.i == 0 or t.tag_ not in ("VBZ", "NNS", "NN"):
        return False
    prev = t.doc[t.i - 1]
    if prev.head.i != t.head.i or prev.dep_ not in _SUBJ_DEPS or prev.pos_ not in ("NUM", "DET", "ADJ"):
        return False
    v = t.head
    _set_head(t, v, prev.dep_)
    t.pos_, t.tag_ = "NOUN", "NNS" if t.lower_.endswith("s") else "NN"
    for c in list(prev.children):
        _set_head(c, t, c.dep_)
    _set_head(prev, t, {"NUM": "nummod", "DET": "det"}.get(prev.pos_, "amod"))
    return True
