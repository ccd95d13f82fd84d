"""Source and target actors of an event: the actor extractor's codes with the event coder's fallbacks.

``_Actors`` asks :func:`lapwing.extract.actors.actor_for_token` (when that module exists) and falls back
to a coded mention inside the phrase ("the leader of Hamas") or an uncoded span; where the coder's
repaired parse split a phrase the model read as one, it keeps only the codes of the words still in the
phrase. The rules that look past the token (a reported pronoun's speaker, the sentence's single country,
the armed test) are in :mod:`lapwing.extract.events.actor_context`.
"""

from __future__ import annotations

import importlib.util

from spacy.tokens import Token

from lapwing.extract.events.country_word import country_word_index
from lapwing.extract.events.syntax import PERSONISH, _cases, _is_temporal, _words, lemma_of
from lapwing.extract.events.named_subject import named_subject
from lapwing.extract.events.parse_memo import children_of
from lapwing.extract.events.phrases import np_span
from lapwing.extract.docfacts import doc_heads, doc_text, sentence_of
from lapwing.extract.events.adjective_sides import adjective_side, adjective_sides, list_head, side_actor
from lapwing.extract.actors.analysis import RELATION_HEADS
from lapwing.extract.events.lexicon_loader import agent_word_sectors, single_word_agents
from lapwing.extract.events.units import is_law_unit
from lapwing.extract.registry import Context, optional_module
from lapwing.schema import Actor
# the classes of actors and their head words, re-exported: the coder's modules read them from here
from lapwing.extract.events.actor_classes import (  # noqa: F401
    ARMED_SECTORS, COLLECTIVE_HEADS, NOT_STATES, PLACE_HEADS, POLITICAL_SECTORS, QUANTITY_HEADS, SETTLEMENT_HEADS,
    SIDE_HEADS, VOICE_SECTORS, _ARG_DEPS, _CROWD_NUMBERS, _igo_codes, _many, _pol_sector, collective_content,
    has_political_voice, is_coded, is_political,
)


#: verbs that put a party in another's pay, by the preposition naming the employer (``_Actors._employer``)
_EMPLOY_FOR = frozenset({"work", "spy", "act"})
_EMPLOY_BY = frozenset({"employ", "hire", "pay", "recruit", "commission", "direct"})
#: the covert or armed agents whose employer's country is theirs (not "workers employed by a Chinese firm")
_HIRED_AGENTS = frozenset({"hacker", "hacktivist", "agent", "operative", "spy", "mercenary", "proxy", "assassin",
                           "gunman", "hitman", "saboteur", "informant"})
_STATE_BODIES = frozenset({"intelligence", "security", "government", "army", "military", "ministry", "service", "state"})


def _has_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def _fn(modname: str, attr: str):
    mod = optional_module(modname)
    return getattr(mod, attr, None) if mod is not None else None


#: posts and buildings that belong to the force their modifier names ("a *police* station", "an *army* checkpoint")
_FORCE_PLACES = frozenset({"station", "post", "checkpoint", "base", "barracks", "headquarters", "outpost", "camp",
                           "garrison", "academy", "compound", "office", "building", "convoy", "patrol", "vehicle",
                           "bus", "truck", "jeep", "van", "boat", "ship", "position"})


