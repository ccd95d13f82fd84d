"""A speaker named by the surname alone where the article gives the full name.

The entity recogniser may cut a given name it does not know off a person's name ('Zimbabwe's foreign minister,
[Tendai] Moyo, said ...' gives the person 'Moyo'), and a later mention gives the surname alone ('Moyo said ...'
after 'Tendai Moyo arrived'). The speaker's name is then the full name the article already wrote: the run of
capitalised proper nouns right before the surname, in the speaker's own words first, else before the speaker in
the article when only one full name there ends in that surname. Words of the run are given names only: a word the
lexicons or any title list of the project read as a role, a title, a country or a known actor ('Foreign Minister
Moyo', 'President Moyo', 'Mr. Moyo', 'Councilman Moyo' opening a sentence) ends it, and so do places, groups and the
sentence's first word when it is not tagged a name."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from lapwing.lexicons import lexicon
from lapwing.lexicons.base import normalize
from lapwing.schema import Actor
from lapwing.nlp.truecase_names import TITLE_HEADS
from lapwing.lexicons.name_words import TITLE_WORDS
from lapwing.extract.quotes.index import index_of
from lapwing.extract.quotes.subject_words import is_time_word

#: entity types a given name is never part of
_NOT_GIVEN = frozenset({"GPE", "LOC", "NORP", "ORG", "FAC", "DATE", "TIME", "EVENT", "PRODUCT"})
#: at most this many given names before the surname
_MAX_GIVEN = 2
#: titles written before a name that neither the lexicons nor the shared title lists hold
_MORE_TITLES = frozenset("""speaker speaker-elect justice lord lady sir dame reverend rev father sister brother pope
cardinal bishop archbishop rabbi mufti pastor coach warden alderman miss madam professor prof doctor comrade chef""".split())


@lru_cache(maxsize=1)
def _project_titles() -> frozenset[str]:
    """Every one-word title any title list of the project holds (the actors', the place detector's, the true-caser's,
    the event parse repairs'): a word any of them reads as a title is never a given name ('Councilman X' opening a
    sentence, where every word is capitalised)."""
    from lapwing.extract.actors.analysis import ORG_HEAD_TITLES, POSTED_TITLES
    from lapwing.extract.events.repair_title_verb import TITLE_HEADS as EVENT_TITLE_HEADS
    from lapwing.geo.detect_rules import TITLES as PLACE_TITLES
    from lapwing.nlp.truecase import _TITLES as TRUECASE_TITLES

    words = set(TITLE_WORDS) | set(TITLE_HEADS) | _MORE_TITLES
    for titles in (ORG_HEAD_TITLES, POSTED_TITLES, EVENT_TITLE_HEADS, PLACE_TITLES, TRUECASE_TITLES):
        words |= {w for w in titles if " " not in w}
    return frozenset(w.lower() for w in words)


def _given_name(t: Token, strict: bool = True) -> bool:
    """A word that can be a given name before a surname: a capitalised proper noun the lexicons do not know (and, when
    ``strict``, that the entity recogniser puts in no place or group)."""
    w = t.text
    if not (t.tag_ == "NNP" and w.isalpha() and w[0].isupper() and w[1:].islower() and len(w) > 1):
        return False
    low = w.lower()
    if low in _project_titles() or is_time_word(t):
        return False
    # a place or a group, unless the recogniser's entity runs on over the next word ('[Neema Mushi]' read as one group)
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if strict and t.ent_type_ in _NOT_GIVEN and not (nxt is not None and nxt.ent_iob_ == "I"
                                                     and nxt.ent_type_ == t.ent_type_):
        return False
    return not lexicon().get(normalize(w))


def _run_before(doc: Doc, i: int, strict: bool = True) -> int:
    """The first token of the given names right before token i (i itself when there are none, or when the words do
    not stand as a name of their own: the surname runs on into another capitalised word, 'Paul Mellon Family'; or
    the run has a capitalised word before it that is no title, 'National Prosecuting Authority Eric X', or 'of' /
    a hyphen, 'Chief of Department Terence X', 'GFT-Gruppo Finanziario X')."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha and doc[i].whitespace_:
        return i
    lo = i
    while lo > 0 and i - lo < _MAX_GIVEN and _given_name(doc[lo - 1], strict) and doc[lo - 1].whitespace_:
        lo -= 1
    if lo < i and lo > 0:
        before = doc[lo - 1]
        low = before.lower_.rstrip(".")
        titled = low in _project_titles() or bool(lexicon().get(normalize(
            before.text)))
        if before.lower_ in ("of", "for", "-", "\u2013", "&") or not before.whitespace_ \
                or before.text[:1].isupper() and before.is_alpha and not titled:
            return i
    return lo


def _surname(doc: Doc, actor: Actor) -> str | None:
    name = (actor.name or "").strip()
    if not name or " " in name or not name.isalpha() or not name[0].isupper():
        return None
    return name


def full_name(actor: Actor | None, doc: Doc, speaker: Token) -> Actor | None:
    """The actor with the full name the article gives its surname-only name; the actor itself otherwise."""
    if actor is None or actor.kind == "pronoun":
        return actor
    name = _surname(doc, actor)
    if name is None:
        return actor
    # the speaker's own words ('Zimbabwe's foreign minister, [Tendai Moyo], ...'); the name's mentions from the
    # document's index of proper nouns (no walk over the article's tokens per speaker)
    index = index_of(doc)
    mentions = index.proper_nouns().get(name, ())
    starts = index.tok_starts
    for i in mentions:
        if starts[i] < actor.start:
            continue
        if starts[i] >= actor.end:
            break
        lo = _run_before(doc, i)
        if lo < i and starts[lo] >= actor.start:
            return _renamed(actor, doc[lo : i + 1].text)
    # an earlier mention in the article, or one in the speaker's sentence ('Tendai Moyo arrived ... Moyo said'): one
    # full name only (a capitalised word before the surname that the recogniser put in a group counts against it:
    # 'Tendai Moyo and Farai Moyo'); a country's or a bloc's name is never a surname ('Radio Kenya ... Kenya said')
    if any(h.kind in ("country", "block") for h in lexicon().get(normalize(name))):
        return actor
    fulls = set()
    end = index.sent_end(speaker)
    for i in mentions:
        if i >= end:
            break
        lo, loose = _run_before(doc, i), _run_before(doc, i, strict=False)
        if lo != loose:
            return actor
        if lo < i:
            fulls.add(doc[lo : i + 1].text)
    if len(fulls) == 1:
        return _renamed(actor, fulls.pop())
    return actor


def _renamed(actor: Actor, name: str) -> Actor:
    return actor.model_copy(update={"name": name})
