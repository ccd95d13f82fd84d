"""Lapwing's lexicons: countries, agent (role) words and the actor dictionary.

Three tab-separated files ship in this folder (formats in ``docs/actors.md``):

- ``countries.tsv``: countries, territories, IGOs and generic codes with names, adjectives,
  demonyms and capitals;
- ``agents.tsv``: role and group words (``president``, ``riot police``, ``protesters``) with a
  sector code and flags;
- ``actors.tsv``: people and organisations with country and sector over time.

Users add their own actor (and agent) files in the same format, named by the environment variables
``LAPWING_ACTORS`` / ``LAPWING_AGENTS`` (``os.pathsep``-separated paths) or the config keys
``actor_files`` / ``agent_files``. A name defined in a user file hides the shipped entries for that name.

Loading never fails on a bad row: the row is skipped with a logged warning; ``lapwing lexicons lint``
reports it. Everything is cached per process.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

from lapwing.lexicons.base import (  # noqa: F401  (the package's public names)
    _warn,
    ACTORS_DIR,
    ACTORS_FILE,
    ACTOR_COLUMNS,
    ACTOR_KINDS,
    AGENTS_FILE,
    AGENT_COLUMNS,
    AGENT_FLAGS,
    CODE_RE,
    CONFIG_ACTORS,
    CONFIG_AGENTS,
    COUNTRIES_FILE,
    COUNTRY_COLUMNS,
    COUNTRY_KINDS,
    DATE_RE,
    ENV_ACTORS,
    ENV_AGENTS,
    Issue,
    LEXICON_DIR,
    LexiconError,
    SECTORS,
    _DASHES,
    _HYPHEN_SPACE_RE,
    _SPACE_RE,
    article_day,
    fold,
    fold_token,
    is_acronym,
    normalize,
    shipped_actor_files,
    parse_date,
    read_rows,
    split_values,
)
from lapwing.lexicons.country_agents import (  # noqa: F401  (the package's public names)
    Agent,
    AgentForm,
    Country,
    _IRREGULAR,
    agent_forms,
    block_phrases,
    country_codes,
    igo_codes,
    load_countries,
    parse_agents,
    parse_countries,
    pluralize_phrase,
    pluralize_word,
)
from lapwing.lexicons.actor_dictionary import (  # noqa: F401  (the package's public names)
    ActorEntry,
    Coding,
    Role,
    _declared_codes,
    _load_actors,
    _load_agents,
    _paths_from,
    _stamp,
    actor_paths,
    agent_paths,
    build_actor_entries,
    choose_actor,
    lexicon_source,
    load_actors,
    load_agents,
    parse_actors,
)

#: one-word names that are also common English words: never read as names in lower-cased text
LOWER_CASE_WORDS = frozenset({"polish", "reunion", "fed", "amnesty", "chevron", "guinea", "jordan", "chad",
                              "georgia", "sputnik", "pentagon", "kiwi", "kiwis", "brit", "dane", "finn", "pole",
                              "poles", "scot", "scots", "turk", "turks", "swede", "swedes", "lao", "mali", "america"})


@dataclass(frozen=True)
class Hit:
    """One lexicon reading of a phrase.

    kind: ``actor`` (payload ActorEntry), ``country`` (payload Country; ``role`` is name, adjective,
    demonym, demonym-plural or capital), ``block``, or ``agent`` (payload AgentForm).
    """

    kind: str
    surface: str
    payload: Any
    role: str = ""

    def accepts(self, text: str, lower_doc: bool = False) -> bool:
        """Does the text as written satisfy this reading's capitalisation rule?

        ``lower_doc``: the document is written all in lower case (a lower-cased feed or archive), where no
        name can show its capital: a name is then accepted in lower case too, unless it is one word that
        is also a common word or a person's single name ("fed", "polish", "may"). Acronyms still need
        their capitals (or a lower-case variant of their own in the table: "crpf")."""
        if is_acronym(self.surface):
            return " ".join(text.translate(_DASHES).split()) == self.surface.translate(_DASHES)
        first = next((c for c in self.surface if c.isalpha()), "")
        if self.kind == "agent" or not first.isupper():
            return True
        tfirst = next((c for c in text if c.isalpha()), "")
        if tfirst.isupper():
            return True
        if not lower_doc or text.lower() in LOWER_CASE_WORDS:
            return False
        one_word = len(text.split()) == 1
        if one_word and (self.role == "capital" or getattr(self.payload, "kind", "") == "person"):
            return False
        return True


@dataclass
class Lexicon:
    keys: dict[str, list[Hit]]
    max_words: int
    actors: dict[str, ActorEntry]
    countries: dict[str, Country]
    prefixes: frozenset[str] = frozenset()  # every prefix of every key, for early stopping

    def get(self, key: str) -> list[Hit]:
        return self.keys.get(key, [])


_WORD_RE = re.compile(r"\w+|[^\w\s]")


def lexicon(actor_files: tuple[Path, ...] = (), agent_files: tuple[Path, ...] = ()) -> Lexicon:
    """The compiled phrase index over all lexicons (cached per set of user files)."""
    return _lexicon(_stamp(actor_files), _stamp(agent_files))


#: the Arabic article of a name, before a capitalised word, written with a space or with a hyphen
_ARTICLE_SPACE = re.compile(r"\b([Aa]l|[Ee]l) (?=[A-Z])")
_ARTICLE_HYPHEN = re.compile(r"\b([Aa]l|[Ee]l)-(?=[A-Z])")


@lru_cache(maxsize=8)
def _lexicon(actor_stamp, agent_stamp) -> Lexicon:
    keys: dict[str, list[Hit]] = {}

    def add(surface: str, hit: Hit) -> None:
        variants = {surface}
        if surface.endswith(".") and is_acronym(surface):
            variants.add(surface[:-1])  # "U.S." at the end of a sentence is split as "U.S" + "."
        if hit.kind == "actor":
            # the Arabic article written either way: "Al Thani" / "al-Thani", "El Sisi" / "el-Sisi"
            variants.add(_ARTICLE_SPACE.sub(lambda m: m.group(1) + "-", surface))
            variants.add(_ARTICLE_HYPHEN.sub(lambda m: m.group(1) + " ", surface))
        for s in variants:
            k = normalize(s)
            if k:
                keys.setdefault(k, []).append(Hit(hit.kind, s, hit.payload, hit.role))

    countries = load_countries()
    for c in parse_countries(COUNTRIES_FILE):
        if c.kind == "block":
            for v in (c.name, *c.names):
                add(v, Hit("block", v, c, "block"))
            continue
        for role, values in (("name", (c.name, *c.names)), ("adjective", c.adjectives), ("demonym", c.demonyms),
                             ("demonym-plural", c.demonyms_plural), ("capital", c.capitals)):
            if c.kind == "generic":
                continue
            for v in values:
                add(v, Hit("country", v, c, role))
    actors = _load_actors(actor_stamp)
    for e in actors.values():
        for n in e.names():
            if e.kind == "country":
                add(n, Hit("actor", n, e, "country"))
            else:
                add(n, Hit("actor", n, e, e.kind))
    seen_forms: set[str] = set()
    for a in _load_agents(agent_stamp):
        for form in agent_forms(a):
            k = normalize(form.surface)
            if (k, is_acronym(form.surface)) in seen_forms:
                continue  # user rows come first and win
            seen_forms.add((k, is_acronym(form.surface)))
            add(form.surface, Hit("agent", form.surface, form, "agent"))
    max_words = max((len(_WORD_RE.findall(k)) for k in keys), default=1)
    prefixes = frozenset(k[:n] for k in keys for n in range(1, len(k) + 1))
    return Lexicon(keys, max_words, actors, countries, prefixes)


def lookup_actor(name: str, day: date | str | None = None,
                 extra_paths: Iterable[str | Path] = ()) -> Coding | None:
    """The dictionary coding of ``name`` (any variant) on ``day``; None when unknown or ambiguous."""
    if isinstance(day, str):
        day = article_day(day)
    hits = lexicon(tuple(Path(p) for p in extra_paths)).get(normalize(name))
    actors = [h.payload for h in hits if h.kind == "actor"]
    return choose_actor(actors, day)


def clear_caches() -> None:
    """Forget loaded lexicons (after editing a file in a running process)."""
    load_countries.cache_clear()
    block_phrases.cache_clear()
    _load_agents.cache_clear()
    _load_actors.cache_clear()
    _lexicon.cache_clear()


def sizes() -> dict[str, int]:
    """How many entries each shipped lexicon holds."""
    rows = parse_countries(COUNTRIES_FILE)
    actors = load_actors()
    agents = load_agents()
    return {
        "countries": sum(1 for c in rows if c.kind in ("country", "territory")),
        "igos": sum(1 for c in rows if c.kind == "igo"),
        "country_phrases": sum(len((c.name, *c.names, *c.adjectives, *c.demonyms, *c.demonyms_plural,
                                    *c.capitals)) for c in rows if c.kind != "block"),
        "agent_rows": len(agents),
        "agent_forms": sum(len(agent_forms(a)) for a in agents),
        "actors": len(actors),
        "actor_people": sum(1 for a in actors.values() if a.kind == "person"),
        "actor_orgs": sum(1 for a in actors.values() if a.kind == "org"),
        "actor_roles": sum(len(a.roles) for a in actors.values()),
        "actor_names": sum(len(a.names()) for a in actors.values()),
    }
