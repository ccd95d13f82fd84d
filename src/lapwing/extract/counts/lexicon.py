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

    #: kind -> (its phrase table, the table's size, first word -> the table's phrases starting with it, in its order):
    #: made again when the table is another or has grown
    _first: dict[str, tuple[dict, int, dict[str, list[tuple[tuple[str, ...], str]]]]] = field(
        default_factory=dict, repr=False, compare=False)

    def _by_first(self, kind: str) -> dict[str, list[tuple[tuple[str, ...], str]]]:
        phrases = self.phrases[kind]
        got = self._first.get(kind)
        if got is None or got[0] is not phrases or got[1] != len(phrases):
            index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
            for words, cat in phrases.items():
                if words:
                    index.setdefault(words[0], []).append((words, cat))
            got = self._first[kind] = (phrases, len(phrases), index)
        return got[2]

    def phrase_at(self, kind: str, tokens: list[str]) -> tuple[str, int] | None:
        """The longest phrase of ``kind`` at the start of ``tokens``: (category, length)."""
        best = None
        phrases = self.phrases[kind]
        # only the phrases that start with the first token can match: those are tried, in the table's order (all of
        # them for no tokens or where an empty phrase is listed)
        tried = phrases.items() if not tokens or () in phrases else self._by_first(kind).get(tokens[0], ())
        for words, cat in tried:
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
