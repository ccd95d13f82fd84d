"""Dates: time expressions in the article, normalised against its publication date.

Finding and normalising is :mod:`lapwing.timeparse` (rules over the text, no parse needed).
This extractor adds what the pipeline knows:

* the anchor is ``article.published`` (its calendar day as written), or the day of a wire
  dateline when that is the filing day of the story ("KABUL, April 29 (Reuters) -" published
  on the 30th: "on Tuesday" and the undated events of the story are placed against the 29th);
  without a usable publication date, expressions whose value depends on it ("on Tuesday",
  "last week", "May 1") are left out and only absolute ones ("April 30, 2019", "2014") are kept;
* the tense of the clause an expression sits in comes from the dependency parse when the
  pipeline has one (the governing verb's tense and auxiliaries: "will meet", "met",
  "are planned for"), else from cue words around it;
* ``record.dates`` keeps only values in the record's shape (``YYYY-MM-DD``, ``YYYY-MM``,
  ``YYYY``, ``YYYY-Www``); durations, decades, quarters, seasons, "now", bare clock
  times and expressions relative to another event are left out of the record.

For other extractors:

* ``ctx.data["dates"]``: list of ``(Date, token_start, token_end)`` for ``record.dates``;
* ``ctx.data["dates_timex"]``: the matching :class:`~lapwing.timeparse.Timex` objects
  (TimeML type and value, preposition, rule);
* :func:`event_date` ``(ctx, token) -> (value, source)``: the date of an event whose
  trigger is ``token``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from spacy.tokens import Doc, Span, Token

from lapwing.extract.date_shift import Anaphor, Interval, day_anaphors, intervals, resolve_anaphor, shift
from lapwing.extract.docfacts import char_span, doc_text, sentence_bounds, sentence_of
from lapwing.extract.registry import Context, extractor
from lapwing.schema import Article, Date
from lapwing.timeparse import TextTense, Timex, parse_anchor
from lapwing.timeparse.anchor import parse_hour
from lapwing.timeparse.grammar import find_timexes_in, select

#: Prepositions after which an expression does not date the event itself ("since 2014").
NOT_EVENT_DATE_PREPS = {"since", "until", "till"}

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "would", "'d"}
_PLAN_LEMMAS = {"plan", "schedule", "expect", "set", "slate", "due", "intend", "aim", "postpone", "delay"}
#: Present-tense verbs that announce a scheduled event ("the summit opens on Monday").
_SCHEDULE_LEMMAS = {"meet", "begin", "start", "open", "resume", "expire", "end", "close", "arrive", "travel",
                    "visit", "leave", "return", "vote", "hold", "take", "launch", "kick", "hold", "convene"}


def publication_date(article: Article) -> date | None:
    """The anchor: the calendar day of ``article.published`` (None when missing or unreadable)."""
    return parse_anchor(article.published)


# ------------------------------------------------------------------------------------- tense


def _name_like(t: Token) -> bool:
    """A capitalised "-ing" word inside a sentence that the parse calls a verb is a name ("Sagaing",
    "Beijing", "Chongqing"), not the verb of a clause."""
    return t.tag_ == "VBG" and t.text[:1].isupper() and t.i > 0 and not t.is_sent_start


def _governor(tok: Token, limit: int = 8) -> Token | None:
    """The verb (or auxiliary-bearing predicate) that ``tok`` hangs from."""
    t = tok
    for _ in range(limit):
        if t.pos_ in ("VERB", "AUX") and not _name_like(t):
            return t
        if any(c.dep_ == "cop" for c in t.children):
            return t  # "the vote is on Wednesday": a nominal predicate with its copula
        if t.head is t:
            return None
        t = t.head
    return None


def _is_past(tok: Token) -> bool:
    return tok.tag_ == "VBD" or ("Past" in tok.morph.get("Tense") and tok.tag_ != "VBN"
                                 and "Part" not in tok.morph.get("VerbForm"))


#: Words that open another clause: a governing verb found across one of them ("flew to Luanda, where he
#: is due to meet him on Thursday", with "on Thursday" hung on "flew") is likely a misparse.
_CLAUSE_OPENERS = {";", "where", "who", "whom", "which", "whose", "while", "whereas", "but"}


def _before_reported_clause(verb: Token, ts: int, te: int) -> bool:
    """Does the time expression at ``ts:te``, hung on ``verb``, stand between the verb that reports ``verb``'s clause
    and that clause's subject ("Naypyitaw said on Saturday its air force had struck a base on Friday", "announced
    on Monday the police had detained 40")? Then it dates the saying, misattached to the reported act. The reported
    clause may be parsed as a clause of manner with the expression's preposition for its marker; a real marker
    ("when", "after") makes it a clause of time, whose date is its own."""
    reported = verb.dep_ == "ccomp" or (verb.dep_ == "advcl" and not any(
        c.dep_ == "mark" and not ts - 1 <= c.i < te for c in verb.children))
    if not reported or not verb.head.i < ts:
        return False
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj") and c.i < verb.i]
    return bool(subjects) and ts < min(c.i for c in subjects) and te <= verb.i


def _crosses_clause(verb: Token, span: Span) -> bool:
    """Does a clause opener stand between ``verb`` and the time expression ``span``, with no verb of
    the expression's own clause to hang it on in between? (Then the parse's attachment is suspect.)"""
    doc = span.doc
    if verb.i < span.start:
        between = doc[verb.i + 1:span.start]
    else:
        between = doc[span.end:verb.i]
    return any(t.lower_ in _CLAUSE_OPENERS for t in between)


def parse_tense(span: Span) -> str | None:
    """``"past"``, ``"future"`` or ``None`` from the parse, for a time expression's span."""
    root = span.root
    start = root.head if root.head is not root else root
    verb = _governor(start)
    if verb is None:
        return "future" if _verbless_plan(span) else None
    return verb_tense(verb)


