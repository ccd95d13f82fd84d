"""Bad input: every broken unit becomes a skipped/failed item with a reason, and reading goes on.

All bad files are generated here in tmp_path.
"""

from __future__ import annotations

import gzip
import os
import re
import time
import tracemalloc
from pathlib import Path

import pytest

from lapwing.ingest import InputError, check_paths, read_inputs
from lapwing.pipeline import MAX_CHARS

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
GOOD = "Police arrested 12 protesters outside parliament on Tuesday, a spokesman said."


def read(*paths) -> list:
    return list(read_inputs([str(p) for p in paths]))


def one(path) -> object:
    items = read(path)
    assert len(items) == 1, items
    return items[0]


# -- empty, binary, huge --------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["empty.txt", "empty.html", "empty.jsonl", "empty.rss", "empty.warc.gz", "empty"])
def test_empty_file_is_skipped(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"")
    item = one(path)
    assert (item.status, item.reason) == ("skipped", "file is empty")
    assert item.article.text == "" and item.origin == str(path)


def test_whitespace_only_file_is_skipped(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_bytes(b"  \n\t\r\n ")
    item = one(path)
    assert (item.status, item.reason) == ("skipped", "file is empty (only whitespace)")


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("noise.bin", bytes(range(256)) * 40, "binary file: "),
        ("report.txt", b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" + b"\x00" * 50, "binary file (PDF document)"),
        ("photo.html", b"\x89PNG\r\n\x1a\n" + b"\x00\x10" * 100, "binary file (PNG image)"),
        ("archive.jsonl", b"PK\x03\x04" + b"\x00\x01\x02" * 100, "binary file (ZIP archive"),
        ("data.gz", gzip.compress(b"\x00\x01\x02\x03" * 100), "binary file (gzip-compressed file)"),
    ],
)
def test_binary_file_is_skipped_with_reason(tmp_path, name, data, kind):
    path = tmp_path / name
    path.write_bytes(data)
    item = one(path)
    assert item.status == "skipped"
    assert item.reason.startswith(kind) and "binary" in item.reason


def test_fifty_megabyte_text_is_one_record_read_once(tmp_path):
    path = tmp_path / "huge.txt"
    line = b"Protesters and police clashed again in the capital on Tuesday, officials said.\n"
    with path.open("wb") as fh:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    size = path.stat().st_size
    assert size >= 50 * 1024 * 1024
    from lapwing.ingest.language import detect

    detect(GOOD)  # load the language model outside the measurement
    tracemalloc.start()
    try:
        start = time.monotonic()
        item = one(path)
        elapsed = time.monotonic() - start
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert item.status == "ok" and item.warnings == []
    assert len(item.article.text) == size > MAX_CHARS  # the pipeline skips it with its own reason
    assert item.article.language == "en"
    assert elapsed < 60
    # the bytes once plus the decoded text; no further full copies
    assert peak < 2.3 * size, f"peak {peak / 2**20:.0f} MiB for a {size / 2**20:.0f} MiB file"


def test_too_long_article_is_skipped_by_the_pipeline(tmp_path):
    from lapwing.pipeline import Pipeline
    from lapwing.schema import Article

    path = tmp_path / "long.txt"
    path.write_text("word " * 300)
    article: Article = one(path).article
    record = Pipeline.create(model="blank", extractors=[], max_chars=1000).precheck(article)
    assert record.status == "skipped" and "too long" in record.reason


# -- encodings ------------------------------------------------------------------------------------
def test_invalid_utf8_is_replaced_and_flagged(tmp_path):
    good = "Protesters in Bogotá gathered on Tuesday; police said 12 were arrested in Medellín. ".encode()
    data = good + b"\xff\xfe broken bytes " + good
    path = tmp_path / "damaged.txt"
    path.write_bytes(data)
    item = one(path)
    assert item.status == "ok"
    assert "\ufffd" in item.article.text and "Bogotá" in item.article.text and "Medellín" in item.article.text
    assert item.warnings == [f"invalid UTF-8 at byte {len(good)}: decoded with replacement characters (2 invalid byte sequences)"]


