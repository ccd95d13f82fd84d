"""Records read from outside (files, the API, ``ArticleRecord.from_json``) are validated against the schema, and the
error names the field: a guard for any change to how records are built (docs/performance.md, session 25 round 38)."""

from __future__ import annotations

import orjson
import pytest
from pydantic import ValidationError

from lapwing.schema import Actor, Article, ArticleRecord, Event, Span, Trigger


def _record_data() -> dict:
    ev = Event(source=Actor(text="Ana", start=0, end=3), cameo="042", quad_class=1, goldstein=1.9, plover=None,
               sentence=Span(start=0, end=18), trigger=Trigger(text="visited", start=4, end=11))
    return orjson.loads(ArticleRecord(article=Article(id="a", text="Ana visited Porto."), events=[ev]).to_json())


def test_a_written_record_reads_back_the_same():
    data = _record_data()
    again = ArticleRecord.from_json(orjson.dumps(data))
    assert orjson.loads(again.to_json()) == data


@pytest.mark.parametrize("change, where, what", [
    (lambda d: d["events"][0].update(quad_class=7), "events.0.quad_class", "Input should be 1, 2, 3 or 4"),
    (lambda d: d["events"][0]["source"].update(start="the start"), "events.0.source.start", "valid integer"),
    (lambda d: d["events"][0]["source"].update(nickname="Ana"), "events.0.source.nickname", "Extra inputs"),
    (lambda d: d["places"].append({"text": "Porto", "start": 12}), "places.0.end", "Field required"),
    (lambda d: d["article"].pop("text"), "article.text", "Field required"),
    (lambda d: d.update(status="done"), "status", "Input should be 'ok', 'skipped' or 'failed'"),
])
def test_invalid_outside_records_are_refused_naming_the_field(change, where, what):
    data = _record_data()
    change(data)
    with pytest.raises(ValidationError) as err:
        ArticleRecord.from_json(orjson.dumps(data))
    assert where in str(err.value) and what in str(err.value)


def test_an_article_from_outside_is_validated():
    with pytest.raises(ValidationError, match="text"):
        Article(id="b", text=None)
    with pytest.raises(ValidationError, match="Extra inputs"):
        Article(id="b", text="A text.", author="someone")
