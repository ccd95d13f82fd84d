"""The history gate of the coder: an event whose clause is dated well before publication (an old year, a past era, a
pluperfect set at an earlier time) is background, not news. Split out of ``gates.py`` (session 34, round gs69).
"""

from __future__ import annotations

import re
from datetime import date as _date

from spacy.tokens import Token

from lapwing.extract.docfacts import token_columns, word_positions
from lapwing.extract.events.syntax import _YEAR, _cases
from lapwing.extract.events.parse_memo import children_of


class HistoryMixin:
    """Coder methods that tell an event of the past (history) from the news."""

    def _ref_year(self) -> int:
        pub = getattr(self.ctx.article, "published", None)
        if pub and re.match(r"^\d{4}", pub):
            self.history_margin = 5
            return int(pub[:4])
        self.history_margin = 20
        return _date.today().year

    def old_year(self, anchor: Token) -> bool:
        """An explicit year well before publication attached to the event's clause: history.

        "Well before" is 5 years when the article has a publication date, 20 when it has none
        (the reference is then today's date, and the text may itself be old). "since 2018" is not
        history: the year must not be introduced by since/until/through."""
        h = anchor.head
        if h.i != anchor.i and h.pos_ == "VERB" and (anchor.pos_ in ("NOUN", "PROPN") or anchor.tag_ == "VBG") \
                and anchor.dep_ in ("nsubj", "nsubj:pass", "obl", "obj") and self.old_year(h):
            # "killed in a fake *encounter* by policemen in 2009", "where police *firing* killed seven in
            # 2007": the event noun is dated by the clause it stands in
            return True
        if anchor.tag_ == "VBG" and anchor.dep_ in ("advcl", "xcomp") and h.i < anchor.i and h.pos_ == "VERB" \
                and self.old_year(h):
            # "In 2010, police fired on the crowd, *killing* three": the participle shares its verb's time
            return True
        years, eras, bcad = self._time_marks()
        if self._background_perfect(anchor, years):
            return True
        if bcad:
            sent = anchor.sent
            for i in bcad:
                if sent.start < i < sent.end and anchor.doc[i - 1].like_num:
                    return True
        h = anchor.head
        if anchor.dep_ in ("acl:relcl", "acl") and _YEAR.match(h.text) and int(h.text[:4]) < self.ref_year - self.history_margin:
            return True  # "in 2011, which ...": the clause hangs on the year
        if anchor.dep_ in ("acl:relcl", "relcl") and self.history_margin <= 5 and h.pos_ in ("NOUN", "PROPN") and any(
                c.dep_.startswith("obl") and _YEAR.match(c.text) and int(c.text[:4]) < self.ref_year for c in children_of(anchor)):
            return True  # "a trader *who was arrested in 2022*" (a story of 2024): what the clause tells of its noun
        le = anchor.left_edge
        while le.is_punct and le.i < anchor.i:
            le = le.doc[le.i + 1]
        if le.lower_ == "when" and le.i >= 2 and le.doc[le.i - 1].text == "," and _YEAR.match(le.doc[le.i - 2].text) \
                and int(le.doc[le.i - 2].text[:4]) < self.ref_year - self.history_margin:
            return True  # "since 2015, when the army sent troops into the border province": the clause is set in 2015
        if _weekday_on_clause(anchor):
            return False  # "a court *on saturday* sentenced him ... for a murder in 2019": the day dates the act
        lo, hi = anchor.left_edge.i, anchor.right_edge.i
        if not any(lo <= i <= hi for i in years):  # no year in the clause: only an era can date it
            return any(lo <= i <= hi for i in eras) and _past_era(anchor)
        for c in anchor.subtree:
            if _YEAR.match(c.text) and c.i != anchor.i:
                y = int(c.text[:4])
                if {g.lower_ for g in children_of(c)} & {"since", "until", "till", "through", "from"}:
                    continue
                if c.head.dep_.startswith(("obl", "nmod")) and _cases(c.head) & {"since", "until"}:
                    continue
                if y < self.ref_year - self.history_margin:
                    # attached near the anchor (its own modifier or a modifier's modifier)
                    h, hops = c, 0
                    while h.i != anchor.i and h.head.i != h.i and hops < 3:
                        h = h.head
                        hops += 1
                    if h.i == anchor.i and (c.head.i == anchor.i or c.head.dep_ not in ("acl", "acl:relcl", "advcl")):
                        if not any(a.dep_ in ("acl", "acl:relcl", "advcl", "ccomp", "xcomp")
                                   for a in c.ancestors if a.i != anchor.i and anchor in a.ancestors):
                            return True
        return any(lo <= i <= hi for i in eras) and _past_era(anchor)

    def _background_perfect(self, anchor: Token, years: list[int]) -> bool:
        """A past perfect set at an earlier time of its own: "in 2021, police *had lathi-charged* farmers
        here", "police *had arrested* eleven people *at the time*". The pluperfect puts the act before the
        story's time, and an explicit year before the publication year (any year: the margin of
        ``old_year`` is for the simple past) or "at the time" says it is the background, not the news."""
        if anchor.dep_ in ("advcl", "xcomp", "conj") and anchor.tag_ == "VBG" and anchor.head.i < anchor.i:
            anchor = anchor.head  # "..., *injuring* several": the participle shares its verb's time
        if anchor.pos_ != "VERB" or not any(c.dep_ in ("aux", "aux:pass") and c.lower_ in ("had", "'d", "’d")
                                            for c in children_of(anchor)):
            return False
        sent = anchor.sent
        lo, hi = sent.start, sent.end
        for i in years:
            if lo <= i < hi:
                y = anchor.doc[i]
                if int(y.text[:4]) < self.ref_year and not (
                        {g.lower_ for g in children_of(y)} & {"since", "until", "till", "through", "from"}):
                    return True
        words = [t.lower_ for t in anchor.subtree]
        return any(words[k:k + 3] == ["at", "the", "time"] for k in range(len(words) - 2))

    def _time_marks(self) -> tuple[list[int], list[int], list[int]]:
        """Token indices of the doc's year numbers, era words ("war", "rule", "holocaust"...) and
        BC / AD marks, read once per doc from the token columns."""
        got = getattr(self, "_time_marks_cache", None)
        if got is None or got[0] is not self.doc:
            cols = token_columns(self.ctx.doc)
            # (a clock time is no year: "detonated around 3:00 p.m. (*1200* GMT)", "at 7:30 p.m. (GMT *1630*)")
            # (the year-like words are found among the article's distinct words, each position tested as before: a
            # year's lower-case form is a year's too)
            at = word_positions(self.ctx.doc)
            maybe = sorted(i for w, ks in at.items() if w[:1].isdigit() and _YEAR.match(w) for i in ks)
            years = [i for i in maybe if _YEAR.match(cols.text[i])
                     and not (i + 1 < len(cols.text) and cols.text[i + 1] in _CLOCK_ZONES)
                     and not (i >= 1 and cols.text[i - 1] in _ZONES_BEFORE)]
            # (most articles have neither: a set's look over the column says so without a loop)
            eras = [] if _ERA_WORDS.isdisjoint(cols.lower) else [i for i, x in enumerate(cols.lower) if x in _ERA_WORDS]
            bcad = [] if _BCAD.isdisjoint(cols.text) else [
                i for i, x in enumerate(cols.text) if x in ("BC", "B.C.", "BCE", "AD", "A.D.") and i > 0]
            got = self._time_marks_cache = (self.doc, (years, eras, bcad))
        return got[1]


