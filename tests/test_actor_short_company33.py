"""A company's shortened name is the company (issue 10; actors/name_repeats.short_company_name).

Sentences and firms invented for this test. After "Kestrel Mining Holdings Ltd", a later bare "Kestrel" (which the
NER may tag as a person) or "Halden Marine" after "Halden Marine Inc." (whose "Marine" read as an agent word made
marines) is the firm: BUS, with the full name. A full person's name that shares a word with a firm is left alone."""

from __future__ import annotations

import pytest

CLAIMED = ("asserted", "attributed")


def claimed(pipe, text, root):
    from lapwing.schema import Article

    return [e for e in pipe.analyse(Article(id="t", text=text)).events
            if e.status in CLAIMED and e.cameo.startswith(root)]


@pytest.mark.parametrize("text, root, short, full", [
    ("Kestrel Mining Holdings Ltd said it would sue Zambia. Kestrel accused Zambia of breaking the contract.",
     "112", "Kestrel", "Kestrel Mining Holdings Ltd"),
    ("Brightwater Energy plc signed a deal with Ghana in May. On Friday, Brightwater accused Ghana of delaying "
     "payments.", "112", "Brightwater", "Brightwater Energy plc"),
    ("Halden Marine Inc. rejected the claims. Halden Marine accused Norway of bias.", "112", "Halden Marine",
     "Halden Marine Inc."),
])
def test_short_name_is_the_company(pipe, text, root, short, full):
    evs = claimed(pipe, text, root)
    assert any(e.source is not None and e.source.text == short and e.source.sector == "BUS" and e.source.name == full
               for e in evs), [(e.cameo, e.source and (e.source.text, e.source.name, e.source.sector)) for e in evs]


def test_full_person_name_stays_a_person(pipe):
    evs = claimed(pipe, "Sandoval Foods Ltd won the contract. Carlos Sandoval criticised Peru.", "11")
    assert evs and all(e.source is None or e.source.sector != "BUS" for e in evs)
