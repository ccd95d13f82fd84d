"""Article near-duplicates: syndicated and lightly edited copies of one story.

Wire copy is republished word for word, or with a new headline, a trimmed last paragraph, a
local dateline, an added clause. Such a copy reports no new happening: it adds a source and
mentions to the events of the article it copies, never events of its own.

Method: MinHash signatures (datasketch) over word 3-shingles of the normalised text, and an LSH
index that proposes candidate pairs with an estimated Jaccard similarity of at least
``CANDIDATE_JACCARD``. A candidate pair is a copy when the shorter text's shingles are mostly in
the longer one (estimated containment >= ``COPY_CONTAINMENT``) and the two are of similar length
(``MIN_SIZE_RATIO``: a short brief and the full story later written from it are not copies, the
story has more to report). Containment rather than Jaccard, because a light edit of a short wire
story (a changed dateline, one added clause) changes a large share of its shingles. Copies form
groups (connected components of the "is a copy of" pairs); the **canonical** article of a group
is the earliest published one (ties and missing dates: the smallest id), so the result does not
depend on the order in which the articles arrived.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable

from datasketch import MinHash, MinHashLSH

#: LSH candidates: estimated Jaccard similarity of word 3-shingles at least this.
CANDIDATE_JACCARD = 0.35
#: A copy: at least this share of the shorter text's shingles are in the longer one. Written so that
#: a changed dateline or an added clause keeps a short wire story a copy (about 0.8 and more) while
#: two outlets' own reports of one happening stay below (about 0.55 at most, the team's gold set).
COPY_CONTAINMENT = 0.75
#: ... and the shorter has at least this share of the longer one's shingles.
MIN_SIZE_RATIO = 0.6
SHINGLE = 3
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
    return word_shingles(normalise(text), k)


def word_shingles(words: list[str], k: int = SHINGLE) -> set[str]:
    """The shingles of already normalised words (:func:`shingles` of their text)."""
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def signature(text: str) -> MinHash:
    return shingle_signature(shingles(text))


def shingle_signature(shingle_set: set[str]) -> MinHash:
    """The MinHash of a set of shingles (:func:`signature` of the text they come from), hashed in one batch."""
    m = MinHash(num_perm=NUM_PERM, seed=1)
    m.update_batch([s.encode("utf-8") for s in sorted(shingle_set)])
    return m


@dataclass(frozen=True)
class Doc:
    id: str
    text: str
    published: str | None = None


def copy_groups(docs: Iterable[Doc]) -> dict[str, str]:
    """``{article id: canonical id}`` for every article that is a copy of another one (canonical
    articles themselves are not keys)."""
    docs = {d.id: d for d in docs}
    sigs, sizes = {}, {}
    for i, d in docs.items():
        if len(normalise(d.text)) >= MIN_WORDS:
            sigs[i] = signature(d.text)
            sizes[i] = len(shingles(d.text))
    return copy_groups_from_signatures(sigs, sizes, {i: d.published for i, d in docs.items()})


def is_copy(j: float, size_a: int, size_b: int) -> bool:
    """From the estimated Jaccard similarity and the shingle counts: is one text a copy of the other?"""
    small, large = sorted((max(size_a, 1), max(size_b, 1)))
    if small / large < MIN_SIZE_RATIO or j < CANDIDATE_JACCARD:
        return False
    inter = j / (1 + j) * (small + large)  # |A & B| from J = |A & B| / |A | B|
    return inter / small >= COPY_CONTAINMENT


def copy_groups_from_signatures(sigs: dict[str, MinHash], sizes: dict[str, int],
                                published: dict[str, str | None]) -> dict[str, str]:
    """:func:`copy_groups` on precomputed signatures and shingle counts (the store keeps them)."""
    lsh = MinHashLSH(threshold=CANDIDATE_JACCARD, num_perm=NUM_PERM)
    parent = {i: i for i in sigs}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i in sorted(sigs):
        sig = sigs[i]
        for other in sorted(lsh.query(sig)):
            if is_copy(sig.jaccard(sigs[other]), sizes[i], sizes[other]):
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
