"""Parse repair 132 (session 24, round 33): a fronted time phrase with no comma before a counted subject.

"Late Friday around 400 people demonstrated outside parliament" and "On Tuesday evening hundreds of students rallied
in Jakarta" come out verbless: the day the root (or a compound of the subject's head), the crowd a fragment hung on it
and the verb, tagged as a participle, a modifier (``acl``) of the crowd's noun, so the act had no doer, or the day in
its doer's words. When a sentence with no verb root opens with a time phrase, the words after it up to the verb are
one noun phrase that counts people (a plural noun or a number), and the verb has no subject, auxiliary or marker of
its own, no "by" agent and is a crowd's act (``CROWD_ACTS``: march, rally, protest, ...) or has an object, the verb
becomes the root, the noun phrase its subject and the time phrase its oblique. "Late Friday 40 people killed in
floods" (a passive headline) and a verb with a "by" agent are left alone."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lapwing.extract.events.repair_aux_subject import CROWD_ACTS
from lapwing.extract.events.repair_time import _SUBJ_DEPS, _TIME_LEAD, _time_word, _set_head

#: words a fronted time phrase may hold besides time words ("late *on* Friday", "*in the* early hours")
_TIME_GLUE = (_TIME_LEAD - {","}) | {"in", "the", "at", "of", "dawn", "early", "hours", "morning", "evening", "night",
                                     "afternoon", "midday", "noon"}


def _crowd_noun(n: Token) -> bool:
    return n.tag_ in ("NNS", "NNPS", "CD") or any(c.dep_ == "nummod" for c in n.children)


def repair_time_fronted_subject(root: Token, sent: Span) -> bool:
    """Repair 132 on the root of a verbless sentence; True when applied."""
    doc = sent.doc
    k = sent.start
    while k < sent.end and (_time_word(doc[k]) or doc[k].lower_ in _TIME_GLUE):
        k += 1
    prefix = range(sent.start, k)
    if not prefix or not any(_time_word(doc[j]) for j in prefix) or k >= sent.end or _time_word(doc[k]):
        return False
    v = next((t for t in doc[k:sent.end] if t.dep_ in ("acl", "acl:relcl") and t.head.i < t.i
              and (t.pos_ == "VERB" or t.tag_ in ("VBN", "VBD"))), None)
    if v is None:
        return False
    n = v.head
    if n.i < k or n.pos_ not in ("NOUN", "PROPN", "NUM") or not _crowd_noun(n):
        return False
    if any(c.dep_ in _SUBJ_DEPS or c.dep_ in ("aux", "aux:pass", "mark", "cop", "obl:agent", "expl") for c in v.children):
        return False
    if not (v.lemma_.lower() in CROWD_ACTS or any(c.dep_ in ("obj", "dobj") for c in v.children)):
        return False
    if any(not (doc[j].i == n.i or n.is_ancestor(doc[j])) for j in range(k, v.i)):
        return False  # the words between the time phrase and the verb are the subject's phrase only
    if root.i not in prefix and root.i != n.i:
        return False
    tops = [doc[j] for j in prefix if doc[j].head.i not in prefix or doc[j].head.i == j]
    th = next((t for t in reversed(tops) if _time_word(t)), tops[-1] if len(tops) == 1 else None)
    if th is None:
        return False  # ("*Late* on Thursday" with the adverb the root: the phrase's one top word heads it)
    old_root = root
    _set_head(v, v, "ROOT")
    v.pos_ = "VERB"
    if v.tag_ == "VBN":
        v.tag_ = "VBD"
    _set_head(n, v, "nsubj")
    _set_head(th, v, "obl:tmod")
    for t in tops:
        if t.i != th.i:
            _set_head(t, th, t.dep_ if t.dep_ not in ("ROOT", "root", "parataxis") else "compound")
    for t in sent:
        if t.head.i == old_root.i and t.i != old_root.i and t.i not in prefix and t.i != v.i and t.i >= v.i:
            _set_head(t, v, t.dep_)  # (the final stop, a clause after the verb)
    return True



def _time_prefix_of(n: Token, prefix: range) -> bool:
    """The words before ``n`` (``prefix``) are a time phrase only (time words and their glue, one time word at least),
    all inside ``n``'s own phrase."""
    doc = n.doc
    if not all(_time_word(doc[j]) or doc[j].lower_ in _TIME_GLUE for j in prefix):
        return False
    return any(_time_word(doc[j]) for j in prefix) and all(n.is_ancestor(doc[j]) for j in prefix)


def _time_phrase_to_verb(n: Token, v: Token, prefix: range) -> bool:
    """The time phrase hung on ``n`` moves to ``v`` as its oblique, headed by its last time word (the other words of
    the phrase hang on that word); False, with nothing changed, when no word of the phrase hung on ``n`` is a time
    word."""
    tops = [n.doc[j] for j in prefix if n.doc[j].head.i == n.i]
    th = next((t for t in reversed(tops) if _time_word(t)), None)
    if th is None:
        return False
    _set_head(th, v, "obl:tmod")
    for t in tops:
        if t.i != th.i:
            _set_head(t, th, t.dep_)
    return True

def repair_time_in_subject(n: Token) -> bool:
    """Repair 132 on a subject ``n`` whose phrase opens the sentence with a time phrase read as its compounds ("On
    Monday morning scores of lawyers marched": *Monday morning* compounds of *scores*); True when applied. The time
    phrase becomes the verb's oblique."""
    sent, v = n.sent, n.head
    if n.dep_ != "nsubj" or v.pos_ not in ("VERB", "AUX") or v.i < n.i or n.i == sent.start or not _crowd_noun(n):
        return False
    prefix = range(sent.start, n.i)
    return _time_prefix_of(n, prefix) and _time_phrase_to_verb(n, v, prefix)


def repair_time_before_subject(n: Token) -> bool:
    """Repair 158 (session 25, round 39): a fronted time phrase with no comma read as the prepositional phrase of the
    subject's noun: "On Monday *police* opened fire on ...", "on tuesday *constables* lathi-charged ..." with *police*
    an oblique of the verb ("on ... police") and the day its compound, so the act had no doer. When the words before
    the noun are a time phrase only (a time word and its glue: on, late, early, last, the, evening, ...), the noun is
    no time word, and the verb after it is finite with no subject of its own, the noun becomes the verb's subject
    (a passive one with a passive auxiliary) and the time phrase the verb's oblique; True when applied."""
    doc, sent, v = n.doc, n.sent, n.head
    if n.dep_ != "obl" or v.pos_ != "VERB" or v.i < n.i or _time_word(n) or n.i == sent.start:
        return False
    if not (v.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "aux:pass") for c in v.children)):
        return False
    if any(c.dep_ in _SUBJ_DEPS or c.dep_ in ("expl", "mark") for c in v.children):
        return False
    prefix = range(sent.start, n.i)
    if not _time_prefix_of(n, prefix):
        return False
    if any(not n.is_ancestor(doc[j]) and (doc[j].head.i != v.i or doc[j].dep_ not in ("aux", "aux:pass", "advmod", "neg"))
           for j in range(n.i + 1, v.i)):
        return False  # (only the noun's own phrase and the verb's auxiliaries and adverbs between the two)
    if not _time_phrase_to_verb(n, v, prefix):
        return False
    passive = any(c.dep_ in ("aux:pass", "auxpass") for c in v.children)
    _set_head(n, v, "nsubj:pass" if passive else "nsubj")
    return True
