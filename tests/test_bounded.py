"""Bounded work (issue 14 item 3): truncation, sentence length, per-article time, dying workers."""

from __future__ import annotations

import os
import re
import signal
import time
from dataclasses import dataclass

import pytest

from lapwing.extract.registry import Context, extractor
from lapwing.ingest.base import Ingested
from lapwing.limits import (
    NO_LIMITS,
    SPLITS_KEY,
    ArticleTimeout,
    Limits,
    deadline,
    split_long_runs,
    truncation_point,
)
from lapwing.pipeline import Pipeline
from lapwing.runners.local import CRASH_REASON, process_items
from lapwing.schema import Article, Count

# Registered on import, which the spawned workers do when they unpickle the factory's module path.
_NUMBER = re.compile(r"\b(\d+) (?:people|men)\b")
WORK: dict[str, int] = {}


@extractor("_t_bounded")
def _bounded(ctx: Context) -> None:
    text = ctx.article.text
    if "LOOP-FOREVER" in text:
        while True:  # pure Python: the article's timer stops it
            pass
    if "HANG-IN-C" in text:
        # a hang the timer cannot interrupt (signals blocked, as in a long C call): the parent must kill
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGPROF})
        time.sleep(3600)
    if "KILL-SELF" in text:
        os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's OOM killer would
    if "SEGFAULT" in text:
        import ctypes

        ctypes.string_at(0)  # a real segmentation fault
    # work that grows with the square of the sentence length, like a tree search per token
    steps = 0
    for sent in ctx.doc.sents:
        n = len(sent)
        steps += n * n
    WORK[ctx.article.id] = steps
    for m in _NUMBER.finditer(text):
        ctx.record.counts.append(Count(value=int(m.group(1)), category="other", text=m.group(0),
                                       start=m.start(), end=m.end()))


@dataclass(frozen=True)
class _Opts:
    """A picklable factory from this module, so the spawned workers import it (and the extractor)."""

    limits: Limits

    def __call__(self) -> Pipeline:
        return Pipeline.create(model="blank", extractors=["_t_bounded"], limits=self.limits)


def _opts(**limits) -> _Opts:
    return _Opts(Limits(**limits))


def _pipe(**limits) -> Pipeline:
    return _opts(**limits)()


def ok(i: int, text: str) -> Ingested:
    return Ingested(article=Article(id=f"b{i:02d}", text=text, language="en"), origin=f"t.jsonl:{i + 1}")


GOOD = "Police detained 12 men after the march in the capital on Monday, officials said."


def test_truncation_keeps_the_text_analyses_the_start_and_says_so():
    head = "Police arrested 12 men in Kano. " * 10
    tail = "Soldiers killed 30 people in Maiduguri. " * 10
    pipe = _pipe(truncate_chars=len(head) + 5)
    rec = pipe.analyse(Article(id="long", text=head + tail, language="en"))
    assert rec.status == "ok"
    assert rec.article.text == head + tail  # not dropped, not shortened
    assert any(w.startswith("text truncated") and f"{len(head + tail):,}" in w for w in rec.warnings)
    assert [c.value for c in rec.counts] == [12] * 10  # only the analysed start
    for c in rec.counts:
        assert rec.article.text[c.start:c.end] == c.text
    short = pipe.analyse(Article(id="short", text=head, language="en"))
    assert not any("truncated" in w for w in short.warnings)


def test_truncation_point_does_not_cut_a_word():
    text = "alpha beta gamma delta epsilon"
    cut = truncation_point(text, 13)
    assert text[:cut] == "alpha beta "
    assert truncation_point("x" * 50, 20) == 20  # no space in reach: exactly at the limit
    assert truncation_point(text, 100) == len(text)


