"""The event coder: who did what to whom, coded in CAMEO and PLOVER, from the dependency parse.

For every sentence the coder looks for *triggers* (verbs, nouns, predicative adjectives whose
lemma is in the pattern lexicon, ``lexicons/event_patterns/``), checks each candidate pattern's
*frame* against the trigger's UD dependents (object, oblique with a given preposition,
to-clause, particle...), takes the source and target from the arguments the pattern names
(subject / ``obl:agent`` for passives, object, ``on``-phrase, ...), refines family codes
("call on X to *release* Y" -> 0253) from the content words, and reads the status (negated,
future, hypothetical, attributed) from the surrounding clauses (:mod:`.event_status`).

Precision comes first. An event is emitted only when

* the sentence is not about sport, weather, markets, history or culture (cue words);
* at least one of its actors is coded (country or sector) unless the pattern allows agentless
  events ("protests erupted", "a roadside bomb killed two soldiers");
* statements (CAMEO 01) come from a political actor about something other than another event;
* its confidence is at least ``ctx.config["event_min_confidence"]`` (default 0.5).

See ``docs/events.md`` for the lexicon syntax, statuses, rule ids and scores.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import re
from dataclasses import dataclass, field
from datetime import date as _date
from typing import Any

from spacy.tokens import Span, Token

from lapwing.extract.event_lexicon import (
    FAMILY_DEFAULT,
    CameoRow,
    Cond,
    Lexicon,
    Pattern,
    form_index,
    lexicon,
)
from lapwing.extract.event_parse import repaired
from lapwing.extract.event_status import event_status
from lapwing.extract.registry import Context, extractor
from lapwing.schema import Acled, Actor, Event, Plover, Span as SSpan, Trigger

log = logging.getLogger(__name__)

DEFAULT_MIN_CONFIDENCE = 0.5
MAX_EVENTS_PER_SENTENCE = 8

#: sectors of actors whose statements are political statements
POLITICAL_SECTORS = {
    "GOV", "MIL", "OPP", "PTY", "LEG", "JUD", "COP", "REB", "INS", "SPY", "UAF", "IGO", "NGO",
    "ELI", "MOD", "RAD", "SEP", "IMG", "HRI", "ACT", "PRE", "FRM", "DIP", "ELE", "MED_GOV",
}
#: sectors counted as armed when choosing the ACLED type (battle vs violence against civilians)
ARMED_SECTORS = {"MIL", "REB", "COP", "SPY", "UAF", "INS", "IMG", "SEP", "RAD", "MIL_GOV"}

SUBJ = ("nsubj", "nsubj:outer", "csubj")
PASS_SUBJ = ("nsubj:pass", "nsubjpass", "csubj:pass")
OBJ_CONTROL = {"urge", "ask", "order", "force", "persuade", "invite", "encourage", "tell", "allow",
               "permit", "press", "implore", "beseech", "compel", "instruct", "direct", "require",
               "call", "appeal", "help"}
LIGHT_VERBS = {
    "hold", "stage", "launch", "carry", "conduct", "mount", "organize", "organise", "sign", "impose",
    "begin", "start", "continue", "resume", "open", "reach", "conclude", "make", "issue", "announce",
    "wage", "unleash", "step", "lead", "join", "call", "declare", "take", "host", "attend", "convene",
    "go", "head", "spearhead", "initiate", "undertake", "perform", "commit", "stage", "plan",
    "prepare", "order", "authorize", "authorise", "approve", "extend", "expand", "intensify",
    "escalate", "lift", "maintain", "hold", "use", "deliver", "send", "give", "provide", "offer",
    "pledge", "promise", "mark", "accept", "have", "seal", "finalize", "finalise", "clinch", "broker",
    "complete", "finish", "carry_out", "pursue", "press", "stage", "hold", "sustain",
}
HAPPEN_VERBS = {
    "erupt", "break", "take", "occur", "happen", "continue", "rage", "intensify", "escalate", "kill",
    "leave", "injure", "wound", "hit", "rock", "shake", "spread", "resume", "flare", "begin", "start",
    "end", "claim", "target", "destroy", "damage", "be", "plan", "schedule", "expect", "set", "open",
    "close", "conclude", "collapse", "fail", "stall", "succeed", "last", "go", "get", "turn",
}
VIOLENT_ROOTS = {"18", "19", "20"}
PERSONISH = {
    "protester", "demonstrator", "people", "resident", "villager", "student", "worker", "official",
    "leader", "minister", "president", "government", "soldier", "troop", "force", "police", "rebel",
    "militant", "activist", "supporter", "crowd", "civilian", "group", "party", "opposition", "army",
    "authority", "envoy", "ambassador", "diplomat", "delegation", "spokesman", "spokeswoman",
    "spokesperson", "negotiator", "side", "faction", "militia", "fighter", "gunman", "insurgent",
    "guerrilla", "guerilla", "prisoner", "hostage", "detainee", "journalist", "refugee", "man",
    "woman", "child", "member", "lawmaker", "parliament", "court", "judge", "prosecutor",
    "administration", "cabinet", "ministry", "regime", "council", "union", "coalition",
    "chief", "commander", "general", "officer", "agency", "organization", "organisation",
    "movement", "country", "state", "nation", "kingdom", "republic", "counterpart", "premier",
    "king", "queen", "prince", "emir", "sheikh", "cleric", "farmer", "landowner", "youth", "mob",
    "inmate", "settler", "migrant", "demonstration", "monitor", "observer", "inspector", "team",
    "national", "citizen", "personnel", "staff", "crew", "bomber", "attacker", "assailant",
    "kidnapper", "separatist", "extremist", "jihadist", "terrorist", "dissident", "critic", "senator",
    "congress", "senate", "legislature", "assembly", "mayor", "governor", "secretary", "chancellor",
    "tribe", "clan", "community", "family", "neighbor", "neighbour", "ally", "partner", "rival",
    "enemy", "foe", "embassy", "consulate", "mission", "contingent", "unit", "battalion", "brigade",
    "navy", "military", "warplane", "jet", "helicopter", "tank", "drone",
}
TEMPORAL_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
    "tomorrow", "tonight", "week", "weekend", "month", "year", "day", "morning", "evening", "night",
    "afternoon", "january", "february", "march", "april", "may_", "june", "july", "august", "september",
    "october", "november", "december", "time", "hour", "minute", "decade", "century",
    "jan.", "feb.", "mar.", "apr.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "jan", "feb",
    "aug", "sept", "oct", "nov", "dec",
}
NONPOLITICAL_HINT = {"company", "firm", "bank", "club", "team", "brand", "shop", "store", "retailer",
                     "manufacturer", "carmaker", "airline", "startup", "investor", "analyst"}

_YEAR = re.compile(r"^(1[0-9]{3}|20[0-9]{2})s?$")
#: words before a capitalised "March" that make it the month ("in March", "since March", "last March")
_MONTH_PREV = {"in", "since", "last", "next", "early", "late", "mid", "until", "till", "by", "of", "from",
               "through", "this", "every", "before", "after", "during", "between", "and", "or", "to"}
#: article-level off-topic topics: an article dominated by their cues (and without a political
#: actor) gets no events ("Riverside's midfield overran the ten men")
ARTICLE_OFFTOPIC = ("sport", "markets", "weather")
#: a cue in at least this many distinct words and this share of the sentences marks the article
ARTICLE_OFFTOPIC_MIN_CUES = 5
ARTICLE_OFFTOPIC_MIN_SHARE = 0.3
#: a country adjective on one of these nouns names a place, not the nationality of another actor
#: ("soldiers sought refuge in the Brazilian embassy")
# quantity and portion nouns: "tens of thousands of students", "a first batch of Bangladeshi troops"
QUANTITY_HEADS = {"tens", "hundreds", "thousands", "millions", "dozens", "scores", "handful", "number", "batch",
                  "patch", "contingent", "group", "crowd", "majority", "minority", "rest", "members", "half"}
PLACE_HEADS = {"embassy", "consulate", "legation", "chancery", "border", "frontier", "territory", "soil",
               "waters", "airspace"}
# "X accused / blamed / charged Y of / for V-ing": Y is V's subject
GERUND_OBJ_CONTROL = {"accuse", "blame", "charge", "suspect", "convict", "indict", "condemn", "criticize",
                      "criticise", "denounce", "fault", "punish", "sentence", "arrest", "praise", "thank", "credit"}
# nouns whose "of" complement is a place name: "the towns of Bocaranga and Bazoum"
SETTLEMENT_HEADS = {"town", "city", "village", "district", "province", "region", "county", "state",
                    "municipality", "neighbourhood", "neighborhood", "suburb", "island", "port"}


def _is_month(t: Token) -> bool:
    """A capitalised "March" that is the month: "in March", "March 3", "March 2019", a DATE entity."""
    if t.text not in ("March", "MARCH"):
        return False
    if t.ent_type_ == "DATE":
        return True
    doc = t.doc
    if t.i + 1 < len(doc) and (doc[t.i + 1].like_num or _YEAR.match(doc[t.i + 1].text)):
        return True
    if t.i > 0 and doc[t.i - 1].lower_ in _MONTH_PREV:
        return True
    return False


# ---------------------------------------------------------------------------------------------
# collaborators (actors / places / dates): used when their modules exist


def _optional(name: str):
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name == name:
            return None
        raise


def _has_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def _fn(modname: str, attr: str):
    mod = _optional(modname)
    return getattr(mod, attr, None) if mod is not None else None


# ---------------------------------------------------------------------------------------------
# small parse helpers


def lemma_of(t: Token) -> str:
    return t.lemma_.lower() if t.lemma_ else t.lower_


def _singulars(w: str) -> set[str]:
    out = set()
    if w.endswith("men") and len(w) > 4:
        out.add(w[:-3] + "man")
    if w.endswith("ies") and len(w) > 4:
        out.add(w[:-3] + "y")
    if w.endswith("es") and len(w) > 3:
        out.add(w[:-2])
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        out.add(w[:-1])
    return out


def _words(t: Token) -> set[str]:
    """Lemma, lower-cased form and naive singulars: all are tried against word lists."""
    low = t.lower_
    return {lemma_of(t), low} | _singulars(low)


def verb_bases(t: Token) -> set[str]:
    """Lemma candidates of a verb form, robust to the lemmatiser's misses ("planned" -> plan)."""
    w = t.lower_
    out = {lemma_of(t), w}
    for suf in ("ing", "ed", "es", "s", "d"):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            b = w[: -len(suf)]
            out.add(b)
            if suf in ("ing", "ed"):
                out.add(b + "e")
                if len(b) > 2 and b[-1] == b[-2]:
                    out.add(b[:-1])
            if suf == "ed" and b.endswith("i"):
                out.add(b[:-1] + "y")
    return out


