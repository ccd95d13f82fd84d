"""The local runner: input order, ingestion statuses and warnings, skipping, worker processes."""

from __future__ import annotations

import os
import re

import pytest

from lapwing.extract.registry import Context, extractor
from lapwing.ingest.base import Ingested
from lapwing.nlp import ModelNotFound
from lapwing.pipeline import Pipeline
from lapwing.runners.local import CRASH_REASON, PipelineOptions, Summary, process_items, reason_key
from lapwing.schema import Article, Count, Date, Event, Plover, Span, Trigger

# A small deterministic extractor, so that records have parts to compare. It is registered when
# this module is imported, which the spawned worker processes do when they unpickle _factory.
_WORD = re.compile(r"\b(attacked|arrested|met)\b")
_CODES = {"attacked": ("190", 4, -10.0, "ASSAULT"), "arrested": ("173", 4, -5.0, "ARREST"), "met": ("036", 1, 4.0, "CONSULT")}
ANALYSED: list[str] = []


@extractor("_t_runner_words")
def _words(ctx: Context) -> None:
    ANALYSED.append(ctx.article.id)
    text = ctx.article.text
    if "KILL-WORKER" in text:
        os._exit(3)  # simulates a worker dying (segfault, out of memory)
    for m in _WORD.finditer(text):
        cameo, quad, goldstein, plover = _CODES[m.group(1)]
        ctx.record.events.append(
            Event(
                cameo=cameo,
                quad_class=quad,
                goldstein=goldstein,
                plover=Plover(type=plover),
                sentence=Span(start=0, end=len(text)),
                trigger=Trigger(text=m.group(1), start=m.start(), end=m.end()),
                rule="test",
            )
        )
    for m in re.finditer(r"\b(\d+) (?:people|men)\b", text):
        ctx.record.counts.append(Count(value=int(m.group(1)), category="other", text=m.group(0), start=m.start(), end=m.end()))
    for m in re.finditer(r"\b(Monday|Tuesday)\b", text):
        ctx.record.dates.append(Date(text=m.group(0), start=m.start(), end=m.end(), value="2019-04-29"))


def _factory() -> Pipeline:
    return Pipeline.create(model="blank", extractors=["_t_runner_words"])


SENTENCES = [
    "Rebels attacked a convoy near the northern border on Monday, officials said.",
    "Police arrested 12 men after the protest in the capital on Tuesday evening.",
    "The two foreign ministers met in Geneva to discuss the stalled peace talks.",
    "Nothing much happened in the quiet town, according to the local newspaper.",
]


def ok(i: int, text: str | None = None, warnings: list[str] | None = None) -> Ingested:
    return Ingested(
        article=Article(id=f"a{i:03d}", text=text or SENTENCES[i % len(SENTENCES)] + f" Report number {i}."),
        origin=f"test.jsonl:{i + 1}",
        warnings=list(warnings or []),
    )


def bad(i: int, status: str, reason: str) -> Ingested:
    return Ingested(article=Article(id=f"a{i:03d}", text=""), origin=f"test.jsonl:{i + 1}", status=status, reason=reason)


def mixed(n: int) -> list[Ingested]:
    items = []
    for i in range(n):
        if i % 7 == 3:
            items.append(bad(i, "failed", "line is not valid JSON: unexpected character at position 4"))
        elif i % 7 == 5:
            items.append(ok(i, text="   "))  # empty: skipped by the pipeline
        elif i % 11 == 9:
            items.append(ok(i, warnings=["the published date could not be read"]))
        else:
            items.append(ok(i))
    return items


