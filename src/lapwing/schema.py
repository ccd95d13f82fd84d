"""The one typed record schema that flows through Lapwing.

Every extractor writes into these models, every store reads them, every export
serialises them. Field names and meanings fixed by the record contract
(``../shared/docs/record-contract.md``) are kept stable; the extra fields here
(provenance, confidence, tone, ...) are Lapwing's own additions.

Offsets (``start``, ``end``) are Python string indices into ``Article.text``,
end exclusive.
"""

from __future__ import annotations

from typing import Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

RecordStatus = Literal["ok", "skipped", "failed"]
EventStatus = Literal["asserted", "attributed", "negated", "future", "hypothetical"]
QuoteKind = Literal["direct", "indirect"]
COUNT_CATEGORIES = (
    "killed",
    "injured",
    "arrested",
    "missing",
    "displaced",
    "protesters",
    "troops",
    "other",
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Article(_Model):
    """One news article as ingested: the exact text that is analysed."""

    id: str
    title: str | None = None
    text: str
    published: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None


class Span(_Model):
    start: int
    end: int


class Trigger(_Model):
    text: str
    start: int
    end: int


class Actor(_Model):
    text: str
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    start: int
    end: int
    # Lapwing additions
    kind: str | None = Field(default=None, description="person, org, gpe, norp, agent, pronoun")
    rule: str | None = Field(default=None, description="how the codes were found")
    lexicon: str | None = Field(default=None, description="the lexicon rows that gave the codes, as file:line "
                                "joined by '; ' (shipped files relative to lapwing/lexicons, user files by path)")


class Place(_Model):
    text: str
    start: int
    end: int
    name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    # Lapwing additions
    kind: str | None = Field(default=None, description="country, admin1, city, landmark, region, adjectival (a nationality word resolved to its country)")
    admin1: str | None = None
    geonames_id: int | None = None
    rule: str | None = None


class Plover(_Model):
    """PLOVER 2.0 event type, mode and context of a CAMEO code (``lexicons/cameo.tsv``)."""

    type: str = Field(description="a PLOVER 2.0 event type: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, "
                      "RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT")
    mode: str | None = None
    context: list[str] = Field(default_factory=list)


class Acled(_Model):
    event_type: str
    sub_event_type: str | None = None


class Event(_Model):
    source: Actor | None = None
    target: Actor | None = None
    cameo: str
    quad_class: Literal[1, 2, 3, 4]
    goldstein: float
    plover: Plover | None = Field(description="null where the CAMEO code has no PLOVER type (CAMEO 01 statements)")
    status: EventStatus = "asserted"
    sentence: Span
    trigger: Trigger
    date: str | None = None
    place: Place | None = None
    # Lapwing additions: provenance and confidence
    attributed_to: Actor | None = None
    date_source: str | None = Field(default=None, description="'text', 'dateline' (the story's filing day) or 'published'")
    acled: Acled | None = None
    rule: str | None = None
    lexicon: str | None = Field(default=None, description="the pattern file and line that coded the event "
                                "(event_patterns/FILE:LINE, or a user pattern file's path:line)")
    confidence: float | None = None


class Quote(_Model):
    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker: Actor | None = None
    cue: str | None = None
    # Lapwing additions
    channel: str | None = None
    rule: str | None = None


class Count(_Model):
    value: float | int
    category: str
    text: str
    start: int
    end: int
    # Lapwing additions
    approximation: str | None = Field(default=None, description="over, about, at least, ...")
    event: int | None = Field(default=None, description="index into events")
    rule: str | None = None


class Date(_Model):
    text: str
    start: int
    end: int
    value: str
    rule: str | None = None


class Tone(_Model):
    tone: float
    positive: float
    negative: float
    polarity: float
    word_count: int = 0


class ArticleRecord(_Model):
    schema_version: str = SCHEMA_VERSION
    article: Article
    status: RecordStatus = "ok"
    reason: str | None = None
    events: list[Event] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    counts: list[Count] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    dates: list[Date] = Field(default_factory=list)
    # Lapwing additions
    tone: Tone | None = None
    warnings: list[str] = Field(default_factory=list)
    pipeline: dict[str, str] = Field(
        default_factory=dict, description="which model and extractors produced the record"
    )

    def to_json(self) -> bytes:
        return orjson.dumps(self.model_dump(mode="json"))

    @classmethod
    def from_json(cls, data: bytes | str) -> "ArticleRecord":
        return cls.model_validate(orjson.loads(data))


def json_schema() -> dict:
    """The JSON Schema of ArticleRecord (written to docs/record.schema.json)."""
    return ArticleRecord.model_json_schema()
