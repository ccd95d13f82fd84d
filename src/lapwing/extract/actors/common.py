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
    members: list[Actor] | None = None  # "the two sides": the parties it names (see context_refs)

    @property
    def coded(self) -> bool:
        return bool(self.actor.country or self.actor.sector)


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
        used = [r for r in (self.sources.get("sector"), self.sources.get("country")) if r]
        used += [r for k, r in self.sources.items() if k not in ("sector", "country")]
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
