"""Quotes scored one to one, with the outside checks' definitions (``../shared/eval/score_quotes.py`` docstring).

Each gold attribution (its content fragments) and each produced quote is a set of word tokens (``\\w+`` runs).
A quote and an attribution whose token sets reach F1 >= 0.5 may be matched; pairs are taken best F1 first (ties by
quote, then attribution order), each quote and attribution at most once. Then:

- content precision / recall / F1: matched pairs over produced quotes / over gold attributions;
- speaker accuracy: over matched pairs whose attribution has a Source, the share where the quote's speaker span
  overlaps the Source, or its words or name share a capitalised word with the Source's words (not a pronoun, an
  article, a title such as Mr. or Sen.);
- direct precision / recall: a gold attribution is direct when every content fragment, widened by a quotation mark
  just outside it, opens with a mark and closes with one (or runs to the end of its paragraph); recall is the share
  of direct attributions matched to any quote, precision the share of ``direct`` quotes matched to a direct one.

So a quote split in two, or one quote covering two attributions, is a miss plus a false quote here, where the
coverage figures of :mod:`lapwing.eval.quotes` count it as found.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any, Protocol, Sequence

_TOKEN = re.compile(r"\w+")
_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"
# capitalised words that do not say who a speaker is
_NOT_A_NAME = {"The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Their", "Its", "Our",
               "This", "That", "These", "Those", "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Pres", "President",
               "Senator", "In", "On", "And", "But", "Of", "For", "According"}
MATCH_F1 = 0.5


class _Attribution(Protocol):
    content: list[tuple[int, int]]
    source: list[tuple[int, int]]


class _Tokens:
    def __init__(self, text: str):
        spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def of(self, frags: Sequence[tuple[int, int]]) -> frozenset[int]:
        out: set[int] = set()
        for s, e in frags:
            i = bisect_right(self.ends, s)
            while i < len(self.starts) and self.starts[i] < e:
                out.add(i)
                i += 1
        return frozenset(out)


def _f1(a: frozenset[int], b: frozenset[int]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def is_direct(text: str, frags: Sequence[tuple[int, int]]) -> bool:
    """Every fragment, widened by a quotation mark just outside it, is enclosed in marks (or runs to a paragraph's
    end, where a quote going on in the next paragraph has no closing mark)."""
    for s, e in frags:
        if s > 0 and text[s - 1] in _MARKS:
            s -= 1
        if e < len(text) and text[e] in _MARKS:
            e += 1
        body = text[s:e].strip().rstrip(".,;:!?\u2014 ")
        at_para_end = text[e:].lstrip(" \t")[:1] in ("\n", "")
        if not body or body[0] not in _MARKS or not (body[-1] in _MARKS or at_para_end):
            return False
    return True


def _names(words: str) -> set[str]:
    return {w for w in _TOKEN.findall(words) if w[:1].isupper() and w not in _NOT_A_NAME}


def _speaker_right(text: str, speaker: Any, source: Sequence[tuple[int, int]]) -> bool:
    if speaker is None:
        return False
    if any(min(speaker.end, e) > max(speaker.start, s) for s, e in source):
        return True
    said = " ".join(x for x in (speaker.text, speaker.name) if x)
    return bool(_names(said) & _names(" ".join(text[s:e] for s, e in source)))


def score_matched(texts: Sequence[str], golds: Sequence[Sequence[_Attribution]],
                  quotes: Sequence[Sequence[Any]]) -> dict[str, Any]:
    """One-to-one figures over articles (``texts[i]``, its gold attributions, its produced quotes)."""
    n = dict.fromkeys(("gold", "pred", "matched", "with_source", "speaker_ok", "d_gold", "d_found", "d_pred",
                       "d_pred_ok"), 0)
    for text, gold, pred in zip(texts, golds, quotes):
        toks = _Tokens(text)
        p_sets = [toks.of([(q.start, q.end)]) for q in pred]
        g_sets = [toks.of(a.content) for a in gold]
        direct = [is_direct(text, a.content) for a in gold]
        pairs = sorted(((_f1(p, g), i, j) for i, p in enumerate(p_sets) for j, g in enumerate(g_sets)),
                       key=lambda t: (-t[0], t[1], t[2]))
        used_p: set[int] = set()
        used_g: set[int] = set()
        for f, i, j in pairs:
            if f < MATCH_F1:
                break
            if i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            if gold[j].source:
                n["with_source"] += 1
                n["speaker_ok"] += _speaker_right(text, pred[i].speaker, gold[j].source)
            if direct[j]:
                n["d_found"] += 1
                n["d_pred_ok"] += pred[i].kind == "direct"
        n["gold"] += len(gold)
        n["pred"] += len(pred)
        n["matched"] += len(used_p)
        n["d_gold"] += sum(direct)
        n["d_pred"] += sum(q.kind == "direct" for q in pred)
    return {
        "content": _prf(n["matched"], n["pred"], n["matched"], n["gold"]),
        "direct": _prf(n["d_pred_ok"], n["d_pred"], n["d_found"], n["d_gold"]),
        "speaker_accuracy": round(n["speaker_ok"] / n["with_source"], 4) if n["with_source"] else 0.0,
        "counts": n,
    }


def _prf(tp_p: int, n_p: int, tp_g: int, n_g: int) -> dict[str, float]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_g / n_g if n_g else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}
