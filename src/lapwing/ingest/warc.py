"""Web archives (``.warc``, ``.warc.gz``) via fastwarc: every HTML response is an article.

Records are read in file order (origin ``PATH#N``, N the 1-based number of the record in the
file, counting every record). An article is made from each ``response`` record with an HTTP 2xx
status and an HTML content type (``text/html``, ``application/xhtml+xml``; a missing type is
sniffed), and from each ``resource`` record holding HTML; its text and metadata are extracted as
for an ``.html`` file, and its url is the record's ``WARC-Target-URI``. All other records
(``warcinfo``, ``request``, ``metadata``, ``revisit``, non-HTML responses such as ``robots.txt`` or
images, redirects and errors) are not articles and are passed over silently. The same URL seen
again later in the file is the same article: only its first response is read.

Bad archives:

- a truncated or corrupt archive keeps every article read before the damage and ends with one
  failed item ``WARC file is truncated or corrupt at record N: ...``;
- an archive with no HTML response at all is skipped: ``WARC file has no HTML responses``;
- a file that holds no WARC records is failed: ``not a WARC file (no WARC records found)``.

Compression (gzip, per record or whole file) is recognised by content; the decompression runs in
Python's ``gzip`` so that a truncated file is noticed instead of silently ending the archive.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from typing import IO

from lapwing.ingest.base import Ingested
from lapwing.ingest.common import failed, one_line, skipped
from lapwing.ingest.html import article_from_html

_HTML_TYPES = ("text/html", "application/xhtml+xml")
#: Largest HTML payload read from a WARC record; larger records are passed over.
MAX_PAYLOAD_BYTES = 20_000_000


class _TrackedStream(io.RawIOBase):
    """A read-only stream that counts bytes and turns decompression errors into end-of-file.

    fastwarc would otherwise stop silently (or raise from its internals) at a truncated gzip
    member; here the error is kept so the reader can report where the archive broke.
    """

    def __init__(self, raw: IO[bytes]):
        super().__init__()
        self._raw = raw
        self._read1 = getattr(raw, "read1", None) or raw.read
        self.delivered = 0
        self.head = b""  # the first bytes delivered, to tell a WARC file from something else
        self.error: BaseException | None = None
        self.ended = False

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def tell(self) -> int:
        return self.delivered

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if (whence == io.SEEK_CUR and offset == 0) or (whence == io.SEEK_SET and offset == self.delivered):
            return self.delivered
        raise io.UnsupportedOperation("seek")

    def readinto(self, buffer) -> int:  # type: ignore[override]
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def read(self, size: int = -1) -> bytes:  # type: ignore[override]
        if self.ended:
            return b""
        try:
            data = self._read1(size if size and size > 0 else 1 << 16)
        except (EOFError, OSError, zlib.error) as exc:
            self.error = exc
            self.ended = True
            return b""
        if not data:
            self.ended = True
        if len(self.head) < 8:
            self.head += data[: 8 - len(self.head)]
        self.delivered += len(data)
        return data


def _header_len(record) -> int:
    """Bytes of a record's WARC header block, rebuilt from the parsed headers (``Name: value`` lines)."""
    try:
        size = len(record.headers.status_line.encode("utf-8")) + 2
        for name, value in record.headers.astuples():
            size += len(name.encode("utf-8")) + 2 + len(value.encode("utf-8")) + 2
        return size + 2
    except Exception:  # pragma: no cover - a header map fastwarc could not give back
        return 0


