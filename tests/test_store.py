"""The store, on DuckDB and on PostgreSQL (``store`` / ``new_db`` run each test on both, see
tests/store_fixtures.py): normalised rows, identity and replacement, transactions, migrations,
exports. The tests of a DuckDB file's own troubles (locks, foreign files) run on DuckDB only."""

from __future__ import annotations

import csv
import subprocess
import sys

import duckdb
import orjson
import pytest

from lapwing.export.tables import ExportError, export
from lapwing.ingest.base import Ingested
from lapwing.schema import (
    Actor,
    Article,
    ArticleRecord,
    Count,
    Date,
    Event,
    Place,
    Plover,
    Quote,
    Span,
    Tone,
    Trigger,
)
from lapwing.store import SCHEMA_VERSION, StoreError, open_store
from lapwing.store import duckdb_store as ds
from lapwing.store import schema
from store_fixtures import dialect_of, raw_connection

TEXT = 'Police arrested 12 protesters in Caracas on Monday. "We will not stop," Juan Guaido said.'


def make_record(aid: str = "a1", text: str = TEXT, *, n_events: int = 1, status: str = "ok", reason: str | None = None) -> ArticleRecord:
    police = Actor(text="Police", name="POLICE", country="VEN", sector="COP", start=0, end=6, kind="org", rule="agents")
    guaido = Actor(text="Juan Guaido", name="JUAN GUAIDO", country="VEN", sector="OPP", start=73, end=84, kind="person")
    caracas = Place(text="Caracas", start=35, end=42, name="Caracas", country="VEN", lat=10.48, lon=-66.9, kind="city", geonames_id=3646738)
    events = [
        Event(
            source=police,
            target=Actor(text="protesters", start=19, end=29, sector="CVL"),
            cameo="173",
            quad_class=4,
            goldstein=-5.0,
            plover=Plover(type="ARREST", mode=None, context=["protest", "crime"]),
            status="asserted",
            sentence=Span(start=0, end=51),
            trigger=Trigger(text="arrested", start=7, end=15),
            date="2019-04-29",
            place=caracas,
            date_source="text",
            rule="verb:arrest",
            confidence=0.9,
        )
        for _ in range(n_events)
    ]
    return ArticleRecord(
        article=Article(id=aid, title="Arrests in Caracas", text=text, published="2019-04-30", url=f"https://x.example/{aid}", source="Wire", language="en"),
        status=status,
        reason=reason,
        events=events if status == "ok" else [],
        quotes=[Quote(text="We will not stop,", start=53, end=70, kind="direct", speaker=guaido, cue="said", rule="quote")] if status == "ok" else [],
        counts=[Count(value=12, category="arrested", text="12 protesters", start=16, end=29, event=0)] if status == "ok" else [],
        places=[caracas] if status == "ok" else [],
        dates=[Date(text="Monday", start=43, end=49, value="2019-04-29", rule="weekday")] if status == "ok" else [],
        tone=Tone(tone=-3.5, positive=1.0, negative=4.5, polarity=5.5, word_count=16) if status == "ok" else None,
        warnings=["published date has no time zone"],
        pipeline={"lapwing": "0.1.0", "model": "en_test-1.0"},
    )


def test_new_store_has_all_tables_at_the_latest_version(store):
    assert store.schema_version == SCHEMA_VERSION == len(ds.MIGRATIONS)
    rows = store.row_counts()
    assert set(rows) == {"articles", "events", "quotes", "counts", "places", "dates", "ingestion_log", "runs", "schema_version"}
    assert rows["schema_version"] == SCHEMA_VERSION
    assert all(n == 0 for t, n in rows.items() if t != "schema_version")


