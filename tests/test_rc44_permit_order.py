"""An authority's order or permission about political freedoms, session 27 round 43 (issue 10, branch rc44).

"The government ordered the paper to suspend publication" was a demand (100, REQUEST): an order by an authority that
a newspaper, station, party or association stop is the restriction itself (1721 / 1722, COERCE). "The minister
allowed the opposition to hold a rally" gave no event at all: an authority's permission to protest or to publish is
the easing of a restriction on political freedoms (0811, CONCEDE). Parse repairs 160-161 give the permission (or the
appeal) its to-clause when the model hangs it on the object or on a name in apposition to it. Sentences invented for
this test (names, countries, tenses and word orders varied), with controls where no such event must appear.
"""

from __future__ import annotations

import pytest

from event_helpers import claimed, events, show
from lapwing.extract.events.parse_repair import repaired


def _codes(pipe, text):
    return {e.cameo for e in claimed(pipe, text)}


@pytest.mark.parametrize("text, code", [
    ("The Zimbabwean government ordered the private radio station to close.", "1721"),
    ("The Kenyan government on Monday ordered the weekly Sentinel to cease printing.", "1721"),
    ("Iran's judiciary has ordered two reformist dailies to stop publishing.", "1721"),
    ("Police ordered the newspaper closed.", "1721"),
    ("The Thai junta ordered the Future Forward party to disband.", "1722"),
    ("Last week the Egyptian government ordered the human rights group to close its offices.", "1721"),
    ("The interior ministry ordered the banned movement to dissolve itself.", "1722"),
])
def test_an_order_that_an_outlet_or_party_stop_is_the_restriction(pipe, text, code):
    evs = claimed(pipe, text)
    assert any(e.cameo == code and e.plover and e.plover.type == "COERCE" for e in evs), show(evs)
    assert not any(e.cameo == "100" for e in evs), show(evs)


@pytest.mark.parametrize("text", [
    "Police in Tbilisi allowed the students to march to the parliament building.",
    "The interior minister allowed the opposition to stage a rally in the capital.",
    "The governor permitted Kurdish activists to rally outside the courthouse.",
    "Belgrade permitted the opposition to hold a protest march on Sunday.",
    "Georgian police let the students march to the parliament.",
    "The Burmese junta let the monks hold a vigil at the pagoda.",
    "The Tunisian authorities allowed the opposition radio station to resume broadcasting.",
    "The king permitted the private FM stations to resume news broadcasts.",
    "The mayor of Kharkiv allowed the workers to demonstrate outside city hall.",
])
def test_a_permission_to_protest_or_publish_is_an_easing(pipe, text):
    evs = claimed(pipe, text)
    assert any(e.cameo == "0811" and e.plover and e.plover.type == "CONCEDE" for e in evs), show(evs)


@pytest.mark.parametrize("text", [
    "The Nepalese authorities permitted the newspaper to resume publication.",
    "The Interior Minister allowed opposition figure Mohammad Aziz-ur-Rehman to bring out a procession in Karachi.",
    "The interior minister allowed opposition leader Ali Kazemi to hold a rally in Lahore.",
    "The Federal Minister for Interior allowed opposition leader Maulvi Rahim Baksh to bring out a rally on Friday.",
])
def test_a_permission_whose_clause_the_parse_hung_on_the_object(pipe, text):
    evs = claimed(pipe, text)
    assert any(e.cameo == "0811" for e in evs), show(evs)


@pytest.mark.parametrize("text", [
    "The Nepalese authorities permitted the newspaper to resume publication.",
    "The Interior Minister allowed opposition figure Mohammad Aziz-ur-Rehman to bring out a procession in Karachi.",
])
def test_repairs_160_161_make_the_clause_the_verbs(pipe, text):
    doc = pipe.nlp(text)
    v = next(t for t in doc if t.lemma_ in ("permit", "allow"))
    # the shipped model's misreading these repairs exist for (the to-clause an ``acl`` of a noun); a new model that
    # reads it right fails here: then find a sentence it still misreads, or drop the case
    assert not any(c.dep_ == "xcomp" for c in v.children), [(t.text, t.dep_, t.head.text) for t in doc]
    out = repaired(doc)
    v = out[v.i]
    assert any(c.dep_ == "xcomp" and c.lemma_ in ("resume", "bring") for c in v.children), \
        [(t.text, t.dep_, t.head.text) for t in out]


@pytest.mark.parametrize("text, bad", [
    ("The commander allowed his troops to march into the town.", "0811"),   # soldiers, not a protest
    ("The coach let the players rally after the defeat.", "0811"),          # no authority
    ("The new law allows citizens to protest without a permit.", "0811"),   # a law, not an actor's act
    ("Officials ordered the shops to close during the holiday.", "1721"),   # shops are no outlet
    ("The ministry ordered the bank to stop lending to the firm.", "1721"),
    ("The editor ordered the reporter to stop writing about the case.", "1721"),
    ("The general ordered the rebels to lay down their arms.", "1721"),
    ("The regime allowed the funds to lapse.", "0811"),
    # "demonstrate that ..." is to show, not to protest
    ("The judge delayed the hearing to allow Marek Dvorak time to demonstrate that the method is unlawful.", "0811"),
    ("The board let the engineers demonstrate how the new brakes work.", "0811"),
])
def test_controls_no_freedom_event(pipe, text, bad):
    assert bad not in _codes(pipe, text), show(claimed(pipe, text))


def test_a_refused_permission_is_not_claimed(pipe):
    text = "The president has never allowed the opposition to hold rallies in the capital."
    assert "0811" not in _codes(pipe, text)
    assert any(e.cameo == "0811" and e.status == "negated" for e in events(pipe, text)), show(events(pipe, text))
