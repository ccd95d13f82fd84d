"""Helpers shared by the format readers: ids, byte decoding, HTML to text (publication dates:
:mod:`lapwing.ingest.published`).

Article ids
    The id given by the input (a JSONL ``id``, a feed entry's ``guid``) is used as is (numbers are
    turned into strings). Otherwise the id is ``sha1(url + "\\n" + text)``, hex, first 16 characters
    (``url`` empty when there is none), so the same article read twice gets the same id. A unit that
    could not be read gets ``sha1("origin:" + origin)`` the same way.

Publication dates (``published``)
    Normalised to ISO 8601 by the rule in :mod:`lapwing.ingest.published`.

Decoding bytes
    UTF-8 is tried first (a UTF-8 or UTF-16/32 byte-order mark is honoured). Bytes that are not valid
    UTF-8 are read as follows: if the file has at least as many valid non-ASCII UTF-8 characters as
    invalid byte sequences, it is UTF-8 with damage: each invalid sequence becomes U+FFFD and the
    warning is ``invalid UTF-8 at byte N: decoded with replacement characters (K invalid byte
    sequences)``, N the offset of the first bad byte. Otherwise the
    file is in a legacy 8-bit encoding: charset_normalizer picks it (cp1252 whenever it fits as well
    as the best guess, since Lapwing reads English) and the warning is
    ``file is not UTF-8: decoded as ENCODING``.
"""

from __future__ import annotations

import hashlib
import html as html_lib
import re
from typing import Any

from lapwing.ingest.base import Ingested
from lapwing.ingest.hygiene import clean_text, control_warning
from lapwing.ingest.published import normalise_published  # the readers import it from here too
from lapwing.schema import Article

#: Largest file read as a whole (single-article files, feeds, JSON). Larger ones are skipped unread.
MAX_FILE_BYTES = 256 * 1024 * 1024
#: Bytes looked at to tell a file's format and whether it is binary.
SNIFF_BYTES = 64 * 1024


# -- ids -------------------------------------------------------------------------------------------
def make_id(url: str | None, text: str) -> str:
    """Stable article id from url and text: sha1 hex, first 16 characters."""
    h = hashlib.sha1()
    h.update((url or "").encode("utf-8", "surrogatepass"))
    h.update(b"\n")
    step = 1 << 20  # hash long texts in slices: no second full copy of the text in memory
    for i in range(0, len(text), step):
        h.update(text[i : i + step].encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:16]


def origin_id(origin: str) -> str:
    """Stable id for a unit that could not be read (it has no text to hash)."""
    return hashlib.sha1(("origin:" + origin).encode("utf-8", "surrogatepass")).hexdigest()[:16]


_NON_SPACE = re.compile(r"\S")
_NON_SPACE_B = re.compile(rb"\S")


def is_blank(value: str | bytes) -> bool:
    """True when ``value`` holds only whitespace (without copying it, as ``strip()`` would)."""
    pattern = _NON_SPACE_B if isinstance(value, bytes) else _NON_SPACE
    return pattern.search(value) is None


def clean_str(value: Any) -> str | None:
    """A metadata value as a trimmed string, or None when missing/blank/not a scalar."""
    if value is None or isinstance(value, (bool, dict, list)):
        return None
    text = str(value).strip()
    return text or None


_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_surrogates(fields: dict[str, Any], warnings: list[str]) -> dict[str, Any]:
    """String values with lone UTF-16 surrogates (JSON escapes such as ``\\ud83d`` of an emoji cut in
    half, common in scraped JSON) replaced by U+FFFD, one character for one so offsets hold, and a
    warning naming the fields. No UTF-8 writer, parser or database takes a lone surrogate."""
    hit = []
    for name, value in fields.items():
        if isinstance(value, str) and _SURROGATE.search(value):
            fields[name] = _SURROGATE.sub("\ufffd", value)
            hit.append(name)
    if hit:
        warnings.append(f"lone UTF-16 surrogate characters (half an emoji or other character) in the "
                        f"{', '.join(hit)} replaced by U+FFFD")
    return fields


