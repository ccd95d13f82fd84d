"""A quoted text signed at its end speaks for the body that signs it.

'Below is the text of the communique: / "The Council informs ... / ... / Done at the capital, 2 May. For the Council,
its spokesman, Colonel X."': a statement quoted in full opens with a mark that no paragraph closes until its last,
and that last paragraph ends on the signature, 'For [the body], [who signs]' or 'On behalf of [the body], ...'. The
quote has no cue; its speaker is the body signed for (the signer speaks for it). Only a quote left open at its
paragraph's end, with no quotation mark in the paragraphs after it until the one whose only mark closes the text
right after the signature; the signature has no verb and names someone after its comma (a proper name), so that a
slogan such as 'For the people, by the people' signs nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import char_span
from lapwing.extract.quotes.segmentation import QUOTE_CHARS, Marked

_MOST_PARAGRAPHS = 20  # the longest quoted text looked through for its closing paragraph
_MOST_WORDS = 25  # the longest signature sentence


def _opening(words: list[Token]) -> int:
    """How many words open a signature ('For', 'On behalf of'); 0 when these do not."""
    low = [t.lower_ for t in words[:3]]
    if low[:1] == ["for"] and words[0].text == "For":
        return 1
    if low == ["on", "behalf", "of"] and words[0].text == "On":
        return 3
    return 0


def signed_speaker(doc: Doc, text: str, m: Marked, para_bounds: list[tuple[int, int]]) -> tuple[Token, Token] | None:
    """The signature's first word ('For') and the head word of the body that signs the quoted text ``m`` (see the
    module's docstring), or None."""
    if m.close_at is not None:
        return None
    for p in range(m.para + 1, min(len(para_bounds), m.para + 1 + _MOST_PARAGRAPHS)):
        lo, hi = para_bounds[p]
        marks = [i for i in range(lo, hi) if text[i] in QUOTE_CHARS]
        if not marks:
            continue
        end = hi
        while end > lo and text[end - 1].isspace():
            end -= 1
        if marks != [end - 1]:
            return None  # another quote opens, or the text closes inside its paragraph: no signature at its end
        return _signature(doc, end - 1)
    return None


def _signature(doc: Doc, close: int) -> tuple[Token, Token] | None:
    span = char_span(doc, close, close + 1)
    if span is None:
        return None
    k = span.start
    while k > 0 and doc[k - 1].text in (".", "!") or k > 0 and doc[k - 1].is_space:
        k -= 1
    lo = k
    while lo > 0 and doc[lo - 1].text not in (".", "!", "?") and "\n" not in doc[lo - 1].text and k - lo <= _MOST_WORDS:
        lo -= 1  # (back to the full stop before the signature: 'Done at the capital, 2 May. [For ...]')
    words = [t for t in doc[lo:k] if not t.is_space]
    n = _opening(words)
    if not n or len(words) > _MOST_WORDS or any(t.pos_ in ("VERB", "AUX") and t.text.islower() for t in words):
        # (a signature has no verb: 'For your safety, the mayor asks you to stay home' is a sentence; a capitalised
        # word of the signer's name the tagger read as a verb, 'Colonel Ali [Amadou]', is none)
        return None
    comma = next((j for j in range(n, len(words)) if words[j].text == ","), None)
    if comma is None or comma == n:
        return None
    body = words[n:comma]
    if not any(t.pos_ in ("NOUN", "PROPN") for t in body) or not any(t.pos_ == "PROPN" for t in words[comma + 1:]):
        return None
    ids = {t.i for t in body}
    head = next((t for t in body if (t.head.i not in ids or t.head.i == t.i) and t.pos_ in ("NOUN", "PROPN")), None)
    return None if head is None else (words[0], head)
