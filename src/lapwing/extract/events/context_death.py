"""A death told after the act that caused it: "Police opened fire on the car. *The driver died* on the way
to hospital", "The team returned fire. The three were hit and *died at the scene*", "A youth who was hit by a
police bullet ... *succumbed* to his injuries", "A man picked up by police ... *died* two days later".

Regional reports tell a police killing in steps: the firing (or the beating, or the arrest) in one sentence or
clause, the death with no agent in a later one. The death verb alone names no killer, so no event, or one with
no source, was coded. Here, after the article's sentences are coded, a death with no named killer takes the
nearest claimed act of the police or an army before it (in its own sentence before the death word, or in the
two sentences before): a firing, a fight or a beating gives a killing by that force (rule
``death_after_force+context``); an arrest or detention whose verb describes the dead man himself ("a man
*held* at the police station died", "a suspect *picked up* by police died") gives a death in custody (173,
rule ``death_in_custody+context``). Not when the death has another cause in its phrase (an accident, an
illness, a blast: ``accident_cause`` and the words below), when the dead man is himself police or soldier, when
another armed actor's attack on someone who is not police stands between the two, or when the death is not
told as having happened (status future, negated, hypothetical) or is old.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from lapwing.extract.events.coding import make_event
from lapwing.extract.events.gates import accident_cause
from lapwing.extract.events.participants import is_coded
from lapwing.extract.events.status import event_status
from lapwing.extract.events.syntax import lemma_of
from lapwing.schema import Event

#: the sectors whose firing or beating is a killing when a death follows
FORCE_SECTORS = frozenset({"COP", "MIL"})
#: acts of a force that can cause a death (CAMEO prefixes): fights and firing, beating and assault
KILLING_ACTS = ("190", "193", "194", "195", "180", "182", "183")
#: causes in a death's phrase that are not the force's act
OTHER_CAUSES = frozenset({"blast", "explosion", "bomb", "ied", "attack", "ambush", "bombing", "suicide", "illness",
                          "disease", "heart", "cardiac", "stroke", "overdose", "poisoning", "infection", "cancer",
                          "covid", "fever", "jaundice", "malaria", "cholera", "hunger", "starvation", "snakebite",
                          "age", "cause", "causes", "complication", "complications"})
#: where a death is no longer the police's: jail and court custody
NOT_POLICE_CUSTODY = frozenset({"jail", "prison", "judicial", "gaol", "penitentiary"})
#: words for the dead that are police or soldiers themselves
FORCE_WORDS = frozenset({"police", "policeman", "policemen", "policewoman", "cop", "officer", "constable", "jawan",
                         "soldier", "trooper", "personnel", "inspector", "sub-inspector", "sergeant", "corporal",
                         "reservist", "guard", "ranger", "commando", "askari", "sepoy", "havildar", "hawaldar"})
CLAIMED = ("asserted", "attributed")
WINDOW = 2  # sentences before the death's own


def death_victim(t: Token) -> Token | None:
    """If ``t`` tells a death with no killer named in its clause, the dead (its subject), else None:
    died / succumbed / perished; pronounced, declared, found or confirmed dead; fatally (mortally) wounded, injured,
    hit or shot; killed with no agent."""
    lem = lemma_of(t)
    kids = list(t.children)
    subj = next((x for x in kids if x.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is None and t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX"):
        # "The three were hit *and died* at the scene": the first verb's subject
        subj = next((x for x in t.head.children if x.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is None or subj.tag_ in ("WP", "WDT"):
        subj = t.head if t.dep_ in ("acl:relcl", "acl") and t.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM") else None
        if subj is None:
            return None
    if t.pos_ not in ("VERB", "AUX") and not (t.pos_ == "ADJ" and lem == "dead"):
        return None
    if any(x.dep_ in ("obl:agent",) or (x.dep_.startswith("obl") and any(
            c.lower_ == "by" and c.dep_ == "case" for c in x.children)) for x in kids):
        return None  # "killed by ...": the killer is named (coded by the patterns, or not police)
    if lem in ("die", "succumb", "perish"):
        return subj
    if lem in ("pronounce", "declare", "confirm", "certify", "find") and any(x.lower_ == "dead" for x in kids):
        return subj
    if lem in ("wound", "injure", "hit", "shoot") and any(x.lower_ in ("fatally", "mortally") for x in kids):
        return subj
    if lem in ("shoot", "gun") and any(x.dep_ in ("aux:pass", "nsubj:pass") for x in kids) \
            and any(x.lower_ in ("dead", "down") for x in kids):
        return subj  # "was shot dead", "were gunned down" with no agent
    if lem == "kill" and any(x.dep_ in ("aux:pass", "nsubj:pass") for x in kids):
        return subj
    return None


#: what a death "after / of / from" may name and still be the force's doing
VIOLENT_CAUSES = frozenset({"injury", "wound", "gunshot", "bullet", "firing", "fire", "shooting", "beating", "torture",
                            "assault", "encounter", "exchange", "shootout", "shoot-out", "gunfight", "crossfire",
                            "clash", "lathi-charge", "lathicharge", "charge", "hit", "pellet", "blow",
                            "bleeding", "haemorrhage", "hemorrhage", "arrest", "detention", "custody", "interrogation",
                            "hour", "day", "week", "minute", "moment", "incident", "operation", "raid"})


def _other_cause(t: Token) -> bool:
    """The death's own phrase names another cause: an accident or disaster, an illness, a blast, or a noun
    after "after / of / from / following" that is no act of violence ("died *after a caesarean*")."""
    if accident_cause(t) is not None:
        return True
    for x in t.children:
        if x.dep_.startswith(("obl", "advcl", "nmod")) and x.i > t.i:
            words = {w.lower_ for w in x.subtree} | {lemma_of(w) for w in x.subtree}
            if words & OTHER_CAUSES and "police" not in words:
                return True
            cases = {c.lower_ for c in x.children if c.dep_ in ("case", "mark")}
            if x.pos_ == "NOUN" and cases & {"after", "of", "from", "following"} and lemma_of(x) not in VIOLENT_CAUSES \
                    and x.lower_ not in VIOLENT_CAUSES:
                return True
    return False


def _is_force(actor) -> bool:
    return actor is not None and (actor.sector or "").upper() in FORCE_SECTORS


def _force_word(tok: Token, actor) -> bool:
    if _is_force(actor):
        return True
    return any(w.lower_ in FORCE_WORDS or lemma_of(w) in FORCE_WORDS for w in tok.subtree if w.i <= tok.i) \
        or tok.lower_ in FORCE_WORDS or lemma_of(tok) in FORCE_WORDS


def deaths_after_force(coder, coded: list[tuple[Span, list[tuple[Event, int]]]]) -> list[list[tuple[Event, int]]]:
    """For each coded sentence (``coded``: the sentence and its events with their trigger tokens, in order), the
    events to add: a death told after a force's act with that force as its killer (or custodian). Events of the
    death's own trigger with no source are given the force as source in place (rule suffix ``+context``)."""
    doc = coder.doc
    added: list[list[tuple[Event, int]]] = [[] for _ in coded]
    for si, (sent, evs) in enumerate(coded):
        for t in sent:
            if t.pos_ not in ("VERB", "AUX", "ADJ"):
                continue
            victim = death_victim(t)
            if victim is None:
                continue
            own = [ev for ev, ti in evs if ti == t.i]
            if any(ev.source is not None for ev in own):
                continue  # the patterns named the killer
            vact = coder.actors.get(victim)
            if _force_word(victim, vact):
                continue  # a policeman or a soldier who died
            if _other_cause(t):
                continue
            st = event_status(t)
            if st.status not in CLAIMED or coder.old_year(t):
                continue
            act = _nearest_act(coded, si, t, victim)
            if act is None:
                continue
            p, custody = act
            if custody and {w.lower_ for w in sent} & NOT_POLICE_CUSTODY:
                continue  # "died in judicial custody", "in jail": no longer the police's
            src = p.source.model_copy(update={"rule": (p.source.rule or "actor") + "+context"})
            if own:
                for ev in own:
                    if ev.cameo[:2] in ("18", "19", "20"):
                        ev.source = src
                        ev.rule = (ev.rule or "event") + "+context"
                continue
            if custody:
                code, rule = "173", "death_in_custody+context"
            else:
                code = p.cameo if p.cameo[:2] == "19" else ("1823" if p.cameo[:2] == "18" else "193")
                rule = "death_after_force+context"
            row = coder.lex.cameo.get(code)
            if row is None:
                continue
            tgt = vact if is_coded(vact) else coder.actors.uncoded(victim, force=True)
            ev = make_event(row, coder.lex, src, tgt, st.status, sent, t, rule, 0.55)
            if st.reporter is not None:
                ev.attributed_to = coder.actors.get(st.reporter) or coder.actors.uncoded(st.reporter, force=True)
            _place_and_date(coder, ev, t)
            added[si].append((ev, t.i))
    return added


