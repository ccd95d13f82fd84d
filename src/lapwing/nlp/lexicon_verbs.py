"""The lexicons' verbs as known lemmas of the shipped rule lemmatizer, at load time.

spaCy's rule lemmatizer prefers a suffix rule whose output is a known lemma of the word's part of speech
(its ``lemma_index`` table): "shelled" -> "shell", not "shel". The shipped model's index holds the
treebanks' lemmas and, when the model was built, the verbs of the project's own lexicons
(``training/lemma_tables.py``). A verb added to the lexicons later would be unknown to that copy until the
lookups are rebuilt, so :func:`know_lexicon_verbs` adds the lexicons' current verbs to the loaded index:
the index and the lexicons the extractors read are the same whichever was edited last.

The lexicons' verbs are the trigger lemmas of the event patterns (``lexicons/event_patterns``, pos ``V``;
single-word ``N`` lemmas are the nouns) and the reporting verbs of ``lexicons/speech_verbs.tsv``.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from spacy.language import Language

LEXICONS = Path(__file__).resolve().parents[1] / "lexicons"
#: speech_verbs.tsv row types whose entry is a verb lemma
SPEECH_VERB_TYPES = {"verb", "weakverb", "objverb", "toverb"}
#: event pattern pos column -> UPOS
PATTERN_POS = {"V": "VERB", "N": "NOUN"}


def _rows(path: Path):
    for line in path.read_text(encoding="utf8").splitlines():
        if line and not line.startswith(("#", "@")):
            yield line.split("\t")


def lexicon_lemmas(lexicons: Path = LEXICONS) -> dict[str, set[str]]:
    """UPOS -> lemmas named by the project's event patterns and speech verbs (lower case, letters only)."""
    known: dict[str, set[str]] = defaultdict(set)
    for path in sorted((lexicons / "event_patterns").glob("*.tsv")):
        for cols in _rows(path):
            if len(cols) > 2 and cols[2] in PATTERN_POS and cols[1].isalpha():
                known[PATTERN_POS[cols[2]]].add(cols[1].lower())
    speech = lexicons / "speech_verbs.tsv"
    if speech.is_file():
        for cols in _rows(speech):
            if len(cols) > 1 and cols[0] in SPEECH_VERB_TYPES and cols[1].isalpha():
                known["VERB"].add(cols[1].lower())
    return dict(known)


def know_lexicon_verbs(nlp: Language, lexicons: Path = LEXICONS) -> list[str]:
    """Add the lexicons' verbs missing from ``nlp``'s rule lemmatizer verb index; return those added (sorted).

    Only a lemmatizer that already has a verb index is touched (the shipped model's); spaCy's memo of
    lemmas is emptied when a verb is added, so no lemma made before stays."""
    if "lemmatizer" not in nlp.pipe_names:
        return []
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return []
    index = lookups.get_table("lemma_index").get("verb")
    if not isinstance(index, dict):
        return []
    added = sorted(v for v in lexicon_lemmas(lexicons).get("VERB", ()) if v not in index)
    for verb in added:
        index[verb] = 1
    if added:
        lem = nlp.get_pipe("lemmatizer")
        if hasattr(lem, "cache"):
            lem.cache.clear()
        lem.__dict__.pop("_lapwing_memo", None)
    return added