def _verbless_plan(span: Span) -> bool:
    """A verbless headline of a plan, "Rebels to free 12 hostages on Sunday", whose verb the parser read as an
    adjective ("free") so that the time phrase hangs on nouns only: a noun, "to", then a word of the act."""
    sent = span.sent
    if any(t.pos_ in ("VERB", "AUX") for t in sent):
        return False
    doc = span.doc
    return any(t.lower_ == "to" and sent.start < t.i < sent.end - 1 and doc[t.i - 1].pos_ in ("NOUN", "PROPN")
               and doc[t.i + 1].is_lower and doc[t.i + 1].pos_ in ("ADJ", "NOUN", "VERB") for t in sent if t.i < span.start)


def verb_tense(verb: Token) -> str | None:
    """``"past"``, ``"future"`` or ``None``: the tense and modality of the clause of ``verb``."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop")]
    words = {a.lower_ for a in auxes}
    if words & _FUTURE_AUX:
        return "future"
    if "had" in words:
        return "past"
    if verb.lemma_.lower() in _PLAN_LEMMAS and (verb.tag_ in ("VBN", "JJ") or verb.pos_ == "ADJ"):
        return "future"  # "talks are planned for Wednesday", "is due on Friday"
    if any(a.lower_ == "to" for a in verb.children if a.dep_ == "mark" or a.tag_ == "TO"):
        head = verb.head
        if (head.i == verb.i or head.lower_ in ("says", "say")) and verb.tag_ == "VB" \
                and any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i for c in verb.children):
            return "future"  # the headline "Iran to expel two diplomats on Friday": a plan (status.headline_plan)
        if verb.dep_ == "acl" and verb.tag_ == "VB" and head.dep_ in ("ROOT", "root") and head.i < verb.i \
                and head.pos_ in ("NOUN", "PROPN") and not any(t.pos_ == "AUX" or t.pos_ == "VERB" and t.i != verb.i
                                                               for t in verb.sent):
            return "future"  # "Minister to visit Kabul on Friday" read as a clause of the noun: a verbless headline
        if head is not verb and head.lemma_.lower() in _PLAN_LEMMAS | {"want", "hope", "agree", "promise", "vow",
                                                                          "threaten", "decide", "prepare"}:
            if any(c.lower_ == "had" for c in head.children if c.dep_.startswith("aux")):
                return "past"  # "had been scheduled to meet on Friday": a plan in the past
            if head.lemma_.lower() in ("agree", "decide", "promise", "vow") and _is_past(head):
                return None  # "agreed on Monday to meet": leave it to the words
            return "future"
    if _is_past(verb) or any(_is_past(a) for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and words & {"has", "have", "'ve", "'s"}:
        return "past"
    if verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() in _SCHEDULE_LEMMAS:
        return "future"
    if any(a.dep_ == "cop" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "future"  # "the vote is on Wednesday": a date given in the present is still to come
    return None


class ParseTense:
    """Tense from the parse when it says something, else from the words (:class:`TextTense`)."""

    def __init__(self, doc: Doc, text: str):
        self.doc = doc
        self.text_tense = TextTense(text)
        self.parsed = doc.has_annotation("DEP") and doc_text(doc) == text

    def __call__(self, start: int, end: int) -> str | None:
        if self.parsed:
            span = char_span(self.doc, start, end)
            if span is not None and len(span):
                t = parse_tense(span)
                if t is not None:
                    if self._suspect(span):
                        # the parse hung the expression on a verb of another clause: the words of
                        # its own clause ("where he is due to meet ... on Thursday") decide when they can
                        return self.text_tense(start, end) or t
                    return t
        return self.text_tense(start, end)

    @staticmethod
    def _suspect(span: Span) -> bool:
        root = span.root
        verb = _governor(root.head if root.head is not root else root)
        return verb is not None and _crosses_clause(verb, span)


# ---------------------------------------------------------------------------------- extractor


#: A dateline day from this many days before the publication date up to one day after it (time
#: zones) is the story's filing day; an older one (an archive page, a feature) is not.
DATELINE_DAYS_BEFORE = 7
DATELINE_DAYS_AFTER = 1
#: A dateline opens the story: it starts within this many characters of the text's start.
DATELINE_MAX_START = 200


def _dateline_day(timexes: list[Timex], anchor: date | None) -> date | None:
    if anchor is None:
        return None
    for t in timexes:
        if t.start > DATELINE_MAX_START:
            break
        if t.rule != "dateline" or not t.iso or len(t.iso) != 10:
            continue
        day = date.fromisoformat(t.iso)
        if -DATELINE_DAYS_AFTER <= (anchor - day).days <= DATELINE_DAYS_BEFORE:
            return day
    return None


def resolve_dates(text: str, published: Any = None, doc: Doc | None = None
                  ) -> tuple[list[Timex], date | None, str]:
    """The record-worthy time expressions of ``text`` (``Timex.iso`` set, in text order) and the
    story's reference day with where it comes from: ``"dateline"``, ``"published"`` or ``"none"``."""
    timexes, ref, source = resolve_all(text, published, doc)
    return [t for t in timexes if t.iso is not None], ref, source


