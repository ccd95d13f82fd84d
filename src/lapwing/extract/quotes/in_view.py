"""'In X's view, A' / 'A, in the view of X' / 'A, in X's opinion, B': what X thinks, as reported speech.

The content is the sentence without the phrase (its parts before and after it), the speaker the phrase's owner (a
name, a noun or a possessive pronoun that the speaker resolution reads as for any pronoun), the cue 'in the view of'.
A sentence holding quotation marks is left to the direct quotes ('"...," in Ruiz's view' is read there).
"""

from __future__ import annotations

from spacy.tokens import Doc

from lapwing.extract.docfacts import positions_of, token_columns
from lapwing.extract.quotes.cues import IN_VIEW_NOUNS, _in_words
from lapwing.extract.quotes.index import index_of
from lapwing.extract.quotes.segmentation import _Found, _overlaps, _strip_span

_MIN_WORDS = 3  # the fewest words of content outside the phrase


def _phrase_end(doc: Doc, owner_i: int, noun_i: int, hi: int) -> int:
    """The token after the phrase: past the view noun, or past the owner's name in 'in the view of X'."""
    end = max(owner_i, noun_i) + 1
    while end < hi and doc[end].pos_ == "PROPN":
        end += 1
    return end


def find_in_view(doc: Doc, marked_ranges) -> list[_Found]:
    """Reported views: one quote per "in X's view" phrase in a sentence without quotation marks."""
    index = index_of(doc)
    text = index.text
    lower = token_columns(doc).lower  # (shared with the other extractors: read-only)
    out: list[_Found] = []
    sents = sorted({index.sent_range(k) for k in positions_of(doc, IN_VIEW_NOUNS)})
    for lo, hi in sents:
        for i, owner in _in_words(doc, lo, hi, IN_VIEW_NOUNS):
            noun_i = next(k for k in range(i, hi) if lower[k] in IN_VIEW_NOUNS)
            end = _phrase_end(doc, owner.i, noun_i, hi)
            s0, e0 = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
            if _overlaps(marked_ranges, s0, e0):
                continue
            parts = []
            for a, b in ((lo, i), (end, hi)):
                if b > a:
                    ps, pe = _strip_span(text, doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), ",;:.")
                    if pe > ps:
                        parts.append((ps, pe))
            words = sum(1 for t in doc[lo:hi] if not t.is_punct and not i <= t.i < end)
            if not parts or words < _MIN_WORDS:
                continue
            f = _Found(parts[0][0], parts[-1][1], "indirect", cue=doc[i], cue_text="in the view of", speaker=owner,
                       rule="indirect:in-view")
            f.extra["parts"] = parts
            out.append(f)
    return out
