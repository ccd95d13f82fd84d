"""Repairs 30 and 41 (split out of ``repair_auxiliary``, which re-exports ``repair_subordinator_on_subject``): a
subordinator ("after", "before", "until", "since", "as") read as a preposition of the noun after it.

30. "died *after policemen* on patrol caned him" with *after* the case of the later verb's subject: it marks that
    verb's clause. 30b: "injured *as policemen resorted* to ..." with the noun an oblique and its verb an ``acl``.
41. "Germany expelled two Russian diplomats *after talks broke down*" with the object read as the subject of the
    later verb: the subordinator ends the main verb's object. 41b: the same with the object read as a second subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_participle import REPORTING_VERBS
from lapwing.extract.events.repair_span_object import repair_past_on_span_object
from lapwing.extract.events.repair_subordinate import past_read_as_adjective as _past_read_as_adjective, repair_span_noun_as_subject


_SUBORDINATORS = frozenset({"after", "before", "until", "since"})


def repair_subordinator_on_subject(m: Token) -> bool:
    """Repair 30 on a subordinator hung on the subject of a later verb; True when applied."""
    n = m.head
    v = n.head
    if m.dep_ == "case" and n.dep_ in ("obl", "nmod") and m.lower_ in _SUBORDINATORS | {"as"} and m.i < n.i:
        return _subordinator_on_oblique(m, n) or _subordinator_in_object(m, n) or repair_span_noun_as_subject(m)
    if m.lower_ not in _SUBORDINATORS or m.dep_ != "case" or n.dep_ not in ("nsubj", "nsubj:pass") or v.i < n.i:
        return False
    if _second_subject_object(m, n, v) or repair_past_on_span_object(m, n):
        return True
    if v.pos_ != "VERB" or v.dep_ not in ("conj", "advcl", "parataxis") or v.head.i > m.i:
        return False
    if any(c.dep_ == "mark" for c in v.children):
        return False
    m.head, m.dep_, m.pos_ = v, "mark", "SCONJ"
    v.dep_ = "advcl"
    for c in list(v.children):
        if c.dep_ == "cc" and c.i < m.i:
            c.head = v.head
    return True


def _second_subject_object(m: Token, n: Token, c: Token) -> bool:
    """Repair 41b: "Germany recognized the independence of Kosovo *after talks broke* down", with both
    *independence* and *talks* read as subjects of *broke*, a complement of *recognized*: a verb has one
    subject, so the phrase before the subordinator is the main verb's object (as in repair 41)."""
    o = next((x for x in c.children if x.dep_ in ("nsubj", "nsubj:pass") and x.i < m.i and x.i != n.i), None)
    v = c.head
    if o is None or c.dep_ not in ("ccomp", "advcl", "conj", "parataxis") or not (v.i < o.i < m.i < n.i < c.i):
        return False
    if o.right_edge.i != m.i - 1 or o.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    if v.pos_ != "VERB" or v.lemma_.lower() in REPORTING_VERBS or any(x.dep_ in ("obj", "dobj") for x in v.children):
        return False
    if any(v.doc[k].tag_ not in ("RB", "RP") for k in range(v.i + 1, o.left_edge.i)):
        return False
    o.head, o.dep_ = v, "obj"
    m.head, m.dep_, m.pos_ = c, "mark", "SCONJ"
    c.dep_ = "advcl"
    return True


def _subordinator_on_oblique(m: Token, n: Token) -> bool:
    """Repair 30b: "injured *as policemen resorted* to a lathi-charge", with *policemen* an oblique of
    *injured* and *resorted* (a simple past or a participle ending the clause, no subject or agent) its ``acl``: the past verb is the clause's, its
    subject the noun, the subordinator its marker."""
    v = next((c for c in n.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.pos_ == "VERB" and c.i > n.i), None)
    if v is None:
        return _past_read_as_adjective(m, n) or repair_past_on_span_object(m, n)  # (repair 167)
    if any(c.dep_ in ("nsubj", "nsubj:pass", "mark", "aux", "aux:pass", "obl:agent") for c in v.children):
        return False
    end = v.right_edge.i + 1  # a participle tag only when the clause ends there ("as police *stationed* there
    if v.tag_ == "VBN" and end < len(v.doc) and not (v.doc[end].is_punct or v.doc[end].dep_ == "cc"):
        return False  # watched" is no clause of *stationed*)
    if any(c.i > n.i and c.i < v.i and c.pos_ in ("PUNCT", "ADP", "VERB") for c in n.subtree):
        return False  # only "as NOUN VERBED": nothing but the noun phrase between
    head = n.head
    v.head, v.dep_ = head, "advcl"
    n.head, n.dep_ = v, "nsubj"
    m.head, m.dep_, m.pos_ = v, "mark", "SCONJ"
    return True


def _subordinator_in_object(m: Token, n: Token) -> bool:
    """Repair 41: "Germany expelled two Russian diplomats *after talks broke down*", with *diplomats after
    talks* read as the subject of *broke* and *expelled* left with no object. The subordinator ends the
    main verb's object: the noun phrase before it is the object, the noun after it the later verb's subject,
    the later verb a clause of the main one. The object may carry its own modifiers before the subordinator
    ("rockets at Israeli towns after talks broke down")."""
    o = n.head
    while o.dep_ == "nmod" and o.head.i < o.i and o.pos_ in ("NOUN", "PROPN"):
        o = o.head  # "rockets at Israeli towns after talks": up the object's own modifiers
    c = o.head
    if n.dep_ != "nmod" or o.dep_ not in ("nsubj", "nsubj:pass") or not (o.i < m.i < n.i < c.i):
        return False
    v = c.head
    if c.pos_ not in ("VERB", "AUX") or c.dep_ not in ("ccomp", "advcl", "conj", "parataxis", "xcomp") or v.i >= o.i:
        return False
    if v.pos_ != "VERB" or v.lemma_.lower() in REPORTING_VERBS or any(x.dep_ in ("obj", "dobj", "ccomp") and x.i != c.i for x in v.children):
        return False
    if any(v.doc[k].tag_ not in ("RB", "RP") for k in range(v.i + 1, o.left_edge.i)):
        return False  # only "VERB [object] after NOUN VERB": the object right after the verb
    if any(x.dep_ in ("nsubj", "nsubj:pass", "mark") and x.i != o.i for x in c.children):
        return False
    o.head, o.dep_ = v, "obj"
    n.head, n.dep_ = c, "nsubj"
    m.head, m.dep_, m.pos_ = c, "mark", "SCONJ"
    c.dep_ = "advcl"
    return True
