"""Registry of extractors and the context they share."""

from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass, field
from typing import Any, Callable

from spacy.tokens import Doc

from lapwing.schema import Article, ArticleRecord

ExtractorFn = Callable[["Context"], None]


@dataclass
class Context:
    """What one article's extractors share: the parse, the article, the record being built.

    ``data`` holds intermediate results that later extractors may read
    (e.g. ``data["actors"]`` from the actor extractor, ``data["places"]``).
    """

    doc: Doc
    article: Article
    record: ArticleRecord
    config: dict[str, Any] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict)
    #: the spaCy pipeline that made ``doc``, for an extractor that parses a piece of it again (the event
    #: coder's repair 50); None where the doc came from elsewhere
    nlp: Any = None


@dataclass(frozen=True)
class ExtractorSpec:
    name: str
    fn: ExtractorFn
    requires: tuple[str, ...] = ()
    description: str = ""


_REGISTRY: dict[str, ExtractorSpec] = {}


def extractor(name: str, requires: tuple[str, ...] = (), description: str = ""):
    """Register ``fn(ctx)`` as extractor ``name``. ``requires`` names extractors that must run first."""

    def wrap(fn: ExtractorFn) -> ExtractorFn:
        _REGISTRY[name] = ExtractorSpec(name, fn, tuple(requires), description or (fn.__doc__ or "").strip())
        return fn

    return wrap


def registered() -> dict[str, ExtractorSpec]:
    return dict(_REGISTRY)


def resolve_order(names: list[str]) -> list[ExtractorSpec]:
    """Order the named extractors so that each runs after what it requires."""
    specs = {n: _REGISTRY[n] for n in names if n in _REGISTRY}
    unknown = [n for n in names if n not in _REGISTRY]
    if unknown:
        raise KeyError(
            f"unknown extractor(s): {', '.join(unknown)}; registered: {', '.join(sorted(_REGISTRY))}"
        )
    ordered: list[ExtractorSpec] = []
    seen: set[str] = set()

    def visit(n: str, stack: tuple[str, ...] = ()) -> None:
        if n in seen:
            return
        if n in stack:
            raise ValueError(f"extractor dependency cycle: {' -> '.join(stack + (n,))}")
        spec = specs.get(n) or _REGISTRY[n]
        for r in spec.requires:
            visit(r, stack + (n,))
        seen.add(n)
        ordered.append(spec)

    for n in names:
        visit(n)
    return ordered


def optional_module(name: str):
    """Another extractor's module, or None when it is not installed (a missing dependency *inside* it
    still raises): extractors that read each other's results use this, so each can run alone. A module already
    imported is taken from ``sys.modules`` (what ``importlib.import_module`` hands back for it, without its
    machinery: the event coder and the quote extractor ask some 2,400 times a pass over the benchmark stories)."""
    got = sys.modules.get(name)
    if got is not None:
        return got
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name == name:
            return None
        raise