def _is_passive(t: Token) -> bool:
    if any(c.dep_ in PASS_SUBJ or c.dep_ == "aux:pass" for c in t.children):
        return True
    return False


def _children(t: Token, deps) -> list[Token]:
    return [c for c in t.children if c.dep_ in deps]


def _particles(t: Token) -> set[str]:
    return {c.lower_ for c in t.children
            if c.dep_ in ("compound:prt", "prt") or (c.dep_ == "advmod" and c.lower_ in
                                                     {"down", "up", "out", "off", "over", "back", "away"})}


def _cases(t: Token) -> set[str]:
    out = set()
    for c in t.children:
        if c.dep_ in ("case", "mark"):
            out.add(c.lower_)
            fixed = [g.lower_ for g in c.children if g.dep_ == "fixed"]
            if fixed:
                out.add("_".join([c.lower_] + fixed))
    return out


def _xcomp(t: Token) -> Token | None:
    for c in t.children:
        if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX", "ADJ", "NOUN"):
            return c
    for c in t.children:
        if c.dep_ == "advcl" and c.i > t.i and "to" in _cases(c) and c.pos_ in ("VERB", "AUX"):
            return c
    return None


def _ccomp(t: Token) -> Token | None:
    for c in t.children:
        if c.dep_ == "ccomp":
            return c
    for c in t.children:  # "demanded that Hamas renounce ...", parsed as an adverbial clause
        if c.dep_ == "advcl" and c.i > t.i and "that" in _cases(c):
            return c
    return None


def _subj_token(t: Token, depth: int = 0) -> Token | None:
    """The (active) subject of predicate ``t``; inherited through control, conjunction, relative clauses."""
    if depth > 4:
        return None
    passive = _is_passive(t)
    if passive:
        for c in t.children:
            if c.dep_ == "obl:agent":
                return _np_head(c)
        for c in t.children:
            if c.dep_.startswith("obl") and "by" in _cases(c):
                return c
        return None
    for c in t.children:
        if c.dep_ in SUBJ and not _is_temporal(c):  # "the Council today agreed": "today" is no subject
            if c.tag_ in ("WDT", "WP") and t.dep_ in ("acl:relcl", "acl") and t.head.pos_ in ("NOUN", "PROPN", "PRON"):
                return t.head
            return c
    if t.dep_ in ("acl:relcl", "acl") and t.head.pos_ in ("NOUN", "PROPN", "PRON") and t.tag_ != "VBN":
        h = t.head
        if t.dep_ == "acl" and h.pos_ == "NOUN" and not (_words(h) & PERSONISH) and h.dep_ in ("obj", "dobj"):
            return _subj_token(h.head, depth + 1)  # "the government passed a bill lifting the ban"
        return h
    if t.dep_ == "xcomp" or (t.dep_ == "advcl" and "to" in _cases(t)):
        h = t.head
        if lemma_of(h) in OBJ_CONTROL:
            for c in h.children:
                if c.dep_ == "obj":
                    return c
            for c in h.children:
                if c.dep_.startswith("obl") and _cases(c) & {"on", "upon"}:
                    return c
        return _subj_token(h, depth + 1)
    if t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX", "ADJ"):
        return _subj_token(t.head, depth + 1)
    if t.dep_ in ("advcl", "acl") and t.tag_ == "VBG" and _cases(t) & {"of", "for"} \
            and lemma_of(t.head) in GERUND_OBJ_CONTROL:
        # "accused the rebels of killing civilians", "blamed Iran for attacking": the object did it
        for c in t.head.children:
            if c.dep_ in ("obj", "dobj") or (c.dep_ == "xcomp" and c.pos_ in ("PROPN", "NOUN") and c.i < t.i):
                return c  # (a noun object misread as xcomp: "Russia accused [Ukraine] of attacking")
        if _is_passive(t.head):
            return next((c for c in t.head.children if c.dep_ in ("nsubj:pass", "nsubjpass")), None)
        return None
    if t.dep_ == "advcl" and t.tag_ == "VBG":  # "..., killing one person"
        return _subj_token(t.head, depth + 1)
    if t.dep_ in ("ROOT", "root") and t.tag_ in ("VBD", "VBZ", "VBP"):
        return _fragment_subject(t)
    return None