#: eras that make an event history whatever the publication date ("murdered Polish officers during
#: World War Two", "troops fought there in the Cold War", "crimes committed under colonial rule")
_ERAS = (("world", "war"), ("cold", "war"), ("colonial", "rule"), ("colonial", "era"), ("colonial", "times"))
_ERA_WORDS = frozenset({b for _a, b in _ERAS} | {"holocaust"})
_BCAD = frozenset({"BC", "B.C.", "BCE", "AD", "A.D."})
#: the words after a four-digit clock time in wire copy ("1200 GMT", "0930 local time")
_CLOCK_ZONES = frozenset({"GMT", "UTC", "GMT.", "UTC.", "local", "hrs", "hours", "EST", "EDT", "BST", "CET", "CEST"})
#: the zones wire copy also writes before a four-digit clock time ("(GMT 1630)")
_ZONES_BEFORE = frozenset({"GMT", "UTC", "EST", "EDT", "BST", "CET", "CEST"})


def _past_era(anchor: Token) -> bool:
    """The event's clause is set in a named past era, in a phrase of its own ("during / in / under ...")."""
    for c in anchor.subtree:
        if c.i == anchor.i or c.i == 0:
            continue
        pair = (c.doc[c.i - 1].lower_, c.lower_)
        if pair in _ERAS or c.lower_ == "holocaust":
            h = c
            while h.head.i != h.i and h.head.i != anchor.i and h.dep_ in ("compound", "amod", "flat", "nummod"):
                h = h.head
            if not (_cases(h) & {"during", "in", "under", "after", "before"}):
                continue
            # the era phrase hangs on the event's own clause, through noun phrases only (not through a
            # clause of its own: "demanded an admission that forces murdered officers during the war")
            a, hops = h, 0
            while a.head.i != anchor.i and hops < 3 and a.dep_.split(":")[0] in ("obl", "nmod", "obj", "appos"):
                a, hops = a.head, hops + 1
            if a.head.i == anchor.i and a.dep_.split(":")[0] in ("obl", "nmod", "obj", "appos"):
                return True
    return False


#: a day of the story's own week ("on Saturday"), which dates a verb's act as news whatever older year its clause
#: also names (session 33, rf63)
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday"})


def _weekday_on_clause(anchor: Token) -> bool:
    """A bare weekday (or "yesterday") on the event verb itself or on its subject ("a special court *on saturday*
    sentenced ...", parsed as the subject's modifier): the act is this week's news, and a year elsewhere in the clause
    ("for the murder of a farmer in 2019") belongs to a background phrase. Not "on a Saturday in 2009" (a determiner
    or a year on the day) and not a participle or a noun (only verbs)."""
    if anchor.pos_ not in ("VERB", "AUX"):
        return False
    heads = [anchor] + [c for c in children_of(anchor) if c.dep_ in ("nsubj", "nsubj:pass")]
    for h in heads:
        for c in children_of(h):
            if c.lower_ not in _WEEKDAYS or c.dep_ not in ("obl", "obl:tmod", "nmod", "nmod:tmod", "npadvmod", "obl:npmod"):
                continue
            if any(g.dep_ == "det" or _YEAR.match(g.text) for g in children_of(c)):
                continue
            return True
    return False
