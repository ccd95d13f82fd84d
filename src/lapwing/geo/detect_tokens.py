"""The detector's reading of a document's tokens: per-token values as lists (the shared token columns of
:mod:`lapwing.extract.docfacts`, no spaCy ``Token`` per position), set once per document, and the
capitalised runs of the document found from them."""

from __future__ import annotations

import weakref
from functools import lru_cache
from itertools import compress
from operator import add

from spacy.tokens import Doc

from lapwing.extract.docfacts import doc_text, positions_of, token_columns, token_flags
from lapwing.geo.detect_rules import ARABIC_ARTICLES, CONNECTORS, TITLES, _breaks_run, _cap_text
from lapwing.geo.gazetteer import norm


#: :func:`_cap_text` remembered per word (asked for every token of every article; words repeat)
_cap_word = lru_cache(maxsize=100_000)(_cap_text)


class _DocTokens:
    """What :class:`~lapwing.geo.detect.Detector` knows of the document it reads (one at a time)."""

    _title_words: dict[str, bool]
    _doc_ref: "weakref.ref[Doc] | None"

    def _is_title_word(self, word: str) -> bool:
        """``norm(word) in TITLES``, remembered per word."""
        got = self._title_words.get(word)
        if got is None:
            got = norm(word) in TITLES
            if len(self._title_words) > 200_000:
                self._title_words.clear()
            self._title_words[word] = got
        return got

    def _columns(self, doc: Doc) -> None:
        """Per-token values of ``doc`` read many times below, as lists (no spaCy ``Token`` objects), set once
        per document on the detector."""
        if getattr(self, "_doc_ref", None) is not None and self._doc_ref() is doc and len(self._words) == len(doc):
            return
        cols, flags = token_columns(doc), token_flags(doc)
        self._doc_ref = weakref.ref(doc)
        self._text = doc_text(doc)
        self._words, self._low, self._ws, self._alpha = cols.text, cols.lower, cols.ws, cols.alpha
        self._stop, self._num, self._title, self._sent = flags.stop, flags.like_num, flags.title, flags.sent_start
        self._cap = list(map(_cap_word, cols.text))
        self._tstart = cols.idx
        self._tend = list(map(add, cols.idx, map(len, cols.text)))  # each token's end offset

    def _span_text(self, i: int, j: int) -> str:
        """``doc[i:j].text`` (``i < j``) of the document being read."""
        return self._text[self._tstart[i]:self._tend[j - 1]]

    # -- main --------------------------------------------------------------
    def _article_start(self, doc: Doc, i: int) -> bool:
        """"al-Tijara", "el-Arish": a lowercase Arabic article hyphenated to a name (``doc``'s columns are read:
        :meth:`_columns`)."""
        ws = self._ws
        return (self._low[i] in ARABIC_ARTICLES and i + 2 < len(ws) and self._words[i + 1] == "-"
                and not ws[i] and not ws[i + 1] and self._cap[i + 2])

    def _runs(self, doc: Doc):
        """Maximal stretches of capitalised tokens (with connectors inside)."""
        self._columns(doc)
        words, low, ws, alpha, stop, cap = self._words, self._low, self._ws, self._alpha, self._stop, self._cap
        n = len(words)
        # only a capitalised word or an Arabic article may start a run: their positions, in order (the capitalised
        # ones read from the column by ``compress``; the articles from the article's word index), not a test a word
        starts = list(compress(range(n), cap))
        articles = positions_of(doc, ARABIC_ARTICLES)
        if articles:
            starts = sorted(set(starts).union(articles))
        i = 0
        for s in starts:
            if s < i:
                continue
            i = s
            if not (cap[i] or self._article_start(doc, i)) or _breaks_run(low[i], stop[i]):
                continue
            j = i + 1
            while j < n:
                w = words[j]
                if cap[j] and not words[j - 1] in (".", "!", "?") and not _breaks_run(low[j], stop[j]):
                    j += 1
                    continue
                if w in ("-", "‐") and not ws[j - 1] and not ws[j] and j + 1 < n and alpha[j + 1]:
                    j += 2  # "Mazar-e-Sharif", "Guinea-Bissau", "Al-Bayaa"
                    continue
                if low[j] in CONNECTORS and w != "-" and j + 1 < n and cap[j + 1]:
                    j += 2
                    continue
                if self._article_start(doc, j):  # "Deir ez-Zor", "Ras al-Ain"
                    j += 3
                    continue
                break
            yield i, j
            i = j
