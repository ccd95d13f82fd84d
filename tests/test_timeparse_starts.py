"""The dates rules tried only where their first characters occur (timeparse/grammar/starts.py) find
exactly what running each rule over the whole text finds."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from lapwing.timeparse.grammar import candidates
from lapwing.timeparse.grammar.core import _RULES, _Cand
from lapwing.timeparse.grammar.finder import _rule_starts
from lapwing.timeparse.grammar.starts import K, RuleStarts, StartIndex, normalise, prefixes

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpora"

SENTENCES = [
    "KABUL, April 29 (Lapwing Wire) - Talks resumed on Tuesday after a pause of three weeks.",
    "The ministry said on Jan. 5, 2021 that 1,500 troops had left; 2000 people stayed until mid-March.",
    "Fighting broke out two days ago and lasted until 3 p.m. local time; by 15:30 GMT it was over.",
    "In the 1990s and early 2000s, the third quarter of fiscal 2019 was the weakest since the '80s.",
    "Ministers meet next Monday morning, the day after tomorrow, or later this year, said the envoy.",
    "He was born on 12/05/1988 and arrived 2019-04-30T10:15 on the first of May; noon on Friday too.",
    "the weekend, this summer, last autumn, the past decade, nowadays, these days, at present, year-end.",
    "AFTERNOON TALKS ON THURSDAY, 4 JULY: PRESIDENT SAID LAST NIGHT THAT THE VOTE IS NEXT WEEK.",
    "twenty years ago; two thousand and nineteen; the nineteen-sixties; a few hours later; 48 hours.",
    "",
    "   ",
    "2019",
    "x" * 40 + "Tuesday",
]

#: characters that case folding or Unicode classes pair with ASCII ones, and other odd characters
ODD = ["\u212a", "\u017f", "\u0130", "\u0131", "\uff11", "\u0661", "\u00a0", "\u2009", "\x1c", "’", "‘", "—", "é", "\n"]
WORDS = ("on in at since the last next this early late mid ago days day week weeks month year years "
         "Monday Tuesday Friday Jan. January May March 2019 1988 12 3 15:30 p.m. a.m. noon midnight "
         "morning tonight yesterday today tomorrow quarter fiscal summer decade century 1990s '80s "
         "about nearly more than two three twenty hours later earlier , . ; - / ( )").split()


def _random_texts(n: int, seed: int = 13) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(1, 40)):
            w = rnd.choice(WORDS)
            r = rnd.random()
            if r < 0.15:
                w = w.upper()
            elif r < 0.25:
                i = rnd.randint(0, len(w))
                w = w[:i] + rnd.choice(ODD) + w[i:]
            parts.append(w)
            parts.append(rnd.choice([" ", " ", " ", "  ", "\n", "", "\t"]))
        out.append("".join(parts))
    return out


def _same_as_finditer(texts: list[str]) -> None:
    starts = _rule_starts()
    for text in texts:
        index = StartIndex(text, starts)
        for n, (name, rx, _fn) in enumerate(_RULES):
            want = [m.span() for m in rx.finditer(text)]
            got = [m.span() for m in index.finditer(n, rx)]
            assert got == want, (name, text)


def _reference_candidates(text: str) -> list[_Cand]:
    """The finder's candidates computed the plain way: every rule over the whole text."""
    out = []
    for prio, (name, rx, fn) in enumerate(_RULES):
        for m in rx.finditer(text):
            if m.start() > 0 and text[m.start() - 1].isalnum():
                continue
            for start, end, typ, resolve, flags in fn(m, text) or ():
                if end > start:
                    out.append((start, end, typ, name, prio, flags))
    return out


def test_prefixes_of_simple_patterns():
    assert prefixes(r"the\s+weekend", re.I) == {"the w"[:K], "the  "[:K]}  # \s+: one space or more
    assert prefixes(r"(?:19|20)\d\d", re.I) == {"0000"[:K]}
    assert prefixes(r"noon|midnight", re.I) == {"noon"[:K], "midnight"[:K]}
    assert prefixes(r"(?P<h>\d{1,2})\s*(?:am|pm)", re.I) >= {"0am", "0 am", "00pm"}
    # a case-sensitive class keeps only its letters, lower-cased (the text is lower-cased the same way)
    assert prefixes(r"[A-C]x", 0) == {"ax", "bx", "cx"}


def test_prefixes_unknown_where_a_match_may_be_empty():
    assert prefixes(r"(?:today)?") is None
    assert prefixes(r"a|") is None
    assert prefixes(r"\b") is None


