#!/usr/bin/env python3
"""Build ``examples/warc/sample.warc.gz``: a tiny, deterministic web archive for the examples and tests.

The archive is written record by record as WARC/1.1, each record in its own gzip member (the usual
``.warc.gz`` layout), with fixed dates, record ids derived from the content and a zero gzip mtime, so
running the script twice gives byte-identical output.

What it holds, in order:

1. a ``warcinfo`` record;
2. a ``request`` and its ``response`` for an HTML article page (Mali village attack);
3. a ``response`` for ``/robots.txt`` (``text/plain``: not an article);
4. a ``request`` and its ``response`` for a second HTML article page (Gulf of Oman tankers);
5. a second ``response`` for the first page's URL (a re-crawl: the same URL twice is one article).

The article texts are written for the Lapwing project (wire-style, based on general public knowledge).

Usage: ``python scripts/make_example_warc.py [OUTPUT]`` (default ``examples/warc/sample.warc.gz``).
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "examples" / "warc" / "sample.warc.gz"
NAMESPACE = uuid.UUID("6f1c3a52-3b7e-4a52-9d0e-6c1f4f2b9a10")

MALI_URL = "https://news.example.org/africa/2019/06/10/mali-village-attack"
GULF_URL = "https://news.example.org/middle-east/2019/06/13/gulf-of-oman-tankers"
ROBOTS_URL = "https://news.example.org/robots.txt"

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} - Example Org News</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Example Org News">
<meta property="article:published_time" content="{published}">
<link rel="canonical" href="{url}">
</head>
<body>
<header><a href="/">Example Org News</a> <nav><a href="/africa/">Africa</a> <a href="/middle-east/">Middle East</a> <a href="/account/">My account</a></nav></header>
<main>
<article>
<h1>{title}</h1>
<p class="dateline"><time datetime="{published}">{shown_date}</time></p>
{paragraphs}
</article>
</main>
<footer><p>Example Org News. Reuse of this page is governed by our terms.</p></footer>
</body>
</html>
"""

MALI_PARAGRAPHS = [
    "MOPTI, Mali, June 10 (Example Org News) - Gunmen attacked a village in central Mali overnight, "
    "killing at least 95 people and burning homes and livestock, a local official said on Monday. "
    "Another 19 people were missing.",
    "The attack on Sobane Da, a village of about 300 people inhabited by the Dogon ethnic group, was "
    "the latest in a cycle of violence between Dogon and Fulani communities in the Mopti region that "
    "has killed hundreds of people this year.",
    '"The village has practically been wiped out," the mayor of the nearby town said by telephone. '
    '"Some of the bodies were burned so badly that we could not identify them."',
    "No group claimed responsibility. The government said security forces had been sent to the area "
    "and that it would find and punish those responsible. In March, gunmen killed about 160 Fulani "
    "villagers in Ogossagou, in the same region, the deadliest attack in Mali's recent history.",
    "The United Nations mission in Mali, which has about 15,000 personnel in the country, condemned "
    "the killings and said it was helping to evacuate the wounded. More than 50,000 people have fled "
    "their homes in central Mali since the start of the year, according to U.N. figures.",
]

GULF_PARAGRAPHS = [
    "DUBAI, June 13 (Example Org News) - Two oil tankers were attacked in the Gulf of Oman on Thursday, "
    "leaving one ablaze and adrift, and all 44 crew members were evacuated, shipping companies said.",
    "The Norwegian-owned Front Altair and the Japanese-owned Kokuka Courageous were hit near the Strait "
    "of Hormuz, a month after four vessels were damaged off the coast of the United Arab Emirates.",
    "U.S. Secretary of State Mike Pompeo said the United States had concluded that Iran was "
    "responsible, citing intelligence and the type of weapons used. Iranian Foreign Minister Mohammad "
    'Javad Zarif rejected the accusation and tweeted that the attacks were "suspicious" given that they '
    "came while Japan's prime minister was visiting Tehran.",
    "Iran denied any involvement and said its navy had rescued the crew of one of the ships. The U.S. "
    "Navy's Fifth Fleet, based in Bahrain, said it had sent a destroyer to the area.",
    "Benchmark Brent crude rose as much as 4 percent to $62.64 a barrel after the news. About a fifth "
    "of the world's oil passes through the Strait of Hormuz.",
]


