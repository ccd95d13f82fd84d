"""A per-article index of the actor coder's mentions, so that the coreference look-ups read only the mentions that
could answer them, not every earlier mention of the article (issue 13, session 26 round 41).

The coder's list ``coder.mentions`` stays the record of the mentions and of their order; this index holds the
same mentions by entity, by sentence, by name word (people) and by capitalised words (organisations and agents),
each bucket in the list's order. It is kept up to date where a mention joins or leaves the list
(:meth:`MentionIndex.add` / :meth:`MentionIndex.remove`), changes its entity (:meth:`MentionIndex.set_entity`:
an appositive, a subject pronoun resolved again) or its start (:meth:`MentionIndex.moved`: a title joined to the
name after it, ``mention_checks.py``). A mention's kind, sentence, end, ``nested`` and name words
(``coder.names``) are fixed by the time it joins the list, and its tokens lie in its sentence (``_chains`` reads one
sentence; a title joined to a name is the name's neighbour).

Every look-up checks at call time what can change without the index being told (a mention's codes, its start
against the asking mention's), so the answers are those of the scans over the whole list (see
``tests/test_speed_paths41_actors.py``, which compares them)."""

from __future__ import annotations

import weakref
from bisect import insort
from typing import Any

from lapwing.extract.actors.common import ActorMention
from lapwing.extract.actors.name_repeats import name_words


