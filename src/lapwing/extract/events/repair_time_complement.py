"""Repairs 148-149 of ``parse_repair``: a verb's complement after a time phrase.

Wire copy puts the day between a verb and what it governs: "The ministry *denied on Monday that* police had
fired ...", "X *said in a statement on Thursday that* ...", "Ethiopia *accused on Tuesday Eritrea* of ...",
"Chile *expelled on Friday the* Bolivian ambassador". The parser then reads the that-clause as a relative clause
(of the subject, or of the time noun) or as a loose ``dep``, and the object as a part of the time phrase
("[Tuesday Eritrea]", "[Friday] [the Bolivian ambassador]"). The verb's complement is lost, and with it the event.

148. (``repair_that_after_time``) A that-clause with its own subject right after "VERB + time phrase" (the
     verb one that takes a that-clause: say, deny, warn, announce, ...) is the verb's ``ccomp``, "that" its
     ``mark``; a verb hung under its own subject as a modifier (``acl``) becomes the root.
149. (``repair_object_after_time``) A noun phrase right after "VERB + on DAY" hung on the time word (or with
     the time word its compound) is the object of an active verb that has none.

Only right after the verb's own time phrase: "the attack on Monday that killed five" (no verb before the time
phrase) and "the report released on Monday that police wrote" (a clause without a subject of its own, or a verb
that takes no that-clause) stay as they are.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_participle import _CHANNEL_REPORTERS
from lapwing.extract.events.repair_time import is_time_word

#: verbs that take a that-clause as what they say, deny or demand
THAT_VERBS = _CHANNEL_REPORTERS | {"demand", "threaten", "suggest", "propose", "assert", "maintain", "charge",
                                   "disclose", "reveal", "signal", "hint", "repeat", "complain", "protest"}
_SUBJ = ("nsubj", "nsubj:pass", "nsubjpass", "csubj")
#: words that lead or join a time phrase ("late on", "early", "earlier this week", "last night")
_LEAD = frozenset({"on", "late", "early", "earlier", "later", "last", "this", "overnight", "at", "around", "by"})
#: channel nouns of "in a statement on Monday"
_CHANNEL = frozenset({"statement", "interview", "speech", "address", "briefing", "communique", "message", "letter",
                      "post", "broadcast", "tweet", "conference", "remarks"})
_QUANTITIES = frozenset({"dozens", "hundreds", "thousands", "scores", "tens", "millions"})
_CHANNEL_DET = frozenset({"a", "an", "its", "his", "her", "their", "the", "joint", "televised", "written", "news",
                          "brief", "short", "separate", "late", "radio", "press"})


def _time(t: Token) -> bool:
    return is_time_word(t.lower_, t.pos_, t.ent_type_)


def _set(t: Token, head: Token, dep: str) -> None:
    t.head = head
    t.dep_ = dep


def _gap_end(v: Token, channel: bool) -> tuple[int, Token] | None:
    """``(k, last time word)``: the index of the first word after the verb's time phrase (with "in a statement"
    when ``channel``), or None when no time word follows the verb there."""
    doc, end = v.doc, v.sent.end
    j, last = v.i + 1, None
    while j < end:
        x = doc[j]
        if _time(x):
            last = x
        elif channel and x.lower_ == "in":
            k = j + 1
            while k < end and doc[k].lower_ in _CHANNEL_DET:
                k += 1
            if k >= end or doc[k].lower_ not in _CHANNEL:
                break
            j = k
        elif not (x.lower_ in _LEAD or (x.like_num and last is not None)):
            break
        j += 1
    return (j, last) if last is not None else None


def repair_that_after_time(v: Token) -> bool:
    """Repair 148: "The Kenyan ministry *denied on Monday that* police had fired on ...": the that-clause after
    the verb's time phrase is its complement. True when applied."""
    if v.pos_ != "VERB" or v.tag_ not in ("VBD", "VBN", "VBZ", "VBP") or v.lemma_.lower() not in THAT_VERBS:
        return False
    if any(c.dep_ in ("ccomp", "obj", "dobj", "aux:pass") for c in v.children):
        return False
    gap = _gap_end(v, channel=True)
    if gap is None:
        return False
    k, _ = gap
    doc = v.doc
    if k >= v.sent.end - 2 or doc[k].lower_ != "that":
        return False
    that, c = doc[k], doc[k].head
    if c.i <= k or c.pos_ not in ("VERB", "AUX") or c.i == v.i:
        return False
    # the clause has a subject of its own after "that" (a relative clause's "that" stands for its subject or object)
    if not any(s.dep_ in _SUBJ and k < s.i < c.i and s.lower_ != "that" for s in c.children):
        return False
    owner = None
    if v.dep_ in ("acl", "acl:relcl"):
        s = v.head  # the verb hung under its own subject ("the ministry [denied ...]")
        if s.i > v.i or s.pos_ not in ("NOUN", "PROPN") or not (
                s.dep_ in ("ROOT", "root") or (s.head.i == c.i and s.dep_ in _SUBJ)):
            return False
        owner = s
    elif v.dep_ not in ("ROOT", "root", "ccomp", "conj", "parataxis", "advcl", "xcomp"):
        return False
    if owner is not None:
        old_root = v.sent.root
        _set(v, v, "ROOT")
        for t in [t for t in owner.children if t.i > c.i and t.is_punct]:
            _set(t, v, "punct")
        _set(owner, v, "nsubj")
        if old_root.i not in (owner.i, c.i, v.i) and old_root.head.i == old_root.i:
            _set(old_root, v, "parataxis")
    _set(c, v, "ccomp")
    _set(that, c, "mark")
    that.pos_, that.tag_ = "SCONJ", "IN"
    return True


