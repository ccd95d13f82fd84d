"""A transcript turn going on over several paragraphs: in a quoted transcript every paragraph opens with a quotation
mark ('"PENCE: Well, look, ...' / '"But the truth is ...'), and a paragraph with no name of its own right after a
turn is the same speaker's (rule ``transcript:continuation``)."""

from __future__ import annotations

from lapwing.extract.quotes.segmentation import _Found


def continue_turn(text: str, f: _Found, turn: _Found | None) -> bool:
    """Give ``f`` (a quote with no cue) the speaker of ``turn`` (the last transcript turn, or its last continuation)
    when ``f`` opens the paragraph right after it and nothing stands between them; True when it did."""
    if turn is None or f.cue is not None or f.marked is None or turn.marked is None:
        return False
    m, t = f.marked, turn.marked
    if m.para != t.para + 1 or text[t.outer_end : m.open_at].strip():
        return False  # (an unclosed turn runs to its paragraph's end: only blank text between the two)
    f.cue, f.cue_text, f.speaker, f.rule = turn.cue, ":", turn.speaker, "transcript:continuation"
    return True