def resolve_all(text: str, published: Any = None, doc: Doc | None = None
                ) -> tuple[list[Timex], date | None, str]:
    """:func:`resolve_dates` with every expression found, also those the record cannot hold."""
    anchor = parse_anchor(published)
    tense = ParseTense(doc, text) if doc is not None else TextTense(text)
    selected = select(text)  # found once; resolved against the publication day, then the dateline's
    timexes = find_timexes_in(text, selected, anchor, tense, parse_hour(published))
    ref, source = anchor, ("published" if anchor is not None else "none")
    day = _dateline_day(timexes, anchor)
    if day is not None and day != anchor:
        ref, source = day, "dateline"
        timexes = find_timexes_in(text, selected, day, tense)
    return timexes, ref, source


def find_dates(text: str, published: Any = None, doc: Doc | None = None) -> list[Timex]:
    """The record-worthy time expressions of ``text`` (``Timex.iso`` set), in text order."""
    return resolve_dates(text, published, doc)[0]


def _token_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    span = char_span(doc, start, end)
    if span is not None:
        return span.start, span.end
    # text and doc disagree (should not happen in the pipeline): nearest tokens by offset
    toks = [t.i for t in doc if t.idx < end and t.idx + len(t) > start]
    return (toks[0], toks[-1] + 1) if toks else (0, 0)