def _is_html(content_type: str | None, payload_head: bytes) -> bool:
    if content_type:
        return content_type.split(";")[0].strip().lower() in _HTML_TYPES
    head = payload_head[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


def read_warc(path: str, origin: str, stream: IO[bytes] | None = None) -> Iterator[Ingested]:
    """Articles from a WARC file (``stream`` read instead of opening ``path`` when given)."""
    if stream is not None:
        yield from _read(stream, origin)
        return
    with open(path, "rb") as raw:
        yield from _read(raw, origin)


def _read(raw: IO[bytes], origin: str) -> Iterator[Ingested]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    buffered = raw if hasattr(raw, "peek") else io.BufferedReader(raw)  # type: ignore[arg-type]
    head = buffered.peek(2)[:2]  # type: ignore[union-attr]
    source: IO[bytes] = gzip.GzipFile(fileobj=buffered, mode="rb") if head == b"\x1f\x8b" else buffered  # type: ignore[assignment]
    tracked = _TrackedStream(source)

    wanted = WarcRecordType.response | WarcRecordType.resource
    seen_urls: set[str] = set()
    n = 0  # records seen
    last_end: int | None = 0  # where the last record's block ends in the (decompressed) stream
    html_records = 0
    broken_at: int | None = None
    error: str | None = None
    try:
        try:
            iterator = ArchiveIterator(tracked, record_types=WarcRecordType.any_type, parse_http=False,
                                       stream_detect=False)
        except TypeError:  # older fastwarc without stream detection
            iterator = ArchiveIterator(tracked, record_types=WarcRecordType.any_type, parse_http=False)
        for record in iterator:
            n += 1
            declared = record.headers.get("Content-Length")
            length = int(declared) if declared and declared.strip().isdigit() else -1
            rtype = record.record_type
            last_end = record.stream_pos + _header_len(record) + length if length >= 0 else None
            if not (rtype & wanted):
                continue
            url = record.headers.get("WARC-Target-URI") or None
            if url and url.startswith("<") and url.endswith(">"):
                url = url[1:-1]
            status: int | None = None
            content_type: str | None = None
            charset: str | None = None
            if rtype == WarcRecordType.response:
                if not (record.headers.get("Content-Type") or "").startswith("application/http"):
                    continue
                try:
                    try:
                        record.parse_http(auto_decode="all")
                    except TypeError:  # older fastwarc
                        record.parse_http()
                except (OSError, ValueError):
                    if tracked.ended:
                        broken_at = n
                        break
                    continue
                http = record.http_headers
                status = http.status_code if http is not None else None
                content_type = record.http_content_type
                charset = record.http_charset
            else:
                content_type = record.headers.get("Content-Type")
            if status is not None and not 200 <= status < 300:
                continue
            if content_type and content_type.split(";")[0].strip().lower() not in _HTML_TYPES:
                continue
            if url and url in seen_urls:
                continue
            payload = record.reader.read(MAX_PAYLOAD_BYTES + 1)
            if tracked.ended and (last_end is None or tracked.delivered < last_end):
                broken_at = n
                break
            if len(payload) > MAX_PAYLOAD_BYTES or not _is_html(content_type, payload):
                continue
            if url:
                seen_urls.add(url)
            html_records += 1
            yield article_from_html(payload, f"{origin}#{n}", url=url, charset=charset)
    except (OSError, ValueError) as exc:
        error = one_line(exc)
        broken_at = n + 1
    if broken_at is None and n and (last_end is None or tracked.delivered < last_end):
        tracked.read(1)  # make sure the stream was read to its end before judging the last record
        if tracked.ended and (last_end is None or tracked.delivered < last_end):
            broken_at = n
    if tracked.error is not None:
        error = error or one_line(tracked.error)
        if broken_at is None:
            broken_at = n + 1
    if n == 0 and not tracked.head.startswith(b"WARC/"):
        yield failed(origin, "not a WARC file (no WARC records found)")
        return
    if broken_at is not None:
        why = error or "the file ends in the middle of the record"
        kept = ""
        if html_records == 1:
            kept = "; the article before it was kept"
        elif html_records > 1:
            kept = f"; the {html_records} articles before it were kept"
        yield failed(f"{origin}#{broken_at}",
                     f"WARC file is truncated or corrupt at record {broken_at}: {why}{kept}")
        return
    if html_records == 0:
        yield skipped(origin, "WARC file has no HTML responses")
