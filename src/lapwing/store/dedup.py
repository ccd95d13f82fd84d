"""Article near-duplicates: syndicated and lightly edited copies of one story.

Wire copy is republished word for word, or with a new headline, a trimmed last paragraph, a
local dateline. Such a copy reports no new happening: it adds a source and mentions to the
events of the article it copies, never events of its own.

Method: MinHash signatures (datasketch) over word 5-shingles of the normalised text, and an LSH
index that proposes candidate pairs whose estimated Jaccard similarity is above the threshold;
each candidate pair is then checked on the estimated similarity itself. Copies form groups
(connected components of the "is a copy of" pairs); the **canonical** article of a group is the
earliest published one (ties and missing dates: the smallest id), so the result does not depend
on the order in which the articles arrived.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable

from datasketch import MinHash, MinHashLSH

#: Estimated Jaccard similarity of word 5-shingles above which two articles are copies. Lightly
#: edited wire copies (another headline, a dropped paragraph, a changed dateline) stay well above
#: it; two outlets' own reports of one happening stay far below.
DUPLICATE_THRESHOLD = 0.7
SHINGLE = 5
NUM_PERM = 128
#: Texts with fewer words than this are too short to call copies (a one-line brief).
MIN_WORDS = 12
_WORD = re.compile(r"\w+", re.UNICODE)


def normalise(text: str) -> list[str]:
    """Lower-cased words without accents: "Guaidó" and "Guaido" are the same word."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c))
    return _WORD.findall(t.lower())


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    words = normalise(text)
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def signature(text: str) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=1)
    for s in sorted(shingles(text)):
        m.update(s.encode("utf-8"))
    return m


@dataclass(frozen=True)
class Doc:
    id: str
    text: str
    published: str | None = None


def copy_groups(docs: Iterable[Doc], threshold: float = DUPLICATE_THRESHOLD) -> dict[str, str]:
    """``{article id: canonical id}`` for every article that is a copy of another one (canonical
    articles themselves are not keys)."""
    docs = {d.id: d for d in docs}
    sigs = {i: signature(d.text) for i, d in docs.items() if len(normalise(d.text)) >= MIN_WORDS}
    return copy_groups_from_signatures(sigs, {i: d.published for i, d in docs.items()}, threshold)


def copy_groups_from_signatures(sigs: dict[str, MinHash], published: dict[str, str | None],
                                threshold: float = DUPLICATE_THRESHOLD) -> dict[str, str]:
    """:func:`copy_groups` on precomputed signatures (the store keeps them)."""
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    parent = {i: i for i in sigs}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i in sorted(sigs):
        sig = sigs[i]
        for other in lsh.query(sig):
            if sig.jaccard(sigs[other]) >= threshold:
                a, b = find(i), find(other)
                if a != b:
                    parent[max(a, b)] = min(a, b)
        lsh.insert(i, sig)
    groups: dict[str, list[str]] = {}
    for i in sorted(sigs):
        groups.setdefault(find(i), []).append(i)
    out: dict[str, str] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        canon = min(members, key=lambda i: (published.get(i) is None, published.get(i) or "", i))
        for m in members:
            if m != canon:
                out[m] = canon
    return out
