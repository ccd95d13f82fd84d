"""Channels: how a quote was given (statement, interview, tweet, ...), from phrases around its cue."""

from __future__ import annotations

import re

from lapwing.extract.quotes.cues import SpeechLexicon


def _find_channel(text: str, lo: int, hi: int, lex: SpeechLexicon, lemma: str | None) -> str | None:
    window = " " + re.sub(r"\s+", " ", text[lo:hi].lower()) + " "
    window = re.sub(r"[,;:.!?()\u201c\u201d\"]", " ", window)
    window = re.sub(r" +", " ", window)
    for phrase, chan in lex.channels:
        if f" {phrase} " in window:
            return chan
    if lemma and lemma in lex.verb_channel:
        return lex.verb_channel[lemma]
    return None

