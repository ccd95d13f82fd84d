"""Event coder, session 23 (issue 10, item 2): the target classes of events whose source is right and whose target
is missing (``scripts/event_args_sweep23.py``). Sentences written for this test, each class in several phrasings,
with uses of the same words that must stay as they are:

- "X and Y agreed to / on ...": an agreement the two sides make with each other (X -> Y), when the clause names no
  other party; "X and Y agreed to impose sanctions on Z" stays X -> Z, "X and Y condemned ..." gives no pair;
- a show of force readied "for a war / an offensive / an assault against Y" is aimed at Y (root 15); readied for
  a parade or "an operation against smuggling" it has no target;
- a mediation's sides named in its purpose ("a peace effort *to heal the split between* X and Y") or after a
  time word ("launched a mediation effort on Sunday *between* X and Y") are its targets;
- a phrase the parser hung on a time word ("established ties on Saturday *with* Y") is the verb's own.
"""

from __future__ import annotations

import pytest

from event_helpers import claimed_pairs, events as _events, hits, show, with_root


# -- "X and Y agreed": the two sides are each other's target ---------------------------------------------------------
@pytest.mark.parametrize("text, a, b", [
    ("Malawi and Zambia have agreed to reopen their shared border crossing.", "MWI", "ZMB"),
    ("Armenia and Georgia agreed to expand intelligence cooperation.", "ARM", "GEO"),
    ("Norway and Iceland agreed on a new fishing quota.", "NOR", "ISL"),
    ("Senegal and Gambia agreed last week to hold joint naval patrols.", "SEN", "GMB"),
    ("Qatar and Bahrain have agreed to restore flights between their capitals, officials said.", "QAT", "BHR"),
])
def test_two_sides_that_agree_are_each_others_target(pipe, text, a, b):
    evs = _events(pipe, text)
    pairs = claimed_pairs(evs)
    assert (a, b) in pairs or (b, a) in pairs, show(evs)


@pytest.mark.parametrize("text, a, b, third", [
    ("Malawi and Zambia agreed to impose sanctions on Eritrea.", "MWI", "ZMB", "ERI"),
    ("Armenia and Georgia have agreed to send aid to Syria.", "ARM", "GEO", "SYR"),
    ("Norway and Iceland condemned the attack on Monday.", "NOR", "ISL", None),
    ("Malawi and Zambia agreed to lift tariffs on Russian steel.", "MWI", "ZMB", "RUS"),
    ("Armenia and Georgia have agreed to ease the ban on Turkish imports.", "ARM", "GEO", None),
    ("Senegal and Gambia criticised the ruling.", "SEN", "GMB", None),
])
def test_two_sides_keep_a_third_party_and_a_statement_has_no_pair(pipe, text, a, b, third):
    evs = _events(pipe, text)
    pairs = claimed_pairs(evs)
    assert (a, b) not in pairs and (b, a) not in pairs, show(evs)
    if third is not None:
        assert any(t == third for _s, t in pairs), show(evs)


# -- posture for a fight: the side named in the purpose ------------------------------------------------------------
@pytest.mark.parametrize("text, src, tgt", [
    ("Georgia mobilised its reservists for a possible war against Russia.", "GEO", "RUS"),
    ("Pakistan massed troops near the frontier for an offensive against India.", "PAK", "IND"),
    ("The Egyptian army deployed armoured units for a ground assault on Libya.", "EGY", "LBY"),
    ("Serbia rushed extra troops to the border for an attack on Kosovo, the ministry said.", "SRB", "XKX"),
    ("Azerbaijan mobilized the army last week for a battle against Armenia.", "AZE", "ARM"),
])
def test_a_show_of_force_is_aimed_at_the_side_of_its_purpose(pipe, text, src, tgt):
    evs = _events(pipe, text)
    assert hits(evs, "15", country=src, tcountry=tgt), show(evs)


@pytest.mark.parametrize("text", [
    "Georgia mobilised its reservists for a military parade.",
    "Pakistan deployed troops for an operation against smuggling.",
    "The Egyptian army mobilized soldiers for relief work in the flooded south.",
])
def test_a_show_of_force_for_no_fight_has_no_target(pipe, text):
    evs = _events(pipe, text)
    posture = with_root(evs, "15")
    assert posture and all(e.target is None for e in posture), show(evs)


# -- a mediation's sides: in its purpose clause, after a time word --------------------------------------------------
@pytest.mark.parametrize("text, src, tgt", [
    ("Ghana launched a mediation effort to settle the feud between Mali and Niger.", "GHA", "MLI"),
    ("Algeria began mediation efforts on Tuesday between Morocco and Mauritania.", "DZA", "MAR"),
    ("Switzerland has launched a mediation effort to ease tensions between Serbia and Kosovo.", "CHE", "SRB"),
    ("Kazakhstan launched a mediation effort to try to end the standoff between Armenia and Azerbaijan.", "KAZ", "ARM"),
])
def test_a_mediations_sides_are_its_targets(pipe, text, src, tgt):
    evs = _events(pipe, text)
    assert (src, tgt) in claimed_pairs(evs), show(evs)


def test_a_mediation_with_no_sides_named_has_no_target(pipe):
    evs = _events(pipe, "Ghana launched a mediation effort to settle the feud on Monday.")
    assert hits(evs, "04", country="GHA") and all(e.target is None for e in with_root(evs, "04")), show(evs)


# -- a phrase hung on a time word -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, src, tgt", [
    ("Paraguay established diplomatic ties on Saturday with Taiwan.", "PRY", "TWN"),
    ("Namibia restored diplomatic relations on Friday with Botswana.", "NAM", "BWA"),
    ("Uruguay signed a defence pact in May with Argentina.", "URY", "ARG"),
])
def test_a_phrase_after_a_time_word_is_the_verbs(pipe, text, src, tgt):
    evs = _events(pipe, text)
    assert (src, tgt) in claimed_pairs(evs), show(evs)
