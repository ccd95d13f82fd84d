"""Light verbs: the verb that carries a nominal event ("*held* talks", clashes "*erupted*", killed "in" a bombing,
came "under" attack), for the coder's frames (split out of ``frames``, which re-exports these names)."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.clauses import free_naming
from lapwing.extract.events.parse_memo import children_of
from lapwing.extract.events.syntax import PASS_SUBJ, SUBJ, _cases, _is_passive, _is_temporal, _obj_token, _words, verb_bases
from lapwing.extract.events.under_attack import joined_antecedent
from lapwing.extract.events.verb_classes import CARRY_ON_VERBS, HAPPEN_VERBS, LIGHT_VERBS


#: nouns that measure or group an event in their "of" complement: "ten days of war games", "a new round
#: of talks", "a wave of strikes"; the verb that governs them carries the event
MEASURE_NOUNS = {
    "day", "days", "week", "weeks", "month", "months", "hour", "hours", "year", "years", "round", "rounds",
    "series", "wave", "waves", "spate", "string", "flurry", "volley", "barrage", "burst", "bout", "cycle",
    "week-long", "weeks-long", "night", "nights", "campaign", "program", "programme",
}

#: verbs of causing: their object event happened, its sides its own ("*sparked* clashes between X and Y")
CAUSING_VERBS = frozenset({"trigger", "spark", "provoke", "ignite", "reignite", "cause", "prompt", "fuel", "stoke",
                           "touch", "set"})

#: light verbs that also judge their object ("called the bombing an act of terror"): light only without a predicate
JUDGING_LIGHT = {"call", "declare"}


class LightVerbMixin:
    """Coder methods that find the verb carrying a nominal event."""

    def _light_verb(self, n: Token) -> tuple[Token, str, Token | None] | None:
        """The verb that carries a nominal event: ("held" talks), (clashes "erupted"), (killed "in" a bombing), (came
        "under" attack: the subject the one it befell)."""
        if n.dep_.startswith("nmod") and "of" in _cases(n) and _words(n.head) & MEASURE_NOUNS and n.head.i != n.i:
            m = n.head
            if m.dep_ == "obl:unmarked" and not _cases(m) \
                    and m.head.pos_ == "VERB" and verb_bases(m.head) & {"call", "declare"} \
                    and not any(c.dep_ in ("obj", "dobj") for c in children_of(m.head)):
                # "called a nationwide *day* of strikes": the day, read as a time, is what was called, as "called a
                # strike" (`call_strike`); "called *for* a week of strikes" stays an appeal, as "called for a
                # general strike" (rf67)
                return m.head, "light", None
            return self._light_verb(n.head)  # "launched ten days of war games", "held a round of talks"
        if n.dep_ == "conj" and n.head.i < n.i and n.head.dep_ in ("obj", "dobj", "nsubj:pass"):
            return self._light_verb(n.head)  # "launched air and artillery *strikes*"
        if n.dep_ == "conj" and n.head.i < n.i and n.head.dep_ in ("nmod", "obl") and not self.patterns_for(n.head):
            # "unveiled restrictions on travel to Cuba and *sanctions* on a bank": an event noun hung on the
            # last noun of the object's own phrase (or of a phrase the parser gave the verb) belongs to the
            # object's verb
            top = n.head
            while top.dep_ == "nmod" and top.head.i < top.i:
                top = top.head
            if top.dep_ == "obl" and (o := _obj_token(top.head)) is not None and o.i < top.i:
                top = o
            if top.dep_ in ("obj", "dobj") and top.i < n.head.i:
                return self._light_verb(top)
        if (by := _called_by(n)) is not None:
            return by, "light", None  # "a general strike *called by* the unions": the unions called it (rf67)
        h = n.head
        if h.i == n.i or h.pos_ not in ("VERB", "AUX", "ADJ"):
            return None
        lems = verb_bases(h)
        if free_naming(h):
            # "condemned what *he* called a raid": the namer did not carry it out; "*launched* what they called a
            # crackdown": the light verb the free relative is the object of carries it (round 48)
            w = next((c for c in children_of(h) if c.lower_ == "what"), None) if h.head.lower_ != "what" else h.head
            outer = (w.head if w is not None and w.head.i != h.i else h.head) if w is not None else None
            if outer is not None and outer.i != h.i and outer.pos_ == "VERB" and verb_bases(outer) & LIGHT_VERBS \
                    and (w.dep_ in ("obj", "dobj") or h.dep_ == "ccomp"):
                return outer, "light", None
            return None
        if n.dep_ in ("obj", "dobj", "nsubj:pass") and lems & LIGHT_VERBS:
            if lems & JUDGING_LIGHT and any(c.i > n.i and not _is_temporal(c) and (
                    c.dep_ in ("xcomp", "obj", "dobj") or c.dep_ == "advcl" and "as" in _cases(c)) for c in children_of(h)):
                return None  # "called the attack *a crime*", "declared the strike *illegal*": a judgement of the event
            return h, "light", None
        if (prts := {c.lower_ for c in h.children if c.dep_ == "compound:prt" or c.dep_ == "advmod" and c.i == h.i + 1}) and any(
                prts & CARRY_ON_VERBS.get(lem, set()) for lem in lems) and (
                n.dep_ in ("obj", "dobj") and "up" in prts or n.dep_ == "obl" and _cases(n) == {"with"}):
            return h, "light", None  # "kept up their strike", "pressed on with their hunger strike"
        if n.dep_ in ("obl",) and lems & {"take", "join", "participate", "engage", "go", "gather", "convene",
                                            "meet", "sit", "come", "arrive", "resort"}:
            if "under" in _cases(n):
                # "the convoy came *under* attack", "came under criticism from Algeria": the subject is the one
                # struck, not the doer (round 33)
                s = next((c for c in h.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
                return h, "under", joined_antecedent(s) or s  # ("the base fell after *it* came under attack", round 37)
            return h, "light", None
        if n.dep_ in ("nsubj", "nsubj:pass") and lems & HAPPEN_VERBS:
            return h, "happen", _obj_token(h)
        if n.dep_ in ("obj", "dobj") and lems & CAUSING_VERBS and not (lems & {"set", "touch"} and (h.tag_ == "VBN" or not any(
                c.dep_ == "compound:prt" and c.lower_ == "off" for c in children_of(h)))):  # ("set off", not "is set to")
            # "the ruling *sparked* clashes between X and Y": the clashes happened, told at the verb of causing (its
            # time and status: "could trigger clashes" is none); its subject is a cause, not a side
            return h, "happen", None
        if n.dep_.startswith("obl") and _cases(n) & {"in", "during", "by", "after"} and lems & {
            "kill", "injure", "wound", "die", "hurt", "destroy", "damage", "arrest", "detain"
        }:
            # the victim: the passive subject ("five soldiers were killed in an ambush"), or, where the
            # verb is active, its object ("militiamen killed a soldier in an ambush"; the subject is
            # then the doer, see ``match``)
            tgt = _obj_token(h) if not _is_passive(h) else None
            if tgt is None:
                for c in children_of(h):
                    if c.dep_ in PASS_SUBJ or c.dep_ in SUBJ:
                        tgt = c
                        break
            return h, "in", tgt
        return None


#: participles of a light verb that, hung on an event noun with a by-agent, tell who carried the event out
CALLED_BY = frozenset({"call", "organise", "organize", "stage", "lead", "launch", "hold", "declare", "spearhead",
                       "mount", "conduct", "carry", "initiate", "plan", "announce"})


def _called_by(n: Token) -> Token | None:
    """The participle of a reduced relative on the event noun ``n`` that names its doer in a by-phrase ("a 24-hour
    strike *called* by the unions", "the march *organised* by students", "air strikes *carried out* by the coalition"),
    else None (round rf67)."""
    for c in children_of(n):
        if c.i > n.i and c.dep_ == "acl" and c.tag_ == "VBN" and verb_bases(c) & CALLED_BY \
                and any(g.dep_ == "obl:agent" for g in children_of(c)) and not any(g.dep_ in SUBJ for g in children_of(c)):
            return c
    return None
