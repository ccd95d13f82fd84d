"""Round cl58 (issue #11): the story step attaches in chains without losing a report.

A lone report may first join one article's two units (a stronger decision), and those units may then be attached to
a larger happening; the report that joined them must move with them. Before the fix it was lost from every event and
the one-match step failed in the 10,000-article clustering bench.
"""

from __future__ import annotations

from lapwing.store.cluster_attach import _apply


def test_a_report_attached_to_a_lone_report_moves_with_it():
    groups = [[0], [1, 2], [3, 4]]  # a lone report, one article's two units, a happening of two reports
    out = _apply(groups, [(0.5, 0, 1), (0.4, 1, 2)], lambda u, v: True)
    assert sorted(u for us in out for u in us) == [0, 1, 2, 3, 4]  # no report is lost
    assert out == [[0, 1, 2, 3, 4]]


def test_a_chain_the_compatibility_refuses_stays_apart_with_what_joined_it():
    groups = [[0], [1, 2], [3, 4]]
    out = _apply(groups, [(0.5, 0, 1), (0.4, 1, 2)], lambda u, v: {u, v} != {0, 3})
    assert out == [[0, 1, 2], [3, 4]]


def test_independent_decisions_are_unchanged():
    groups = [[0], [1], [2, 3]]
    out = _apply(groups, [(0.6, 0, 2), (0.3, 1, 2)], lambda u, v: True)
    assert out == [[0, 1, 2, 3]]
    out = _apply(groups, [(0.6, 0, 2), (0.3, 1, 2)], lambda u, v: {u, v} != {0, 1})
    assert out == [[0, 2, 3], [1]]