class _Actors:
    """actor_for_token with fallbacks, cached per token."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.fn = _fn("lapwing.extract.actors", "actor_for_token")
        self.owner_fn = _fn("lapwing.extract.actors", "owner_country")
        self.mention_fn = _fn("lapwing.extract.actors", "mention_for_token")
        self.cache: dict[int, Actor | None] = {}
        self._units: dict[tuple, bool] = {}  # (doc, token index) -> is_law_unit, asked once per token

    def adjective_side(self, head: Token | None) -> Token | None:
        """The first of two nationality words joined on ``head`` ("[French] and German troops"), or None."""
        return adjective_side(head, self.ctx.data.get("actor_nationality") or {})

    def coded_sides(self, head: Token | None) -> list[Token]:
        """Every word but the last of a list of nationality words on ``head`` coded as a side of its own
        ("[British], [French] and German diplomats", ``side_actor``)."""
        out = []
        for side in adjective_sides(head, self.ctx.data.get("actor_nationality") or {}):
            a = self.get(side, fallback=False)
            if a is not None and a.rule == "events:adjective-side":
                out.append(side)
        return out

    def coded_side(self, head: Token | None) -> Token | None:
        """``adjective_side`` when that word is coded as a side of its own (``side_actor``), else None."""
        side = self.adjective_side(head)
        a = self.get(side, fallback=False) if side is not None else None
        return side if a is not None and a.rule == "events:adjective-side" else None

    def _raw(self, t: Token) -> Actor | None:
        if self.fn is None:
            return None
        try:
            return self.fn(self.ctx, t)
        except Exception:  # a collaborator's bug must not sink the events
            return None

    def get(self, t: Token | None, *, fallback: bool = True) -> Actor | None:
        if t is None:
            return None
        key = t.i * 2 + (1 if fallback else 0)
        if key in self.cache:
            return self.cache[key]
        a = self._lookup(t, fallback)
        self.cache[key] = a
        return a

    def _lookup(self, t: Token, fallback: bool) -> Actor | None:
        if t.dep_ in ("amod", "compound", "conj") \
                and t.i in [x.i for x in adjective_sides(list_head(t), self.ctx.data.get("actor_nationality") or {})] \
                and (a := side_actor(self.get(list_head(t), fallback=False), t,
                                     self.ctx.data.get("actor_nationality") or {}, doc_text(self.ctx.doc))) is not None:
            return a  # "*French* and German troops": the first side of the head's pair (adjective_sides.py)
        a = self._lookup_phrase(t, fallback)
        if a is not None and not a.country and t.doc is not self.ctx.doc and t.lower_ not in SIDE_HEADS:
            own = self._own_nationality(t)  # "[Kenyan police blamed Armenia]" split by the repair: KEN COP
            if own is not None:
                a = a.model_copy(update={"country": own})
        return a

    def _employer(self, t: Token) -> Actor | None:
        """The state employer of a hired agent with no country: a participle or "who" clause after it ("hackers
        *working for* X", "agents *employed / hired / paid by* X"); not a backer ("*backed by* X")."""
        for c in children_of(t):
            if c.dep_ not in ("acl", "acl:relcl") or c.pos_ != "VERB" or c.i < t.i or lemma_of(c) not in _EMPLOY_FOR | _EMPLOY_BY:
                continue
            if any(x.dep_ in ("nsubj", "nsubj:pass") and x.lower_ not in ("who", "that") for x in children_of(c)):
                continue
            for x in children_of(c):
                cs = _cases(x)
                if x.dep_.startswith("obl") and (("for" in cs and lemma_of(c) in _EMPLOY_FOR) or (
                        "by" in cs and lemma_of(c) in _EMPLOY_BY)):
                    b = self.get(x)
                    if is_coded(b) and b.country and (b.kind == "gpe" or b.sector in POLITICAL_SECTORS):
                        return b
                    nat = self.ctx.data.get("actor_nationality") or {}  # "*Russian* military intelligence"
                    land = next((nat[m.i] for m in children_of(x) if m.dep_ == "amod" and m.i in nat), None)
                    if land is not None and lemma_of(x) in _STATE_BODIES:
                        return Actor(text=x.text, country=land, start=x.idx, end=x.idx + len(x.text), kind="gpe")
        return None

    def _lookup_phrase(self, t: Token, fallback: bool) -> Actor | None:
        a = self._raw(t)
        cut = False
        # (the article's own word, made only where there is a mention to compare: a Token per call otherwise)
        o = t if a is None or t.doc is self.ctx.doc else self.ctx.doc[t.i]
        if a is not None and (o.head.i != t.head.i or o.dep_ != t.dep_ or self._moved_inside(t, any_head=t.dep_ in _ARG_DEPS)) and not (
                t.left_edge.idx <= a.start and a.end <= t.right_edge.idx + len(t.right_edge.text)):
            # the coder's repaired parse moved this word, and the mention the model's parse gave it reaches
            # past the word's new phrase: "[Police shot dead two robbers]" read as one noun phrase headed by
            # *robbers*, *Police* now the subject of *shot*, is not Police's phrase (its code is the
            # robbers'); a mention whose head is in the new phrase keeps its codes, cut to that phrase
            # ("[dead three soldiers]" -> "three soldiers")
            m = self._mention(t)
            if m is None or not (t.left_edge.i <= m.head <= t.right_edge.i):
                a, cut = None, True  # the mention is another phrase's: this one is its own, uncoded
            else:
                s, e = np_span(t)
                text = doc_text(self.ctx.doc)[s:e]
                a = a.model_copy(update={"text": text, "start": s, "end": e})
                if a.country and self._country_left_behind(t, m, a.country):
                    # the country came from a name the new phrase no longer holds ("[Germany's foreign
                    # minister blamed Armenia]" read as Armenia's minister): the phrase's own words decide,
                    # a nationality word first ("[Kenyan police blamed Armenia]" -> KEN COP)
                    a = a.model_copy(update={"country": None, "name": None})
        if (a is None or not a.country) and lemma_of(t) in _HIRED_AGENTS and (b := self._employer(t)) is not None:
            s, e = np_span(t)  # "hackers *working for Russian military intelligence*": the employer's agents
            return Actor(text=doc_text(self.ctx.doc)[s:e], name=b.name, country=b.country, sector=b.sector or (
                a.sector if a is not None else None), start=s, end=e, kind=a.kind if a is not None else "agent",
                rule="events:employer")
        if is_coded(a) and (a.country or not a.sector or a.kind != "gpe"):
            return a
        # "the leader of Hamas", "Gondor's government", "Israeli soldiers", "officials from X",
        # "U.N. peacekeeping chief Jean-Pierre Lacroix": a coded mention inside the phrase (2 levels)
        frontier, seen = [t], {t.i}
        inner: list[Token] = []
        for _depth in range(2):
            nxt = []
            for x in frontier:
                for c in children_of(x):
                    if c.i in seen:
                        continue
                    if c.dep_ in ("nmod:poss", "poss", "amod", "compound", "appos", "flat", "nmod:desc") or (
                        c.dep_.startswith("nmod") and _cases(c) & {"of", "from", "in", "for"}
                    ):
                        seen.add(c.i)
                        inner.append(c)
                        nxt.append(c)
            frontier = nxt
        # a modifier or possessor names the actor before a place does: "the United Nations mission
        # in Mali" is the UN's, "officials in Kabul" are Afghan only when nothing else says whose
        inner.sort(key=lambda c: c.dep_.startswith("nmod") and c.dep_ not in ("nmod:poss", "nmod:desc")
                   and "in" in _cases(c))
        if a is None and t.lower_ in COLLECTIVE_HEADS:
            whole = self._collective(t, fallback)
            if whole is not None:
                return whole
        # ("its poor neighbour *Tajikistan*": a relation noun with a name in apposition is read as before, its
        # possessor standing for it until the coder puts the name in its place: owned.related_party)
        side_word = t.lower_ in SIDE_HEADS and not (t.lower_ in RELATION_HEADS and any(
            c.dep_ in ("appos", "flat") and c.pos_ == "PROPN" for c in children_of(t)))
        if a is None and t.pos_ == "NOUN" and t.lower_ not in QUANTITY_HEADS:
            # a noun that is no actor takes a code only from its own possessor or nationality word
            # ("Haiti's efforts", "the Turkish side"), not from a complement: "the fall of President
            # Assad's government" is not Assad
            inner = [c for c in inner if c.head.i == t.i and c.dep_ in ("nmod:poss", "poss", "amod", "compound")]
        if side_word:
            # "China's critics", "Berisha's opponents", "Russia's allies": the possessor or complement is the side
            # they oppose or back, not whose they are; the actor coder's own reading of the phrase stands alone
            inner = [c for c in inner if c.dep_ in ("amod", "compound", "appos", "flat")]
        moved = t.doc is not self.ctx.doc
        lo, hi = (t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)) if moved and inner else (0, 0)  # (3 Tokens)
        for c in inner:
            b = self._raw(c)
            if moved and b is not None and not (lo <= b.start and b.end <= hi):
                # the coder's repaired parse split the model's phrase: "[German Chancellor Olaf Brandt
                # blamed Armenia]", coded as Armenia's chancellor, is two phrases now; a mention
                # reaching past this one's words is not this phrase's
                continue
            if is_coded(b):
                s, e = np_span(t)
                sector = (a.sector if a is not None else None) or b.sector
                return Actor(text=doc_text(self.ctx.doc)[s:e], name=b.name, country=b.country, sector=sector,
                             start=s, end=e, kind=b.kind, rule=(b.rule or "actor") + "+head")
        unit = self._law_unit(t) if not is_coded(a) else None
        if unit is not None:
            return unit
        if a is not None:
            return a
        owned = self._owned_place(t)
        if owned is not None:
            return owned
        if self.fn is not None and t.pos_ == "PROPN" and t.dep_ in ("nsubj", "obj", "conj", "nmod", "obl") and (
                self.ctx.doc[t.i].dep_ != t.dep_ or self.ctx.doc[t.i].head.i != t.head.i):  # (rf64: a new head, repair 263)
            # a country name the model read as the modifier of a noun phrase ("[Germany froze development
            # aid]" with *froze* a noun) that the coder's repair made the subject: the actors extractor
            # recorded it as a nationality word, and as a subject it is the country itself
            country = (self.ctx.data.get("actor_nationality") or {}).get(t.i)
            if country is not None:
                s, e = np_span(t)
                return Actor(text=doc_text(self.ctx.doc)[s:e], country=country, start=s, end=e, kind="gpe",
                             rule="events:country-name")
        if self.fn is not None and (t.pos_ == "NOUN" or _capital_plural(t)) and t.dep_ in ("nsubj", "obj") \
                and self.ctx.doc[t.i].dep_ != t.dep_:
            # a subject or object that only the coder's parse repair set apart ("*Police* shot dead a
            # suspect", read by the model as the noun phrase "Police shot"): its own agent word codes it
            # (a weak agent word too: "*Rioters* looted shops", "*Lawmakers* ousted the prime minister"); the
            # sentence's first word read as a plural name for its capital ("*Smugglers* shot and wounded ...")
            sector = single_word_agents().get(t.lower_) or agent_word_sectors().get(t.lower_)
            if sector is not None:
                s, e = np_span(t)
                return Actor(text=doc_text(self.ctx.doc)[s:e], sector=sector, start=s, end=e, kind="agent",
                             rule="events:agent-word")
        if self.owner_fn is not None and t.pos_ in ("NOUN", "ADJ", "PROPN") and not side_word:
            # "Israeli tanks", "Syrian officers", "a US offer": the nationality word names the owner
            try:
                b = self.owner_fn(self.ctx, t)
            except Exception:  # a collaborator's bug must not sink the events
                b = None
            if b is not None:
                return b
        if (t.pos_ == "PROPN" and t.dep_ in ("nmod:poss", "poss")) or (t.dep_ in ("amod", "compound") and t.pos_ in ("ADJ", "PROPN")):
            # "*China's* war games", "*Tehran's* decision": a country (or its capital) owning an act is
            # its doer, though the actor extractor, seeing no actor noun after it, made no mention of it;
            # "seized a *British* tanker": the nationality word asked for as its noun's owner
            country = (self.ctx.data.get("actor_nationality") or {}).get(t.i)
            if country is not None:
                s, e = np_span(t)
                return Actor(text=doc_text(self.ctx.doc)[s:e], country=country, start=s, end=e, kind="gpe",
                             rule="events:country-name")
        if t.lower_ in ("country", "nation") and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in children_of(t)) \
                and not any(c.dep_ in ("amod", "compound", "nmod:poss", "nmod", "acl", "acl:relcl") for c in children_of(t)):
            # "state media said *the country* had tested a new missile": the subject country before it in its
            # sentence, else the nearest country named there (none named there: no guess; country_word.py)
            nat = self.ctx.data.get("actor_nationality") or {}
            k = country_word_index(t, nat)
            if k is not None:
                s, e = np_span(t)
                return Actor(text=doc_text(self.ctx.doc)[s:e], country=nat[k], start=s, end=e, kind="gpe",
                             rule="events:the-country")
        if not fallback:
            return None
        return self.uncoded(t, force=cut and t.pos_ in ("NOUN", "PROPN"))

    def _collective(self, t: Token, fallback: bool) -> Actor | None:
        """"*A squadron of* Israeli jets", "*truckloads of* riot police": a collective or unit head is the actor of its
        of-complement (looked up as a phrase of its own, the owner of "Israeli jets" too), over the whole phrase."""
        of = collective_content(t)
        b = self._lookup_phrase(of, False) if of is not None else None
        if not is_coded(b):
            return None
        first = t.left_edge
        while first.i < t.i and (first.is_punct or first.dep_ == "case"):
            first = t.doc[first.i + 1]  # ("threw stones *at* a cordon of police": the preposition is not the actor's)
        s, e = first.idx, of.right_edge.idx + len(of.right_edge.text)
        return b.model_copy(update={"text": doc_text(self.ctx.doc)[s:e], "start": s, "end": e})

    def _country_left_behind(self, t: Token, m, country: str) -> bool:
        """The mention's country word lies outside ``t``'s new phrase and none inside gives that country
        ("[Germany's foreign minister blamed Armenia]" cut to "Germany's foreign minister": Armenia is
        left behind; "[bombed Sanaa]" cut to "Sanaa" keeps Yemen, its capital's country)."""
        nat = self.ctx.data.get("actor_nationality") or {}
        inside = range(t.left_edge.i, t.right_edge.i + 1)
        if any(nat.get(k) == country for k in inside):
            return False
        return any(nat.get(k) == country for k in range(m.start, m.end) if k not in inside)

    def _own_nationality(self, t: Token) -> str | None:
        """The country of a nationality word or country name modifying ``t`` ("*Kenyan* police")."""
        nat = self.ctx.data.get("actor_nationality") or {}
        doc = t.doc
        own = next((nat[k] for k in range(t.i - 1, t.left_edge.i - 1, -1) if k in nat and not (
            k >= 2 and doc[k - 1].text == "-" and doc[k - 2].lower_ in ("pro", "anti", "non"))), None)  # not "pro-Russian"
        k = t.left_edge.i - 1  # "[*Pakistani*] [Prime Minister X], whom ... met": a nationality word the repaired
        if own is None and k >= 0 and k in nat and doc[k].pos_ == "ADJ" and doc[k].head.pos_ not in ("NOUN", "PROPN") \
                and (k == 0 or doc[k].is_sent_start or doc[k - 1].pos_ in ("DET", "PUNCT")):  # parse left stranded
            return nat[k]
        return own

    def _moved_inside(self, t: Token, any_head: bool = False) -> bool:
        """A word of this token's mention that the coder's repaired parse hung elsewhere ("[dead] two policemen"
        with *dead* now the verb's complement; with ``any_head`` also when ``t`` is not the mention's head:
        "[Kenyan police blamed Armenia]" with *blamed* now the verb)."""
        if t.doc is self.ctx.doc:
            return False
        m = self._mention(t)
        if m is None or (m.head != t.i and not any_head):
            return False
        before, after = doc_heads(self.ctx.doc), doc_heads(t.doc)  # each token's head, in both parses
        return before[m.start:m.end] != after[m.start:m.end]

    def _mention(self, t: Token):
        fn = self.mention_fn
        try:
            return fn(self.ctx, t.i) if fn is not None else None
        except Exception:  # a collaborator's bug must not sink the events
            return None

    def _law_unit(self, t: Token) -> Actor | None:
        """A police unit no table names (``units.is_law_unit``): COP."""
        key = (t.doc, t.i)
        unit = self._units.get(key)
        if unit is None:
            unit = self._units[key] = is_law_unit(t)
        if not unit:
            return None
        s, e = np_span(t)
        return Actor(text=doc_text(self.ctx.doc)[s:e], sector="COP", start=s, end=e, kind="agent",
                     rule="events:police-unit")

    def _owned_place(self, t: Token) -> Actor | None:
        """A post or building of a force, coded by its own modifiers: "an Iraqi *army* checkpoint" (IRQ MIL),
        "a *police* station" (COP), "a U.S. *military* base". The force's word gives the sector, a
        nationality word or country the country; a place noun with neither is no actor."""
        if t.pos_ != "NOUN" or t.lemma_.lower() not in _FORCE_PLACES:
            return None
        mods = [c for c in children_of(t) if c.i < t.i and c.dep_ in ("compound", "amod", "nmod:poss", "poss")]
        agents = single_word_agents()
        sector = next((agents[c.lower_] for c in mods if c.dep_ in ("compound", "amod") and c.lower_ in agents), None)
        if sector is None:
            return None  # "a Baghdad station", "the Iraqi checkpoint": the nationality alone is owner_country's
        country = None
        for c in mods:
            b = self._raw(c)
            if b is None and self.owner_fn is not None:
                try:
                    b = self.owner_fn(self.ctx, c)
                except Exception:  # a collaborator's bug must not sink the events
                    b = None
            if b is not None and b.country:
                country = b.country
                break
        s, e = np_span(t)
        return Actor(text=doc_text(self.ctx.doc)[s:e], country=country, sector=sector, start=s, end=e, kind="agent",
                     rule="events:force-place")

    def uncoded(self, t: Token, force: bool = False) -> Actor | None:
        """An uncoded Actor from the span text, for names and person-like nouns only (any noun if forced)."""
        if not force and t.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                                         "QUANTITY", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT"):
            return None
        if not force and (t.pos_ == "PRON" or _is_temporal(t)):
            return None  # an unresolved pronoun or a date is no actor
        ok = force or (t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
              or (t.pos_ == "PROPN" and (t.ent_type_ != "" or t.i != sentence_of(t.doc, t.i)[0]))
              or named_subject(t, self.ctx.data.get("actor_nationality"))  # round 57: "*Wako* urged ..."
              or bool(_words(t) & PERSONISH))
        if not ok:
            return None
        s, e = np_span(t)
        kind = {"PERSON": "person", "ORG": "org", "GPE": "gpe", "NORP": "norp"}.get(t.ent_type_) or (
            "person" if named_subject(t, self.ctx.data.get("actor_nationality")) else None)
        if t.pos_ == "PRON":
            kind = "pronoun"
        return Actor(text=doc_text(self.ctx.doc)[s:e], start=s, end=e, kind=kind, rule="events:span")


def _capital_plural(t: Token) -> bool:
    """The first word of its sentence, a plural the tagger read as a name (NNPS, no entity) for its capital only
    ("*Smugglers* shot and wounded two guards"): an agent word like any other (round ag62)."""
    return t.pos_ == "PROPN" and t.tag_ == "NNPS" and not t.ent_type_ and t.is_sent_start
