"""Text hygiene: control and invisible format characters kept out of what the parser reads.

Scraped pages, PDF text and old wire archives carry characters that are no text: NUL, BEL, ESC
(often as an ANSI colour sequence such as ``ESC[31m``), DEL, C1 controls, a byte-order mark in the
middle of a text, zero-width spaces, soft hyphens, bidirectional marks. Inside a word ("Lag<BEL>os")
they break the tokenizer, the tagger and every dictionary look-up, silently.

An article's text is kept **as given** (its offsets are the ones a reader of the input expects);
:func:`parse_copy` makes the copy the parser reads, of the same length, by these rules:

* tab, line feed and carriage return are kept; a no-break space (U+00A0) and the other Unicode spaces in
  :data:`OTHER_SPACES` (thin, narrow no-break, ideographic ...) become a plain space, with no warning (they
  are text, but spaCy's tokenizer makes each a word of its own: ``Gov.<NBSP>John Kasich``);
* characters that end a line or a page (VT, FF, the information separators U+001C..U+001F, NEL
  U+0085, LINE SEPARATOR U+2028, PARAGRAPH SEPARATOR U+2029) become a line feed;
* an ANSI escape sequence (``ESC [ ... letter``), every other C0/C1 control character, DEL, and the
  invisible format characters listed in :data:`INVISIBLE` are taken out of the run of non-space
  characters they sit in, and the run is padded with spaces at its end: ``La<BEL>gos on`` is read
  as ``Lagos  on`` (a split word is joined again; nothing after the run moves);
* a run of more than :data:`MAX_RUN_CHARS` characters without a space (10,000 quotation marks, a
  wall of brackets, a base64 blob) gets a space in place of every 101st character, so spaCy's
  tokenizer, whose time grows with the square of such a run's length, stays fast.

:class:`ParseCopy` maps offsets in the copy back to the text (:meth:`ParseCopy.start`,
:meth:`ParseCopy.end`), and :func:`restore_spans` moves every span of a record onto the original
text. The warning names how many characters of which kind, e.g.
``text: 2 control characters replaced in the copy the parser reads (BEL x1, NUL x1)``.

:func:`clean_text` (removal, the text changes length) is for fields no offset refers to: titles,
and a web page's markup before its text is extracted. :func:`clean_bytes` does the same on the raw
bytes of a feed before its XML is parsed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field as dc_field
from typing import Any

from pydantic import BaseModel

#: Line and page ends that are not \n or \r: replaced by a line feed.
LINE_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029"
#: The no-break space and the other spaces of Unicode's space separators (thin, narrow no-break, figure, ideographic
#: ...): a plain space in the copy the parser reads ('Gov.\u00a0John Kasich' is three words, not four).
OTHER_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_WIDE_SPACES = re.compile(f"[{OTHER_SPACES}]")
_TO_SPACE = str.maketrans(OTHER_SPACES, " " * len(OTHER_SPACES))
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


# -- the same-length copy the parser reads -----------------------------------------------------------
_RUN = re.compile(r"\S+")
_DROP = "\x01"  # marks a character taken out of its run (never left in the copy)


def _kinds(seen: Counter[str]) -> str:
    return ", ".join(f"{k} x{v}" for k, v in sorted(seen.items(), key=lambda kv: (-kv[1], kv[0])))


@dataclass(frozen=True)
class ParseCopy:
    """A same-length copy of a text for the parser, and how its offsets map back to the text.

    ``runs`` lists each rewritten run of non-space characters as ``(start, end, kept)``: ``kept``
    holds the text positions of the characters that moved to ``start, start + 1, ...`` in the copy;
    the rest of the run is spaces. Outside the runs an offset means the same in both.
    """

    text: str
    warnings: tuple[str, ...] = ()
    runs: tuple[tuple[int, int, tuple[int, ...]], ...] = ()
    _starts: tuple[int, ...] = dc_field(default=(), repr=False)

    @property
    def warning(self) -> str | None:
        """The warnings in one line (None when the copy is the text)."""
        return "; ".join(self.warnings) or None

    def _run(self, i: int, end: bool) -> tuple[int, int, tuple[int, ...]] | None:
        k = bisect_right(self._starts, i - 1 if end else i) - 1
        if k < 0:
            return None
        run = self.runs[k]
        inside = run[0] < i <= run[1] if end else run[0] <= i < run[1]
        return run if inside else None

    def start(self, i: int) -> int:
        """The text offset of a span that starts at ``i`` in the copy."""
        run = self._run(i, end=False)
        if run is None:
            return i
        rs, re_, kept = run
        return kept[i - rs] if i - rs < len(kept) else re_

    def end(self, i: int) -> int:
        """The text offset of a span that ends at ``i`` (exclusive) in the copy."""
        run = self._run(i, end=True)
        if run is None:
            return i
        rs, re_, kept = run
        j = i - rs
        if j <= len(kept):
            return kept[j - 1] + 1
        return re_


#: Longest run of non-space characters the parser reads as it is. spaCy's tokenizer takes time that
#: grows with the square of a run's length when the run is made of prefix/suffix characters (10,000
#: quotation marks or brackets in a row took over a minute); no word is this long.
MAX_RUN_CHARS = 100
_LONG_RUN = re.compile(r"(?<!\S)\S{%d,}" % (MAX_RUN_CHARS + 1))  # tried at a run's start only: linear


def _break_long_runs(chars: list[str], text: str) -> int:
    """Replace every (MAX_RUN_CHARS + 1)-th character of an over-long run by a space; how many runs."""
    n = 0
    for m in _LONG_RUN.finditer(text):
        n += 1
        for k in range(m.start() + MAX_RUN_CHARS, m.end(), MAX_RUN_CHARS + 1):
            chars[k] = " "
    return n


def parse_copy(text: str, field: str = "text") -> ParseCopy:
    """The copy of ``text`` the parser reads (same length, see the module doc) and a warning.

    Besides control characters, a run of more than :data:`MAX_RUN_CHARS` characters without a space
    is broken by a space every :data:`MAX_RUN_CHARS` characters (in the copy only).
    """
    if not text:
        return ParseCopy(text)
    if _WIDE_SPACES.search(text) is not None:  # a space to the reader; spaCy's tokenizer makes it a word of its own
        text = text.translate(_TO_SPACE)
    if _ANY.search(text) is None:
        if _LONG_RUN.search(text) is None:
            return ParseCopy(text)
        chars = list(text)
        n = _break_long_runs(chars, text)
        return ParseCopy("".join(chars), (_long_warning(field, n),))
    chars = list(text)
    seen: Counter[str] = Counter()
    dropped = False
    for m in _ONE.finditer(text):
        s = m.group()
        if len(s) > 1:  # an ANSI escape sequence: out whole
            seen["ANSI escape sequence"] += 1
            chars[m.start():m.end()] = _DROP * (m.end() - m.start())
            dropped = True
        elif s in _BREAKS:
            seen[_name(s)] += 1
            chars[m.start()] = "\n"
        else:
            seen[_name(s)] += 1
            chars[m.start()] = _DROP
            dropped = True
    runs: list[tuple[int, int, tuple[int, ...]]] = []
    if dropped:
        probe = "".join(chars)
        for m in _RUN.finditer(probe):
            if _DROP not in m.group():
                continue
            rs, re_ = m.span()
            kept = tuple(k for k in range(rs, re_) if chars[k] != _DROP)
            moved = [chars[k] for k in kept]
            chars[rs:re_] = moved + [" "] * (re_ - rs - len(moved))
            runs.append((rs, re_, kept))
    out = "".join(chars)
    warnings = [_control_warning(field, seen)]
    if _LONG_RUN.search(out) is not None:
        warnings.append(_long_warning(field, _break_long_runs(chars, out)))
        out = "".join(chars)
    if len(out) != len(text):  # pragma: no cover - every step above keeps the length
        raise AssertionError("the parse copy changed the text length")
    return ParseCopy(out, tuple(warnings), tuple(runs), tuple(r[0] for r in runs))


def _control_warning(field: str, seen: Counter[str]) -> str:
    n = sum(seen.values())
    noun = "control character" if n == 1 else "control characters"
    return f"{field}: {n} {noun} replaced in the copy the parser reads ({_kinds(seen)}); " \
           "the record keeps the text as given"


def _long_warning(field: str, n: int) -> str:
    runs = "run" if n == 1 else "runs"
    return (f"{field}: {n} {runs} of more than {MAX_RUN_CHARS} characters without a space broken up by spaces "
            "in the copy the parser reads")


def control_warning(text: str, field: str = "text") -> str | None:
    """The control-character warning :func:`parse_copy` gives for ``text`` (None when it has none)."""
    if not text or _ANY.search(text) is None:
        return None
    seen: Counter[str] = Counter()
    for m in _ONE.finditer(text):
        s = m.group()
        seen["ANSI escape sequence" if len(s) > 1 else _name(s)] += 1
    return _control_warning(field, seen)


def restore_spans(obj: Any, parsed: str, original: str) -> None:
    """Move every span of ``obj`` (a record) from the parsed copy onto the original text.

    ``parsed`` is the text the parser read: :func:`parse_copy` of ``original``, perhaps recased
    (:mod:`lapwing.nlp.truecase`; same length). A part with ``start`` and ``end`` gets the offsets of
    the same characters in ``original``; its ``text``, when it is the parsed slice (ignoring case),
    becomes the original slice, so ``original[start:end] == text`` holds; a derived text (a canonical
    name) stays. The article itself is not touched.
    """
    copy = parse_copy(original)
    seen: set[int] = set()

    def walk(o: Any) -> None:
        if isinstance(o, BaseModel):
            if id(o) in seen:
                return
            seen.add(id(o))
            fields = type(o).model_fields
            if {"start", "end"} <= set(fields):
                s, e = getattr(o, "start"), getattr(o, "end")
                if isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= len(parsed):
                    ns, ne = copy.start(s), copy.end(e)
                    ne = max(ns, ne)
                    text = getattr(o, "text", None) if "text" in fields else None
                    if isinstance(text, str):
                        piece = parsed[s:e]
                        if text == piece or text.lower() == piece.lower() \
                                or original[ns:ne].lower() == text.lower():
                            o.text = original[ns:ne]
                    o.start, o.end = ns, ne
            for name in fields:
                if name != "article":
                    walk(getattr(o, name))
        elif isinstance(o, (list, tuple)):
            for item in o:
                walk(item)
        elif isinstance(o, dict):
            for item in o.values():
                walk(item)

    walk(obj)
