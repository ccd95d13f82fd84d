"""Counts: how many were killed, injured, arrested, missing, displaced; how many protesters, troops.

A count is a number (digits or words: "1,500", "twenty-five", "two dozen", "hundreds of",
"tens of thousands") with what it counts. The category comes, in this order, from

1. the predicate said of the counted group: "70 people were injured", "killing 12",
   "detained 40 people", "17 dead", "left 80,000 homeless", "five died";
2. the counted noun itself: "3,000 troops", "thousands of protesters", "8 deaths", "the bodies of 14";
3. a protest predicate: "tens of thousands took to the streets";
4. a toll: "the death toll rose to 143";
5. "other" for a number of people or physical things that an event acts on ("fired over 70 rockets",
   "released 27 prisoners"), never for standing quantities ("employs 4,000 people").

Numbers that are not counts are left out: ages, years, dates, times, money, percentages,
scores, measures, identifiers ("Flight 370", "Resolution 2231"), numbers in compound
adjectives ("72-hour", "10-point"), and definite groups already known ("the two leaders").

Vague quantities take their least plural value: dozens 24, scores 40, hundreds 200,
thousands 2,000, tens of thousands 20,000, a few / several hundred 300; the wording is kept
in ``approximation`` (with "over", "about", "at least", "nearly", ...).

Each count is linked to an event (``Count.event``) when the trigger of an event in
``ctx.data["event_tokens"]`` is its predicate or heads the same clause.

Category words are data: ``lexicons/count_categories.tsv``.

The code is split by job: ``lexicon`` (the category words), ``numbers`` (number expressions),
``traps`` (numbers that are not counts), ``attach`` (what a number counts), ``linking`` (the event
a count belongs to); this module runs them over the sentences and registers the extractor.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from lapwing.extract.counts.attach import (
    Attach, attach, _counted_noun, _first_conjunct, _is_stative, _lower_words, _match_after, _match_before,
    _noun_category, _predicate, _predicate_via_parse,
)
from lapwing.extract.counts.lexicon import CASUALTY, KINDS, LEXICON_PATH, CountLexicon, lexicon, load_count_lexicon
from lapwing.extract.counts.linking import CLAUSE_DEPS, _clause_head, link_event
from lapwing.extract.counts.numbers import (
    AGE_BEFORE, APPROX, AUX_WORDS, CURRENCY_BEFORE, DEFINITE, _DIGITS, ID_BEFORE, MONTHS, NOT_COUNTED_AFTER,
    _QUANTITY_STARTS, SCALES, TENS, UNITS, VAGUE, Quantity, _approx_before, find_quantities,
    _may_start_quantity, _num_value, _quantity_at, _word_number,
)
from lapwing.extract.counts.traps import _is_trap
from lapwing.extract.docfacts import doc_text, sentence_bounds, token_columns
from lapwing.extract.registry import Context, extractor
from lapwing.schema import Count

__all__ = [
    "CASUALTY", "KINDS", "LEXICON_PATH", "CountLexicon", "lexicon", "load_count_lexicon", "AGE_BEFORE",
    "APPROX", "AUX_WORDS", "CURRENCY_BEFORE", "DEFINITE", "_DIGITS", "ID_BEFORE", "MONTHS",
    "NOT_COUNTED_AFTER", "_QUANTITY_STARTS", "SCALES", "TENS", "UNITS", "VAGUE", "Quantity", "_approx_before",
    "find_quantities", "_may_start_quantity", "_num_value", "_quantity_at", "_word_number", "_is_trap",
    "Attach", "attach", "_counted_noun", "_first_conjunct", "_is_stative", "_lower_words", "_match_after",
    "_match_before", "_noun_category", "_predicate", "_predicate_via_parse", "CLAUSE_DEPS", "_clause_head",
    "link_event", "counts", "extract_counts", "sentences",
]


def sentences(doc: Doc) -> list[Span]:
    """The parser's sentences, with fragments it split off mid-sentence joined back
    ('Roughly 60,000' | 'people have fled ...'): a sentence ends at final punctuation or a line break."""
    out: list[Span] = []
    start = None
    bounds = sentence_bounds(doc)  # read from the shared per-document facts: no Token objects
    cols = token_columns(doc)
    words, space = cols.text, cols.space
    for k, (s0, s1) in enumerate(bounds):
        if start is None:
            start = s0
        last = next((words[i] for i in range(s1 - 1, s0 - 1, -1) if not space[i]), None)
        nxt = bounds[k + 1] if k + 1 < len(bounds) else None
        # (a token's trailing whitespace is one space or nothing: never a line break)
        ends = last is None or last in (".", "!", "?", ":", ";", "\u201d", '"', ")", "\u2019") or last.endswith(".") \
            or any("\n" in words[i] for i in range(s0, s1) if space[i]) or nxt is None \
            or (nxt is not None and space[nxt[0]])
        if ends:
            out.append(doc[start : s1])
            start = None
    if start is not None:
        out.append(doc[start : len(doc)])
    return out


def extract_counts(ctx: Context) -> list[Count]:
    doc = ctx.doc
    text = doc_text(doc)
    out: list[Count] = []
    for sent in sentences(doc):
        prev_cat: str | None = None
        for q in find_quantities(doc, sent):
            if _is_trap(doc, q, sent):
                continue
            a = attach(doc, q, sent)
            cat = a.category
            # 'Eleven people were killed, including two police officers': the included group shares the category
            if q.start > sent.start and doc[q.start - 1].lower_ in ("including", "includes", "include") and prev_cat:
                cat, a.rule = prev_cat, "including"
            if cat is None:
                continue
            prev_cat = cat
            span = doc[q.start : q.end]
            s, e = span.start_char, span.end_char
            value = q.value
            anchor = [doc[q.end - 1]] + ([a.predicate] if a.predicate is not None else [])
            out.append(Count(value=value, category=cat, text=text[s:e], start=s, end=e,
                             approximation=q.approximation, event=link_event(ctx, anchor), rule=f"counts:{a.rule}"))
    return out


@extractor("counts", description="Numbers of people killed, injured, arrested, missing, displaced; protesters, troops")
def counts(ctx: Context) -> None:
    ctx.record.counts = extract_counts(ctx)
