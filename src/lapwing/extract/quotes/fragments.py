"""Quoted words that are no quote: a few words running inside the writer's sentence (scare quotes, nicknames,
borrowed phrases) and the titles of works and programmes in quotation marks."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from lapwing.extract.docfacts import char_span
from lapwing.extract.quotes.cues import SpeechLexicon, is_cue_verb, lexicon
from lapwing.extract.quotes.index import index_of
from lapwing.extract.quotes.segmentation import _WORD_RE, QUOTE_CHARS, Marked


FRAGMENT_MAX_WORDS = 6


def is_fragment(doc: Doc, m: Marked, lex: SpeechLexicon | None = None) -> bool:
    """A few quoted words running inside a sentence of the writer's own ('called him a "quack"', 'was "smart as
    hell"', 'the "coup"'): a scare quote, a nickname, a title or a borrowed phrase, not a quote. The word before the
    opening mark belongs to the sentence (not a colon, a comma, a dash or a sentence end) and is not the cue itself
    ('he said "we will win"' is a quote)."""
    text = index_of(doc).text
    if len(_WORD_RE.findall(text[m.start : m.end])) > FRAGMENT_MAX_WORDS and not text[m.start].islower():
        return False  # longer words in marks are a fragment only when they go on the writer's sentence in lower case
    k = m.open_at - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    if k < 0 or not (text[k].isalnum() or text[k] in "'\u2019"):
        return False
    span = char_span(doc, k, k + 1)
    if span is None or not len(span):
        return False
    prev = span[-1]
    lex = lex or lexicon()
    if lex.lemma(prev) == "tell" and _title_cased(text[m.start : m.end]):
        return True  # 'told "Fox and Friends"': the programme told, not words said
    if (is_cue_verb(prev, lex) and lex.lemma(prev) not in lex.weak) or prev.lower_ in ("that", "saying", "added", "wrote", "tweeted"):
        return False  # 'he said "we will win"' (but 'a report the government called "a crude lie"' is a fragment)
    return True


WORK_TITLE_MAX_WORDS = 12


def is_work_title(doc: Doc, m: Marked, lex: SpeechLexicon | None = None) -> bool:
    """The title of a work in quotation marks right after the word for it ('in his 2012 book, "An American Son"',
    'the podcast "So, That Happened"', 'a book titled "A Time for Truth"', 'the campaign's logo - "Make America
    Great Again"') or a programme after 'on' ('said on MSNBC's "Morning Joe"'): title-cased words, no quote."""
    text = index_of(doc).text
    if len(_WORD_RE.findall(text[m.start : m.end])) > WORK_TITLE_MAX_WORDS or not _title_cased(text[m.start : m.end]):
        return False
    k = m.open_at - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    if k >= 0 and text[k] in ",:\u2014\u2013-":
        k -= 1
        while k >= 0 and text[k] in " \t":
            k -= 1
    if _names_the_noun_after(doc, m):
        return True  # '"Daily Show" host Trevor Noah', 'a "Meet the Press" interview'
    if k < 0 or not text[k].isalpha():
        return False
    span = char_span(doc, k, k + 1)
    if span is None or not len(span):
        return False
    before = span[-1]
    if before.tag_ == "POS" or before.lower_ in ("'s", "\u2019s"):  # 'on MSNBC's "Morning Joe"'
        before = next((t for t in reversed(doc[max(0, before.i - 4) : before.i]) if t.lower_ == "on"), before)
    if before.lower_ == "on" and before.i > 0:
        return True  # 'said on "Meet the Press"', 'appeared on "The Late Show With Ana Ruiz"': a programme
    return before.lower_ in (lex or lexicon()).work_nouns


def _names_the_noun_after(doc: Doc, m: Marked) -> bool:
    """Title-cased words in marks closed on a word, right before a lower-case noun they modify: a name used as a
    modifier ('"Daily Show" host', 'the "Apprentice" star'), not a quote."""
    index = index_of(doc)
    text = index.text
    if m.close_at is None or not text[m.end - 1 : m.end].isalnum():
        return False
    k = bisect_left(index.tok_starts, m.outer_end)
    while k < len(doc) and (doc[k].is_space or doc[k].text in QUOTE_CHARS):
        k += 1
    if k >= len(doc) or "\n" in text[m.outer_end : doc[k].idx]:
        return False
    noun = doc[k]
    if noun.pos_ != "NOUN" or not noun.is_lower:
        return False
    last = char_span(doc, m.end - 1, m.end)
    return last is not None and len(last) > 0 and last[-1].head.i == noun.i


#: short words that title case leaves in lower case ('Generations with Kevin Swanson')
_TITLE_LOWER = {"with", "from", "into", "onto", "upon", "over", "than", "that", "about", "after", "under", "without"}


def _title_cased(words: str) -> bool:
    """Every word of four letters or more starts with a capital ('Fox and Friends', 'Meet the Press'), but for the
    prepositions title case leaves in lower case."""
    long = [w for k, w in enumerate(_WORD_RE.findall(words)) if (len(w) >= 4 and w not in _TITLE_LOWER) or k == 0]
    return bool(long) and all(w[:1].isupper() for w in long)


def is_quoted_manner(doc: Doc, m: Marked) -> bool:
    """One adverb in quotation marks right after a cue ('denied "categorically"', 'rejected "totally"'): the manner
    of the speech act, words of the writer's borrowed from the speaker, not a quote of its own."""
    text = index_of(doc).text
    if len(_WORD_RE.findall(text[m.start : m.end])) != 1:
        return False
    inner = char_span(doc, m.start, m.end)
    if inner is None or not len(inner) or inner[0].pos_ != "ADV" or not inner[0].lower_.endswith("ly"):
        return False
    k = m.open_at - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    before = char_span(doc, k, k + 1) if k >= 0 else None
    if before is None or not len(before):
        return False
    verb, lex = before[-1], lexicon()
    return verb.pos_ == "VERB" and (is_cue_verb(verb, lex) or verb.lower_ in lex.object_forms)