def repair_object_after_time(v: Token) -> bool:
    """Repair 149: "Ethiopia *accused on Tuesday Eritrea* of ...", "Chile *expelled on Friday the* Bolivian
    ambassador", "India *summoned late on Tuesday the* Pakistani envoy": the noun phrase after the verb's time
    phrase, read as part of it (or as a bare oblique), is the verb's object. A verb read as a modifier of the
    sentence's root noun before it ("[Police detained] on Saturday dozens of ...") becomes the root, the noun its
    subject. True when applied."""
    if v.pos_ != "VERB" or v.tag_ not in ("VBD", "VBN", "VBZ", "VBP"):
        return False
    kids = list(v.children)
    if any(c.dep_ in ("aux:pass", "ccomp", "xcomp", "cop") for c in kids):
        return False
    owner = None
    if v.dep_ in ("acl", "acl:relcl"):
        s = v.head  # "[Police detained] on Saturday dozens ...": the sentence's root noun with the verb hung on it
        if s.i > v.i or s.dep_ not in ("ROOT", "root") or s.pos_ not in ("NOUN", "PROPN") \
                or any(c.dep_ in _SUBJ or c.dep_ in ("aux", "mark") or c.tag_ in ("WDT", "WP") for c in kids):
            return False
        owner = s
    elif v.dep_ not in ("ROOT", "root", "conj", "ccomp", "parataxis", "advcl"):
        return False
    gap = _gap_end(v, channel=False)
    if gap is None:
        return False
    k, when = gap
    doc = v.doc
    if k >= v.sent.end or when.i != k - 1 or doc[v.i + 1].lower_ not in _LEAD or doc[k].pos_ in (
            "ADP", "SCONJ", "PUNCT", "AUX", "CCONJ", "PRON", "ADV") or doc[k].lower_ == "that":
        return False
    moved: list[Token] = []
    if when.dep_ == "compound" and when.head.i >= k:
        n = when.head  # "[on Tuesday Eritrea]": the day the name's compound
        while n.dep_ in ("compound", "flat") and n.head.i > n.i:
            n = n.head
        if n.head.i != v.i or not (n.dep_.startswith("obl") or n.dep_ in ("obj", "dobj")):
            return False
        moved = [t for t in n.children if t.dep_ == "case" and t.i < when.i]
    else:
        bare = [t for t in kids if t.i >= k and (t.dep_.startswith("obl") or t.dep_ in ("obj", "dobj"))
                and not any(c.dep_ == "case" for c in t.children)]
        hung = [t for t in when.children if t.i >= k and t.dep_ in ("nmod:unmarked", "nmod", "appos", "compound", "dep",
                                                                   "obj", "flat", "nmod:npmod", "npadvmod")]
        if when.head.i != v.i or len(hung) + len(bare) != 1:
            return False
        n = (hung + bare)[0]
    if not (n.pos_ in ("NOUN", "PROPN") or n.tag_ in ("NN", "NNS")) or _time(n) \
            or any(t.dep_ == "case" and t.i > when.i for t in n.children):
        return False
    if any(doc[j].pos_ not in ("DET", "ADJ", "NUM", "PROPN", "NOUN", "PART") for j in range(k, n.i)):
        return False
    if any(c.dep_ in ("obj", "dobj") and c.i != n.i for c in kids):
        return False
    if doc[k].tag_ in ("NNS", "VBZ") and doc[k].lower_ not in _QUANTITIES:
        return False  # "The plan approved on Monday *calls* for ...": a bare plural may be the sentence's own verb
    if owner is not None:
        _set(v, v, "ROOT")
        for t in [t for t in owner.children if t.i > v.i and t.i != n.i]:
            _set(t, v, "punct" if t.is_punct else t.dep_)
        _set(owner, v, "nsubj")
    for c in kids:
        if c.dep_ in ("nsubj:pass", "nsubjpass"):
            c.dep_ = "nsubj"  # an active verb: it has an object
    if v.tag_ == "VBN" and not any(c.dep_ == "aux" for c in v.children):
        v.tag_ = "VBD"
    if n.head.i == v.i and when.head.i != v.i:  # the day, hung on the name, takes the phrase's preposition back
        _set(when, v, "obl")
        for t in moved:
            _set(t, when, "case")
    if n.pos_ == "VERB":
        n.pos_ = "NOUN"
    _set(n, v, "obj")
    return True