# -- Ingested constructors -------------------------------------------------------------------------
def ok(origin: str, text: str, *, id: str | None = None, title: Any = None, published: Any = None,
       url: Any = None, source: Any = None, language: str | None = None,
       warnings: list[str] | None = None) -> Ingested:
    """An article read successfully, with its id and publication date normalised.

    Every reader builds its articles here. The text is kept as given (offsets refer to it); control
    characters in it get a warning here, and the parser reads a copy without them
    (:func:`lapwing.ingest.hygiene.parse_copy`). The title (no offsets refer to it) loses them.
    """
    warnings = list(warnings or [])
    f = _no_surrogates({"text": text, "id": id, "title": title, "url": url, "source": source,
                        "published": published}, warnings)
    text, id, title, url, source, published = (f["text"], f["id"], f["title"], f["url"], f["source"],
                                               f["published"])
    warning = control_warning(text)
    if warning:
        warnings.append(warning)
    if isinstance(title, str):
        title, warning = clean_text(title, "title")
        if warning:
            warnings.append(warning)
    url_s = clean_str(url)
    pub, warning = normalise_published(published)
    if warning:
        warnings.append(warning)
    article = Article(
        id=clean_str(id) or make_id(url_s, text),
        title=clean_str(title),
        text=text,
        published=pub,
        url=url_s,
        source=clean_str(source),
        language=language,
    )
    return Ingested(article=article, origin=origin, warnings=warnings)


def not_read(origin: str, status: str, reason: str, *, id: Any = None, title: Any = None,
             url: Any = None, source: Any = None, warnings: list[str] | None = None) -> Ingested:
    """A unit that yields no analysable article: status ``skipped`` or ``failed`` with a reason."""
    warnings = list(warnings or [])
    f = _no_surrogates({"id": id, "title": title, "url": url, "source": source, "reason": reason}, warnings)
    id, title, url, source, reason = f["id"], f["title"], f["url"], f["source"], f["reason"]
    article = Article(id=clean_str(id) or origin_id(origin), title=clean_str(title), text="",
                      url=clean_str(url), source=clean_str(source))
    return Ingested(article=article, origin=origin, status=status, reason=reason,  # type: ignore[arg-type]
                    warnings=warnings)


def skipped(origin: str, reason: str, **kw: Any) -> Ingested:
    return not_read(origin, "skipped", reason, **kw)


def failed(origin: str, reason: str, **kw: Any) -> Ingested:
    return not_read(origin, "failed", reason, **kw)


def one_line(exc: BaseException | str, limit: int = 300) -> str:
    """An exception (or message) as one short line for a reason string."""
    msg = str(exc) if not isinstance(exc, str) else exc
    msg = " ".join(msg.split()) or type(exc).__name__
    return msg if len(msg) <= limit else msg[: limit - 3] + "..."


