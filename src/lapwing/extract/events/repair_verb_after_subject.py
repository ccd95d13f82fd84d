"""Repair 45 of ``parse_repair`` (split out of ``repair_subordinate``): a main verb read as an adjective right after
its own subject, which the parser gave to a later verb ("Peruvian police *clashed* with miners ..., and two miners
were killed"); 45b-45e the later verb a subordinate clause, a participle clause, a marked noun, and (45d,
``_reported_clause``) a closing "..., local media reported" whose content the first clause is."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_forms import verb_forms
from lapwing.extract.events.repair_participle import _ADJ_PARTICIPLES, REPORTING_VERBS
from lapwing.extract.events.repair_particle import _set_head
from lapwing.extract.events.repair_subordinate import _SUBORDINATORS, _final_punct_to, _take_place


def repair_verb_after_its_subject(v: Token) -> bool:
    """Repair 45: "Peruvian police *clashed* with gold miners ..., and two miners were killed": the main
    verb read as an adjective after its own subject, which the parser gave to a later verb that has a
    subject of its own. The later verb is a second clause joined to the first; the verb right after the
    noun is the first clause's verb. Also (45b) when the later verb is a subordinate clause with its own
    subject ("Senegalese protesters *clashed* with police ... *after* the government postponed the vote")
    and (45c) a participle clause after a comma ("Pakistani troops *clashed* with militants ..., *leaving*
    three soldiers dead"). ``v`` is the verb; True when applied."""
    if v.dep_ not in ("amod", "acl") or v.i == 0 or v.head.i != v.i - 1 or not v.lower_.endswith("ed"):
        return False
    if v.lower_ in _ADJ_PARTICIPLES or not verb_forms().get(v.lower_):
        return False
    p = v.head
    r = p.head
    if p.dep_ not in ("nsubj", "nsubj:pass", "ccomp") or r.i <= v.i or r.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubj:pass", "aux", "aux:pass") for c in v.children):
        return False
    if r.lemma_.lower() in REPORTING_VERBS:
        return _reported_clause(v, p, r)
    if p.dep_ == "ccomp":
        return False
    s2 = next((c for c in r.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i != p.i and c.i > v.i), None)
    cc = next((c for c in r.children if c.dep_ == "cc" and c.i < (s2.left_edge.i if s2 is not None else r.i)
               and c.i > v.i), None)
    mark = next((c for c in r.children if c.dep_ in ("mark", "advmod") and c.lower_ in _SUBORDINATORS
                 and v.i < c.i < r.i), None)
    if s2 is not None and cc is not None:
        link = "conj"  # "..., and two miners were killed"
    elif s2 is not None and mark is not None:
        link = "advcl"  # "... *after* the government postponed the election" (45b)
        _set_head(mark, r, "mark")
    elif s2 is None and (m := next((c for c in p.children if c.dep_.startswith("nmod") and v.i < c.i < r.i
                                     and c.right_edge.i == r.i - 1 and c.pos_ in ("NOUN", "PROPN", "PRON")
                                     and any(x.dep_ == "case" and x.lower_ in _SUBORDINATORS and x.i == c.left_edge.i
                                             for x in c.children)), None)) is not None:
        link = "advcl"  # "... *as anger* over the vote *spread*" (45e): the marked noun is the later verb's subject
        sub = next(x for x in m.children if x.dep_ == "case" and x.lower_ in _SUBORDINATORS)
        _set_head(m, r, "nsubj")
        _set_head(sub, r, "mark")
        sub.pos_ = "SCONJ"
    elif s2 is None and r.tag_ == "VBG" and v.doc[r.i - 1].text == "," and not any(
            c.dep_ in ("aux", "aux:pass", "mark") for c in r.children):
        link = "advcl"  # "..., *leaving* three soldiers dead" (45c)
    else:
        return False
    _take_place(v, r)
    _set_head(p, v, "nsubj")
    _set_head(r, v, link)
    _final_punct_to(v, r)
    v.pos_, v.tag_, v.lemma_ = "VERB", "VBD", verb_forms()[v.lower_]
    return True


def _reported_clause(v: Token, p: Token, r: Token) -> bool:
    """Repair 45d: "Police *clashed* with protesters blocking a bridge in Puno on Monday, injuring five, local
    media reported": the clause before the closing "..., X reported" is the report's content, its verb the one
    read as an adjective after the subject."""
    s2 = next((c for c in r.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i != p.i and c.i > v.i), None)
    doc = v.doc
    if s2 is None:
        return False
    lo = s2.left_edge.i
    while lo < s2.i and doc[lo].is_punct:
        lo += 1
    if lo == 0 or doc[lo - 1].text != ",":
        return False
    _set_head(v, r, "ccomp")
    _set_head(p, v, "nsubj")
    for c in list(p.children):
        if c.i > v.i and c.dep_ not in ("punct", "cc", "conj"):
            _set_head(c, v, "obl" if c.dep_.startswith(("nmod", "obl")) else c.dep_)
    for k in range(v.i + 1, lo - 1):
        t = doc[k]
        if t.head.i == s2.i:
            _set_head(t, v, "advcl" if t.pos_ == "VERB" else t.dep_)
    for k in range(lo, s2.i):
        t = doc[k]
        if t.head.i == s2.i and t.pos_ == "VERB" and t.tag_ == "VBG":
            _set_head(t, v, "advcl")  # "..., *injuring* five, local media reported": the -ing clause is the clash's
    v.pos_, v.tag_, v.lemma_ = "VERB", "VBD", verb_forms()[v.lower_]
    return True
