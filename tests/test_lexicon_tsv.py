"""The shared TSV reader behind the quote and count lexicons."""

import pytest

from lapwing.extract.counts import load_count_lexicon
from lapwing.extract.quotes import load_speech_lexicon
from lapwing.lexicons import tsv


def test_rows_skip_comments_and_blanks_and_strip(tmp_path):
    p = tmp_path / "x.tsv"
    p.write_text("# a comment\n\nkilled\tverb \t killed slain\n", encoding="utf-8")
    assert list(tsv.rows(p, 3)) == [(3, ["killed", "verb", "killed slain"])]


def test_wrong_column_count_names_file_and_line(tmp_path):
    p = tmp_path / "x.tsv"
    p.write_text("a\tb\tc\nonly\ttwo\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"x\.tsv:2: expected 3 tab-separated columns, got 2"):
        list(tsv.rows(p, 3))


def test_both_loaders_report_bad_rows_the_same_way(tmp_path):
    p = tmp_path / "bad.tsv"
    p.write_text("one\tcolumn\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.tsv:1: expected 3"):
        load_count_lexicon(p)
    with pytest.raises(ValueError, match="bad.tsv:1: expected 4"):
        load_speech_lexicon(p)
