"""Control characters (NUL, BEL, ESC...): a warning in every reader; the parser reads a same-length copy
without them, the record keeps the text as given (markup-based readers extract the text without them).

All inputs are generated here in tmp_path; the sentences are written for these tests.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from lapwing.ingest import read_inputs
from lapwing.ingest.hygiene import clean_text, has_controls, parse_copy

SENTENCE = "Police arrested twelve protesters in Lagos on Friday."
# one BEL inside a word, one NUL between sentences, an ANSI colour sequence, a zero-width space
DIRTY = "Police arrested twelve protesters in La\x07gos on Friday.\x00 The army \x1b[31mdenied\x1b[0m it.\u200b"
CLEAN = "Police arrested twelve protesters in Lagos on Friday. The army denied it."


def read(*paths) -> list:
    return list(read_inputs([str(p) for p in paths]))


# -- the rule ----------------------------------------------------------------------------------------
def test_clean_text_removes_controls_and_says_which():
    text, warning = clean_text(DIRTY)
    assert text == CLEAN
    assert warning is not None and warning.startswith("text: 5 control characters removed or replaced")
    assert "BEL x1" in warning and "NUL x1" in warning and "ANSI escape sequence x2" in warning
    assert "zero-width space x1" in warning


def test_clean_text_keeps_ordinary_text_and_whitespace_untouched():
    text = "Line one.\tTabbed.\r\nLine two \u2014 with a dash, caf\u00e9 and \u201cquotes\u201d.\n\nNew paragraph."
    assert clean_text(text) == (text, None)
    assert not has_controls(text)


@pytest.mark.parametrize("ch", ["\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u2029"])
def test_line_and_page_breaks_become_a_line_feed(ch):
    text, warning = clean_text(f"Troops withdrew.{ch}Talks resumed.")
    assert text == "Troops withdrew.\nTalks resumed." and warning


@pytest.mark.parametrize("ch", ["\x00", "\x01", "\x07", "\x08", "\x1b", "\x7f", "\x90", "\u00ad", "\ufeff", "\u202e"])
def test_each_invisible_character_is_removed(ch):
    text, warning = clean_text(f"Police arr{ch}ested twelve protesters.")
    assert text == "Police arrested twelve protesters." and warning


# -- every reader ------------------------------------------------------------------------------------
def _html(text: str, title: str = "Arrests in Lagos") -> str:
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<p>{text}</p><p>{'Officials gave no further details about the arrests on Friday. ' * 3}</p>"
            "</article></body></html>")


def _warc(url: str, html: bytes) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
    head = (
        "WARC/1.1\r\n"
        "WARC-Type: response\r\n"
        f"WARC-Target-URI: {url}\r\n"
        "WARC-Date: 2024-02-09T10:00:00Z\r\n"
        "WARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789abc>\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def _rss(text: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title>'
            '<item><title>Arrests in Lagos</title><link>https://wire.example/1</link>'
            '<pubDate>Fri, 09 Feb 2024 10:00:00 GMT</pubDate>'
            f'<description>{text}</description></item></channel></rss>')


def _inputs(tmp_path: Path) -> dict[str, Path]:
    bel = SENTENCE.replace("Lagos", "La\x07gos")
    p = {}
    p["txt"] = tmp_path / "a.txt"
    p["txt"].write_text(bel + "\x00", encoding="utf-8")
    p["jsonl escaped"] = tmp_path / "b.jsonl"
    p["jsonl escaped"].write_text(json.dumps({"id": "j1", "text": bel}) + "\n", encoding="utf-8")
    p["jsonl raw"] = tmp_path / "c.jsonl"  # a raw BEL byte inside the JSON string (JSON wants it escaped)
    p["jsonl raw"].write_bytes(b'{"id": "j2", "text": "' + bel.encode() + b'"}\n')
    p["json"] = tmp_path / "d.json"
    p["json"].write_text(json.dumps([{"id": "j3", "text": bel}]), encoding="utf-8")
    p["html"] = tmp_path / "e.html"
    p["html"].write_text(_html("\x1b[1m" + bel + "\x1b[0m"), encoding="utf-8")
    p["feed"] = tmp_path / "f.rss"
    p["feed"].write_text(_rss("\x1b[1m" + bel + "\x1b[0m"), encoding="utf-8")
    p["warc"] = tmp_path / "g.warc.gz"
    p["warc"].write_bytes(gzip.compress(_warc("https://news.example/lagos", _html(bel).encode())))
    return p


@pytest.mark.parametrize("kind", ["txt", "jsonl escaped", "jsonl raw", "json", "html", "feed", "warc"])
def test_every_reader_warns_of_control_characters(tmp_path, kind):
    path = _inputs(tmp_path)[kind]
    items = read(path)
    assert len(items) == 1, [(i.status, i.reason) for i in items]
    item = items[0]
    assert item.status == "ok", (item.status, item.reason)
    if kind in ("html", "feed", "warc"):  # text extracted from markup: the controls went with the markup
        assert SENTENCE in item.article.text, item.article.text
        assert "[1m" not in item.article.text and "[0m" not in item.article.text  # no ANSI residue
        assert not has_controls(item.article.text)
    else:  # the text as given; the parser's copy is clean and of the same length
        assert SENTENCE.replace("Lagos", "La\x07gos") in item.article.text
        copy = parse_copy(item.article.text).text
        assert len(copy) == len(item.article.text) and not has_controls(copy) and SENTENCE in " ".join(copy.split())
    assert any("control character" in w for w in item.warnings), item.warnings
    assert not any("not well-formed" in w for w in item.warnings), item.warnings  # the feed parses cleanly
    if item.article.title is not None:
        assert not has_controls(item.article.title)


def test_a_few_stray_nuls_do_not_make_a_text_file_binary(tmp_path):
    path = tmp_path / "scraped.txt"
    path.write_bytes((SENTENCE + "\x00\n\n" + "Officials said the men were released later. " * 20).encode())
    (item,) = read(path)
    assert item.status == "ok" and item.article.text.startswith(SENTENCE + "\x00\n\n")
    assert any("NUL x1" in w for w in item.warnings)
    many = tmp_path / "blob.txt"
    many.write_bytes(b"\x00\x01\x02\x03" * 200)
    (item,) = read(many)
    assert item.status == "skipped" and "binary" in item.reason


def test_the_text_is_kept_as_given(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(SENTENCE.replace("Lagos", "La\x07gos"), encoding="utf-8")
    (ia,) = read(a)
    assert ia.article.text == SENTENCE.replace("Lagos", "La\x07gos")
    assert any("BEL x1" in w for w in ia.warnings)


def test_the_parse_copy_keeps_length_and_maps_offsets_back():
    text = "Police arrested twelve protesters in La\x07gos on Friday.\x00 The army \x1b[31mdenied\x1b[0m it."
    copy = parse_copy(text)
    assert len(copy.text) == len(text) and not has_controls(copy.text)
    assert "in Lagos  on Friday.  The army denied" in copy.text
    for word in ("Lagos", "Friday.", "denied", "army", "Police"):
        i = copy.text.index(word)
        s, e = copy.start(i), copy.end(i + len(word))
        assert clean_text(text[s:e])[0] == word and text[s] == word[0] and text[e - 1] == word[-1]
    assert parse_copy(SENTENCE).text == SENTENCE and parse_copy(SENTENCE).warning is None


# -- end to end: the arrest is no longer lost -----------------------------------------------------------
def test_a_bel_inside_the_sentence_no_longer_loses_the_arrest(tmp_path, pipe):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "bel", "text": SENTENCE.replace("Lagos", "La\x07gos"),
                                "published": "2024-02-10"}) + "\n", encoding="utf-8")
    (item,) = read(path)
    (rec,) = list(pipe.analyse_many([item.article]))
    arrests = [e for e in rec.events if e.cameo == "173"]
    assert len(arrests) == 1, rec.events
    ev = arrests[0]
    assert (ev.source.sector, ev.target.sector) == ("COP", "CVL")
    assert ev.place is not None and ev.place.name == "Lagos" and ev.date == "2024-02-09"
    text = rec.article.text
    assert text == SENTENCE.replace("Lagos", "La\x07gos")  # the text as given: offsets refer to it
    for span in (ev.trigger, ev.source, ev.target, ev.place):
        assert text[span.start:span.end] == span.text
    assert text[ev.place.start:ev.place.end] == "La\x07gos"
    assert any("BEL x1" in w for w in rec.warnings), rec.warnings


def test_the_pipeline_also_cleans_an_article_built_in_code(pipe):
    from lapwing.schema import Article

    given = "Police arrested twelve protesters in La\x07gos\x00 on Friday."
    rec = pipe.analyse(Article(id="code", text=given))
    assert rec.article.text == given
    assert any("control character" in w and "BEL x1" in w for w in rec.warnings), rec.warnings
    assert [e.cameo for e in rec.events] == ["173"]
    for e in rec.events:
        assert rec.article.text[e.trigger.start:e.trigger.end] == e.trigger.text


def test_the_warning_reaches_the_record_written_by_the_cli(tmp_path, capsys):
    from lapwing.cli import main

    src = tmp_path / "a.txt"
    src.write_text(SENTENCE.replace("Lagos", "La\x07gos"), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", str(src), "--out", str(out), "-q"])
    assert exit_info.value.code == 0, capsys.readouterr().err
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["article"]["text"] == SENTENCE.replace("Lagos", "La\x07gos")
    assert any("BEL x1" in w for w in record["warnings"]), record["warnings"]
    assert [e["cameo"] for e in record["events"]] == ["173"]


def test_byte_cleaning_leaves_utf16_alone_and_cleans_utf8():
    from lapwing.ingest.hygiene import clean_bytes

    utf16 = "Police arrested twelve protesters.".encode("utf-16")
    assert clean_bytes(utf16) == (utf16, None)
    data, warning = clean_bytes("<t>caf\u00e9 \x07ok\x0c</t>".encode("utf-8"))
    assert data == "<t>caf\u00e9 ok\n</t>".encode("utf-8") and "BEL x1" in warning and "FF x1" in warning


# -- over-long runs without a space ------------------------------------------------------------------------
def test_long_runs_are_broken_in_the_parse_copy_only():
    from lapwing.ingest.hygiene import MAX_RUN_CHARS

    text = SENTENCE + " " + '"' * 10_000 + " " + "(" * 250 + "x"
    copy = parse_copy(text)
    assert len(copy.text) == len(text) and copy.text.startswith(SENTENCE + " ")
    assert max(len(w) for w in copy.text.split()) <= MAX_RUN_CHARS
    assert copy.warnings and "2 runs of more than 100 characters" in copy.warnings[0]
    assert parse_copy("word " * 50).warnings == ()  # ordinary text: untouched, no warning


def test_ten_thousand_quotation_marks_are_analysed(pipe):
    # before the runs were broken up the tokenizer alone took over a minute: the article failed on the
    # pipeline's time limit; now it is analysed (speed: bench/fuzz.py)
    from lapwing.schema import Article

    text = SENTENCE + " " + '"' * 10_000
    rec = pipe.analyse(Article(id="q", text=text))
    assert rec.status == "ok", rec.reason
    assert rec.article.text == text
    assert [e.cameo for e in rec.events] == ["173"]
    assert any("without a space" in w for w in rec.warnings)
