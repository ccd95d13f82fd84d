"""Fuzzing every ingestion path and analyse(): any input gives records (ok / skipped / failed with a
reason), never an unhandled exception, a hang or unbounded memory.

    python bench/fuzz.py                          # hypothesis, 2,000 inputs per target, + 60 s atheris per target
    python bench/fuzz.py --examples 500 --atheris-seconds 0
    python bench/fuzz.py --atheris-seconds 300 --targets html,feed

Two kinds of fuzzing:

* **property-based** (hypothesis): inputs built to be odd in the ways real input is: JSON Lines with
  every field of every JSON type, broken lines, gzip; HTML with deep nesting, stray and unclosed
  tags, wrong charset declarations; RSS and Atom with odd dates, entities, CDATA and markup in every
  field; WARC records with wrong lengths, missing headers, truncation; plain text in UTF-8/16/32 with
  and without BOM, Latin-1, CP1252, Shift-JIS, KOI8-R, GB18030; analyse() on random Unicode, control
  characters, right-to-left text, very long tokens, deep brackets and quotation marks;
* **coverage-guided** (atheris, libFuzzer): raw bytes into each reader, Lapwing's ingest modules
  instrumented, each target in its own process with libFuzzer's memory (2 GB) and time (20 s per
  input) limits; a crash leaves the input in ``--artifacts``.

Each target checks the same contract (:func:`check_items`). Counts of inputs tried are printed as
JSON at the end. The short CI variant is tests/test_fuzz_ingest.py and tests/test_fuzz_analyse.py.
"""

from __future__ import annotations

import argparse
import codecs
import gzip
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

STATUSES = {"ok", "skipped", "failed"}


# -- the contract --------------------------------------------------------------------------------------
def check_items(items: Iterable[Any]) -> int:
    """Every item is an Ingested with a known status, a reason when not ok, and text when ok."""
    from lapwing.ingest.base import Ingested

    n = 0
    for item in items:
        n += 1
        assert isinstance(item, Ingested), type(item)
        assert item.status in STATUSES, item.status
        assert isinstance(item.article.text, str) and isinstance(item.article.id, str) and item.article.id
        if item.status == "ok":
            assert item.article.text.strip(), "an ok article with no text"
        else:
            assert item.reason and isinstance(item.reason, str), "not ok without a reason"
        assert all(isinstance(w, str) for w in item.warnings)
        a = item.article  # everything read must be writable as UTF-8 (JSONL, Parquet, the stores)
        for v in (a.text, a.id, a.title, a.url, a.source, a.published, item.reason, *item.warnings):
            if isinstance(v, str):
                v.encode("utf-8")
    return n


def check_record(record: Any, text: str) -> None:
    """analyse(): a record with a known status and a reason, text kept, every span inside the text."""
    from pydantic import BaseModel

    assert record.status in STATUSES, record.status
    if record.status != "ok":
        assert record.reason
        # an extractor that raises is caught (the record fails) but is a bug all the same
        assert "internal error" not in record.reason, record.reason
    assert record.article.text == text, "the record's text is not the text given"

    def spans(o: Any) -> Iterable[Any]:
        if isinstance(o, BaseModel):
            f = type(o).model_fields
            if {"start", "end"} <= set(f):
                yield o
            for name in f:
                if name != "article":
                    yield from spans(getattr(o, name))
        elif isinstance(o, list):
            for x in o:
                yield from spans(x)

    for s in spans(record):
        assert 0 <= s.start <= s.end <= len(text), (s.start, s.end, len(text))
        t = getattr(s, "text", None)
        if isinstance(t, str) and type(s).__name__ in ("Trigger", "Quote", "Count", "Date"):
            assert text[s.start:s.end] == t, (t, text[s.start:s.end])


# -- targets: bytes -> number of items ------------------------------------------------------------------
def _stream(data: bytes) -> io.BufferedReader:
    return io.BufferedReader(io.BytesIO(data))  # type: ignore[arg-type]


def t_jsonl(data: bytes) -> int:
    from lapwing.ingest.jsonl import read_jsonl

    return check_items(read_jsonl("fuzz.jsonl", "fuzz.jsonl", stream=_stream(data)))


def t_json(data: bytes) -> int:
    from lapwing.ingest.jsonl import read_json

    return check_items(read_json(data, "fuzz.json"))


def t_html(data: bytes) -> int:
    from lapwing.ingest.html import read_html

    return check_items(read_html(data, "fuzz.html"))