def test_normalise_keeps_length_and_non_ascii():
    text = "Jan. 5, 2021\tK\u212a\u0661 É"
    out = normalise(text)
    assert len(out) == len(text)
    assert out == "jan. 0, 0000 k\u212a\u0661 É"


def test_case_folding_partners_of_ascii_are_still_tried():
    rules = [re.compile(r"(?<![\w])(?:kelvin|lost|\d{4}|istanbul)", re.I)]
    starts = RuleStarts(rules)
    for text in ["at \u212aelvin", "the lo\u017ft one", "in \uff12\uff10\uff11\uff19", "in \u0130stanbul",
                 "KELVIN \u212aELVIN kelvin"]:
        want = [m.span() for m in rules[0].finditer(text)]
        assert want, text  # the engine matches them: so must the index
        assert [m.span() for m in StartIndex(text, starts).finditer(0, rules[0])] == want


def test_every_rule_finds_what_finditer_finds_on_written_and_random_text():
    _same_as_finditer(SENTENCES + _random_texts(300))


def test_finder_candidates_are_those_of_the_plain_scan():
    for text in SENTENCES + _random_texts(60, seed=5):
        got = [(c.start, c.end, c.type, c.rule, c.prio, c.flags) for c in candidates(text)]
        assert got == _reference_candidates(text)


def test_rules_added_later_are_indexed_too():
    first = _rule_starts()
    assert first.count == len(_RULES)
    assert _rule_starts() is first  # read once
    rx = re.compile(r"(?<![\w])(?:fortnight)", re.I)
    _RULES.append(("test_fortnight", rx, lambda m, text: [(m.start(), m.end(), "DURATION", lambda res: "P2W",
                                                           frozenset())]))
    try:
        got = [c for c in candidates("a Fortnight of talks") if c.rule == "test_fortnight"]
        assert [(c.start, c.end) for c in got] == [(2, 11)]
        assert _rule_starts().count == len(_RULES)
    finally:
        _RULES.pop()
    assert _rule_starts().count == len(_RULES)


@pytest.mark.skipif(not (SHARED / "voa_benchmark" / "voa_stories.jsonl").exists(),
                    reason="../shared/data/corpora (VOA stories) is not here")
def test_same_matches_on_news_stories():
    lines = (SHARED / "voa_benchmark" / "voa_stories.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(x)["text"] for x in lines if x.strip()]
    _same_as_finditer(texts + [t.upper() for t in texts[:20]])


def _full_index(text: str, starts: RuleStarts) -> list:
    """The index built the plain way: every position with no word character before it looked up."""
    per = [[] if known else None for known in starts.known]
    norm = normalise(text)
    for m in re.finditer(r"(?<!\w)(?=.)", text, re.S):
        for r in starts.rules_at(norm[m.start():m.start() + K]):
            per[r].append(m.start())
    if starts.at_lines:
        lines = [0] + [m.end() for m in re.finditer(r"\n", text)]
        for r in starts.at_lines:
            per[r] = lines
    return per


def test_narrowed_positions_give_the_full_index():
    """Only positions whose first character can begin a rule (or with a non-ASCII character near) are looked up:
    the index is the one every position gives, on written, odd-character and random texts."""
    starts = _rule_starts()
    texts = SENTENCES + [
        "Quarterly talks in Oslo ended Wednesday; ~40 delegates (ÉLAN, Kraków) left by 9:45 a.m.",
        "On 3\u00a0March the \u212aelvin unit, \u0661\u0662 days on, met at noon\u2014a week late.",
        "zzz qqq 'vvv' \"xxx\" _under_score #tag @name 5% $7 +3 =4 [b] {c}",
    ] + _random_texts(150, seed=29)
    for text in texts:
        assert StartIndex(text, starts).positions == _full_index(text, starts), text


def test_positions_pattern_skips_only_positions_without_rules():
    starts = _rule_starts()
    text = "Kevin vexed Greg (quietly) on Tuesday, x-rays \u00e9t\u00e9 k\u00e9"
    taken = {m.start() for m in starts.positions.finditer(text)}
    everywhere = {m.start() for m in re.finditer(r"(?<!\w)(?=.)", text, re.S)}
    assert taken < everywhere  # fewer positions looked up ...
    for p in everywhere - taken:  # ... and each one left out has no rule to try
        assert starts.rules_at(normalise(text)[p:p + K]) == ()
    assert text.index("Tuesday") in taken and text.index("on Tuesday") in taken
    assert text.index("k\u00e9") in taken  # a non-ASCII character among the first K: every rule is tried
