"""A name repeated after the article introduced it with a sector word (rule ``coref:name``): "the ruling National
Unity League ... the National Unity League", "the opposition People's Front ... the People's Front", "the rebel
Liberation Movement ... Liberation Movement fighters". The first mention's codes come from the word before the name
(ruling, opposition, rebel) and the main country; a later mention of the same capitalised words, with no sector of
its own, takes them. A mixin-free helper of :class:`lapwing.extract.actors.coder._Coder`."""

from __future__ import annotations

from typing import Any

from lapwing.extract.actors.common import COMPANY_SUFFIXES, ActorMention

_SUFFIXES = frozenset(w.rstrip(".") for w in COMPANY_SUFFIXES)


def name_words(coder: Any, start: int, end: int) -> tuple[str, ...]:
    """The capitalised words of a mention, lower-cased, in order ("The ruling National Unity League" -> national,
    unity, league); the first word of a sentence counts only when a capitalised word follows it."""
    d = coder.d
    out = []
    for k in range(start, end):
        t = d.text[k]
        if not t[:1].isupper() or not t[:1].isalpha() or d.lower[k] in ("the", "a", "an"):
            continue
        out.append(d.lower[k])
    return tuple(out)


def initialism(coder: Any, start: int, end: int) -> bool:
    """Is the mention's one capitalised word written in capitals, two to six letters ("UDPS", "PDP")?"""
    words = [coder.d.text[k] for k in range(start, end) if coder.d.text[k][:1].isupper()
             and coder.d.lower[k] not in ("the", "a", "an")]
    return len(words) == 1 and 2 <= len(words[0]) <= 6 and words[0].isalpha() and words[0].isupper()


def repeated_name(coder: Any, m: ActorMention, start: int, end: int) -> ActorMention | None:
    """The one earlier mention, coded with a sector, whose capitalised words are this mention's (two words at least,
    or one initialism: "The UDPS denied" after "the ruling UDPS party", session 34, round ac67); None when there is
    none, or several with different codes."""
    key = name_words(coder, start, end)
    if len(key) < 2 and not (key and initialism(coder, start, end)):
        return None  # (one word only when it is an initialism: "the UDPS" after "the ruling UDPS party")
    found = {}
    # (only the organisations and agents with these capitalised words: ``MentionIndex.with_caps``, kept up to date
    # where a mention's start changes)
    for x in coder.index.with_caps(key):
        if x.start >= m.start or not x.actor_view.sector:
            continue
        found.setdefault((x.actor_view.country, x.actor_view.sector), x)
    return next(iter(found.values())) if len(found) == 1 else None



def short_company_name(coder: Any, start: int, end: int) -> ActorMention | None:
    """The one earlier company whose name this bare name shortens: "Tullow" after "Tullow Oil plc", "Kestrel" after
    "Kestrel Mining Holdings Ltd" (the earlier mention coded BUS, its name ending in a company suffix, any case, and
    its capitalised words opening with all of this one's); None when there is none, or several with different codes.
    The shortened name is the firm, not a person the NER may take it for (session 24 round 33)."""
    d = coder.d
    key = tuple(d.lower[k] for k in range(start, end))
    if not key or not all(d.text[k][:1].isupper() and d.text[k][:1].isalpha() for k in range(start, end)) \
            or key[0] in ("the", "a", "an"):
        return None  # only a bare run of capitalised words: "Tullow", "Kestrel Mining" (at a sentence's start too)
    if not _has_company_suffix(coder):
        return None  # (no earlier mention can end in a company suffix: asked for most capitalised words)
    found = {}
    for x in coder.mentions:
        if x.start >= start or x.kind not in ("org", "agent") or x.actor_view.sector != "BUS" \
                or coder.d.lower[x.end - 1].rstrip(".") not in _SUFFIXES:
            continue
        words = name_words(coder, x.start, x.end)
        if len(words) > len(key) and words[:len(key)] == key:
            found.setdefault((x.actor_view.country, x.actor_view.sector), x)
    return next(iter(found.values())) if len(found) == 1 else None


def _has_company_suffix(coder: Any) -> bool:
    """Does any word of the article end a company's name (``_SUFFIXES``: "Ltd", "Inc.", "plc")? Worked out once per
    article, on the coder."""
    got = getattr(coder, "_company_suffix", None)
    if got is None:
        got = coder._company_suffix = any(w.rstrip(".") in _SUFFIXES for w in set(coder.d.lower))  # (each word once)
    return got