def test_long_runs_are_cut_before_the_parse_and_flagged():
    words = "the minister said that the army attacked the village and the rebels fired at the convoy".split()
    run_on = " ".join(words[i % len(words)] for i in range(3000)) + "."
    pipe = _pipe(max_sentence_tokens=100)
    rec = pipe.analyse(Article(id="runon", text=run_on, language="en"))
    assert rec.status == "ok"
    assert any("over-long sentence piece" in w for w in rec.warnings)
    doc = pipe.nlp(pipe.make_doc(run_on))
    lengths = [len(s) for s in doc.sents]
    assert max(lengths) <= 100 and sum(lengths) == len(doc)
    assert doc.user_data[SPLITS_KEY] == len(lengths) - 1
    # the quadratic work is bounded: 3000 tokens in pieces of <= 100 instead of one 3001-token sentence
    assert WORK["runon"] <= 3001 * 100
    unlimited = _pipe(max_sentence_tokens=None, truncate_chars=None)
    unlimited.analyse(Article(id="runon-free", text=run_on, language="en"))
    assert WORK["runon-free"] == 3001 * 3001


def test_cuts_prefer_commas_and_conjunctions_and_leave_normal_text_alone():
    pipe = _pipe()
    doc = pipe.nlp.make_doc(", ".join(["word"] * 30) + " and " + " ".join(["x"] * 30))
    assert split_long_runs(doc, 20) >= 1
    starts = [t.i for t in doc if t.i and t.is_sent_start]
    assert all(doc[i - 1].text == "," or doc[i].lower_ == "and" for i in starts[:2])
    normal = pipe.nlp.make_doc(" ".join([GOOD] * 40))  # 40 short sentences
    assert split_long_runs(normal, 20) == 0


def test_deadline_stops_python_work_and_restores_the_timer():
    with pytest.raises(ArticleTimeout):
        with deadline(0.2):
            while True:
                pass
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)
    with deadline(5):
        pass  # nothing left running after a quick body
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)


def test_a_looping_article_fails_alone_in_one_process():
    items = [ok(0, GOOD), ok(1, "This one will LOOP-FOREVER in an extractor."), ok(2, GOOD)]
    t0 = time.monotonic()
    recs = [r for _, r in process_items(items, _opts(time_limit=0.5))]
    assert time.monotonic() - t0 < 20
    assert [r.status for r in recs] == ["ok", "failed", "ok"]
    assert "time limit of 0.5 s" in recs[1].reason
    assert [c.value for c in recs[2].counts] == [12]


def test_a_looping_article_fails_alone_with_two_workers():
    items = [ok(i, GOOD) for i in range(6)]
    items[3] = ok(3, "This one will LOOP-FOREVER in an extractor.")
    recs = [r for _, r in process_items(items, _opts(time_limit=1.0), jobs=2, chunk_size=2)]
    assert [r.article.id for r in recs] == [i.article.id for i in items]
    assert [r.status for r in recs] == ["ok"] * 3 + ["failed"] + ["ok"] * 2
    assert "time limit" in recs[3].reason


def test_a_hang_the_timer_cannot_stop_costs_only_its_article():
    items = [ok(0, GOOD), ok(1, "Stuck: HANG-IN-C here."), ok(2, GOOD), ok(3, GOOD)]
    recs = [r for _, r in process_items(items, _opts(time_limit=0.5), isolate=True, chunk_size=1, grace=4.0)]
    assert [r.status for r in recs] == ["ok", "failed", "ok", "ok"]
    assert "time limit" in recs[1].reason
    assert [c.value for c in recs[3].counts] == [12]


def test_workers_killed_or_crashing_cost_only_their_articles():
    items = [ok(i, GOOD) for i in range(7)]
    items[2] = ok(2, "This report will KILL-SELF when it is analysed.")  # as the OOM killer would
    items[5] = ok(5, "This report will SEGFAULT when it is analysed.")
    recs = [r for _, r in process_items(items, _opts(), isolate=True, chunk_size=2)]  # jobs=2: test_runner.py
    assert [r.article.id for r in recs] == [i.article.id for i in items]
    assert [r.status for r in recs] == ["ok", "ok", "failed", "ok", "ok", "failed", "ok"]
    assert recs[2].reason == recs[5].reason == CRASH_REASON
    assert all([c.value for c in r.counts] == [12] for i, r in enumerate(recs) if i not in (2, 5))


def test_limits_can_be_turned_off_and_are_checked():
    assert _pipe(**{k: None for k in ("truncate_chars", "max_sentence_tokens", "time_limit")}).limits == NO_LIMITS
    with pytest.raises(ValueError):
        Limits(max_sentence_tokens=3)
    with pytest.raises(ValueError):
        Limits(time_limit=-1)
