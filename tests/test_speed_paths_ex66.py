"""The compiled patterns of session 34 round ex66 (issue 13, speed only).

- the date and count helpers' patterns are compiled once: their answers are those of ``re.search(pattern, ...)`` on
  strings written for these tests.
"""

from __future__ import annotations

import re

import pytest

from lapwing.timeparse.grammar import core, finder
from lapwing.timeparse.lexicon import parse_number
from lapwing.timeparse.tense import sentence_bounds


@pytest.mark.parametrize("text,pos", [
    ("They met in Geneva on 4 May", 22), ("It ended as of March", 17), ("the 12 months", 4), ("", 0),
    ("Costs of $ 2019 rose", 10), ("In 2019 to 2020", 3), ("on Tuesday at noon", 3), ("cut 1,500 troops", 4),
])
def test_date_helpers_as_uncompiled(text, pos):
    m = re.search(r"(?:^|[^\w])(as of|[A-Za-z]+)\s+$", text[max(0, pos - 16):pos])
    w = m.group(1).lower() if m else None
    assert finder._preposition(text, pos) == (w if w in finder.PREPOSITIONS else None)
    m = re.search(r"([A-Za-z$#.']+)\s*$", text[max(0, pos - 30):pos])
    assert core._prev_word(text, pos) == (m.group(1).lower().strip(".'") if m else "")
    m = re.match(r"\s*([A-Za-z%/]+)", text[pos:pos + 30])
    assert core._next_word(text, pos) == (m.group(1).lower() if m else "")


@pytest.mark.parametrize("s,value", [("several", None), ("a few", None), ("3 1/2", 3.5), ("12", 12), ("2.5", 2.5),
                                     ("twenty one", 21), ("dozens of", None), ("a", 1), ("nine hundred", 900)])
def test_parse_number_unchanged(s, value):
    assert parse_number(s) == value


def test_sentence_bounds_abbreviations():
    text = "Talks resumed on Nov. 6 in the capital. The U.S. envoy left. In Feb. The talks ended."
    # "Nov. 6" and "U.S. envoy" go on; "Feb." before a sentence's first word ends one
    assert [text[a:b].strip() for a, b in sentence_bounds(text)] == [
        "Talks resumed on Nov. 6 in the capital.", "The U.S. envoy left.", "In Feb.", "The talks ended."]
