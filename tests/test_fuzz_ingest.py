"""Fuzzing every ingestion path, the short CI variant of bench/fuzz.py (property-based, hypothesis; the
coverage-guided atheris run is in the bench script), plus the crashing inputs fuzzing found."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("hypothesis")

BENCH = Path(__file__).resolve().parent.parent / "bench" / "fuzz.py"


def _fuzz():
    spec = importlib.util.spec_from_file_location("lapwing_bench_fuzz", BENCH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


fuzz = _fuzz()


@pytest.mark.parametrize("target", ["jsonl", "json", "html", "feed", "warc", "text", "sniffed"])
def test_any_input_gives_records_or_reasons(target):
    tried = fuzz.run_hypothesis([target], examples=40, seed=14, log=lambda *_: None)
    assert tried[target] >= 40


# -- inputs that crashed a reader, found by fuzzing -------------------------------------------------------
def test_a_deeply_nested_jsonl_line_fails_alone_and_the_file_goes_on():
    from lapwing.ingest.jsonl import read_jsonl
    import io

    data = b"[" * 3000 + b"\n" + b'{"id": "after", "text": "Police arrested twelve protesters in Lagos."}\n'
    items = list(read_jsonl("x.jsonl", "x.jsonl", stream=io.BufferedReader(io.BytesIO(data))))
    assert [i.status for i in items] == ["failed", "ok"]
    assert "nested too deeply" in items[0].reason and items[1].article.id == "after"


def test_a_character_reference_to_no_character_does_not_end_the_feed():
    from lapwing.ingest.feed import read_feed

    data = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>'
            b"<item><title>One</title><description>Police arrested twelve protesters.</description>"
            b"<link>&#x110000;</link></item><item><title>Two</title><description>Troops withdrew &#0; "
            b"from the town.</description></item></channel></rss>")
    items = list(read_feed(data, "f.rss"))
    assert [i.status for i in items] == ["ok", "ok"]
    assert any("character reference" in w for w in items[0].warnings)
    assert fuzz.check_items(items) == 2


def test_an_entity_bomb_feed_stays_small():
    from lapwing.ingest.feed import read_feed

    items = list(read_feed(fuzz._entity_bomb(30), "bomb.rss"))
    assert fuzz.check_items(items) >= 1
    assert all(len(i.article.text) < 100_000 and len(i.article.title or "") < 100_000 for i in items)


def test_control_characters_in_a_utf16_feed_entry():
    from lapwing.ingest.feed import read_feed

    doc = ('<?xml version="1.0"?><rss version="2.0"><channel><title>W</title><item><title>One</title>'
           "<description><![CDATA[<div><svg></svg>Police arrested twelve protesters.\x1f\x80</div>]]>"
           "</description></item></channel></rss>")
    items = list(read_feed(doc.encode("utf-16"), "f.rss"))
    assert [i.status for i in items] == ["ok"]
    assert "Police arrested twelve protesters." in items[0].article.text


def test_lone_surrogates_in_a_jsonl_line_become_replacement_characters():
    """Half an emoji as a JSON escape (``\\ud83d``) in any field: the record is ok, the text keeps its
    length (offsets hold) with U+FFFD in place of the half, and a warning says so. Before, the lone
    surrogate reached spaCy's tokenizer and ended the whole run with a UnicodeEncodeError."""
    from lapwing.ingest.jsonl import read_jsonl
    import io

    line = (b'{"id": "half-\\ud83d", "title": "Lagos \\ude00", "source": "Wire \\udc80", "url": "http://x.org/\\ud800",'
            b' "published": "2024-02-09 \\ud83d", "text": "Police arrested twelve protesters in Lagos \\ud83d on Friday."}\n')
    items = list(read_jsonl("x.jsonl", "x.jsonl", stream=io.BufferedReader(io.BytesIO(line))))
    assert fuzz.check_items(items) == 1
    a = items[0].article
    assert items[0].status == "ok"
    assert a.text == "Police arrested twelve protesters in Lagos \ufffd on Friday."
    assert (a.id, a.title, a.source, a.url) == ("half-\ufffd", "Lagos \ufffd", "Wire \ufffd", "http://x.org/\ufffd")
    assert any("surrogate" in w and "text" in w and "title" in w for w in items[0].warnings)


def test_an_article_with_lone_surrogates_is_analysed_and_written(tmp_path):
    import json

    from lapwing.runners.local import PipelineOptions, run_into_store
    from lapwing.store import open_store

    src = tmp_path / "half.jsonl"
    src.write_bytes(b'{"id": "half", "title": "Half \\ud83d", "text": "Police arrested twelve protesters in Lagos'
                    b' \\ud83d on Friday."}\n' + json.dumps({"id": "whole", "text": "Troops withdrew from Goma."}).encode())
    with open_store(str(tmp_path / "half.duckdb")) as st:
        run_into_store([src], st, PipelineOptions())
        rec = st.get_record("half")
        assert rec.status == "ok" and rec.article.title == "Half \ufffd"
        assert any(e.cameo.startswith("17") for e in rec.events), [e.cameo for e in rec.events]
        assert st.get_record("whole").status == "ok"