def _is_temporal(t: Token) -> bool:
    return t.ent_type_ in ("DATE", "TIME") or t.lower_ in TEMPORAL_WORDS


def _fragment_subject(t: Token) -> Token | None:
    """A parser slip: the subject left as a separate fragment before the verb
    ("US President Donald Trump | on Tuesday | lifted a travel ban"): the nearest preceding
    nominal fragment root that is not a date."""
    sent = t.sent
    for j in range(t.i - 1, sent.start - 1, -1):
        x = t.doc[j]
        if x.dep_ in ("ROOT", "root") and x.i != t.i:
            if x.pos_ in ("NOUN", "PROPN", "PRON") and not _is_temporal(x):
                return x
            if x.pos_ in ("VERB", "AUX"):
                return None
    return None


def _np_head(t: Token) -> Token:
    return t


def _obj_token(t: Token) -> Token | None:
    if _is_passive(t):
        for c in t.children:
            if c.dep_ in PASS_SUBJ:
                return c
        if t.dep_ in ("acl", "acl:relcl") and t.head.pos_ in ("NOUN", "PROPN"):
            return t.head  # "a camp ... attacked by militiamen"
        return None
    for c in t.children:
        if c.dep_ in ("obj", "dobj"):
            return c
    return _loose_obj(t)


def _loose_obj(t: Token) -> Token | None:
    """A parser slip: the noun right after a transitive verb hung elsewhere ("freed 37 prisoners late
    on Tuesday" parsed with 'prisoners' under 'late'). Only a caseless noun within three tokens, in
    the verb's own subtree, with no verb in between."""
    if t.pos_ != "VERB" or t.tag_ not in ("VBD", "VBZ", "VBP", "VB", "VBG"):
        return None
    doc = t.doc
    for j in range(t.i + 1, min(t.i + 4, t.sent.end)):
        x = doc[j]
        if x.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "PUNCT", "CCONJ") or x.dep_ == "case":
            return None
        if x.pos_ in ("NOUN", "PROPN") and x.dep_ in ("obl:unmarked", "obl:npmod", "nmod:npmod", "dep", "nmod:tmod_", "compound"):
            if any(c.dep_ == "case" for c in x.children):
                return None
            h, hops = x.head, 0
            while h.i != t.i and h.head.i != h.i and hops < 2:
                h, hops = h.head, hops + 1
            if h.i == t.i and x.dep_ != "compound":
                return x
            return None
    return None


def _prep_args(t: Token) -> list[tuple[set[str], Token]]:
    """(prepositions, head) for each oblique / nominal modifier / for-clause of ``t``."""
    out = []
    for c in t.children:
        d = c.dep_
        if d.startswith(("obl", "nmod")) and d != "nmod:poss" and d != "nmod:tmod":
            cs = _cases(c)
            if cs and not _is_temporal(c):  # "on Friday" is a time, not a target
                out.append((cs, c))
        elif d == "advcl" and _cases(c) & {"for"}:
            out.append(({"for"}, c))
        elif d in ("acl",) and c.lower_ in ("involving", "including", "between", "against", "targeting"):
            for g in c.children:
                if g.dep_ in ("obj", "dobj"):
                    out.append(({c.lower_}, g))
    prts = [c for c in t.children if c.dep_ in ("compound:prt", "prt")]
    if prts:
        o = _obj_token(t)
        if o is not None:
            for p in prts:
                out.append(({p.lower_}, o))
    return out


def _prep(t: Token, preps: set[str] | frozenset[str]) -> Token | None:
    for cs, h in _prep_args(t):
        if cs & preps:
            return h
    return None


def _owner(t: Token) -> Token | None:
    """Whose is this noun: possessor, nationality adjective, proper-noun compound, of/by/from phrase."""
    for c in t.children:
        if c.dep_ in ("nmod:poss", "poss"):
            return c
    for c in t.children:
        if c.dep_ in ("amod", "compound") and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG")):
            return c
    for c in t.children:
        if c.dep_.startswith("nmod") and _cases(c) & {"from", "by", "of"}:
            return c
    return None


def _conj(t: Token) -> Token | None:
    for c in t.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON", "ADJ"):
            return c
    return None


def _between(t: Token) -> tuple[Token | None, Token | None]:
    for c in t.children:
        if c.dep_.startswith(("nmod", "obl")) and _cases(c) & {"between", "among", "amongst"}:
            return c, _conj(c)
        if c.dep_ == "acl" and c.lower_ in ("involving", "between"):
            for g in c.children:
                if g.dep_ in ("obj", "dobj"):
                    return g, _conj(g)
    return None, None


def _modifiers(t: Token) -> list[Token]:
    return [c for c in t.children if c.dep_ in ("amod", "compound", "nmod:desc", "flat")]


def np_span(t: Token) -> tuple[int, int]:
    """Character span of the compact noun phrase headed by ``t`` (no clauses, no PPs)."""
    start = end = t.i
    stack = [t]
    while stack:
        x = stack.pop()
        for c in x.children:
            if c.dep_ in ("compound", "flat", "flat:name", "amod", "nmod:poss", "nummod", "nmod:desc",
                          "det:poss", "case") and (c.dep_ != "case" or x.i != t.i):
                if c.dep_ == "case" and c.i < start:
                    continue
                start, end = min(start, c.i), max(end, c.i)
                stack.append(c)
    doc = t.doc
    while start < t.i and (doc[start].is_punct or doc[start].dep_ == "case"):
        start += 1
    return doc[start].idx, doc[end].idx + len(doc[end].text)


# ---------------------------------------------------------------------------------------------
# actors


def is_coded(a: Actor | None) -> bool:
    return a is not None and bool(a.country or a.sector)


def _pol_sector(a: Actor | None) -> bool:
    """An actor with an explicitly political sector (government, military, party...)."""
    return a is not None and bool(a.sector) and a.sector.upper() in POLITICAL_SECTORS


def is_political(a: Actor | None) -> bool:
    if a is None:
        return False
    if a.sector:
        return a.sector.upper() in POLITICAL_SECTORS
    return bool(a.country)


