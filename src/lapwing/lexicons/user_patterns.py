"""User event-pattern files: Lapwing's own pattern format (``lexicons/event_patterns/README.md``) in files
named by ``LAPWING_PATTERNS`` (``os.pathsep``-separated), for example those ``lapwing lexicons import
--format petrarch-verbs`` writes.

A pipeline config may name more files (``pattern_files``, after the environment's) and the mode
(``patterns_mode``). Precedence (``LAPWING_PATTERNS_MODE`` / ``patterns_mode``):

``add`` (default)  the patterns of a trigger (pos + lemma) that a user file defines replace the shipped
                   patterns of that trigger; every other shipped trigger stays
``replace``        only the user patterns are used

The variables are read when the event lexicon is first loaded in a process (:func:`reload` makes a
running process read them again). User files may use the shipped ``@sets`` and define their own; a
pattern id must not repeat a shipped id. Every event records its pattern's file and line
(:func:`pattern_source`) in ``Event.lexicon``.
"""

from __future__ import annotations

import os
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lapwing.extract.events.lexicon_loader import Pattern

ENV_PATTERNS = "LAPWING_PATTERNS"
ENV_PATTERNS_MODE = "LAPWING_PATTERNS_MODE"
CONFIG_PATTERNS = "pattern_files"
CONFIG_PATTERNS_MODE = "patterns_mode"
PATTERN_MODES = ("add", "replace")


def user_pattern_setting() -> tuple[tuple[str, ...], str]:
    """(user pattern files, mode) from the environment."""
    from lapwing.extract.events.lexicon_loader import LexiconError

    files = tuple(p for p in os.environ.get(ENV_PATTERNS, "").split(os.pathsep) if p.strip())
    mode = os.environ.get(ENV_PATTERNS_MODE, "").strip().lower() or "add"
    if mode not in PATTERN_MODES:
        raise LexiconError(f"{ENV_PATTERNS_MODE}={mode!r}: use one of {', '.join(PATTERN_MODES)}")
    return files, mode


def load_user_patterns(files: tuple[str, ...]) -> list[Pattern]:
    """The patterns of user files; ``file`` is the resolved path, for provenance."""
    from lapwing.extract.events.lexicon_loader import LexiconError, _load_pattern_file, load_patterns, load_word_sets

    sets = dict(load_word_sets())
    seen: dict[str, str] = {p.id: f"{p.file}:{p.line}" for p in load_patterns()}
    out: list[Pattern] = []
    for f in files:
        path = Path(f).expanduser()
        if not path.is_file():
            raise LexiconError(f"{path}: user pattern file not found (named by {ENV_PATTERNS})")
        user_sets = load_word_sets(path)
        clash = sorted(set(user_sets) & set(sets))
        if clash:
            raise LexiconError(f"{path}: word set {clash[0]} is already defined by the shipped lexicon; rename it")
        sets.update(user_sets)
        out += [replace(p, file=str(path.resolve())) for p in _load_pattern_file(path, sets, seen)]
    return out


def combine(shipped: list[Pattern], files: tuple[str, ...], mode: str) -> list[Pattern]:
    """``shipped`` combined with the patterns of ``files`` by the mode's rule."""
    if not files:
        return shipped
    user = load_user_patterns(files)
    if mode == "replace":
        return user
    mine = {(p.pos, p.lemma) for p in user}
    return user + [p for p in shipped if (p.pos, p.lemma) not in mine]


def with_user_patterns(shipped: list[Pattern]) -> list[Pattern]:
    """The pattern list of the process-wide event lexicon: ``shipped`` with the ``LAPWING_PATTERNS`` files."""
    return combine(shipped, *user_pattern_setting())


def lexicon_for(config: dict[str, Any] | None):
    """The event lexicon for a pipeline ``config``: the process-wide one (``LAPWING_PATTERNS``), or, when the
    config names ``pattern_files`` (a list, or an ``os.pathsep``-separated string) or ``patterns_mode``,
    one with the environment's files followed by the config's, in the config's mode."""
    from lapwing.extract.events.lexicon_loader import LexiconError, lexicon

    config = config or {}
    extra = config.get(CONFIG_PATTERNS) or ()
    if isinstance(extra, (str, os.PathLike)):
        extra = str(extra).split(os.pathsep)
    if not extra and not config.get(CONFIG_PATTERNS_MODE):
        return lexicon()
    env_files, env_mode = user_pattern_setting()
    mode = str(config.get(CONFIG_PATTERNS_MODE) or env_mode).lower()
    if mode not in PATTERN_MODES:
        raise LexiconError(f"config {CONFIG_PATTERNS_MODE}={mode!r}: use one of {', '.join(PATTERN_MODES)}")
    files = tuple(dict.fromkeys([*env_files, *(str(Path(f).expanduser()) for f in extra if str(f).strip())]))
    return _config_lexicon(files, mode)


@lru_cache(maxsize=4)
def _config_lexicon(files: tuple[str, ...], mode: str):
    from lapwing.extract.events import lexicon_loader as L

    patterns = combine(L.load_patterns(), files, mode)
    words, phrases = L.load_offtopic()
    return L.Lexicon(L.load_cameo(), L.load_acled(), patterns, L.index_by_lemma(patterns), L.load_content(), words,
                     phrases, L.load_word_sets(), L.load_offtopic(weak=True))


def pattern_source(p: Pattern) -> str:
    """Where a pattern comes from, as ``file:line`` (shipped files as ``event_patterns/FILE``)."""
    if os.sep not in p.file and "/" not in p.file:
        return f"event_patterns/{p.file}:{p.line}"
    return f"{p.file}:{p.line}"


def reload() -> None:
    """Forget the loaded event lexicon and everything derived from it, so that the next use reads
    ``LAPWING_PATTERNS`` again."""
    from lapwing.extract.events import lexicon_loader, repair_forms

    _config_lexicon.cache_clear()
    for mod in (lexicon_loader, repair_forms):
        for obj in vars(mod).values():
            if callable(obj) and hasattr(obj, "cache_clear") and getattr(obj, "__module__", "") == mod.__name__:
                obj.cache_clear()
