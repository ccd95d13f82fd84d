"""Several processes writing one PostgreSQL store at once, on overlapping inputs, end with the same
rows as one process writing everything (no duplicates, no lost articles, the same cross-article
events): the database's advisory locks and keys, no in-process lock. Also: ``lapwing migrate``
copies a store to PostgreSQL and back, and the service answers on a PostgreSQL store."""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from lapwing.ingest.base import Ingested
from lapwing.store import open_store
from lapwing.store.schema import PART_TABLES
from test_store import TEXT, make_record

N_ARTICLES = 36


def _records() -> list:
    recs = []
    for i in range(N_ARTICLES):
        if i % 9 == 4:
            recs.append(make_record(f"c{i:02d}", status="skipped", reason="language es is not supported"))
        else:
            # every third story is a different one (its own words), the others near-copies of one another
            text = TEXT + (f" Report number {i} from the wire." if i % 3 else f" {'Other words entirely, ' * 4}{i}.")
            recs.append(make_record(f"c{i:02d}", text=text, n_events=1 + i % 3))
    return recs


def snapshot(db: str) -> dict:
    """What a store holds, leaving out what says which run or when (run ids, times, origins)."""
    with open_store(db, read_only=True) as st:
        q = st.con.execute
        out = {
            "articles": q("SELECT id, title, text, published, url, source, language, status, reason, content_hash, "
                          "record_json, tone, warnings, model FROM articles ORDER BY id").fetchall(),
            "happenings": q("SELECT * FROM happenings ORDER BY event_id").fetchall(),
            "happening_mentions": q("SELECT * FROM happening_mentions ORDER BY article_id, idx").fetchall(),
            "article_copies": q("SELECT * FROM article_copies ORDER BY article_id").fetchall(),
            "clustering_state": q("SELECT * FROM clustering_state ORDER BY article_id").fetchall(),
            "log": q("SELECT article_id, status, action FROM ingestion_log ORDER BY article_id, action").fetchall(),
        }
        for t in PART_TABLES:
            out[t] = q(f"SELECT * FROM {t} ORDER BY article_id, idx").fetchall()
    return out


def _write(db: str, picks: list[int], seed: int, batch_size: int, start=None) -> None:
    """One writer process: a run over some of the records, in its own order, then clustering."""
    recs = _records()
    order = picks[:]
    random.Random(seed).shuffle(order)
    if start is not None:
        start.wait(60)
    with open_store(db) as st:
        writer = st.start_run(inputs=[f"writer-{seed}"], batch_size=batch_size)
        for i in order:
            ing = Ingested(article=recs[i].article.model_copy(), origin=f"in-{seed}.jsonl:{i}")
            skip = writer.skip([ing])[0]
            writer.add(ing, None if skip else recs[i])
        writer.flush()
        st.update_happenings()
        writer.finish()