# -- publication dates -----------------------------------------------------------------------------
# -- binary sniffing -------------------------------------------------------------------------------
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"RIFF", "RIFF media file"),
    (b"PK\x03\x04", "ZIP archive or office document"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed file"),
    (b"BZh", "bzip2-compressed file"),
    (b"\xfd7zXZ\x00", "xz-compressed file"),
    (b"(\xb5/\xfd", "zstd-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "executable"),
    (b"MZ", "Windows executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy office document"),
    (b"PAR1", "Parquet file"),
    (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x00\x18ftyp", "MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "MP4 video"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

_CONTROL = bytes(c for c in range(32) if c not in (9, 10, 12, 13, 27)) + b"\x7f"


def bom_encoding(head: bytes) -> tuple[str, int] | None:
    for bom, enc in _BOMS:
        if head.startswith(bom):
            return enc, len(bom)
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text without a byte-order mark: NULs on every other byte (ASCII-range text)."""
    sample = head[:4096]
    if len(sample) < 16:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.8 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.8 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def binary_kind(head: bytes) -> str | None:
    """What kind of binary file ``head`` (the first bytes) starts, or None if it looks like text."""
    if not head or bom_encoding(head) is not None:
        return None
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    sample = head[:8192]
    controls = sum(sample.count(bytes([c])) for c in _CONTROL)
    if b"\x00" in sample:
        if _utf16_without_bom(sample):
            return None
        # a few stray NULs in otherwise clean text (scraped pages, PDF text) are text: ingestion
        # removes them with a warning; many NULs or other controls are binary data
        few = max(2, len(sample) // 1000)
        return None if sample.count(0) <= few and controls <= few else "binary data"
    if controls > 0.1 * len(sample):
        return "binary data"
    return None


def binary_reason(kind: str) -> str:
    if kind == "binary data":
        return "binary file: not text or a supported format"
    return f"binary file ({kind}): not a supported input format"


# -- decoding --------------------------------------------------------------------------------------
_LEGACY = ["cp1252", "latin_1", "iso8859_15", "cp1250", "cp1251", "koi8_r", "cp1253", "cp1254",
           "cp1255", "cp1256", "cp1257", "mac_roman"]
_DETECT_BYTES = 256 * 1024
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _legacy_encoding(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - it ships with trafilatura
        return None
    sample = data[:_DETECT_BYTES]
    try:
        matches = list(from_bytes(sample, cp_isolation=_LEGACY))
    except Exception:
        return None
    if not matches:
        return None
    best = min(m.chaos for m in matches)
    for m in matches:  # prefer Western European (English text) when it reads as cleanly
        if m.chaos <= best + 0.01 and "cp1252" in (m.could_be_from_charset or [m.encoding]):
            return "cp1252"
    return matches[0].encoding


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, list[str]]:
    """Decode a whole file's bytes to text; returns ``(text, warnings)`` (see module docstring).

    ``declared`` is an encoding stated by the container (HTTP header, HTML meta), used when the
    bytes are not UTF-8 and it is a known codec.
    """
    bom = bom_encoding(data[:4])
    if bom is not None:
        enc, n = bom
        try:
            return data[n:].decode(enc), []
        except UnicodeDecodeError as exc:
            text = data[n:].decode(enc, "replace")
            return text, [f"invalid {enc.upper()} at byte {exc.start + n}: decoded with replacement characters"]
    if b"\x00" in data[:8192] and (enc16 := _utf16_without_bom(data[:8192])):
        return data.decode(enc16, "replace"), [f"no byte-order mark: decoded as {enc16.upper()}"]
    if data.isascii():
        return data.decode("ascii"), []
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    text = data.decode("utf-8", "replace")
    invalid = max(text.count("\ufffd") - data.count(b"\xef\xbf\xbd"), 1)
    non_ascii = sum(1 for _ in _NON_ASCII.finditer(text))  # matches only: no copy of a long text
    if non_ascii - invalid >= invalid:
        return text, [f"invalid UTF-8 at byte {first_bad}: decoded with replacement characters "
                      f"({invalid} invalid byte sequence{'s' if invalid != 1 else ''})"]
    del text
    candidates = []
    if declared:
        candidates.append(declared)
    guess = _legacy_encoding(data)
    if guess:
        candidates.append(guess)
    candidates.append("cp1252")
    for enc in candidates:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        return text, [f"file is not UTF-8: decoded as {_codec_name(enc)}"]
    text = data.decode("utf-8", "replace")
    return text, [f"invalid UTF-8 at byte {first_bad}: decoded with replacement characters "
                  f"({invalid} invalid byte sequence{'s' if invalid != 1 else ''})"]


def _codec_name(enc: str) -> str:
    import codecs

    try:
        return codecs.lookup(enc).name
    except LookupError:
        return enc


# -- HTML fragments to text ------------------------------------------------------------------------
_BLOCK_TAGS = frozenset(
    "address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header "
    "hr li main nav ol p pre section table tbody thead tfoot tr td th ul".split()
)
_BLOCK_RE = re.compile(r"<\s*(?:%s)\b" % "|".join(sorted(_BLOCK_TAGS)) + r"|<\s*br\b", re.I)
_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "svg")


def plain_paragraphs(text: str) -> str:
    """Collapse whitespace inside paragraphs; paragraphs (blank-line separated) joined by a blank line."""
    paras = (" ".join(p.split()) for p in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paras if p)


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed entry's content): block elements become paragraphs."""
    if not fragment:
        return ""
    if "<" not in fragment:
        return plain_paragraphs(html_lib.unescape(fragment))
    # lxml refuses control characters when it edits the tree (found by fuzzing: a UTF-16 feed, whose
    # bytes are not cleaned before parsing, with U+001F in an entry): they go first, as for a page
    fragment = clean_text(fragment)[0]
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return plain_paragraphs(html_lib.unescape(re.sub(r"<[^>]*>", " ", fragment)))
    for bad in list(root.iter(*_DROP_TAGS)):
        if bad.getparent() is not None:
            bad.drop_tree()
    if not _BLOCK_RE.search(fragment):
        return plain_paragraphs(root.text_content())
    parts: list[str] = []

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        block = tag.lower() in _BLOCK_TAGS
        if block:
            parts.append("\n\n")
        if tag.lower() == "br":
            parts.append("\n")
        if el.text and tag:
            parts.append(el.text)
        for child in el:
            walk(child)
        if block:
            parts.append("\n\n")
        if el.tail:
            parts.append(el.tail)

    walk(root)
    raw = "".join(parts)
    lines = []
    for para in re.split(r"\n\s*\n", raw):
        sub = [" ".join(line.split()) for line in para.split("\n")]
        joined = "\n".join(s for s in sub if s)
        if joined:
            lines.append(joined)
    return "\n\n".join(lines)
