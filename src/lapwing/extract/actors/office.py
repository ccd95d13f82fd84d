"""Taking office in the article: "Oala was sworn in by the governor-general", "Mensah took office on Monday".

A person first named by a past office ("former finance minister Peter Oala": ELI) who the article says was sworn in
or took office holds an office from then on: a later bare mention of the name ("Oala said ...") is the government
(GOV), not an elite without office. ``took_office(doc)`` finds, per name word, where the article says so.
"""

from __future__ import annotations

from typing import Any

from lapwing.extract.docfacts import word_positions

_SUBJ = ("nsubj", "nsubj:pass", "nsubjpass")


def _subject_name(v: Any) -> str | None:
    s = max((c for c in v.children if c.dep_ in _SUBJ and c.i < v.i), key=lambda c: c.i, default=None)  # the nearest
    if s is None or s.pos_ != "PROPN":
        return None
    return s.lower_


def took_office(doc: Any) -> dict[str, int]:
    """Name word (lower case) -> the character offset where the article says its bearer was sworn in or took
    office ("*Oala* was sworn in", "Mensah took office", "Ruto was inaugurated")."""
    out: dict[str, int] = {}
    # only a token that is "sworn" or "inaugurated", or is followed by "office", can match: those positions are read
    # off the article's word index (no Token made for the others, no pass over the words), in order, each once
    found = word_positions(doc)
    at = sorted({k for w in ("sworn", "inaugurated") for k in found.get(w, ())}
                | {k - 1 for k in found.get("office", ()) if k >= 1})
    for k in at:
        t = doc[k]
        low = t.lower_
        nxt = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
        if low == "sworn" and nxt == "in" or low == "inaugurated" and t.pos_ in ("VERB", "ADJ"):
            name = _subject_name(t)
        elif t.lemma_.lower() == "take" and t.pos_ == "VERB" and nxt == "office":
            name = _subject_name(t)
        else:
            continue
        if name is not None and name not in out:
            out[name] = t.idx
    return out