def _compute(ctx: Context) -> tuple[list[tuple[Date, int, int]], list[Timex]]:
    text = ctx.article.text
    doc = ctx.doc if ctx.doc is not None and doc_text(ctx.doc) == text else None
    found, ref, source = resolve_all(text, ctx.article.published, doc)
    timexes = [t for t in found if t.iso is not None]
    ctx.data["reference_date"] = (ref, source)
    ctx.data["dates_anaphoric"] = [(t, *(_token_bounds(ctx.doc, t.start, t.end) if doc is not None else (-1, -1)))
                                   for t in found if "anaphoric" in t.flags and t.type in ("DATE", "TIME")]
    entries = []
    for t in timexes:
        d = Date(text=t.text, start=t.start, end=t.end, value=t.iso, rule=t.rule)
        ts, te = _token_bounds(ctx.doc, t.start, t.end) if doc is not None else (-1, -1)
        entries.append((d, ts, te))
    return entries, timexes


@extractor("dates", description="time expressions normalised against the publication date")
def extract_dates(ctx: Context) -> None:
    """Fill ``record.dates`` and ``ctx.data["dates"]``."""
    entries, timexes = _compute(ctx)
    ctx.record.dates.extend(d for d, _, _ in entries)
    ctx.data["dates"] = entries
    ctx.data["dates_timex"] = timexes


# --------------------------------------------------------------------------------- event date


def _sentence_of(token: Token) -> tuple[int, int]:
    try:
        return sentence_of(token.doc, token.i)  # token.sent, without building the Span
    except ValueError:  # no sentence boundaries set
        return 0, len(token.doc)


def _distance(i: int, ts: int, te: int) -> int:
    if ts <= i < te:
        return 0
    return ts - i if i < ts else i - (te - 1)


_BOUNDARY_WORDS = {";", ":", "--", "—", "–", "who", "which", "whose", "while", "but", "whereas", "although",
                   "because", "after", "before", "since", "until", "when"}


def _boundaries(doc: Doc, i: int, ts: int, te: int) -> int:
    a, b = (i + 1, ts) if i < ts else (te, i)
    return sum(1 for t in doc[a:b] if t.lower_ in _BOUNDARY_WORDS)


#: Subordinators of a clause that happens at the same time as the clause it modifies.
_SIMULTANEOUS = {"when", "as", "while"}


def _simultaneous(gov: Token, own: Token) -> bool:
    """Is ``gov`` the verb of a "when" / "as" / "while" clause of ``own`` ("six people were killed when
    missiles hit the city on Thursday": the Thursday dates the killing too)?"""
    if gov.dep_ == "conj" and gov.head.i == own.i and gov.i > own.i and gov.tag_ == own.tag_ \
            and not any(c.dep_.startswith("nsubj") for c in gov.children):
        # "officers seized rifles and arrested two drivers on Saturday": one subject's acts told in a row
        # share the date told after the last (it dates the first only when that has none of its own)
        return True
    return gov.dep_ == "advcl" and gov.head.i == own.i and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _SIMULTANEOUS and c.i < gov.i for c in gov.children)


def _reference(ctx: Context) -> tuple[date | None, str]:
    return ctx.data.get("reference_date") or (publication_date(ctx.article), "published")