def test_legacy_cp1252_text_is_detected(tmp_path):
    text = ("The café owner in Bogotá said “we are not afraid” — police arrested 12 people on Tuesday "
            "and fined the organisers 5,000 pesos, or about €1.40 each.")
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode("cp1252"))
    item = one(path)
    assert item.status == "ok"
    assert item.article.text == text
    assert item.warnings == ["file is not UTF-8: decoded as cp1252"]


def test_ascii_text_with_windows_smart_quotes(tmp_path):
    path = tmp_path / "word-export.txt"
    path.write_bytes(b"The minister said the talks \x93went well\x94 but that he didn\x92t expect a deal soon.")
    item = one(path)
    assert item.article.text == "The minister said the talks “went well” but that he didn’t expect a deal soon."
    assert item.warnings == ["file is not UTF-8: decoded as cp1252"]


def test_latin1_html_with_declared_charset(tmp_path):
    html = ("<html><head><meta charset='iso-8859-1'><title>Réunion à Genève</title></head><body>"
            "<p>Les ministres se sont réunis à Genève mardi pour discuter du cessez-le-feu.</p></body></html>")
    path = tmp_path / "geneve.html"
    path.write_bytes(html.encode("latin-1"))
    item = one(path)
    assert item.status == "ok"
    assert "réunis à Genève" in item.article.text
    assert item.warnings and item.warnings[0].startswith("file is not UTF-8: decoded as ")


# -- HTML -----------------------------------------------------------------------------------------
def test_malformed_html_still_extracts_text(tmp_path):
    path = tmp_path / "broken.html"
    path.write_text("<html><head><title>Clashes in the capital</title><body><div><p>Security forces fired tear "
                    "gas at protesters in the capital on Tuesday, witnesses said. <b>At least 30 people were "
                    "arrested, <p>a rights group said.</span></div></div><div><table><tr><td>cell</html",
                    encoding="utf-8")
    item = one(path)
    assert item.status == "ok" and item.article.title == "Clashes in the capital"
    assert "Security forces fired tear gas at protesters" in item.article.text
    assert "At least 30 people were arrested" in item.article.text


def test_html_with_unclosed_title_is_repaired(tmp_path):
    # An unclosed <title> makes a parser read the whole page as the title: it is closed and read again.
    path = tmp_path / "untitled.html"
    path.write_text("<html><head><title>Clashes in the capital<body><p>Security forces fired tear gas at "
                    "protesters in the capital on Tuesday, witnesses said.</p></body></html>", encoding="utf-8")
    item = one(path)
    assert item.status == "ok"
    assert item.article.title == "Clashes in the capital"
    assert item.article.text == ("Security forces fired tear gas at protesters in the capital on Tuesday, "
                                 "witnesses said.")
    assert item.warnings == ["the page's <title> is not closed: closed before the page's markup"]


def test_html_without_text_is_skipped(tmp_path):
    path = tmp_path / "nothing.html"
    path.write_text("<html><head><title>Nothing here</title></head><body><script>var x = 1;</script></body></html>")
    item = one(path)
    assert (item.status, item.reason) == ("skipped", "no article text found in the HTML page")
    assert item.article.title == "Nothing here"


# -- WARC -----------------------------------------------------------------------------------------
def test_truncated_warc_gz_keeps_articles_before_the_damage(tmp_path):
    data = (EXAMPLES / "warc" / "sample.warc.gz").read_bytes()
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[:3000])  # inside record 6 (the second article page)
    items = read(path)
    assert [i.status for i in items] == ["ok", "failed"]
    assert items[0].article.url == "https://news.example.org/africa/2019/06/10/mali-village-attack"
    assert items[0].article.text.rstrip().endswith("according to U.N. figures.")
    assert items[1].origin == f"{path}#6"
    assert items[1].reason.startswith("WARC file is truncated or corrupt at record 6: ")
    assert items[1].reason.endswith("; the article before it was kept")


def test_corrupt_warc_gz_in_the_middle(tmp_path):
    data = (EXAMPLES / "warc" / "sample.warc.gz").read_bytes()
    path = tmp_path / "corrupt.warc.gz"
    path.write_bytes(data[:2051] + b"this is not gzip data" * 5 + data[2051:])  # before record 4
    items = read(path)
    assert [i.status for i in items] == ["ok", "failed"]
    assert items[1].reason.startswith("WARC file is truncated or corrupt at record 4: ")


