"""Classes left open by round 76 (session 38, round rv77; issue 10).

* A figure after a weekday counts the object, not the date (parse repair 296 in ``repair_time_complement``):
  "Kenya deported on Thursday 12 Somali nationals" had read "Kenya" as the passive subject (a 174 with no doer and
  Kenya its target), "Rebels freed late on Sunday 30 hostages" had no object and no event. "on Sunday 30 March"
  keeps its date.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from event_helpers import events, hits, show


@pytest.mark.parametrize("text, root, country, target, tcountry", [
    ("Kenya deported on Thursday 12 Somali nationals.", "174", "KEN", "nationals", "SOM"),
    ("Peru expelled on Tuesday 3 Ecuadorian diplomats.", "161", "PER", "diplomats", "ECU"),
    ("Police detained on Friday 14 students in Nairobi.", "173", "KEN", "students", None),
    ("Rebels freed late on Sunday 30 hostages.", "084", None, "hostages", None),
    ("Police arrested on Wednesday 8 protesters.", "173", None, "protesters", None),
])
def test_figure_after_weekday_counts_the_object(pipe, text, root, country, target, tcountry):
    evs = events(pipe, text)
    assert hits(evs, root, country=country, target=target, tcountry=tcountry), show(evs)


def test_figure_after_weekday_subject_is_the_doer_not_the_target(pipe):
    evs = events(pipe, "Ghana deported on Monday 40 Togolese migrants.")
    assert hits(evs, "174", country="GHA", tcountry="TGO"), show(evs)
    assert not [e for e in evs if e.target is not None and e.target.country == "GHA"], show(evs)


def test_figure_after_weekday_before_a_month_is_the_date(pipe):
    from lapwing.extract.events.parse_repair import repaired

    doc = repaired(pipe.nlp("Rebels freed on Sunday 30 March the last hostages."))
    assert doc[4].text == "30" and doc[4].head.text in ("Sunday", "March", "freed") and doc[4].dep_ != "nummod"
    doc = repaired(pipe.nlp("Rebels freed on Sunday 30 hostages."))
    assert doc[4].dep_ == "nummod" and doc[4].head.text == "hostages" and doc[5].dep_ == "obj"
