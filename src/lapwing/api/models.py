"""Response models of the API (pydantic): they are the OpenAPI spec's schemas."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from lapwing.schema import ArticleRecord


class _M(BaseModel):
    model_config = ConfigDict(extra="ignore")


class ErrorBody(_M):
    """Every error: what went wrong and what to do next."""

    error: str = Field(description="short machine-readable kind, e.g. not_found, unauthorized, too_large")
    message: str = Field(description="what went wrong, in words")
    hint: str = Field(description="what to do next")


class Health(_M):
    status: Literal["ok"]
    version: str
    db: str
    articles: int
    events: int
    mentions: int
    writes_enabled: bool
    reads_protected: bool


class _EventHead(_M):
    """The fields an event's summary and its map feature share, first in both."""

    event_id: str
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    plover_type: str | None = None
    status: str | None = None
    source_text: str | None = None
    source_country: str | None = None


class EventSummary(_EventHead):
    source_sector: str | None = None
    target_text: str | None = None
    target_country: str | None = None
    target_sector: str | None = None
    place_name: str | None = None
    place_country: str | None = None
    num_mentions: int | None = None
    num_articles: int | None = None
    num_sources: int | None = None
    confidence: float | None = None
    rep_sentence: str | None = None


class EventPage(_M):
    total: int = Field(description="events matching the filters")
    limit: int
    offset: int
    next_offset: int | None = Field(description="offset of the next page, null on the last page")
    sort: str
    items: list[EventSummary]


class Mention(_M):
    article_id: str
    idx: int
    is_copy: bool | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    title: str | None = None
    cameo: str | None = None
    status: str | None = None
    sentence: str = Field(description="the source sentence (plain text: never render it as HTML)")
    sentence_start: int | None = None
    sentence_end: int | None = None
    spans: dict[str, list[int]] = Field(description="source / target / trigger as [start, end) offsets into `sentence`")
    trigger_start: int | None = None
    trigger_end: int | None = None
    source_text: str | None = None
    source_start: int | None = None
    source_end: int | None = None
    target_text: str | None = None
    target_start: int | None = None
    target_end: int | None = None
    date: str | None = None
    rule: str | None = None
    confidence: float | None = None


class EventDetail(EventSummary):
    family: str | None = None
    root: str | None = None
    place_lat: float | None = None
    place_lon: float | None = None
    first_seen: str | None = None
    last_seen: str | None = None
    rep_article_id: str | None = None
    rep_idx: int | None = None
    attributions: list[str] | None = None
    mentions: list[Mention]


class ActorTarget(_M):
    country: str | None = None
    sector: str | None = None
    events: int
    mean_goldstein: float | None = None


class ActorRow(ActorTarget):
    mentions: int | None = None
    targets: list[ActorTarget]


class ActorList(_M):
    items: list[ActorRow]


class QuoteRow(_M):
    article_id: str
    idx: int
    text: str | None = Field(default=None, description="the quote (plain text: never render it as HTML)")
    char_start: int | None = None
    char_end: int | None = None
    kind: str | None = None
    cue: str | None = None
    channel: str | None = None
    speaker_text: str | None = None
    speaker_name: str | None = None
    speaker_country: str | None = None
    speaker_sector: str | None = None
    published: str | None = None
    outlet: str | None = None
    title: str | None = None
    url: str | None = None


class QuotePage(_M):
    total: int
    limit: int
    offset: int
    next_offset: int | None
    items: list[QuoteRow]


class TimelineBucket(_M):
    day: dt.date
    key: str | None = Field(description="the quad class (1-4) or the PLOVER type; null when the event has none")
    events: int
    mean_goldstein: float | None = None
    mentions: int | None = None


class Timeline(_M):
    by: Literal["quad", "plover"]
    buckets: list[TimelineBucket]


class PointGeometry(_M):
    type: Literal["Point"] = "Point"
    coordinates: list[float] = Field(description="[longitude, latitude]", min_length=2, max_length=2)


class FeatureProperties(_EventHead):
    target_text: str | None = None
    target_country: str | None = None
    place_name: str | None = None
    place_country: str | None = None
    num_mentions: int | None = None


class Feature(_M):
    type: Literal["Feature"] = "Feature"
    id: str
    geometry: PointGeometry
    properties: FeatureProperties


class FeatureCollection(_M):
    type: Literal["FeatureCollection"] = "FeatureCollection"
    features: list[Feature]
    total: int = Field(description="located events matching the filters (features holds at most `limit`)")


class NetworkNode(_M):
    id: str = Field(description="country and sector codes joined by '-', e.g. VEN-GOV, USA-, -MIL")
    country: str | None = None
    sector: str | None = None
    events: int


class NetworkEdge(_M):
    source: str
    target: str
    events: int
    mentions: int | None = None
    mean_goldstein: float | None = None


class Network(_M):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class StoreSummary(_M):
    new: int = 0
    replaced: int = 0
    reanalysed: int = 0
    unchanged: int = 0
    duplicate: int = 0
    events: int | None = Field(default=None, description="cross-article events in the store afterwards")


class AnalysisResult(_M):
    records: list[ArticleRecord]
    stored: StoreSummary | None = Field(default=None, description="present with ?store=true")