def test_truncated_plain_warc(tmp_path):
    plain = gzip.decompress((EXAMPLES / "warc" / "sample.warc.gz").read_bytes())
    path = tmp_path / "cut.warc"
    path.write_bytes(plain[:5000])  # inside record 6
    items = read(path)
    assert [i.status for i in items] == ["ok", "failed"]
    assert items[1].reason == ("WARC file is truncated or corrupt at record 6: the file ends in the middle "
                               "of the record; the article before it was kept")


def test_warc_without_html_and_not_a_warc(tmp_path):
    record = (b"WARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: https://a.example/logo.png\r\n"
              b"Content-Type: image/png\r\nContent-Length: 4\r\n\r\nabcd\r\n\r\n")
    (tmp_path / "images.warc").write_bytes(record)
    (tmp_path / "fake.warc").write_text("This is a plain note, not an archive.")
    fake, images = read(tmp_path)
    assert (images.status, images.reason) == ("skipped", "WARC file has no HTML responses")
    assert (fake.status, fake.reason) == ("failed", "not a WARC file (no WARC records found)")


# -- feeds ----------------------------------------------------------------------------------------
def test_feed_with_broken_xml_keeps_recovered_entries(tmp_path):
    path = tmp_path / "broken.rss"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>'
                    "<item><title>One</title><description>Police arrested 3 people in Quito & Guayaquil."
                    "</description></item><item><title>Two</title><description>Troops left Mosul."
                    "</description></item></channel>", encoding="utf-8")
    items = read(path)
    assert [i.status for i in items] == ["ok", "ok"]
    assert items[0].article.text == "Police arrested 3 people in Quito & Guayaquil."
    assert items[1].article.title == "Two"
    for item in items:
        assert len(item.warnings) == 1
        assert re.fullmatch(r"feed is not well-formed XML: not well-formed \(invalid token\) at line 1, "
                            r"column \d+ \(entries recovered by a lenient parser\)", item.warnings[0])


def test_feed_with_broken_xml_and_no_entries_fails(tmp_path):
    path = tmp_path / "garbage.xml"
    path.write_text('<?xml version="1.0"?><rss><channel><<<title>', encoding="utf-8")
    item = one(path)
    assert item.status == "failed"
    assert re.fullmatch(r"feed is not well-formed XML: .+ at line 1, column \d+", item.reason)


def test_xml_that_is_not_a_feed_is_skipped(tmp_path):
    path = tmp_path / "config.xml"
    path.write_text('<?xml version="1.0"?><settings><colour>blue</colour></settings>', encoding="utf-8")
    item = one(path)
    assert item.status == "skipped" and item.reason.startswith("not an RSS or Atom feed")


