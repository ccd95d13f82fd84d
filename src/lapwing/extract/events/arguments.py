"""Argument fallbacks of the event coder, beyond the pattern's own specs: the agent named in an event
noun ("killed in *police* firing", "*police* bullets killed ..."), the actor modifier of a nominal event,
and a prepositional target of the kind of event ("fired rockets *into* Israel").
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_bare_relative import ACT_NOUNS
from lapwing.extract.events.participants import is_coded
from lapwing.extract.events.topics import topic_prep
from lapwing.extract.events.syntax import PERSONISH, _cases, _is_passive, _is_temporal, _words, lemma_of, verb_bases
from lapwing.extract.events.syntax_args import _prep_args
from lapwing.extract.events.parse_memo import children_of

#: nouns of violent action whose modifier names the agent: "in police firing", "in an army raid"
AGENT_EVENT_NOUNS = {
    "firing", "fire", "gunfire", "shelling", "shooting", "bombing", "bombardment", "raid", "attack",
    "strike", "airstrike", "crackdown", "action", "operation", "assault", "offensive", "ambush",
    "lathicharge", "lathi-charge", "baton-charge", "crossfire", "clash", "violence", "beating", "custody",
    "bullet", "shell", "rocket", "missile", "mortar", "grenade", "teargas", "bomb", "baton", "round",
    "drone", "projectile",
}


#: nouns of a relation whose complement is the one helped or backed: "in support of Y", "to the defence of Y"
RELATION_NOUNS = {"support", "defence", "defense", "aid", "assistance", "solidarity", "protection", "help",
                  "backing", "sympathy", "favour", "favor", "recognition", "relief"}
#: portion nouns between a trigger and a relation noun: "as part of its aid to Y"
PORTION_NOUNS = {"part", "share", "portion", "bulk", "tranche", "round", "package", "batch"}

_CONFLICT_PREPS = frozenset({"against", "at", "on", "upon", "into", "toward", "towards"})
_COOP_PREPS = frozenset({"with", "to", "toward", "towards"})
#: prepositions that introduce the target of an event, by CAMEO root (a fallback for patterns whose own
#: target specs found nothing; the phrase must be a coded actor)
TARGET_PREPS = {
    "03": _COOP_PREPS, "04": frozenset({"with"}), "05": _COOP_PREPS, "06": frozenset({"with"}),
    "07": frozenset({"to"}), "08": frozenset({"to", "toward", "towards"}),
    "11": frozenset({"against", "toward", "towards"}), "12": frozenset({"against"}),
    "13": frozenset({"against", "toward", "towards"}), "14": frozenset({"against"}),
    "15": _CONFLICT_PREPS, "16": frozenset({"against", "on", "upon"}), "17": _CONFLICT_PREPS,
    "18": _CONFLICT_PREPS, "19": _CONFLICT_PREPS, "20": _CONFLICT_PREPS,
}


#: nouns of fighting a show of force is readied for: "mobilized reservists for a *war* against Y"
_WAR_NOUNS = frozenset({"war", "assault", "offensive", "counteroffensive", "counter-offensive", "attack", "battle",
                        "invasion", "incursion", "operation", "strike", "fight", "confrontation", "showdown",
                        "onslaught", "campaign", "raid", "war-footing", "conflict"})


#: fights a victim dies in, whose "with" party is the other side: "killed in an *encounter* with the police"
_FIGHT_NOUNS = frozenset({"encounter", "exchange", "clash", "gunfight", "shootout", "firefight", "battle", "gunbattle", "crossfire",
                          "skirmish", "confrontation", "fighting", "duel", "shoot-out", "gun-fight", "fire-fight",
                          "gun-battle", "cross-fire", "scuffle", "altercation", "tussle", "fight", "showdown"})


#: verbs of shooting whose subject, in a "when" clause, caused the deaths of the clause above
#: participles whose by-agent judges, reports or names an act and did not do it: "the bombing, *blamed* by Kabul on
#: Pakistan, killed ten", "an attack *condemned* by the UN"
_COMMENT_PARTICIPLES = frozenset({"blame", "condemn", "denounce", "criticise", "criticize", "report", "describe",
                                  "call", "deny", "confirm", "investigate", "document", "record", "witness", "see",
                                  "film", "attribute", "pin", "ascribe", "decry", "deplore", "label", "brand",
                                  "dub", "allege", "dispute", "announce", "publish", "cite", "mention", "hail",
                                  "praise", "welcome", "monitor", "verify", "deem", "term"})
_FIRING_VERBS = frozenset({"fire", "shoot", "open", "shell", "bomb", "attack", "charge", "lathi-charge", "baton-charge",
                           "storm", "raid", "ram", "beat", "cane", "thrash", "torture", "pump", "club", "whip", "assault",
                           "disperse", "quell"})  # ("shot dead *when police dispersed* the traders")


#: nouns of force a "resorted to" clause names ("when police *resorted to firing*")
_FORCE_NOUNS = frozenset({"firing", "fire", "force", "lathi-charge", "lathicharge", "baton-charge", "shooting", "violence"})


def _fires(c: Token) -> bool:
    """A clause of shooting or beating: its verb ("police *fired*"), or what it "resorted to" ("police
    *resorted to firing*", "resorted to force")."""
    if verb_bases(c) & _FIRING_VERBS:
        return True
    if lemma_of(c) != "resort":
        return False
    return any(x.i > c.i and (verb_bases(x) & _FIRING_VERBS or x.lower_ in _FORCE_NOUNS or lemma_of(x) in _FORCE_NOUNS)
               for x in children_of(c) if x.dep_ in ("advcl", "xcomp", "obl", "ccomp"))


#: verbs by which a force names what happened ("in what police *called* an encounter")
_NAMING_VERBS = frozenset({"describe", "call", "term", "dub", "label", "claim", "say", "characterise", "characterize"})
#: verbs of a victim's resistance ("killed after he *fought back* against police")
_RESIST_VERBS = frozenset({"fight", "resist", "attack", "fire", "shoot", "charge", "lunge"})


def _with_conj(c: Token) -> tuple[Token, ...]:
    """A verb and the verbs joined to it ("resisted arrest and *fired* at police")."""
    return (c, *(x for x in children_of(c) if x.dep_ == "conj" and x.pos_ == "VERB"))


def _is_victim_pronoun(p: Token | None, v: Token) -> bool:
    """A pronoun subject of the "when" clause that stands for the one killed ("*the gunman* was shot dead
    when *he* opened fire"): he / she after a singular victim, they after a plural one."""
    if p is None or p.pos_ != "PRON":
        return False
    victim = next((x for x in children_of(v) if x.dep_ in ("nsubj:pass", "nsubjpass", "nsubj")), None)
    if victim is None:
        return False
    plural = victim.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in children_of(victim))
    return (p.lower_ in ("he", "she") and not plural) or (p.lower_ == "they" and plural)


