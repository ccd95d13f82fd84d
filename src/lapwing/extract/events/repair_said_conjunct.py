"""Parse repair 224: "X said A was done and accused Y of B" with the second verb read inside what X said.

Rights groups and ministries report a toll and then accuse in one sentence: "The commission said 40 people were
injured *and accused* officers of using live bullets", "The rights group said 12 people were killed and accused
soldiers of firing on the crowd". The parser may hang the verb of accusing or appealing on the reported clause's verb
(a conjunct of "were injured"), so the coder gives it the reported clause's subject ("40 people" accused ...) and an
attributed status; or it reads "accused" as an adjective on the next noun ("*accused* officers"), and the accusation
is lost.

The verb becomes a conjunct of the verb of saying (its subject the speaker's). Only when:

* the verb (``SPEECH_ACTS``: accused, blamed, urged, called, demanded, condemned, criticised, warned) follows
  "and" right after the reported clause and has no subject of its own;
* the reported clause is the complement (``ccomp``) of a verb of saying or reporting and is passive or a copula
  ("were injured", "were killed", "was dead"): its subject is a patient and cannot be the accuser;
* repair 259 (session 33, round lc64): or the complement, in any voice, of a verb of denying or alleging ("the
  relatives denied that he had carried a gun *and accused* officers of ...", "alleged that the police had beaten him
  *and demanded* action"): what a denial or an allegation is followed by is the speaker's own accusation or demand.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.repair_particle import _set_head
from lapwing.extract.events.repair_index import RepairIndex

#: verbs of accusing or appealing that a speaker may add after a report
SPEECH_ACTS = {"accused": "accuse", "blamed": "blame", "urged": "urge", "called": "call", "demanded": "demand",
               "condemned": "condemn", "criticised": "criticise", "criticized": "criticize", "warned": "warn"}
_SAY = frozenset({"say", "report", "tell", "announce", "state", "confirm"})
#: nouns of a state of things or a course of events, which cannot accuse or appeal (repair 241)
SITUATIONS = frozenset({"talks", "meeting", "negotiations", "discussions", "situation", "ceasefire", "truce", "election",
                        "vote", "economy", "process", "summit", "visit", "operation", "deal", "agreement", "relations",
                        "ties", "conditions", "security", "fighting", "violence", "calm", "session", "conference",
                        "dialogue", "crisis", "outbreak", "epidemic", "border", "region", "area"})
#: verbs of a state or a course of events (repair 241)
COURSE_VERBS = frozenset({"go", "end", "remain", "stay", "continue", "hold", "improve", "worsen", "seem", "appear",
                          "become", "grow", "calm", "collapse", "fail", "succeed", "stall", "progress", "proceed",
                          "break", "last", "begin", "start", "resume"})
_ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})


def said_conjunct_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens of ``doc`` that repair 224 is tried on (with ``index``, only its words of ``SPEECH_ACTS`` are read)."""
    toks = doc if index is None else index.tokens(index.find(words=SPEECH_ACTS))
    return [t.i for t in toks if t.lower_ in SPEECH_ACTS and t.i > 0 and doc[t.i - 1].lower_ == "and"]


#: verbs of denying or alleging: an accusation or demand added after the clause is the speaker's (repair 259)
_DENY = frozenset({"deny", "allege"})


def _passive_report(h: Token) -> Token | None:
    """The verb of saying whose passive or copular complement ``h`` is, or None."""
    if h.dep_ == "ccomp" and h.head.i != h.i and h.head.lemma_.lower() in _DENY and h.head.i < h.i:
        return h.head  # 259: "denied that he had owned a gun *and accused* officers of ...", any voice
    if h.dep_ != "ccomp" or h.head.i == h.i or h.head.lemma_.lower() not in _SAY:
        return None
    if any(c.dep_ in ("nsubj:pass", "nsubjpass", "aux:pass", "auxpass", "cop") for c in h.children):
        return h.head
    if _state_of_things(h):
        return h.head  # 241
    return None


def _state_of_things(h: Token) -> bool:
    """Repair 241: ``h`` is an active clause about a state of things ("the talks went well"), with no object."""
    if any(c.dep_ in ("obj", "dobj", "iobj") for c in h.children):
        return False
    subj = next((c for c in h.children if c.dep_ == "nsubj" and c.i < h.i), None)
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_ in _ACTOR_ENTS:
        return False
    if any(c.dep_ in ("compound", "nmod", "nmod:poss", "amod", "conj") and (c.pos_ == "PROPN" or c.ent_type_ in _ACTOR_ENTS)
           for c in subj.children):
        return False  # "the Kenyan team", "Russia's delegation": a noun that may stand for an actor
    from lapwing.extract.events.lexicon_loader import agent_word_sectors, single_word_agents

    word = subj.lower_
    if word in single_word_agents() or word in agent_word_sectors() or subj.lemma_.lower() in single_word_agents():
        return False
    return word in SITUATIONS or subj.lemma_.lower() in SITUATIONS or h.lemma_.lower() in COURSE_VERBS


