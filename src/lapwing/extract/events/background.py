"""Sentence-level gate on the events of one sentence, read together (session 14, issue 10: precision).

A sentence that reports an event in its own clause often tells others only as background, and those are
no news of the sentence (a statement by another speaker in a "while" clause is news of its own and stays:
``tests/test_event_contract.py``):

* an act in a relative clause on a participant or a place ("freed a diplomat *it arrested*", "Tolu, *who was
  arrested last year*, ...", "guerrillas *who overran the village last month*", "Salih Muslim, *whom Turkey
  wanted extradited*"), not one on an event noun, whose relative clause tells what happened in that event
  ("an attack *that killed nine people*", "an assault *in which gunmen stormed* the mosque");
* an act named as a point of reference in a since-clause of a superlative or a first ("the biggest turnout
  *since security forces broke up the camp* on June 3").

``background_events`` drops them (protest and force told as earlier, or as someone's claim, in a relative
clause on their doer or victim lose confidence instead: they are still told, just not the news); a sentence
with no main-clause event keeps its other events.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

#: nouns of a happening whose relative clause tells what happened in it (besides the lexicon's trigger nouns)
EVENT_NOUNS = frozenset({
    "attack", "bombing", "blast", "explosion", "raid", "strike", "airstrike", "assault", "ambush", "shooting",
    "clash", "fighting", "violence", "operation", "offensive", "incident", "shelling", "battle", "war", "conflict",
    "crackdown", "protest", "riot", "unrest", "uprising", "siege", "massacre", "fire", "firing", "rampage",
    "standoff", "skirmish", "encounter", "shootout", "gunfight", "crash", "bomb", "rocket", "missile", "mortar",
    "drone", "grenade", "shell", "fire-fight", "firefight", "violation", "campaign",
})
_CLAIMED = ("asserted", "attributed", "future")
_RELATIVE = ("acl:relcl", "relcl")
#: clause links that end the climb: the content of a report, a to-clause, a clause of its own
_STOP = ("ccomp", "parataxis", "csubj", "xcomp", "advcl")


def relative_clause(anchor: Token) -> Token | None:
    """The verb heading the relative clause ``anchor`` sits in, or None: the climb stops at a report's
    content, a to-clause or an adverbial clause (their own status rules read those)."""
    t, n = anchor, 0
    while t.head.i != t.i and n < 8:
        if t.dep_ in _RELATIVE:
            kids = list(t.children)
            if any(c.dep_ == "mark" and c.lower_ == "that" for c in kids) and any(
                    c.dep_ in ("nsubj", "nsubj:pass") and c.tag_ not in ("WP", "WDT") for c in kids):
                return None  # "the announcement *that Ukraine had agreed* to a ceasefire": a noun's content
            return t
        if t.dep_ in _STOP:
            return None
        t = t.head
        n += 1
    return None


#: protest and force: told in a relative clause on its doer or victim, often the news itself ("fired tear gas
#: at demonstrators *who threw stones*"), unless told as earlier
FORCE_ROOTS = frozenset({"14", "17", "18", "19", "20"})
#: words that set a clause before the time of the sentence's news
EARLIER_WORDS = frozenset({"last", "ago", "earlier", "previously", "recently", "formerly", "once", "since"})
#: verbs of a claim put between a relative pronoun and its verb ("who they allege were tortured")
CLAIM_VERBS = frozenset({"say", "allege", "claim", "believe", "report", "suspect", "think", "accuse", "fear"})
#: confidence taken from protest or force told in a relative clause as earlier ("who had been detained")
BACKGROUND_PENALTY = 0.15
_YEAR = re.compile(r"^(1[89][0-9]{2}|20[0-9]{2})$")


def _past_time(rel: Token) -> bool:
    """The relative clause is set at an earlier time: "*last year*", "*late last month*", "in *2013*"."""
    return any(x.lower_ in EARLIER_WORDS or (_YEAR.match(x.text) and x.dep_ != "nummod") for x in rel.subtree)


def _earlier(anchor: Token, rel: Token) -> bool:
    """The relative clause is told as earlier than the news, or as a claim: a pluperfect ("who *had been*
    arrested"), or someone's word ("who *they allege* were tortured")."""
    t, n = anchor, 0
    while n < 8:
        if any(c.dep_ in ("aux", "aux:pass") and c.lower_ in ("had", "'d") for c in t.children):
            return True
        if t.i == rel.i:
            break
        t, n = t.head, n + 1
    for x in rel.subtree:
        if x.i < rel.i and x.lemma_.lower() in CLAIM_VERBS and x.pos_ == "VERB" and any(
                c.dep_ in ("nsubj", "nsubj:pass") for c in x.children):
            return True  # "who *they allege* were tortured", "which *officials say* ...": a claim
    return False


def reference_point(anchor: Token) -> bool:
    """The anchor heads a since-clause that dates a superlative or a first ("the biggest turnout *since
    security forces broke up the camp* in June", "the first visit since ..."): an earlier event named as a
    point of reference."""
    t, n = anchor, 0
    while t.dep_ == "conj" and t.head.i != t.i and n < 3:
        t, n = t.head, n + 1
    if t.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "since" for c in t.children):
        return False
    h = t.head
    near = [h] + [c for c in h.children if c.dep_ in ("nsubj", "obj", "amod", "advmod", "xcomp", "obl")]
    near += [g for c in near[1:] for g in c.children if g.dep_ in ("amod", "advmod")]
    return any(x.tag_ in ("JJS", "RBS") or x.lower_ in ("first", "last", "most", "least") for x in near)


