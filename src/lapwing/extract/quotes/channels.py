"""Channels: how a quote was given (statement, interview, tweet, ...), from phrases around its cue."""

from __future__ import annotations

import re

from lapwing.extract.quotes.cues import SpeechLexicon

_SPACES = re.compile(r"\s+")
#: the marks read as word breaks around channel phrases, each made a space
_BREAKS = str.maketrans({c: " " for c in ",;:.!?()\u201c\u201d\""})

#: the lexicon's channel phrases with a space either side, in the lexicon's order (longest first), per lexicon
_PADDED: dict[int, tuple[SpeechLexicon, tuple[tuple[str, str], ...]]] = {}


def _padded(lex: SpeechLexicon) -> tuple[tuple[str, str], ...]:
    got = _PADDED.get(id(lex))
    if got is None or got[0] is not lex:
        if len(_PADDED) > 8:
            _PADDED.clear()
        got = _PADDED[id(lex)] = (lex, tuple((f" {phrase} ", chan) for phrase, chan in lex.channels))
    return got[1]


def _find_channel(text: str, lo: int, hi: int, lex: SpeechLexicon, lemma: str | None) -> str | None:
    # every run of spaces and marks becomes one space: the phrases match whole words
    window = _SPACES.sub(" ", " " + text[lo:hi].lower().translate(_BREAKS) + " ")
    for phrase, chan in _padded(lex):
        if phrase in window:
            return chan
    if lemma and lemma in lex.verb_channel:
        return lex.verb_channel[lemma]
    return None
