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

# The lexicon reader is the package's own, so the model's index and the loaded pipeline's (which adds the
# lexicons' current verbs at load: lapwing.nlp.lexicon_verbs) read the lexicons the same way.
from lapwing.nlp.lexicon_verbs import LEXICONS, PATTERN_POS, SPEECH_VERB_TYPES, lexicon_lemmas

__all__ = ["LEXICONS", "PATTERN_POS", "SPEECH_VERB_TYPES", "lexicon_lemmas"]
