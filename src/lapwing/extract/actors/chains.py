"""Chains: maximal noun-phrase stretches around anchors (titles, names, possessors, ``of``
complements, ``pro-X``/``anti-X``), cut out of one sentence."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from lapwing.extract.actors.common import (
    DETERMINERS,
    HYPHENS,
    MOD_DEPS,
    NOT_MODIFIERS,
    NOT_NAMES,
    POSSESSIVE_PRONOUNS,
    PRO_ANTI,
    PRONOUNS,
    QUANTITIES,
)
from lapwing.extract.actors.lookup import Anchor
from lapwing.extract.actors.token_index import TokenIndex
from lapwing.extract.docfacts import doc_heads, doc_text, token_columns


#: prepositions that join a weak role word to the body it serves in ("officers with the police department")
SERVICE_PREPS = frozenset({"with", "at", "from"})


#: the role words that serve in a body ("officers *with* the police department"); not the people a with/at/from phrase
#: only places or describes ("students from a school", "his counterpart at Hyderabad House", "a citizen at the crossing")
SERVICE_ROLES = frozenset({"officer", "officers", "agent", "agents", "deputy", "deputies", "detective", "detectives",
                           "operative", "operatives", "personnel", "investigator", "investigators", "trooper",
                           "troopers", "constable", "constables", "inspector", "inspectors", "staff", "staffer",
                           "staffers", "official", "officials", "employee", "employees"})


def _from_country(d: "_Doc", j: int, end: int, item: "Item") -> bool:
    """Is "from" at ``j`` followed by a country that the parse hangs on the role word ``item`` ("raiders from South
    Sudan"), not on the verb ("pulled its troops from Mali", where the troops are not Mali's)?"""
    if not d.parsed or item.type != "anchor" or item.anchor is None or item.anchor.kind != "agent" or j + 1 >= end:
        return False
    a = d.anchor_at.get(j + 1)
    if a is None or a.kind != "country" or a.country is None or a.country.is_igo:
        return False
    h, last = d.head[a.end - 1], item.end - 1
    if d.head[j] != a.end - 1:
        return False
    if item.start <= h < item.end:
        return True
    # hung on the verb whose object the role word is ("arrested four smugglers [obj] from Somalia [obl]"): the
    # people's origin, unless the verb moves them ("pulled its troops from Mali", "deported migrants from Kenya")
    return h == d.head[last] and d.dep[last] in ("obj", "dobj", "nsubj:pass") and d.pos[h] == "VERB" \
        and d.doc[h].lemma_.lower() not in MOVING_VERBS


#: verbs whose "from" phrase is where the people were moved from, not where they are from
MOVING_VERBS = frozenset({
    "pull", "withdraw", "remove", "expel", "evacuate", "deport", "return", "repatriate", "flee", "cross", "bring",
    "send", "fly", "drive", "move", "recall", "rescue", "extradite", "transfer", "smuggle", "traffic", "airlift",
    "ship", "take", "carry", "oust", "chase", "push", "bar", "ban", "exclude", "evict", "kick", "lead", "escape",
    "relocate", "redeploy", "deploy", "dispatch", "receive", "welcome", "hear", "free", "release", "kidnap", "abduct",
    "snatch", "steal", "recruit", "hire", "import", "export", "drive", "force", "expel", "eject", "lure", "bus",
    "transport", "escort", "retrieve", "extract", "recover", "admit", "accept", "host", "invite", "banish", "exile"})


def _weak_role(item: "Item", lower: list[str]) -> bool:
    """A weak role word ("officer", "agent", "deputy", "operative") that takes its sector from its affiliation."""
    ag = item.anchor.agent if item.type == "anchor" and item.anchor is not None else None
    return ag is not None and ag.agent.has("weak") and ag.agent.has("person") and lower[item.end - 1] in SERVICE_ROLES


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


#: the words _Doc._is_core can take for a core without an anchor or a name (see _Doc.may_core)
_CORE_WORDS = frozenset(PRONOUNS) | frozenset(PRO_ANTI) | frozenset(QUANTITIES)


class _Doc:
    """Per-document token facts used while chaining, read from the tokens once per article (``doc[i]``
    builds a new spaCy object each time; the chaining asks about each position many times)."""

    def __init__(self, doc: Doc, anchors: list[Anchor], ix: TokenIndex | None = None):
        """``ix``: the article's :class:`TokenIndex`, whose name-like words are taken (worked out here without)."""
        self.doc = doc
        self.anchor_at: dict[int, Anchor] = {}
        for a in anchors:
            for k in range(a.start, a.end):
                self.anchor_at[k] = a
        self.parsed = doc.has_annotation("DEP")
        self.tagged = doc.has_annotation("POS") or doc.has_annotation("TAG")
        cols = token_columns(doc)
        self.n = len(doc)
        self.lower, self.text, self.idx = cols.lower, cols.text, cols.idx
        self.pos, self.tag, self.dep = cols.pos, cols.tag, cols.dep
        self.alpha, self.punct, self.space, self.ws = cols.alpha, cols.punct, cols.space, cols.ws
        self.head = doc_heads(doc)
        self.doc_text = doc_text(doc)
        # _is_name_token, from the columns
        self.name_token = ix.name_token if ix is not None else [a and x[:1].isupper() and lw not in NOT_NAMES
                                                                for a, x, lw in zip(cols.alpha, cols.text, cols.lower)]
        # where each word first stands as a proper noun ("Tokonov" read as a noun later: the same name)
        self.propn_at: dict[str, int] = {}
        for k, (p, x) in enumerate(zip(cols.pos, cols.text)):
            if p == "PROPN":
                self.propn_at.setdefault(x, k)
        self._core: dict[tuple[int, int, bool], bool] = {}
        # positions that may be a core at all: every test of _is_core needs an anchor there, a pronoun,
        # pro-/anti- or quantity word, or a name-like token (the rest, most tokens, are never cores)
        self.may_core = [nt or lw in _CORE_WORDS for nt, lw in zip(self.name_token, cols.lower)]
        for k in self.anchor_at:
            self.may_core[k] = True
        self._mod: list[bool] | None = None
        self._next_open: list[int] | None = None

    @property
    def mod(self) -> list[bool]:
        """``is_mod(k)`` for every position ``k``, worked out in one pass per document (the chaining asks it of
        nearly every token once: a column read instead of a method call per token)."""
        if self._mod is None:
            self._mod = _mod_column(self)
        return self._mod

    @property
    def next_open(self) -> list[int]:
        """For every position ``k``, the first position from ``k`` on that may open a phrase (``may_core`` or
        ``mod``; ``n`` past the last): outside a phrase the chaining steps over the rest, which can neither open
        one nor join one, in one jump instead of a pass of its loop each (one backward pass per document)."""
        if self._next_open is None:
            may, mod, n = self.may_core, self.mod, self.n
            out = [n] * (n + 1)
            nxt = n
            for k in range(n - 1, -1, -1):
                if may[k] or mod[k]:
                    nxt = k
                out[k] = nxt
            self._next_open = out
        return self._next_open

    def is_pronoun(self, i: int) -> bool:
        return self.lower[i] in PRONOUNS and (not self.tagged or self.pos[i] == "PRON"
                                              or self.tag[i] in ("PRP", "PRP$"))

    def is_hyphen(self, i: int) -> bool:
        return self.text[i] in HYPHENS and i > 0 and not self.ws[i - 1] and not self.ws[i]

    def is_poss(self, i: int) -> bool:
        return self.lower[i] in ("'s", "\u2019s") or (self.text[i] in ("'", "\u2019") and self.tag[i] == "POS")

    def is_pro(self, i: int) -> bool:
        a = self.anchor_at.get(i)
        if a is not None and a.start == i and a.end > i + 2:
            return False  # "anti-" opens a lexicon phrase: an "*Anti-Corruption Bureau*", the "*Anti-balaka*"
        return (self.lower[i] in PRO_ANTI and i + 2 < self.n and self.is_hyphen(i + 1)
                and not self.punct[i + 2])

    def is_name(self, i: int) -> bool:
        if i in self.anchor_at or not self.name_token[i]:
            return False
        if self.tagged:
            if self.pos[i] == "PROPN":
                return True
            if self.pos[i] == "NOUN" and self.propn_at.get(self.text[i], i) < i:
                return True  # "at which *Tokonov* addressed ...": a name the article gave before, read as a noun
            # "deputy prime minister *Frances* Fitzgerald": a first name the tagger read as a noun,
            # between a title and a name
            prev = self.anchor_at.get(i - 1)
            return (self.pos[i] == "NOUN" and prev is not None and prev.kind == "agent" and i + 1 < self.n
                    and self.pos[i + 1] == "PROPN" and self.name_token[i + 1]
                    and (i + 1 not in self.anchor_at or self.anchor_at[i + 1].label == "PERSON"))
        return i != self.doc[i].sent.start

    def is_quant(self, i: int, end: int) -> bool:
        if self.lower[i] not in QUANTITIES or i in self.anchor_at:
            return False
        j = i + 1
        if j < end and self.lower[j] == "of":
            j += 1
            while j < end and self.lower[j] in DETERMINERS:
                j += 1
            return j < end and self.is_core(j, end, quant=False)
        return False

    def is_core(self, i: int, end: int, quant: bool = True) -> bool:
        key = (i, end, quant)
        got = self._core.get(key)
        if got is None:
            got = self._core[key] = self._is_core(i, end, quant)
        return got

    def _is_core(self, i: int, end: int, quant: bool) -> bool:
        if self.is_pro(i):
            return True
        a = self.anchor_at.get(i)
        if a is not None and a.kind != "block":
            return a.start == i
        return (self.is_pronoun(i) or self.is_name(i) or self.is_pro(i)
                or (quant and self.is_quant(i, end)))

    def is_mod(self, i: int) -> bool:
        """A modifier that may sit before or inside a noun phrase (determiner, adjective, number...)."""
        lower = self.lower[i]
        if lower in DETERMINERS:
            return True
        a = self.anchor_at.get(i)
        if a is not None and a.kind == "block":
            return True
        if self.punct[i]:
            return self.is_hyphen(i)
        if not self.tagged:
            return False
        pos = self.pos[i]
        if pos not in ("ADJ", "NOUN", "NUM", "ADV", "PROPN", "VERB", "DET", "X"):
            return False
        if self.tag[i] in ("WRB", "WDT", "WP", "WP$", "IN", "TO", "CC") or lower in NOT_MODIFIERS:
            return False
        if pos in ("PROPN",) and self.name_token[i]:
            return False
        if self.parsed:
            return self.dep[i] in MOD_DEPS and self.head[i] > i
        return pos in ("ADJ", "NUM", "DET")


_MOD_POS = frozenset({"ADJ", "NOUN", "NUM", "ADV", "PROPN", "VERB", "DET", "X"})
_NOT_MOD_TAGS = frozenset({"WRB", "WDT", "WP", "WP$", "IN", "TO", "CC"})


def _mod_column(d: _Doc) -> list[bool]:
    """``[d.is_mod(k) for k in range(d.n)]``, the tests of :meth:`_Doc.is_mod` in the same order, over the columns
    (tests/test_sp26.py checks the two agree)."""
    n, lower, punct, text, ws = d.n, d.lower, d.punct, d.text, d.ws
    blocks = {k for k, a in d.anchor_at.items() if a.kind == "block"}
    tagged, parsed = d.tagged, d.parsed
    pos, tag, dep, head, name_token = d.pos, d.tag, d.dep, d.head, d.name_token
    out = [False] * n
    for k in range(n):
        low = lower[k]
        if low in DETERMINERS or k in blocks:
            out[k] = True
        elif punct[k]:  # is_hyphen
            out[k] = text[k] in HYPHENS and k > 0 and not ws[k - 1] and not ws[k]
        elif not tagged:
            continue
        else:
            p = pos[k]
            if p not in _MOD_POS or tag[k] in _NOT_MOD_TAGS or low in NOT_MODIFIERS:
                continue
            if p == "PROPN" and name_token[k]:
                continue
            if parsed:
                out[k] = dep[k] in MOD_DEPS and head[k] > k
            else:
                out[k] = p in ("ADJ", "NUM", "DET")
    return out


def _chains(d: _Doc, sent: Span) -> list[Chain]:
    lower = d.lower
    out: list[Chain] = []
    cur: Chain | None = None
    i, end = sent.start, sent.end
    first = i
    # is_core at each position of the sentence, asked for several times per position below
    may = d.may_core
    mod = d.mod  # is_mod of every position
    core = [may[k] and d.is_core(k, end) for k in range(first, end)]
    next_open = d.next_open

    def core_item(i: int) -> Item:
        if d.is_pro(i):
            return Item(i, i + 2, lower[i])
        a = d.anchor_at.get(i)
        if a is not None and a.kind != "block":
            if a.kind == "agent" and a.agent is not None and a.agent.agent.has("cue"):
                return Item(a.start, a.end, "cue", a)
            return Item(a.start, a.end, "anchor", a)
        if d.is_pro(i):
            return Item(i, i + 2, lower[i])
        if d.is_pronoun(i):
            return Item(i, i + 1, "pron")
        if d.is_quant(i, end):
            return Item(i, i + 1, "quant")
        j = i + 1
        while j < end and d.is_name(j):
            j += 1
        return Item(i, j, "name")

    while i < end:
        if cur is None and not mod[i] and not core[i - first]:
            # outside a phrase a token that is neither a core nor a modifier opens nothing: step to the next one
            # that may (a may_core position that is no core here is looked at as before)
            i = next_open[i + 1]
            continue
        if core[i - first]:
            item = core_item(i)
            if item.type == "pron":
                # a personal pronoun stands alone; a possessive one starts a phrase
                if cur is not None:
                    out.append(cur)
                cur = Chain([item])
                i = item.end
                if lower[item.start] not in POSSESSIVE_PRONOUNS or lower[item.start] == "her" and \
                        not (i < end and (core[i - first] or mod[i])):
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
            if not d.punct[i] and not d.space[i]:
                cur.items.append(Item(i, i + 1, "mod", target_of=cur.items[-1].type))
                i += 1
                continue
        # glue: tokens that may join two cores (of, 's, hyphen, determiners, modifiers)
        j = i
        glue: list[Item] = []
        while j < end and not core[j - first]:
            if cur is not None and lower[j] == "of" and glue == [] and cur.items[-1].type in ("anchor", "quant", "name"):
                glue.append(Item(j, j + 1, "of"))
            elif cur is not None and lower[j] in SERVICE_PREPS and glue == [] and _weak_role(cur.items[-1], lower):
                # "officers *with* the Lakeview Police Department", "detectives *from* the DCI", "deputies *at* the
                # sheriff's office": the body a weak role word serves in, read as its "of" complement
                glue.append(Item(j, j + 1, "of"))
            elif cur is not None and lower[j] == "from" and glue == [] and _from_country(d, j, end, cur.items[-1]):
                # "three cattle raiders *from* South Sudan", "smugglers from Somalia": the country a role word's people
                # come from, read as its "of" complement (session 37, round sc74)
                glue.append(Item(j, j + 1, "of"))
            elif cur is not None and lower[j] in ("neighbouring", "neighboring") and len(glue) == 1 \
                    and glue[0].type == "of":
                # "the government of *neighbouring* Mauritius", the participle read as a verb (parse repair 165
                # mends the parse for the event coder; the phrase is one mention either way)
                glue.append(Item(j, j + 1, "mod"))
            elif cur is not None and d.is_poss(j) and glue == []:
                glue.append(Item(j, j + 1, "poss"))
            elif mod[j] and not (cur is not None and d.pos[j] in ("VERB", "AUX")
                                      and not d.is_hyphen(j - 1)):
                # inside a phrase a verb joins only as a hyphenated participle: "U.S.-backed"
                glue.append(Item(j, j + 1, "mod"))
            else:
                break
            j += 1
        if j < end and glue and core[j - first] and not d.is_pronoun(j) \
                or (j < end and glue and d.is_pronoun(j) and lower[j] in POSSESSIVE_PRONOUNS and cur is None):
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
        elif glue:
            # outside a phrase the glue is a run of modifiers only: from each later position of the run it would
            # run to the same ``j`` and fail the same way, so go on from ``j``
            i = j
            continue
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
                                                              and d.punct[items[0].start])):
            items = items[1:]
        if items and d.parsed:
            lo, hi = items[0].start, items[-1].end
            while items and items[0].type == "mod" and not (lo <= d.head[items[0].start] < hi):
                items = items[1:]
                lo = items[0].start if items else lo
        if items:
            cleaned.append(Chain(items))
    return cleaned