# -- JSONL ----------------------------------------------------------------------------------------
def test_bad_jsonl_lines_fail_alone(tmp_path):
    lines = [
        '{"id": "a", "text": "%s"}' % GOOD,
        '{"id": "b", "text": "Troops withdrew from the town.", "published": "next week-ish"}',
        "this is {not json",
        '{"id": "d", "title": "no text here"}',
        "[1, 2, 3]",
        '{"id": "f", "text": 17}',
        '{"id": "g", "text": "   "}',
        '{"id": "h", "text": "The ministers agreed to meet again in June."}',
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(path)
    got = [(i.origin.rsplit(":", 1)[1], i.status, i.reason) for i in items]
    assert got == [
        ("1", "ok", None),
        ("2", "ok", None),
        ("3", "failed", "line 3 is not valid JSON: Expecting value at column 1"),
        ("4", "skipped", 'line 4 has no "text" field'),
        ("5", "failed", "line 5 is a JSON array, not an object"),
        ("6", "skipped", 'line 6: "text" is not a string'),
        ("7", "skipped", 'line 7 has an empty "text" field'),
        ("8", "ok", None),
    ]
    # the unparsable date: no date, a warning, the article is still there to analyse
    assert items[1].article.published is None
    assert items[1].warnings == ["published date 'next week-ish' could not be parsed: left empty"]
    assert items[1].article.text == "Troops withdrew from the town."
    # a skipped line keeps what it had, so the user can find it
    assert items[3].article.id == "d" and items[3].article.title == "no text here"
    # units that were not read get distinct, stable ids
    assert len({i.article.id for i in items}) == len(items)
    assert [i.article.id for i in read(path)] == [i.article.id for i in items]


def test_jsonl_line_with_invalid_utf8_is_replaced(tmp_path):
    path = tmp_path / "bytes.jsonl"
    path.write_bytes(b'{"text": "Police in Bogot\xe1 arrested 12 people on Tuesday."}\n')
    item = one(path)
    assert item.status == "ok" and "Bogot\ufffd" in item.article.text
    assert item.warnings == ["line 1: invalid UTF-8 at byte 25 of the line: decoded with replacement characters"]


def test_truncated_jsonl_gz_keeps_complete_lines(tmp_path):
    body = "".join('{"id": "r%d", "text": "Report number %d about the talks in Vienna."}\n' % (n, n)
                   for n in range(1, 201)).encode()
    data = gzip.compress(body)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) - 20])
    items = read(path)
    assert items[-1].status == "failed"
    assert "is truncated or corrupt after line" in items[-1].reason
    good = items[:-1]
    assert good and all(i.status == "ok" for i in good)
    assert [i.article.id for i in good] == [f"r{n}" for n in range(1, len(good) + 1)]


# -- paths ----------------------------------------------------------------------------------------
def test_missing_path_raises_input_error_before_any_work(tmp_path):
    missing = tmp_path / "nope" / "articles.jsonl"
    with pytest.raises(InputError) as err:
        check_paths([str(EXAMPLES), str(missing)])
    message = str(err.value)
    assert message == f"input path does not exist: {missing}"
    assert "\n" not in message


def test_no_paths_is_an_input_error():
    with pytest.raises(InputError):
        check_paths([])


def test_path_through_a_file_is_an_input_error(tmp_path):
    (tmp_path / "report.txt").write_text(GOOD)
    bad = tmp_path / "report.txt" / "inner.txt"
    with pytest.raises(InputError, match=r"^cannot use input path .*inner\.txt: not a directory$"):
        check_paths([str(bad)])


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_unreadable_file_is_an_input_error(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(GOOD)
    path.chmod(0)
    try:
        with pytest.raises(InputError, match="cannot read input file .*secret.txt: permission denied"):
            check_paths([str(path)])
    finally:
        path.chmod(0o600)


def test_missing_path_while_reading_is_a_failed_item_not_a_crash(tmp_path):
    (tmp_path / "ok.txt").write_text(GOOD)
    items = read(tmp_path / "gone.txt", tmp_path / "ok.txt")
    assert [(i.status, i.reason) for i in items] == [("failed", "input path does not exist"), ("ok", None)]


def test_one_bad_unit_never_stops_the_folder(tmp_path, monkeypatch):
    (tmp_path / "a-empty.txt").write_bytes(b"")
    (tmp_path / "b-binary.dat").write_bytes(b"\x00\x01\x02\x03" * 64)
    (tmp_path / "c-crash.html").write_text("<html><body><p>%s</p></body></html>" % GOOD)
    (tmp_path / "d-bad.jsonl").write_text("{oops\n")
    (tmp_path / "e-good.txt").write_text(GOOD)

    import lapwing.ingest.html as html_mod

    def explode(data, origin):
        raise RuntimeError("simulated reader bug")
        yield  # pragma: no cover

    monkeypatch.setattr(html_mod, "read_html", explode)
    items = read(tmp_path)
    got = [(Path(i.origin).name, i.status) for i in items]
    assert got == [("a-empty.txt", "skipped"), ("b-binary.dat", "skipped"), ("c-crash.html", "failed"),
                   ("d-bad.jsonl:1", "failed"), ("e-good.txt", "ok")]
    assert items[2].reason == f"could not read {tmp_path / 'c-crash.html'}: RuntimeError: simulated reader bug"
    assert items[4].article.text == GOOD