class _Actors:
    """actor_for_token with fallbacks, cached per token."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.fn = _fn("lapwing.extract.actors", "actor_for_token")
        self.cache: dict[int, Actor | None] = {}

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
                return Actor(text=t.doc.text[s:e], name=b.name, country=b.country, sector=sector,
                             start=s, end=e, kind=b.kind, rule=(b.rule or "actor") + "+head")
        if a is not None:
            return a
        if not fallback:
            return None
        return self.uncoded(t)

    def uncoded(self, t: Token, force: bool = False) -> Actor | None:
        """An uncoded Actor from the span text, for names and person-like nouns only (any noun if forced)."""
        if not force and t.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                                         "QUANTITY", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT"):
            return None
        if not force and (t.pos_ == "PRON" or _is_temporal(t)):
            return None  # an unresolved pronoun or a date is no actor
        ok = force or (t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
              or (t.pos_ == "PROPN" and (t.ent_type_ != "" or t.i != t.sent.start))
              or bool(_words(t) & PERSONISH))
        if not ok:
            return None
        s, e = np_span(t)
        kind = {"PERSON": "person", "ORG": "org", "GPE": "gpe", "NORP": "norp"}.get(t.ent_type_)
        if t.pos_ == "PRON":
            kind = "pronoun"
        return Actor(text=t.doc.text[s:e], start=s, end=e, kind=kind, rule="events:span")


# ---------------------------------------------------------------------------------------------
# candidates


@dataclass
class Candidate:
    pattern: Pattern
    trigger: Token
    anchor: Token
    code: str
    source_tok: Token | None
    target_tok: Token | None
    nominal: bool = False
    consumed: set[int] = field(default_factory=set)
    content_class: str | None = None
    light: bool = False


class Coder:
    """Codes one document. Built per article by the extractor; reusable helpers live here."""

    def __init__(self, ctx: Context, lex: Lexicon | None = None):
        self.ctx = ctx
        self.doc = repaired(ctx.doc)  # a copy with misparsed clauses re-analysed (event_parse.py)
        self.lex = lex or lexicon()
        self.forms = form_index()
        self.actors = _Actors(ctx)
        cfg = ctx.config or {}
        self.min_conf = float(cfg.get("event_min_confidence", DEFAULT_MIN_CONFIDENCE))
        self.future_as_intent = bool(cfg.get("future_as_intent", True))
        self.statements = bool(cfg.get("event_statements", True))
        self.refusals = bool(cfg.get("negated_future_as_refusal", True))
        self.place_fn = _fn("lapwing.extract.places", "event_place")
        self.date_fn = _fn("lapwing.extract.dates", "event_date")
        self.ref_year = self._ref_year()
        self._cache: dict = {}
        self.errors = 0
        self.trace: list | None = [] if cfg.get("event_trace") else None
        self.article_topic = self._article_topic()

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
                if a is None or not a.country:
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

    def _ref_year(self) -> int:
        pub = getattr(self.ctx.article, "published", None)
        if pub and re.match(r"^\d{4}", pub):
            self.history_margin = 5
            return int(pub[:4])
        self.history_margin = 20
        return _date.today().year

    # -- lexicon lookup --------------------------------------------------------------------
    def patterns_for(self, t: Token) -> list[tuple[str, Pattern]]:
        pos = t.pos_
        tag = t.tag_
        kinds = []
        if pos == "VERB" or tag.startswith("VB"):
            kinds.append("V")
        if pos in ("NOUN", "PROPN") or tag in ("NN", "NNS"):
            kinds.append("N")
        if pos == "ADJ" or tag in ("JJ", "VBN"):
            kinds.append("A")
        if pos == "ADJ" and tag in ("VBN", "VBD"):
            kinds.append("V")
        out = []
        for k in kinds:
            lems = []
            for w in (lemma_of(t), t.lower_):
                if (k, w) in self.lex.by_lemma:
                    lems.append(w)
                idx = self.forms.get((k, w))
                if idx:
                    lems.append(idx)
            seen = set()
            for lem in lems:
                if lem in seen:
                    continue
                seen.add(lem)
                for p in self.lex.by_lemma.get((k, lem), ()):
                    out.append((k, p))
        return out

    # -- frame conditions --------------------------------------------------------------------
    def _lemma_in(self, t: Token | None, values: frozenset[str]) -> bool:
        if t is None:
            return False
        if not values:
            return True
        ws = _words(t)
        if ws & values:
            return True
        # multiword: "martial law" -> "law" matches, "human shield" -> compound + head;
        # a noun compound counts too ("mediation efforts", "aid deliveries")
        for m in _modifiers(t):
            if f"{lemma_of(m)}_{lemma_of(t)}" in values:
                return True
            if m.dep_ == "compound" and m.pos_ == "NOUN" and _words(m) & values:
                return True
        return False

    def _objactor(self, t: Token | None) -> bool:
        if t is None:
            return False
        if t.pos_ in ("PROPN",) or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return True
        if _words(t) & PERSONISH:
            return True
        return is_coded(self.actors._raw(t))  # the phrase itself, not a mention nested in it

    def check(self, c: Cond, t: Token, kind: str, src: Token | None) -> bool:
        ok = self._check(c, t, kind, src)
        return (not ok) if c.negated else ok

    def _check(self, c: Cond, t: Token, kind: str, src: Token | None) -> bool:
        k = c.kind
        if k == "or":
            return any(self.check(a, t, kind, src) for a in c.alts)
        if k == "obj":
            o = _obj_token(t)
            return o is not None and self._lemma_in(o, c.values)
        if k == "objactor":
            return self._objactor(_obj_token(t))
        if k == "iobj":
            return any(x.dep_ == "iobj" for x in t.children)
        if k == "prep":
            for cs, h in _prep_args(t):
                if cs & c.preps and (not c.values or self._lemma_in(h, c.values)):
                    return True
            return False
        if k == "objprep":
            o = _obj_token(t)
            if o is None:
                return False
            for cs, h in _prep_args(o):
                if cs & c.preps and (not c.values or self._lemma_in(h, c.values)):
                    return True
            return False
        if k == "prt":
            ps = _particles(t)
            return bool(ps) and (not c.values or bool(ps & c.values))
        if k == "xcomp":
            x = _xcomp(t)
            return x is not None and self._lemma_in(x, c.values)
        if k == "ccomp":
            return _ccomp(t) is not None
        if k == "advcl":
            return any(x.dep_ == "advcl" and x.pos_ in ("VERB", "AUX") and x.i > t.i for x in t.children)
        if k == "ccompaux":
            x = _ccomp(t)
            return x is not None and any(a.dep_ == "aux" and a.lower_ in c.values for a in x.children)
        if k == "pass":
            return _is_passive(t)
        if k == "src":
            return src is not None and self._lemma_in(src, c.values)
        if k == "objmod":
            o = _obj_token(t)
            return o is not None and any(self._lemma_in(m, c.values) for m in _modifiers(o))
        if k == "mod":
            return any(self._lemma_in(m, c.values) for m in _modifiers(t))
        if k == "conj":
            s = _subj_token(t)
            return s is not None and _conj(s) is not None
        if k == "sub":
            return any(self._lemma_in(x, c.values) for x in t.subtree if x.i != t.i)
        if k == "xsubjnoun":
            x = _ccomp(t) or _xcomp(t)
            xs = next((g for g in x.children if g.dep_ in SUBJ or g.dep_ in PASS_SUBJ), None) if x is not None else None
            return xs is not None and xs.pos_ in ("NOUN", "PROPN")
        if k == "xsubjpron":
            x = _ccomp(t) or _xcomp(t)
            if x is None:
                return False
            xs = next((g for g in x.children if g.dep_ in SUBJ or g.dep_ in PASS_SUBJ), None)
            return xs is not None and (xs.pos_ == "PRON" or (src is not None and lemma_of(xs) == lemma_of(src)))
        if k == "cop":
            return any(x.dep_ == "cop" for x in t.children)
        return False

    # -- argument specs -------------------------------------------------------------------
    def _content_clause(self, t: Token) -> Token | None:
        x = _xcomp(t) or _ccomp(t)
        if x is not None:
            return x
        for cs, h in _prep_args(t):
            if cs & {"for"} and h.pos_ in ("VERB", "AUX"):
                return h
        return None

    def arg(self, spec: str, t: Token, nominal: bool) -> Token | None:
        if spec == "subj":
            return _subj_token(t) if not nominal else None
        if spec == "conj1":
            s = _subj_token(t) if not nominal else None
            return s if s is not None and _conj(s) is not None else None
        if spec == "conj2":
            s = _subj_token(t) if not nominal else None
            return _conj(s) if s is not None else None
        if spec == "obj":
            return _obj_token(t)
        if spec == "iobj":
            for c in t.children:
                if c.dep_ == "iobj":
                    return c
            return None
        if spec.startswith("prep:"):
            return _prep(t, {spec[5:]})
        if spec.startswith("objprep:"):
            o = _obj_token(t)
            return _prep(o, {spec[8:]}) if o is not None else None
        if spec == "xsubj":
            x = self._content_clause(t)
            if x is None:
                return None
            for c in x.children:
                if c.dep_ in SUBJ:
                    return c
            return None
        if spec == "xobj":
            x = self._content_clause(t)
            if x is None:
                return None
            o = _obj_token(x)
            if o is not None:
                return o
            for cs, h in _prep_args(x):
                if cs & {"with", "to", "on", "against", "from"}:
                    return h
            return None
        if spec == "objowner":
            o = _obj_token(t)
            return _owner(o) if o is not None else None
        if spec == "poss":
            for c in t.children:
                if c.dep_ in ("nmod:poss", "poss"):
                    return c
            return None
        if spec == "mod":
            for c in t.children:
                if c.dep_ in ("amod", "compound") and is_coded(self.actors.get(c, fallback=False)):
                    return c
            return None
        if spec == "between1":
            return _between(t)[0]
        if spec == "between2":
            return _between(t)[1]
        return None

    # -- content classes ----------------------------------------------------------------------
    def _bag_np(self, t: Token, bag: list[str], depth: int = 0) -> None:
        lem = lemma_of(t)
        if t.pos_ in ("VERB", "AUX"):
            o = _obj_token(t)
            if o is not None:  # verb + object first: "halt_fighting", "remove_sanction"
                bag.extend(f"{b}_{w}" for b in sorted(verb_bases(t)) for w in sorted(_words(o)))
            prts = _particles(t)
            if o is not None and prts:  # "lay_down_weapon"
                bag.extend(f"{lem}_{p}_{w}" for p in sorted(prts) for w in sorted(_words(o)))
        bag.append(lem)
        if t.lower_ != lem:
            bag.append(t.lower_)
        if t.pos_ == "NOUN":  # "an end to the strike" -> end_strike, like the verb "end the strike"
            bag.extend(f"{lem}_{lemma_of(c)}" for c in t.children
                       if c.dep_.startswith("nmod") and c.dep_ != "nmod:poss" and _cases(c) & {"to", "of"})
        prts = _particles(t)
        for p in prts:
            bag.insert(len(bag) - 1, f"{lem}_{p}")
        for m in _modifiers(t):
            bag.append(f"{lemma_of(m)}_{lem}")
            bag.append(lemma_of(m))
        if depth > 2:
            return
        o = _obj_token(t) if t.pos_ in ("VERB", "AUX") else None
        if o is not None:
            self._bag_np(o, bag, depth + 1)
        for c in t.children:
            if c.dep_.startswith(("nmod", "obl")) and c.dep_ != "nmod:poss":
                self._bag_np(c, bag, depth + 1)
            elif c.dep_ in ("acl", "xcomp") and c.pos_ in ("VERB", "AUX"):
                self._bag_np(c, bag, depth + 1)
            elif c.dep_ == "conj" and c.pos_ == t.pos_:
                self._bag_np(c, bag, depth + 1)

    def content_bag(self, p: Pattern, t: Token, nominal: bool) -> tuple[list[str], set[int]]:
        bag: list[str] = []
        heads: set[int] = set()
        for src in p.content:
            h = None
            if src == "xcomp":
                h = _xcomp(t)
                if h is None:
                    for cs, x in _prep_args(t):
                        if cs & {"for", "to"} and x.pos_ in ("VERB", "AUX"):
                            h = x
                            break
            elif src == "ccomp":
                h = _ccomp(t)
            elif src == "advcl":
                h = next((x for x in t.children if x.dep_ == "advcl" and x.i > t.i), None)
            elif src == "obj":
                h = _obj_token(t)
            elif src.startswith("prep:"):
                h = _prep(t, {src[5:]})
            elif src == "self":
                h = t
            if h is None:
                continue
            if h.i != t.i:
                heads.add(h.i)
            self._bag_np(h, bag)
        return bag, heads

    def content_code(self, family: str, bag: list[str]) -> tuple[str | None, str | None]:
        for w in bag:
            for cc in self.lex.content:
                if w in cc.keys and family in cc.codes:
                    return cc.codes[family], cc.name
        return FAMILY_DEFAULT.get(family), None

    # -- matching ------------------------------------------------------------------------------
    def match(self, t: Token) -> Candidate | None:
        if _is_month(t):
            return None  # "in March", "March 3": the month, not a protest march
        modifier = t.dep_ == "amod" or (t.dep_ == "acl" and t.i < t.head.i)
        for kind, p in self.patterns_for(t):
            if modifier and kind == "V":
                continue  # "the visiting prince", "a fleeing suspect": a description, not an event
            nominal = kind == "N"
            src_tok = None
            for spec in p.source or ():
                src_tok = self.arg(spec, t, nominal)
                if src_tok is not None:
                    break
            light = None
            if nominal:
                light = self._light_verb(t)
                if light is not None and light[1] == "light" and (
                        src_tok is None or (src_tok.pos_ == "PRON" and self.actors.get(src_tok) is None)):
                    src_tok = _subj_token(light[0])  # "X continued *their* hunger strike"
            if not all(self.check(c, t, kind, src_tok) for c in p.conds):
                continue
            code = p.code
            consumed: set[int] = set()
            cclass = None
            if p.family:
                bag, heads = self.content_bag(p, t, nominal)
                code, cclass = self.content_code(p.family, bag)
                if code is None:
                    continue
                consumed |= heads
            elif p.content:  # "considering sending aid": the considered action is not coded on its own
                consumed |= self.content_bag(p, t, nominal)[1]
            # a verb whose object is itself a nominal trigger ("imposed sanctions", "signed a deal")
            for c in p.conds:
                if c.kind in ("obj",) and not c.negated and c.values:
                    o = _obj_token(t)
                    if o is not None:
                        consumed.add(o.i)
            # target: the first spec whose token is an actor; else the first token found
            tgt_tok = first = None
            for spec in p.target or ():
                x = self.arg(spec, t, nominal)
                if x is None or (src_tok is not None and x.i == src_tok.i) or _is_temporal(x):
                    continue
                if first is None:
                    first = x
                if self.actors.get(x) is not None:
                    tgt_tok = x
                    break
            tgt_tok = tgt_tok or first
            anchor = t
            is_light = False
            if nominal and light is not None:
                anchor = light[0]
                is_light = light[1] == "light"
                if tgt_tok is None and light[1] in ("happen", "in"):
                    tgt_tok = light[2]
            return Candidate(p, t, anchor, code, src_tok, tgt_tok, nominal, consumed, cclass, is_light)
        return None

    def _light_verb(self, n: Token) -> tuple[Token, str, Token | None] | None:
        """The verb that carries a nominal event: ("held" talks), (clashes "erupted"), (killed "in" a bombing)."""
        h = n.head
        if h.i == n.i or h.pos_ not in ("VERB", "AUX", "ADJ"):
            return None
        lems = verb_bases(h)
        if n.dep_ in ("obj", "dobj", "nsubj:pass") and lems & LIGHT_VERBS:
            return h, "light", None
        if n.dep_ in ("obl",) and lems & {"take", "join", "participate", "engage", "go", "gather", "convene",
                                            "meet", "sit", "come", "arrive"}:
            return h, "light", None
        if n.dep_ in ("nsubj", "nsubj:pass") and lems & HAPPEN_VERBS:
            return h, "happen", _obj_token(h)
        if n.dep_.startswith("obl") and _cases(n) & {"in", "during", "by", "after"} and lems & {
            "kill", "injure", "wound", "die", "hurt", "destroy", "damage", "arrest", "detain"
        }:
            tgt = None
            for c in h.children:
                if c.dep_ in PASS_SUBJ or c.dep_ in SUBJ:
                    tgt = c
                    break
            return h, "in", tgt
        if n.dep_ == "xcomp" or n.dep_ == "conj":
            return None
        return None

    # -- coding ----------------------------------------------------------------------------------
    def offtopic(self, sent: Span) -> tuple[int, str | None]:
        lows = {t.lower_ for t in sent} | {lemma_of(t) for t in sent}
        text = sent.text.lower()
        best, topic = 0, None
        for name, words in self.lex.offtopic.items():
            n = len(lows & words)
            for ph in self.lex.offtopic_phrases.get(name, ()):
                if ph in text:
                    n += 2
            if n > best:
                best, topic = n, name
        return best, topic

    def _article_topic(self) -> str | None:
        """The article as a whole is about sport, markets or weather: its cue words are many
        (distinct) and spread over the sentences. Single sentences never qualify."""
        sents = list(self.doc.sents)
        if len(sents) < 3:
            return None
        best, best_n = None, 0
        for name in ARTICLE_OFFTOPIC:
            words = self.lex.offtopic.get(name, frozenset())
            phrases = self.lex.offtopic_phrases.get(name, ())
            cues: set[str] = set()
            hit = 0
            for sent in sents:
                found = ({t.lower_ for t in sent} | {lemma_of(t) for t in sent}) & words
                low = sent.text.lower()
                found |= {ph for ph in phrases if ph in low}
                if found:
                    hit += 1
                    cues |= found
            if len(cues) >= ARTICLE_OFFTOPIC_MIN_CUES and hit / len(sents) >= ARTICLE_OFFTOPIC_MIN_SHARE:
                if len(cues) > best_n:
                    best, best_n = name, len(cues)
        return best

    def old_year(self, anchor: Token) -> bool:
        """An explicit year well before publication attached to the event's clause: history.

        "Well before" is 5 years when the article has a publication date, 20 when it has none
        (the reference is then today's date, and the text may itself be old). "since 2018" is not
        history: the year must not be introduced by since/until/through."""
        for c in anchor.sent:
            if c.text in ("BC", "B.C.", "BCE", "AD", "A.D.") and c.i > 0 and c.doc[c.i - 1].like_num:
                return True
        h = anchor.head
        if anchor.dep_ in ("acl:relcl", "acl") and _YEAR.match(h.text) and int(h.text[:4]) < self.ref_year - self.history_margin:
            return True  # "in 2011, which ...": the clause hangs on the year
        le = anchor.left_edge
        while le.is_punct and le.i < anchor.i:
            le = le.doc[le.i + 1]
        if le.lower_ == "when" and le.i >= 2 and le.doc[le.i - 1].text == "," and _YEAR.match(le.doc[le.i - 2].text) \
                and int(le.doc[le.i - 2].text[:4]) < self.ref_year - self.history_margin:
            return True  # "since 2011, when the government sent soldiers into Somalia": the clause is set in 2011
        for c in anchor.subtree:
            if _YEAR.match(c.text) and c.i != anchor.i:
                y = int(c.text[:4])
                if {g.lower_ for g in c.children} & {"since", "until", "till", "through", "from"}:
                    continue
                if c.head.dep_.startswith(("obl", "nmod")) and _cases(c.head) & {"since", "until"}:
                    continue
                if y < self.ref_year - self.history_margin:
                    # attached near the anchor (its own modifier or a modifier's modifier)
                    h, hops = c, 0
                    while h.i != anchor.i and h.head.i != h.i and hops < 3:
                        h = h.head
                        hops += 1
                    if h.i == anchor.i and c.head.dep_ not in ("acl", "acl:relcl", "advcl"):
                        if not any(a.dep_ in ("acl", "acl:relcl", "advcl", "ccomp", "xcomp")
                                   for a in c.ancestors if a.i != anchor.i and anchor in a.ancestors):
                            return True
        return False

    def code_sentence(self, sent: Span) -> list[tuple[Event, int]]:
        n_off, topic = self.offtopic(sent)
        if self.article_topic is not None:
            n_off += 1  # the whole article is sport / markets / weather
        if n_off >= 2:
            if self.trace is not None:
                self.trace.append((sent[0].i, None, f"off-topic sentence ({topic or self.article_topic})", None, None))
            return []
        # verbs/adjectives first (shallow first, so that families consume their content), then nouns
        toks = sorted(sent, key=lambda t: (t.pos_ in ("NOUN", "PROPN"), _depth(t), t.i))
        consumed: set[int] = set()
        cands: list[Candidate] = []
        for t in toks:
            if t.i in consumed or t.is_punct or t.like_num:
                continue
            c = self.match(t)
            if c is None:
                continue
            consumed |= c.consumed
            cands.append(c)
        events: list[tuple[Event, int, float, Candidate]] = []
        trigger_idx = {c.trigger.i for c in cands}
        for c in cands:
            if c.trigger.i in consumed and c not in ():
                # consumed by an earlier (governing) pattern, e.g. the 'release' in 'agreed to release'
                if any(c.trigger.i in o.consumed for o in cands if o is not c):
                    continue
            ev = self.build(c, sent, n_off, trigger_idx)
            if ev is not None:
                events.append(ev)
                events.extend(self.conjuncts(ev, c))
        events = self.dedupe(events)
        events.sort(key=lambda e: e[1])
        return [(e, i) for e, i, _, _ in events[:MAX_EVENTS_PER_SENTENCE]]

    def _no(self, c: Candidate, reason: str) -> None:
        """Record why a candidate was not emitted (``Coder.trace``, for debugging and docs) and return None."""
        if self.trace is not None:
            self.trace.append((c.trigger.i, c.pattern.id, reason, c.source_tok.text if c.source_tok is not None else None, c.target_tok.text if c.target_tok is not None else None))
        return None

    def build(self, c: Candidate, sent: Span, n_off: int, trigger_idx: set[int]):
        p = c.pattern
        row = self.lex.cameo.get(c.code)
        if row is None:
            return self._no(c, "code not in cameo.tsv")
        # a verb whose subject is itself a nominal event ("a car bomb killed ...") is left to the noun
        if not c.nominal and c.source_tok is not None and c.source_tok.i in trigger_idx and row.root in VIOLENT_ROOTS:
            return self._no(c, "subject is a nominal event (coded there)")
        if not c.nominal and row.root in VIOLENT_ROOTS:
            for cs, h in _prep_args(c.trigger):
                if h.i in trigger_idx and cs & {"in", "during", "by"}:
                    return self._no(c, "violence described by a nominal event (coded there)")
        st = event_status(c.anchor, nominal=c.nominal and c.anchor.i != c.trigger.i)
        if st.status in ("asserted", "attributed", "future") and _inverted_conditional(sent, c.anchor):
            st.status = "hypothetical"
        src = self.actors.get(c.source_tok) or self.speaker_pronoun(c.source_tok)
        tgt = self.actors.get(c.target_tok)
        if src is not None and tgt is not None and src.start == tgt.start:
            tgt = None
        src, tgt = self.sentence_country(sent, src, tgt), self.sentence_country(sent, tgt, src)
        if tgt is not None and row.root == "01" and tgt.sector == "MED":
            tgt = None  # "told reporters", "told VOA": the press is a statement's audience, not its target
        if is_coded(src) and is_coded(tgt) and src.country and src.sector \
                and (src.country, src.sector) == (tgt.country, tgt.sector):
            # "Maduro loyalists rallied outside Miraflores palace" (VEN GOV -> VEN GOV): an actor
            # does not act on itself, so the dyad keeps its source only (the coded target still
            # counts as evidence of a well-formed event below)
            tgt, self_dyad = None, True
        else:
            self_dyad = False
        coded_s, coded_t = is_coded(src), is_coded(tgt)
        agentless = p.has("agentless")
        if src is None and c.source_tok is not None and c.source_tok.tag_ in ("WP", "WDT"):
            # "who hosted the ministers" whose antecedent the parse lost: the doer is unknown
            return self._no(c, "unresolved relative pronoun subject")
        if not (coded_s or coded_t) and not agentless:
            return self._no(c, "no coded actor")
        if agentless and not (coded_s or coded_t) and c.source_tok is not None and src is None:
            # a subject that is not an actor at all ("shares rallied", "the storm hit")
            return self._no(c, "subject is not an actor")
        if p.has("needs_target") and tgt is None:
            return self._no(c, "pattern needs a target")
        if self.article_topic is not None and not (_pol_sector(src) or _pol_sector(tgt)):
            return self._no(c, f"off-topic article ({self.article_topic}) and no political actor")
        if c.nominal and c.anchor.i == c.trigger.i and not (coded_s and coded_t):
            # "the focus of Tuesday's talks", "the Russia attack on Ukraine": a mention of an event
            # (often an old one) rather than a report; only kept with both actors coded
            return self._no(c, "bare nominal without two coded actors")
        if row.root in ("17", "18", "19", "20") and not (
                coded_t or is_political(src) or self._armed(src, c.source_tok)):
            # violence needs a coded victim or an armed / political perpetrator ("the striker attacked the post")
            return self._no(c, "violence without coded victim or armed/political perpetrator")
        if int(row.root) <= 13 and (coded_s or coded_t) and not (is_political(src) or is_political(tgt)):
            # words between companies, clubs, critics...: not a political event
            return self._no(c, "verbal event without a political actor")
        if p.has("content_required") and c.content_class is None:
            return self._no(c, "no content class")
        if src is not None and c.source_tok is not None and lemma_of(c.source_tok) in NONPOLITICAL_HINT and not coded_s:
            return self._no(c, "non-political subject")
        is_say = row.root == "01" or p.has("say")
        if is_say:
            if not self.statements or not is_political(src):
                return self._no(c, "statement without political speaker")
            # the statement's content holds an event of its own: that event is coded, not the saying
            cl = _ccomp(c.trigger) or _xcomp(c.trigger)
            if cl is not None and any(i in trigger_idx for i in (x.i for x in cl.subtree)):
                if p.code in ("010",):
                    return self._no(c, "statement whose content is coded")
        if p.has("polsrc") and not is_political(src):
            return self._no(c, "source not political")
        if self.old_year(c.anchor):
            return self._no(c, "history (old year)")
        conf = p.conf
        if coded_s:
            conf += 0.05
        if coded_t or self_dyad:
            conf += 0.05
        if not (coded_s or coded_t):
            conf -= 0.1
        elif src is None and not agentless:
            conf -= 0.05
        if c.nominal and c.anchor.i == c.trigger.i:
            conf -= 0.05
        if n_off == 1:
            conf -= 0.15
        if st.attempt:
            conf -= 0.05
        if st.status == "attributed":
            conf -= 0.05
        if _subordinate(c.anchor):
            conf -= 0.05
        conf = max(0.0, min(1.0, conf))
        if conf < self.min_conf:
            return self._no(c, f"confidence {conf:.2f} below threshold")
        code, rule = c.code, p.id
        status = st.status
        if status == "negated" and self.refusals and st.cue in ("will", "not") and _future_negation(c.anchor):
            rc = refusal_code(code)
            if rc and rc in self.lex.cameo:
                code, rule, status = rc, p.id + "+refuse", "asserted"
                row = self.lex.cameo[code]
        if status == "future" and self.future_as_intent:
            ic = intent_code(code)
            if ic and ic in self.lex.cameo:
                code, rule = ic, p.id + "+intent"
                row = self.lex.cameo[code]
        ev = make_event(row, self.lex, src, tgt, status, sent, c.trigger, rule, conf)
        if st.reporter is not None:
            ev.attributed_to = self.actors.get(st.reporter) or self.actors.uncoded(st.reporter, force=True)
        if self.place_fn is not None:
            try:
                ev.place = self.place_fn(self.ctx, c.anchor)
            except Exception:
                ev.place = None
        if self.date_fn is not None:
            try:
                val, source = self.date_fn(self.ctx, c.anchor)
                ev.date, ev.date_source = val, (source if val else None)
            except Exception:
                pass
        return ev, c.trigger.i, conf, c

    def conjuncts(self, built, c: Candidate) -> list:
        """"Britain and France imposed sanctions on Iran and Syria": one event per dyad of coded
        conjuncts (CAMEO codes each dyad), copied from the first event with the actors swapped in."""
        ev, ti, conf, cand = built
        reciprocal = any(x in c.pattern.target for x in ("conj2", "between2"))

        def expand(role: str, tok: Token | None) -> list[Actor | None]:
            base = getattr(ev, role)
            out = [base]
            if tok is None or base is None or (role == "source" and reciprocal):
                return out
            for x in [x for x in tok.children if x.dep_ == "conj"][:3]:
                a = self.actors.get(x, fallback=False)
                if is_coded(a) and all(b is None or (a.start, a.end) != (b.start, b.end) for b in out):
                    out.append(a)
            return out

        sources, targets = expand("source", c.source_tok), expand("target", c.target_tok)
        out = []
        for i, a in enumerate(sources):
            for j, b in enumerate(targets):
                if i == 0 and j == 0:
                    continue
                if a is not None and b is not None and (a.start, a.end) == (b.start, b.end):
                    continue
                out.append((ev.model_copy(update={"source": a, "target": b}), ti, conf, cand))
        return out[:8]

    def dedupe(self, events):
        """One event per (code root, source, target); violent events on one target merge into the most specific."""
        out = []
        key_best: dict[tuple, int] = {}
        for e in events:
            ev = e[0]
            k = (ev.cameo[:2], _akey(ev.source), _akey(ev.target), ev.status)
            if k in key_best:
                j = key_best[k]
                if _better(e, out[j]):
                    out[j] = e
                continue
            key_best[k] = len(out)
            out.append(e)
        # violent events sharing a target: keep the more specific / better sourced one
        final = []
        for e in out:
            ev = e[0]
            if ev.cameo[:2] in VIOLENT_ROOTS:
                clash = None
                for j, f in enumerate(final):
                    fv = f[0]
                    if fv.cameo[:2] in VIOLENT_ROOTS and fv.status == ev.status and (
                        (_akey(fv.target) == _akey(ev.target) and ev.target is not None)
                        or (ev.source is None and fv.source is None and _akey(fv.target) == _akey(ev.target))
                    ):
                        clash = j
                        break
                if clash is not None:
                    f = final[clash]
                    keep, drop = (e, f) if _specific(e) > _specific(f) else (f, e)
                    if keep[0].source is None and drop[0].source is not None:
                        keep[0].source = drop[0].source
                    final[clash] = keep
                    continue
            final.append(e)
        return final

    def run(self) -> tuple[list[Event], list[int]]:
        evs: list[Event] = []
        idx: list[int] = []
        for sent in self.doc.sents:
            try:
                coded = self.code_sentence(sent)
            except Exception:  # one odd sentence must not cost the article its other events
                log.exception("event coder failed on a sentence of article %s", self.ctx.article.id)
                self.errors += 1
                continue
            for ev, i in coded:
                evs.append(ev)
                idx.append(i)
        return evs, idx


def _subordinate(anchor: Token) -> bool:
    """The anchor sits in an adverbial or relative clause ("..., after troops fired on protesters")."""
    t, n = anchor, 0
    while t.head.i != t.i and n < 8:
        if t.dep_ in ("advcl", "acl", "acl:relcl"):
            return True
        if t.dep_ in ("ccomp", "parataxis"):
            return False
        t = t.head
        n += 1
    return False


def _inverted_conditional(sent: Span, anchor: Token) -> bool:
    """"Should the talks fail, ...", "Were X to attack, ...": the first clause is a condition."""
    first = sent[0]
    if first.lower_ not in ("should", "were", "had") or sent.text.rstrip().endswith("?"):
        return False
    for t in sent:
        if t.text == ",":
            return anchor.i < t.i
    return False


def _depth(t: Token) -> int:
    d = 0
    while t.head.i != t.i and d < 50:
        t = t.head
        d += 1
    return d


def _akey(a: Actor | None):
    return None if a is None else (a.start, a.end)


def _better(a, b) -> bool:
    return a[2] > b[2]


def _specific(e) -> tuple:
    ev = e[0]
    return (ev.source is not None, ev.cameo != "190", len(ev.cameo), e[2])


# ---------------------------------------------------------------------------------------------
# codes -> records

#: a planned action expressed by its actor is, in CAMEO, an expression of intent (03x) or a threat (13x)
_INTENT_PREFIX = [
    ("04", "036"), ("057", "030"), ("05", "032"), ("061", "0311"), ("062", "0312"), ("063", "0313"),
    ("064", "0314"), ("06", "031"), ("071", "0331"), ("072", "0332"), ("073", "0333"),
    ("074", "0334"), ("07", "033"), ("081", "0351"), ("082", "0352"), ("083", "034"), ("084", "0353"),
    ("085", "0354"), ("086", "0355"), ("087", "0356"), ("08", "035"),
    ("14", "133"), ("161", "1313"), ("162", "1311"), ("163", "1312"), ("164", "134"), ("165", "135"),
    ("166", "136"), ("16", "131"), ("1721", "1321"), ("1722", "1322"), ("1723", "1323"),
    ("1724", "1324"), ("172", "132"), ("173", "137"), ("174", "136"), ("175", "137"), ("17", "131"),
    ("191", "1381"), ("192", "1382"), ("204", "1385"), ("18", "138"), ("19", "138"), ("20", "138"),
    ("15", "138"),
]


#: "X will not release Y" is, in CAMEO, a refusal (12x) rather than a negated release
_REFUSAL_PREFIX = [
    ("03", "120"), ("04", "125"), ("057", "127"), ("05", "120"), ("06", "121"), ("07", "122"),
    ("081", "1241"), ("082", "1242"), ("083", "123"), ("0841", "1243"), ("084", "1243"), ("085", "1244"),
    ("086", "1245"), ("087", "1246"), ("08", "124"),
]


def refusal_code(code: str) -> str | None:
    for prefix, target in _REFUSAL_PREFIX:
        if code.startswith(prefix):
            return target
    return None


def _future_negation(anchor: Token) -> bool:
    """"will not", "won't", "would not" on the anchor (or the verb that governs its to-clause)."""
    for t in (anchor, anchor.head):
        words = {c.lower_ for c in t.children if c.dep_ in ("aux", "aux:pass")}
        if words & {"will", "wo", "'ll", "would", "shall"} and any(
                c.lower_ in ("not", "n't", "never") for c in t.children):
            return True
    return False


def intent_code(code: str) -> str | None:
    """CAMEO code of the intent to do ``code`` (cooperation -> 03x, conflict -> 13x), or None."""
    for prefix, target in _INTENT_PREFIX:
        if code.startswith(prefix):
            return target
    return None


def acled_for(lex: Lexicon, ptype: str, pmode: str | None, target: Actor | None) -> Acled | None:
    armed = bool(target is not None and target.sector and target.sector.upper() in ARMED_SECTORS)
    for r in lex.acled:
        if r.plover_type != ptype:
            continue
        if r.plover_mode is not None and r.plover_mode != pmode:
            continue
        if r.target == "armed" and not armed:
            continue
        if r.target == "civilian" and armed:
            continue
        return Acled(event_type=r.event_type, sub_event_type=r.sub_event_type)
    return None


def make_event(row: CameoRow, lex: Lexicon, src: Actor | None, tgt: Actor | None, status: str,
               sent: Span, trigger: Token, rule: str, conf: float) -> Event:
    ptype = row.plover_type or "OTHER"
    return Event(
        source=src, target=tgt, cameo=row.code, quad_class=row.quad_class, goldstein=row.goldstein,
        plover=Plover(type=ptype, mode=row.plover_mode, context=list(row.plover_context)),
        status=status,
        sentence=SSpan(start=sent.start_char, end=sent.end_char),
        trigger=Trigger(text=trigger.text, start=trigger.idx, end=trigger.idx + len(trigger.text)),
        acled=acled_for(lex, ptype, row.plover_mode, tgt) if status in ("asserted", "attributed") else None,
        rule=rule, confidence=round(conf, 3),
    )


def has_parser(doc) -> bool:
    return doc.has_annotation("DEP")


_REQUIRES = ("actors",) if _has_module("lapwing.extract.actors") else ()


@extractor("events", requires=_REQUIRES, description="CAMEO/PLOVER events from the dependency parse")
def extract_events(ctx: Context) -> None:
    """Fill record.events and ctx.data['event_tokens'] (trigger token index per event)."""
    if not has_parser(ctx.doc):
        ctx.data["event_tokens"] = []
        if "events: the NLP pipeline has no parser; no events coded" not in ctx.record.warnings:
            ctx.record.warnings.append("events: the NLP pipeline has no parser; no events coded")
        return
    coder = Coder(ctx)
    events, idx = coder.run()
    ctx.record.events.extend(events)
    ctx.data["event_tokens"] = idx
    if coder.trace is not None:  # config event_trace: why each candidate was dropped
        ctx.data["event_trace"] = coder.trace
    if coder.errors:
        ctx.record.warnings.append(f"events: {coder.errors} sentence(s) could not be coded (internal error, logged)")


def code_text(text: str, nlp=None, config: dict[str, Any] | None = None):
    """Convenience for tests and notebooks: the ArticleRecord of ``text`` (all default extractors)."""
    from lapwing.pipeline import Pipeline
    from lapwing.schema import Article

    if nlp is None:
        pipe = Pipeline.create(config=config or {})
    else:
        from lapwing.pipeline import DEFAULT_EXTRACTORS, _available
        from lapwing.extract.registry import resolve_order

        pipe = Pipeline(nlp, resolve_order(_available(DEFAULT_EXTRACTORS)), dict(config or {}))
    return pipe.analyse(Article(id="t", text=text))
