"""The countries lexicon (``countries.tsv``) and the agents lexicon (``agents.tsv``): parsing and forms."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lapwing.lexicons.base import (
    _warn,
    AGENT_COLUMNS,
    AGENT_FLAGS,
    CODE_RE,
    COUNTRIES_FILE,
    COUNTRY_COLUMNS,
    COUNTRY_KINDS,
    Issue,
    SECTORS,
    read_rows,
    split_values,
)

@dataclass(frozen=True)
class Country:
    code: str  # "-" for block rows
    kind: str
    name: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    demonyms: tuple[str, ...]
    demonyms_plural: tuple[str, ...]
    capitals: tuple[str, ...]
    line: int = 0

    @property
    def is_igo(self) -> bool:
        return self.kind in ("igo", "generic")


def parse_countries(path: Path, issues: list[Issue] | None = None) -> list[Country]:
    out = []
    for lineno, f in read_rows(path, COUNTRY_COLUMNS, 3, issues):
        code, kind, name = f[0], f[1], f[2]
        problems = []
        if kind not in COUNTRY_KINDS:
            problems.append(("unknown-kind", f"kind {kind!r} is not one of {', '.join(sorted(COUNTRY_KINDS))}"))
        if kind == "block" and code != "-":
            problems.append(("bad-code", f"block rows have code '-', not {code!r}"))
        if kind != "block" and not CODE_RE.match(code):
            problems.append(("bad-code", f"code {code!r} is not three capital letters"))
        if not name:
            problems.append(("malformed-row", "empty name"))
        if problems:
            if issues is not None:
                issues.extend(Issue(str(path), lineno, "error", c, m) for c, m in problems)
            continue
        out.append(Country(code, kind, name, tuple(split_values(f[3])), tuple(split_values(f[4])),
                           tuple(split_values(f[5])), tuple(split_values(f[6])), tuple(split_values(f[7])),
                           lineno))
    return out


@lru_cache(maxsize=1)
def load_countries() -> dict[str, Country]:
    """Code -> Country for every country, territory, IGO and generic code (block rows left out)."""
    issues: list[Issue] = []
    rows = parse_countries(COUNTRIES_FILE, issues)
    _warn(issues)
    return {c.code: c for c in rows if c.kind != "block"}


@lru_cache(maxsize=1)
def block_phrases() -> tuple[str, ...]:
    """Phrases that contain a country word but denote no country (Latin America, New Mexico)."""
    rows = parse_countries(COUNTRIES_FILE)
    return tuple(v for c in rows if c.kind == "block" for v in (c.name, *c.names))


def country_codes() -> frozenset[str]:
    return frozenset(load_countries())


#: the country table :func:`igo_codes` read last and its answer (the actor coder asks for it per article)
_IGOS: list = [None, frozenset()]


def igo_codes() -> frozenset[str]:
    countries = load_countries()
    if _IGOS[0] is not countries:
        _IGOS[0], _IGOS[1] = countries, frozenset(c.code for c in countries.values() if c.is_igo)
    return _IGOS[1]


# -- agents --------------------------------------------------------------------------------
_IRREGULAR = {"man": "men", "woman": "women", "child": "children", "person": "people", "passerby": "passersby",
              "chief": "chiefs", "staff": "staff", "police": "police", "clergy": "clergy"}


def pluralize_word(word: str) -> str:
    lower = word.lower()
    for sing, plur in _IRREGULAR.items():
        if lower == sing:
            return plur
    if lower.endswith("man") and not lower.endswith("human"):
        return word[:-3] + "men"
    if lower.endswith("person"):
        return word[:-6] + "people"
    if lower.endswith("thief"):
        return word[:-1] + "ves"  # thieves, car thieves (not "thiefs")
    if lower.endswith("wife"):
        return word[:-2] + "ves"  # wives, midwives, housewives (not "wifes")
    if word.isupper():
        return word + "s"
    if re.search(r"[^aeiou]y$", lower):
        return word[:-1] + "ies"
    if lower.endswith("arch"):
        return word + "s"  # oligarchs, monarchs, patriarchs (a hard "ch")
    if re.search(r"(s|x|z|ch|sh)$", lower):
        return word + "es"
    return word + "s"


def pluralize_phrase(phrase: str) -> str:
    words = phrase.split(" ")
    idx = len(words) - 1
    if "of" in words[1:]:
        idx = words.index("of", 1) - 1
    words[idx] = pluralize_word(words[idx])
    return " ".join(words)


@dataclass(frozen=True)
class Agent:
    """One row of agents.tsv."""

    phrase: str  # the first spelling, for display
    forms: tuple[str, ...]  # the spellings as written (before plural generation)
    sector: str | None
    flags: frozenset[str]
    note: str = ""
    path: str = ""
    line: int = 0

    def has(self, flag: str) -> bool:
        return flag in self.flags


@dataclass(frozen=True)
class AgentForm:
    """One surface form of an agent: ``plural`` tells whether it names several (soldiers) or one (soldier)."""

    surface: str
    agent: Agent
    plural: bool

    @property
    def person(self) -> bool:
        """A single individual (for he/she)."""
        return self.agent.has("person") and not self.plural and not self.agent.has("plural")


def parse_agents(path: Path, issues: list[Issue] | None = None) -> list[Agent]:
    out = []
    for lineno, f in read_rows(path, AGENT_COLUMNS, 2, issues):
        forms = split_values(f[0])
        sector = f[1]
        flags = frozenset(x.strip() for x in f[2].split(",") if x.strip())
        problems = []
        if not forms:
            problems.append(("malformed-row", "empty phrase"))
        if sector != "-" and sector not in SECTORS:
            problems.append(("unknown-sector", f"sector {sector!r} is not a known sector code"))
        unknown = sorted(flags - AGENT_FLAGS)
        if unknown:
            problems.append(("unknown-flag", f"unknown flag(s) {', '.join(unknown)}; known: "
                                             f"{', '.join(sorted(AGENT_FLAGS))}"))
        if problems:
            if issues is not None:
                issues.extend(Issue(str(path), lineno, "error", c, m) for c, m in problems)
            continue
        out.append(Agent(forms[0], tuple(forms), None if sector == "-" else sector, flags, f[3], str(path), lineno))
    return out


def agent_forms(agent: Agent) -> list[AgentForm]:
    """Every surface form of an agent row, generated plurals included."""
    explicit = list(agent.forms)
    out: dict[str, AgentForm] = {}
    no_plural = agent.has("plural") or agent.has("mass") or agent.has("cue") or agent.has("honorific")
    generated = {} if no_plural else {pluralize_phrase(f): f for f in explicit if not f.endswith(".")}
    for f in explicit:
        low = f.lower()
        plural = (agent.has("plural") or f in generated
                  or re.search(r"(men|people|children)$", low) is not None)
        out.setdefault(f, AgentForm(f, agent, plural))
    for p in generated:
        out.setdefault(p, AgentForm(p, agent, True))
    return list(out.values())


# -- actors ----------------------------------------------------------------------------------
