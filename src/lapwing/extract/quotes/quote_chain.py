"""Quotes going on from quotes: which direct quote before a quote it may continue (past titles and scare quotes in
marks), and the parts of one attribution merged into one quote."""

from __future__ import annotations

from lapwing.extract.quotes.fragments import FRAGMENT_MAX_WORDS
from lapwing.extract.quotes.keeping import _mid_sentence
from lapwing.extract.quotes.segmentation import _Found, _word_count


def _title_in_marks(f: _Found) -> bool:
    """A few words in marks with no cue running inside the writer's sentence (a title, a name, a scare quote:
    'the "Buffett rule"'): not the quote a next one goes on from. (A fragment with a cue is a partial quote, which
    the next quote may continue: '... "too little," he added. "B."')"""
    return f.cue is None and f.marked is not None and f.extra.get("fragment", False)


def _continued_candidates(directs: list[_Found], k: int, prev: _Found | None, text: str) -> list[_Found]:
    """The quotes a stand-alone ``directs[k]`` may go on from: the quote before it, and, when that one is a few words
    in marks inside a sentence, the quote before those."""
    if prev is None:
        return []
    out = [prev]
    m = prev.marked
    if m is not None and _word_count(text[m.start:m.end]) <= FRAGMENT_MAX_WORDS and _mid_sentence(text, m.open_at) \
            and _word_count(text[m.outer_end:directs[k].marked.open_at]) <= 4:  # ('... "changes" could come. "B."')
        j = next(i for i in range(k - 1, -1, -1) if directs[i] is prev) - 1  # prev sits just before k
        if j >= 0 and directs[j].marked is not None and directs[j].marked.para == m.para:
            out.append(directs[j])
    return out


def _quote_before(directs: list[_Found], k: int, min_para: int) -> _Found | None:
    """The direct quote before ``directs[k]`` that a quote going on after it would continue, past titles and scare
    quotes in marks; only within paragraphs from ``min_para`` on."""
    j = k - 1
    while j >= 0 and directs[j].marked is not None and directs[j].marked.para >= min_para and _title_in_marks(directs[j]):
        j -= 1
    if j < 0 or directs[j].marked is None or directs[j].marked.para < min_para:
        return None
    return directs[j]


def merge_parts(found: list[_Found]) -> list[_Found]:
    """One quote per attribution: a quote split by its cue ('"A," he said, "B."') or going on in the next sentence or
    paragraph with nothing in between but its cue clause is one quote, the first part's span running to the end of the
    last; the parts merged into it are dropped."""
    for f in found:
        prev = f.extra.get("joins")
        while prev is not None and prev.extra.get("merged_into") is not None:
            prev = prev.extra["merged_into"]
        if prev is not None and prev.kind == "direct" and f.kind == "direct" and prev.end < f.start:
            prev.extra.setdefault("parts", [(prev.start, prev.end)]).append((f.start, f.end))
            prev.end = f.end
            f.extra["merged_into"] = prev
    return [f for f in found if f.extra.get("merged_into") is None]
