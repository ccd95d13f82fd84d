"""An arrest told in a participle on the man arrested: "A suspect *arrested* in connection with the shooting was
shot dead ...", "A youth *picked up* by the Division No. 3 police ... has alleged ...", "the two men *taken into
custody* last month", "A patwari *caught* red-handed by the Anti-Corruption Bureau ... was sent to jail".

Regional reports name the arrest in passing, as a reduced relative on its patient, while the sentence tells
something else. The patterns read a participle's patient only when it is passive (an auxiliary or an agent), so
such an arrest with no agent gave no event. Here, after the article's sentences are coded, a past participle
hung on a person or suspect noun whose verb says arrest and nothing else (arrest, detain, apprehend, nab, round up,
pick up, take into custody, catch red-handed or by the police, hold at a station or for questioning) is an
arrest (173) of that noun, by its agent when the agent is a force or an authority, else by no one named (rule
``arrest_in_modifier``). Only when no event was coded on it, and only when it is told as having happened.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from lapwing.extract.events.context_death import CLAIMED, context_event
from lapwing.extract.events.participants import is_coded
from lapwing.extract.events.status import event_status
from lapwing.extract.events.syntax import _cases, lemma_of
from lapwing.extract.events.token_index import in_span, token_indices
from lapwing.schema import Event

#: verbs that say arrest and nothing else (as participles on their patient)
PLAIN = frozenset({"arrest", "detain", "apprehend", "nab", "remand"})
#: sectors of an agent that may arrest
AUTHORITY_SECTORS = frozenset({"COP", "MIL", "GOV", "JUD", "SPY"})


def _arrest_participle(t: Token) -> bool:
    """``t`` is a participle of arrest by its lemma and dependents."""
    lem = lemma_of(t)
    kids = list(t.children)
    prts = {c.lower_ for c in kids if c.dep_ == "compound:prt"}
    obl_words = {w.lower_ for c in kids if c.dep_.startswith("obl") for w in c.subtree}
    if lem in PLAIN:
        return True
    if lem in ("pick", "round") and "up" in prts:
        return True
    if lem == "take" and "custody" in obl_words:
        return True
    if lem == "catch" and ("red-handed" in {w.lower_ for w in t.subtree} or _agent(t) is not None):
        return True
    if lem == "hold" and obl_words & {"station", "custody", "questioning", "lock-up", "lockup", "cell", "cells",
                                      "thana", "police"}:
        return True
    return False


def _agent(t: Token) -> Token | None:
    for c in t.children:
        if c.dep_ == "obl:agent" or (c.dep_.startswith("obl") and "by" in _cases(c)):
            return c
    return None


def arrests_in_modifiers(coder, coded: list[tuple[Span, list[tuple[Event, int]]]]) -> None:
    """Add to ``coded`` (each sentence and its events with their trigger tokens) the arrests told in a participle
    on the man arrested."""
    sets = coder.lex.sets
    people = sets.get("@lx_person", frozenset()) | sets.get("@lx_suspect", frozenset())
    police_words = sets.get("@lx_police", frozenset())
    maybe = token_indices(coder.doc, pos=("VERB",), tag=("VBN",), dep=("acl",))  # (those the first test lets through)
    for sent, evs in coded:
        for t in in_span(maybe, sent) if sent.doc is coder.doc else sent:
            if t.pos_ != "VERB" or t.tag_ != "VBN" or t.dep_ != "acl":
                continue
            n = t.head
            nounish = n.pos_ in ("NOUN", "PROPN") or (n.pos_ == "ADJ" and n.dep_ in ("nsubj", "nsubj:pass", "obj"))
            if not nounish or n.i > t.i or any(ti == t.i for _ev, ti in evs):  # ("A *constable* [ADJ] apprehended")
                continue
            if any(c.dep_ in ("nsubj", "nsubj:pass", "aux", "aux:pass", "mark") for c in t.children):
                continue
            if not (lemma_of(n) in people or n.lower_ in people or (n.pos_ == "PROPN" and n.ent_type_ == "PERSON")):
                continue
            if not _arrest_participle(t):
                continue
            agent = _agent(t)
            src = None
            if agent is not None:
                src = coder.actors.get(agent)
                words = {w.lower_ for w in agent.subtree} | {lemma_of(w) for w in agent.subtree}
                if not ((is_coded(src) and (src.sector or "").upper() in AUTHORITY_SECTORS) or words & police_words):
                    continue  # "picked up by his father"
                if not (is_coded(src) and src.sector):
                    src = None  # a police word with no code of its own: an arrest by no one named
            st = event_status(t)
            if st.status not in CLAIMED or coder.old_year(t):
                continue
            row = coder.lex.cameo.get("173")
            if row is None:
                continue
            tgt = coder.actors.get(n) or coder.actors.uncoded(n, force=True)
            evs.append((context_event(coder, row, src, tgt, st, sent, t, "arrest_in_modifier"), t.i))


#: the sectors of a speaker whose report of an arrest with no doer named tells its own force's arrest
_REPORTING_FORCES = frozenset({"COP", "MIL", "GOV", "SPY"})
_SAY = frozenset({"say", "tell", "report", "announce", "confirm", "state", "add", "tweet", "write"})


def _speaker(t: Token) -> Token | None:
    """The subject of the reporting verb of ``t``'s clause: "a police spokesman *said* 112 people had been
    arrested" (``t`` its complement) or "Forty soldiers were arrested, the ministry *said*" (the verb hung on ``t``)."""
    verbs = [t.head] if t.dep_ in ("ccomp", "parataxis") else []
    verbs += [c for c in t.children if c.dep_ in ("parataxis", "ccomp", "advcl") and c.i > t.i]
    for v in verbs:
        if lemma_of(v) in _SAY:
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
    return None


def arrests_by_their_reporter(coder, coded: list[tuple[Span, list[tuple[Event, int]]]]) -> None:
    """"A police spokesman said 112 people had been arrested", "Forty soldiers were arrested, the defence ministry
    said": an arrest told in the passive with no doer named, reported by the police, the army or a government
    body, is that body's arrest (its source). Only arrests (173) that have no source and are told as having
    happened."""
    doc = coder.doc
    for _sent, evs in coded:
        for k, (ev, ti) in enumerate(evs):
            if ev.source is not None or not ev.cameo.startswith("173") or ev.status not in CLAIMED:
                continue
            subj = _speaker(doc[ti])
            who = coder.actors.get(subj) if subj is not None else None
            if is_coded(who) and (who.sector or "").upper() in _REPORTING_FORCES:
                evs[k] = (ev.model_copy(update={"source": who}), ti)
