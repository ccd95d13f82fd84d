"""The strings of a document's string hashes, remembered across documents (speed only).

A string's hash is the same in every vocabulary, so the answer for a hash read once (``doc.vocab.strings[h]``, a
look-up in spaCy's string store) holds for every later document. Used by the pipeline's own components that read
the document's attribute array before the parse (``lapwing_boundaries``, ``limits.split_long_runs``).
"""

from __future__ import annotations

from typing import Any

#: hashes remembered before the memo starts again
MAX_STRINGS = 500_000
_STRINGS: dict[int, str] = {}


def strings_of(doc: Any, hashes: list[int]) -> list[str]:
    """``[doc.vocab.strings[h] for h in hashes]``, each hash new to the memo looked up once."""
    get = _STRINGS.__getitem__
    try:
        return list(map(get, hashes))
    except KeyError:
        if len(_STRINGS) > MAX_STRINGS:
            _STRINGS.clear()
        strings = doc.vocab.strings
        for h in set(hashes).difference(_STRINGS):
            _STRINGS[h] = strings[h]
        return list(map(get, hashes))