class MentionIndex:
    """The coder's mentions by entity, sentence, name word and capitalised words (see the module's docstring)."""

    def __init__(self, coder: Any) -> None:
        # (a weak reference: the coder holds the index, and a cycle would keep every article's coder, its document
        # and mentions alive until the garbage collector's next full pass)
        self.coder = weakref.proxy(coder)
        self._seq: dict[int, int] = {}  # id(mention) -> its rank in the order the list got it
        self._next = 0
        self.by_entity: dict[int, list[ActorMention]] = {}
        self.by_sent: dict[int, list[ActorMention]] = {}
        self.by_name_word: dict[str, list[ActorMention]] = {}  # people with a name: each word of it -> mentions
        self._caps: dict[int, tuple[str, ...]] = {}  # id(org/agent mention) -> its name_words, as indexed
        self.by_caps: dict[tuple[str, ...], list[ActorMention]] = {}
        self._caps_built = False  # (by_caps is made at its first look-up: most articles never ask it)
        self.people: list[ActorMention] = []  # the mentions of kind "person"
        self._span: dict[int, tuple[int, int]] = {}  # id(mention) -> (start, end), as indexed
        self.spans: dict[tuple[int, int], int] = {}  # (start, end) -> how many mentions have it
        #: mentions read by the look-ups (counted work, for ``bench`` and the tests)
        self.read = 0

    def _key(self, m: ActorMention) -> int:
        return self._seq[id(m)]

    def _put(self, bucket: list[ActorMention], m: ActorMention) -> None:
        if not bucket or self._key(bucket[-1]) <= self._key(m):
            bucket.append(m)
        else:
            insort(bucket, m, key=self._key)

    @staticmethod
    def _drop(bucket: list[ActorMention] | None, m: ActorMention) -> None:
        if bucket is None:
            return
        for k, x in enumerate(bucket):
            if x is m:
                del bucket[k]
                return

    # -- keeping it up to date -------------------------------------------------------------------------------
    def add(self, m: ActorMention) -> None:
        """``m`` has just been appended to ``coder.mentions``."""
        self._seq[id(m)] = self._next
        self._next += 1
        self.by_entity.setdefault(m.entity, []).append(m)
        self.by_sent.setdefault(m.sent, []).append(m)
        span = self._span[id(m)] = (m.start, m.end)
        self.spans[span] = self.spans.get(span, 0) + 1
        if m.kind == "person":
            self.people.append(m)
            for w in dict.fromkeys(self.coder.names.get(id(m)) or ()):
                self.by_name_word.setdefault(w, []).append(m)
        elif self._caps_built and m.kind in ("org", "agent"):
            key = self._caps[id(m)] = name_words(self.coder, m.start, m.end)
            self.by_caps.setdefault(key, []).append(m)

    def remove(self, m: ActorMention) -> None:
        """``m`` has just been taken out of ``coder.mentions``."""
        self._drop(self.by_entity.get(m.entity), m)
        self._drop(self.by_sent.get(m.sent), m)
        self._unspan(m)
        if m.kind == "person":
            self._drop(self.people, m)
            for w in dict.fromkeys(self.coder.names.get(id(m)) or ()):
                self._drop(self.by_name_word.get(w), m)
        key = self._caps.pop(id(m), None)
        if key is not None:
            self._drop(self.by_caps.get(key), m)
        self._seq.pop(id(m), None)

    def set_entity(self, m: ActorMention, entity: int) -> None:
        """``m.entity = entity``, the index told."""
        if m.entity == entity:
            return
        if id(m) in self._seq:
            self._drop(self.by_entity.get(m.entity), m)
            self._put(self.by_entity.setdefault(entity, []), m)
        m.entity = entity

    def _unspan(self, m: ActorMention) -> None:
        span = self._span.pop(id(m), None)
        if span is not None:
            self.spans[span] -= 1
            if not self.spans[span]:
                del self.spans[span]

    def moved(self, m: ActorMention) -> None:
        """``m.start`` has changed: its span and capitalised words are read again."""
        if id(m) in self._span:
            self._unspan(m)
            span = self._span[id(m)] = (m.start, m.end)
            self.spans[span] = self.spans.get(span, 0) + 1
        old = self._caps.get(id(m))
        if old is None:
            return
        new = name_words(self.coder, m.start, m.end)
        if new != old:
            self._drop(self.by_caps.get(old), m)
            self._caps[id(m)] = new
            self._put(self.by_caps.setdefault(new, []), m)

    # -- look-ups ------------------------------------------------------------------------------------------------
    def of_entity(self, entity: int) -> list[ActorMention]:
        """The mentions of ``entity``, in the list's order."""
        got = self.by_entity.get(entity, ())
        self.read += len(got)
        return list(got)

    def in_sentences(self, first: int, last: int) -> list[ActorMention]:
        """The mentions of sentences ``first``..``last``, in the list's order."""
        parts = [p for p in (self.by_sent.get(s) for s in range(first, last + 1)) if p]
        if not parts:
            return []
        got = [m for p in parts for m in p] if len(parts) > 1 else list(parts[0])
        seq = self._seq
        if any(seq[id(a[-1])] > seq[id(b[0])] for a, b in zip(parts, parts[1:])):
            got.sort(key=self._key)  # (a sentence's mentions after the next one's: never in the coder's one pass)
        self.read += len(got)
        return got

    def has_span(self, start: int, end: int) -> bool:
        """Is there a mention of tokens ``start``..``end``?"""
        return (start, end) in self.spans

    def all_people(self) -> list[ActorMention]:
        """The mentions of kind "person", in the list's order."""
        self.read += len(self.people)
        return list(self.people)

    def people_named(self, word: str) -> list[ActorMention]:
        """The people whose name (``coder.names``) has ``word``, in the list's order."""
        got = self.by_name_word.get(word, ())
        self.read += len(got)
        return list(got)

    def with_caps(self, key: tuple[str, ...]) -> list[ActorMention]:
        """The organisations and agents whose capitalised words are ``key``, in the list's order."""
        if not self._caps_built:
            self._caps_built = True
            for m in self.coder.mentions:
                if m.kind in ("org", "agent"):
                    k = self._caps[id(m)] = name_words(self.coder, m.start, m.end)
                    self.by_caps.setdefault(k, []).append(m)
            self.read += len(self.coder.mentions)
        got = self.by_caps.get(key, ())
        self.read += len(got)
        return list(got)
