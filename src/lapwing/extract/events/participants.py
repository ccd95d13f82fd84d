"""Source and target actors of an event: the actor extractor's codes with the event coder's fallbacks.

``_Actors`` asks :func:`lapwing.extract.actors.actor_for_token` (when that module exists) and falls back
to a coded mention inside the phrase ("the leader of Hamas") or an uncoded span; the mixin adds the
speaker of a reported pronoun, the sentence's single country for sector-only actors, and the armed test.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache

from spacy.tokens import Span, Token

from lapwing.extract.events.syntax import (
    PERSONISH,
    SUBJ,
    _cases,
    _is_temporal,
    _words,
    lemma_of,
    verb_bases,
)
from lapwing.extract.events.phrases import _modifiers, np_span
from lapwing.extract.docfacts import doc_heads, doc_text, sentence_of
from lapwing.extract.events.lexicon_loader import single_word_agents
from lapwing.extract.events.units import is_law_unit
from lapwing.extract.registry import Context, optional_module
from lapwing.schema import Actor

#: sectors of actors whose statements are political statements
POLITICAL_SECTORS = {
    "GOV", "MIL", "OPP", "PTY", "LEG", "JUD", "COP", "REB", "INS", "SPY", "UAF", "IGO", "NGO",
    "ELI", "MOD", "RAD", "SEP", "IMG", "HRI", "ACT", "PRE", "FRM", "DIP", "ELE", "MED_GOV",
}
#: sectors counted as armed when choosing the ACLED type (battle vs violence against civilians)
ARMED_SECTORS = {"MIL", "REB", "COP", "SPY", "UAF", "INS", "IMG", "SEP", "RAD", "MIL_GOV"}

#: a country adjective on one of these nouns names a place, not the nationality of another actor
#: ("soldiers sought refuge in the Brazilian embassy")
# quantity and portion nouns: "tens of thousands of students", "a first batch of Bangladeshi troops"
QUANTITY_HEADS = {"tens", "hundreds", "thousands", "millions", "dozens", "scores", "handful", "number", "batch",
                  "patch", "contingent", "group", "crowd", "majority", "minority", "rest", "members", "half"}
PLACE_HEADS = {"embassy", "consulate", "legation", "chancery", "border", "frontier", "territory", "soil",
               "waters", "airspace"}
#: actor "country" codes that are organisations or regions, not states
NOT_STATES = {"UNO", "EUR", "AFR", "ASA", "MEA", "WST", "NAT", "IGO", "NGO", "ARL", "ASN", "OAS", "OPC",
              "WTO", "IMF", "WBK", "ICC", "OSC", "COE", "EEC", "IMG", "MNC"}
SETTLEMENT_HEADS = {"town", "city", "village", "district", "province", "region", "county", "state",
                    "municipality", "neighbourhood", "neighborhood", "suburb", "island", "port"}


def _has_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def _fn(modname: str, attr: str):
    mod = optional_module(modname)
    return getattr(mod, attr, None) if mod is not None else None


#: number nouns that head a crowd: "*hundreds* of students", "*thousands* marched"
_CROWD_NUMBERS = frozenset({"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "million",
                            "millions", "ten", "tens", "score", "scores"})


def is_coded(a: Actor | None) -> bool:
    return a is not None and bool(a.country or a.sector)


def _pol_sector(a: Actor | None) -> bool:
    """An actor with an explicitly political sector (government, military, party...)."""
    return a is not None and bool(a.sector) and a.sector.upper() in POLITICAL_SECTORS


#: sectors whose appeals, demands and criticism are political statements, though their force is not
#: political violence ("Pope Francis appealed for peace", but "the striker attacked the near post")
VOICE_SECTORS = {"REL"}


def has_political_voice(a: Actor | None) -> bool:
    """:func:`is_political`, or a religious actor (for verbal events and statements)."""
    return is_political(a) or (a is not None and bool(a.sector) and a.sector.upper() in VOICE_SECTORS)


def is_political(a: Actor | None) -> bool:
    """A government, armed, party, judicial... actor, or an intergovernmental or non-governmental
    organisation whatever its sector (the Red Cross is NGO/HLH, the UN refugee agency UNO/REF)."""
    if a is None:
        return False
    if a.country and a.country.upper() in _igo_codes():
        return True
    if a.sector:
        return a.sector.upper() in POLITICAL_SECTORS
    return bool(a.country)


@lru_cache(maxsize=1)
def _igo_codes() -> frozenset[str]:
    """IGO and generic organisation codes of the countries lexicon; multinational companies are no
    political actor."""
    from lapwing.lexicons import igo_codes

    return frozenset(igo_codes()) - {"MNC"}



#: posts and buildings that belong to the force their modifier names ("a *police* station", "an *army* checkpoint")
_FORCE_PLACES = frozenset({"station", "post", "checkpoint", "base", "barracks", "headquarters", "outpost", "camp",
                           "garrison", "academy", "compound", "office", "building", "convoy", "patrol", "vehicle",
                           "bus", "truck", "jeep", "van", "boat", "ship", "position"})


def _many(text: str) -> bool:
    """A number of at least a hundred, written in digits ("5,000")."""
    try:
        return float(text.replace(",", "")) >= 100
    except ValueError:
        return False


class _Actors:
    """actor_for_token with fallbacks, cached per token."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.fn = _fn("lapwing.extract.actors", "actor_for_token")
        self.owner_fn = _fn("lapwing.extract.actors", "owner_country")
        self.mention_fn = _fn("lapwing.extract.actors", "mention_for_token")
        self.cache: dict[int, Actor | None] = {}
        self._units: dict[tuple, bool] = {}  # (doc, token index) -> is_law_unit, asked once per token

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
        a = self._raw(t)
        o = self.ctx.doc[t.i] if t.doc is not self.ctx.doc else t
        if a is not None and (o.head.i != t.head.i or o.dep_ != t.dep_ or self._moved_inside(t)) and not (
                t.left_edge.idx <= a.start and a.end <= t.right_edge.idx + len(t.right_edge.text)):
            # the coder's repaired parse moved this word, and the mention the model's parse gave it reaches
            # past the word's new phrase: "[Police shot dead two robbers]" read as one noun phrase headed by
            # *robbers*, *Police* now the subject of *shot*, is not Police's phrase (its code is the
            # robbers'); a mention whose head is in the new phrase keeps its codes, cut to that phrase
            # ("[dead three soldiers]" -> "three soldiers")
            m = self._mention(t)
            if m is None or not (t.left_edge.i <= m.head <= t.right_edge.i):
                a = None
            else:
                s, e = np_span(t)
                a = a.model_copy(update={"text": doc_text(self.ctx.doc)[s:e], "start": s, "end": e})
        if is_coded(a):
            return a
        # "the leader of Hamas", "Gondor's government", "Israeli soldiers", "officials from X",
        # "U.N. peacekeeping chief Jean-Pierre Lacroix": a coded mention inside the phrase (2 levels)
        frontier, seen = [t], {t.i}
        inner: list[Token] = []
        for _depth in range(2):
            nxt = []
            for x in frontier:
                for c in x.children:
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
        if a is None and t.pos_ == "NOUN" and t.lower_ not in QUANTITY_HEADS:
            # a noun that is no actor takes a code only from its own possessor or nationality word
            # ("Haiti's efforts", "the Turkish side"), not from a complement: "the fall of President
            # Assad's government" is not Assad
            inner = [c for c in inner if c.head.i == t.i and c.dep_ in ("nmod:poss", "poss", "amod", "compound")]
        for c in inner:
            b = self._raw(c)
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
        if self.fn is not None and t.pos_ == "NOUN" and t.dep_ in ("nsubj", "obj") and self.ctx.doc[t.i].dep_ != t.dep_:
            # a subject or object that only the coder's parse repair set apart ("*Police* shot dead a
            # suspect", read by the model as the noun phrase "Police shot"): its own agent word codes it
            sector = single_word_agents().get(t.lower_)
            if sector is not None:
                s, e = np_span(t)
                return Actor(text=doc_text(self.ctx.doc)[s:e], sector=sector, start=s, end=e, kind="agent",
                             rule="events:agent-word")
        if self.owner_fn is not None and t.pos_ in ("NOUN", "ADJ", "PROPN"):
            # "Israeli tanks", "Syrian officers", "a US offer": the nationality word names the owner
            try:
                b = self.owner_fn(self.ctx, t)
            except Exception:  # a collaborator's bug must not sink the events
                b = None
            if b is not None:
                return b
        if not fallback:
            return None
        return self.uncoded(t)

    def _moved_inside(self, t: Token) -> bool:
        """A word of this token's mention that the coder's repaired parse hung elsewhere ("[dead] two policemen"
        with *dead* now the verb's complement)."""
        if t.doc is self.ctx.doc:
            return False
        m = self._mention(t)
        if m is None or m.head != t.i:
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
        mods = [c for c in t.children if c.i < t.i and c.dep_ in ("compound", "amod", "nmod:poss", "poss")]
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
              or bool(_words(t) & PERSONISH))
        if not ok:
            return None
        s, e = np_span(t)
        kind = {"PERSON": "person", "ORG": "org", "GPE": "gpe", "NORP": "norp"}.get(t.ent_type_)
        if t.pos_ == "PRON":
            kind = "pronoun"
        return Actor(text=doc_text(self.ctx.doc)[s:e], start=s, end=e, kind=kind, rule="events:span")


