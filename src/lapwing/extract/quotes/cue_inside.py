"""Cue clauses set inside or after their content, read on the words where the parse mixes them with it.

- 'The real problem, says Ana Ruiz, a historian at the museum, is that nobody dredged it': an inverted cue clause
  between commas inside the sentence it reports (rule ``indirect:cue-inside``): the content is the sentence around
  the clause, in two parts; the speaker is the name after the cue. The parser often makes the words before the clause
  the cue's subject, or the name the subject of the clause after it.
- 'A, Ruiz said, adding, "B"': a participle cue or a quote the parser hung on the cue clause is not its content
  (:func:`not_own_clause`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.quotes.cues import _TELL_LIKE, SpeechLexicon, is_cue_verb
from lapwing.extract.quotes.index import index_of
from lapwing.extract.quotes.segmentation import QUOTE_CHARS, _Found, _inside, _strip_span
from lapwing.extract.quotes.subject_words import is_time_word

_FINITE = {"VBD", "VBZ", "VBP", "MD"}
_NAMING = {"call", "name", "dub", "title", "label", "term", "nickname"}  # 'His group, called X, will ...'
_SPEAKER_WORDS = 7  # the longest speaker phrase between the cue and its comma ('says retired judge Ana Maria Ruiz')
_APPOSITION_WORDS = 16  # the longest apposition after the name ('a historian at the National Maritime Museum')


def not_own_clause(c: Token, lex: SpeechLexicon, marked_ranges) -> bool:
    """A clause the parser hung on a cue clause after its content that is not that cue's: a participle cue after a
    comma (', adding that ...') or a direct quote (', "B."'), each reported on its own."""
    doc = c.doc
    if c.tag_ == "VBG" and is_cue_verb(c, lex) and c.i > 0 and doc[c.i - 1].text == ",":
        return True
    first = next((x for x in c.subtree if not x.is_space and x.text != ","), c)
    return first.text in QUOTE_CHARS or _inside(marked_ranges, first.idx, first.idx + len(first))


def _speaker_phrase(doc: Doc, start: int, hi: int) -> tuple[Token, int] | None:
    """(head, index of the comma after it) of a speaker phrase opening at ``start``: a name with its title or role
    words, or a determiner and a noun ('the museum's director'); None for anything else (a clause, a quote)."""
    words = []
    k = start
    while k < hi and doc[k].text != "," and len(words) <= _SPEAKER_WORDS:
        words.append(doc[k])
        k += 1
    if k >= hi or not words or len(words) > _SPEAKER_WORDS:
        return None
    if not all(t.pos_ in ("PROPN", "NOUN", "DET", "ADJ", "NUM") or t.tag_ in ("POS", "PRP$", "NNP") or t.text == "."
               for t in words):
        return None
    nouns = [t for t in words if t.pos_ in ("PROPN", "NOUN")]
    if not nouns or not (words[0].pos_ == "PROPN" or words[0].text[:1].isupper() or words[0].pos_ == "DET"
                         or words[0].tag_ == "PRP$"):
        return None
    return nouns[-1], k


def _apposition_end(doc: Doc, comma: int, hi: int) -> int:
    """The comma closing an apposition opening after ``comma`` ('..., a historian at the museum,'), else ``comma``."""
    first = doc[comma + 1] if comma + 1 < hi else None
    if first is None or not (first.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or first.tag_ == "PRP$"):
        return comma
    for k in range(comma + 1, min(hi, comma + 2 + _APPOSITION_WORDS)):
        t = doc[k]
        if t.text == ",":
            return k
        if t.tag_ in _FINITE or t.text in QUOTE_CHARS or t.text in (";", ":") or t.is_space:
            return comma
    return comma


def find_cue_inside(doc: Doc, cue: Token, lex: SpeechLexicon, marked_ranges) -> _Found | None:
    """The sentence around an inverted cue clause set between commas inside it, or None (see the module)."""
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.i < 3 or doc[cue.i - 1].text != "," \
            or lex.lemma(cue) in _TELL_LIKE or lex.lemma(cue) in _NAMING:
        return None
    index = index_of(doc)
    lo, hi = index.sent_start(cue), index.sent_end(cue)
    before = [t for t in doc[lo : cue.i - 1] if not t.is_punct and not t.is_space]
    if len(before) < 2 or any(t.tag_ in _FINITE for t in before):
        return None  # ('A did B, said X, ...': a clause before the cue is the ordinary cue-after reading)
    found = _speaker_phrase(doc, cue.i + 1, hi)
    if found is None:
        return None
    speaker, comma = found
    if is_time_word(speaker) or is_time_word(doc[cue.i + 1]) or lex.lemma(cue) is None:
        return None  # 'The timetable, announced Monday, will ...': a participle on the noun before it
    resume = _apposition_end(doc, comma, hi)
    after = [t for t in doc[resume + 1 : hi] if not t.is_punct and not t.is_space]
    if len(after) < 2 or not any(t.tag_ in _FINITE or t.pos_ == "AUX" for t in after[:4]):
        return None  # the sentence goes on with its own verb: 'The paradox ..., says X, [is] that ...'
    text = index.text
    parts = []
    for a, b in ((lo, cue.i - 1), (resume + 1, hi)):
        words = [t for t in doc[a:b] if not t.is_space]
        s, e = _strip_span(text, words[0].idx, words[-1].idx + len(words[-1]), ",;:.")
        if e <= s:
            return None
        parts.append((s, e))
    if any(text[a] in QUOTE_CHARS or _inside(marked_ranges, a, a + 1) for a, _ in parts):
        return None  # a quote there: the direct quotes' rules read it (a quoted word inside stays in the content)
    f = _Found(parts[0][0], parts[-1][1], "indirect", cue=cue, cue_text=cue.text, speaker=speaker,
               rule="indirect:cue-inside")
    f.extra["parts"] = parts
    return f


_PRONOUN_SPEAKERS = {"he", "she", "they", "we", "i"}


def find_cue_between(doc: Doc, cue: Token, lex: SpeechLexicon, marked_ranges) -> _Found | None:
    """'Bob, they said, ordered them to wait.' / 'The nominee, the aide said, watched the games.': a cue clause (its
    speaker, then the cue) set between commas after the words opening the sentence and before the rest of it, which
    goes on with a finite verb: the content is the sentence around the clause, in two parts; the speaker is the cue
    clause's (rule ``indirect:cue-inside``). The parser often makes the opening words the cue's subject."""
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.i < 4 or cue.i + 2 >= len(doc) or doc[cue.i + 1].text != "," \
            or lex.lemma(cue) is None or lex.lemma(cue) in _TELL_LIKE or lex.lemma(cue) in _NAMING:
        return None
    index = index_of(doc)
    lo, hi = index.sent_start(cue), index.sent_end(cue)
    comma = next((k for k in range(cue.i - 1, lo, -1) if doc[k].text == ","), None)
    if comma is None or cue.i - comma - 1 > _SPEAKER_WORDS or cue.i - comma < 2:
        return None
    words = [t for t in doc[comma + 1 : cue.i] if not t.is_space]
    if len(words) == 1 and words[0].lower_ in _PRONOUN_SPEAKERS:
        speaker = words[0]
    else:
        found = _speaker_phrase(doc, comma + 1, cue.i + 1) if words else None
        if found is None or found[1] != cue.i:
            # (the phrase ends at the cue, not at a comma: read it up to the cue)
            if not words or not all(t.pos_ in ("PROPN", "NOUN", "DET", "ADJ", "NUM") or t.tag_ in ("POS", "PRP$")
                                    or t.text == "." for t in words):
                return None
            nouns = [t for t in words if t.pos_ in ("PROPN", "NOUN")]
            if not nouns or is_time_word(nouns[-1]):
                return None
            speaker = nouns[-1]
        else:
            speaker = found[0]
    before = [t for t in doc[lo:comma] if not t.is_punct and not t.is_space]
    if not before or len(before) > _APPOSITION_WORDS or any(t.tag_ in _FINITE or t.pos_ in ("VERB", "AUX")
                                                           for t in before):
        return None  # ('A did B, X said, ...': a clause before the cue is the ordinary cue-after reading)
    after = [t for t in doc[cue.i + 2 : hi] if not t.is_punct and not t.is_space]
    if len(after) < 2 or not any(t.tag_ in _FINITE or t.pos_ == "AUX" for t in after[:4]):
        return None
    text = index.text
    parts = []
    for a, b in ((lo, comma), (cue.i + 2, hi)):
        ws = [t for t in doc[a:b] if not t.is_space]
        s, e = _strip_span(text, ws[0].idx, ws[-1].idx + len(ws[-1]), ",;:.")
        if e <= s:
            return None
        parts.append((s, e))
    if any(text[a] in QUOTE_CHARS or _inside(marked_ranges, a, a + 1) for a, _ in parts):
        return None
    f = _Found(parts[0][0], parts[-1][1], "indirect", cue=cue, cue_text=cue.text, speaker=speaker,
               rule="indirect:cue-inside")
    f.extra["parts"] = parts
    return f