def subordinate_clause(anchor: Token) -> bool:
    """The anchor sits in an adverbial clause or a preposition's clause ("*after* the president threatened ...",
    "to retaliate *for Russia vetoing* ...") below the sentence's main clause."""
    t, n = anchor, 0
    while t.head.i != t.i and n < 8:
        if t.dep_.startswith("advcl") or (t.dep_ in ("acl", "pcomp") and t.tag_ == "VBG"):
            return True
        if t.dep_ in ("ccomp", "parataxis"):
            return False
        t = t.head
        n += 1
    return False


def main_clause(anchor: Token) -> bool:
    """The anchor is its sentence's main verb, or is reached from it through reports, to-clauses and
    conjuncts only (not through a relative, adverbial or noun-modifying clause)."""
    t, n = anchor, 0
    while t.head.i != t.i and n < 10:
        if t.dep_ in ("advcl", "acl", "acl:relcl", "relcl", "csubj"):
            return False
        if t is not anchor and t.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            return False
        t = t.head
        n += 1
    return True


def _event_noun(noun: Token, event_word: Callable[[Token], bool]) -> bool:
    return event_word(noun) or noun.lemma_.lower() in EVENT_NOUNS or noun.lower_ in EVENT_NOUNS


def background_events(events: list, event_word: Callable[[Token], bool] = lambda t: False,
                      min_conf: float = 0.5) -> list:
    """``events``: (Event, trigger index, confidence, Candidate) of one sentence; ``event_word(token)``: the
    token can name an event (a trigger noun of the lexicon). The events told as background to the
    sentence's main-clause event are left out (see the module's docstring)."""
    events = [e for e in events if not reference_point(e[3].anchor)]
    main = [e for e in events if e[0].status in _CLAIMED and main_clause(e[3].anchor)]
    if not main:
        return events
    top = max(e[2] for e in main)
    main_ids = {id(e) for e in main}
    main_anchors = {e[3].anchor.i for e in main}
    out = []
    for e in events:
        ev, anchor = e[0], e[3].anchor
        if id(e) in main_ids or anchor.i in main_anchors or ev.status not in _CLAIMED:
            out.append(e)
            continue
        rel = relative_clause(anchor)
        if rel is not None and ev.cameo[:2] not in FORCE_ROOTS:
            continue  # "freed a diplomat *it arrested*", "the attack, *which the government blamed on* rebels"
        if rel is not None and not _event_noun(rel.head, event_word):
            if _past_time(rel):
                continue  # "rebels who overran the town last month"
            if _earlier(anchor, rel):
                # "the worker who had been taken into custody was released": still told, but not the news
                conf = round(e[2] - BACKGROUND_PENALTY, 3)
                if conf < min_conf:
                    continue
                ev.confidence = conf
                e = (ev, e[1], conf, e[3])
        if subordinate_clause(anchor) and e[2] >= top:
            # "truck drivers called off the strike *after the president threatened* to send troops": the main
            # clause carries the sentence's news, so its event is the more confident
            conf = round(max(top - 0.01, min_conf), 3)
            ev.confidence = conf
            e = (ev, e[1], conf, e[3])
        out.append(e)
    return out
