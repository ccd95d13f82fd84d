"""Where a word stands in the event coder's final document, found once per article (speed only).

Some status cues look for one word in a sentence or a subtree on every event anchor they are asked about ("the" +
a comparative for a correlative, "according" for ", according to state media"), making a spaCy ``Token`` per word
they pass. For the coder's document, whose parse no longer changes once it is frozen (``parse_memo.freeze_parse``),
``positions_of(doc, word)`` lists the positions of the tokens whose lower-case form is ``word``, read once from the
attribute array the token index reads (``token_index._columns``); a caller that finds none in its range knows its
answer without walking the tokens. For any other document it returns None: the caller walks the tokens as before.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc

from lapwing.extract.events.parse_memo import _FROZEN
from lapwing.extract.events.token_index import _columns

__all__ = ["positions_of"]


def positions_of(doc: Doc, word: str) -> list[int] | None:
    """The positions, in order, of ``doc``'s tokens whose ``lower_`` is ``word`` (a lower-case string), when ``doc``
    is the frozen document; None for any other."""
    if doc is not _FROZEN[0]:
        return None
    memo = _FROZEN[1]
    key = (positions_of, word)
    got = memo.get(key)
    if got is None:
        if len(doc) == 0:
            got = []
        else:
            low = _columns(doc, [LOWER])[:, 0]
            got = numpy.flatnonzero(low == numpy.array(doc.vocab.strings[word], dtype=low.dtype)).tolist()
        memo[key] = got
    return got
