"""The ``lapwing`` command as a user runs it: extract, run, show, stats, export, errors, kill -9."""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import jsonschema
import orjson
import pytest

from lapwing import __version__
from lapwing.cli import main
from lapwing.cli_read import STYLES, highlighted
from lapwing.schema import ArticleRecord, json_schema
from lapwing.store import open_store

ROOT = Path(__file__).resolve().parent.parent

ENGLISH = [
    "Police arrested 12 protesters in Caracas on Monday, officials said. \"We will not stop,\" opposition leader Juan Guaido told reporters.",
    "The foreign ministers of Russia and the United States met in Finland on Tuesday to discuss arms control and the war in Syria.",
    "Heavy rain flooded hundreds of homes in the south of the country over the weekend, and at least three people were killed.",
    "The central bank raised interest rates by half a point on Wednesday, saying inflation had stayed higher than expected.",
]
SPANISH = "El presidente dijo el martes que el ejército no sería desplegado en la capital del país durante las protestas."

CONTRACT_ARTICLE_KEYS = {"id", "title", "text", "published", "url", "source"}
CONTRACT_RECORD_KEYS = {"article", "status", "reason", "events", "quotes", "counts", "places", "dates"}


def cli(capsys, *args: str) -> tuple[int, str, str]:
    """Run ``lapwing ARGS`` in this process; returns (exit code, stdout, stderr)."""
    with pytest.raises(SystemExit) as exit_info:
        main([str(a) for a in args])
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


def write_jsonl(path: Path, rows: list[dict | str]) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write((row if isinstance(row, str) else json.dumps(row, ensure_ascii=False)) + "\n")
    return path


@pytest.fixture
def mixed_input(tmp_path) -> Path:
    return write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "ok-1", "title": "Arrests", "text": ENGLISH[0], "published": "2019-04-30", "url": "https://x.example/1", "source": "Wire"},
            '{"id": "broken", "text": "unterminated',
            {"id": "empty", "text": ""},
            {"id": "es-1", "text": SPANISH},
            {"id": "long-1", "text": " ".join(ENGLISH) * 3},
            {"id": "ok-2", "text": ENGLISH[1], "published": "2019-05-06T10:00:00Z"},
            {"text": ENGLISH[2]},
        ],
    )


def check_contract(record: dict) -> None:
    jsonschema.validate(record, json_schema())
    assert CONTRACT_RECORD_KEYS <= set(record)
    assert CONTRACT_ARTICLE_KEYS <= set(record["article"])
    assert record["status"] in {"ok", "skipped", "failed"}
    assert (record["reason"] is None) == (record["status"] == "ok")
    text = record["article"]["text"]
    spans = [*record["quotes"], *record["counts"], *record["places"], *record["dates"]]
    spans += [e["trigger"] for e in record["events"]]
    spans += [e[k] for e in record["events"] for k in ("source", "target") if e[k]]
    for span in spans:
        assert 0 <= span["start"] < span["end"] <= len(text)
        assert text[span["start"]:span["end"]] == span["text"]


def test_version(capsys):
    code, out, _ = cli(capsys, "--version")
    assert code == 0 and out.strip() == f"lapwing {__version__}"


