"""Parse repairs 285-287 (session 38, round sa76): sentences that carry two or more acts, each act's doer lost to the
parse of the other.

* 285: "it would expel two diplomats *after police charged* three men": the parser reads "after police" as a
  phrase on the object before it and makes that object the subject of the next verb, so the diplomats "charged" the
  men. The noun after the subordinator is the verb's subject again, the subordinator its ``mark``, the object goes
  back to the verb before it and the clause is an adverbial of that verb. Only when the subordinator's noun is the
  last word before a finite verb and the object sits right after a verb that has no object of its own.
* 286: a participle whose doer is another clause's subject but that hangs where no subject is: "Gunmen stormed a
  village on Monday, *killing* 14 people ..., a spokesman said" (the participle a complement of the closing "said":
  no doer), "The administration said that aircraft had bombed houses overnight, *killing* eight" (an adverbial of the
  opening "said": the sayer became the killer), "Hezbollah responded hours *later by firing* rockets" (the by-gerund
  on the adverb "later": no doer). The participle is re-hung as an adverbial of the clause its comma follows (the
  reported clause, read past words the parse hung on the verb of saying) or of the adverb's verb.
* 287: "Turkish riot police *beat* and detained dozens", "after Cambodian soldiers *shot* and wounded two rangers":
  a past form that is also a noun ("beat", "shot", "hit", "cut") read as a noun with the doer its compound, before
  "and" and a past verb joined to it. The word is a past verb whose subject is the compound's head noun.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.repair_index import RepairIndex
from lapwing.extract.events.repair_particle import _set_head
from lapwing.extract.events.repair_time import _time_word

_SUBORDINATORS = frozenset({"after", "before", "until", "since", "once", "when", "following"})
_FINITE = ("VBD", "VBZ", "VBP")
#: verbs of saying a comma participle may hang on in place of the reported clause it belongs to
_SAYING = frozenset({"say", "tell", "add", "report", "state", "claim", "allege", "announce", "confirm"})
#: participles that are the sayer's own verbal acts ("said the talks had failed, *accusing* Kyiv of stalling"): they
#: stay on the verb of saying
_SPEECH = frozenset({"accuse", "add", "allege", "appeal", "argue", "ask", "blame", "call", "cite", "claim", "comment",
                     "complain", "condemn", "criticise", "criticize", "demand", "denounce", "deny", "describe",
                     "dismiss", "explain", "express", "insist", "label", "note", "praise", "pledge", "point",
                     "promise", "quote", "refer", "reiterate", "reject", "say", "stress", "suggest", "thank",
                     "threaten", "urge", "vow", "warn", "welcome", "brand", "term", "question", "hail", "rule"})
#: past forms that are also nouns, which the parser may read as a noun before "and VERBED"
_NOUN_LIKE_PAST = {"beat": "beat", "shot": "shoot", "hit": "hit", "cut": "cut", "struck": "strike"}


def _lemma(t: Token) -> str:
    return (t.lemma_ or t.lower_).lower()


# ---- 285 ----------------------------------------------------------------------------------------------------------


_CLAUSE_LABELS = ("conj", "parataxis", "dep", "ccomp", "advcl")


def subordinate_object_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """Finite verbs of ``doc`` with a subject before them that has a subordinator phrase on it (repair 285; with
    ``index``, only the finite verbs of those labels are read)."""
    out = []
    for t in doc if index is None else index.tokens(index.find(dep=_CLAUSE_LABELS, tag=_FINITE, pos="VERB")):
        if t.pos_ == "VERB" and t.tag_ in _FINITE and t.dep_ in _CLAUSE_LABELS:
            if any(c.dep_ == "nsubj" and c.i < t.i and any(
                    g.dep_ == "nmod" and g.i > c.i for g in c.children) for c in t.children):
                out.append(t.i)
    return out


def repair_subordinate_object(v: Token) -> bool:
    """Repair 285 on the finite verb ``v``; True when applied."""
    doc = v.doc
    if any(c.dep_ in ("cc", "mark", "nsubj:pass", "expl") for c in v.children):
        return False
    subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None)
    if subj is None:
        return False
    n = next((g for g in subj.children if g.dep_ == "nmod" and g.i > subj.i and g.right_edge.i == v.i - 1), None)
    if n is None or _time_word(n) or n.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    case = [c for c in n.children if c.dep_ == "case" and c.i < n.i]
    if len(case) != 1 or case[0].lower_ not in _SUBORDINATORS or case[0].i != n.left_edge.i:
        return False
    if any(doc[k].text in (",", ";", ":") for k in range(subj.i, v.i)):
        return False
    host = doc[subj.left_edge.i - 1] if subj.left_edge.i > 0 else None
    if host is None or host.pos_ != "VERB" or host.i == v.i or v.is_ancestor(host):
        return False  # (a verb before that hangs inside this verb's clause cannot take the clause: one tree)
    if any(c.dep_ in ("obj", "dobj") for c in host.children):
        return False
    _set_head(subj, host, "obj")
    _set_head(v, host, "advcl")
    _set_head(case[0], v, "mark")
    _set_head(n, v, "nsubj")
    return True


# ---- 286 ----------------------------------------------------------------------------------------------------------


def hung_participle_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """Participles of ``doc`` after a comma on a verb of saying, or with "by" on an adverb (repair 286; with
    ``index``, only the verbs tagged ``VBG`` are read)."""
    out = []
    for t in doc if index is None else index.tokens(index.find(tag="VBG", pos="VERB")):
        if t.tag_ != "VBG" or t.pos_ != "VERB" or t.i < 2:
            continue
        if t.head.pos_ == "VERB" and _lemma(t.head) in _SAYING and doc[t.i - 1].text == "," \
                and _lemma(t) not in _SPEECH \
                and t.dep_ in ("advcl", "ccomp", "xcomp", "conj", "parataxis", "dep"):
            out.append(t.i)
        elif t.head.pos_ == "ADV" and t.head.dep_ == "advmod" and any(
                c.dep_ == "mark" and c.lower_ == "by" for c in t.children):
            out.append(t.i)
    return out


def _reported_clause(say: Token, comma: int) -> Token | None:
    """The clause of ``say`` whose words end right before the comma at ``comma`` (past the words hung on ``say``
    itself, "overnight", "on Monday"), or None."""
    doc = say.doc
    k = comma - 1
    while k > say.i and doc[k].head.i == say.i and doc[k].dep_ in ("advmod", "obl", "obl:tmod", "obl:unmarked", "nmod:tmod"):
        k = doc[k].left_edge.i - 1
    if k < 0 or k == say.i:
        return None
    t = doc[k]
    while t.head.i != say.i and t.head.i != t.i:
        t = t.head
    if t.head.i != say.i or t.dep_ not in ("ccomp", "parataxis", "dep") or t.i == say.i:
        return None
    return t if t.i < comma else None


def repair_hung_participle(p: Token) -> bool:
    """Repair 286 on the participle ``p``; True when applied."""
    doc = p.doc
    if any(c.dep_ in ("nsubj", "nsubj:pass", "expl") for c in p.children):
        return False
    h = p.head
    if h.pos_ == "ADV":
        v = h.head
        if v.pos_ != "VERB" or v.i == p.i:
            return False
        _set_head(p, v, "advcl")
        return True
    clause = _reported_clause(h, p.i - 1)
    if clause is None and h.dep_ in ("conj", "parataxis") and h.head.pos_ == "VERB" and h.head.i < p.i < h.i:
        clause = h.head  # "X stormed a village, killing 14 ..., a spokesman *said*" with "said" joined to "stormed"
    if clause is None or clause.i == p.i:
        return False
    if not any(c.dep_ in ("nsubj", "nsubj:pass") for c in clause.children):
        return False
    _set_head(p, clause, "advcl")
    if doc[p.i - 1].head.i == h.i:
        _set_head(doc[p.i - 1], p, "punct")
    return True


# ---- 287 ----------------------------------------------------------------------------------------------------------


def noun_past_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """Nouns of ``doc`` that are past forms, before "and" and a past verb joined to them (repair 287; with ``index``,
    only those words tagged a noun are read)."""
    out = []
    toks = doc[:-2] if index is None else index.tokens(
        [i for i in index.find(words=_NOUN_LIKE_PAST, tag=("NN", "NNS")) if i < len(doc) - 2])
    for t in toks:
        if t.lower_ in _NOUN_LIKE_PAST and t.tag_ in ("NN", "NNS") and doc[t.i + 1].lower_ == "and" \
                and doc[t.i + 2].tag_ in ("VBD", "VBN") and doc[t.i + 2].head.i in (t.i, t.head.i) \
                and doc[t.i + 2].dep_ == "conj":
            out.append(t.i)
    return out


def repair_noun_past(t: Token) -> bool:
    """Repair 287 on the noun ``t``; True when applied."""
    doc = t.doc
    subj = doc[t.i - 1] if t.i > 0 else None
    if subj is None or subj.head.i != t.i or subj.dep_ != "compound" or subj.pos_ not in ("NOUN", "PROPN") \
            or subj.tag_ not in ("NNS", "NNPS", "NN", "NNP"):
        return False
    if _time_word(subj) or t.dep_ not in ("ROOT", "root", "obl", "conj", "ccomp", "advcl", "parataxis", "dep"):
        return False  # ("fired a warning *shot* and arrested": the object of a verb stays a noun)
    if any(c.dep_ in ("det", "nummod", "nmod:poss") for c in t.children):
        return False  # ("*a* warning shot", "*his* shot": a noun phrase of its own)
    t.pos_, t.tag_, t.lemma_ = "VERB", "VBD", _NOUN_LIKE_PAST[t.lower_]
    _set_head(subj, t, "nsubj")
    for c in list(t.children):  # the subject's own words ("Turkish riot police") go with it
        if c.i < subj.i and c.dep_ in ("amod", "compound", "det", "nummod", "nmod:poss"):
            _set_head(c, subj, c.dep_)
    second = doc[t.i + 2]
    if second.head.i != t.i:  # "after soldiers shot and *wounded* two rangers" with the second verb on the main one
        _set_head(second, t, "conj")
        _set_head(doc[t.i + 1], second, "cc")
    if t.dep_.startswith("obl"):
        case = next((c for c in t.children if c.dep_ == "case" and c.lower_ in _SUBORDINATORS), None)
        if case is not None and t.head.pos_ == "VERB":
            _set_head(case, t, "mark")
            t.dep_ = "advcl"
    return True
