"""Channels: how a quote was given (statement, interview, tweet, ...), from phrases around its cue."""

from __future__ import annotations

from lapwing.extract.quotes.cues import SpeechLexicon
from lapwing.schema import Quote

#: the marks read as word breaks around channel phrases, each made a space
_BREAKS = str.maketrans({c: " " for c in ",;:.!?()\u201c\u201d\""})

#: the lexicon's channel phrases with a space either side, in the lexicon's order (longest first), and the
#: positions of those phrases by their last word, per lexicon
_PADDED: dict[int, tuple[SpeechLexicon, tuple[tuple[str, str], ...], dict[str, tuple[int, ...]]]] = {}


def _padded(lex: SpeechLexicon) -> tuple[tuple[tuple[str, str], ...], dict[str, tuple[int, ...]]]:
    got = _PADDED.get(id(lex))
    if got is None or got[0] is not lex:
        if len(_PADDED) > 8:
            _PADDED.clear()
        padded = tuple((f" {phrase} ", chan) for phrase, chan in lex.channels)
        by_last: dict[str, list[int]] = {}
        for k, (phrase, _chan) in enumerate(padded):
            by_last.setdefault(phrase.split(" ")[-2], []).append(k)
        got = _PADDED[id(lex)] = (lex, padded, {w: tuple(ks) for w, ks in by_last.items()})
    return got[1], got[2]


def _find_channel(text: str, lo: int, hi: int, lex: SpeechLexicon, lemma: str | None) -> str | None:
    # every run of spaces and marks becomes one space: the phrases match whole words (``str.split`` splits at
    # the white space ``\s`` matches)
    words = text[lo:hi].lower().translate(_BREAKS).split()
    window = " " + " ".join(words) + " " if words else " "
    padded, by_last = _padded(lex)
    # a phrase is in the window only if its last word is one of the window's words ("" among them: the
    # window starts with a space): only those phrases are tried, in the lexicon's order (the first found
    # wins, as when every phrase is tried)
    last = by_last.keys() & set(words)
    if "" in by_last:
        last.add("")
    for k in sorted([k for w in last for k in by_last[w]]):
        phrase, chan = padded[k]
        if phrase in window:
            return chan
    if lemma and lemma in lex.verb_channel:
        return lex.verb_channel[lemma]
    return None


#: cues that go on with what their speaker has just said ('"Freedom will win," she added.')
GOING_ON_CUES = {"added", "adds", "continued", "continues"}
#: how far back (characters between the two quotes) the words a cue goes on from may be
GOING_ON_REACH = 400


def carry_added_channel(quotes: list[Quote], text: str) -> list[Quote]:
    """'X tweeted that A. "B," she added.': a quote whose cue goes on with what its speaker has just said, and which
    names no channel of its own, was given the way the speaker's quote just before it was (the nearest earlier quote,
    within a paragraph break, of the same named speaker, with a channel). ``quotes`` are in start order."""
    out: list[Quote] = []
    for q in quotes:
        if q.channel is None and (q.cue or "").lower() in GOING_ON_CUES and q.speaker is not None and q.speaker.name:
            prev = out[-1] if out else None
            if prev is not None and prev.channel is not None and prev.speaker is not None \
                    and prev.speaker.name == q.speaker.name and 0 <= q.start - prev.end <= GOING_ON_REACH \
                    and text.count("\n\n", prev.end, q.start) <= 1:
                q = q.model_copy(update={"channel": prev.channel})
        out.append(q)
    return out
