"""PETRARCH dictionaries in and out: reading every syntax element, converting actors and agents,
translating verb patterns, loading the result as user lexicons, provenance, export.

The dictionaries under tests/data/petrarch/ were written by hand for these tests (invented names)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lapwing.lexicons import load_actors, load_agents, lookup_actor
from lapwing.lexicons.cli import app
from lapwing.lexicons.petrarch.convert import display_name
from lapwing.lexicons.petrarch.reader import read_actors, read_agents
from lapwing.lexicons.petrarch.verbs import read_verbs
from lapwing.lexicons.petrarch.translate import pattern_frames

DATA = Path(__file__).parent / "data" / "petrarch"


# -- reading ------------------------------------------------------------------------------------
def test_actor_syntax_synonyms_dates_continuations_and_comments():
    problems = []
    entries = {e.name: e for e in read_actors(DATA / "actors.txt", problems)}
    assert problems == []
    assert "Every" not in " ".join(entries)  # the multi-line <!-- --> comment is skipped
    assert [s for s, _ in entries["NORVANIA"].synonyms] == ["NORVANIAN", "NORVANIANS"]
    otten = entries["KASPAR_OTTEN"]
    assert otten.comment.startswith("a person")
    assert [(b.code, b.start, b.end) for b in otten.blocks] == [
        ("NRVOPP", None, date(2010, 1, 1)),  # PETRARCH's limits include the date
        ("NRVGOV", date(2010, 1, 1), date(2015, 12, 31)),
        ("NRVELI", date(2015, 12, 31), None),
    ]
    assert entries["TWIN_HARBOURS"].blocks[0].codes == ("NRV", "VLM")
    assert entries["GREY_COUNCIL"].blocks[0].code == "IGO"  # a code on an indented continuation line


def test_malformed_actor_lines_are_reported_with_file_and_line_never_raised():
    problems = []
    entries = read_actors(DATA / "bad_actors.txt", problems)
    by_line: dict[int, list[str]] = {}
    for p in problems:
        by_line.setdefault(p.line, []).append(f"{p.severity}: {p.message}")
    assert "synonym line" in by_line[1][0]
    assert "bad date restriction" in by_line[3][0] and "991399" in by_line[3][0]
    assert "unbalanced" in by_line[4][0]
    assert "continuation line" in by_line[5][0]
    assert by_line[6][0].startswith("warning:") and "no [CODE]" in by_line[6][0]
    assert all(str(p).startswith(str(DATA / "bad_actors.txt") + ":") for p in problems)
    assert [e.name for e in entries if e.blocks] == ["GOOD_ACTOR"]


def test_agent_syntax_substitution_sets_plurals_and_code_sides():
    problems = []
    entries = read_agents(DATA / "agents.txt", problems)
    assert problems == []
    harbour = entries[0]
    assert harbour.phrases == ["HARBOUR_OFFICER", "HARBOUR_OFFICERS", "HARBOUR_OFFICIAL"]
    assert (harbour.code, harbour.suffix) == ("COP", True)
    folk = next(e for e in entries if e.phrases == ["FISHER_FOLK"])
    assert folk.plurals == []
    veteran = next(e for e in entries if e.phrases == ["WAR_VETERAN"])
    assert veteran.plurals == ["WAR_VETERANS"]
    charity = entries[-1]
    assert (charity.code, charity.suffix) == ("NGO", False)


def test_malformed_agent_lines_are_reported():
    problems = []
    assert read_agents(DATA / "bad_agents.txt", problems) == []
    assert [p.line for p in problems] == [1, 2, 3, 4]
    assert "!UNDEFINED!" in problems[3].message


def test_verb_syntax_synsets_blocks_multiword_verbs_and_patterns():
    problems = []
    vd = read_verbs(DATA / "verbs.txt", problems)
    assert [p.line for p in problems] == [27] and "[CODE]" in problems[0].message
    assert [m for m, _ in vd.synsets["PLACES"].members] == ["&ROUTES", "PORT"]
    block = vd.blocks[0]
    assert (block.name, block.code) == ("BLOCKADE", "191")
    seal = block.verbs[1]
    assert (seal.words, seal.head, seal.forms) == (["SEAL", "OFF"], 0, ["SEALED_OFF", "SEALS_OFF"])
    pat = block.patterns[0]
    assert pat.tokens == ["*", "&PLACES"] and pat.code == "191"
    assert vd.blocks[1].code == "036:036"


def test_petrarch2_style_blocks_double_star_and_semicolon_comments():
    problems = []
    vd = read_verbs(DATA / "verbs_petrarch2.txt", problems)
    assert problems == []
    assert [b.name for b in vd.blocks] == ["PLEDGE", "REBUKE"]  # blocks without '---' headers
    pledge = vd.blocks[0]
    assert pledge.code == "071" and [v.words for v in pledge.verbs] == [["PLEDGE"], ["OFFER"]]
    assert pledge.verbs[1].forms == ["OFFERED"]
    assert [p.tokens for p in pledge.patterns] == [["*", "&COINS"], ["PUBLICLY", "*", "SUPPORT"]]
    assert vd.blocks[1].patterns[0].tokens == ["*", "ENVOY"]  # inline and two-line <!-- --> comments
    assert [m for m, _ in vd.synsets["COINS"].members] == ["DOLLARS", "GOLD COINS"]  # '&COINS_' label


def test_pattern_markers_become_argument_specs():
    vd = read_verbs(DATA / "verbs.txt", [])
    reconcile = {p.line: p for p in vd.blocks[1].patterns}
    frames, reason, _ = pattern_frames(reconcile[20], vd.synsets)  # - % *
    assert reason is None and (frames[0].source, frames[0].target, frames[0].conds) == (("conj1",), ("conj2",), ("conj",))
    frames, reason, _ = pattern_frames(reconcile[21], vd.synsets)  # - * WITH +
    assert frames[0].target == ("prep:with",) and frames[0].words == ["with"]
    blockade = {p.line: p for p in vd.blocks[0].patterns}
    frames, reason, _ = pattern_frames(blockade[14], vd.synsets)  # nested synset: 4 alternatives
    assert sorted(" ".join(f.words) for f in frames) == ["highway", "main route", "port", "roads"]
    _, reason, _ = pattern_frames(blockade[15], vd.synsets)
    assert reason.startswith("words before the verb (SAID WOULD)")


def test_display_names():
    assert display_name("ARNOR_") == "Arnor"
    assert display_name("IMF") == "IMF" and display_name("U.S.") == "U.S."
    assert display_name("THE_SHIRE") == "the Shire"
    assert display_name("SAM_GAMGEE") == "Sam Gamgee"


# -- import command ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("imported")
    runner = CliRunner()
    for fmt, name in (("petrarch-actors", "actors"), ("petrarch-agents", "agents"), ("petrarch-verbs", "verbs")):
        res = runner.invoke(app, ["import", "--format", fmt, str(DATA / f"{name}.txt"), "--out", str(out)])
        assert res.exit_code == 0, res.output
    return out


def test_import_writes_lapwing_files_and_a_report(imported):
    report = (imported / "import-report.petrarch-verbs.tsv").read_text(encoding="utf-8")
    assert "# untranslated_share: 0.4286" in report  # 3 of 7 pattern lines
    assert "null code [---]" in report and "unknown synonym set &NOSUCHSET" in report
    rows = [r.split("\t") for r in (imported / "patterns.tsv").read_text(encoding="utf-8").splitlines()
            if r and not r.startswith(("#", "id\t"))]
    blockade = [r for r in rows if r[1] == "blockade"]
    # the most specific patterns first, the verb's own code last
    assert blockade[-1][3] == "-" and blockade[0][3] == "sub=main sub=route"
    assert {r[1] for r in rows} >= {"seal", "sealed", "seals", "reconcile", "scold", "scolded"}
    agents = (imported / "import-report.petrarch-agents.tsv").read_text(encoding="utf-8")
    assert "GLD is not one of Lapwing's sectors" in agents


def test_imported_files_pass_the_linter(imported):
    runner = CliRunner()
    res = runner.invoke(app, ["lint", "--actors", str(imported / "actors.tsv"), "--agents",
                              str(imported / "agents.tsv"), "--patterns", str(imported / "patterns.tsv")])
    assert res.exit_code == 0, res.output
    assert "0 error(s)" in res.output


def test_linter_names_file_and_line_of_a_bad_user_pattern(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("id\tlemma\tpos\tframe\tcode\tsource\ttarget\tconf\tflags\tnote\n"
                   "p1\tscold\tV\t-\t999\tsubj\tobj\t0.7\t-\tx\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["lint", "--patterns", str(bad)])
    assert res.exit_code == 1
    assert f"{bad}:2: error" in res.output and "999" in res.output


def test_import_of_a_missing_file_is_a_clear_error(tmp_path):
    res = CliRunner().invoke(app, ["import", "--format", "petrarch-actors", str(tmp_path / "nope.txt"),
                                   "--out", str(tmp_path)])
    assert res.exit_code == 2 and "no such dictionary file" in res.output


def test_imported_actor_roles_follow_petrarch_dates(imported):
    f = [imported / "actors.tsv"]
    assert (lookup_actor("Kaspar Otten", "2009-06-01", f).sector) == "OPP"
    assert (lookup_actor("Otten", "2012-06-01", f).sector) == "GOV"
    assert (lookup_actor("Kaspar Otten", "2020-06-01", f).sector) == "ELI"
    envoy = lookup_actor("Quiet Envoy", "2020-06-01", f)
    assert envoy.country is None and envoy.sector is None
    assert lookup_actor("Norvanians", None, f).country == "NRV"
    assert lookup_actor("Blue Hand Front", None, f).sector == "REB"


def test_imported_agents_load(imported):
    agents = {a.phrase: a for a in load_agents([imported / "agents.tsv"]) if a.path.startswith(str(imported))}
    assert agents["fisher folk"].has("mass")
    assert agents["monk"].sector == "REL"
    assert agents["harbour officer"].forms[-1] == "harbour official"


# -- coding with the imported lexicons: precedence and provenance --------------------------------
def _with_patterns(monkeypatch, path: Path | None, mode: str = "add"):
    from lapwing.lexicons.user_patterns import reload

    if path is None:
        monkeypatch.delenv("LAPWING_PATTERNS", raising=False)
    else:
        monkeypatch.setenv("LAPWING_PATTERNS", str(path))
    monkeypatch.setenv("LAPWING_PATTERNS_MODE", mode)
    reload()


def test_precedence_add_and_replace(imported, monkeypatch):
    from lapwing.extract.events.lexicon_loader import lexicon
    from lapwing.lexicons.user_patterns import reload

    try:
        _with_patterns(monkeypatch, imported / "patterns.tsv", "add")
        lex = lexicon()
        assert all(p.id.startswith("petr_") for p in lex.by_lemma[("V", "blockade")])
        assert any(not p.id.startswith("petr_") for p in lex.by_lemma[("V", "condemn")])  # shipped trigger kept
        _with_patterns(monkeypatch, imported / "patterns.tsv", "replace")
        assert ("V", "condemn") not in lexicon().by_lemma
        monkeypatch.setenv("LAPWING_PATTERNS_MODE", "sideways")
        reload()
        with pytest.raises(ValueError, match="use one of add, replace"):
            lexicon()
    finally:
        monkeypatch.undo()
        reload()
    assert not any(p.id.startswith("petr_") for p in lexicon().patterns)  # unset: the shipped lexicon again


def test_events_and_actors_name_the_lexicon_line_that_coded_them(imported, monkeypatch, pipe):
    from lapwing.extract.events import code_text
    from lapwing.lexicons.user_patterns import reload

    patterns = imported / "patterns.tsv"
    lines = patterns.read_text(encoding="utf-8").splitlines()
    try:
        _with_patterns(monkeypatch, patterns, "add")
        rec = code_text("The Norvanian government blockaded the highway to Velmari Republic on Monday.", nlp=pipe.nlp,
                        config={"actor_files": [str(imported / "actors.tsv")]})
    finally:
        monkeypatch.undo()
        reload()
    ev = next(e for e in rec.events if e.cameo == "191")
    file, line = ev.lexicon.rsplit(":", 1)
    assert Path(file) == patterns.resolve()
    row = lines[int(line) - 1].split("\t")
    assert row[0] == ev.rule and row[3] == "sub=highway"
    assert ev.source is not None and ev.source.country == "NRV"
    assert str(imported / "actors.tsv") in (ev.source.lexicon or "")
    assert "agents.tsv:" in ev.source.lexicon  # "government": the shipped agent row


def test_shipped_events_name_their_pattern_file(pipe):
    from lapwing.extract.events import code_text

    rec = code_text("France condemned the attack on the embassy.", nlp=pipe.nlp)
    ev = next(e for e in rec.events if e.rule == "condemn")
    assert ev.lexicon.startswith("event_patterns/11-16_verbal_conflict_and_posture.tsv:")


# -- export ----------------------------------------------------------------------------------------
def test_export_petrarch_actors_round_trips_dated_roles(imported, tmp_path, monkeypatch):
    monkeypatch.setenv("LAPWING_ACTORS", str(imported / "actors.tsv"))
    out = tmp_path / "exported.txt"
    agents_out = tmp_path / "exported.agents.txt"
    res = CliRunner().invoke(app, ["export", "--format", "petrarch-actors", "--out", str(out),
                                   "--agents-out", str(agents_out)])
    assert res.exit_code == 0, res.output
    agent_problems = []
    agents = read_agents(agents_out, agent_problems)
    assert agent_problems == []
    assert any(a.phrases == ["PRESIDENT"] and a.code == "GOV" and a.suffix for a in agents)
    text = out.read_text(encoding="utf-8")
    assert "KASPAR_OTTEN" in text and "+OTTEN" in text and "[NRVGOV 20100102-20151231]" in text
    problems = []
    again = {e.name: e for e in read_actors(out, problems)}
    assert problems == []
    back = again["KASPAR_OTTEN"].blocks
    # overlapping limits: the block listed first keeps the shared day (2010-01-01 OPP, 2015-12-31 GOV)
    assert {(b.code, b.start, b.end) for b in back} == {
        ("NRVOPP", None, date(2010, 1, 1)), ("NRVGOV", date(2010, 1, 2), date(2015, 12, 31)),
        ("NRVELI", date(2016, 1, 1), None)}
    assert "VLADIMIR_PUTIN" in again  # the shipped dictionary is exported too


def test_export_csv_and_jsonl_name_their_source(imported, monkeypatch):
    monkeypatch.setenv("LAPWING_ACTORS", str(imported / "actors.tsv"))
    monkeypatch.setenv("LAPWING_AGENTS", str(imported / "agents.tsv"))
    runner = CliRunner()
    res = runner.invoke(app, ["export", "--format", "csv"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.output)))
    otten = [r for r in rows if r["name"] == "Kaspar Otten"]
    assert len(otten) == 3 and all(r["source"].startswith(str(imported / "actors.tsv") + ":") for r in otten)
    shipped_agent = next(r for r in rows if r["type"] == "agent" and r["name"] == "president")
    assert shipped_agent["source"].startswith("agents.tsv:")
    res = runner.invoke(app, ["export", "--format", "jsonl"])
    first = json.loads(res.output.splitlines()[0])
    assert set(first) == {"type", "name", "variants", "country", "sector", "start", "end", "kind", "flags", "source"}
    res = runner.invoke(app, ["export", "--format", "xml"])
    assert res.exit_code == 2 and "petrarch-actors, csv, jsonl" in res.output


def test_actors_loaded_from_user_file_hide_shipped_ones(imported):
    actors = load_actors([imported / "actors.tsv"])
    assert actors["Kaspar Otten"].path == str(imported / "actors.tsv")


def test_several_files_import_into_one_lint_clean_file(tmp_path):
    runner = CliRunner()
    for fmt, names in (("petrarch-verbs", ("verbs", "verbs_extra")), ("petrarch-actors", ("actors", "actors_extra"))):
        res = runner.invoke(app, ["import", "--format", fmt, *(str(DATA / f"{n}.txt") for n in names),
                                  "--out", str(tmp_path)])
        assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["lint", "--actors", str(tmp_path / "actors.tsv"), "--patterns", str(tmp_path / "patterns.tsv")])
    assert res.exit_code == 0 and "0 error(s)" in res.output, res.output
    rows = [r.split("\t") for r in (tmp_path / "patterns.tsv").read_text(encoding="utf-8").splitlines()
            if r and not r.startswith(("#", "id\t"))]
    assert any(r[0].startswith("petr2_snub_") and r[4] == "1246" for r in rows)
    report = (tmp_path / "import-report.petrarch-verbs.tsv").read_text(encoding="utf-8")
    assert "same frame as verbs.txt:14" in report
    assert lookup_actor("Norvania", None, [tmp_path / "actors.tsv"]).country == "NRV"
    assert lookup_actor("Isle of Dunmore", None, [tmp_path / "actors.tsv"]).country == "NRV"
    assert "the name is already an actor (actors.txt:6)" in (tmp_path / "import-report.petrarch-actors.tsv").read_text()


def test_odd_lines_never_crash_an_import(tmp_path):
    # a substitution set naming itself, stray markers, an unclosed comment: reported, never raised
    odd = tmp_path / "odd.txt"
    odd.write_text("!P! = A, B !P! = C\nGUARD!P! [~COP]\n- * [042]\n&\n+\n--- ---\n[~GOV]\n<!-- never closed\n",
                   encoding="utf-8")
    for fmt in ("petrarch-actors", "petrarch-agents", "petrarch-verbs"):
        res = CliRunner().invoke(app, ["import", "--format", fmt, str(odd), "--out", str(tmp_path / fmt)])
        assert res.exit_code == 0, res.output
        report = next((tmp_path / fmt).glob("import-report.*.tsv")).read_text(encoding="utf-8")
        assert f"{odd}\t1\t" in report  # the first line is named, with its file