def _page(title: str, url: str, published: str, shown_date: str, paragraphs: list[str]) -> bytes:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return PAGE.format(title=title, url=url, published=published, shown_date=shown_date,
                       paragraphs=body).encode("utf-8")


def _http_response(status: str, headers: list[tuple[str, str]], payload: bytes) -> bytes:
    lines = [f"HTTP/1.1 {status}"] + [f"{k}: {v}" for k, v in headers]
    lines.append(f"Content-Length: {len(payload)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + payload


def _http_request(url: str) -> bytes:
    path = "/" + url.split("/", 3)[3]
    host = url.split("/")[2]
    return (f"GET {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: lapwing-example-crawler/0.1\r\n"
            "Accept: text/html,*/*;q=0.8\r\n\r\n").encode("latin-1")


def _digest(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def _record(rtype: str, date: str, block: bytes, content_type: str, url: str | None = None,
            extra: list[tuple[str, str]] | None = None) -> bytes:
    rid = uuid.uuid5(NAMESPACE, f"{rtype}|{url}|{date}|{_digest(block)}")
    headers = [
        ("WARC-Type", rtype),
        ("WARC-Record-ID", f"<urn:uuid:{rid}>"),
        ("WARC-Date", date),
    ]
    if url:
        headers.append(("WARC-Target-URI", url))
    headers += list(extra or [])
    headers += [
        ("WARC-Block-Digest", _digest(block)),
        ("Content-Type", content_type),
        ("Content-Length", str(len(block))),
    ]
    head = "WARC/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
    return head.encode("utf-8") + block + b"\r\n\r\n"


def build() -> bytes:
    mali = _page("Gunmen kill at least 95 in attack on central Mali village", MALI_URL,
                 "2019-06-10T17:20:00+00:00", "10 June 2019", MALI_PARAGRAPHS)
    gulf = _page("Two tankers attacked in Gulf of Oman; U.S. blames Iran, Tehran denies role", GULF_URL,
                 "2019-06-13T21:05:00+04:00", "13 June 2019", GULF_PARAGRAPHS)
    html = [("Content-Type", "text/html; charset=utf-8"), ("Server", "example")]
    records = [
        _record("warcinfo", "2019-06-14T08:00:00Z",
                b"software: lapwing scripts/make_example_warc.py\r\nformat: WARC File Format 1.1\r\n"
                b"description: example crawl written for the Lapwing project\r\n",
                "application/warc-fields", extra=[("WARC-Filename", "sample.warc.gz")]),
        _record("request", "2019-06-14T08:00:01Z", _http_request(MALI_URL),
                "application/http; msgtype=request", MALI_URL),
        _record("response", "2019-06-14T08:00:01Z",
                _http_response("200 OK", html + [("Last-Modified", "Mon, 10 Jun 2019 17:20:00 GMT")], mali),
                "application/http; msgtype=response", MALI_URL,
                extra=[("WARC-Payload-Digest", _digest(mali))]),
        _record("response", "2019-06-14T08:00:02Z",
                _http_response("200 OK", [("Content-Type", "text/plain")],
                               b"User-agent: *\nDisallow: /account/\n"),
                "application/http; msgtype=response", ROBOTS_URL),
        _record("request", "2019-06-14T08:00:03Z", _http_request(GULF_URL),
                "application/http; msgtype=request", GULF_URL),
        _record("response", "2019-06-14T08:00:03Z",
                _http_response("200 OK", html + [("Last-Modified", "Thu, 13 Jun 2019 17:05:00 GMT")], gulf),
                "application/http; msgtype=response", GULF_URL,
                extra=[("WARC-Payload-Digest", _digest(gulf))]),
        _record("response", "2019-06-14T09:30:00Z",
                _http_response("200 OK", html + [("Last-Modified", "Mon, 10 Jun 2019 17:20:00 GMT")], mali),
                "application/http; msgtype=response", MALI_URL,
                extra=[("WARC-Payload-Digest", _digest(mali))]),
    ]
    return b"".join(gzip.compress(r, compresslevel=9, mtime=0) for r in records)


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    out.parent.mkdir(parents=True, exist_ok=True)
    data = build()
    out.write_bytes(data)
    print(f"wrote {out} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
