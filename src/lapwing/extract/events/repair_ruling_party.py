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

Repair 192 (session 37, round sc74) does the same before a body named by a common noun: "Niger's *ruling* junta
ordered", "Chad's *governing* military council banned", "Sudan's ruling generals rejected" with "ruling" a verb whose
object is the body, the body lost as the subject (the event kept "Niger's ruling", with no sector). The body noun
(:data:`_BODIES`, after at most two lower-case modifiers) takes the "-ing" word's place; only after a possessor or an
article, with no auxiliary, and when the body hangs on the "-ing" word (a root "-ing" word gives its clause verb the
root) or is the subject of the same verb.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.repair_particle import _set_head
from lapwing.extract.events.repair_index import RepairIndex

_WORDS = frozenset({"ruling", "governing"})
_PARTY = frozenset({"party", "congress", "front", "alliance", "movement", "league", "union", "council", "coalition",
                    "bloc", "convention", "rally"})
_LINKS = frozenset({"and", "of", "for", "&"})
#: bodies a "ruling" / "governing" adjective stands before (repair 192)
_BODIES = frozenset({"junta", "council", "generals", "military", "army", "government", "party", "coalition", "alliance",
                     "elite", "regime", "authorities", "committee", "family", "colonels", "officers", "majority", "bloc",
                     "camp", "parties", "establishment"})
_BEFORE = frozenset({"'s", "’s", "the", "its", "their", "a"})
_CLAUSE = frozenset({"acl", "advcl", "conj", "parataxis", "ccomp", "xcomp", "acl:relcl"})


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


def _body_end(t: Token) -> int | None:
    """The index of the body noun after ``t`` ("ruling [military] *council*"), or None (repair 192)."""
    doc = t.doc
    if t.i == 0 or doc[t.i - 1].lower_ not in _BEFORE:
        return None
    end = None
    for k in range(t.i + 1, min(len(doc), t.i + 4)):
        w = doc[k]
        if not (w.is_alpha and w.is_lower and w.pos_ in ("ADJ", "NOUN", "PROPN", "VERB")):
            break
        end = k
        if w.pos_ == "VERB" and k > t.i + 1:
            end = k - 1
            break
    if end is None or doc[end].lower_ not in _BODIES:
        return None
    return end


def ruling_body_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens of ``doc`` that repair 192 is tried on."""
    toks = doc if index is None else index.tokens(index.find(words=_WORDS, tag="VBG"))
    return [t.i for t in toks if t.lower_ in _WORDS and t.tag_ == "VBG" and _body_end(t) is not None]


def repair_ruling_body(t: Token) -> bool:
    """Repair 192 on "ruling"/"governing" ``t`` before a body noun; True when applied."""
    if t.tag_ != "VBG" or any(c.dep_ in ("aux", "aux:pass") for c in t.children):
        return False
    end = _body_end(t)
    if end is None:
        return False
    doc = t.doc
    e = doc[end]
    span = range(t.i + 1, end + 1)
    if e.head.i == t.i or (e.head.i in span and e.head.i != e.i):
        if t.dep_ in ("ROOT", "root"):
            v = next((c for c in t.children if c.i > end and c.pos_ in ("VERB", "AUX") and c.dep_ in _CLAUSE), None)
            if v is None:
                return False
            _set_head(v, v, "ROOT")
            _set_head(e, v, "nsubj")
            new_head = v
        else:
            dep = "nsubj" if t.dep_ in ("csubj", "nsubj") else t.dep_
            _set_head(e, t.head, dep)
            new_head = t.head
    elif e.head.i == t.head.i and e.dep_.startswith("nsubj") and t.dep_ not in ("ROOT", "root"):
        new_head = t.head
    elif e.dep_.startswith("nsubj") and e.head.head.i == t.i and e.head.i > end and e.head.dep_ in _CLAUSE \
            and t.dep_ in ("ROOT", "root"):
        new_head = e.head  # "Mali's [ROOT] ruling junta [nsubj] ordered [acl:relcl]": the clause verb is the root
        _set_head(new_head, new_head, "ROOT")
    else:
        return False
    for c in list(t.children):
        if c.i in span:
            continue
        if c.i < t.i and c.dep_ != "punct":
            _set_head(c, e, c.dep_)
        else:
            _set_head(c, new_head, c.dep_)
    for k in span:
        w = doc[k]
        if k != end and (w.head.i == t.i or w.head.i not in span or w.head.i == k):
            _set_head(w, e, "amod" if w.pos_ == "ADJ" else "compound")
    _set_head(t, e, "amod")
    t.pos_, t.tag_, t.lemma_ = "ADJ", "JJ", t.lower_
    return True
