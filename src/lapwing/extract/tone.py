"""Document tone from the VADER lexicon, reported the way GDELT reports V2Tone.

Every word of the article (alphabetic tokens) is looked up, lower-cased, in the VADER
sentiment lexicon bundled with ``vaderSentiment`` (7,500 entries rated -4..+4). A word
counts as positive or negative by the sign of its rating; as in VADER, a negation
("not", "never", "no", "n't", ...) up to three words before flips it ("not good" is negative).

- ``positive``: percentage of all words that are positive;
- ``negative``: percentage of all words that are negative;
- ``tone``: positive - negative (GDELT's document tone, -100..+100, news mostly -10..+10);
- ``polarity``: positive + negative, the percentage of words with an emotional connotation;
- ``word_count``: words in the article.

Nothing is downloaded: the lexicon ships inside the vaderSentiment package.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Doc

from lapwing.extract.docfacts import token_columns
from lapwing.extract.registry import Context, extractor
from lapwing.schema import Tone

NEGATION_WINDOW = 3


@lru_cache(maxsize=1)
def _vader():
    from vaderSentiment import vaderSentiment as vs

    analyser = vs.SentimentIntensityAnalyzer()
    negations = {w.lower() for w in vs.NEGATE} | {"n't", "not", "no", "never", "none", "nobody", "nothing",
                                                    "neither", "nor", "without"}
    return analyser.lexicon, negations


def valence(word: str) -> float:
    """The VADER rating of a word (0.0 when it is not in the lexicon)."""
    lex, _ = _vader()
    return float(lex.get(word.lower(), 0.0))


def tone_of_words(words: Iterable[str]) -> Tone:
    """GDELT-style tone of a sequence of words (already split; punctuation left out)."""
    return _tone_of_lower(map(str.lower, words))


def _tone_of_lower(words: Iterable[str]) -> Tone:
    """:func:`tone_of_words` of words already in lower case."""
    lex, negations = _vader()
    ws = words if isinstance(words, list) else list(words)
    get = lex.get
    # "n't" (the tokenizer's half of "don't") is a negation, not a word of its own: not counted, never rated; a
    # rated word's negation window is the items just before it, "n't" among them
    n = len(ws) - ws.count("n't")
    pos = neg = 0
    for k, v in [(k, v) for k, w in enumerate(ws) if (v := get(w, 0.0)) and w != "n't"]:
        if any(x in negations or x.endswith("n't") for x in ws[max(0, k - NEGATION_WINDOW):k]):
            v = -v
        if v > 0:
            pos += 1
        elif v < 0:
            neg += 1
    if n == 0:
        return Tone(tone=0.0, positive=0.0, negative=0.0, polarity=0.0, word_count=0)
    p = 100.0 * pos / n
    q = 100.0 * neg / n
    return Tone(tone=round(p - q, 4), positive=round(p, 4), negative=round(q, 4), polarity=round(p + q, 4), word_count=n)


def _words(doc) -> list[str]:
    # contractions split by the tokenizer ("do" + "n't") keep their negation
    if isinstance(doc, Doc):  # a Doc's token attributes are read once and shared by the extractors
        cols = token_columns(doc)
        return [x for x, a, lw in zip(cols.text, cols.alpha, cols.lower) if a or lw in ("n't",)]
    return [t.text for t in doc if t.is_alpha or t.lower_ in ("n't",)]


def document_tone(doc) -> Tone:
    if isinstance(doc, Doc):  # the shared lower-case column is each word's ``text.lower()``: not lowered again
        cols = token_columns(doc)
        return _tone_of_lower([lw for a, lw in zip(cols.alpha, cols.lower) if a or lw == "n't"])
    return tone_of_words(_words(doc))


def sentence_tones(doc) -> list[tuple[int, int, float]]:
    """(start, end, tone) for each sentence: the same measure per sentence."""
    return [(s.start_char, s.end_char, tone_of_words(_words(s)).tone) for s in doc.sents]


@extractor("tone", description="Document tone (GDELT V2Tone style) from the VADER lexicon")
def tone(ctx: Context) -> None:
    ctx.record.tone = document_tone(ctx.doc)
    if ctx.config.get("sentence_tone"):
        ctx.data["sentence_tone"] = sentence_tones(ctx.doc)
