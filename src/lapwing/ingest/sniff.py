"""Which reader a file goes to: by extension first, by content for unknown extensions.

Extensions: ``.txt``/``.text`` text; ``.jsonl``/``.ndjson`` (optionally ``.gz``) JSON Lines;
``.json`` JSON; ``.html``/``.htm``/``.xhtml`` HTML; ``.xml``/``.rss``/``.atom`` feed;
``.warc``/``.warc.gz`` WARC.

Content, for any other name (the first 64 KB): WARC magic (``WARC/1.``, also inside gzip) is a
WARC file; gzip holding JSON objects is JSON Lines; an XML document whose root is ``<rss>``,
``<feed>`` or ``<rdf:RDF>`` is a feed; a document that starts like HTML is HTML; a first line that
is a JSON object is JSON Lines; known binary signatures and binary-looking bytes are binary (skipped
with a reason); anything else is text.
"""

from __future__ import annotations

import re
import zlib

import orjson

from lapwing.ingest.common import binary_kind, bom_encoding

TEXT, JSONL, JSON, HTML, FEED, WARC, BINARY = "text", "jsonl", "json", "html", "feed", "warc", "binary"

_SUFFIXES: tuple[tuple[str, str], ...] = (
    (".warc.gz", WARC),
    (".warc", WARC),
    (".jsonl.gz", JSONL),
    (".ndjson.gz", JSONL),
    (".jsonl", JSONL),
    (".ndjson", JSONL),
    (".json", JSON),
    (".txt", TEXT),
    (".text", TEXT),
    (".html", HTML),
    (".htm", HTML),
    (".xhtml", HTML),
    (".xml", FEED),
    (".rss", FEED),
    (".atom", FEED),
)

_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>]")
_HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|title)[\s>/]")
_COMMENT = re.compile(r"<!--.*?-->", re.S)


def by_extension(name: str) -> str | None:
    low = name.lower()
    for suffix, fmt in _SUFFIXES:
        if low.endswith(suffix):
            return fmt
    return None


def _gunzip_head(head: bytes, limit: int = 4096) -> bytes:
    try:
        return zlib.decompressobj(wbits=31).decompress(head, limit)
    except zlib.error:
        return b""


def by_content(head: bytes) -> str:
    """The format of a file that starts with ``head`` (a ``binary:KIND`` string for binary files)."""
    if head.startswith(b"\x1f\x8b"):
        inner = _gunzip_head(head)
        if inner.startswith(b"WARC/"):
            return WARC
        if inner.lstrip().startswith(b"{"):
            return JSONL
        return f"{BINARY}:gzip-compressed file"
    if head.startswith((b"WARC/1.", b"WARC/0.")):
        return WARC
    kind = binary_kind(head)
    if kind is not None:
        return f"{BINARY}:{kind}"
    bom = bom_encoding(head[:4])
    enc, skip = bom if bom else ("utf-8", 0)
    try:
        start = head[skip : skip + 8192].decode(enc, "replace")
    except LookupError:  # pragma: no cover
        start = head[:8192].decode("utf-8", "replace")
    stripped = start.lstrip()
    low = _COMMENT.sub("", stripped[:4096].lower())
    if stripped.startswith("<"):
        if _FEED_ROOT.search(low):
            return FEED
        if _HTML_START.search(low[:2048]):
            return HTML
        return TEXT
    if stripped.startswith("{"):
        first, newline, _ = stripped.partition("\n")
        if not newline and len(head) > 8192:  # a first line longer than the sample
            return JSONL if re.match(r'\{\s*"', stripped) else TEXT
        first = first.strip()
        try:
            if isinstance(orjson.loads(first), dict):
                return JSONL
        except orjson.JSONDecodeError:
            pass
    return TEXT