#: prepositions on an event's object noun that name the other side: "a ceasefire *with*", "accusations *by*"
_OBJECT_TARGET_PREPS = frozenset({"with", "against", "on", "by", "for", "from", "to", "toward", "towards"})
#: (round ag76) those of them that, right after an event noun object, name its other side even when the parser hung
#: the phrase on the verb: "called off the strike *against* X", "ended its dispute *with* Y"
_ADJACENT_TARGET_PREPS = frozenset({"with", "against", "on"})


#: what someone says or asks, whose by-phrase names who said it: "accusations *by* the US"
_SAID_NOUNS = frozenset({"accusation", "allegation", "charge", "claim", "request", "demand", "offer", "proposal",
                         "call", "criticism", "statement", "threat", "ultimatum", "appeal", "bid", "plan",
                         "decision", "invitation", "remark", "comment", "warning", "order", "ruling"})


#: place nouns whose "of" phrase is the place's own name ("the town *of Afrin*", "the enclave *of Douma*")
NAMED_SITE_HEADS = frozenset({"town", "city", "village", "district", "province", "region", "county", "area",
                              "enclave", "territory", "neighbourhood", "neighborhood", "suburb", "island", "port",
                              "valley", "municipality", "township", "hamlet"})
#: entity types of an "of" name that is no place (people, dates, works, laws)
_NOT_SITE_ENTS = frozenset({"PERSON", "DATE", "TIME", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "CARDINAL"})
#: prepositions that mark the place struck ("an assault *on* the area of X")
_STRUCK_CASES = frozenset({"on", "upon", "against", "at", "into", "toward", "towards"})
#: CAMEO roots whose target may be a place or a site, standing for its owner: threats, posture, force
_SITE_ROOTS = frozenset({"13", "15", "17", "18", "19", "20"})


