"""`lapwing lexicons lint` covers the event tables too."""

from unittest import mock

from lapwing.lexicons import lint as L


def test_shipped_lexicons_lint_clean_including_events():
    errors = [i for i in L.lint() if i.severity == "error"]
    assert errors == []


def test_event_table_problems_are_reported_as_errors():
    bad = ["17-20_force.tsv:3: unknown CAMEO code 999"]
    with mock.patch("lapwing.lexicons.event_lint.lint_events", return_value=bad):
        found = [i for i in L.lint() if i.code == "event-lexicon"]
    assert [i.message for i in found] == bad and found[0].severity == "error"
