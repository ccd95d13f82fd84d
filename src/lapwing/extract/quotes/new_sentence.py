"""A quote that closes its own sentence, followed in the same paragraph by a sentence of the writer's (session 33,
round qs64): '... Ortega said. "A whole sentence." Local families make up for it by telling their stories.'

The frame after such a quote is the next sentence (or, when the parser ran the two together, the rest of the merged
sentence). A cue there is the quote's only when it is that sentence's closing cue: the cue opens the sentence
('"A." Said Ruiz.'), or the sentence opens with a noun phrase and the cue is its first verb ('"A!" Hale's sister, a
councilor, shouted.'), or its subject opens it and the cue is its main verb ('"A." The mayor told reporters ...'). A cue further in, after an opening phrase or below
another verb ('Elsewhere, rival parties protested ...', '... make up for it by telling ...'), reports that
sentence, not the quote; with no closing cue after it, the quote stands alone and is credited like a quote standing
between paragraphs (the sentence before, the quote before, the paragraph's speaker)."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.quotes.segmentation import QUOTE_CHARS, Marked
from lapwing.extract.quotes.subjects import _subject_of

_SENTENCE_END = (".", "!", "?")
_INNER_MARKS = "'\u2019\u2018\"\u201c\u201d "


def closes_its_sentence(text: str, m: Marked) -> bool:
    """The quote ends with a full stop, a question or an exclamation mark inside its closing mark, and the next
    word after the mark opens a sentence (a capital letter)."""
    if m.close_at is None:
        return False
    if not text[m.start : m.end].rstrip(_INNER_MARKS).endswith(_SENTENCE_END):
        return False
    j = m.outer_end
    while j < len(text) and text[j] in " \t":
        j += 1
    return j < len(text) and text[j].isupper()


def closing_cue(m: Marked, cue: Token, first: Token) -> bool:
    """``cue`` (in the sentence after the quote ``m``, whose first word is ``first``) closes that sentence's report of
    the quote: the cue or its subject opens the sentence, and the cue is its main verb or hangs on a word of the
    quote."""
    if cue.i == first.i:  # '"A." Said Ruiz.'
        return True
    if first.pos_ in _NOUN_PHRASE_OPENERS and cue.i > first.i and not any(
            t.pos_ == "VERB" or t.pos_ == "AUX" and t.head.i != cue.i for t in cue.doc[first.i : cue.i]):
        # the sentence opens with a noun phrase, however long its apposition, and the cue is its first verb
        # ('"A!" Scott's niece, state Del. Maria "Mia" Lopez (D-Eastside), shouted to the crowd.')
        return True
    subj = _subject_of(cue)
    if subj is None or subj.i > cue.i or subj.left_edge.i != first.i:
        return False
    return cue.dep_ in ("ROOT", "parataxis") or cue.head.idx < m.outer_end


_NOUN_PHRASE_OPENERS = {"DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM"}


def writer_sentence_cue(text: str, m: Marked, cue: Token | None, after_words: list[Token]) -> tuple[bool, Token | None]:
    """(the quote ``m`` closes its sentence and a sentence of the writer's follows, the cue after it that still
    counts: ``cue`` when it is that sentence's closing cue, None otherwise). ``after_words`` are the words after the
    quote (no punctuation)."""
    first = next((t for t in after_words if t.text not in QUOTE_CHARS), None)
    if first is None or not closes_its_sentence(text, m):
        return False, cue
    if cue is None or cue.idx < m.outer_end:
        return True, cue
    return True, (cue if closing_cue(m, cue, first) else None)