def test_record_is_normalised_and_read_back_exactly(store):
    rec = make_record()
    result = store.write([rec], ["feeds/wire.jsonl:3"])
    assert result.actions == ["new"]
    rows = store.row_counts()
    assert (rows["articles"], rows["events"], rows["quotes"], rows["counts"], rows["places"], rows["dates"], rows["ingestion_log"]) == (1, 1, 1, 1, 1, 1, 1)
    ev = store.con.execute(
        "SELECT article_id, idx, cameo, quad_class, goldstein, plover_type, plover_context, status, source_text, source_country, "
        "source_sector, target_text, target_sector, trigger_text, trigger_start, trigger_end, sentence_end, date, place_name, "
        "place_lat, rule, confidence FROM events"
    ).fetchone()
    assert ev == ("a1", 0, "173", 4, -5.0, "ARREST", ["protest", "crime"], "asserted", "Police", "VEN", "COP", "protesters", "CVL",
                  "arrested", 7, 15, 51, "2019-04-29", "Caracas", 10.48, "verb:arrest", 0.9)
    assert TEXT[ev[14]:ev[15]] == "arrested"
    q = store.con.execute("SELECT text, char_start, char_end, kind, cue, speaker_name, speaker_sector FROM quotes").fetchone()
    assert q == ("We will not stop,", 53, 70, "direct", "said", "JUAN GUAIDO", "OPP")
    assert store.con.execute("SELECT value, category, event_idx FROM counts").fetchone() == (12.0, "arrested", 0)
    assert store.con.execute("SELECT geonames_id, kind FROM places").fetchone() == (3646738, "city")
    a = store.con.execute("SELECT status, language, tone, warnings, model, origin, text FROM articles").fetchone()
    assert a == ("ok", "en", -3.5, ["published date has no time zone"], "en_test-1.0", "feeds/wire.jsonl:3", TEXT)
    # the text is kept once, in articles.text
    assert "text" not in orjson.loads(store.con.execute("SELECT record_json FROM articles").fetchone()[0])["article"]
    log = store.con.execute("SELECT origin, source, article_id, status, action FROM ingestion_log").fetchone()
    assert log == ("feeds/wire.jsonl:3", "feeds/wire.jsonl", "a1", "ok", "new")
    assert store.get_record("a1") == rec
    with pytest.raises(KeyError):
        store.get_record("missing")


def test_same_content_again_writes_nothing(store):
    recs = [make_record("a1"), make_record("a2", n_events=3), make_record("a3", status="skipped", reason="language es is not supported")]
    store.write(recs)
    before = store.row_counts()
    snapshot = store.con.execute("SELECT id, updated FROM articles ORDER BY id").fetchall()
    result = store.write([r.model_copy(deep=True) for r in recs])
    assert result.actions == ["unchanged"] * 3
    assert store.row_counts() == before
    assert store.con.execute("SELECT id, updated FROM articles ORDER BY id").fetchall() == snapshot


def test_changed_content_replaces_that_articles_rows(store):
    store.write([make_record("a1", n_events=3), make_record("a2", n_events=2)])
    created = store.con.execute("SELECT created FROM articles WHERE id = 'a1'").fetchone()[0]
    changed = make_record("a1", text=TEXT + " Updated at 10:00.", n_events=1)
    result = store.write([changed, make_record("a2", n_events=2)])
    assert result.actions == ["replaced", "unchanged"]
    assert result.replaced_ids == ["a1"]
    assert store.con.execute("SELECT article_id, count(*) FROM events GROUP BY 1 ORDER BY 1").fetchall() == [("a1", 1), ("a2", 2)]
    assert store.con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    assert store.get_record("a1") == changed
    row = store.con.execute("SELECT created, updated > created FROM articles WHERE id = 'a1'").fetchone()
    assert row == (created, True)
    assert store.con.execute("SELECT action FROM ingestion_log WHERE article_id = 'a1' ORDER BY time").fetchall() == [("new",), ("replaced",)]


def test_same_content_with_a_different_analysis_is_reanalysed(store):
    store.write([make_record("a1", status="failed", reason="internal error in the events extractor: KeyError: 'x'")])
    result = store.write([make_record("a1", n_events=2)])
    assert result.actions == ["reanalysed"]
    assert store.get_record("a1").status == "ok"
    assert store.con.execute("SELECT count(*) FROM events").fetchone()[0] == 2


