"""Loading the English NLP pipeline.

Lapwing ships its own spaCy pipeline (trained by ``training/`` from open
treebanks) inside the package at ``lapwing/nlp/models/en_lapwing``. Nothing is
downloaded at run time.

Choice of pipeline, in order:
1. the ``name`` argument of :func:`load`;
2. the environment variable ``LAPWING_SPACY_MODEL`` (an installed spaCy package
   name such as ``en_core_web_sm``, or a path to a pipeline directory);
3. the shipped model;
4. if no model is shipped (a development checkout before training), a blank
   English pipeline with a rule-based sentence splitter. Its records say so in
   ``record.pipeline["model"]``.
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


class ModelNotFound(RuntimeError):
    pass


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
    path = shipped_model_path()
    if path is not None:
        return spacy.load(path)
    return _blank()


def describe(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"