def t_feed(data: bytes) -> int:
    from lapwing.ingest.feed import read_feed

    return check_items(read_feed(data, "fuzz.rss"))


def t_warc(data: bytes) -> int:
    from lapwing.ingest.warc import read_warc

    return check_items(read_warc("fuzz.warc", "fuzz.warc", stream=_stream(data)))


def t_text(data: bytes) -> int:
    from lapwing.ingest.text import read_text

    return check_items(read_text(data, "fuzz.txt"))


def t_sniffed(data: bytes) -> int:
    """The whole path of a file with no telling extension: sniffing, then its reader."""
    from lapwing.ingest import read_inputs

    with tempfile.NamedTemporaryFile(suffix=".dat") as fh:
        fh.write(data)
        fh.flush()
        return check_items(read_inputs([fh.name]))


TARGETS: dict[str, Callable[[bytes], int]] = {
    "jsonl": t_jsonl, "json": t_json, "html": t_html, "feed": t_feed, "warc": t_warc, "text": t_text,
    "sniffed": t_sniffed,
}

_PIPELINE: Any = None


def pipeline() -> Any:
    global _PIPELINE
    if _PIPELINE is None:
        from lapwing.pipeline import Pipeline

        _PIPELINE = Pipeline.create()
    return _PIPELINE


def t_analyse_text(text: str) -> None:
    from lapwing.schema import Article

    record = pipeline().analyse(Article(id="fuzz", text=text))
    check_record(record, text)


def t_analyse(data: bytes) -> int:
    t_analyse_text(data.decode("utf-8", "replace"))
    return 1


