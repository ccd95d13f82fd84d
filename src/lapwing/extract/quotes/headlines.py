"""Headlines in title case: who said what in 'Ana Ruiz Says Port Will Reopen', 'Port Will Reopen, Ana Ruiz Says' or
'Senator Ek Urges Calm', read on the words, because the tagger reads most title-cased words as names and the parse
of such a line loses its verb. Only a paragraph no other rule found a quote in is read; a headline with no
name before or after its cue gives nothing."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.quotes.cues import SpeechLexicon
from lapwing.extract.quotes.index import Ranges
from lapwing.extract.quotes.segmentation import QUOTE_CHARS, _Found

HEADLINE_MAX_WORDS = 20
_END_SPEAKER_MAX_WORDS = 4  # 'Port Will Reopen, Governor Ana Ruiz Says'
_SUBORDINATORS = {"after", "as", "while", "when", "before", "amid", "because", "despite", "since", "until"}
SPEAKER_MAX_WORDS = 6
# title-cased words that end a speaker's words read backwards from the cue, and words no speaker is
_NOT_SPEAKER = {"the", "a", "an", "and", "or", "but", "as", "if", "that", "this", "why", "how", "what", "who", "when",
                "latest", "watch", "video", "exclusive", "breaking", "update", "report", "poll"}


def find_headlines(doc: Doc, lex: SpeechLexicon, para_bounds: list[tuple[int, int]], tok_starts: list[int],
                   taken: Ranges) -> list[_Found]:
    """Attributions of title-cased headline paragraphs in which nothing else was found (see the module docstring)."""
    from bisect import bisect_left

    out: list[_Found] = []
    for lo, hi in para_bounds[:3]:  # a headline opens the article (a kicker or a dateline may come first)
        if hi <= lo or taken.overlaps(lo, hi):
            continue
        toks = [t for t in doc[bisect_left(tok_starts, lo) : bisect_left(tok_starts, hi)] if not t.is_space]
        words = [t for t in toks if t.is_alpha]
        if not words or len(words) > HEADLINE_MAX_WORDS or not _title_case(words):
            continue
        if toks and toks[0].lower_ == "the" and any(t.text == ":" for t in toks[:4]):
            toks = toks[next(k for k, t in enumerate(toks) if t.text == ":") + 1 :]  # 'The Latest: ...'
        found = _read(toks, lex)
        if found is not None:
            out.append(found)
    return out


def _title_case(words: list[Token]) -> bool:
    """Most words of four letters or more start with a capital: a title-cased line."""
    long = [t for t in words if len(t) >= 4]
    return len(long) >= 2 and sum(t.text[:1].isupper() for t in long) >= 0.75 * len(long) and words[0].text[:1].isupper()


def _is_headline_cue(t: Token, lex: SpeechLexicon) -> bool:
    """A cue verb written in title case in the present tense of headlines ('Says', 'Urges', 'Endorses'): a base form
    ('Say', 'Call') may be a noun or an order, and a past form a participle ('Obama To Voters Worried About ...')."""
    low = t.lower_
    if not t.text[:1].isupper() or t.text.isupper() or not low.endswith("s"):
        return False
    return low in lex.verb_forms or low in lex.object_forms or low in lex.to_forms


def _read(toks: list[Token], lex: SpeechLexicon) -> _Found | None:
    body = [t for t in toks if not (t.is_punct and t.text in (".", "!"))]
    for k, cue in enumerate(body):
        if k == 0 or not _is_headline_cue(cue, lex):
            continue
        if k == len(body) - 1:
            # 'Port Will Reopen, Ana Ruiz Says': the name between the last comma and the cue, the words before it
            comma = next((j for j in range(k - 1, 0, -1) if body[j].text == ","), None)
            if comma is None or cue.lower_ not in lex.verb_forms or k - comma - 1 > _END_SPEAKER_MAX_WORDS:
                return None
            speaker = _name(body[comma + 1 : k])
            content = body[:comma]
        else:
            # 'Ana Ruiz Says Port Will Reopen': the name from the line's start (or its last comma or colon) to the cue
            start = next((j + 1 for j in range(k - 1, -1, -1) if body[j].text in (",", ":", ";")), 0)
            speaker = _name(body[start:k])
            content = body[k + 1 :]
            cut = next((j for j, t in enumerate(content) if j and t.lower_ in _SUBORDINATORS), None)
            content = content[:cut]  # 'X Calls for an Inquiry [after Report Reveals ...]': the cue's own words
        if speaker is None or not content or any(t.text in QUOTE_CHARS for t in (content[0], content[-1])) \
                and len(content) < 3:
            return None
        f = _Found(content[0].idx, content[-1].idx + len(content[-1]), "indirect")
        f.cue, f.cue_text, f.speaker, f.rule = cue, cue.text, speaker[-1], "indirect:headline"
        f.extra["speaker_chars"] = (speaker[0].idx, speaker[-1].idx + len(speaker[-1]))
        return f
    return None


def _name(words: list[Token]) -> list[Token] | None:
    """A run of one to six capitalised words that names someone ('Senator Ana Ruiz', 'Conservative Icon Morton
    Blackwell'), None for anything else."""
    if not words or len(words) > SPEAKER_MAX_WORDS:
        return None
    if not all((t.text[:1].isupper() and t.is_alpha) or t.text in (".", "-", "'s", "\u2019s") for t in words):
        return None
    if words[-1].lower_ in _NOT_SPEAKER or all(t.lower_ in _NOT_SPEAKER for t in words if t.is_alpha):
        return None
    return words if words[-1].is_alpha else None
