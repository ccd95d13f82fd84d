"""JSON Lines (``.jsonl``, ``.jsonl.gz``, ``-`` on stdin) and plain JSON (``.json``) articles.

One article per line: ``{"id", "title", "text", "published", "url", "source"}``; only ``text`` is
required. ``language`` (ISO 639-1) may be given; ``date``, ``published_at`` or ``publish_date`` are
read when ``published`` is missing. Other fields are ignored. Blank lines are not articles.

Per line (origin ``PATH:LINE``, 1-based physical line numbers):

- not JSON: failed, ``line 3 is not valid JSON: Expecting value at column 1``;
- JSON but not an object: failed, ``line 3 is a JSON array, not an object``;
- no ``text``: skipped, ``line 4 has no "text" field``; a ``text`` that is not a string: skipped,
  ``line 4: "text" is not a string``; blank text: skipped, ``line 4 has an empty "text" field``;
- a line that is not valid UTF-8 is decoded with replacement characters and flagged in warnings;
- raw control characters inside JSON strings (JSON wants them escaped) are accepted; like escaped
  ones, they are removed from the text with a warning (:mod:`lapwing.ingest.hygiene`);
- a truncated or corrupt ``.gz``: the lines before the damage are kept, then one failed item
  ``FILE is truncated or corrupt after line N: ...``.

A ``.json`` file holds one article object, a list of them, or an object whose ``articles`` /
``items`` / ``data`` is such a list (origin ``PATH#N`` for the N-th, 1-based).
"""

from __future__ import annotations

import gzip
import io
import json
import sys
import zlib
from collections.abc import Iterable, Iterator
from typing import IO, Any

import orjson

from lapwing.ingest.base import Ingested
from lapwing.ingest.common import failed, is_blank, ok, one_line, skipped

_PUBLISHED_KEYS = ("published", "date", "published_at", "publish_date")
_TYPE_NAMES = {list: "array", str: "string", int: "number", float: "number", bool: "boolean",
               type(None): "null"}


