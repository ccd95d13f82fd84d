"""Known lemmas for the rule lemmatizer's ``lemma_index`` (training/lemma_tables.py).

spaCy's rule lemmatizer tries every suffix rule that ends a word; without an index the first
(longest) rule wins, so "shelled" takes the rule of "labelled" (``lled`` -> ``l``) and becomes "shel",
and "patrolled" takes the plain ``ed`` rule and becomes "patroll". With ``lemma_index`` a rule whose
output is a known lemma of the word's UPOS wins over one whose output is unknown ("shell" over
"shel", "patrol" over "patroll", "label" over "labell"); a word none of whose outputs is known keeps
the first rule's (the table's behaviour without an index).

The known lemmas are:

* every lemma of that UPOS in the treebanks' training splits, base forms included (an infinitive's
  lemma is a known verb even when no inflected form of it was seen);
* the project's own lexicons, written for Lapwing: the trigger lemmas of the event patterns
  (``src/lapwing/lexicons/event_patterns``, pos ``V`` verbs, ``N`` single-word nouns) and the reporting
  verbs of ``src/lapwing/lexicons/speech_verbs.tsv``. These are the verbs the extractors read by lemma,
  so a lemma the treebanks never inflect ("shell", "quell", "annul") is still known.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LEXICONS = REPO / "src" / "lapwing" / "lexicons"
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
