"""Records and rows: what the store writes for one :class:`~lapwing.schema.ArticleRecord` and how
it reads one back. The same for every database."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import orjson

from lapwing.schema import Actor, Article, ArticleRecord, Place
from lapwing.store.schema import PART_TABLES


def content_hash(article: Article) -> str:
    """Hash of what identifies an article's content (the detected language is not part of it)."""
    key = [article.id, article.title, article.text, article.published, article.url, article.source]
    return hashlib.sha256(orjson.dumps(key)).hexdigest()


def record_json(record: ArticleRecord) -> str:
    """The record as stored: everything except ``article.text`` (kept in ``articles.text``).

    A text holding NUL characters (kept as given: :mod:`lapwing.ingest.hygiene`) stays in the
    record too, where JSON escapes them: a PostgreSQL text column cannot hold NUL, so there the
    ``text`` column has U+FFFD in their place (:func:`nul_free`) and the record keeps the original."""
    data = record.model_dump(mode="json")
    text = data["article"].pop("text")
    if "\x00" in text:
        data["article"]["text"] = text
    return orjson.dumps(data).decode()


def nul_free(value: Any) -> Any:
    """``value`` with NUL characters in its strings (also in a list's) replaced by U+FFFD, the same length."""
    if isinstance(value, str):
        return value.replace("\x00", "\ufffd") if "\x00" in value else value
    if isinstance(value, list):
        return [nul_free(v) for v in value]
    return value


def _fields(prefix: str, obj: Any, names: tuple[str, ...]) -> dict[str, Any]:
    """``{prefix_name: obj.name}`` for each of ``names``, in that order (None throughout when there is no ``obj``)."""
    return {f"{prefix}_{name}": getattr(obj, name) if obj else None for name in names}


_ACTOR_FIELDS = ("text", "name", "country", "sector", "kind", "start", "end")
_PLACE_FIELDS = ("text", "name", "country", "lat", "lon", "start", "end")


def _actor(prefix: str, actor: Actor | None, with_rule: bool = True) -> dict[str, Any]:
    return _fields(prefix, actor, _ACTOR_FIELDS + (("rule",) if with_rule else ()))


def _place(prefix: str, p: Place | None) -> dict[str, Any]:
    return _fields(prefix, p, _PLACE_FIELDS)


def part_rows(record: ArticleRecord) -> dict[str, list[dict[str, Any]]]:
    """The rows of the part tables for one record."""
    aid = record.article.id
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in PART_TABLES}
    for i, e in enumerate(record.events):
        rows["events"].append(
            {
                "article_id": aid,
                "idx": i,
                "cameo": e.cameo,
                "quad_class": e.quad_class,
                "goldstein": e.goldstein,
                "plover_type": e.plover.type if e.plover else None,
                "plover_mode": e.plover.mode if e.plover else None,
                "plover_context": list(e.plover.context) if e.plover else [],
                "status": e.status,
                **_actor("source", e.source),
                **_actor("target", e.target),
                **_actor("attributed", e.attributed_to, with_rule=False),
                "sentence_start": e.sentence.start,
                "sentence_end": e.sentence.end,
                "trigger_text": e.trigger.text,
                "trigger_start": e.trigger.start,
                "trigger_end": e.trigger.end,
                "date": e.date,
                "date_source": e.date_source,
                **_place("place", e.place),
                "acled_event_type": e.acled.event_type if e.acled else None,
                "acled_sub_event_type": e.acled.sub_event_type if e.acled else None,
                "rule": e.rule,
                "confidence": e.confidence,
            }
        )
    for i, q in enumerate(record.quotes):
        rows["quotes"].append(
            {
                "article_id": aid,
                "idx": i,
                "text": q.text,
                "char_start": q.start,
                "char_end": q.end,
                "kind": q.kind,
                "cue": q.cue,
                "channel": q.channel,
                **_actor("speaker", q.speaker),
                "rule": q.rule,
            }
        )
    for i, c in enumerate(record.counts):
        rows["counts"].append(
            {
                "article_id": aid,
                "idx": i,
                "value": c.value,
                "category": c.category,
                "text": c.text,
                "char_start": c.start,
                "char_end": c.end,
                "approximation": c.approximation,
                "event_idx": c.event,
                "rule": c.rule,
            }
        )
    for i, p in enumerate(record.places):
        rows["places"].append(
            {
                "article_id": aid,
                "idx": i,
                "text": p.text,
                "char_start": p.start,
                "char_end": p.end,
                "name": p.name,
                "country": p.country,
                "lat": p.lat,
                "lon": p.lon,
                "kind": p.kind,
                "admin1": p.admin1,
                "geonames_id": p.geonames_id,
                "rule": p.rule,
            }
        )
    for i, d in enumerate(record.dates):
        rows["dates"].append(
            {
                "article_id": aid,
                "idx": i,
                "text": d.text,
                "char_start": d.start,
                "char_end": d.end,
                "value": d.value,
                "rule": d.rule,
            }
        )
    return rows


_ORIGIN_SUFFIX = re.compile(r"^(.*?)(?:[:#@][0-9]+)?$", re.S)


def origin_source(origin: str | None) -> str | None:
    """The input path part of an origin: ``examples/a.jsonl:12`` -> ``examples/a.jsonl``."""
    if origin is None:
        return None
    return _ORIGIN_SUFFIX.match(origin).group(1)  # type: ignore[union-attr]


@dataclass
class BatchResult:
    """What one committed batch did; ``actions[i]`` is for the i-th record given."""

    actions: list[str]
    counts: Counter = field(default_factory=Counter)
    replaced_ids: list[str] = field(default_factory=list)
    committed_total: int = 0  # articles written by this run so far (for progress lines)
    batch_no: int = 0


def rebuild(text: str, rj: str) -> ArticleRecord:
    """The record from its stored ``text`` and ``record_json`` (which keeps a text holding NUL itself)."""
    data = orjson.loads(rj)
    data["article"].setdefault("text", text)
    return ArticleRecord.model_validate(data)
