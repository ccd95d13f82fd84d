"""The count categories as data: ``lexicons/count_categories.tsv`` read into a :class:`CountLexicon`
(words by kind: transitive and intransitive verbs, adjectives, nouns, tolls, people, things)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from lapwing.lexicons import tsv

LEXICON_PATH = Path(__file__).resolve().parents[2] / "lexicons" / "count_categories.tsv"
KINDS = ("trans", "trans_person", "intrans", "adj", "noun", "of", "toll", "person", "thing", "stative")
CASUALTY = ("killed", "injured", "arrested", "missing", "displaced")


@dataclass
class CountLexicon:
    words: dict[str, dict[str, str]] = field(default_factory=lambda: {k: {} for k in KINDS})  # kind -> word -> category
    phrases: dict[str, dict[tuple[str, ...], str]] = field(default_factory=lambda: {k: {} for k in KINDS})

    def word(self, kind: str, text: str) -> str | None:
        return self.words[kind].get(text.lower())

    def phrase_at(self, kind: str, tokens: list[str]) -> tuple[str, int] | None:
        """The longest phrase of ``kind`` at the start of ``tokens``: (category, length)."""
        best = None
        for words, cat in self.phrases[kind].items():
            n = len(words)
            if tuple(tokens[:n]) == words and (best is None or n > best[1]):
                best = (cat, n)
        return best


def load_count_lexicon(path: str | Path = LEXICON_PATH) -> CountLexicon:
    lex = CountLexicon()
    for lineno, (cat, kind, forms) in tsv.rows(path, 3):
        if kind not in KINDS:
            raise ValueError(f"{path}:{lineno}: unknown kind {kind!r} (known: {', '.join(KINDS)})")
        for form in forms.split():
            words = tuple(form.lower().split("_"))
            if len(words) == 1:
                lex.words[kind][words[0]] = cat
            else:
                lex.phrases[kind][words] = cat
    return lex


@lru_cache(maxsize=1)
def lexicon() -> CountLexicon:
    return load_count_lexicon()
