"""The right act with the wrong doer (session 39, round pr80; issue 10).

Two nationality words joined on one head noun ("*Kenyan* and Ugandan police met", adjective_sides.py) name two sides.
A reciprocal verb whose pattern takes its target as the second conjunct (``conj2``) had the head's mention (the
second word's country) as its source and the first word as its target: the sides are now in the order written, the
first word the source, as the first of two names already was ("Russia and Ukraine met"). A clash of force ("X and Y
guards exchanged fire") is left as it was: coders code it both ways, and a "killing ..." clause after it inherits its
source.

Controls: two names joined by "and" keep their order; a single nationality on the subject keeps its own country as
the source. Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from event_helpers import events, hits, show


@pytest.mark.parametrize("text, root, first, second", [
    ("Kenyan and Ugandan police met in Busia on Tuesday.", "04", "KEN", "UGA"),
    ("Peruvian and Chilean commanders met at the frontier on Friday to discuss the patrols.", "04", "PER", "CHL"),
    ("Israeli and Palestinian negotiators met in Cairo.", "04", "ISR", "PSE"),
    ("French and German ministers signed a pact on Friday.", "05", "FRA", "DEU"),
    ("The Greek and Turkish armies agreed to a truce after a week of clashes.", "03", "GRC", "TUR"),
])
def test_first_nationality_word_is_the_source(pipe, text, root, first, second):
    evs = events(pipe, text)
    assert hits(evs, root, country=first, tcountry=second), show(evs)
    assert not hits(evs, root, country=second, tcountry=first), show(evs)


@pytest.mark.parametrize("text, root, first, second", [
    ("Peru and Chile met in Lima on Monday.", "04", "PER", "CHL"),
    ("Greece and Turkey signed a pact on Friday.", "05", "GRC", "TUR"),
])
def test_two_names_keep_their_order(pipe, text, root, first, second):
    evs = events(pipe, text)
    assert hits(evs, root, country=first, tcountry=second), show(evs)


@pytest.mark.parametrize("text, root, country", [
    ("Kenyan police met the mayor of Kampala on Tuesday.", "04", "KEN"),
    ("Chilean commanders met their counterparts at the frontier.", "04", "CHL"),
])
def test_one_nationality_keeps_its_source(pipe, text, root, country):
    evs = events(pipe, text)
    assert hits(evs, root, country=country), show(evs)
