"""The time-expression grammar as a package (timeparse/grammar/): the rules register in one fixed order,
and a selection of candidates does not depend on the anchor, so one selection serves several."""

from __future__ import annotations

from lapwing.timeparse import find_timexes
from lapwing.timeparse.grammar import core, find_timexes_in, select

TEXT = ("KABUL, April 29 (Reuters) - The council met on Tuesday and will vote next week, three days "
        "after the talks of March 2 ended. Fighting in the 1990s lasted two years; by the third quarter "
        "of 2019 it was over. The meeting starts at 3 p.m. tomorrow and runs until the end of May.")


def test_rules_register_in_priority_order():
    names = [name for name, _rx, _fn in core._RULES]
    assert len(names) == len(set(names)) == 34
    # calendar dates first, then days and periods against the anchor, named periods, durations, clock times
    assert names[0] == "dateline" and names[-1] == "noon"
    order = ["iso", "century", "relative_day", "ago", "month", "the_week_year", "ref", "duration", "clock"]
    assert [names.index(n) for n in order] == sorted(names.index(n) for n in order)


def test_one_selection_serves_every_anchor():
    selected = select(TEXT)
    for anchor in ("2019-04-30", "2019-04-29", "2020-01-01", None):
        assert find_timexes_in(TEXT, selected, anchor) == find_timexes(TEXT, anchor)
    values = {t.text: t.value for t in find_timexes(TEXT, "2019-04-30")}
    assert values["Tuesday"] == "2019-04-30" and values["April 29"] == "2019-04-29"
    assert values["the 1990s"] == "199" and values["two years"] == "P2Y"


def test_first_character_lookahead_changes_no_match():
    """Each rule with its first-character lookahead (prefilter.py) finds exactly what it finds without."""
    import re

    from lapwing.timeparse.grammar.prefilter import first_chars, with_first_chars

    samples = [TEXT, "Talks resume tomorrow morning; the ceasefire expired at midnight on Friday, 12/05/2019.",
               "In the late 1980s and the nineteen-nineties, about 3,000 people fled over two decades.",
               "Q3 2020 earnings; FY2019; the fiscal year 2018-19; 15:45 GMT; noon Tuesday; 'ninety-nine'.",
               # characters that match other letters under re.IGNORECASE: long s, Kelvin sign, dotless i, I with dot
               "Laſt weeK, on Tueſday and \u212aabul's Fr\u0131day, \u0130n early March, laſt year",
               "  BOGOTA, March 3 (Reuters) - The vote is due by the end of the year."]
    covered = 0
    for name, rx, _fn in __import__("lapwing.timeparse.grammar.core", fromlist=["_RULES"])._RULES:
        inner = rx.pattern[len(r"(?<![\w])(?:"):-1]
        plain = inner
        if inner.startswith("(?=["):  # strip the lookahead again
            plain = inner[inner.index("])(?:") + len("])(?:"):-1]
            covered += 1
            assert with_first_chars(plain, rx.flags) == inner
        bare = re.compile(rf"(?<![\w])(?:{plain})", rx.flags)
        for s in samples:
            assert [m.span() for m in rx.finditer(s)] == [m.span() for m in bare.finditer(s)], (name, s)
    assert covered >= 30  # almost every rule gets the lookahead
    assert first_chars(r"(?:a|b?)c*") is None and first_chars(r"(\w)\1") == r"[\w]"
    assert first_chars(r"x?(?P<d>\d+)") == r"[x\d]" and first_chars("[^a]b") is None
