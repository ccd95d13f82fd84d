"""An arrest told in a participle on the man arrested: "A suspect *arrested* in connection with the shooting was
shot dead ...", "A youth *picked up* by the Division No. 3 police ... has alleged ...", "the two men *taken into
custody* last month", "A patwari *caught* red-handed by the Anti-Corruption Bureau ... was sent to jail".

Regional reports name the arrest in passing, as a reduced relative on its patient, while the sentence tells
something else. The patterns read a participle's patient only when it is passive (an auxiliary or an agent), so
such an arrest with no agent gave no event. Here, after the article's sentences are coded, a past participle
hung on a person or suspect noun whose verb says arrest and nothing else (arrest, detain, apprehend, nab, round up,
pick up, take into custody, catch red-handed or by the police, hold at a station or for questioning) is an
arrest (173) of that noun, by its agent when the agent is a force or an authority, else by no one named (rule
``arrest_in_modifier``). Only when no event was coded on it, and only when it is told as having happened; never the
bare participle of an order's small clause ("a court ordered the activist *detained*", round 49: the order's own
pattern codes it, with the court as its source).

Round 38 adds two shapes of the same job, by no one named: a participle of plain arrest *before* its person noun
("the *arrested* men were produced in court", rule ``arrest_before_noun``) and an arrest noun that is the time of the
clause's act ("confessed *after his arrest*", "*following the arrest of* two men, police recovered ...", rule
``arrest_in_time_phrase``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from lapwing.extract.events.clauses import to_clause_on_object
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
            if n.dep_ in ("obj", "dobj") and getattr(to_clause_on_object(n.head), "i", None) == t.i:
                continue  # "a court ordered [the activist] *detained*": the order's content, coded on the order
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
            _add_arrest(coder, evs, sent, t, n, src, st, "arrest_in_modifier")
    _arrests_before_the_noun(coder, coded, people)
    _arrests_in_a_time_phrase(coder, coded, people)


#: the participles of ``PLAIN`` the tagger may read as adjectives ("the *detained* activists")
_PLAIN_PARTICIPLES = frozenset({"arrested", "detained", "apprehended", "nabbed", "remanded"})
#: determiners of a noun that make "the arrested X" no one in particular ("any detained person")
_NO_ONE = frozenset({"any", "no", "every", "each"})


def _arrests_before_the_noun(coder, coded: list[tuple[Span, list[tuple[Event, int]]]], people: frozenset[str]) -> None:
    """(round 38) "The *arrested* men were produced in court", "Police said the *detained* youth had confessed": a
    participle of a plain verb of arrest (arrest, detain, apprehend, nab) right before the person or suspect noun it
    describes tells that the arrest was made. An arrest (173) of the noun by no one named (rule
    ``arrest_before_noun``), when no event was coded on the participle or on the noun's arrest, the clause the noun
    stands in is told as having happened (not "all *arrested* persons must be produced ..."), and the noun is someone
    in particular."""
    maybe = token_indices(coder.doc, pos=("VERB", "ADJ"), dep=("amod",))
    for sent, evs in coded:
        for t in in_span(maybe, sent) if sent.doc is coder.doc else sent:
            if t.dep_ != "amod" or not ((t.pos_ == "VERB" and t.tag_ in ("VBN", "VBD") and lemma_of(t) in PLAIN)
                                        or (t.pos_ == "ADJ" and t.lower_ in _PLAIN_PARTICIPLES)):
                continue
            n = t.head
            if n.i <= t.i or n.pos_ not in ("NOUN", "PROPN") or any(ti == t.i for _ev, ti in evs):
                continue
            if not (lemma_of(n) in people or n.lower_ in people):
                continue
            if any(c.dep_ == "det" and c.lower_ in _NO_ONE for c in n.children) or any(
                    ev.cameo.startswith("173") and ev.target is not None and ev.target.start <= n.idx < ev.target.end
                    for ev, _ti in evs):
                continue  # (the noun's arrest is coded already: "the detained youths were *sent to jail*")
            clause = n.head if n.dep_ not in ("ROOT", "root") else n
            if clause.pos_ in ("VERB", "AUX") and event_status(clause).status not in CLAIMED:
                continue
            st = event_status(t)
            if st.status not in CLAIMED or coder.old_year(t):
                continue
            _add_arrest(coder, evs, sent, t, n, None, st, "arrest_before_noun")


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


#: prepositions that place something after or at an arrest that was made ("*after* his arrest"; not "before": it may
#: not have come)
_TIME_CASES = frozenset({"after", "following", "since", "upon"})
#: nouns of arrest
_ARREST_NOUNS = frozenset({"arrest", "detention"})
#: modifiers that make "arrest" no arrest ("after his *cardiac* arrest")
_NOT_ARREST = frozenset({"cardiac", "heart", "respiratory", "pulmonary", "circulatory"})


def _arrested_of(noun: Token, people: frozenset[str]) -> Token | None:
    """Whom the arrest noun names as arrested: its possessor ("*his* arrest", "*Ravi's* arrest") or the person of its
    of-phrase ("the arrest of *two men*")."""
    for c in noun.children:
        if c.dep_ == "nmod:poss" and (c.pos_ == "PRON" or c.pos_ == "PROPN" or lemma_of(c) in people):
            return c
        if c.dep_ == "nmod" and "of" in _cases(c) and c.i > noun.i and (
                lemma_of(c) in people or c.lower_ in people or (c.pos_ == "PROPN" and c.ent_type_ == "PERSON")):
            return c
    return None


def _arrests_in_a_time_phrase(coder, coded: list[tuple[Span, list[tuple[Event, int]]]], people: frozenset[str]) -> None:
    """(round 38) "The man confessed *after his arrest*", "*Following the arrest of* two men, police recovered a
    pistol": an arrest noun placed as the time of the clause's act tells that the arrest was made, though the noun is
    no report of its own (the coder keeps a bare nominal only with two coded actors). An arrest (173) of the person
    named (a possessor or an of-phrase) by no one named (rule ``arrest_in_time_phrase``), when no event was coded on
    the noun, the clause is told as having happened and it is not dated years back."""
    maybe = token_indices(coder.doc, pos=("NOUN",), forms=_ARREST_NOUNS)  # (the tokens the first test lets through)
    for sent, evs in coded:
        for n in in_span(maybe, sent) if sent.doc is coder.doc else sent:
            if n.pos_ != "NOUN" or n.lower_ not in _ARREST_NOUNS or any(ti == n.i for _ev, ti in evs):
                continue
            if not (_cases(n) & _TIME_CASES) or not n.dep_.startswith("obl") and n.dep_ not in ("nmod", "advcl"):
                continue
            if any(c.dep_ in ("amod", "compound") and c.lower_ in _NOT_ARREST for c in n.children):
                continue
            who = _arrested_of(n, people)
            clause = n.head
            for _ in range(3):  # "confessed to the theft after his arrest" with the phrase hung on the theft
                if clause.pos_ not in ("NOUN", "PROPN") or clause.head.i == clause.i:
                    break
                clause = clause.head
            if who is None or clause.pos_ not in ("VERB", "AUX"):
                continue
            st = event_status(clause)
            if st.status not in CLAIMED or coder.old_year(n) or coder.old_year(clause):
                continue
            _add_arrest(coder, evs, sent, n, who, None, st, "arrest_in_time_phrase")


def _add_arrest(coder, evs: list[tuple[Event, int]], sent: Span, word: Token, person: Token, src, st,
                rule: str) -> None:
    """An arrest (173) of ``person`` told by ``word`` (its trigger), by ``src`` (or no one named), with ``st``'s
    status, added to the sentence's events ``evs`` (the three rules of this module share it)."""
    row = coder.lex.cameo.get("173")
    if row is None:
        return
    tgt = coder.actors.get(person) or coder.actors.uncoded(person, force=True)
    evs.append((context_event(coder, row, src, tgt, st, sent, word, rule), word.i))