def test_three_writers_on_overlapping_inputs_end_with_the_rows_of_one(pg_db):
    one = pg_db("one")
    _write(one, list(range(N_ARTICLES)), seed=0, batch_size=N_ARTICLES)
    expected = snapshot(one)
    assert len(expected["articles"]) == N_ARTICLES and expected["happenings"] and expected["article_copies"]

    many = pg_db("many")
    everything = list(range(N_ARTICLES))
    picks = [everything[: 2 * N_ARTICLES // 3], everything[N_ARTICLES // 3:], everything[::2] + everything[1::4]]
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Event()
    procs = [ctx.Process(target=_write, args=(many, p, seed, 3, start)) for seed, p in enumerate(picks, 1)]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(180)
    assert [p.exitcode for p in procs] == [0, 0, 0]
    assert snapshot(many) == expected
    with open_store(many, read_only=True) as st:
        runs = st.con.execute("SELECT state, n_new, n_read FROM runs ORDER BY run_id").fetchall()
    assert [r[0] for r in runs] == ["completed"] * 3
    assert sum(r[1] for r in runs) == N_ARTICLES  # each article written once, by one of the writers
    assert sum(r[2] for r in runs) == sum(len(p) for p in picks)


# -- `lapwing run` processes, the real pipeline --------------------------------------------------------
STORIES = [
    ("s1", "Wire", "2021-03-02T08:00:00",
     "Soldiers fired tear gas at students marching in Mandalay on Monday, witnesses said. "
     "The junta later arrested nine student leaders."),
    ("s2", "Daily", "2021-03-02T11:00:00",
     "The foreign minister of Thailand met his Indonesian counterpart in Bangkok on Tuesday to discuss the crisis."),
    ("s3", "Courier", "2021-03-03T09:30:00",
     "Police detained 14 demonstrators outside the parliament in Nairobi on Wednesday."),
    ("s4", "Wire", "2021-03-03T14:00:00",
     "Japan pledged emergency aid to flood victims in Bangladesh, the government in Tokyo said."),
    ("s5", "Gazette", "2021-03-04T07:15:00",
     "Rebels attacked an army base near Goma on Thursday, killing three soldiers, a spokesman said."),
    ("s6", "Daily", "2021-03-04T10:00:00",
     "Soldiers fired tear gas at students marching in Mandalay on Monday, witnesses said. "
     "The junta later arrested nine student leaders, according to a rights group."),
]


def _jsonl(path: Path, rows: list) -> str:
    with open(path, "w", encoding="utf-8") as fh:
        for aid, src, pub, text in rows:
            fh.write(json.dumps({"id": aid, "source": src, "published": pub, "text": text}) + "\n")
    return str(path)


def _lapwing(*args: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONHASHSEED="0")
    return subprocess.Popen([sys.executable, "-m", "lapwing.cli", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)


def test_lapwing_run_processes_on_overlapping_inputs_end_with_the_rows_of_one(pg_db, tmp_path):
    """Two `lapwing run` processes and a third run in this process (the model loaded once here)."""
    from lapwing.runners.local import PipelineOptions, run_into_store

    whole = _jsonl(tmp_path / "all.jsonl", STORIES)
    parts = [_jsonl(tmp_path / f"part{k}.jsonl", rows)
             for k, rows in enumerate([STORIES[:4], STORIES[2:], STORIES[::-1][:3] + STORIES[:1]])]
    one, many = pg_db("run_one"), pg_db("run_many")
    with open_store(one) as st:
        run_into_store([whole], st, PipelineOptions())
    expected = snapshot(one)
    assert len(expected["articles"]) == len(STORIES) and expected["events"] and expected["article_copies"] == [("s6", "s1")]
    procs = [_lapwing("run", p, "--db", many, "--quiet", "--batch-size", "1") for p in parts[:2]]
    with open_store(many) as st:
        run_into_store([parts[2]], st, PipelineOptions(), batch_size=1)
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [o[1][-2000:] for o in outs]
    assert snapshot(many) == expected


# -- lapwing migrate -----------------------------------------------------------------------------------
def test_migrate_copies_a_duckdb_store_to_postgresql_and_back(pg_db, tmp_path):
    from lapwing.cli import main

    src = str(tmp_path / "src.duckdb")
    _write(src, list(range(N_ARTICLES)), seed=5, batch_size=10)
    pg = pg_db("copy")
    with pytest.raises(SystemExit) as exc:
        main(["migrate", "--from", f"duckdb:{src}", "--to", pg])
    assert exc.value.code in (0, None)
    assert snapshot(pg) == snapshot(src)
    with open_store(pg, read_only=True) as a, open_store(src, read_only=True) as b:
        assert a.row_counts() == b.row_counts()
        assert a.con.execute("SELECT run_id, n_new FROM runs").fetchall() == b.con.execute("SELECT run_id, n_new FROM runs").fetchall()
    # a store already holding articles is not overwritten unless asked
    with pytest.raises(SystemExit) as exc:
        main(["migrate", "--from", src, "--to", pg])
    assert exc.value.code == 1
    back = str(tmp_path / "back.duckdb")
    with pytest.raises(SystemExit) as exc:
        main(["migrate", "--from", pg, "--to", f"duckdb:{back}"])
    assert exc.value.code in (0, None)
    assert snapshot(back) == snapshot(src)
    with pytest.raises(SystemExit) as exc:
        main(["migrate", "--from", pg, "--to", f"duckdb:{back}", "--replace"])
    assert exc.value.code in (0, None) and snapshot(back) == snapshot(src)
