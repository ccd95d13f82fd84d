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
214. (session 30, in ``_gap_end`` and 149) A particle verb's time phrase after its particle: "Armenia *ruled out
     on Friday any* talks", "the union *called off late on Monday its* strike": the particle is skipped, the
     phrase after the day is the verb's object as in 149 (a that-clause after it its complement as in 148). Round
     sc76: also after an adverb read for the particle ("pushed *back* on Thursday two boats"), with the day read as
     the object's number (``nummod``), and a spelled number after the day no part of a date ("on Thursday *two*").
296. (session 38, round rv77, ``_count_after_day``, ``_noun_of_figure``) A figure after a weekday counts the object,
     not the date ("Kenya deported on Thursday *12* Somali nationals", "freed late on Sunday *30* hostages"): the
     time phrase ends at the day, a figure read as its noun's head gives the noun its place, and a day read as the
     figure's bare modifier (``nmod:unmarked``) is the verb's oblique as in 149. "on Sunday 30 March" keeps its date.

150. (``repair_that_as_argument``) "that" opening a clause read as the clause verb's subject or object although
     the verb has that subject or object after it ("said on Tuesday *that* rebels had killed three soldiers" with
     *that* a second subject, "denied reports *that* soldiers had killed civilians" with *that* a second object)
     is the clause's ``mark``: a verb has one subject and one object, and a relative "that" stands for a missing
     one. A relative clause so freed on a noun becomes the noun's content clause (``acl``), on a verb the verb's
     complement (``ccomp``: round 40, "the simulation *assumes that* rebels seize ..." had kept ``advcl:relcl``,
     where no governor's status was read).

257. (round sc61, ``_copular``) 148 and 150 also on a copular clause, whose head is the predicate noun or adjective:
     "the ministry said on Wednesday *that* rebels were behind the bombing" ("that" read as a second subject, the
     clause a relative clause of the day), "said that Iran was responsible for ..." (the blame lost its target).

258. (round sc61, ``repair_day_on_reported_subject``) With no "that", the day read as a compound of the reported
     clause's subject ("Israel said on [Friday Hamas] fired rockets"): the day is the verb's oblique, the noun the
     clause's subject (when the parse had made it the verb's oblique), and a clause opened by "on" read as an
     adverbial clause ("said on Sunday militants had attacked ...") the verb's complement.

