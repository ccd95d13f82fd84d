"""A death told after the act that caused it: "Police opened fire on the car. *The driver died* on the way
to hospital", "The team returned fire. The three were hit and *died at the scene*", "A youth who was hit by a
police bullet ... *succumbed* to his injuries", "A man picked up by police ... *died* two days later".

Regional reports tell a police killing in steps: the firing (or the beating, or the arrest) in one sentence or
clause, the death with no agent in a later one. The death verb alone names no killer, so no event, or one with
no source, was coded. Here, after the article's sentences are coded, a death with no named killer takes the
claimed act of the police or an army that its own clauses tell ("a youth *who was hit by a police bullet*
...", "died *after he was clubbed by police officers*"), or else the nearest one before it (in its own sentence
before the death word, or in the two sentences before): a firing, a fight or a beating gives a killing by that
force (rule ``death_after_force+context``); an arrest or detention whose verb describes the dead man himself ("a
man *held* at the police station died", "a suspect *picked up* by police died") gives a death in custody (173,
rule ``death_in_custody+context``). First, ``abuse_in_custody`` gives the police the beatings and torture told
with no doer in a lock-up ("he was beaten in the cell"). Not when the death has another cause in its phrase (an accident, an
illness, a blast: ``accident_cause`` and the words below), when the dead man is himself police or soldier, when
another armed actor's attack on someone who is not police stands between the two, or when the death is not
told as having happened (status future, negated, hypothetical) or is old.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from lapwing.extract.events.arguments import _FIGHT_NOUNS
from lapwing.extract.events.coding import make_event
from lapwing.extract.events.context_attacked import attacked_force
from lapwing.extract.events.accident_gates import accident_cause
from lapwing.extract.events.participants import is_coded
from lapwing.extract.events.status import event_status
from lapwing.extract.events.syntax import lemma_of
from lapwing.extract.events.token_index import in_span, token_indices
from lapwing.schema import Event
from lapwing.extract.events.parse_memo import children_of

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
#: uses of force (175) by rules of firing or charging, which a death may follow ("fired rubber bullets", "lathi-charged")
FIRING_FORCE = re.compile(r"fire|bullet|shell|pellet|shoot|lathi|baton|charge")
WINDOW = 2  # sentences before the death's own
#: a force's act on these is a defence against an attack ("air defences *shot down* 40 of the drones"), not what
#: killed the dead told after it: the attack's side is the killer, or no one named
MUNITIONS = re.compile(r"\b(drones?|missiles?|rockets?|projectiles?|shells?|uavs?|munitions?|warheads?)$", re.I)


#: every lemma ``death_victim`` can find a victim for (any other gives None): a new lemma there goes here too
DEATH_LEMMAS = frozenset({"die", "succumb", "perish", "pronounce", "declare", "confirm", "certify", "find", "wound",
                          "injure", "hit", "shoot", "gun", "kill"})


def death_victim(t: Token) -> Token | None:
    """If ``t`` tells a death with no killer named in its clause, the dead (its subject), else None:
    died / succumbed / perished; pronounced, declared, found or confirmed dead; fatally (mortally) wounded, injured,
    hit or shot; killed with no agent."""
    lem = lemma_of(t)
    if lem not in DEATH_LEMMAS:
        return None  # (no test below holds: each asks for one of these lemmas)
    kids = list(children_of(t))
    subj = next((x for x in kids if x.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is None and t.dep_ in ("conj", "advcl", "parataxis") and t.head.pos_ in ("VERB", "AUX"):
        # "The three were hit *and died* at the scene"; "A labourer, who ... was beaten by policemen ...,
        # *succumbed*" with the death hung on the beating: the first verb's subject
        subj = next((x for x in children_of(t.head) if x.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is not None and subj.tag_ in ("WP", "WDT") and subj.head.dep_ == "acl:relcl":
        subj = subj.head.head  # "a wager *who* was picked up by police ... died": the relative's noun
    if subj is None or subj.tag_ in ("WP", "WDT"):
        subj = t.head if t.dep_ in ("acl:relcl", "acl") and t.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM") else None
        if subj is None:
            return None
    if t.pos_ not in ("VERB", "AUX") and not (t.pos_ == "ADJ" and lem == "dead"):
        return None
    if any(x.dep_ in ("obl:agent",) or (x.dep_.startswith("obl") and any(
            c.lower_ == "by" and c.dep_ == "case" for c in children_of(x))) for x in kids):
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
    if lem == "kill" and (any(x.dep_ in ("aux:pass", "nsubj:pass") for x in kids) or (t.tag_ == "VBN" and any(
            x.dep_ == "aux" and x.lower_ in ("was", "were", "been", "be", "being") for x in kids))):
        return subj  # (also "was killed" with the auxiliary read as an active one)
    return None


#: what a death "after / of / from" may name and still be the force's doing
VIOLENT_CAUSES = frozenset({"injury", "wound", "gunshot", "bullet", "firing", "fire", "shooting", "beating", "torture",
                            "assault", "encounter", "exchange", "shootout", "shoot-out", "gunfight", "crossfire",
                            "clash", "lathi-charge", "lathicharge", "charge", "hit", "pellet", "blow",
                            "bleeding", "haemorrhage", "hemorrhage", "arrest", "detention", "custody", "interrogation",
                            "hour", "day", "week", "minute", "moment", "incident", "operation", "raid"})


def _other_cause(t: Token, skip: Token | None = None) -> bool:
    """The death's own phrase names another cause: an accident or disaster, an illness, a blast, or a noun
    after "after / of / from / following" that is no act of violence ("died *after a caesarean*"). ``skip``: a
    clause of the death not to read (the force's coming under attack, ``context_attacked``)."""
    h = accident_cause(t)
    if h is not None and lemma_of(h) not in _FIGHT_NOUNS and h.lower_ not in ("firing", "shooting", "gunfire") \
            and (skip is None or h not in skip.subtree):
        return True  # (not "killed in an exchange *of fire* with the guard": a fight)
    for x in children_of(t):
        if x.dep_.startswith(("obl", "advcl", "nmod")) and x.i > t.i and (skip is None or x.i != skip.i):
            words = {w.lower_ for w in x.subtree} | {lemma_of(w) for w in x.subtree}
            if words & OTHER_CAUSES and "police" not in words:
                return True
            cases = {c.lower_ for c in children_of(x) if c.dep_ in ("case", "mark")}
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


def _station_holder(coder, t: Token):
    """The police of the station in a custody death's own phrase ("died in custody *at the Hazratganj police
    station*"): the custody is that station's, as (force, code, custody) for ``_nearest_act``'s callers; else None."""
    for w in t.subtree:
        if w.lower_ not in ("station", "thana", "kotwali", "lock-up", "lockup", "outpost") or w.i < t.i:
            continue
        for m in children_of(w):
            actor = coder.actors.get(m) if m.dep_ in ("compound", "amod", "nmod") and m.i < w.i else None
            if actor is not None and getattr(actor, "sector", None) == "COP":
                return actor, "173", True
    return None


#: verbs of ill-treatment that, done to a man in a police lock-up, are the police's
CUSTODY_ABUSE = {"beat": "182", "torture": "1822", "assault": "182", "thrash": "182", "kick": "182", "flog": "182",
                 "club": "182", "cane": "182", "whip": "182", "electrocute": "1822"}
#: places of police custody ("beaten *in the lock-up*", "tortured *at the police station*")
CUSTODY_PLACES = re.compile(r"lock\s?-?\s?up|\bcells?\b|custody|station|\bthana\b|remand|interrogation|"
                            r"\bchowki\b|outpost")


def abuse_in_custody(coder, coded: list[tuple[Span, list[tuple[Event, int]]]]) -> None:
    """"He was beaten in the cell", "had been tortured at the police station during interrogation": ill-treatment
    in a police lock-up told in the passive with no doer is the police's, the nearest police force named before
    it in the article (rule suffix ``+context``). An event of that verb with no source gets it in place; with
    none, one is added to its sentence (``coded`` is changed)."""
    mentions = coder.ctx.data.get("actors") or ()
    maybe = token_indices(coder.doc, lemmas=CUSTODY_ABUSE.keys())  # (the tokens the first test lets through)
    for si, (sent, evs) in enumerate(coded):
        for t in in_span(maybe, sent) if sent.doc is coder.doc else sent:
            code = CUSTODY_ABUSE.get(lemma_of(t))
            if code is None or t.pos_ != "VERB":
                continue
            kids = list(children_of(t))
            head_kids = list(children_of(t.head)) if t.dep_ == "conj" else []  # "was hung upside down *and beaten*"
            if not any(x.dep_ in ("aux:pass", "nsubj:pass") for x in kids + head_kids) or any(
                    x.dep_ == "obl:agent" or (x.dep_.startswith("obl") and any(c.lower_ == "by" for c in children_of(x)))
                    for x in kids):
                continue
            places = " ".join(t.doc[x.left_edge.i:x.right_edge.i + 1].text.lower()
                              for x in kids + head_kids if x.dep_.startswith("obl"))
            if not CUSTODY_PLACES.search(places):
                continue
            own = [ev for ev, ti in evs if ti == t.i]
            if any(ev.source is not None for ev in own):
                continue
            police = None
            for m in mentions:
                a = getattr(m, "actor", None)
                if a is None or a.start >= t.idx:
                    break
                if (a.sector or "").upper() == "COP":
                    police = a
            st = event_status(t)
            if police is None or st.status not in CLAIMED or coder.old_year(t):
                continue
            src = police.model_copy(update={"rule": (police.rule or "actor") + "+context"})
            if own:
                for ev in own:
                    ev.source, ev.rule = src, (ev.rule or "event") + "+context"
                continue
            row = coder.lex.cameo.get(code)
            victim = next((x for x in kids + head_kids if x.dep_ == "nsubj:pass"), None)
            if row is None or victim is None:
                continue
            tgt = coder.actors.get(victim) or coder.actors.uncoded(victim, force=True)
            evs.append((context_event(coder, row, src, tgt, st, sent, t, "abuse_in_custody+context"), t.i))


def deaths_after_force(coder, coded: list[tuple[Span, list[tuple[Event, int]]]]) -> list[list[tuple[Event, int]]]:
    """For each coded sentence (``coded``: the sentence and its events with their trigger tokens, in order), the
    events to add: a death told after a force's act with that force as its killer (or custodian). Events of the
    death's own trigger with no source are given the force as source in place (rule suffix ``+context``)."""
    abuse_in_custody(coder, coded)
    added: list[list[tuple[Event, int]]] = [[] for _ in coded]
    # (the tokens the first tests let through: a verb or adjective whose lemma a death may have)
    maybe = token_indices(coder.doc, pos=("VERB", "AUX", "ADJ"), lemmas=DEATH_LEMMAS)
    for si, (sent, evs) in enumerate(coded):
        for t in in_span(maybe, sent) if sent.doc is coder.doc else sent:
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
            attacked = attacked_force(coder, t, victim)  # "gunmen were killed when a police patrol came under attack"
            if _other_cause(t, attacked[3] if attacked else None):
                continue
            st = event_status(t)
            if st.status not in CLAIMED or coder.old_year(t):
                continue
            act = attacked[:3] if attacked else _nearest_act(coder, coded, si, t, victim)
            if act is None and any("death_in_custody" in (ev.rule or "") for ev in own):
                act = _station_holder(coder, t)  # "died in custody *at the Thakurganj police station*"
            if act is None:
                continue
            force, pcode, custody = act
            if custody and {w.lower_ for w in sent} & NOT_POLICE_CUSTODY:
                continue  # "died in judicial custody", "in jail": no longer the police's
            src = force.model_copy(update={"rule": (force.rule or "actor") + "+context"})
            if own:
                for ev in own:
                    if ev.cameo[:2] in ("18", "19", "20") or (custody and "death_in_custody" in (ev.rule or "")):
                        # (a death "in custody" of no one named: the custody of the force that took him)
                        ev.source = src
                        ev.rule = (ev.rule or "event") + "+context"
                continue
            if custody:
                code, rule = "173", "death_in_custody+context"
            else:
                code = pcode if pcode[:2] == "19" else ("1823" if pcode[:2] == "18" else "193")
                rule = "death_after_force+context"
            row = coder.lex.cameo.get(code)
            if row is None:
                continue
            tgt = vact if is_coded(vact) else coder.actors.uncoded(victim, force=True)
            added[si].append((context_event(coder, row, src, tgt, st, sent, t, rule), t.i))
    return added


#: verbs of violence whose by-agent, in a clause on the dead, is the killer ("a farmer *who was beaten by
#: policemen* ... died")
FORCE_VERBS = frozenset({"beat", "shoot", "hit", "torture", "assault", "thrash", "club", "cane", "kick", "injure",
                         "wound", "attack", "lathi-charge", "baton-charge", "bludgeon", "whip", "flog", "manhandle"})


def _clauses(t: Token, victim: Token) -> set[int]:
    """The tokens of the death's own clauses: the dead man's phrase, and the death verb's dependents (of a
    joined verb, only its "when / as / after" clause: "a youth died and six were injured *when police
    resorted to firing*")."""
    out = {x.i for x in victim.subtree}
    for c in children_of(t):
        if c.dep_ == "conj":
            for d in children_of(c):
                if d.dep_ == "advcl" and any(m.lower_ in ("when", "as", "after") for m in children_of(d)):
                    out |= {x.i for x in d.subtree}
        elif c.dep_ not in ("punct", "cc"):
            out |= {x.i for x in c.subtree}
    return out


def _own_act(coder, evs, t: Token, victim: Token) -> tuple | None:
    """A claimed act of a force told in the death's own clauses, as (source, code, custody): a clause on the
    dead ("a farmer *who was injured when the police lathi-charged* ... died", "a man *picked up by police*
    ... died") or under the death verb ("died *after he was beaten by* police officers"); a use of force (175)
    counts here too. A violent verb there whose by-agent is a force is one even when no event was coded."""
    vsub = {x.i for x in victim.subtree}
    mine = _clauses(t, victim)
    for ev, ti in evs:
        if ev.status not in CLAIMED or not _is_force(ev.source) or ti == t.i:
            continue
        code = ev.cameo or ""
        if ti in mine and (code.startswith(KILLING_ACTS) or code.startswith("175")):
            return ev.source, code, False
        if ti in vsub and code.startswith("173") and "death" not in (ev.rule or ""):
            return ev.source, code, True  # "a man *held* at the police station died"
    for i in sorted(mine):
        v = t.doc[i]
        if v.pos_ != "VERB" or lemma_of(v) not in FORCE_VERBS or event_status(v).status not in CLAIMED:
            continue
        for x in children_of(v):
            if x.dep_ == "obl:agent" or (x.dep_.startswith("obl") and any(
                    c.lower_ == "by" and c.dep_ == "case" for c in children_of(x))):
                a = coder.actors.get(x)
                if _is_force(a):
                    return a, ("1823" if lemma_of(v) not in ("shoot", "hit", "wound", "injure") else "193"), False
    return None


def _nearest_act(coder, coded, si: int, t: Token, victim: Token) -> tuple | None:
    """The act of a force a death ``t`` followed, as (source, code, custody): one told in the death's own
    clauses (``_own_act``), or the nearest claimed firing, fight or beating before it (in its sentence, or the
    ``WINDOW`` sentences before). None also when another armed actor's violence on a non-force target comes
    between."""
    own = _own_act(coder, coded[si][1], t, victim)
    if own is not None:
        return own
    for sj in range(si, max(-1, si - WINDOW - 1), -1):
        evs = coded[sj][1]
        for ev, ti in sorted(evs, key=lambda e: -e[1]):
            if sj == si and ti >= t.i:
                continue
            if ev.status not in CLAIMED:
                continue
            code = ev.cameo or ""
            if _is_force(ev.source):
                if ev.target is not None and MUNITIONS.search(ev.target.text or ""):
                    continue  # an interception, not a killing act
                if code.startswith(KILLING_ACTS):
                    return ev.source, code, False
                if code.startswith("175") and FIRING_FORCE.search(ev.rule or ""):
                    return ev.source, "193", False  # "fired rubber bullets and live rounds at the crowd"
                continue
            if code[:2] in ("18", "19", "20") and is_coded(ev.source) and not _is_force(ev.target):
                return None  # others attacked someone or somewhere: the death may be theirs
    return None


def context_event(coder, row, src, tgt, st, sent: Span, t: Token, rule: str, conf: float = 0.55) -> Event:
    """An event the article's context gives (a death after police fire, an arrest told in a participle): made as
    the coder makes its own, attributed to the status's reporter, with the trigger's place and date."""
    ev = make_event(row, coder.lex, src, tgt, st.status, sent, t, rule, conf)
    if st.reporter is not None:
        ev.attributed_to = coder.actors.get(st.reporter) or coder.actors.uncoded(st.reporter, force=True)
    _place_and_date(coder, ev, t)
    return ev


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