class ParticipantsMixin:
    """Coder methods that turn argument tokens into actors."""

    def role_as(self, verb: Token, src: Actor | None) -> Actor | None:
        """The codes of the role an uncoded subject acts in, named by the verb's "as" phrase ("Suharto
        resigned *as president of Indonesia*", "Smith spoke *as Kenya's envoy*"); None without one."""
        if src is None or src.kind not in (None, "person", "agent"):
            return None
        for c in verb.children:
            if c.dep_.startswith("obl") and "as" in _cases(c) and c.pos_ == "NOUN":
                b = self.actors.get(c, fallback=False)
                if is_coded(b) and (b.sector or "").upper() in POLITICAL_SECTORS:
                    return src.model_copy(update={"country": b.country, "sector": b.sector,
                                                  "rule": (src.rule or "actor") + "+role-as"})
        return None

    def crowd(self, t: Token | None) -> Actor | None:
        """A counted crowd as the subject of a protest: "*Hundreds of Lebanese pacifists*
        demonstrated", "*about 100 immigrants* protested", "*Thousands* marched": people whose kind
        the actor tables do not know are civilians (CVL; the sentence may give their country)."""
        if t is None or t.pos_ not in ("NOUN", "NUM", "PROPN") or t.ent_type_ in ("ORG", "GPE", "LOC", "FAC"):
            return None
        head = t
        if lemma_of(t) in _CROWD_NUMBERS or t.pos_ == "NUM":
            head = next((c for c in t.children if c.dep_.startswith("nmod") and "of" in _cases(c)), t)
        counted = head is not t or any(c.dep_ == "nummod" for c in t.children) or t.lower_ in _CROWD_NUMBERS \
            or (t.pos_ == "NUM" and _many(t.text))  # "Some *5,000* marched"
        plural = head.tag_ in ("NNS", "NNPS") or head.pos_ == "NUM" or lemma_of(head) in _CROWD_NUMBERS
        if not (counted and plural):
            return None
        s, e = np_span(t)
        if head is not t:
            e = max(e, np_span(head)[1])  # "Hundreds *of Lebanese pacifists*"
        return Actor(text=doc_text(self.ctx.doc)[s:e], start=s, end=e, kind="agent", sector="CVL",
                     rule="events:crowd")

    def lost_subject(self, t: Token) -> Token | None:
        """The subject the parser lost under a title chain, found by position by the actor extractor
        (:func:`lapwing.extract.actors.lost_subject`), as a token of the coder's doc; None without it."""
        fn = getattr(self, "_lost_subject_fn", False)
        if fn is False:
            fn = self._lost_subject_fn = _fn("lapwing.extract.actors", "lost_subject")
        if fn is None:
            return None
        try:
            m = fn(self.ctx, t.i)
        except Exception:  # a collaborator's bug must not sink the events
            return None
        return self.doc[m.head] if m is not None and 0 <= m.head < len(self.doc) else None

    def speaker_pronoun(self, t: Token | None) -> Actor | None:
        """"The Umma party said *it* will boycott ...": an unresolved subject pronoun of a reported
        clause is the speaker (rule suffix ``+speaker``)."""
        if t is None or t.pos_ != "PRON" or t.lower_ not in ("it", "they", "he", "she", "we"):
            return None
        clause = t.head
        for _ in range(3):
            if clause.dep_ in ("ccomp", "parataxis") and verb_bases(clause.head) & {
                    "say", "announce", "state", "declare", "insist", "warn", "tell", "add", "confirm"}:
                spk = next((c for c in clause.head.children if c.dep_ in SUBJ), None)
                a = self.actors.get(spk, fallback=False) if spk is not None else None
                if is_coded(a):
                    return a.model_copy(update={"text": t.text, "start": t.idx, "end": t.idx + len(t.text),
                                                "rule": (a.rule or "actor") + "+speaker"})
                return None
            if clause.dep_ not in ("xcomp", "conj"):
                return None
            clause = clause.head
        return None

    def _sentence_countries(self, sent: Span) -> list[tuple[int, int, str]]:
        key = ("countries", sent.start)
        if key not in self._cache:
            out = []
            for m in self.ctx.data.get("actors") or ():
                a = getattr(m, "actor", None)
                if a is None or not a.country or a.country in NOT_STATES or (a.sector or "").upper() in ("IGO", "NGO", "MNC", "MED"):
                    # the UN or the EU names no country of the others ("the UN invited the rebels"), nor
                    # does the outlet that reports ("troops shelled villages, residents told *Reuters*")
                    continue
                if sent.start_char <= a.start < sent.end_char:
                    out.append((a.start, a.end, a.country))
            self._cache[key] = out
        return self._cache[key]

    def sentence_country(self, sent: Span, a: Actor | None, other: Actor | None) -> Actor | None:
        """A sector-only actor takes the country of a sentence in which every coded country is the
        same, when that country is shown by some mention other than the event's other actor
        ("Guaido called on the armed forces to abandon Maduro": the armed forces are Venezuela's)."""
        if a is None or a.country or not a.sector or a.sector.upper() in ("IGO", "NGO", "MNC", "IMG"):
            return a
        if a.kind not in (None, "agent"):
            return a  # a named person's nationality is not another person's ("McCaul said, referring to
            # Russian President Vladimir Putin")
        local = self._located_country(a)
        if local is not None:
            return a.model_copy(update={"country": local, "rule": (a.rule or "actor") + "+place"})
        found = self._sentence_countries(sent)
        codes = {c for _, _, c in found}
        if len(codes) != 1:
            return a
        found = [f for f in found if not self._names_place(f[0], f[1])]
        codes = {c for _, _, c in found}
        if len(codes) != 1:
            return a
        witnesses = [(s_, e_) for s_, e_, _ in found
                     if not (other is not None and other.start <= s_ and e_ <= other.end)
                     and not (a.start <= s_ and e_ <= a.end)]
        if not witnesses:
            return a
        return a.model_copy(update={"country": codes.pop(), "rule": (a.rule or "actor") + "+sentence-country"})

    def _located_country(self, a: Actor) -> str | None:
        """The country of the town or province an agent is placed in by its own phrase ("police *in
        Lagos*", "a court *in Lahore*", "protesters *in Belgrade*"), from the places extractor."""
        span = self.doc.char_span(a.start, a.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        places = [p for p in self.ctx.record.places if p.country and p.kind in ("city", "admin1", "landmark")]
        if not places:
            return None
        for c in span.root.children:
            if c.dep_.startswith("nmod") and _cases(c) & {"in", "from"} and c.i > span.root.i:
                for p in places:
                    if p.start <= c.idx < p.end and p.country not in NOT_STATES:
                        return p.country
        return None

    def _names_place(self, start: int, end: int) -> bool:
        """The country mention modifies a place noun ("in the Brazilian embassy", "on Turkish soil"):
        it locates the event and says nothing of the actors' nationality."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        root = span.root
        up = root
        while up.dep_ == "conj" and up.head.i != up.i:
            up = up.head
        if up.dep_ in ("nmod", "appos") and lemma_of(up.head) in SETTLEMENT_HEADS and (
                up.dep_ == "appos" or any(c.lower_ == "of" for c in up.children)):
            return True  # a town named like a person or a country: "the towns of Bocaranga and Bazoum"
        if (root.dep_ in ("amod", "compound", "nmod", "poss", "nmod:poss")
                and root.head.i not in range(span.start, span.end)
                and lemma_of(root.head) in PLACE_HEADS):
            return True  # "Brazilian" in "in the Brazilian embassy" (mention without its head)
        # the mention is itself a place in a prepositional phrase: "(in) the Brazilian embassy"
        return root.pos_ == "NOUN" and (lemma_of(root) in PLACE_HEADS and root.dep_ in ("obl", "nmod", "pobj", "obl:npmod")
                and any(c.dep_ in ("case", "prep") for c in root.children) or
                (lemma_of(root) in PLACE_HEADS and root.head.dep_ == "prep"))

    def _armed(self, a: Actor | None, t: Token | None) -> bool:
        if a is not None and a.sector and a.sector.upper() in ARMED_SECTORS:
            return True
        if t is None:
            return False
        words = self.lex.sets.get("@armed", frozenset())
        return bool(_words(t) & words) or any(_words(m) & words for m in _modifiers(t))
