"""Parse repair 80: an act noun's "of" phrase hung on the time phrase right after the noun.

Wire copy puts the day between an act noun and its complement: "the arrest *on Thursday morning* of two opposition
lawmakers", "the expulsion last week of the French ambassador", "the killing on Monday of a protester". The parser
hangs the "of" phrase on the time word ("morning of two lawmakers"), so the act has no patient. A bare time word
(no article: "the night *of the vote*" is the night's own) whose "of" phrase names no time itself ("March *of last
year*") gives the phrase back to the noun before the time phrase."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_particle import _set_head
from lapwing.extract.events.repair_time import is_time_word

#: words that may open the time phrase between the act noun and its "of" phrase
_TIME_OPENERS = frozenset({"on", "at", "in", "during", "last", "early", "late", "earlier", "this", "overnight"})


def _time(t: Token) -> bool:
    return is_time_word(t.lower_, t.pos_, t.ent_type_)


def repair_of_phrase_on_time(n: Token) -> bool:
    """Repair 80 on the head ``n`` of an "of" phrase hung on a time word that itself hangs on an earlier noun; True
    when applied."""
    w = n.head
    if n.dep_ != "nmod" or not _time(w) or w.i > n.i or _time(n) or n.ent_type_ in ("DATE", "TIME") or n.like_num:
        return False
    act = w.head
    if w.dep_ not in ("nmod", "obl", "nmod:tmod", "obl:tmod", "nmod:unmarked") or act.pos_ != "NOUN" or act.i > w.i \
            or _time(act):
        return False
    if any(c.dep_ == "det" for c in w.children):
        return False  # "the night of the vote": the time's own phrase
    span = w.doc[act.i + 1:n.left_edge.i]
    if not span or span[0].lower_ not in _TIME_OPENERS and not _time(span[0]):
        return False
    if any(not (_time(t) or t.lower_ in _TIME_OPENERS or t.like_num or t.head.i == w.i or t.i == w.i) for t in span):
        return False  # only the time phrase stands between the noun and the "of" phrase
    _set_head(n, act, "nmod")
    return True