def _interval_date(ctx: Context, token: Token, s0: int, s1: int, cands: list
                   ) -> tuple[str | None, str] | list:
    """The date of an event placed by a "N units after / before X" phrase of its sentence
    (:mod:`lapwing.extract.date_shift`), as ``(value, source)``; else the candidate expressions that
    may date it (those inside ``X`` date the act of ``X``, not the others)."""
    cache = ctx.data.setdefault("date_intervals", {})
    key = (id(token.doc), s0)
    if key not in cache:
        cache[key] = intervals(token.doc, s0, s1)
    ivs = cache[key]
    if not ivs:
        return cands
    i = token.i

    def inside(c, iv: Interval) -> bool:
        return iv.x0 <= c[1] and c[2] <= iv.x1

    def nearest(cs: list, iv: Interval):
        return min(cs, key=lambda c: min(abs(c[1] - iv.start), abs(c[1] - iv.x1)))

    for iv in ivs:
        if iv.x0 <= i < iv.x1:  # the act of X: its own date, else the outer act's shifted
            own = [c for c in cands if inside(c, iv)]
            if own:
                return own
            outer = [c for c in cands if iv.outer0 <= c[1] and c[2] <= iv.outer1 and not inside(c, iv)]
            if outer:
                value, source = nearest(outer, iv)[0].value, "text"
            else:
                ref, source = _reference(ctx)
                value = ref.isoformat() if ref is not None else None
            moved = shift(value, iv)
            if moved is None:
                return cands
            return moved, (source if len(moved) == 10 else "text")  # a week or month is the text's reading
    rest = [c for c in cands if not any(inside(c, iv) for iv in ivs)]
    for iv in ivs:
        if iv.outer0 <= i < iv.outer1 and not any(iv.outer0 <= c[1] and c[2] <= iv.outer1 for c in rest):
            inner = [c for c in cands if inside(c, iv)]
            if inner:  # "a day after the vote on Sunday, protesters marched": the Monday
                moved = shift(nearest(inner, iv)[0].value, iv, -iv.sign)
                if moved is not None:
                    return moved, "text"
    return rest


def event_date(ctx: Context, token: Token) -> tuple[str | None, str]:
    """The date of the event triggered by ``token``: ``(value, source)``.

    1. a time expression in the trigger's clause (with a parse: one whose governing verb is
       the trigger's; without: the same sentence, not across a clause boundary), nearest
       first, ties to the one after the trigger: ``(value, "text")``;
    2. else the nearest one in the same sentence: ``(value, "text")``;
    3. else the story's filing day from its wire dateline: ``("YYYY-MM-DD", "dateline")``;
    4. else the publication date: ``("YYYY-MM-DD", "published")``;
    5. else ``(None, "none")``.

    Expressions after "since", "until", "till" and datelines do not date an event.
    """
    if "dates" not in ctx.data:
        entries, timexes = _compute(ctx)
        ctx.data["dates"], ctx.data["dates_timex"] = entries, timexes
    entries = ctx.data["dates"]
    timexes = ctx.data.get("dates_timex") or [None] * len(entries)
    doc = token.doc
    s0, s1 = _sentence_of(token)
    cands = []
    for (d, ts, te), t in zip(entries, timexes):
        if ts < s0 or te > s1 or ts < 0:
            continue
        if t is not None and (t.rule == "dateline" or (t.prep or "") in NOT_EVENT_DATE_PREPS):
            continue
        if t is not None and "zone_alias" in t.flags:
            continue  # the writer's clock beside the local one ("Wednesday evening, Thursday morning local time")
        cands.append((d, ts, te))
    i = token.i
    shifted = _interval_date(ctx, token, s0, s1, cands)
    if isinstance(shifted, tuple):
        return shifted
    cands = shifted
    if doc.has_annotation("DEP"):
        own = _governor(token) if token.pos_ not in ("VERB", "AUX") else token
        same, other = [], []
        for c in cands:
            root = doc[c[1]:c[2]].root
            gov = _governor(root.head) if root.head is not root else _governor(root)
            if own is not None and gov is not None and gov.i == own.i:  # (Token objects are not unique: no `is`)
                if _crosses_clause(gov, doc[c[1]:c[2]]):
                    continue  # hung on the event's verb across "where", "who", ";": another clause's date
                if _before_reported_clause(gov, c[1], c[2]):
                    other.append(c)  # "said on Saturday its jets had struck": the saying's day
                    continue
                same.append(c)
            elif own is None or gov is None or not own.is_ancestor(gov) or _simultaneous(gov, own):
                other.append(c)
            # else: the expression dates a clause embedded in the event's own
            # ("arrested people who had protested on Sunday"): not this event
        pool = same or other
    else:
        same = [c for c in cands if _boundaries(doc, i, c[1], c[2]) == 0]
        pool = same or cands
    if pool:

        def key(c: tuple[Date, int, int]) -> tuple[int, int, int, int]:
            d, ts, te = c
            # "rejected the results of Sunday's election on Friday": a possessive names the day of the
            # happening it qualifies, not of another act
            poss = (d.text.endswith(("'s", "’s")) or (te < len(doc) and doc[te].text in ("'s", "’s"))) \
                and not _qualifies(doc, ts, te, i)
            return (int(poss), _distance(i, ts, te) + 10 * _boundaries(doc, i, ts, te), 0 if ts > i else 1, ts)

        best = min(pool, key=key)
        return best[0].value, "text"
    told = _anaphor_date(ctx, token, s0, s1, entries, timexes)
    if told is not None:
        return told, "text"
    ref, source = _reference(ctx)
    if ref is not None:
        return ref.isoformat(), source
    return None, "none"


