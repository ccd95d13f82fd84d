"""Event coder, round 37 (issue 10, precision on news nobody has labelled): a class of wrong events found by reading
the coder's output on unlabelled stories (docs/events.md, session 25, round 37). Every sentence here was written for
this test:

* a press or news conference is no talks (``!objmod=press|news`` on the hold / start / convene / attend / chair /
  host / convoke rows); a joint news conference of two leaders, or one held with another leader, still is.

Taken out (on branch pr37-candidates, with their tests): habitual material acts ("security forces routinely detain
activists"), causes that are no doer ("fear of unrest forced Egypt to delay the reform"), declining to forecast as a
refusal, battles with courts or bodies as fighting, a "should" condition after the main clause, the on/about gerund
of talks as their topic. Each holds on its invented phrasings, but the blind samples changed no claimed event of
theirs, and plover part b lost one type-matched event with all of them in.
"""

from __future__ import annotations

import pytest

from event_helpers import events as _events, show as _show, with_root, with_trigger


# -- news conferences --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("The Ghanaian prime minister held a press conference in Accra on Tuesday.", "held"),
    ("The governor of Lagos convened a news conference after the vote.", "convened"),
    ("The Peruvian president started the news conference with a statement on the floods.", "started"),
    ("The Turkish foreign minister chaired a press conference on the refugee deal.", "chaired"),
])
def test_a_news_conference_is_no_talks(pipe, text, trigger):
    evs = _events(pipe, text)
    assert not with_root(with_trigger(evs, trigger), "04"), _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("The Iraqi prime minister held talks with the Turkish president in Ankara.", "held"),
    ("The Kenyan and Ugandan presidents held a joint news conference in Kampala.", "held"),
    ("The Turkish president held a news conference with the Russian president in Ankara.", "held"),
    ("The Brazilian president held a press conference in Brasilia with the Argentine president.", "held"),
    ("The African Union convened a summit on Sudan.", "convened"),
])
def test_talks_and_a_joint_news_conference_stay(pipe, text, trigger):
    evs = _events(pipe, text)
    assert with_root(with_trigger(evs, trigger), "04"), _show(evs)
