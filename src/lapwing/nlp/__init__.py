"""Loading the English NLP pipeline.

Lapwing ships its own spaCy pipeline (trained by ``training/`` from open
treebanks) inside the package at ``lapwing/nlp/models/en_lapwing``. Nothing is
downloaded at run time.

Choice of pipeline, in order:
1. the ``name`` argument of :func:`load` (the ``--model`` option);
2. the environment variable ``LAPWING_SPACY_MODEL`` (an installed spaCy package
   name such as ``en_core_web_sm``, or a path to a pipeline directory);
3. the shipped model.

``blank`` (as name or in the environment variable) explicitly asks for a blank
English pipeline with a rule-based sentence splitter: no tags, parse or entities,
so no events, quotes or counts. It is never chosen silently: when the shipped
model is missing or incomplete (no ``meta.json``, a component missing, a file
that cannot be read), :func:`load` raises :class:`ModelNotFound` naming what is
missing and what to do, instead of degrading to a blank pipeline.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from lapwing.nlp.components import add_to as _add_components

MODEL_DIR = Path(__file__).parent / "models" / "en_lapwing"
ENV_VAR = "LAPWING_SPACY_MODEL"
BLANK = "blank"

#: Components the shipped model must have: the extractors need tags, lemmas, the parse and entities.
REQUIRED_COMPONENTS: tuple[str, ...] = ("tagger", "lemmatizer", "parser", "ner")

_REINSTALL = (
    "Re-install Lapwing (`bash scripts/setup.sh`, or `pip install --force-reinstall` of the package), "
    "rebuild the model with `python training/train.py`, or choose another pipeline explicitly with "
    f"--model / {ENV_VAR} (e.g. en_core_web_sm, or 'blank' for sentence splitting only)."
)


class ModelNotFound(RuntimeError):
    """The chosen spaCy pipeline cannot be loaded; the message says what is missing and what to do."""


def shipped_model_path() -> Path | None:
    return MODEL_DIR if (MODEL_DIR / "meta.json").exists() else None


def _blank() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.meta["name"] = "blank_sentencizer"
    return nlp


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    """Return the pipeline (cached per process), with Lapwing's boundary fixer before the parser."""
    return _add_components(_load(name))


def _load(name: str | None) -> Language:
    choice = name or os.environ.get(ENV_VAR) or None
    if choice == BLANK:
        return _blank()
    if choice:
        try:
            return spacy.load(choice)
        except OSError as exc:
            raise ModelNotFound(
                f"spaCy pipeline {choice!r} (from {ENV_VAR} or --model) could not be loaded: it is not an "
                f"installed package nor a pipeline directory. Unset {ENV_VAR} to use Lapwing's shipped model."
            ) from exc
    return _load_shipped()


def _load_shipped() -> Language:
    meta = MODEL_DIR / "meta.json"
    if not meta.is_file():
        what = "its meta.json is missing" if MODEL_DIR.is_dir() else "the model folder is missing"
        raise ModelNotFound(f"Lapwing's shipped model cannot be loaded: {what} ({meta}). {_REINSTALL}")
    try:
        nlp = spacy.load(MODEL_DIR)
    except Exception as exc:  # a missing or corrupt component file, an incompatible spaCy
        raise ModelNotFound(
            f"Lapwing's shipped model at {MODEL_DIR} cannot be loaded: {type(exc).__name__}: {exc}. {_REINSTALL}"
        ) from exc
    missing = [c for c in REQUIRED_COMPONENTS if c not in nlp.pipe_names]
    if missing:
        raise ModelNotFound(
            f"Lapwing's shipped model at {MODEL_DIR} lacks the component(s) {', '.join(missing)} "
            f"(it has {', '.join(nlp.pipe_names) or 'none'}). {_REINSTALL}"
        )
    return nlp


def describe(nlp: Language) -> str:
    # ``Language.meta`` sets "lang", "name" and "version" where they are missing and rebuilds the components' labels on
    # every read (a record's provenance asks for it per article): once the three are set, they are read as they are
    meta = getattr(nlp, "_meta", None)
    if not isinstance(meta, dict) or not all(k in meta for k in ("lang", "name", "version")):
        meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"
