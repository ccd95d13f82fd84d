"""GDELT TSV exports stay one record per line and one value per field whatever the article holds: tabs,
newlines, carriage returns, NUL, NEL (U+0085), vertical tab, form feed and the other control
characters in an outlet name, a URL, a quote or a name become spaces, and a GKG field's own delimiters
inside a value (``#``, ``|``, ``;``, ``,``) do not split it. The article is written for this test."""

from __future__ import annotations

import io
import json
import re

import pytest

from lapwing.export import gdelt
from lapwing.store import open_store

#: Everything some reader takes for a line or field break, or refuses in text.
ODD = "\t\n\r\x00\x0b\x0c\x1c\x1d\x1e\x1f\x7f\x85\u2028\u2029"
NOT_IN_TSV = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\r]")

ARTICLE = {
    "id": "odd-chars", "title": "Riot\tpolice\nmake arrests\u2028again", "published": "2023-04-02",
    "source": "Lake\tSide\x85Wire\r\nDaily", "url": "http://news.example.org/a\tb\nc\x00d",
    "text": "Police arrested 30 protesters in Nairobi on Sunday.\n\n"
            "\"Prices #rose | by\x00 half; we\tcannot pay,\" said the union | leader # Joseph Otieno.\x0b "
            "The strike\x85 goes on\u2028 into a\x1c second week.",
}


def test_clean_makes_every_odd_character_a_space_and_leaves_text_alone():
    for ch in ODD:
        assert gdelt._clean(f"a{ch}b") == "a b", repr(ch)
    assert gdelt._clean("a\t\r\n\x00b") == "a b"
    assert gdelt._clean("Nairobi, Kenya — «ok» ünïcode 東京") == "Nairobi, Kenya — «ok» ünïcode 東京"
    assert gdelt._part("said | told # x;y", "|", "#", ";") == "said   told   x y"


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    from lapwing.runners.local import PipelineOptions, run_into_store

    tmp = tmp_path_factory.mktemp("odd")
    src = tmp / "odd.jsonl"
    src.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    out = {}
    with open_store(str(tmp / "odd.duckdb")) as st:
        run_into_store([src], st, PipelineOptions())
        for fmt in gdelt.WRITERS:
            fh = io.StringIO()
            n = gdelt.write(st, fmt, fh)
            out[fmt] = (n, fh.getvalue())
    return out


@pytest.mark.parametrize("fmt", list(gdelt.WRITERS))
def test_each_export_is_one_line_per_row_and_one_field_per_column(exported, fmt):
    n, text = exported[fmt]
    assert n >= 1, f"{fmt}: the article gave no row"
    assert text.count("\n") == n and len(text.splitlines()) == n, f"{fmt}: a value broke a line"
    assert not NOT_IN_TSV.search(text), f"{fmt}: {NOT_IN_TSV.search(text)!r} inside a field"
    columns = gdelt.WRITERS[fmt][0]
    for line in text.splitlines():
        assert len(line.split("\t")) == len(columns)


def test_outlet_and_url_arrive_whole_with_spaces(exported):
    _, text = exported["gdelt-mentions"]
    row = dict(zip(gdelt.MENTION_COLUMNS, text.splitlines()[0].split("\t")))
    assert row["MentionSourceName"] == "Lake Side Wire Daily"
    assert row["MentionIdentifier"] == "http://news.example.org/a b c d"


def test_a_quote_with_gkg_delimiters_stays_one_quotation(exported):
    _, text = exported["gdelt-gkg"]
    row = dict(zip(gdelt.GKG_COLUMNS, text.splitlines()[0].split("\t")))
    quotes = [q for q in row["V2.1QUOTATIONS"].split("#") if q]
    assert quotes, "the quote was not found"
    for q in quotes:
        parts = q.split("|")
        assert len(parts) == 4 and parts[0].isdigit() and parts[1].isdigit(), q
    said = next(q.split("|")[3] for q in quotes if "Prices" in q)
    assert said.split() == ["Prices", "rose", "by", "half;", "we", "cannot", "pay"]