def repair_said_conjunct(t: Token) -> bool:
    """Repair 224 on the verb (or adjective) ``t`` right after "and"; True when applied."""
    doc = t.doc
    cc = doc[t.i - 1]
    if t.dep_ == "conj" and (t.pos_ == "VERB" or (t.pos_ == "ADJ" and t.tag_ in ("VBN", "VBD"))):
        if any(c.dep_ in ("nsubj", "nsubj:pass", "expl") for c in t.children):
            return False
        say = _passive_report(t.head)
        if say is None:
            return False
        h = t.head
        if t.pos_ == "ADJ":  # 241: "had stalled and *blamed* [ADJ, VBN] Israel"
            t.pos_, t.lemma_ = "VERB", SPEECH_ACTS[t.lower_]
        _set_head(t, say, "conj")
        if cc.head.i != t.i:
            _set_head(cc, t, "cc")
        for k in range(t.i + 1, t.sent.end):
            x = doc[k]
            if x.head.i == h.i and x.dep_ in ("obj", "dobj", "iobj"):
                _set_head(x, t, x.dep_)  # "... were killed and accused *soldiers*": the object left on the clause
            elif x.head.i == h.i and not x.is_punct and x.dep_ not in ("conj", "cc"):
                _set_head(x, t, x.dep_)  # 241: "... and called *on his supporters* to protest"
        if t.tag_ == "VBN" and not any(c.dep_ in ("aux", "aux:pass") for c in t.children):
            t.tag_ = "VBD"
        return True
    if t.dep_ == "amod" and t.head.i > t.i and t.head.dep_ == "conj" and t.head.pos_ in ("NOUN", "PROPN"):
        n = t.head
        if not all(doc[k].head.i == n.i for k in range(t.i + 1, n.i)):
            return False
        say = _passive_report(n.head)
        if say is None:
            return False
        t.pos_, t.tag_, t.lemma_ = "VERB", "VBD", SPEECH_ACTS[t.lower_]
        _set_head(t, say, "conj")
        _set_head(n, t, "obj")
        _set_head(cc, t, "cc")
        return True
    return False


#: verbs that take a reported clause and no person spoken to (repair 243)
_REPORTING = frozenset({"say", "report", "announce", "state", "confirm", "claim", "add", "allege", "insist", "admit",
                        "deny", "believe"})


def said_object_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens of ``doc`` (a document or a sentence) that repair 243 is tried on: a participle or past form on the
    object of a verb of saying (with ``index``, the document's, only its past forms labelled ``acl`` are read)."""
    toks = doc if index is None else index.tokens(index.find(dep="acl", tag=("VBD", "VBN")))
    return [t.i for t in toks if t.dep_ == "acl" and t.tag_ in ("VBD", "VBN") and t.head.dep_ in ("obj", "dobj")
            and t.head.head.lemma_.lower() in _REPORTING]


def repair_said_object_clause(t: Token) -> bool:
    """Repair 243 (session 31, round rp58): "The army said *rebels seized* the town and killed five soldiers", "Police
    said *gunmen shot* two guards": the subject of a clause without "that" read as the object of the verb of saying,
    and the clause's verb as a participle on it (so the act lost its doer). A verb of saying takes no thing said as a
    bare noun followed by such a verb: when the verb is a past tense, or a participle with an object of its own, and
    nothing but the noun's own words stands between the verb of saying, the noun and the verb, the verb is the
    reported clause (``ccomp``) and the noun its subject. Not after a verb with a person spoken to ("told reporters
    gathered ..."), nor a participle with an auxiliary, a by-agent or no object ("said cases *linked* to the outbreak
    ...")."""
    n, say = t.head, t.head.head
    if say.i > n.i or t.i < n.i or any(c.dep_ in ("iobj", "ccomp", "xcomp") for c in say.children):
        return False
    if n.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "case" for c in n.children):
        return False
    kids = list(t.children)
    if any(c.dep_ in ("aux", "aux:pass", "obl:agent", "nsubj", "nsubj:pass", "mark", "cop") for c in kids):
        return False
    if t.tag_ == "VBN" and not any(c.dep_ in ("obj", "dobj") and c.i > t.i for c in kids):
        return False
    doc = t.doc
    if any(doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX", "SCONJ") or doc[k].lower_ == "that"
           for k in range(say.i + 1, t.i)):
        return False
    if not all(doc[k].head.i == n.i or doc[k].head.head.i == n.i or k == n.i for k in range(say.i + 1, t.i)):
        return False
    _set_head(t, say, "ccomp")
    _set_head(n, t, "nsubj")
    t.tag_ = "VBD"
    if t.pos_ != "VERB":
        t.pos_ = "VERB"
    return True
