"""Ingestion of well-formed input: every format, the bundled examples, ids, order, stdin, folders."""

from __future__ import annotations

import gzip
import importlib.util
import io
import json
import os
import re
import shutil
import sys
from pathlib import Path

import pytest

from lapwing.ingest import check_paths, make_id, normalise_published, read_inputs
from lapwing.ingest.sniff import by_content

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

JSONL_IDS = [
    "lw-20190430-venezuela-uprising",
    "lw-20190501-venezuela-may-day",
    "lw-20190417-venezuela-central-bank-sanctions",
    "lw-20190516-yemen-sanaa-air-strikes",
    "lw-20190505-football-riverside-title",
    "lw-20190509-markets-chipmakers-rally",
    "lw-20240114-madagascar-curfew",
    "lw-20250318-guinea-bissau-mutiny",
    "lw-20251009-peru-president-removed",
    "lw-20260310-kyrgyzstan-emergency",
    "lw-20260827-png-no-confidence",
    "lw-20261112-armenia-parliament-stormed",
    "lw-20261001-thailand-election-annulled",
    "lw-20261119-zambia-opposition-arrest",
    "lw-20261129-bangladesh-election-night",
    "lw-20261203-niger-un-mission-expelled",
    "lw-20261202-paraguay-impeachment-crisis",
    "lw-20261205-montenegro-parliament-blockade",
    "lw-20261206-georgia-foreign-influence-law",
    "lw-20261102-mozambique-election-violence",
    "lw-20261205-sierra-leone-coup-attempt",
    "lw-20261206-cambodia-laos-border-clash",
]
FEED_IDS = [
    "lw-20190630-sudan-marches",
    "lw-20190621-algeria-friday-arrests",
    "lw-20190907-russia-ukraine-prisoner-swap",
]
MALI_URL = "https://news.example.org/africa/2019/06/10/mali-village-attack"
GULF_URL = "https://news.example.org/middle-east/2019/06/13/gulf-of-oman-tankers"


def read(*paths) -> list:
    return list(read_inputs([str(p) for p in paths]))


@pytest.fixture(scope="module")
def all_examples() -> list:
    return read(EXAMPLES)


# -- JSONL ----------------------------------------------------------------------------------------
def test_jsonl_examples_in_file_order_with_metadata():
    items = read(EXAMPLES / "articles.jsonl")
    assert [i.article.id for i in items] == JSONL_IDS
    assert all(i.status == "ok" and i.reason is None and i.warnings == [] for i in items)
    assert [i.origin for i in items] == [f"{EXAMPLES / 'articles.jsonl'}:{n}" for n in range(1, 23)]
    first = items[0].article
    assert first.title == "Guaidó urges military to abandon Maduro as clashes leave dozens injured in Caracas"
    assert first.published == "2019-04-30T19:45:00-04:00"
    assert first.url == "https://wire.lapwing.example/2019/04/30/venezuela-guaido-military-uprising"
    assert first.source == "Lapwing Wire"
    assert first.language == "en"
    assert first.text.startswith("CARACAS, April 30 (Lapwing Wire) - ")
    # a date-only value stays a date; "Z" becomes an explicit offset
    assert items[2].article.published == "2019-04-17"
    assert items[5].article.published == "2019-05-09T21:20:00+00:00"


def test_jsonl_text_is_exactly_the_json_text():
    lines = (EXAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    items = read(EXAMPLES / "articles.jsonl")
    for line, item in zip(lines, items, strict=True):
        assert item.article.text == json.loads(line)["text"]


def test_jsonl_gz_and_ids_from_url_and_text(tmp_path):
    rows = [
        {"text": "Police detained 14 people in Minsk on Saturday, a rights group said.", "url": "https://x.example/1"},
        {"id": 42, "text": "Troops withdrew from the border town on Sunday.", "published": "April 30, 2019"},
        {"text": "Police detained 14 people in Minsk on Saturday, a rights group said."},
    ]
    path = tmp_path / "batch.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join(json.dumps(r) for r in rows).encode()))
    items = read(path)
    assert [i.status for i in items] == ["ok", "ok", "ok"]
    assert items[0].article.id == make_id("https://x.example/1", rows[0]["text"])
    assert re.fullmatch(r"[0-9a-f]{16}", items[0].article.id)
    assert items[1].article.id == "42"  # a given id is kept (as a string)
    assert items[1].article.published == "2019-04-30"
    # same text, no url: a different id from the one with a url, stable across runs
    assert items[2].article.id == make_id(None, rows[2]["text"]) != items[0].article.id
    assert [i.article.id for i in read(path)] == [i.article.id for i in items]


def test_json_file_with_a_list_of_articles(tmp_path):
    path = tmp_path / "two.json"
    path.write_text(json.dumps([{"id": "a", "text": "Rebels seized the town on Monday."},
                                {"id": "b", "text": "The ministers met in Geneva."}]))
    items = read(path)
    assert [(i.article.id, i.origin) for i in items] == [("a", f"{path}#1"), ("b", f"{path}#2")]


def test_stdin_dash_reads_jsonl(monkeypatch):
    data = (
        '{"id": "s1", "text": "Soldiers clashed with protesters in Caracas on Tuesday."}\n'
        "\n"
        '{"id": "s2", "title": "Talks", "text": "Diplomats met in Oslo.", "published": "2019-05-01"}\n'
    )
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode("utf-8")), encoding="utf-8"))
    items = read("-")
    assert [(i.origin, i.article.id) for i in items] == [("-:1", "s1"), ("-:3", "s2")]
    assert items[1].article.title == "Talks" and items[1].article.published == "2019-05-01"


