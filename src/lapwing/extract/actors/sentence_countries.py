"""The countries a sentence names, worked out once per sentence for the coder's rules (the main-country step,
descriptions, appositives, the article's country): :meth:`_SentenceCountries.sentence_countries`. A mixin of
:class:`lapwing.extract.actors.coder._Coder` (it reads ``self.anchors``, ``self.d``, ``self.doc``, ``self.lex``,
``self.igos`` and ``self.dateline_end``, and keeps its answers in ``self._sentence_countries`` and
``self._anchor_order``, set up by the coder)."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Span

from lapwing.extract.abroad_words import abroad_place
from lapwing.extract.actors.lookup import Anchor
from lapwing.extract.exemplars import exemplar_token
from lapwing.lexicons import normalize


class _SentenceCountries:
    """Mixed into the coder: the countries each sentence names."""

    def sentence_countries(self, sent: Span) -> set[str]:
        """The countries a sentence names (not counting the dateline's): worked out once per sentence (asked for
        again for each mention of it), from the anchors that start in it (:meth:`_sentence_anchors`)."""
        key = (sent.start, sent.end)
        got = self._sentence_countries.get(key)
        if got is None:
            got = self._sentence_countries[key] = frozenset(self._countries_in(sent))
        return set(got)

    def _sentence_anchors(self, start: int, end: int) -> list[Anchor]:
        """``[a for a in self.anchors if start <= a.start < end]`` (in that order), by bisection on the anchors'
        starts, sorted once per document (the anchors never change once the coder is made)."""
        if self._anchor_order is None:
            order = sorted(range(len(self.anchors)), key=lambda k: self.anchors[k].start)
            self._anchor_order = (order, [self.anchors[k].start for k in order])
        order, starts = self._anchor_order
        ks = sorted(order[bisect_left(starts, start):bisect_left(starts, end)])
        return [self.anchors[k] for k in ks]

    def _countries_in(self, sent: Span) -> set[str]:
        here = set()
        for a in self._sentence_anchors(sent.start, sent.end):
            if self.d.idx[a.start] < self.dateline_end:
                continue  # (doc[a.start].idx, without a Token)
            if a.kind == "country" and a.country and not a.country.is_igo:
                if not abroad_place(self.doc[a.end - 1]) and not exemplar_token(self.doc[a.end - 1]):
                    # (not "who lives in exile *in Paris*", nor "neighbours *such as Uganda*")
                    here.add(a.country.code)
            elif a.kind == "actor":  # a dictionary organisation whose name names its country: "*Peruvian* police"
                owners = {r.country for e in a.actors if e.kind == "org" for r in e.roles if r.country}
                if len(owners) == 1 and not owners & self.igos and any(
                        h.kind == "country" and h.payload.code in owners
                        for k in range(a.start, a.end) for h in self.lex.get(normalize(self.d.text[k]))):
                    here |= owners
        return here
