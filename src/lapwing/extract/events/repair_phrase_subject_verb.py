"""Parse repair 231: "SUBJECT of X *clashed* with Y ..., the ministry said" with the verb read as an adjective.

Repair 45d (``repair_verb_after_its_subject``) mends a reported clause whose verb the parser read as an adjective
on the noun right before it ("Police *clashed* with protesters ..., local media reported"). When the subject has a
post-modifier ("Supporters *of the jailed leader* clashed with riot police in the capital, the ministry said",
"Hundreds *of farmers* marched ...") the adjective hangs on the subject's head noun several words back, and the
event is lost.

The verb becomes the verb of the reported clause, the head noun its subject. Only when:

* the word ends in "-ed", is a known past form of a verb and has no subject or auxiliary of its own;
* its head is a noun before it that is the complement (``ccomp``) of a verb of saying after it (or that verb's first
  subject when it has a second one after the comma, as after a dateline), or the last noun of
  that noun's "of" phrase ("Relatives of the detained activists *protested* ..."), and every word between the noun
  and the verb belongs to the noun's post-modifier (no comma, no verb but a participle modifier: "the *jailed* mayor");
* a comma closes the clause before the subject of the verb of saying (checked by repair 45d's rule).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.repair_forms import verb_forms
from lapwing.extract.events.repair_particle import _set_head
from lapwing.extract.events.repair_participle import _ADJ_PARTICIPLES, REPORTING_VERBS
from lapwing.extract.events.repair_verb_after_subject import _reported_clause
from lapwing.extract.events.repair_index import RepairIndex


def phrase_subject_verb_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens of ``doc`` that repair 231 is tried on: "-ed" adjectives hung on a noun two or more words back (with
    ``index``, only its "-ed" words of those labels are read)."""
    toks = doc if index is None else index.tokens(index.find(suffix="ed", dep=("amod", "acl")))
    return [t.i for t in toks if t.dep_ in ("amod", "acl") and t.lower_.endswith("ed") and t.head.i < t.i
            and t.head.dep_ in ("ccomp", "nmod", "nsubj") and t.head.pos_ in ("NOUN", "PROPN")]


def _subject_noun(v: Token) -> Token | None:
    """The noun before ``v`` that is a ``ccomp``: ``v``'s head, or the noun whose "of" phrase ``v``'s head ends."""
    p = v.head
    for _ in range(4):
        if p.dep_ == "ccomp" or p.dep_ == "nsubj" and p.head.i > v.i and any(
                c.dep_ == "nsubj" and c.i > v.i for c in p.head.children):
            # (or the speaker's verb's first subject: "DATELINE - Supporters of X clashed ..., the ministry said")
            return p if p.i < v.i - 1 else None  # (right before the verb: repair 45d's case)
        if p.dep_ != "nmod" or p.head.i >= p.i or p.head.pos_ not in ("NOUN", "PROPN"):
            return None
        p = p.head
    return None


def _in_phrase(p: Token, v: Token) -> bool:
    """Whether every word between ``p`` and ``v`` hangs (through words before ``v``) on ``p``, with no comma or verb."""
    doc = p.doc
    for k in range(p.i + 1, v.i):
        t = doc[k]
        if t.text in (",", ";", ":", "(", ")", "-", "--") or t.pos_ in ("VERB", "AUX") and t.dep_ != "amod":
            return False
        h, seen = t, 0
        while h.i != p.i:
            if h.head.i == h.i or not p.i < h.head.i < v.i and h.head.i != p.i or seen > 20:
                return False
            h, seen = h.head, seen + 1
    return True


def repair_phrase_subject_verb(v: Token) -> bool:
    """Repair 231 on the "-ed" word ``v``; True when applied."""
    if v.lower_ in _ADJ_PARTICIPLES or not verb_forms().get(v.lower_):
        return False
    p = _subject_noun(v)
    if p is None:
        return False
    r = p.head
    if  r.i <= v.i or r.pos_ not in ("VERB", "AUX") or r.lemma_.lower() not in REPORTING_VERBS:
        return False
    if any(c.dep_ in ("nsubj", "nsubj:pass", "aux", "aux:pass", "cop") for c in v.children):
        return False
    if not _in_phrase(p, v):
        return False
    if v.head.i != p.i:
        n = v.head
        _set_head(v, p, "acl")  # "Relatives of the detained activists *protested*": hung on the phrase's last noun
        while n.i != p.i:  # "..., *leaving* five injured" hung on that noun too: the clause's
            for c in list(n.children):
                if c.i > v.i and c.dep_ not in ("punct", "cc", "conj"):
                    _set_head(c, p, "advcl" if c.tag_ == "VBG" else c.dep_)
            n = n.head
    return _reported_clause(v, p, r)