def _nearest_act(coded, si: int, t: Token, victim: Token) -> tuple[Event, bool] | None:
    """The nearest claimed act of a force before the death ``t`` (same sentence before it, or the ``WINDOW``
    sentences before), with True when it is a custody (an arrest whose verb describes the dead man), or None
    (also when another armed actor's violence on a non-force target comes between)."""
    doc = t.doc
    vsub = {x.i for x in victim.subtree}
    for sj in range(si, max(-1, si - WINDOW - 1), -1):
        evs = coded[sj][1]
        for ev, ti in sorted(evs, key=lambda e: -e[1]):
            if sj == si and ti >= t.i:
                continue
            if ev.status not in CLAIMED:
                continue
            code = ev.cameo or ""
            if _is_force(ev.source):
                if code.startswith(KILLING_ACTS):
                    return ev, False
                if code.startswith("173") and sj == si and ti in vsub and "death" not in (ev.rule or ""):
                    return ev, True  # "a man *held* at the police station died"
                continue
            if code[:2] in ("18", "19", "20") and is_coded(ev.source) and not _is_force(ev.target) \
                    and ev.target is not None:
                return None  # others attacked someone: the death may be theirs
    return None


def _place_and_date(coder, ev: Event, t: Token) -> None:
    if coder.place_fn is not None:
        try:
            ev.place = coder.place_fn(coder.ctx, t)
        except Exception:
            ev.place = None
    if coder.date_fn is not None:
        try:
            val, source = coder.date_fn(coder.ctx, t)
            ev.date, ev.date_source = val, (source if val else None)
        except Exception:
            pass