def _qualifies(doc: Doc, ts: int, te: int, i: int) -> bool:
    """Does the possessive date at ``doc[ts:te]`` date token ``i``? It does the noun it qualifies ("Monday's
    missile strike") and an act it is a phrase of ("killed in Tuesday's clashes"); it does not an act of
    which it only qualifies another noun's complement ("rejected the results of Sunday's election")."""
    if doc.has_annotation("DEP"):
        head = doc[ts:te].root.head
        if head.i == i:
            return True
        return not (head.dep_ == "pobj" and head.head.head.pos_ in ("NOUN", "PROPN"))
    if te <= i <= te + 5 and not any(t.is_punct and t.text != "'s" for t in doc[te:i]):
        return True
    return not (ts > 0 and doc[ts - 1].lower_ == "of")


#: How many sentences back the story's last date may lie to anchor "two days later", "the next day".
ANAPHOR_SENTENCES = 2


def _anaphor_date(ctx: Context, token: Token, s0: int, s1: int, entries: list, timexes: list) -> str | None:
    """For an event its sentence does not date otherwise: an expression of the sentence relative to the
    story's last date ("Two days later, troops retook the town"; "The next day, police arrested him")
    placed against the last record date before it, in that sentence or the ``ANAPHOR_SENTENCES`` before."""
    doc = token.doc
    found = [Anaphor(ts, te, t.text, None) for t, ts, te in ctx.data.get("dates_anaphoric", ())
             if s0 <= ts and te <= s1]
    found += day_anaphors(doc, s0, s1)
    if not found:
        return None
    a = min(found, key=lambda x: _distance(token.i, x.start, x.end))
    try:
        bounds = sentence_bounds(doc)
        k = next(n for n, (b0, _b1) in enumerate(bounds) if b0 == s0)
        earliest = bounds[max(0, k - ANAPHOR_SENTENCES)][0]
    except (ValueError, StopIteration):
        earliest = s0
    last = None
    for (d, ts, te), t in zip(entries, timexes):
        if ts < earliest or te > a.start or ts < 0:
            continue
        if t is not None and (t.rule == "dateline" or (t.prep or "") in NOT_EVENT_DATE_PREPS):
            continue
        last = d.value
    return resolve_anaphor(a, last) if last else None
