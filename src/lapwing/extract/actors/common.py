"""Shared parts of the actor extractor: word lists, the :class:`ActorMention` it produces and the
:class:`Codes` a phrase is given."""

from __future__ import annotations

from dataclasses import dataclass, field

from lapwing.schema import Actor

SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "csubj"})
OBJECT_DEPS = frozenset({"obj", "iobj", "dobj", "obl", "pobj", "dative"})
MOD_DEPS = frozenset({"amod", "compound", "nummod", "advmod", "det", "nmod:npmod", "obl:npmod", "flat",
                      "nmod:desc", "nmod:poss", "det:poss"})
NER_LABELS = {"PERSON": "person", "PER": "person", "ORG": "org", "GPE": "gpe", "NORP": "norp"}
DETERMINERS = frozenset({"the", "a", "an", "this", "these", "those", "some", "many", "several", "other",
                         "most", "all", "both", "few", "no", "any", "each", "another"})
QUANTITIES = frozenset({"hundreds", "thousands", "dozens", "scores", "millions", "tens", "handful", "number", "numbers",
                        "majority", "minority", "rest", "most", "some", "many", "several", "all", "both", "none",
                        "each", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                        "half", "part", "members", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                        "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "hundred"})
#: formation and unit words that only group the people of their "of" phrase, read like a quantity: "*lines of*
#: officers", "*rows of* Georgian soldiers", "a *cordon of* riot police", "*ranks of* troops" (session 28, round 49;
#: a chain is made only when the "of" phrase is itself an actor: "a line of credit", "rows of houses" are none)
FORMATIONS = frozenset({"line", "lines", "row", "rows", "rank", "ranks", "cordon", "cordons", "phalanx", "column",
                        "columns", "contingent", "contingents", "squad", "squads", "platoon", "platoons", "detachment",
                        "detachments", "convoy", "convoys", "busload", "busloads", "truckload", "truckloads", "groups"})
QUANTITIES = QUANTITIES | FORMATIONS
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
#: sectors of national politics: a named person with such a title and no country of their own takes the
#: article's main country
DOMESTIC_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD", "OPP", "PTY"})
#: the sectors of a title that gives a named person the article's main country: national politics and the press
TITLED_SECTORS = DOMESTIC_SECTORS | {"MED"}
#: priority order of rule names in Actor.rule
RULE_ORDER = ("dictionary", "appositive", "title", "country", "nationality", "group", "main-country", "former")

# ----------------------------------------------------------------------------------------------------
class PendingActor:
    """The values of a mention's :class:`~lapwing.schema.Actor`, taken when the mention is coded; the ``Actor``
    itself is made (and validated) only when something reads ``ActorMention.actor`` (:meth:`make`). Its fields
    read like the ``Actor``'s (``text``, ``name``, ``country``, ``sector``, ``start``, ``end``, ``kind``, ``rule``,
    ``lexicon``), so that the many scans over the article's mentions that only compare codes
    (``ActorMention.actor_view``) make no ``Actor``; most mentions' actors are then never made."""

    __slots__ = ("source", "start", "end", "name", "country", "sector", "kind", "_rule", "_sources", "_lexicon")
    #: the fields :meth:`updated` sets (any other update makes the ``Actor`` and copies it)
    UPDATABLE = frozenset({"name", "country", "sector", "kind", "rule"})

    def __init__(self, source: str, start: int, end: int, codes: "Codes | None", kind: str | None,
                 rule: str | None) -> None:
        self.source = source  # the article's text (the actor's text is its slice)
        self.start, self.end, self.kind, self._rule = start, end, kind, rule
        if codes is None:
            return  # (:meth:`updated` fills the rest)
        self.name, self.country, self.sector = codes.name, codes.country, codes.sector
        # (the codes may change after the mention is made: what they were at that moment is what counts)
        self._sources = None if rule is not None else tuple(codes.sources.items())
        self._lexicon = tuple(codes.lexicon)

    @property
    def text(self) -> str:
        return self.source[self.start:self.end]

    @property
    def rule(self) -> str | None:
        return self._rule if self._sources is None else rule_of(dict(self._sources))

    @property
    def lexicon(self) -> str | None:
        return "; ".join(dict.fromkeys(self._lexicon)) or None

    def make(self) -> Actor:
        return Actor(text=self.text, name=self.name, country=self.country, sector=self.sector, start=self.start,
                     end=self.end, kind=self.kind, rule=self.rule, lexicon=self.lexicon)

    def updated(self, update: dict) -> "PendingActor":
        """A copy with some of :attr:`UPDATABLE` changed (what ``Actor.model_copy(update=...)`` gives, not made yet)."""
        new = PendingActor(self.source, self.start, self.end, None, self.kind, self._rule)
        new.name, new.country, new.sector = self.name, self.country, self.sector
        new._sources, new._lexicon = self._sources, self._lexicon
        for k, v in update.items():
            if k == "rule":
                new._rule, new._sources = v, None
            else:
                setattr(new, k, v)
        return new


@dataclass
class ActorMention:
    """One actor mention: tokens ``start``..``end`` (exclusive) of ``ctx.doc``, its head token, the coded
    actor (character offsets into the article text) and, for a pronoun, a repeated name or an
    appositive, the index in ``ctx.data["actors"]`` of the mention it refers to.

    ``actor`` may be given as a :class:`PendingActor`: the ``Actor`` is then made at its first read."""

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
    members: list[Actor] | None = None  # "the two sides": the parties it names (see context_refs)

    @property
    def coded(self) -> bool:
        a = self.actor_view
        return bool(a.country or a.sector)

    @property
    def actor_view(self) -> Actor | PendingActor:
        """The actor's fields to read (``name``, ``country``, ``sector``, ``start``, ``end``, ``text``, ``kind``,
        ``rule``), without making the ``Actor`` when it is still pending: for comparing and copying codes only (an
        ``Actor`` to keep or hand on is ``actor``)."""
        return self.__dict__["_actor"]

    def update_actor(self, update: dict) -> None:
        """``actor = actor.model_copy(update=update)``, kept pending while the actor is."""
        a = self.__dict__["_actor"]
        if type(a) is PendingActor and update.keys() <= PendingActor.UPDATABLE:
            self.__dict__["_actor"] = a.updated(update)
        else:
            self.actor = self.actor.model_copy(update=update)


def _get_actor(m: ActorMention) -> Actor:
    a = m.__dict__["_actor"]
    if type(a) is PendingActor:
        a = m.__dict__["_actor"] = a.make()
    return a


def _set_actor(m: ActorMention, value: Actor | PendingActor) -> None:
    m.__dict__["_actor"] = value


# (set after the dataclass is made: its ``__init__``, ``repr`` and ``==`` go through the property)
ActorMention.actor = property(_get_actor, _set_actor)  # type: ignore[assignment]


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
    lexicon: list[str] = field(default_factory=list)  # provenance: lexicon rows used, as file:line

    @property
    def rule(self) -> str | None:
        return rule_of(self.sources)


def rule_of(sources: dict[str, str]) -> str | None:
    """``Actor.rule`` of codes found by ``sources`` (field -> rule): the rules used, in ``RULE_ORDER``."""
    used = [r for r in (sources.get("sector"), sources.get("country")) if r]
    used += [r for k, r in sources.items() if k not in ("sector", "country")]
    uniq = sorted(set(used), key=lambda r: RULE_ORDER.index(r) if r in RULE_ORDER else len(RULE_ORDER))
    return "+".join(uniq) if uniq else None


#: words that make a capitalised name a document, a law or an agreement, not an actor: first and followed by "of" /
#: "on" ("the *Bill* of Rights", "the *Declaration* of Independence", "the *Convention* on Refugees") or last
#: ("the Patriot *Act*", "the Paris *Accord*", "the Second *Amendment*"); "Bill" only first ("Bill Hale" is a man)
DOCUMENT_WORDS = frozenset({"bill", "act", "charter", "constitution", "treaty", "convention", "declaration",
                            "amendment", "accord", "accords", "protocol", "covenant", "statute", "manifesto"})


def names_a_document(ent) -> bool:
    """Is this entity (a spaCy Span) the name of a document or law ("Bill of Rights", "Patriot Act")?"""
    words = [t for t in ent if t.is_alpha]
    if len(words) < 2:
        return False
    first, last = words[0], words[-1]
    if first.lower_ in DOCUMENT_WORDS and first.text[:1].isupper() and first.i + 1 < len(first.doc) \
            and first.doc[first.i + 1].lower_ in ("of", "on"):
        return True
    return last.lower_ in DOCUMENT_WORDS and last.lower_ != "bill" and last.text[:1].isupper()


#: the company suffixes of agents.tsv: after a capitalised name they make the phrase a company's name
COMPANY_SUFFIXES = frozenset({"corp", "corp.", "inc", "inc.", "incorporated", "ltd", "ltd.", "plc", "gmbh", "llc"})
