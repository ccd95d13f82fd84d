"""A quote with no cue of its own goes on the speaker of the last attributed quote of its paragraph.

'"A," said Sara Walker, 44, a nurse from Lyon who came to the rally. Born in Uganda, she will vote for the first
time in May. "B."': B is Walker's too. The news convention is that a paragraph quotes one person unless it says
otherwise; so only when nothing in between says otherwise: no cue verb of another clause between the two quotes (a
participle after a comma, '..., describing how ...', goes on the first quote's subject and does not count), no
sentence or conjoined clause with a noun of its own as subject ('..., Berg said, and her husband cut in. "B."'), and
the earlier quote has a cue and a speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.quotes.cues import SpeechLexicon, is_cue_verb
from lapwing.extract.quotes.segmentation import _Found

_LOOK_BACK = 4  # the most quotes of the paragraph passed over (scare quotes, titles) to find the attributed one


def _shares_subject(t: Token) -> bool:
    """A participle right after a comma ('..., describing how ...'): it goes on the subject before it."""
    return t.tag_ == "VBG" and t.i > 0 and t.doc[t.i - 1].text == ","


def paragraph_speaker(directs: list[_Found], k: int, gap_tokens, lex: SpeechLexicon) -> _Found | None:
    """The earlier quote of the same paragraph whose speaker ``directs[k]`` (a quote with no cue) goes on, or None.
    ``gap_tokens(lo, hi)`` gives the tokens between two character offsets."""
    m = directs[k].marked
    if m is None:
        return None
    for j in range(k - 1, max(-1, k - 1 - _LOOK_BACK), -1):
        prev = directs[j]
        pm = prev.marked
        if pm is None or pm.para != m.para:
            return None
        if prev.cue is None or prev.speaker is None:
            if prev.extra.get("fragment"):
                continue  # scare quotes or a title in between
            return None
        gap = gap_tokens(pm.outer_end, m.open_at)
        if any(is_cue_verb(t, lex) and t.i != prev.cue.i and not _shares_subject(t) for t in gap):
            return None
        if any(t.lower_ in ("i", "we") for t in gap):
            return None  # the writer's own voice in between
        if any(t.dep_ in ("nsubj", "nsubj:pass") and t.pos_ in ("NOUN", "PROPN") and t.head.i != prev.cue.i
               and t.head.dep_ in ("conj", "ROOT") for t in gap):
            return None  # someone else's clause or sentence ('..., Berg said, and her husband cut in. "B."')
        return prev
    return None