def test_a_failed_batch_leaves_nothing_behind(store, monkeypatch):
    store.write([make_record("a1")])
    before = store.row_counts()
    real_insert = store._insert

    def broken(table, rows):
        if table == "dates":
            raise RuntimeError("disk full")
        real_insert(table, rows)

    monkeypatch.setattr(store, "_insert", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        store.write([make_record("a2"), make_record("a1", text=TEXT + " changed")])
    assert store.row_counts() == before
    assert store.get_record("a1") == make_record("a1")  # the replacement was rolled back too
    monkeypatch.undo()
    store.write([make_record("a2")])
    assert store.row_counts()["articles"] == 2


def test_ids_must_be_distinct_within_a_batch(store):
    with pytest.raises(ValueError, match="distinct"):
        store.write([make_record("a1"), make_record("a1")])


def _ing(rec: ArticleRecord, origin: str = "in.jsonl:1") -> Ingested:
    return Ingested(article=rec.article.model_copy(), origin=origin)


def test_run_writer_batches_skips_and_keeps_the_first_of_repeated_ids(store):
    recs = [make_record(f"a{i}") for i in range(5)]
    writer = store.start_run(inputs=["in.jsonl"], batch_size=2)
    commits = []
    writer.on_commit = commits.append
    assert writer.skip([_ing(r) for r in recs]) == [False] * 5
    for i, r in enumerate(recs):
        writer.add(_ing(r, f"in.jsonl:{i + 1}"), r)
    # a repeated id with other content: the first one wins
    dup = make_record("a0", text=TEXT + " A different story.")
    writer.add(_ing(dup), dup)
    writer.flush()
    writer.finish()
    assert [c.batch_no for c in commits] == [1, 2, 3]
    assert [sum(c.counts.values()) for c in commits] == [2, 2, 1]
    assert store.get_record("a0") == recs[0]
    run = store.con.execute("SELECT state, n_read, n_ok, n_new, n_duplicate, n_unchanged, finished IS NOT NULL FROM runs").fetchone()
    assert run == ("completed", 6, 5, 5, 1, 0, True)

    # a second run: stored unchanged articles are skipped, failed ones are tried again
    store.write([make_record("a4", status="failed", reason="the NLP pipeline failed: MemoryError")])
    again = store.start_run(inputs=["in.jsonl"])
    changed = make_record("a1", text=TEXT + " Corrected.")
    assert again.skip([_ing(recs[0]), _ing(changed), _ing(recs[4]), _ing(make_record("new"))]) == [True, False, False, False]
    again.add(_ing(recs[0]), None)
    assert again.skip([_ing(recs[0])]) == [True]  # already seen in this run
    again.add(_ing(recs[0]), None)
    again.finish()
    assert again.counts["unchanged"] == 1 and again.counts["duplicate"] == 1


def test_a_run_killed_while_running_is_marked_interrupted_on_next_open(new_db):
    path = new_db("k")
    s = open_store(path)
    s.start_run(inputs=["x"])
    s.close()  # as if the process had died: the run never finished
    s = open_store(path)
    assert s.con.execute("SELECT state FROM runs").fetchall() == [("interrupted",)]
    s.close()


def test_a_run_of_a_live_process_is_left_running_on_postgresql(backend, new_db):
    if backend != "postgresql":
        pytest.skip("a DuckDB file has one writer: a run still marked running when it is opened is dead")
    path = new_db("live")
    first = open_store(path)
    writer = first.start_run(inputs=["x"])
    other = open_store(path)  # another writer arrives while the first one runs
    assert other.con.execute("SELECT state FROM runs").fetchall() == [("running",)]
    writer.finish()
    first.close()
    other.close()


def test_v1_database_is_upgraded_in_place(new_db):
    path = new_db("old")
    con = raw_connection(path)
    assert schema.migrate(con, target=1, dialect=dialect_of(path)) == [1]
    cols = {r[0] for r in con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = 'articles'").fetchall()}
    assert "tone" not in cols
    rec = make_record("old1")
    con.execute(
        "INSERT INTO articles (id, text, status, content_hash, record_json, schema_version) VALUES (?, ?, ?, ?, ?, ?)",
        ["old1", rec.article.text, "ok", ds.content_hash(rec.article), ds.record_json(rec), rec.schema_version],
    )
    con.close()

    store = open_store(path)
    assert store.schema_version == SCHEMA_VERSION
    assert [v for (v,) in store.con.execute("SELECT version FROM schema_version ORDER BY version").fetchall()] == list(range(1, SCHEMA_VERSION + 1))
    # version 2 backfilled its columns from the stored record
    assert store.con.execute("SELECT tone, warnings, model FROM articles").fetchone() == (-3.5, ["published date has no time zone"], "en_test-1.0")
    assert store.get_record("old1") == rec
    assert store.write([rec]).actions == ["unchanged"]  # identity survives the upgrade
    store.close()


def test_read_only_open_upgrades_an_old_database_first(new_db):
    path = new_db("old")
    con = raw_connection(path)
    schema.migrate(con, target=1, dialect=dialect_of(path))
    con.close()
    with open_store(path, read_only=True) as s:
        assert s.schema_version == SCHEMA_VERSION and s.read_only
        with pytest.raises(StoreError, match="read-only"):
            s.write([make_record("x")])


def test_unusable_postgresql_databases_are_refused_with_a_reason(backend, new_db):
    if backend != "postgresql":
        pytest.skip("PostgreSQL's own cases (the DuckDB ones are below)")
    empty = new_db("empty")
    with pytest.raises(StoreError, match="no Lapwing store"):
        open_store(empty, read_only=True)
    newer = new_db("newer")
    open_store(newer).close()
    con = raw_connection(newer)
    con.execute("INSERT INTO schema_version VALUES (?, 'from the future', now())", [SCHEMA_VERSION + 1])
    con.close()
    with pytest.raises(StoreError, match="newer"):
        open_store(newer)
    other = new_db("other")
    con = raw_connection(other)
    con.execute("CREATE TABLE sales (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="other tables"):
        open_store(other)
    import socket

    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(StoreError, match="cannot connect .*is the server running"):
        open_store(f"postgresql://nobody:secret@127.0.0.1:{port}/none")
    try:
        open_store(f"postgresql://nobody:secret@127.0.0.1:{port}/none")
    except StoreError as exc:
        assert "secret" not in str(exc)  # the password is not shown


def test_unusable_databases_are_refused_with_a_reason(tmp_path):
    with pytest.raises(StoreError, match="no Lapwing database"):
        open_store(tmp_path / "missing.duckdb", read_only=True)
    assert not (tmp_path / "missing.duckdb").exists()

    newer = tmp_path / "newer.duckdb"
    con = duckdb.connect(str(newer))
    ds.migrate(con)
    con.execute("INSERT INTO schema_version VALUES (?, 'from the future', now())", [SCHEMA_VERSION + 1])
    con.close()
    with pytest.raises(StoreError, match="newer"):
        open_store(newer)

    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE sales (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a Lapwing one"):
        open_store(other)

    text_file = tmp_path / "notes.duckdb"
    text_file.write_text("hello\n" * 100)
    with pytest.raises(StoreError):
        open_store(text_file)


def test_a_database_held_by_another_process_is_refused(tmp_path):
    path = tmp_path / "locked.duckdb"
    open_store(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, sys, time; c = duckdb.connect({str(path)!r}); print('ready', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="in use by another"):
            open_store(path)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def test_stats(store):
    store.write([
        make_record("a1", n_events=2),
        make_record("a2", status="skipped", reason="language es is not supported"),
        make_record("a3", status="skipped", reason="article text is too long (2,000,000 characters; the limit is 1,000,000)."),
        make_record("a4", status="skipped", reason="article text is too long (3,000,000 characters; the limit is 1,000,000)."),
    ])
    st = store.stats()
    assert st["articles"] == 4
    assert st["articles_by_status"] == {"ok": 1, "skipped": 3, "failed": 0}
    assert (st["events"], st["quotes"], st["counts"], st["places"], st["dates"]) == (2, 1, 1, 1, 1)
    assert st["top_reasons"] == [["article text is too long", 2], ["language es is not supported", 1]]
    assert st["events_by_cameo_root"] == [["17", 2]]
    assert st["count_totals"] == {"arrested": 12.0}


def test_exports(store, tmp_path):
    recs = [make_record("a1", n_events=2), make_record("a2")]
    store.write(recs)
    n = export(store, "csv", str(tmp_path / "events.csv"))
    rows = list(csv.DictReader(open(tmp_path / "events.csv", newline="")))
    assert n == len(rows) == 3
    assert rows[0]["cameo"] == "173" and rows[0]["article_url"] == "https://x.example/a1"
    assert export(store, "parquet", str(tmp_path / "events.parquet")) == 3
    assert duckdb.sql(f"SELECT count(*), min(trigger_text) FROM '{tmp_path / 'events.parquet'}'").fetchone() == (3, "arrested")
    assert export(store, "jsonl", str(tmp_path / "records.jsonl")) == 2
    with open(tmp_path / "records.jsonl", "rb") as fh:
        assert [ArticleRecord.from_json(line) for line in fh] == recs
    assert export(store, "jsonl", str(tmp_path / "quotes.jsonl"), table="quotes") == 2
    with pytest.raises(ExportError, match="only as jsonl"):
        export(store, "csv", str(tmp_path / "x.csv"), table="records")
    with pytest.raises(ExportError, match="stdout"):
        export(store, "parquet", "-")
    with pytest.raises(ExportError, match="unknown format"):
        export(store, "xlsx", str(tmp_path / "x.xlsx"))


def test_store_locations_and_placeholders():
    from lapwing.store import db_name, display_url, is_postgres_url
    from lapwing.store.dialect import to_pyformat
    from lapwing.store.transfer import store_location

    assert is_postgres_url("postgresql://me@db/lw") and is_postgres_url("postgres://db/lw")
    assert not is_postgres_url("lapwing.duckdb") and not is_postgres_url("postgresql.duckdb")
    # a URL that went through pathlib.Path lost a slash; it is given back
    from pathlib import Path

    assert db_name(Path("postgresql://me@db:5432/lw")) == "postgresql://me@db:5432/lw"
    assert db_name("data/x.duckdb") == "data/x.duckdb"
    assert display_url("postgresql://me:s3cret@db:5432/lw?sslmode=require") == "postgresql://me:***@db:5432/lw?sslmode=require"
    assert display_url("postgresql://me@db/lw") == "postgresql://me@db/lw"
    assert store_location("duckdb:a/b.duckdb") == "a/b.duckdb" and store_location("postgresql://h/d") == "postgresql://h/d"
    # ? becomes %s outside quotes; a literal % is doubled; quoted ? and % are kept
    assert to_pyformat("SELECT * FROM t WHERE a = ? AND b LIKE 'x?%' AND c = ?") == \
        "SELECT * FROM t WHERE a = %s AND b LIKE 'x?%%' AND c = %s"
    assert to_pyformat("SELECT 'it''s ?', \"odd?col\" FROM t WHERE x % 2 = ?") == \
        "SELECT 'it''s ?', \"odd?col\" FROM t WHERE x %% 2 = %s"


def test_a_text_with_nul_characters_is_stored_and_read_back_exactly(store):
    text = TEXT[:20] + "\x00" + TEXT[21:]  # kept as given by the ingest (only the parser's copy is cleaned)
    rec = make_record("nul", text=text)
    rec.article.title = "Arrests\x00 in Caracas"
    assert store.write([rec]).actions == ["new"]
    assert store.get_record("nul") == rec
    assert store.write([rec.model_copy(deep=True)]).actions == ["unchanged"]
    stored_text = store.con.execute("SELECT text FROM articles WHERE id = 'nul'").fetchone()[0]
    assert len(stored_text) == len(text)  # offsets into the column still hold (NUL is U+FFFD on PostgreSQL)
    assert [r.article.id for r in store.iter_records()] == ["nul"]