class ArgumentsMixin:
    """Coder methods that find a source or target the pattern's argument specs did not."""

    def _site_target(self, h: Token | None, code: str | None) -> Token | None:
        """The owner of a site that force is aimed at: *Israeli* in "fired rockets at Israeli towns", *Syria* in
        "blockaded the ports of Syria", *Hezbollah* in "struck Hezbollah positions" (a coded modifier or possessor
        of a place or building noun, or its "of" phrase naming a country); None for other nouns and codes."""
        if h is None or not code or code[:2] not in _SITE_ROOTS or h.pos_ != "NOUN":
            return None
        sites = self.lex.sets.get("@place", frozenset()) | self.lex.sets.get("@building", frozenset())
        if lemma_of(h) not in sites or is_coded(self.actors.get(h, fallback=False)):
            return None
        own = self._noun_owner(h)
        if own is None:
            return self._named_site(h)
        if own.tag_ == "PRP$":
            return None
        a = self.actors.get(own, fallback=False)
        if a is None or not a.country or (own.dep_.startswith("nmod") and own.dep_ != "nmod:poss" and a.sector):
            # an owner with a country only ("a *rebel-held* town", "*army* positions" say whose, not which side);
            # an "of" phrase only for a country: "the ports *of Syria*", not "the base *of the army*"
            return None
        return own

    def _named_site(self, h: Token) -> Token | None:
        """The place a place noun's "of" phrase names, when the noun has no owner of its own: *Afrin* in "air
        strikes against the Kurdish-held town of Afrin", *Mosul* in "their assault on the old-city area of Mosul"
        (a proper name, not a time, right after "of" on a settlement or area noun; the place itself is the
        site struck, as in "the shelling of Aleppo")."""
        if lemma_of(h) not in NAMED_SITE_HEADS:
            return None
        if h.dep_ not in ("obj", "dobj", "nsubj:pass") and not _cases(h) & _STRUCK_CASES:
            return None  # "repelled an attack *east of* the city of X": where it happened, not what was struck
        for cs, x in _prep_args(h):
            if cs == {"of"} and x.pos_ == "PROPN" and x.i > h.i and x.ent_type_ not in _NOT_SITE_ENTS \
                    and not _is_temporal(x) and self.actors.get(x) is not None:
                return x
        return None

    def _war_purpose_target(self, t: Token, code: str | None, src_tok: Token | None) -> Token | None:
        """The side a show of force is readied against, named in its purpose: "mobilized reservists *for a war
        against* Iraq", "massed troops for an offensive on Y", "deployed tanks for an assault on Y's positions"
        (posture, root 15 only; the for-phrase on the verb or on its object, its head a noun of fighting, and
        a coded party or a site one owns in that noun's against / on / with phrase)."""
        if not code or code[:2] != "15":
            return None
        # (on the verb, on its object, or on the place it sends them to: "sent troops [to the frontier *for an
        # offensive on* Y]")
        heads = [t, *(c for c in children_of(t) if c.dep_ in ("obj", "dobj")), *(h for _cs, h in _prep_args(t))]
        for cs, f in [a for x in heads for a in _prep_args(x)]:
            if "for" not in cs or lemma_of(f) not in _WAR_NOUNS:
                continue
            for ps, h in _prep_args(f):
                if ps & {"against", "on", "upon", "with"} and (src_tok is None or h.i != src_tok.i) \
                        and not _is_temporal(h):
                    if is_coded(self.actors.get(h, fallback=False)):
                        return h
                    site = self._site_target(h, code)
                    if site is not None:
                        return site
        return None

    def _party_thing(self, o: Token) -> bool:
        """A thing a coded party owns, or whose on / against / to / with / from / of phrase names one or a thing
        one owns: "tariffs on *American* products", "the ban on *Burmese* imports" (a reciprocal act's partner is
        its target only when its clause names no such thing)."""
        if self._noun_owner(o) is not None:
            return True
        return any(cs & {"on", "against", "to", "with", "from", "of"} and (
            is_coded(self.actors.get(h, fallback=False)) or self._noun_owner(h) is not None) for cs, h in _prep_args(o))

    def _prep_target(self, t: Token, code: str, src_tok: Token | None) -> Token | None:
        """A coded actor in a prepositional phrase that the pattern's own target specs did not name,
        with a preposition that marks the target of this kind of event: "fired rockets *into*
        Israel", "protested *against* the government", "cooperate *with* Japan" (only a coded actor)."""
        nested = self._war_purpose_target(t, code, src_tok) or self._nested_target(t, src_tok)
        if nested is not None:
            return nested
        preps = TARGET_PREPS.get(code[:2])
        if not preps:
            return self._object_complement_target(t, src_tok, code)
        for cs, h in _prep_args(t):
            if cs & preps and (src_tok is None or h.i != src_tok.i) and not _is_temporal(h) \
                    and not _words(h) & {"side", "behalf", "part", "ground", "grounds", "basis"} \
                    and is_coded(self.actors.get(h, fallback=False)):  # "fought on the Ukrainian side"
                return h
        return self._object_complement_target(t, src_tok, code)

    def _object_complement_target(self, t: Token, src_tok: Token | None, code: str | None) -> Token | None:
        """The coded actor that the trigger's object noun itself names, when the clause names none:
        "announced a ceasefire *with the Taliban*", "rejected accusations *by the US*", "rejected an
        extradition request *for* X", "lifted restrictions *imposed on* X", "rejected *the Taliban's*
        offer" (the object's possessor, a with / against / on / by / for / from / to phrase, or the
        on / against / by phrase of a participle describing it)."""
        if not code or code[:2] in ("18", "19", "20"):
            return None  # violence is done to its object itself ("attacks the obsession *with youth*")
        obj = next((c for c in children_of(t) if c.dep_ in ("obj", "dobj")), None)
        if obj is None or obj.pos_ not in ("NOUN",) or (
                is_coded(self.actors.get(obj, fallback=False)) and not self._own_act(obj, t)):
            return None
        # what someone said or did ("accusations *by* the US", "condemned the attack *by* the army"): its by-phrase
        # names the one it is held against
        said = lemma_of(obj) in _SAID_NOUNS or any(k == "N" for k, _q in self.patterns_for(obj))
        found = []
        for c in children_of(obj):
            if c.dep_ in ("nmod:poss", "poss") and c.tag_ != "PRP$":
                found.append(c)
        # (a by-phrase names the other side only on what someone said or asked: "reforms *by* the
        # government" are the government's to make)
        # ("held talks *on Ukraine*", "made a statement *on Syria*": what was talked of, not the other side; topics.py)
        found += [h for cs, h in _prep_args(obj) if cs & _OBJECT_TARGET_PREPS and (said or "by" not in cs)
                  and not topic_prep(cs, code)]
        if said and not _is_passive(t):  # "rejected accusations *by the US*" with the by-phrase hung on the active verb
            found += [h for cs, h in _prep_args(t) if "by" in cs and h.left_edge.i == obj.right_edge.i + 1]
        if said:  # (round ag76) "called off their strike *against the government*" with the phrase hung on the verb
            found += [h for cs, h in _prep_args(t) if cs & _ADJACENT_TARGET_PREPS and h.left_edge.i == obj.right_edge.i + 1
                      and not topic_prep(cs, code)]
        if said and (a := self._agent_on_complement(obj)) is not None:
            found.insert(0, a)  # "denounced the killing [of civilians *by Syrian troops*]": the doer first
        for c in children_of(obj):
            if c.dep_ == "acl" and c.tag_ == "VBN":
                found += [h for cs, h in _prep_args(c) if cs & {"on", "against", "by"}]
                found += [x for x in children_of(c) if x.dep_ == "obl:agent"]
            elif c.dep_ == "acl:relcl" and c.pos_ == "VERB" and obj.lower_ in ACT_NOUNS and not any(
                    x.dep_ == "mark" or x.dep_ in ("obj", "dobj") and x.tag_ not in ("WDT", "WP") for x in children_of(c)):
                # "condemned the move (that) *Moscow* made": the act's maker (an act noun only, not "an election X had
                # won"; no content clause: "rebuffed fears *that* tariffs would ...")
                found += [x for x in children_of(c) if x.dep_ == "nsubj" and x.pos_ in ("PROPN", "NOUN")]
        for h in found:
            if (src_tok is None or h.i != src_tok.i) and not _is_temporal(h) \
                    and is_coded(self.actors.get(h, fallback=False)):
                return h
        return None

    def _own_act(self, obj: Token, t: Token) -> bool:
        """(session 38, round ag76) The object is the doer's own act, coded only through its possessive pronoun:
        "called off *their strike* against X", "suspended *its protest* against Y" (an event noun the subject's
        pronoun owns, no person or body: "recalled *its ambassador*", "its army" stay actors; ``_doers_own`` is
        the owners' mixin's, argspec_owners.py)."""
        return self._doers_own(obj, t) and not _words(obj) & PERSONISH \
            and any(k == "N" for k, _q in self.patterns_for(obj))

    def _nested_target(self, t: Token, src_tok: Token | None) -> Token | None:
        """A coded actor in the complement of a relation noun in an oblique or object of the trigger:
        "tweeted *in support of* Azerbaijan", "came *to the defence of* Greece", "sent medicine as *part
        of its aid to* the Philippines" (one portion noun may stand between)."""
        heads = [h for _cs, h in _prep_args(t)] + [c for c in children_of(t) if c.dep_ in ("obj", "dobj")]
        for h in heads:
            rel = [h] if lemma_of(h) in RELATION_NOUNS else [
                x for _cs, x in _prep_args(h) if lemma_of(h) in PORTION_NOUNS and lemma_of(x) in RELATION_NOUNS]
            for r in rel:
                for cs, y in _prep_args(r):
                    if cs & {"of", "to", "for", "with"} and (src_tok is None or y.i != src_tok.i) \
                            and is_coded(self.actors.get(y, fallback=False)):
                        return y
        return None

    def _event_noun_agent(self, t: Token) -> Token | None:
        """The agent named in the event noun of an "in/during/amid" phrase of a violent verb: "three
        people were killed in *police* firing", "injured in an *army* raid", "died in *Israeli*
        shelling" (an actor compound, nationality adjective or possessor of a violence noun)."""
        # the phrase may hang on a conjoined passive: "a woman was killed and three others were injured *in
        # police firing*"
        conj = [c for c in children_of(t) if c.dep_ == "conj" and c.pos_ in ("VERB", "ADJ") and c.i > t.i]
        for cs, h in [a for v in (t, *conj) for a in _prep_args(v)]:
            if cs & {"in", "during", "amid"}:
                a = self.agent_of_event_noun(h) or self._fight_party(h) or self._named_fight(h)
                if a is not None:
                    return a
        # "killed in firing *by BSF jawans*" with *firing* read as a verb: its by-phrase names the force
        armed = self.lex.sets.get("@armed", frozenset())
        for v in (t, *conj):
            for c in children_of(v):
                if c.dep_ != "advcl" or lemma_of(c) not in _FIRING_VERBS or not any(
                        m.dep_ == "mark" and m.lower_ in ("in", "during", "amid") for m in children_of(c)):
                    continue
                for x in children_of(c):
                    if (x.dep_ == "obl:agent" or (x.dep_.startswith("obl") and "by" in _cases(x))) and (
                            is_coded(self.actors.get(x, fallback=False)) or _words(x) & armed):
                        return x
        return None

    def _when_agent(self, t: Token) -> Token | None:
        """The force whose shooting a death or injury came from, named in a "when" or "as" clause: *security
        forces* in "a teenager was killed and others were injured *when security forces fired* pellets";
        only for a passive with no agent, and only a coded or armed subject of a firing verb."""
        if not any(c.dep_ in ("aux:pass", "auxpass") for c in children_of(t)) and t.tag_ != "VBN" \
                and lemma_of(t) not in ("die", "succumb"):  # ("a man *died* after policemen caned him")
            return None
        armed = self.lex.sets.get("@armed", frozenset())
        for v in (t, *(c for c in children_of(t) if c.dep_ == "conj")):
            for c in children_of(v):
                if c.dep_ != "advcl" or c.i < v.i or not any(_fires(r) or lemma_of(r) in _RESIST_VERBS for r in _with_conj(c)) or not any(
                        m.lower_ in ("when", "as", "after") for m in children_of(c) if m.dep_ in ("mark", "advmod")):
                    continue
                subj = next((x for x in children_of(c) if x.dep_ == "nsubj"), None)
                victim = _is_victim_pronoun(subj, v)
                if subj is not None and not victim and (is_coded(self.actors.get(subj, fallback=False)) or _words(subj) & armed):
                    return subj
                # "was killed after *he* fought back against / fired at *the police*": the victim's own attack
                # names the side that shot him (only the police or the army); also the second of a pair ("after
                # they resisted arrest and *fired at police operatives*")
                for r in _with_conj(c) if victim else ():
                    if not (lemma_of(r) in _RESIST_VERBS or verb_bases(r) & _FIRING_VERBS):
                        continue
                    police = self.lex.sets.get("@lx_police", frozenset())
                    for cs, h in _prep_args(r):
                        a = self.actors.get(h, fallback=False)
                        if cs & {"against", "at", "on", "upon", "with"} and (
                                (getattr(a, "sector", None) or "") in ("COP", "MIL") or _words(h) & police):
                            return h
        return None

    def _named_fight(self, h: Token) -> Token | None:
        """The force that named the fight a victim died in: *the Rapid Action Battalion* in "killed in what
        the Rapid Action Battalion described as a gunfight", *police* in "killed in what police called an
        encounter" (a fight or firing noun named by a coded force)."""
        armed = self.lex.sets.get("@armed", frozenset())
        for v in children_of(h):
            if v.dep_ not in ("acl:relcl", "relcl", "acl") or lemma_of(v) not in _NAMING_VERBS:
                continue
            named = [x for x in children_of(v) if x.dep_ in ("obj", "dobj", "xcomp") or (x.dep_.startswith("obl") and "as" in _cases(x))]
            if not any(lemma_of(x) in _FIGHT_NOUNS or lemma_of(x) in AGENT_EVENT_NOUNS for x in named):
                continue
            who = next((x for x in children_of(v) if x.dep_ == "nsubj"), None) if h.lower_ == "what" else h
            if who is not None and (is_coded(self.actors.get(who, fallback=False)) or _words(who) & armed):
                return who
        return None

    def _fight_party(self, h: Token) -> Token | None:
        """The other side of the fight a victim died in: *the police* in "killed in an encounter with the
        police", "in an exchange of fire with *the District Reserve Guard*", "in a clash with *rebels*"; only
        a coded actor or an armed group."""
        if lemma_of(h) not in _FIGHT_NOUNS:
            return None
        armed = self.lex.sets.get("@armed", frozenset())
        # "with" on the fight, on its "of" phrase ("an exchange of fire with ..."), or right after the fight
        # on the verb ("killed [in a clash] [with rebels]")
        places = [h, *(c for c in children_of(h) if c.dep_.startswith("nmod") and "of" in _cases(c))]
        after = [(cs, w) for cs, w in _prep_args(h.head) if w.left_edge.i == h.right_edge.i + 1] if h.head.i != h.i else []
        for cs, w in [a for x in places for a in _prep_args(x)] + after:
            if "with" in cs and (is_coded(self.actors.get(w, fallback=False)) or _words(w) & armed):
                return w
        return None

    def agent_of_event_noun(self, h: Token) -> Token | None:
        """The actor modifier of a noun of violent action: *police* in "police firing", *U.S.* in "U.S.
        military airstrikes", *Israel's* in "Israel's bombardment"; None for other nouns."""
        if h.pos_ not in ("NOUN", "PROPN") or not (_words(h) & AGENT_EVENT_NOUNS or any(
                k == "N" and (q.code or "")[:2] in ("17", "18", "19", "20") for k, q in self.patterns_for(h))):
            return None
        armed = self.lex.sets.get("@armed", frozenset())
        agent = self.by_agent_of(h)
        if agent is not None:
            return agent
        for c in children_of(h):  # "an operation *by the police*", "firing by BSF jawans"
            if c.dep_.startswith("nmod") and c.i > h.i and "by" in _cases(c) and (
                    is_coded(self.actors.get(c, fallback=False)) or _words(c) & armed):
                return c
        mods = [c for c in children_of(h) if c.dep_ in ("compound", "amod", "nmod:poss", "poss") and c.i < h.i]
        for c in sorted(mods, key=lambda c: -c.i):  # the nearest: "U.S. *military* airstrikes"
            if self._modifier_actor(c) or (c.pos_ != "ADJ" and _words(c) & armed):
                return c
        return None

    def by_agent_of(self, h: Token) -> Token | None:
        """The by-agent of a weapon's participle: *the militants* in "rockets *fired by the militants*",
        *Houthi rebels* in "a drone launched by Houthi rebels"; only an actor or an armed group."""
        armed = self.lex.sets.get("@armed", frozenset())
        for c in children_of(h):
            if c.dep_ == "acl" and c.tag_ == "VBN" and lemma_of(c) not in _COMMENT_PARTICIPLES:
                agent = next((x for x in children_of(c) if x.dep_ == "obl:agent" or (
                    x.dep_.startswith("obl") and "by" in _cases(x))), None)
                if agent is not None and (self._modifier_actor(agent) or _words(agent) & armed):
                    return agent
        return None

    def example_target(self, o: Token | None) -> Token | None:
        """(round 48) A coded example that names an uncoded group: *Germany* in "urged allies *such as Germany* to
        ...", *Norway* in "praised partners *like Norway*" (the group's members are the ones acted on)."""
        if o is None or o.pos_ not in ("NOUN", "PROPN") or o.tag_ in ("NNP",):
            return None
        for c in children_of(o):
            if c.dep_ != "nmod" or c.i < o.i or c.pos_ != "PROPN":
                continue
            marks = [k for k in children_of(c) if k.dep_ == "case" and k.i < c.i]
            if any(k.lower_ == "like" or (k.lower_ == "such" and any(f.lower_ == "as" for f in children_of(k)))
                   for k in marks) and is_coded(self.actors.get(c, fallback=False)):
                return c
        return None

    def _modifier_actor(self, c: Token) -> bool:
        """A modifier that names who acted: a coded noun or name ("*army* shelling", "*Hamas* attack")
        or an adjective of a country ("*Israeli* airstrikes"); an adjective with a sector only is a kind
        ("*military* exercises", "a *military* court"), not an actor."""
        a = self.actors.get(c, fallback=False)
        if not is_coded(a):
            return False
        return c.pos_ != "ADJ" or bool(a.country)
