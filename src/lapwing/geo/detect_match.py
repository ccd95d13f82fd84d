"""The detector's longest gazetteer match from a capitalised token (:class:`_LongestMatch`, a part of
:class:`~lapwing.geo.detect.Detector`): the gazetteer keys of capitalised stretches, remembered across
documents, and each answer remembered within one document's detection."""

from __future__ import annotations

import weakref

from spacy.tokens import Doc

from lapwing.geo.detect_rules import MAX_TOKENS, NAME_JOINERS
from lapwing.geo.detect_tokens import _DocTokens
from lapwing.geo.gazetteer import norm
from lapwing.geo.resolve import strip_possessive

#: a span's text -> its gazetteer key, ``norm(strip_possessive(text))``, across documents (the longest-match
#: loop asks for the same capitalised stretches in article after article); emptied past 200,000 entries
_KEYS: dict[str, str] = {}


def _span_key(text: str) -> str:
    if len(_KEYS) > 200_000:
        _KEYS.clear()
    got = _KEYS[text] = norm(strip_possessive(text))
    return got


class _LongestMatch(_DocTokens):
    """The detector's longest-match methods (the detector sets ``gaz``, ``_extra_first``, ``_lm_memo`` and
    ``_known``)."""

    _lm_memo: "tuple[weakref.ref[Doc] | None, dict]"

    def _longest_match(self, doc: Doc, i: int, run_end: int, taken) -> tuple[int, str, bool] | None:
        # the answers are remembered for the document (detect() asks again at the same places in its second pass
        # over the runs): what depends on i and run_end alone, and the longest match for (i, run_end, top)
        ref, memo = self._lm_memo
        if ref is None or ref() is not doc:
            memo = {}
            self._lm_memo = (weakref.ref(doc), memo)
        words = self._words
        pre = memo.get((i, run_end))
        if pre is None:
            low, cap = self._low, self._cap
            n = len(words)
            # the tokens a name from i may take: the capitalised ones and name joiners, and the whole run
            horizon = i
            most = min(n, i + MAX_TOKENS)
            while horizon < most and (cap[horizon] or low[horizon] in NAME_JOINERS or horizon < run_end):
                horizon += 1
            pre = memo[(i, run_end)] = (norm(words[i]) in self._extra_first, horizon)
        extra, horizon = pre
        if extra:  # landmark/user names may run past the capitalised run ("Miraflores palace")
            n = len(words)
            text, starts, ends = self._text, self._tstart, self._tend  # text[starts[i]:ends[j - 1]] == doc[i:j].text
            alpha, num, sent = self._alpha, self._num, self._sent
            for j in range(min(n, i + MAX_TOKENS), i, -1):
                if any(taken[k] for k in range(i, j)) or not (alpha[j - 1] or num[j - 1]):
                    continue
                if any(sent[k] == 1 for k in range(i + 1, j)):
                    continue
                key = norm(text[starts[i]:ends[j - 1]])
                if key in self.gaz._extra:
                    return j, key, j > run_end
        # the first taken token from i on: a span i..j holds a taken token exactly when j > top
        top = taken.index(True, i, horizon) if True in taken[i:horizon] else horizon
        got = memo.get((i, run_end, top), memo)
        if got is memo:
            got = memo[(i, run_end, top)] = self._longest_from(doc, i, run_end, top)
        return got

    def _longest_from(self, doc: Doc, i: int, run_end: int, top: int) -> tuple[int, str, bool] | None:
        """The longest known name from token i ending at most at ``top`` (see :meth:`_longest_match`)."""
        text, cap, alpha = self._text, self._cap, self._alpha
        starts, ends = self._tstart, self._tend
        article = None  # self._article_start(doc, i), asked for once
        for j in range(top, i, -1):
            if not cap[j - 1] and not (j <= run_end and alpha[j - 1]):
                continue
            span = text[starts[i]:ends[j - 1]]
            key = _KEYS.get(span)
            if key is None:
                key = _span_key(span)
            if self._known(key):
                return j, key, j > run_end
            if article is None:
                article = self._article_start(doc, i)
            if article and j > i + 2:
                key2 = norm(strip_possessive(text[starts[i + 2]:ends[j - 1]]))
                if self._known(key2):
                    return j, key2, j > run_end
        return None