def test_console_script_runs(tmp_path):
    # the installed entry point, as a user calls it
    script = Path(sys.executable).parent / "lapwing"
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "lapwing.cli"]
    proc = subprocess.run([*cmd, "--version"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and proc.stdout.strip() == f"lapwing {__version__}"


def test_extract_writes_one_contract_record_per_article_in_order(capsys, tmp_path, mixed_input):
    out = tmp_path / "out.jsonl"
    code, stdout, stderr = cli(capsys, "extract", mixed_input, "--out", out, "--max-chars", 500)
    assert code == 0, stderr
    assert stdout == ""
    lines = out.read_bytes().splitlines()
    assert len(lines) == 7
    records = [orjson.loads(line) for line in lines]
    for record in records:
        check_contract(record)
    ids = [r["article"]["id"] for r in records]
    assert ids[0] == "ok-1" and ids[2:6] == ["empty", "es-1", "long-1", "ok-2"] and len(set(ids)) == 7
    status = {r["article"]["id"]: (r["status"], r["reason"]) for r in records}
    assert status["ok-1"] == ("ok", None) and status["ok-2"] == ("ok", None)
    assert records[1]["status"] == "failed" and records[1]["reason"]  # the broken line
    assert status["empty"][0] == "skipped"
    assert status["es-1"] == ("skipped", "language es is not supported")
    assert status["long-1"][0] == "skipped" and "too long" in status["long-1"][1]
    assert records[6]["status"] == "ok" and records[6]["article"]["text"] == ENGLISH[2]
    assert records[0]["article"]["text"] == ENGLISH[0]  # the exact text analysed
    # the arrest in ok-1 is coded in full: code, actors, status, date from the text, place
    arrests = [e for e in records[0]["events"] if e["cameo"] == "173"]
    assert len(arrests) == 1, records[0]["events"]
    ev = arrests[0]
    assert ev["status"] == "attributed" and ev["trigger"]["text"] == "arrested"
    assert (ev["source"]["country"], ev["source"]["sector"]) == ("VEN", "COP")
    assert ev["target"]["sector"] == "CVL"
    assert (ev["date"], ev["date_source"]) == ("2019-04-29", "text")  # "on Monday", published Tuesday 30th
    assert ev["place"]["name"] == "Caracas"
    assert [c["value"] for c in records[0]["counts"] if c["category"] == "arrested"] == [12]
    # the summary on stderr
    assert "7 articles" in stderr and "3 ok" in stderr and "3 skipped" in stderr and "1 failed" in stderr
    assert "language es is not supported" in stderr


def test_extract_to_stdout_matches_the_file(capsys, tmp_path, mixed_input):
    out = tmp_path / "out.jsonl"
    assert cli(capsys, "extract", mixed_input, "--out", out, "--quiet")[0] == 0
    code, stdout, stderr = cli(capsys, "extract", mixed_input, "--out", "-", "--quiet")
    assert code == 0 and stderr == ""
    assert stdout.encode() == out.read_bytes()


def test_extract_jobs_2_equals_jobs_1(capsys, tmp_path):
    rows = [{"id": f"n{i}", "text": f"{ENGLISH[i % 4]} Report {i}."} for i in range(80)]  # several chunks
    rows[5] = {"id": "n5", "text": ""}
    src = write_jsonl(tmp_path / "in.jsonl", rows)
    assert cli(capsys, "extract", src, "--out", tmp_path / "one.jsonl", "--jobs", 1, "-q")[0] == 0
    assert cli(capsys, "extract", src, "--out", tmp_path / "two.jsonl", "--jobs", 2, "-q")[0] == 0
    one = (tmp_path / "one.jsonl").read_bytes()
    assert one.count(b"\n") == 80
    assert (tmp_path / "two.jsonl").read_bytes() == one


@pytest.mark.parametrize(
    "args, needle",
    [
        (["extract", "{tmp}/does-not-exist.jsonl", "--out", "{tmp}/o.jsonl"], "does-not-exist.jsonl"),
        (["run", "{tmp}/does-not-exist", "--db", "{tmp}/x.duckdb"], "does-not-exist"),
        (["extract", "{tmp}/in.jsonl", "--jobs", "0"], "--jobs"),
        (["extract", "{tmp}/in.jsonl", "--frobnicate"], "--frobnicate"),
        (["extract", "{tmp}/in.jsonl", "--model", "no_such_model_xyz"], "no_such_model_xyz"),
        (["extract", "{tmp}/in.jsonl", "--out", "{tmp}/no/such/dir/o.jsonl"], "does not exist"),
        (["show", "x", "--db", "{tmp}/missing.duckdb"], "missing.duckdb"),
        (["stats", "--db", "{tmp}/missing.duckdb"], "missing.duckdb"),
        (["frobnicate"], "frobnicate"),
    ],
)
def test_unusable_input_or_option_is_one_line_on_stderr(capsys, tmp_path, args, needle):
    write_jsonl(tmp_path / "in.jsonl", [{"text": ENGLISH[0]}])
    code, out, err = cli(capsys, *[a.format(tmp=tmp_path) for a in args])
    assert code != 0
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert "error" in err and needle in err
    assert not (tmp_path / "o.jsonl").exists() and not (tmp_path / "x.duckdb").exists()
    assert not (tmp_path / "missing.duckdb").exists()


def test_run_twice_adds_nothing(capsys, tmp_path, mixed_input):
    db = tmp_path / "store.duckdb"
    code, _, err = cli(capsys, "run", mixed_input, "--db", db, "--max-chars", 500)
    assert code == 0, err
    with open_store(db, read_only=True) as store:
        first = store.row_counts()
        records = {rid: store.get_record(rid) for rid in ("ok-1", "es-1", "empty")}
    assert first["articles"] == 7 and first["ingestion_log"] == 7 and first["runs"] == 1
    assert "7 new" in err

    code, _, err = cli(capsys, "run", mixed_input, "--db", db, "--max-chars", 500)
    assert code == 0, err
    with open_store(db, read_only=True) as store:
        second = store.row_counts()
        assert {rid: store.get_record(rid) for rid in records} == records
        runs = store.con.execute("SELECT state, n_new, n_replaced, n_unchanged FROM runs ORDER BY started").fetchall()
    # every data table unchanged; the runs table records the second run, which added nothing
    assert {t: n for t, n in second.items() if t != "runs"} == {t: n for t, n in first.items() if t != "runs"}
    # the unreadable line (stored as failed) is read again, found unchanged and not rewritten
    assert runs == [("completed", 7, 0, 0), ("completed", 0, 0, 7)]
    assert "0 new" in err and "0 replaced" in err


def test_run_replaces_changed_articles_and_says_so(capsys, tmp_path):
    db = tmp_path / "s.duckdb"
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": ENGLISH[0]}, {"id": "b", "text": ENGLISH[1]}])
    assert cli(capsys, "run", src, "--db", db)[0] == 0
    write_jsonl(src, [{"id": "a", "text": ENGLISH[0]}, {"id": "b", "text": ENGLISH[3]}])
    code, _, err = cli(capsys, "run", src, "--db", db)
    assert code == 0
    assert "1 replaced" in err and "replaced because their content changed: b" in err
    with open_store(db, read_only=True) as store:
        assert store.row_counts()["articles"] == 2
        assert store.get_record("b").article.text == ENGLISH[3]


def test_show_stats_and_export(capsys, tmp_path, mixed_input):
    db = tmp_path / "s.duckdb"
    assert cli(capsys, "run", mixed_input, "--db", db, "-q", "--max-chars", 500)[0] == 0

    code, out, _ = cli(capsys, "show", "ok-1", "--db", db)
    assert code == 0
    assert "Arrests" in out and "status: ok" in out and "Juan Guaido" in out
    code, out, _ = cli(capsys, "show", "ok-1", "--db", db, "--json")
    assert code == 0
    record = ArticleRecord.from_json(out)
    assert record.article.id == "ok-1" and record.article.text == ENGLISH[0]
    code, _, err = cli(capsys, "show", "ok-", "--db", db)
    assert code != 0 and err.count("\n") == 1 and "ok-1" in err  # suggests near ids

    code, out, _ = cli(capsys, "stats", "--db", db, "--json")
    st = json.loads(out)
    assert st["articles"] == 7 and st["articles_by_status"] == {"ok": 3, "skipped": 3, "failed": 1}
    assert ["language es is not supported", 1] in st["top_reasons"]
    code, out, _ = cli(capsys, "stats", "--db", db)
    assert code == 0 and "articles" in out and "language es is not supported" in out

    code, _, err = cli(capsys, "export", "--db", db, "--format", "csv", "--table", "articles", "--out", tmp_path / "a.csv")
    assert code == 0
    assert (tmp_path / "a.csv").read_text().count("\n") >= 8  # header + 7 rows (texts may hold newlines)
    code, out, _ = cli(capsys, "export", "--db", db, "--format", "jsonl", "--out", "-")
    assert code == 0
    exported = [ArticleRecord.from_json(line).article.id for line in out.splitlines()]
    assert len(exported) == 7 and exported == sorted(exported)
    assert {"ok-1", "ok-2", "empty", "es-1", "long-1"} <= set(exported)
    code, _, err = cli(capsys, "export", "--db", db, "--format", "csv", "--table", "events", "--out", tmp_path / "e.csv")
    assert code == 0
    import csv

    with open(tmp_path / "e.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert any(r.get("cameo") == "173" for r in rows), rows  # the arrest in ok-1 reaches the events table
    code, _, err = cli(capsys, "export", "--db", db, "--format", "parquet", "--out", "-")
    assert code != 0 and err.count("\n") == 1


def test_spans_are_styled_where_they_are():
    from lapwing.schema import Actor, Article, Count, Date, Event, Place, Plover, Quote, Span, Trigger

    text = 'Police arrested 12 protesters in Caracas on Monday. "We will not stop," Guaido said.'
    rec = ArticleRecord(
        article=Article(id="h", text=text),
        events=[Event(source=Actor(text="Police", start=0, end=6), target=Actor(text="protesters", start=19, end=29),
                      cameo="173", quad_class=4, goldstein=-5, plover=Plover(type="ARREST"),
                      sentence=Span(start=0, end=51), trigger=Trigger(text="arrested", start=7, end=15))],
        quotes=[Quote(text='"We will not stop,"', start=52, end=71, kind="direct", speaker=Actor(text="Guaido", start=72, end=78), cue="said")],
        counts=[Count(value=12, category="arrested", text="12 protesters", start=16, end=29)],
        places=[Place(text="Caracas", start=33, end=40)],
        dates=[Date(text="Monday", start=44, end=50, value="2019-04-29")],
    )
    styled = {(s.start, s.end, str(s.style)) for s in highlighted(rec).spans}
    assert (7, 15, STYLES["trigger"]) in styled
    assert (0, 6, STYLES["source"]) in styled and (19, 29, STYLES["target"]) in styled
    assert (52, 71, STYLES["quote"]) in styled and (72, 78, STYLES["source"]) in styled
    assert (16, 29, STYLES["count"]) in styled
    assert (33, 40, STYLES["place"]) in styled and (44, 50, STYLES["date"]) in styled
    assert highlighted(rec).plain == text


def test_show_prints_styles_on_a_terminal(capsys, tmp_path, monkeypatch):
    from lapwing.schema import Article, Event, Plover, Span, Trigger

    db = tmp_path / "s.duckdb"
    text = "Rebels attacked a convoy near the border."
    rec = ArticleRecord(
        article=Article(id="c1", title="Convoy", text=text),
        events=[Event(cameo="190", quad_class=4, goldstein=-10, plover=Plover(type="ASSAULT"),
                      sentence=Span(start=0, end=len(text)), trigger=Trigger(text="attacked", start=7, end=15))],
    )
    with open_store(db) as store:
        store.write([rec])
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)
    code, out, _ = cli(capsys, "show", "c1", "--db", db)
    assert code == 0
    assert "\x1b[" in out  # styled
    assert "ASSAULT" in out and "190" in out  # the events table
    plain_words = out.replace("\x1b", " ")
    assert "attacked" in plain_words


def test_record_schema_file_is_up_to_date():
    spec = importlib.util.spec_from_file_location("write_schema", ROOT / "scripts" / "write_schema.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    committed = (ROOT / "docs" / "record.schema.json").read_text(encoding="utf-8")
    assert committed == module.render(), "run: python scripts/write_schema.py"
    assert json.loads(committed)["title"] == "ArticleRecord"


def _generated_articles(path: Path, n: int) -> list[str]:
    ids = []
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            aid = f"gen-{i:05d}"
            ids.append(aid)
            text = f"{ENGLISH[i % 4]} {ENGLISH[(i + 1) % 4]} This is report number {i} from the newsroom."
            fh.write(json.dumps({"id": aid, "text": text, "published": "2019-04-30"}) + "\n")
    return ids


def test_kill_9_during_run_loses_only_the_uncommitted_batch(tmp_path):
    n, batch = 1200, 20
    src = tmp_path / "big.jsonl"
    ids = _generated_articles(src, n)
    db = tmp_path / "k.duckdb"
    cmd = [sys.executable, "-m", "lapwing.cli", "run", str(src), "--db", str(db), "--batch-size", str(batch), "--model", "blank"]
    env = {k: v for k, v in os.environ.items() if k != "LAPWING_DB"}
    proc = subprocess.Popen([*cmd, "-v"], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env, cwd=tmp_path)
    try:
        for line in proc.stderr:
            if "committed batch 1 " in line:
                proc.send_signal(signal.SIGKILL)
                break
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"

    with open_store(db) as store:
        stored = [r[0] for r in store.con.execute("SELECT id FROM articles ORDER BY id").fetchall()]
        parts_orphans = sum(
            store.con.execute(f"SELECT count(*) FROM {t} WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0]
            for t in ("events", "quotes", "counts", "places", "dates")
        )
        logged = store.con.execute("SELECT count(*) FROM ingestion_log").fetchone()[0]
        state = store.con.execute("SELECT state FROM runs").fetchall()
    committed = len(stored)
    assert batch <= committed < n
    assert committed % batch == 0  # whole batches only
    assert stored == ids[:committed]  # every committed article, in input order, nothing else
    assert parts_orphans == 0 and logged == committed
    assert state == [("interrupted",)]

    rerun = subprocess.run([*cmd, "-q"], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    with open_store(db, read_only=True) as store:
        assert [r[0] for r in store.con.execute("SELECT id FROM articles ORDER BY id").fetchall()] == ids
        assert store.con.execute("SELECT count(*), count(DISTINCT article_id) FROM ingestion_log").fetchone() == (n, n)
        runs = store.con.execute("SELECT state, n_new, n_unchanged FROM runs ORDER BY started").fetchall()
    assert runs[-1] == ("completed", n - committed, committed)


def test_ctrl_c_keeps_what_was_analysed_and_marks_the_run(tmp_path):
    n, batch = 600, 50
    src = tmp_path / "big.jsonl"
    ids = _generated_articles(src, n)
    db = tmp_path / "i.duckdb"
    cmd = [sys.executable, "-m", "lapwing.cli", "run", str(src), "--db", str(db), "--batch-size", str(batch), "--model", "blank", "-v"]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, cwd=tmp_path)
    try:
        for line in proc.stderr:
            if "committed batch 1 " in line:
                proc.send_signal(signal.SIGINT)
                break
        rest = proc.stderr.read()
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130, rest
    assert rest.strip().splitlines()[-1] == "lapwing run: error: interrupted"
    with open_store(db, read_only=True) as store:
        stored = [r[0] for r in store.con.execute("SELECT id FROM articles ORDER BY id").fetchall()]
        run = store.con.execute("SELECT state, n_read, n_new FROM runs").fetchone()
    assert batch <= len(stored) < n and stored == ids[: len(stored)]
    assert run == ("interrupted", len(stored), len(stored))  # the articles read were all kept


def test_run_leaves_out_the_database_inside_an_input_folder(capsys, tmp_path):
    write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": ENGLISH[0]}, {"id": "b", "text": ENGLISH[1]}])
    db = tmp_path / "lapwing.duckdb"
    for _ in range(2):
        code, _, err = cli(capsys, "run", tmp_path, "--db", db)
        assert code == 0, err
    with open_store(db, read_only=True) as store:
        assert store.row_counts()["articles"] == 2


def test_a_missing_shipped_model_stops_the_command_with_one_line(capsys, tmp_path, monkeypatch):
    """No silent fall-back to a blank pipeline: the error names the missing file and what to do."""
    from lapwing import nlp as nlp_mod

    monkeypatch.delenv(nlp_mod.ENV_VAR, raising=False)
    monkeypatch.setattr(nlp_mod, "MODEL_DIR", tmp_path / "gone" / "en_lapwing")
    nlp_mod.load.cache_clear()
    try:
        src = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": ENGLISH[0]}])
        code, out, err = cli(capsys, "extract", src, "--out", tmp_path / "o.jsonl")
    finally:
        nlp_mod.load.cache_clear()
    assert code != 0
    assert err.count("\n") == 1 and "error" in err, err
    assert "meta.json" in err and "--model" in err
    assert not (tmp_path / "o.jsonl").exists()