def _language(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    code = value.strip().replace("_", "-").split("-")[0].lower()
    return code if 2 <= len(code) <= 3 and code.isalpha() else None


def from_object(obj: Any, origin: str, where: str, warnings: list[str] | None = None) -> Ingested:
    """One decoded JSON value (``where`` names it in reasons: ``line 4``, ``item 2``) as an Ingested."""
    warnings = list(warnings or [])
    if not isinstance(obj, dict):
        kind = _TYPE_NAMES.get(type(obj), type(obj).__name__)
        return failed(origin, f"{where} is a JSON {kind}, not an object", warnings=warnings)
    meta = {"id": obj.get("id"), "title": obj.get("title"), "url": obj.get("url"),
            "source": obj.get("source")}
    text = obj.get("text")
    if text is None:
        return skipped(origin, f'{where} has no "text" field', warnings=warnings, **meta)
    if not isinstance(text, str):
        return skipped(origin, f'{where}: "text" is not a string', warnings=warnings, **meta)
    if is_blank(text):
        return skipped(origin, f'{where} has an empty "text" field', warnings=warnings, **meta)
    published = next((obj[k] for k in _PUBLISHED_KEYS if obj.get(k) not in (None, "")), None)
    return ok(origin, text, published=published, language=_language(obj.get("language")),
              warnings=warnings, **meta)


def _json_error(data: bytes | str) -> str:
    try:
        json.loads(data)
    except json.JSONDecodeError as exc:
        return f"{exc.msg} at column {exc.colno}"
    except RecursionError:  # found by fuzzing: a line of 2,000 '[' ended the whole file
        return "arrays or objects nested too deeply"
    except (UnicodeDecodeError, ValueError) as exc:  # pragma: no cover - orjson and json disagree
        return one_line(exc)
    return "not valid JSON"  # pragma: no cover


def parse_line(raw: bytes, lineno: int, prefix: str) -> Ingested | None:
    """One physical line (bytes); None for a blank line."""
    line = raw  # JSON allows whitespace around the value: no strip() copy of a long line
    if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
        line = line[3:]
    if is_blank(line):
        return None
    origin = f"{prefix}:{lineno}"
    where = f"line {lineno}"
    warnings: list[str] = []
    try:
        obj = orjson.loads(line)
    except orjson.JSONDecodeError:
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as exc:
            text = line.decode("utf-8", "replace")
            warnings.append(f"{where}: invalid UTF-8 at byte {exc.start} of the line: "
                            "decoded with replacement characters")
            try:
                obj = json.loads(text)
            except (json.JSONDecodeError, RecursionError):
                return failed(origin, f"{where} is not valid JSON: {_json_error(text)}", warnings=warnings)
        else:
            try:  # raw control characters inside strings (JSON wants them escaped): read them anyway,
                obj = json.loads(line, strict=False)  # ok() warns of them
            except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
                return failed(origin, f"{where} is not valid JSON: {_json_error(line)}")
    return from_object(obj, origin, where, warnings)


def _open_maybe_gzip(stream: IO[bytes]) -> IO[bytes]:
    """Wrap a binary stream in gzip decompression when it starts with the gzip magic bytes."""
    peek = getattr(stream, "peek", None)
    head = peek(2)[:2] if peek else b""
    if not peek and stream.seekable():
        head = stream.read(2)
        stream.seek(0)
    if head == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[return-value]
    return stream


def iter_lines(stream: Iterable[bytes], prefix: str, label: str) -> Iterator[Ingested]:
    """Articles from a binary line stream; ``prefix`` starts each origin, ``label`` names the file."""
    lineno = 0
    it = iter(stream)
    while True:
        try:
            raw = next(it)
        except StopIteration:
            return
        except (EOFError, OSError, zlib.error) as exc:
            yield failed(f"{prefix}:{lineno + 1}",
                         f"{label} is truncated or corrupt after line {lineno}: {one_line(exc)}")
            return
        lineno += 1
        item = parse_line(raw, lineno, prefix)
        if item is not None:
            yield item


def read_jsonl(path: str, origin: str, stream: IO[bytes] | None = None) -> Iterator[Ingested]:
    """A ``.jsonl`` or ``.jsonl.gz`` file (compression told by content), streamed line by line.

    ``stream``, when given, is read instead of opening ``path`` (which then only names the file).
    """
    if stream is not None:
        yield from iter_lines(_open_maybe_gzip(stream), origin, path)
        return
    with open(path, "rb") as raw:
        yield from iter_lines(_open_maybe_gzip(raw), origin, path)


def read_stdin(stream: IO[bytes] | IO[str] | None = None) -> Iterator[Ingested]:
    """JSON Lines on standard input (``-``); origins ``-:LINE``. Gzip-compressed input is accepted."""
    src: Any = stream if stream is not None else sys.stdin
    src = getattr(src, "buffer", None) or src
    if isinstance(src, io.TextIOBase):
        lines: Iterable[bytes] = (line.encode("utf-8", "surrogateescape") for line in src)
    else:
        lines = _open_maybe_gzip(src)
    yield from iter_lines(lines, "-", "standard input")


def read_json(data: bytes, origin: str) -> Iterator[Ingested]:
    """A ``.json`` file: one article object, a list of them, or ``{"articles": [...]}``."""
    from lapwing.ingest.common import decode_bytes

    text, warnings = decode_bytes(data)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        lines = [line for line in text.splitlines() if line.strip()]
        if len(lines) > 1 and all(line.lstrip().startswith("{") for line in lines[:5]):
            # JSON Lines saved with a .json name
            for i, line in enumerate(text.splitlines(), 1):
                item = parse_line(line.encode("utf-8", "surrogateescape"), i, origin)
                if item is not None:
                    yield item
            return
        yield failed(origin, f"file is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}",
                     warnings=warnings)
        return
    if isinstance(doc, dict) and "text" not in doc:
        for key in ("articles", "items", "data"):
            if isinstance(doc.get(key), list):
                doc = doc[key]
                break
    if isinstance(doc, dict):
        yield from_object(doc, origin, "the JSON object", warnings)
        return
    if not isinstance(doc, list):
        yield failed(origin, 'JSON file holds no articles (expected an object with "text" or a list '
                             "of such objects)", warnings=warnings)
        return
    if not doc:
        yield skipped(origin, "JSON file holds an empty list", warnings=warnings)
        return
    for i, obj in enumerate(doc, 1):
        yield from_object(obj, f"{origin}#{i}", f"item {i}", warnings)
