"""Quoted words conjoined to a quote before them: 'Berg added that "A" and "B"', 'telling the crowd, "A," and, "B?"',
'argued that A "is an idea" and that "B"'.
The second part has no cue of its own, only a conjunction between it and the quote before, which has a speaker: one
attribution, one quote from the first part's start to the second's end (PolNeAR marks it so), not a speakerless
partial quote."""

from __future__ import annotations

import re

# nothing but a conjunction between the closing mark of one quote and the opening mark of the next (commas and
# quotation marks round it, on one line)
_MARKS = "[ \\t,\"'\u2018\u2019\u201c\u201d]*"
_CONJ_GAP = re.compile(_MARKS + r"(?:and|or|but|and then|and also)" + _MARKS, re.IGNORECASE)
# or a second that-clause of the same cue, its subject before the marks: 'argued that A "is an idea" and that "B"',
# 'said that the plan "is open" and that the vote "will be fair"' (a few words, no sentence end)
_THAT_GAP = re.compile(_MARKS + r"(?:and|but|or) that\b[^.;:!?\n\u201c\u201d\"]{0,60}?" + _MARKS, re.IGNORECASE)


def join_conjoined(quotes: list, text: str) -> list:
    """``quotes`` sorted by start: a speakerless quote with no cue (rule ``partial:no-cue``) right after a quote with
    a speaker, past only a conjunction, is merged into that quote."""
    out: list = []
    for q in quotes:
        prev = out[-1] if out else None
        loose = q.rule == "partial:no-cue" and q.speaker is None or q.rule == "partial:sentence-subject"
        if prev is not None and loose and prev.speaker is not None \
                and prev.end <= q.start and (_CONJ_GAP.fullmatch(text, prev.end, q.start)
                                             or prev.kind == "indirect" and _THAT_GAP.fullmatch(text, prev.end, q.start)):
            out[-1] = prev.model_copy(update={"end": q.end, "text": text[prev.start : q.end]})
            continue
        out.append(q)
    return out
