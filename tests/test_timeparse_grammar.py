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