def test_stdin_accepts_gzip(monkeypatch):
    data = gzip.compress(b'{"text": "Police arrested 3 people in Quito."}\n')
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data))))
    items = read("-")
    assert [(i.origin, i.status, i.article.text) for i in items] == [("-:1", "ok", "Police arrested 3 people in Quito.")]


# -- text -----------------------------------------------------------------------------------------
def test_txt_whole_file_is_one_article_kept_exactly(tmp_path):
    text = "LIMA, May 2 - Police arrested 12 people.\r\n\r\nThe protest was peaceful, organisers said.\r\n"
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode("utf-8"))
    [item] = read(path)
    assert item.status == "ok" and item.origin == str(path)
    assert item.article.text == text
    assert item.article.title is None and item.article.published is None and item.article.url is None
    assert item.article.id == make_id(None, text)
    assert item.article.language == "en"


def test_utf8_bom_is_removed(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfTroops crossed the river at dawn, the army said.")
    [item] = read(path)
    assert item.article.text == "Troops crossed the river at dawn, the army said." and item.warnings == []


def test_non_english_text_gets_its_language(tmp_path):
    path = tmp_path / "es.txt"
    path.write_text("El presidente anunció el martes nuevas medidas económicas para frenar la inflación "
                    "y pidió calma a la población tras las protestas en la capital.", encoding="utf-8")
    [item] = read(path)
    assert item.status == "ok" and item.article.language == "es"


# -- HTML -----------------------------------------------------------------------------------------
def test_html_example_main_text_and_metadata():
    [item] = read(EXAMPLES / "html" / "pompeo-lavrov-rovaniemi.html")
    a = item.article
    assert item.status == "ok" and item.warnings == []
    assert a.title == "Pompeo and Lavrov meet in Finland, agree to keep talking on Venezuela"
    assert a.published == "2019-05-06T18:40:00+03:00"
    assert a.source == "The Northern Ledger"
    assert a.url == "https://ledger.example/world/2019/05/06/pompeo-lavrov-rovaniemi-venezuela"
    assert a.text.startswith("ROVANIEMI, Finland — U.S. Secretary of State Mike Pompeo")
    assert "“We had a frank conversation,” Pompeo told reporters" in a.text
    assert a.text.rstrip().endswith("signed by their ministers.")
    for boilerplate in ("Subscribe", "Cookie settings", "Related", "All rights reserved", "Diplomacy"):
        assert boilerplate not in a.text
    assert a.id == make_id(a.url, a.text)


def test_html_example_with_date_only_and_no_url():
    [item] = read(EXAMPLES / "html" / "heatwave-southern-europe.html")
    a = item.article
    assert a.title == "Heatwave: France sets all-time temperature record as Europe bakes"
    assert a.published == "2019-06-28"
    assert a.source == "Daily Meridian"
    assert a.url is None
    assert a.text.startswith("MONTPELLIER, France — The temperature in southern France climbed to 45.9")
    assert "Advertisement" not in a.text and "Sign up" not in a.text
    assert "\n\n" in a.text  # paragraphs kept apart


# -- feeds ----------------------------------------------------------------------------------------
def test_rss_example_one_article_per_entry():
    path = EXAMPLES / "feeds" / "world.rss"
    items = read(path)
    assert [i.article.id for i in items] == FEED_IDS
    assert [i.origin for i in items] == [f"{path}#{n}" for n in (1, 2, 3)]
    assert [i.article.published for i in items] == [
        "2019-06-30T23:30:00+02:00", "2019-06-21T19:15:00+01:00", "2019-09-07T15:20:00+03:00"]
    assert {i.article.source for i in items} == {"Lapwing Wire - World"}
    sudan, algeria, swap = (i.article for i in items)
    assert sudan.title == "Sudan security forces kill seven as tens of thousands march against military rule"
    assert sudan.url == "https://wire.lapwing.example/2019/06/30/sudan-protests-military-council"
    # content:encoded is preferred over the short description, and its HTML becomes plain text
    assert sudan.text.startswith("KHARTOUM, June 30 (Lapwing Wire) - Security forces fired live ammunition")
    assert "The Transitional Military Council has put the toll" in sudan.text
    for it in (sudan, algeria, swap):
        assert "<" not in it.text and "&lt;" not in it.text
        assert it.text.count("\n\n") >= 2
    assert algeria.text.startswith("ALGIERS, June 21 (Lapwing Wire) - Police arrested dozens")
    assert "country's ruling elite" in algeria.text
    assert swap.text.startswith("KYIV, Sept 7 (Lapwing Wire) - Russia and Ukraine exchanged 35 prisoners")


def test_atom_feed_detected_by_content(tmp_path):
    atom = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><id>urn:x</id><updated>2019-05-02T10:00:00Z</updated>
<entry><title>Strike</title><id>urn:e1</id><link href="https://a.example/e1"/>
<updated>2019-05-02T09:30:00Z</updated><summary type="html">&lt;p&gt;Jets struck a depot near Idlib, monitors said.&lt;/p&gt;</summary></entry>
</feed>"""
    path = tmp_path / "latest.feed"  # no known extension: the content decides
    path.write_text(atom, encoding="utf-8")
    [item] = read(path)
    a = item.article
    assert (a.id, a.title, a.url, a.source, a.published, a.text) == (
        "urn:e1", "Strike", "https://a.example/e1", "Desk", "2019-05-02T09:30:00+00:00",
        "Jets struck a depot near Idlib, monitors said.")


# -- WARC -----------------------------------------------------------------------------------------
def test_warc_example_html_responses_once_per_url():
    path = EXAMPLES / "warc" / "sample.warc.gz"
    items = read(path)
    assert [i.status for i in items] == ["ok", "ok"]
    assert [i.article.url for i in items] == [MALI_URL, GULF_URL]
    assert [i.origin for i in items] == [f"{path}#3", f"{path}#6"]  # record numbers in the file
    mali, gulf = (i.article for i in items)
    assert mali.title == "Gunmen kill at least 95 in attack on central Mali village"
    assert mali.published == "2019-06-10T17:20:00+00:00"
    assert mali.source == "Example Org News"
    assert mali.text.startswith("MOPTI, Mali, June 10 (Example Org News) - Gunmen attacked a village")
    assert gulf.published == "2019-06-13T21:05:00+04:00"
    assert "Disallow" not in mali.text + gulf.text  # robots.txt is not an article


def test_plain_warc_and_sniffed_warc(tmp_path):
    plain = gzip.decompress((EXAMPLES / "warc" / "sample.warc.gz").read_bytes())
    (tmp_path / "crawl.warc").write_bytes(plain)
    (tmp_path / "crawl-copy").write_bytes(plain)  # no extension: WARC magic
    items = read(tmp_path)
    assert [(Path(i.origin).name, i.article.url) for i in items] == [
        ("crawl-copy#3", MALI_URL), ("crawl-copy#6", GULF_URL),
        ("crawl.warc#3", MALI_URL), ("crawl.warc#6", GULF_URL),
    ]


def test_example_warc_script_is_deterministic_and_matches_committed_file():
    spec = importlib.util.spec_from_file_location("make_example_warc", ROOT / "scripts" / "make_example_warc.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.build() == module.build() == (EXAMPLES / "warc" / "sample.warc.gz").read_bytes()


# -- folders, order, ids --------------------------------------------------------------------------
def test_examples_folder_sorted_recursive_order(all_examples):
    rel = [str(Path(i.origin).relative_to(EXAMPLES)) for i in all_examples]
    assert rel == (
        [f"articles.jsonl:{n}" for n in range(1, 23)]
        + [f"feeds/world.rss#{n}" for n in (1, 2, 3)]
        + ["html/heatwave-southern-europe.html", "html/pompeo-lavrov-rovaniemi.html"]
        + ["warc/sample.warc.gz#3", "warc/sample.warc.gz#6"]
    )
    assert all(i.status == "ok" and i.warnings == [] for i in all_examples)
    assert all(i.article.language == "en" for i in all_examples)
    assert all(i.article.published and i.article.title for i in all_examples)


def test_examples_are_distinct_and_ids_stable(all_examples):
    ids = [i.article.id for i in all_examples]
    assert len(set(ids)) == len(ids) == 29
    assert len({i.article.text for i in all_examples}) == 29
    assert len({i.article.title for i in all_examples}) == 29
    assert [i.article.id for i in read(EXAMPLES)] == ids


def test_example_venezuela_report_has_what_the_extractors_are_tested_on(all_examples):
    by_id = {i.article.id: i.article for i in all_examples}
    text = by_id["lw-20190430-venezuela-uprising"].text
    for needle in ("CARACAS, April 30 (Lapwing Wire) -", "on Tuesday", "more than 70 people were injured",
                   "Miraflores palace", "Pompeo tweeted", "A Colombian television network reported",
                   '"The moment is now," Guaidó, 35, said', "Socialist Party"):
        assert needle in text


def test_folder_skips_hidden_entries_and_recurses_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Rebels attacked a convoy near Goma on Sunday.")
    (tmp_path / "b" / "a.txt").write_text("The minister resigned on Monday, his office said.")
    (tmp_path / "a.txt").write_text("Police fired tear gas at students in Dhaka.")
    (tmp_path / ".hidden.txt").write_text("never read")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("never read either")
    (tmp_path / "c.jsonl").write_text('{"id": "c1", "text": "Talks resumed in Doha."}\n')
    rel = [str(Path(i.origin).relative_to(tmp_path)) for i in read(tmp_path)]
    assert rel == ["a.txt", "b/a.txt", "b/z.txt", "c.jsonl:1"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_symlink_loop_is_walked_once(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Troops left the village on Friday.")
    os.symlink(tmp_path, tmp_path / "sub" / "loop")
    os.symlink(tmp_path / "missing.txt", tmp_path / "dangling.txt")
    assert [str(Path(i.origin).relative_to(tmp_path)) for i in read(tmp_path)] == ["sub/a.txt"]


def test_paths_in_given_order(tmp_path):
    (tmp_path / "one.txt").write_text("First report about the ceasefire talks in Cairo.")
    (tmp_path / "two.txt").write_text("Second report about the ceasefire talks in Cairo.")
    items = read(tmp_path / "two.txt", EXAMPLES / "feeds" / "world.rss", tmp_path / "one.txt")
    assert [Path(i.origin).name for i in items] == ["two.txt", "world.rss#1", "world.rss#2", "world.rss#3", "one.txt"]


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("page", b"<!DOCTYPE html><html><head><title>T</title></head><body><p>x</p></body></html>", "html"),
        ("feed.dat", b'<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', "feed"),
        ("rows.data", b'{"text": "a"}\n{"text": "b"}\n', "jsonl"),
        ("notes", b"Just some words about a meeting.", "text"),
        ("scan", b"%PDF-1.7 ...", "binary:PDF document"),
        ("crawl", b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "warc"),
    ],
)
def test_content_sniffing(name, content, expected):
    assert by_content(content) == expected


def test_unknown_extension_read_by_content(tmp_path):
    shutil.copy(EXAMPLES / "html" / "heatwave-southern-europe.html", tmp_path / "saved-page")
    shutil.copy(EXAMPLES / "feeds" / "world.rss", tmp_path / "world.feed")
    [page] = read(tmp_path / "saved-page")
    assert page.article.title == "Heatwave: France sets all-time temperature record as Europe bakes"
    assert [i.article.id for i in read(tmp_path / "world.feed")] == FEED_IDS


def test_check_paths_accepts_files_folders_and_stdin():
    check_paths([str(EXAMPLES), str(EXAMPLES / "articles.jsonl"), "-"])


# -- publication dates ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-04-30", "2019-04-30"),
        ("20190430", "2019-04-30"),
        ("2019-04-30T19:45:00-04:00", "2019-04-30T19:45:00-04:00"),
        ("2019-04-30T19:45:00.123Z", "2019-04-30T19:45:00+00:00"),
        ("2019-04-30 19:45", "2019-04-30T19:45:00"),
        ("Tue, 30 Apr 2019 14:05:00 GMT", "2019-04-30T14:05:00+00:00"),
        ("Tue, 30 Apr 2019 14:05:00 +0200", "2019-04-30T14:05:00+02:00"),
        ("April 30, 2019", "2019-04-30"),
        ("30 April 2019 14:05", "2019-04-30T14:05:00"),
        (1556632800, "2019-04-30T14:00:00+00:00"),
        ("1556632800000", "2019-04-30T14:00:00+00:00"),
        (None, None),
        ("", None),
    ],
)
def test_published_normalised_to_iso(value, expected):
    assert normalise_published(value) == (expected, None)


@pytest.mark.parametrize("value", ["yesterday", "April 2019", "2019-04", "2019-02-30", "0001-01-01", "soon",
                                   "2019-04-30T25:00:00", 2019, -5, ["2019"], True])
def test_published_unparsable_gives_warning(value):
    iso, warning = normalise_published(value)
    assert iso is None
    assert warning.startswith("published date '") and warning.endswith("could not be parsed: left empty")
