"""Text hygiene: control and invisible format characters out of article text, with a warning.

Scraped pages, PDF text and old wire archives carry characters that are no text: NUL, BEL, ESC
(often as an ANSI colour sequence such as ``ESC[31m``), DEL, C1 controls, a byte-order mark in the
middle of a text, zero-width spaces, soft hyphens, bidirectional marks. Inside a word ("Lag<BEL>os")
they break the tokenizer, the tagger and every dictionary look-up, silently.

:func:`clean_text` applies one rule:

* tab, line feed and carriage return are kept;
* characters that end a line or a page (VT, FF, the information separators U+001C..U+001F, NEL
  U+0085, LINE SEPARATOR U+2028, PARAGRAPH SEPARATOR U+2029) become a line feed;
* an ANSI escape sequence (``ESC [ ... letter``) is removed whole;
* every other C0/C1 control character, DEL, and the invisible format characters listed in
  :data:`INVISIBLE` are removed (they are not part of any English word, so removing them rejoins a
  split word).

The text the record carries is the cleaned one, so every offset refers to it. The warning names
how many characters of which kind were removed or replaced, e.g.
``text: 2 control characters removed or replaced (BEL x1, NUL x1)``.
"""

from __future__ import annotations

import re
from collections import Counter

#: Line and page ends that are not \n or \r: replaced by a line feed.
LINE_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029"
#: Invisible format characters removed with the controls (zero-width joiners are kept: emoji).
INVISIBLE = "\u00ad\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064" \
            "\u2066\u2067\u2068\u2069\ufeff"

_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")
_REMOVE = "\x00-\x08\x0e-\x1b\x7f\x80-\x84\x86-\x9f" + INVISIBLE
_ANY = re.compile(f"[{_REMOVE}{LINE_BREAKS}]")
_ONE = re.compile(f"\\x1b\\[[0-?]*[ -/]*[@-~]|[{_REMOVE}{LINE_BREAKS}]")
_BREAKS = set(LINE_BREAKS)

_NAMES = {
    "\x00": "NUL", "\x07": "BEL", "\x08": "BS", "\x0b": "VT", "\x0c": "FF", "\x1b": "ESC", "\x7f": "DEL",
    "\x85": "NEL", "\u00ad": "soft hyphen", "\u200b": "zero-width space", "\u200e": "LRM", "\u200f": "RLM",
    "\u2028": "line separator", "\u2029": "paragraph separator", "\ufeff": "BOM", "\u2060": "word joiner",
}


def _name(ch: str) -> str:
    return _NAMES.get(ch, f"U+{ord(ch):04X}")


def has_controls(text: str) -> bool:
    """True when :func:`clean_text` would change ``text`` (a fast search, no copy)."""
    return _ANY.search(text) is not None


def clean_text(text: str, field: str = "text") -> tuple[str, str | None]:
    """``text`` without control/invisible characters, and a warning (None when nothing changed)."""
    if not text or _ANY.search(text) is None:
        return text, None
    seen: Counter[str] = Counter()

    def fix(m: re.Match[str]) -> str:
        s = m.group()
        if len(s) > 1:  # an ANSI escape sequence
            seen["ANSI escape sequence"] += 1
            return ""
        seen[_name(s)] += 1
        return "\n" if s in _BREAKS else ""

    cleaned = _ONE.sub(fix, text)
    n = sum(seen.values())
    kinds = ", ".join(f"{k} x{v}" for k, v in sorted(seen.items(), key=lambda kv: (-kv[1], kv[0])))
    noun = "control character" if n == 1 else "control characters"
    return cleaned, f"{field}: {n} {noun} removed or replaced ({kinds})"


_C0_BYTES = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BYTE_NAMES = {0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x0B: "VT", 0x0C: "FF", 0x1B: "ESC", 0x7F: "DEL"}


def clean_bytes(data: bytes, field: str = "text") -> tuple[bytes, str | None]:
    """The same rule on raw bytes of an ASCII-compatible document (a feed before its XML is parsed).

    C0 controls and DEL are single bytes that never occur inside a UTF-8 (or any ASCII-compatible)
    multi-byte sequence, so they can go before decoding; a raw control character makes an XML
    document ill-formed. UTF-16/32 data (NULs are part of its characters) is returned unchanged.
    """
    from lapwing.ingest.common import _utf16_without_bom, bom_encoding

    if not data or _C0_BYTES.search(data) is None:
        return data, None
    bom = bom_encoding(data[:4])
    if (bom is not None and bom[0] not in ("utf-8", "utf-8-sig")) or _utf16_without_bom(data[:4096]):
        return data, None
    seen: Counter[str] = Counter()

    def fix(m: re.Match[bytes]) -> bytes:
        b = m.group()
        if len(b) > 1:
            seen["ANSI escape sequence"] += 1
            return b""
        seen[_BYTE_NAMES.get(b[0], f"U+{b[0]:04X}")] += 1
        return b"\n" if b[0] in (0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x1F) else b""

    cleaned = _C0_BYTES.sub(fix, data)
    n = sum(seen.values())
    kinds = ", ".join(f"{k} x{v}" for k, v in sorted(seen.items(), key=lambda kv: (-kv[1], kv[0])))
    noun = "control character" if n == 1 else "control characters"
    return cleaned, f"{field}: {n} {noun} removed or replaced ({kinds})"
