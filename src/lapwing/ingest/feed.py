"""RSS and Atom feeds (``.xml``, ``.rss``, ``.atom``, or any file whose content is a feed) via feedparser.

One article per entry (origin ``PATH#N``, N the 1-based entry number), in feed order:

- text: the entry's content (the longest ``content`` value, e.g. RSS ``content:encoded``), else its
  summary/description; HTML is turned into plain text, one paragraph per block element, separated
  by a blank line. An entry with neither has its title as text (with a warning); with no title
  either it is skipped (``entry N has no text``);
- title, link (url), published (``published``, else ``updated``; RFC 2822 dates keep their offset),
  source (the feed's title), id (the entry's ``guid``/``id``, else the usual hash of url and text).

Broken feeds: feedparser recovers what it can from XML that is not well-formed. Entries it found
are kept, each with the warning ``feed is not well-formed XML: ...``; when it found none the feed
is one failed item ``feed is not well-formed XML: ...``. Well-formed XML that is not a feed, or a
feed without entries, is skipped (``not an RSS or Atom feed`` / ``feed has no entries``).
"""

from __future__ import annotations

import io
import re
import xml.sax
from collections.abc import Iterator
from typing import Any

from lapwing.ingest.base import Ingested
from lapwing.ingest.hygiene import clean_bytes
from lapwing.ingest.common import (
    SNIFF_BYTES,
    binary_kind,
    binary_reason,
    clean_str,
    failed,
    html_to_text,
    is_blank,
    normalise_published,
    ok,
    one_line,
    plain_paragraphs,
    skipped,
)

_HTML_TYPES = ("text/html", "application/xhtml+xml")

_CHAR_REF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,16})|([0-9]{1,20}));")


def _bad_char_refs(data: bytes) -> tuple[bytes, int]:
    """Numeric character references to no character (``&#x110000;``, ``&#0;``, a surrogate) become
    U+FFFD: feedparser's lenient parser raises on them (found by fuzzing), ending the whole feed."""
    n = 0

    def fix(m: re.Match[bytes]) -> bytes:
        nonlocal n
        value = int(m.group(1), 16) if m.group(1) else int(m.group(2))
        if value == 0 or value > 0x10FFFF or 0xD800 <= value <= 0xDFFF:
            n += 1
            return b"&#xFFFD;"
        return m.group()

    return (_CHAR_REF.sub(fix, data), n) if b"&#" in data else (data, 0)


def _detail_text(detail: Any, value: str | None) -> str:
    if not value:
        return ""
    kind = (detail or {}).get("type", "text/html") if isinstance(detail, dict) else "text/html"
    if kind in _HTML_TYPES or "<" in value:
        return html_to_text(value)
    return plain_paragraphs(value)


def _entry_text(entry: Any) -> str:
    contents = [c for c in entry.get("content") or [] if c.get("value")]
    if contents:
        best = max(contents, key=lambda c: len(c.get("value", "")))
        text = _detail_text(best, best.get("value"))
        if text.strip():
            return text
    return _detail_text(entry.get("summary_detail"), entry.get("summary"))


def _published(entry: Any) -> str | None:
    """The raw date string when our rule can read it, else feedparser's parsed UTC time."""
    import time

    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if raw:
            iso, _ = normalise_published(raw)
            if iso:
                return iso
            parsed = entry.get(f"{key}_parsed")
            if parsed:
                return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", parsed)
            return raw  # unparsable: ok() records the warning
    return None


def read_feed(data: bytes, origin: str) -> Iterator[Ingested]:
    """Every entry of an RSS/Atom document given as bytes."""
    import feedparser

    if is_blank(data):
        yield skipped(origin, "file is empty")
        return
    kind = binary_kind(data[:SNIFF_BYTES])
    if kind is not None:
        yield skipped(origin, binary_reason(kind))
        return
    # raw control characters make the XML ill-formed: they go first, with a warning on every entry
    data, cleaned = clean_bytes(data)
    data, bad_refs = _bad_char_refs(data)
    warnings: list[str] = [cleaned] if cleaned else []
    if bad_refs:
        warnings.append(f"feed: {bad_refs} character reference(s) to no character replaced by U+FFFD")
    try:
        parsed = feedparser.parse(io.BytesIO(data))
    except Exception as exc:  # a parser bug on odd input: this feed fails, the batch goes on
        yield failed(origin, f"feed could not be parsed: {type(exc).__name__}: {one_line(exc)}", warnings=warnings)
        return
    exc = parsed.get("bozo_exception") if parsed.get("bozo") else None
    not_xml = None
    if exc is not None:
        if isinstance(exc, xml.sax.SAXParseException):
            where = f" at line {exc.getLineNumber()}, column {exc.getColumnNumber()}"
            not_xml = f"feed is not well-formed XML: {one_line(exc.getMessage())}{where}"
        elif isinstance(exc, xml.sax.SAXException) or "not well-formed" in str(exc):
            not_xml = f"feed is not well-formed XML: {one_line(exc)}"
        if not_xml:
            warnings.append(not_xml + " (entries recovered by a lenient parser)")
        else:
            warnings.append(f"feed: {one_line(exc)}")
    entries = parsed.get("entries") or []
    if not entries:
        if not_xml:
            yield failed(origin, not_xml)
        elif not parsed.get("version"):
            yield skipped(origin, "not an RSS or Atom feed (no feed or entries found)")
        else:
            yield skipped(origin, "feed has no entries")
        return
    source = clean_str((parsed.get("feed") or {}).get("title"))
    for n, entry in enumerate(entries, 1):
        where = f"{origin}#{n}"
        title_detail = entry.get("title_detail") or {}
        title = entry.get("title")
        if title and title_detail.get("type") in _HTML_TYPES:
            title = html_to_text(title)
        title = " ".join(title.split()) if title else None
        text = _entry_text(entry)
        entry_warnings = list(warnings)
        if not text.strip():
            if not title:
                yield skipped(where, f"entry {n} has no text", id=entry.get("id"),
                              url=entry.get("link"), source=source, warnings=entry_warnings)
                continue
            text = title
            entry_warnings.append(f"entry {n} has no content or summary: its title is used as the text")
        yield ok(where, text, id=entry.get("id"), title=title, published=_published(entry),
                 url=entry.get("link"), source=source, warnings=entry_warnings)
