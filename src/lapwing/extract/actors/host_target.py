"""The article's country for an office holder that other states act upon (issue 10, session 23, round 32).

A bare or titled office holder with no country of their own ("the new prime minister", "President Ana Soto") gets
the article's main country only where the sentence names no other country (``coder.py``, step 5): in "Kenya's
minister said the president would visit" the president could be Kenya's. But when every country the sentence
names is the country *of another side* -- a possessor ("Kenya's government"), a nationality adjective ("the
Chinese embassy"), a subject ("Tanzania and Zambia urged calm"), the "of" phrase of a subject ("the government of
Zambia said") -- and the office holder is the object of the act ("congratulated President Ana Soto", "stood behind
the new prime minister") or the object's possessor ("welcomed President Ana Soto's victory"), a reader takes the
office holder to be the article's own: foreign states congratulate, back or meet the host country's leaders. A
country named as a place ("on a visit to Kenya", "met the president in Nairobi") still blocks, and an office holder
who is a subject ("Kenya's minister said the president would visit") is left without a country.
"""

from __future__ import annotations

from typing import Any

#: dependency labels of a country word that names a side of the sentence, not a place
SIDE_DEPS = frozenset({"nmod:poss", "poss", "amod", "compound", "nsubj", "nsubj:pass", "nsubjpass"})
#: dependency labels of a subject (for "the government of Zambia said")
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
#: dependency labels of an object of the act
OBJECT_DEPS = frozenset({"obj", "dobj", "iobj", "obl", "pobj"})


def _outside_head(d: Any, start: int, end: int) -> int:
    """The token of ``start..end-1`` whose head lies outside the span (its last token if none)."""
    for k in range(start, end):
        if not (start <= d.head[k] < end) or d.head[k] == k:
            return k
    return end - 1


def _is_side(d: Any, k: int) -> bool:
    """True when the country word at token ``k`` names a side (a possessor, nationality, subject)."""
    seen = set()
    while d.dep[k] == "conj" and k not in seen and d.head[k] != k:  # "Tanzania, Zambia and ...": the first conjunct
        seen.add(k)
        k = d.head[k]
    if d.dep[k] in SIDE_DEPS:
        return True
    if d.dep[k] in ("ROOT", "root") and d.pos[k] in ("PROPN", "NOUN"):
        # "Australia, New Zealand and the Forum urged ...", misread as a verbless root whose conjunct verb has the
        # list's last name for subject (the shape parse repair 67 mends for the events): the first of the subjects
        return any(d.head[v] == k and d.dep[v] == "conj" and d.pos[v] == "VERB"
                   and any(d.head[j] == v and d.dep[j] in SUBJECT_DEPS for j in range(k + 1, v))
                   for v in range(k + 1, min(d.n, k + 40)))
    if d.dep[k] in ("nmod", "pobj"):  # "the government of (neighbouring) Zambia said"
        of = any(d.head[j] == k and d.lower[j] == "of" for j in range(max(0, k - 3), k))
        gov = d.head[k]
        if d.dep[k] == "pobj" and d.lower[gov] == "of":
            of, gov = True, d.head[gov]
        return of and d.dep[gov] in SUBJECT_DEPS
    return False


def host_side_target(coder: Any, an: Any, sent: Any) -> bool:
    """True when the office holder ``an`` is the object of the sentence's act and every country the sentence
    names is another side's: it takes the article's main country."""
    d = coder.d
    if not d.parsed:
        return False
    chain = an.chain
    k = _outside_head(d, chain.start, chain.end)
    if d.dep[k] in ("nmod:poss", "poss") and d.head[k] != k:
        k = d.head[k]  # the possessor of the object: "welcomed President Ana Soto's victory"
    if d.dep[k] not in OBJECT_DEPS:
        return False
    found = False
    for a in coder.anchors:
        if not (sent.start <= a.start < sent.end) or d.idx[a.start] < coder.dateline_end:
            continue
        if a.kind != "country" or not a.country or a.country.is_igo:
            continue
        if chain.start <= a.start < chain.end:
            return False  # a country inside the phrase itself ("the president of Kenya") is for the other rules
        found = True
        if not _is_side(d, _outside_head(d, a.start, a.end)):
            return False
    return found