134. (``repair_report_in_time_phrase``) A noun of report ("reports", "claims", "allegations", ...) with a
     that-clause, read as the head of the verb's time phrase ("denied [on Wednesday reports] that soldiers had
     killed ...", the day its compound), is the verb's object and the day the verb's oblique; the that-clause
     after it (hung on the noun, the verb or the verb's subject) is the noun's content clause.

Only right after the verb's own time phrase (148-149): "the attack on Monday that killed five" (no verb before the time
phrase) and "the report released on Monday that police wrote" (a clause without a subject of its own, or a verb
that takes no that-clause) stay as they are.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_participle import _CHANNEL_REPORTERS
from lapwing.extract.events.repair_relative import REPORT_NOUNS
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
#: adverbs the parser reads for a particle ("pushed *back* on Thursday two boats", repair 214 widened in round sc76)
_ADVERB_PARTICLES = frozenset({"back", "out", "off", "away"})
_QUANTITIES = frozenset({"dozens", "hundreds", "thousands", "scores", "tens", "millions"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_CHANNEL_DET = frozenset({"a", "an", "its", "his", "her", "their", "the", "joint", "televised", "written", "news",
                          "brief", "short", "separate", "late", "radio", "press"})


def _time(t: Token) -> bool:
    return is_time_word(t.lower_, t.pos_, t.ent_type_)


def _set(t: Token, head: Token, dep: str) -> None:
    t.head = head
    t.dep_ = dep


def _after_particle(v: Token) -> int:
    """The index after the verb and its particle right after it (repair 214: "ruled *out* on Friday any talks")."""
    doc = v.doc
    prt = v.i + 1 < len(doc) and doc[v.i + 1].head.i == v.i and (doc[v.i + 1].dep_ in ("compound:prt", "prt") or (
        doc[v.i + 1].dep_ == "advmod" and doc[v.i + 1].lower_ in _ADVERB_PARTICLES))  # 214 (an adverb particle: round sc76)
    return v.i + 2 if prt else v.i + 1


def _gap_end(v: Token, channel: bool) -> tuple[int, Token] | None:
    """``(k, last time word)``: the index of the first word after the verb's time phrase (with "in a statement"
    when ``channel``), or None when no time word follows the verb there."""
    doc, end = v.doc, v.sent.end
    j, last = _after_particle(v), None
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
        elif not (x.lower_ in _LEAD or (x.like_num and x.text[:1].isdigit() and last is not None
                                        and not _count_after_day(x, last))):
            break
        j += 1
    return (j, last) if last is not None else None


def _count_after_day(x: Token, last: Token) -> bool:
    """Repair 296: a figure right after a weekday and before a word of no time ("on Sunday *30* hostages") counts
    the object; after a month, or before one ("on Sunday 30 March"), it is the date's day."""
    doc = x.doc
    nxt = doc[x.i + 1] if x.i + 1 < x.sent.end else None
    return last.lower_ in _WEEKDAYS and last.i == x.i - 1 and nxt is not None and not _time(nxt) \
        and nxt.pos_ in ("NOUN", "PROPN", "ADJ")


def _noun_of_figure(n: Token) -> Token:
    """Repair 296: a figure read as the head of its own noun ("on Thursday [12] Somali nationals", the noun hung on
    the figure) gives its place to the noun, the figure the noun's ``nummod``; any other token is returned as is."""
    if n.pos_ != "NUM":
        return n
    nouns = [c for c in n.children if c.i > n.i and c.pos_ in ("NOUN", "PROPN")
             and c.dep_ in ("nmod:unmarked", "nmod", "appos", "compound", "dep", "flat")]
    if len(nouns) != 1 or any(c.dep_ == "case" for c in nouns[0].children) \
            or any(n.doc[j].pos_ not in ("ADJ", "PROPN", "NOUN") for j in range(n.i + 1, nouns[0].i)):
        return n
    noun = nouns[0]
    _set(noun, n.head, n.dep_)
    for c in [c for c in n.children if c.i != noun.i]:
        _set(c, noun, c.dep_)
    _set(n, noun, "nummod")
    return noun


def _copular(c: Token) -> bool:
    """Repair 257 (round sc61): ``c`` is the predicate of a copular clause ("that rebels *were behind the bombing*",
    "that Iran *was responsible* for ..."), a clause as a verb's is for repairs 148 and 150."""
    return c.pos_ in ("NOUN", "PROPN", "ADJ") and any(k.dep_ == "cop" for k in c.children)


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
    if c.i <= k or (c.pos_ not in ("VERB", "AUX") and not _copular(c)) or c.i == v.i:
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


def _subject_verb_before_root_object(v: Token, kids: list[Token]) -> bool:
    """Repair 149, session 29: "The Kremlin *dismissed on Friday* a Ukrainian proposal for a ceasefire" parsed as a
    verbless sentence whose root is the object ("proposal"), with the subject its ``nsubj`` and the verb hung on the
    subject (``acl``): when the root noun's phrase starts right after the verb's time phrase, the verb becomes the
    root, the subject its subject and the root noun its object. True when applied."""
    s = v.head
    if v.dep_ != "acl" or s.i > v.i or s.dep_ not in _SUBJ or any(
            c.dep_ in _SUBJ or c.dep_ in ("aux", "mark", "obj", "dobj") or c.tag_ in ("WDT", "WP") for c in kids):
        return False
    r = s.head
    if r.dep_ not in ("ROOT", "root") or r.pos_ not in ("NOUN", "PROPN") or r.i < v.i:
        return False
    doc = v.doc
    gap = _gap_end(v, channel=False)
    if gap is None or gap[1].i != gap[0] - 1 or doc[v.i + 1].lower_ not in _LEAD or gap[0] > r.i:
        return False
    own = {x.i for x in r.subtree} - {x.i for x in s.subtree}
    if any(j not in own for j in range(gap[0], r.i)):
        return False  # (the root noun's phrase must start right after the time phrase)
    if any(c.dep_ in ("cop", "aux") for c in r.children):
        return False  # ("X, named on Monday, is the new envoy": a copula clause keeps its root)
    _set(v, v, "ROOT")
    _set(s, v, "nsubj")
    for t in [t for t in r.children if t.is_punct and t.i > r.i and t.i == r.sent.end - 1]:
        _set(t, v, "punct")  # (the sentence's final stop)
    _set(r, v, "obj")
    if v.tag_ == "VBN":
        v.tag_ = "VBD"
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
    if _subject_verb_before_root_object(v, kids):
        return True
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
    if k >= v.sent.end or when.i != k - 1 or doc[_after_particle(v)].lower_ not in _LEAD or doc[k].pos_ in (
            "ADP", "SCONJ", "PUNCT", "AUX", "CCONJ", "PRON", "ADV") or doc[k].lower_ == "that":
        return False
    moved: list[Token] = []
    if when.dep_ in ("compound", "nummod", "nmod:unmarked") and when.head.i >= k:  # (nmod:unmarked: 296)
        n = _noun_of_figure(when.head)  # "[on Tuesday Eritrea]": the day the name's compound (a figure: 296)
        while n.dep_ in ("compound", "flat", "nummod") and n.head.i > n.i:  # (nummod: "on [Sunday three] dinghies")
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
    if doc[k].tag_ in ("NNS", "VBZ") and doc[k].lower_ not in _QUANTITIES and not (
            owner is None and k + 1 < len(doc) and doc[k + 1].lower_ in ("from", "by")
            and any(c.dep_ in _SUBJ and c.i < v.i for c in kids)):
        return False  # "The plan approved on Monday *calls* for ...": a bare plural may be the sentence's own verb
        # (not one a from- or by-phrase follows, after a verb with its own subject: "Mexico's president rejected on
        # Friday *calls from* US lawmakers to ...": a verb takes no from-phrase of its speaker)
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


_ARG = {"nsubj": _SUBJ, "nsubj:pass": _SUBJ, "obj": ("obj", "dobj"), "dobj": ("obj", "dobj")}


def repair_day_on_reported_subject(v: Token) -> bool:
    """Repair 258 (round sc61): "Israel *said on Friday Hamas* fired rockets", "Seoul said on Tuesday Pyongyang fired
    ...", "the ministry said on Sunday militants had attacked ...": with no "that", the day read as a compound of the
    reported clause's subject ("[Friday Hamas]"), the subject then an oblique of the verb of saying (its clause left
    without a subject) or "on" the mark of the clause, read as an adverbial clause (not what is said). The day is the
    verb's oblique again, the noun the subject of the clause, and the clause the verb's complement. True when applied."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in THAT_VERBS or any(c.dep_ in ("obj", "dobj") for c in v.children):
        return False
    gap = _gap_end(v, channel=False)
    if gap is None:
        return False
    k, when = gap
    doc = v.doc
    n = when.head
    while n.dep_ in ("compound", "flat", "amod") and n.head.i > n.i:
        n = n.head  # "on [Tuesday [Russian] forces]"
    if when.i != k - 1 or when.dep_ != "compound" or n.i < k or n.pos_ not in ("NOUN", "PROPN") or _time(n):
        return False
    if any(not (n.left_edge.i <= j <= n.right_edge.i) for j in range(k, n.i)):
        return False
    if n.head.i == v.i and (n.dep_.startswith("obl") or n.dep_ == "nmod"):
        c = next((x for x in v.children if x.dep_ == "ccomp" and x.i > n.i and x.left_edge.i >= n.left_edge.i), None)
        if c is None or c.pos_ not in ("VERB", "AUX", "ADJ", "NOUN") or any(
                x.dep_ in _SUBJ or (x.dep_ == "mark" and x.i < c.i) for x in c.children):
            return False  # ("warned on Friday Hamas *that* ...": the noun is the one told)
        if c.pos_ in ("ADJ", "NOUN") and not _copular(c):
            return False
        passive = any(x.dep_ in ("aux:pass", "auxpass") for x in c.children)
        _set(n, c, "nsubj:pass" if passive else "nsubj")
    elif n.dep_ in _SUBJ and n.head.head.i == v.i and n.head.dep_ in ("ccomp", "advcl", "parataxis") and n.head.i > n.i:
        c = n.head
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ not in _LEAD for m in c.children):
            return False  # ("said on Monday *after* ...": a clause of its own)
        c.dep_ = "ccomp"
    else:
        return False
    lead = [t for t in doc[_after_particle(v):when.i] if t.head.i in (n.i, c.i) or t.head.i == when.i]
    _set(when, v, "obl" if any(t.pos_ == "ADP" or t.dep_ in ("case", "mark") for t in lead) else "obl:tmod")
    for t in lead:
        if t.head.i != when.i:
            _set(t, when, "case" if t.pos_ in ("ADP", "SCONJ") or t.dep_ in ("case", "mark") else
                 "compound" if _time(t) else "det" if t.pos_ == "DET" else "amod")
        if t.dep_ == "case" and t.pos_ == "SCONJ":
            t.pos_, t.tag_ = "ADP", "IN"
    return True


def repair_that_as_argument(c: Token) -> bool:
    """Repair 150: "The army said on Tuesday *that* rebels had killed ...", "denied reports *that* soldiers had
    killed civilians": a "that" opening clause ``c`` read as its subject (or object) while ``c`` has a subject (or
    object) of its own after it is the clause's mark. True when applied."""
    if c.pos_ not in ("VERB", "AUX") and not _copular(c):
        return False
    that = next((t for t in c.children if t.lower_ == "that" and t.dep_ in _ARG and t.i < c.i), None)
    if that is None or that.left_edge.i != that.i or c.left_edge.i != that.i:
        return False  # (not the word that opens the clause)
    same = _ARG[that.dep_]
    if not any(t.dep_ in same and t.i != that.i and t.lower_ != "that" and (that.i < t.i) for t in c.children):
        return False  # the clause lacks that argument: a relative "that" may stand for it
    if that.dep_ in ("obj", "dobj") and not any(t.dep_ in _SUBJ and that.i < t.i < c.i for t in c.children):
        return False
    _set(that, c, "mark")
    that.pos_, that.tag_ = "SCONJ", "IN"
    if c.dep_ == "acl:relcl" and c.head.pos_ in ("NOUN", "PROPN"):
        c.dep_ = "acl"
    elif c.dep_ in ("acl:relcl", "advcl:relcl") and c.head.pos_ in ("VERB", "AUX"):
        c.dep_ = "ccomp"  # "assumes *that rebels seize* ...": a that-clause on a verb is its complement (round 40)
    return True




def repair_report_in_time_phrase(n: Token) -> bool:
    """Repair 134: "The army *denied on Wednesday reports that* soldiers had killed civilians": the report noun
    read as the head of the verb's time phrase ("on [Wednesday] reports") is the verb's object; the day keeps the
    preposition as the verb's oblique. True when applied."""
    v = n.head
    if n.lower_ not in REPORT_NOUNS or not n.dep_.startswith("obl") or v.pos_ != "VERB" or v.i > n.i:
        return False
    if any(c.dep_ in ("obj", "dobj", "ccomp") for c in v.children):
        return False
    kids = list(n.children)
    days = [t for t in kids if t.i < n.i and t.dep_ == "compound" and _time(t)]
    case = [t for t in kids if t.i < n.i and t.dep_ == "case"]
    if len(days) != 1 or len(case) != 1 or case[0].i > days[0].i:
        return False
    # the content clause right after the noun: on the noun, or hung on the verb (or its subject) past it
    clause = next((c for c in n.doc[n.i + 1:n.sent.end] if c.dep_ in ("acl", "acl:relcl", "ccomp")
                   and c.head.i in (n.i, v.i, v.head.i) and c.left_edge.i == n.i + 1 and c.pos_ in ("VERB", "AUX")
                   and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
                   and any(m.dep_ in _SUBJ for m in c.children)), None)
    if clause is None:
        return False  # only a report with its content clause after it
    day = days[0]
    if any(not (_time(doc_t) or doc_t.lower_ in _LEAD) for doc_t in n.doc[case[0].i + 1:day.i]):
        return False
    for t in [t for t in kids if t.i <= day.i]:
        _set(t, day, "case" if t.i == case[0].i else t.dep_)
    _set(day, v, "obl")
    _set(n, v, "obj")
    _set(clause, n, "acl")
    return True
