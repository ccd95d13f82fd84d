"""Parse repair 278 (session 36, round mp72): a place object read as an adjective of the time phrase after it.

278. **"will visit Beijing next month" with the place a modifier of "month".** "X will visit *Beijing* next month",
   "Y is due to travel to ... / tour *Moscow* next week", "Z will host *Tehran* this weekend": the tagger reads the
   capitalised name as an adjective (``JJ``) of the unmarked time phrase after it ("next month", "last week",
   "this Friday"), so the verb has no object and the visit or the meeting loses its place or partner. A name
   before the time phrase's own modifier ("next", "last", "this", "coming") is no part of it: it becomes the
   verb's object. Only when the time phrase has no preposition and hangs on a verb that has no object, the name is
   a capitalised word right after the verb (or after its particle) that hangs on the time noun, and the time word
   is a calendar word ("month", "week", "year", a weekday). "at 9 am Beijing time" (the name right before "time",
   a noun of its own phrase) is not touched.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.repair_index import RepairIndex
from lapwing.extract.events.repair_particle import _set_head

_TIME_NOUNS = frozenset({"week", "month", "year", "weekend", "spring", "summer", "autumn", "fall", "winter",
                         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
#: the time phrase's own modifiers, between the name and the time noun
_TIME_MODS = frozenset({"next", "last", "this", "coming", "early", "late", "later", "previous", "following"})


def place_time_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens of ``doc`` that repair 278 is tried on: a calendar noun with a time modifier right before it
    (with ``index``, only the calendar nouns are read)."""
    toks = doc if index is None else index.tokens(index.find(words=_TIME_NOUNS))
    return [t.i for t in toks if t.lower_ in _TIME_NOUNS and t.i >= 3 and doc[t.i - 1].lower_ in _TIME_MODS
            and doc[t.i - 2].text[:1].isupper() and doc[t.i - 2].head.i == t.i]


def repair_place_time(t: Token) -> bool:
    """Repair 278 on the time noun ``t``; True when applied."""
    doc = t.doc
    name, verb = doc[t.i - 2], t.head
    if name.dep_ not in ("amod", "compound", "nmod", "nmod:unmarked") or not name.is_alpha:
        return False
    if t.dep_ not in ("obl:unmarked", "obl:tmod", "npadvmod", "obl") or any(c.dep_ == "case" for c in t.children):
        return False
    if verb.pos_ != "VERB" or verb.i > name.i or any(c.dep_ in ("obj", "dobj", "ccomp", "xcomp") for c in verb.children):
        return False
    between = doc[verb.i + 1:name.i]
    if any(w.dep_ != "compound:prt" for w in between):
        return False  # (the name right after the verb, or after its particle: "will fly *in* ...")
    if any(c.i != name.i and c.i < t.i - 1 for c in t.children):
        return False
    _set_head(name, verb, "obj")
    if name.tag_ not in ("NNP", "NNPS"):
        name.pos_, name.tag_, name.lemma_ = "PROPN", "NNP", name.text
    return True