def test_input_order_statuses_and_warnings():
    items = mixed(30)
    pairs = list(process_items(items, _factory, chunk_size=4))
    assert [ing for ing, _ in pairs] == items
    assert [rec.article.id for _, rec in pairs] == [i.article.id for i in items]
    for ing, rec in pairs:
        if ing.status == "failed":
            # not analysed: the ingestion status and reason, no parts
            assert rec.status == "failed" and rec.reason == ing.reason
            assert rec.events == [] and rec.dates == []
        elif not ing.article.text.strip():
            assert rec.status == "skipped" and rec.reason == "article text is empty"
        else:
            assert rec.status == "ok", rec.reason
            assert bool(rec.events) == bool(_WORD.search(ing.article.text))  # the test extractor ran
        if ing.warnings:  # appended after the pipeline's own
            assert rec.warnings[-len(ing.warnings):] == ing.warnings
    with_warning = [rec for ing, rec in pairs if ing.warnings]
    assert with_warning and all("the published date could not be read" in r.warnings for r in with_warning)


def test_ingestion_failures_never_reach_the_pipeline():
    ANALYSED.clear()
    items = [ok(0), bad(1, "failed", "could not be read"), bad(2, "skipped", "binary file (PDF)"), ok(3)]
    recs = [r for _, r in process_items(items, _factory)]
    assert ANALYSED == ["a000", "a003"]
    assert [r.status for r in recs] == ["ok", "failed", "skipped", "ok"]
    assert recs[2].reason == "binary file (PDF)"


def test_skip_leaves_units_unanalysed_and_says_so():
    ANALYSED.clear()
    items = [ok(i) for i in range(6)]
    out = list(process_items(items, _factory, chunk_size=4, skip=lambda chunk: [int(i.article.id[1:]) % 2 == 0 for i in chunk]))
    assert [rec is None for _, rec in out] == [True, False, True, False, True, False]
    assert ANALYSED == ["a001", "a003", "a005"]
    with pytest.raises(ValueError, match="one flag per input unit"):
        list(process_items(items, _factory, skip=lambda chunk: [True]))


def test_jobs_2_gives_the_same_records_as_jobs_1():
    items = mixed(40)
    one = [rec.model_dump() for _, rec in process_items(items, _factory, jobs=1, chunk_size=3)]
    two_pairs = list(process_items(mixed(40), _factory, jobs=2, chunk_size=3))
    two = [rec.model_dump() for _, rec in two_pairs]
    assert [r["article"]["id"] for r in two] == [i.article.id for i in items]
    assert sum(len(r["events"]) for r in two) > 10  # the workers ran the extractor
    assert two == one


def test_worker_pipeline_error_stops_the_run():
    with pytest.raises(ModelNotFound, match="no-such-model"):
        list(process_items([ok(0), ok(1)], PipelineOptions(model="no-such-model-xyz"), jobs=2))
    with pytest.raises(ModelNotFound):
        list(process_items([ok(0)], PipelineOptions(model="no-such-model-xyz"), jobs=1))


def test_a_dying_worker_fails_only_its_article():
    items = [ok(i) for i in range(7)]
    items[4] = ok(4, text="This report will KILL-WORKER when it is analysed, on Monday.")
    recs = [rec for _, rec in process_items(items, _factory, jobs=2, chunk_size=3)]
    assert [r.article.id for r in recs] == [i.article.id for i in items]
    assert [r.status for r in recs] == ["ok"] * 4 + ["failed"] + ["ok"] * 2
    assert recs[4].reason == CRASH_REASON
    assert all(r.events for i, r in enumerate(recs) if i != 4 and i % 4 != 3)


def test_bad_arguments():
    with pytest.raises(ValueError):
        list(process_items([ok(0)], _factory, jobs=0))
    with pytest.raises(ValueError):
        list(process_items([ok(0)], jobs=2, pipeline=_factory()))


def test_summary_groups_reasons():
    s = Summary()
    p = _factory()
    s.add(None)
    for r in p.analyse_many([Article(id="1", text=""), Article(id="2", text=" "), Article(id="3", text=SENTENCES[3])]):
        s.add(r)
    assert s.read == 4
    assert s.status == {"skipped": 2, "ok": 1}
    assert s.top_reasons() == [("article text is empty", 2)]
    assert reason_key("article text is too long (1,200 characters; the limit is 100). Split it") == "article text is too long"
    assert reason_key("internal error in the events extractor: KeyError: 'x'") == "internal error in the events extractor"
