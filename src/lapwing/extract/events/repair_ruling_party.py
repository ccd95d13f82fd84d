"""Parse repair 232: "COUNTRY's *ruling* Liberal Democratic Party accused ..." with "ruling" read as a verb.

Before a party's name, "ruling" and "governing" are adjectives ("Japan's ruling Liberal Democratic Party", "South
Africa's governing African National Congress", "the ruling Justice and Development Party"). The parser may read
them as a verb whose object is the name ("Japan [nsubj] *ruling* [VBG] ... Party [obj]") or as the sentence's root,
and the name loses its place as the subject of the main verb, so the event loses its source.

The name's last word becomes the phrase's head in the verb's place, the "-ing" word an adjective on it and the
possessor ("Japan's") its possessor. Only when:

* the word is "ruling" or "governing" tagged as a verb, with no auxiliary, and the next word is a capitalised name;
* the name runs (capitalised words, with "and", "of", "for" between them) to a word that ends it, and ends in a
  party word ("Party", "Congress", "Front", "Alliance", "Movement", "League", "Union", "Council", "Coalition") or is
  an all-capital short name ("the ruling ANC");
* the name's last word hangs on the "-ing" word, on a word of the name, or is the subject of the verb the "-ing"
  word heads (the root read wrongly).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.repair_particle import _set_head
from lapwing.extract.events.repair_index import RepairIndex

_WORDS = frozenset({"ruling", "governing"})
_PARTY = frozenset({"party", "congress", "front", "alliance", "movement", "league", "union", "council", "coalition",
                    "bloc", "convention", "rally"})
_LINKS = frozenset({"and", "of", "for", "&"})


def ruling_party_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens of ``doc`` that repair 232 is tried on (with ``index``, only its words of ``_WORDS`` are read)."""
    toks = doc if index is None else index.tokens(index.find(words=_WORDS, tag="VBG"))
    return [t.i for t in toks if t.lower_ in _WORDS and t.tag_ == "VBG" and t.i + 1 < len(doc)
            and doc[t.i + 1].text[:1].isupper()]


def _name_end(t: Token) -> int | None:
    """The index of the last word of the party name after ``t``, or None."""
    doc = t.doc
    k, end = t.i + 1, None
    while k < len(doc) and k < t.i + 9:
        w = doc[k]
        if w.text[:1].isupper() and w.is_alpha:
            end = k
        elif not (w.lower_ in _LINKS and k + 1 < len(doc) and doc[k + 1].text[:1].isupper()):
            break
        k += 1
    if end is None:
        return None
    last = doc[end]
    if last.lower_ in _PARTY or (end == t.i + 1 and last.is_upper and 2 <= len(last) <= 6):
        return end
    return None


def repair_ruling_party(t: Token) -> bool:
    """Repair 232 on "ruling"/"governing" ``t``; True when applied."""
    if any(c.dep_ in ("aux", "aux:pass") for c in t.children):
        return False
    end = _name_end(t)
    if end is None:
        return False
    doc = t.doc
    e = doc[end]
    span = range(t.i + 1, end + 1)
    if e.head.i == t.i or e.head.i in span:
        if t.dep_ in ("ROOT", "root"):
            return False
        _set_head(e, t.head, t.dep_)
    elif e.dep_ in ("nsubj", "nsubj:pass") and e.head.head.i == t.i and e.head.i > end and t.dep_ in ("ROOT", "root"):
        v = e.head
        _set_head(v, v, "ROOT")
        v.dep_ = "ROOT"
    else:
        return False
    new_head = e.head
    for c in list(t.children):
        if c.i in span:
            continue
        if c.dep_ == "case" or c.i < t.i and c.pos_ in ("PROPN", "NOUN", "PRON", "DET") and c.dep_ != "punct":
            dep = "nmod:poss" if any(x.tag_ == "POS" for x in c.children) else ("det" if c.pos_ == "DET" else "amod")
            _set_head(c, e, dep)
        else:
            _set_head(c, new_head if new_head.i != t.i else e, c.dep_)
    for k in span:
        w = doc[k]
        if k != end and (w.head.i == t.i or w.head.i not in span or w.head.i == k):
            _set_head(w, e, "cc" if w.lower_ in _LINKS else "compound")
    _set_head(t, e, "amod")
    t.pos_, t.tag_, t.lemma_ = "ADJ", "JJ", t.lower_
    return True