# -- hypothesis strategies ----------------------------------------------------------------------------
def strategies() -> dict[str, Any]:
    """One hypothesis strategy of bytes per ingestion target, and one of text for analyse()."""
    from hypothesis import strategies as st

    words = st.sampled_from("Police arrested twelve protesters in Lagos on Friday the minister said "
                            "\"We will not\" accept talks Kenya's army troops fired on marchers".split())
    odd = st.sampled_from(["\x00", "\x07", "\x1b[31m", "\u200b", "\u202e", "\ufeff", "\ud7ff", "\U0001f600",
                           "\u0627\u0644\u0634\u0631\u0637\u0629", "\u05e9\u05dc\u05d5\u05dd", "\r\n", "\u2028",
                           "&amp;", "&#0;", "&#x110000;", "<", ">", "]]>", "\"" * 50, "(" * 40, "a" * 500])
    prose = st.lists(st.one_of(words, odd, st.text(max_size=20)), max_size=60).map(" ".join)
    scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), prose,
                       st.text(max_size=50))
    jvalue = st.recursive(scalar, lambda c: st.one_of(st.lists(c, max_size=4),
                                                      st.dictionaries(st.text(max_size=8), c, max_size=4)),
                          max_leaves=12)
    # lone UTF-16 surrogates, as JSON escapes ("\\ud83d"): half an emoji, common in scraped JSON
    halves = st.tuples(prose, st.sampled_from(["\ud83d", "\ude00", "\udc80", "\udfff\ud800"]), prose).map("".join)
    fields = st.fixed_dictionaries({}, optional={k: st.one_of(prose, jvalue, halves) for k in
                                                 ("id", "title", "text", "published", "url", "source", "language")})
    obj = st.one_of(fields, jvalue)

    def _dumps(o: Any) -> bytes:
        return json.dumps(o, allow_nan=True).encode()

    line = st.one_of(obj.map(_dumps), st.binary(max_size=80), obj.map(_dumps).map(lambda b: b[: len(b) // 2]),
                     st.integers(1, 3000).map(lambda n: b"[" * n), st.just(b""))
    jsonl = st.tuples(st.lists(line, max_size=8), st.booleans()).map(
        lambda t: gzip.compress(b"\n".join(t[0])) if t[1] else b"\n".join(t[0]))
    json_doc = st.one_of(obj.map(_dumps), st.lists(fields, max_size=5).map(_dumps),
                         st.lists(fields, max_size=5).map(lambda a: _dumps({"articles": a})), st.binary(max_size=200))

    tag = st.sampled_from(["div", "p", "article", "span", "script", "style", "title", "meta", "a", "table",
                           "td", "b", "i", "main", "header", "time", "br", "!--", "svg"])
    attr = st.tuples(st.sampled_from(["class", "id", "charset", "content", "property", "name", "datetime", "href",
                                      "lang", "onerror"]), prose).map(lambda a: f' {a[0]}="{a[1][:40]}"')
    element = st.recursive(
        prose, lambda c: st.tuples(tag, st.lists(attr, max_size=3), st.lists(c, max_size=4), st.booleans()).map(
            lambda t: f"<{t[0]}{''.join(t[1])}>{''.join(t[2])}" + (f"</{t[0]}>" if t[3] else "")),
        max_leaves=25)
    encodings = st.sampled_from(["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1", "cp1252",
                                 "shift_jis", "koi8-r", "gb18030", "utf-8-sig", "ascii"])
    declared = st.sampled_from(["utf-8", "iso-8859-1", "windows-1252", "shift_jis", "utf-16", "bogus-charset", ""])

    def _encode(text: str, enc: str) -> bytes:
        return text.encode(enc, "replace") if enc != "ascii" else text.encode("ascii", "ignore")

    html = st.one_of(
        st.tuples(declared, element, element, encodings).map(
            lambda t: _encode(f'<html><head><meta charset="{t[0]}"><title>{t[1][:80]}</title></head>'
                              f"<body><article>{t[2]}</article></body></html>", t[3])),
        st.integers(1, 5000).map(lambda n: b"<div>" * n + b"Police arrested twelve protesters." + b"</div>" * (n // 2)),
        st.binary(max_size=300).map(lambda b: b"<html>" + b),
    )
    date = st.one_of(st.sampled_from(["Fri, 09 Feb 2024 10:00:00 GMT", "2024-02-30T25:61:00Z", "yesterday",
                                      "0000-00-00", "Mon, 99 Xyz 99999", "1e308", ""]), prose)
    item_text = st.one_of(prose, element, element.map(lambda e: f"<![CDATA[{e}]]>"))
    rss_item = st.tuples(item_text, item_text, date, prose).map(
        lambda t: f"<item><title>{t[0]}</title><description>{t[1]}</description><pubDate>{t[2]}</pubDate>"
                  f"<link>{t[3][:60]}</link></item>")
    atom_entry = st.tuples(item_text, item_text, date).map(
        lambda t: f"<entry><title>{t[0]}</title><content type=\"html\">{t[1]}</content><updated>{t[2]}</updated>"
                  "</entry>")
    feed = st.one_of(
        st.tuples(st.lists(rss_item, max_size=5), encodings).map(
            lambda t: _encode('<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>'
                              + "".join(t[0]) + "</channel></rss>", t[1])),
        st.lists(atom_entry, max_size=5).map(
            lambda e: ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
                       + "".join(e) + "</feed>").encode("utf-8", "replace")),
        st.integers(1, 30).map(_entity_bomb),
        st.binary(max_size=300).map(lambda b: b"<?xml version='1.0'?><rss>" + b),
    )

    def _warc_record(t: tuple) -> bytes:
        rtype, url, ctype, payload, delta, drop = t
        http = (f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\n\r\n").encode() + payload
        headers = [f"WARC-Type: {rtype}", f"WARC-Target-URI: {url[:80]}", "WARC-Date: 2024-02-09T10:00:00Z",
                   "WARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789abc>",
                   "Content-Type: application/http; msgtype=response",
                   f"Content-Length: {max(0, len(http) + delta)}"]
        if drop is not None:
            headers.pop(drop % len(headers))
        return ("WARC/1.1\r\n" + "\r\n".join(headers) + "\r\n\r\n").encode("utf-8", "replace") + http + b"\r\n\r\n"

    record = st.tuples(st.sampled_from(["response", "resource", "request", "warcinfo", "revisit", "bogus"]),
                       prose, st.sampled_from(["text/html", "text/html; charset=shift_jis", "image/png", "", "x"]),
                       html, st.sampled_from([0, 0, 0, -5, 7, 10_000]), st.one_of(st.none(), st.integers(0, 5)))
    warc = st.one_of(
        st.tuples(st.lists(record.map(_warc_record), min_size=1, max_size=4), st.booleans(), st.integers(0, 100)).map(
            lambda t: _maybe_cut(gzip.compress(b"".join(t[0])) if t[1] else b"".join(t[0]), t[2])),
        st.binary(max_size=300).map(lambda b: b"WARC/1.1\r\n" + b),
    )
    text = st.one_of(
        st.tuples(prose, encodings, st.booleans()).map(
            lambda t: (codecs.BOM_UTF8 if t[2] and t[1] == "utf-8" else b"") + _encode(t[0], t[1])),
        st.binary(max_size=400),
        st.text(max_size=300).map(lambda s: s.encode("utf-8", "surrogatepass")),
    )
    sniffed = st.one_of(jsonl, json_doc, html, feed, warc, text)
    analyse = st.one_of(
        prose, st.text(max_size=400),
        st.tuples(prose, odd, prose).map(lambda t: t[0] + t[1] + t[2]),
        st.text(alphabet=st.characters(min_codepoint=0x590, max_codepoint=0x6FF), max_size=300).map(
            lambda s: "\u202b" + s + " Police arrested twelve protesters in Lagos on Friday."),
        st.integers(1, 3000).map(lambda n: "(" * n + "Police arrested twelve protesters." + ")" * n),
        st.integers(1, 2000).map(lambda n: "He said " + "\"" * n + " the army fired."),
    )
    return {"jsonl": jsonl, "json": json_doc, "html": html, "feed": feed, "warc": warc, "text": text,
            "sniffed": sniffed, "analyse": analyse}


def _entity_bomb(depth: int) -> bytes:
    """Nested XML entities ("billion laughs"): must not blow up memory."""
    ents = ['<!ENTITY e0 "lol">'] + [f'<!ENTITY e{i} "{("&e" + str(i - 1) + ";") * 10}">' for i in range(1, depth)]
    return (f'<?xml version="1.0"?><!DOCTYPE rss [{"".join(ents)}]><rss version="2.0"><channel><item>'
            f"<title>&e{depth - 1};</title><description>Police arrested twelve protesters.</description>"
            "</item></channel></rss>").encode()


def _maybe_cut(data: bytes, percent: int) -> bytes:
    return data if percent >= 90 else data[: max(1, len(data) * percent // 90)]


# -- fixed adversarial inputs for analyse() ---------------------------------------------------------------
def adversarial_texts() -> dict[str, str]:
    base = "Police arrested twelve protesters in Lagos on Friday."
    return {
        "10,000 quotation marks": base + " " + "\"" * 10_000,
        "10,000 quotation marks between words": base + " " + " ".join(["\"we"] * 5_000) + "\"",
        "a 200,000-character token": base + " " + "x" * 200_000,
        "5,000 nested brackets": "(" * 5_000 + base + ")" * 5_000,
        "right-to-left text with overrides": "\u202e" + "\u0627\u0644\u0634\u0631\u0637\u0629 " * 50 + base,
        "control characters everywhere": "".join(c + "\x07\x00" for c in base),
        "a 50,000-word sentence": " ".join(["police arrested protesters and"] * 12_500) + ".",
        "only combining marks": "\u0301" * 20_000,
        "surrogate-free astral characters": "\U0001F600" * 5_000 + " " + base,
    }


# -- running ----------------------------------------------------------------------------------------------
def run_hypothesis(targets: list[str], examples: int, seed: int | None = None, log=print) -> dict[str, int]:
    """Run each target's strategy for ``examples`` inputs; returns inputs tried per target."""
    from hypothesis import HealthCheck, given, seed as hseed, settings

    strats = strategies()
    tried: dict[str, int] = {}
    def make_body(fn: Callable[[Any], Any], count: list[int]) -> Callable[[Any], None]:
        def body(data: Any) -> None:
            count[0] += 1
            fn(data)
        return body

    for name in targets:
        count = [0]
        body = make_body(TARGETS.get(name, t_analyse_text), count)
        test = settings(max_examples=examples, deadline=None, database=None, derandomize=seed is None,
                        suppress_health_check=list(HealthCheck))(given(strats[name])(body))
        if seed is not None:
            test = hseed(seed)(test)
        t0 = time.perf_counter()
        test()
        tried[name] = count[0]
        log(f"hypothesis {name}: {count[0]} inputs, {time.perf_counter() - t0:.0f} s, no failure")
    return tried


_ATHERIS_CHILD = r"""
import sys
import atheris
with atheris.instrument_imports(include=["lapwing.ingest"]):
    import lapwing.ingest.common, lapwing.ingest.hygiene, lapwing.ingest.jsonl, lapwing.ingest.html
    import lapwing.ingest.feed, lapwing.ingest.warc, lapwing.ingest.text, lapwing.ingest.reader
sys.path.insert(0, sys.argv[1])
import fuzz
target = fuzz.TARGETS[sys.argv[2]] if sys.argv[2] != "analyse" else fuzz.t_analyse
atheris.Setup([sys.argv[0]] + sys.argv[3:], target)
atheris.Fuzz()
"""


def run_atheris(targets: list[str], seconds: int, artifacts: Path, log=print) -> dict[str, Any]:
    """Each target in its own process for ``seconds``; inputs tried (libFuzzer's count) per target."""
    try:
        import atheris  # noqa: F401 - only checks that it is installed
    except ImportError:
        log("atheris is not installed: coverage-guided fuzzing skipped (pip install atheris)")
        return {}
    artifacts.mkdir(parents=True, exist_ok=True)
    out: dict[str, Any] = {}
    for name in targets:
        corpus = artifacts / f"corpus-{name}"
        corpus.mkdir(exist_ok=True)
        args = [sys.executable, "-c", _ATHERIS_CHILD, str(Path(__file__).parent), name,
                f"-max_total_time={seconds}", "-rss_limit_mb=2048", "-timeout=20", "-print_final_stats=1",
                f"-artifact_prefix={artifacts}/{name}-", "-max_len=4096" if name != "analyse" else "-max_len=512",
                str(corpus)]
        t0 = time.perf_counter()
        res = subprocess.run(args, capture_output=True, text=True, errors="replace", timeout=seconds * 3 + 300)
        runs = re.findall(r"stat::number_of_executed_units:\s*(\d+)", res.stderr) or \
            re.findall(r"Done (\d+) runs", res.stderr)
        crashed = res.returncode != 0
        out[name] = {"inputs": int(runs[-1]) if runs else 0, "seconds": round(time.perf_counter() - t0),
                     "crash": crashed}
        if crashed:
            tail = "\n".join(res.stderr.splitlines()[-30:])
            out[name]["log"] = tail
            log(f"atheris {name}: CRASH (exit {res.returncode}); input saved under {artifacts}\n{tail}")
        else:
            log(f"atheris {name}: {out[name]['inputs']} inputs in {out[name]['seconds']} s, no crash")
    return out


def run_adversarial(log=print) -> dict[str, dict[str, Any]]:
    import resource

    out = {}
    for name, text in adversarial_texts().items():
        t0 = time.perf_counter()
        from lapwing.schema import Article

        record = pipeline().analyse(Article(id="adv", text=text))
        check_record(record, text)
        took = time.perf_counter() - t0
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        out[name] = {"status": record.status, "seconds": round(took, 1), "peak_mb_so_far": peak,
                     "reason": record.reason}
        log(f"analyse {name}: {record.status} in {took:.1f} s (peak {peak} MB so far)"
            + (f" - {record.reason}" if record.reason else ""))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--examples", type=int, default=2000, help="hypothesis inputs per ingestion target")
    ap.add_argument("--analyse-examples", type=int, default=300, help="hypothesis inputs for analyse()")
    ap.add_argument("--atheris-seconds", type=int, default=60, help="atheris time per target (0: none)")
    ap.add_argument("--targets", default=",".join([*TARGETS, "analyse"]))
    ap.add_argument("--artifacts", default="fuzz-artifacts", help="where atheris keeps its corpus and crashes")
    ap.add_argument("--seed", type=int, default=None, help="hypothesis seed (default: derandomized)")
    args = ap.parse_args()
    targets = [t for t in args.targets.split(",") if t]
    result: dict[str, Any] = {}
    t0 = time.perf_counter()
    ingest = [t for t in targets if t in TARGETS]
    result["hypothesis"] = run_hypothesis(ingest, args.examples, args.seed) if args.examples > 0 else {}
    if "analyse" in targets:
        if args.analyse_examples > 0:
            result["hypothesis"].update(run_hypothesis(["analyse"], args.analyse_examples, args.seed))
        result["adversarial"] = run_adversarial()
    if args.atheris_seconds > 0:
        result["atheris"] = run_atheris(targets, args.atheris_seconds, Path(args.artifacts))
    result["inputs_total"] = sum(result["hypothesis"].values()) + len(result.get("adversarial", {})) + sum(
        v["inputs"] for v in result.get("atheris", {}).values())
    result["seconds"] = round(time.perf_counter() - t0)
    print(json.dumps(result, indent=2))
    if any(v.get("crash") for v in result.get("atheris", {}).values()):
        sys.exit(1)


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    main()
