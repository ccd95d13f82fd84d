"""The PETRARCH2 unit-test dictionaries (../shared/data/events/petrarch2_unittest): imported without an
unreadable line, lint-clean, and coding the unit-test sentences with at least half the exact codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from lapwing.eval.shared import shared_data_dir

UNITTEST = shared_data_dir() / "events" / "petrarch2_unittest"
DICTS = UNITTEST / "dictionaries"
pytestmark = pytest.mark.skipif(not (DICTS / "PETR.Validate.verbs.txt").exists(),
                                reason=f"PETRARCH2 unit-test dictionaries not found at {DICTS}")


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> tuple[Path, dict]:
    from lapwing.lexicons.petrarch.importer import import_files

    out = tmp_path_factory.mktemp("petr2")
    summaries = {}
    for fmt, name in (("petrarch-actors", "actors"), ("petrarch-agents", "agents"), ("petrarch-verbs", "verbs")):
        summaries[name] = import_files(fmt, [DICTS / f"PETR.Validate.{name}.txt"], out).summary()
    return out, summaries


def test_every_line_of_the_unit_test_dictionaries_is_read(imported):
    _out, s = imported
    assert s["actors"]["unreadable_lines"] == s["agents"]["unreadable_lines"] == s["verbs"]["unreadable_lines"] == 0
    assert s["actors"]["entries"] > 100 and s["agents"]["entries"] > 80
    verbs = s["verbs"]
    assert verbs["patterns"] > 400
    assert 0 < verbs["translated"] < verbs["patterns"]
    assert verbs["untranslated_share"] == pytest.approx(1 - verbs["translated"] / verbs["patterns"], abs=1e-3)


def test_imported_unit_test_dictionaries_lint_without_errors(imported):
    from lapwing.lexicons.lint import lint
    from lapwing.lexicons.petrarch.lint import lint_user_patterns

    out, _ = imported
    issues = lint([out / "actors.tsv"], [out / "agents.tsv"]) + lint_user_patterns([out / "patterns.tsv"])
    errors = [str(i) for i in issues if i.severity == "error"]
    assert errors == []


def test_date_restricted_roles_follow_petrarch_order(imported):
    from lapwing.lexicons import lookup_actor

    out, _ = imported
    f = [out / "actors.tsv"]
    # the restriction listed first wins where two overlap (ORCHOB inside HOBMIL's years)
    assert (lookup_actor("Sam Gamgee", "2010-01-10", f).country, lookup_actor("Sam Gamgee", "2010-01-10", f).sector) \
        == ("ORC", "HOB")
    assert lookup_actor("Sam Gamgee", "2009-01-10", f).sector == "MIL"
    assert lookup_actor("Sam Gamgee", "2007-01-10", f).sector == "CIV"
    assert lookup_actor("Smeagol", "1997-01-01", f).sector == "GOV"  # a synonym, dated roles


def test_eval_with_imported_dictionaries_reaches_half_the_exact_codes(imported):
    from lapwing.eval import events

    out, s = imported
    result = events.run("petrarch2", lexicons=out, lexicon_mode="replace")
    assert result["code_agreement"] >= 0.50
    assert result["imported_untranslated_share"] == s["verbs"]["untranslated_share"]
    assert result["coder_settings"] == {"future_as_intent": False, "negated_future_as_refusal": False}
    assert "untranslated patterns" in events.report(result)
