"""Three or more nationality words on one noun name one side each (issue 10; events/adjective_sides.py).

Sentences written for this test. "British, French and German diplomats" are three actors of the noun's kind: the
actor extractor's mention covers the last word and the noun ("German diplomats"), and every word before it is a side
of its own with the noun's sector (one event per side). Two words ("French and German") worked before and still do."""

from __future__ import annotations

import pytest

CLAIMED = ("asserted", "attributed")


def claimed(pipe, text, root):
    from lapwing.schema import Article

    return [e for e in pipe.analyse(Article(id="t", text=text)).events
            if e.status in CLAIMED and e.cameo.startswith(root)]


@pytest.mark.parametrize("text, root, sides, sector", [
    ("British, French and German diplomats condemned the attack on the embassy.", "11", {"GBR", "FRA", "DEU"}, "GOV"),
    ("Rwandan, Burundian and Congolese troops attacked the rebels near the lake.", "19", {"RWA", "BDI", "COD"}, "MIL"),
    ("Chilean, Peruvian and Bolivian ministers criticised the new tariffs on Monday.", "11", {"CHL", "PER", "BOL"},
     "GOV"),
    ("Polish, Czech, Slovak and Hungarian officials denounced the decision.", "11", {"POL", "CZE", "SVK", "HUN"},
     "GOV"),
])
def test_every_listed_nationality_is_a_side(pipe, text, root, sides, sector):
    evs = claimed(pipe, text, root)
    got = {e.source.country for e in evs if e.source is not None and e.source.sector == sector}
    assert got == sides, [(e.cameo, e.source and (e.source.text, e.source.country, e.source.sector)) for e in evs]
    # a side's span is its own word, no comma
    assert all(not e.source.text.startswith((",", " ")) for e in evs if e.source is not None)


def test_pair_still_two_sides(pipe):
    evs = claimed(pipe, "Turkish and Greek officials condemned the attack on the ferry.", "11")
    assert {e.source.country for e in evs if e.source is not None} == {"TUR", "GRC"}
