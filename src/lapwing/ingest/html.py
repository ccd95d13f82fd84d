"""Web pages (``.html``, ``.htm``, ``.xhtml``, and HTML responses inside WARC files) via trafilatura.

Extracted: the main text (navigation, footers, share boxes and the like left out), the title, the
publication date, the site name (else the host name) and the page's canonical URL (unless the
caller knows the URL, as for WARC records). Paragraphs are separated by a blank line; a headline
repeated at the top of the text is removed, since it is the article's ``title``.

The publication date is the page's own metadata: a full date-time from
``article:published_time`` (or a similar meta tag) when it agrees with the date trafilatura finds,
else trafilatura's date (a ``YYYY-MM-DD`` day).

Malformed markup is parsed leniently; when trafilatura finds no main text, a simpler whole-page
extraction is tried. Reasons: ``no article text found in the HTML page`` (skipped),
``HTML page is too large (N MB; the limit is 20 MB)`` (skipped), and the binary-file reasons of
:mod:`lapwing.ingest.text`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

from lapwing.ingest.base import Ingested
from lapwing.ingest.hygiene import clean_text
from lapwing.ingest.common import (
    SNIFF_BYTES,
    binary_kind,
    binary_reason,
    decode_bytes,
    is_blank,
    normalise_published,
    ok,
    skipped,
)

# trafilatura and htmldate log extraction misses as errors; ingestion reports them as reasons instead.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

#: Largest HTML page extracted (trafilatura's own limit).
MAX_HTML_BYTES = 20_000_000

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(r"""^\s*<\?xml[^>]*?encoding\s*=\s*["'][^"']*["'][^>]*\?>""", re.I)
_DATE_XPATH = (
    "//meta[@property='article:published_time' or @name='article:published_time'"
    " or @itemprop='datePublished' or @name='pubdate' or @name='publishdate' or @name='date'"
    " or @name='dc.date' or @name='DC.date' or @name='DC.date.issued' or @name='parsely-pub-date'"
    " or @name='sailthru.date' or @property='og:published_time']/@content"
    " | //time[@pubdate]/@datetime | //article//time/@datetime"
)


def declared_charset(head: bytes) -> str | None:
    m = _META_CHARSET.search(head[:4096])
    return m.group(1).decode("ascii", "ignore").lower() if m else None


def _meta_datetimes(tree) -> list[str]:
    out = []
    try:
        values = tree.xpath(_DATE_XPATH)
    except Exception:
        return out
    for value in values[:20]:
        iso, _ = normalise_published(str(value))
        if iso:
            out.append(iso)
    return out


def _drop_leading_title(text: str, title: str | None) -> str:
    """Remove the headline (and a short kicker line before it) from the top of the text."""
    if not title:
        return text
    paras = text.split("\n\n")
    norm = " ".join(title.split()).casefold()
    for i, para in enumerate(paras[:3]):
        if " ".join(para.split()).casefold() == norm:
            before = paras[:i]
            if all(len(p) <= 40 and not p.rstrip().endswith((".", "!", "?", '"', "”")) for p in before):
                rest = paras[i + 1 :]
                return "\n\n".join(rest) if any(p.strip() for p in rest) else text
            break
    return text


def _paragraphs(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


_TITLE_OPEN = re.compile(r"<title\b[^>]*>", re.I)
_TITLE_CLOSE = re.compile(r"</title\s*>", re.I)
_MARKUP_IN_TITLE = re.compile(r"<(?:/?head|body|p|div|h[1-6]|article|main|section|table)\b", re.I)


def _close_title(html: str) -> str | None:
    """``html`` with an unclosed ``<title>`` closed before the markup it swallowed, else None.

    An unclosed title makes an HTML parser read the rest of the page as the title's text.
    """
    opened = _TITLE_OPEN.search(html)
    if not opened:
        return None
    closed = _TITLE_CLOSE.search(html, opened.end())
    inside = html[opened.end() : closed.start() if closed else len(html)]
    markup = _MARKUP_IN_TITLE.search(inside)
    if not markup:
        return None
    cut = opened.end() + inside.find("<")
    return html[:cut] + "</title>" + html[cut:]


def article_from_html(
    data: bytes | str,
    origin: str,
    *,
    url: str | None = None,
    charset: str | None = None,
    warnings: list[str] | None = None,
) -> Ingested:
    """One article from an HTML page (bytes are decoded here; ``charset`` as stated by HTTP)."""
    warnings = list(warnings or [])
    if isinstance(data, bytes):
        if is_blank(data):
            return skipped(origin, "file is empty", url=url)
        kind = binary_kind(data[:SNIFF_BYTES])
        if kind is not None:
            return skipped(origin, binary_reason(kind), url=url)
        if len(data) > MAX_HTML_BYTES:
            return skipped(origin, f"HTML page is too large ({len(data) / 1e6:.0f} MB; the limit is "
                                   f"{MAX_HTML_BYTES // 1_000_000} MB)", url=url)
        html, more = decode_bytes(data, charset or declared_charset(data))
        warnings += more
    else:
        html = data
    # control characters out of the page before parsing (lxml drops some silently and leaves the rest
    # of an ANSI sequence as text); counted as the text's, since the page is where the text comes from
    html, warning = clean_text(html, "text")
    if warning:
        warnings.append(warning)
    html = _XML_ENCODING.sub("", html, count=1)  # lxml refuses str input with an encoding declaration
    item = _extract(html, origin, url, warnings)
    if item.status != "ok":
        repaired = _close_title(html)
        if repaired is not None:
            again = _extract(repaired, origin, url, warnings + ["the page's <title> is not closed: closed "
                                                               "before the page's markup"])
            if again.status == "ok":
                return again
    return item


def _extract(html: str, origin: str, url: str | None, warnings: list[str]) -> Ingested:
    import trafilatura
    from trafilatura.utils import load_html

    tree = None
    try:
        tree = load_html(html)
    except Exception:
        tree = None
    doc = None
    if tree is not None:
        try:
            doc = trafilatura.bare_extraction(
                tree,
                url=url,
                with_metadata=True,
                include_comments=False,
                include_tables=True,
                date_extraction_params={"extensive_search": True, "original_date": True},
            )
        except Exception:
            doc = None
    title = getattr(doc, "title", None) if doc is not None else None
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not text.strip():
        try:
            _, text, _ = trafilatura.baseline(html)
        except Exception:
            text = ""
        if title is None and tree is not None:
            found = tree.xpath("//title/text()")
            title = " ".join(found[0].split()) if found else None
    if title and len(title) > 500:
        title = title[:497] + "..."
    text = _paragraphs(text)
    if not text.strip():
        return skipped(origin, "no article text found in the HTML page", title=title, url=url,
                       warnings=warnings)
    text = _drop_leading_title(text, title)

    page_url = url or (getattr(doc, "url", None) if doc is not None else None)
    source = None
    published = None
    if doc is not None:
        source = getattr(doc, "sitename", None) or getattr(doc, "hostname", None)
        day = getattr(doc, "date", None)
        published = day
        if tree is not None:
            for iso in _meta_datetimes(tree):
                if "T" in iso and (day is None or iso[:10] == day):
                    published = iso
                    break
            else:
                if day is None:
                    published = next(iter(_meta_datetimes(tree)), None)
    return ok(origin, text, title=title, published=published, url=page_url, source=source,
              warnings=warnings)


def read_html(data: bytes, origin: str) -> Iterator[Ingested]:
    yield article_from_html(data, origin)
