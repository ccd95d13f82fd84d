"""The Ray runner on a local Ray: bad records among good ones and an article that kills its worker,
every input unit out once, load twice."""

from __future__ import annotations

import json
import os
import shutil
import signal
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ray = pytest.importorskip("ray", reason="the Ray runner needs the optional extra: pip install -e '.[ray]'")
pa = pytest.importorskip("pyarrow")

from lapwing.ingest.base import InputError  # noqa: E402
from lapwing.runners.parquet_io import PART_TABLES  # noqa: E402
from lapwing.runners.pool import PipelineOptions  # noqa: E402
from lapwing.extract.registry import Context, extractor  # noqa: E402
from lapwing.limits import Limits  # noqa: E402
from lapwing.pipeline import DEFAULT_EXTRACTORS, Pipeline  # noqa: E402
from lapwing.runners.local import CRASH_REASON  # noqa: E402
from lapwing.runners.ray_runner import check_output, iter_output, load_output, run_ray  # noqa: E402


@extractor("_t_ray_crash")
def _crash(ctx: Context) -> None:
    if "KILL-MY-WORKER" in ctx.article.text:
        os.kill(os.getpid(), signal.SIGKILL)  # as the out-of-memory killer would


@dataclass(frozen=True)
class _WithCrashHook:
    """The default extractors on the blank model, plus the hook; the Ray workers import this module
    (tests/ is put on their PYTHONPATH) when they unpickle it."""

    limits: Limits = field(default_factory=Limits)

    def __call__(self) -> Pipeline:
        return Pipeline.create(model="blank", extractors=[*DEFAULT_EXTRACTORS, "_t_ray_crash"], limits=self.limits)


GOOD = [
    "Police arrested 12 protesters in Lagos on Monday after clashes near the parliament, officials said.",
    "The foreign ministers of France and Germany met in Berlin on Tuesday to discuss sanctions.",
    "Rebels killed 30 villagers in an attack near Goma, the army said on Wednesday.",
    "Thousands marched through Santiago on Friday to demand higher pensions.",
]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    import pyarrow.parquet as pq

    d = tmp_path_factory.mktemp("ray_in")
    lines = [json.dumps({"id": f"j{i}", "text": t, "published": "2024-05-0%d" % (i + 1)}) for i, t in enumerate(GOOD)]
    lines.insert(1, "{this is not json")
    lines.insert(3, json.dumps({"id": "no-text", "title": "headline only"}))
    lines.append(json.dumps({"id": "blank", "text": "   "}))
    lines.append(json.dumps({"id": "killer", "text": "This story will KILL-MY-WORKER when it is analysed."}))
    (d / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = [{"id": f"p{i}", "text": t, "title": None, "published": "2024-06-01"} for i, t in enumerate(GOOD[:3])]
    rows.append({"id": "p-null", "text": None, "title": "no body", "published": None})
    pq.write_table(pa.Table.from_pylist(rows), d / "more.parquet")
    (d / "broken.parquet").write_bytes(b"PAR1 not really parquet")
    return d


@pytest.fixture(scope="module")
def result(inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("ray_out") / "out"
    here = str(Path(__file__).parent)
    with pytest.MonkeyPatch.context() as mp:  # the local Ray's workers inherit the environment
        mp.setenv("PYTHONPATH", os.pathsep.join(p for p in (here, os.environ.get("PYTHONPATH")) if p))
        res = run_ray([str(inputs)], out, _WithCrashHook(), workers=2, batch_size=3, quiet=True)
    return out, res


def test_every_input_unit_comes_out_once_with_reasons(result):
    out, res = result
    # 8 JSONL lines + 4 Parquet rows + 1 unreadable Parquet file
    assert res.files == 3
    assert res.units_in == res.records_out == 13
    assert res.complete and not res.missing and not res.duplicated
    assert dict(res.status) == {"ok": 7, "skipped": 3, "failed": 3}
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["records_out"] == 13 and manifest["complete"] is True
    by_id = {ing.article.id: (rec.status, rec.reason or "") for ing, rec in iter_output(out)}
    assert by_id["no-text"][0] == "skipped" and "text" in by_id["no-text"][1]
    assert by_id["p-null"][0] == "skipped"
    assert by_id["blank"][0] == "skipped"
    assert by_id["killer"] == ("failed", CRASH_REASON)  # its worker died; the batch went on
    failed = [reason for status, reason in by_id.values() if status == "failed"]
    assert any("JSON" in r for r in failed) and any("Parquet" in r for r in failed)


def test_records_stream_in_input_order_and_parts_match(result):
    out, res = result
    ids = [ing.article.id for ing, _ in iter_output(out)]
    assert ids[:2] == ["j0", ids[1]] and "j3" in ids and ids.index("j0") < ids.index("j3")
    records = [rec for _, rec in iter_output(out)]
    for table in PART_TABLES:
        assert res.parts[table] == sum(len(getattr(r, table)) for r in records)
    assert res.parts["places"] > 0 and res.parts["dates"] > 0  # the extractors ran in the actors
    import duckdb

    cols = [c[0] for c in duckdb.sql(f"DESCRIBE SELECT * FROM read_parquet('{out}/places/*.parquet')").fetchall()]
    assert cols[:4] == ["file_no", "unit_no", "article_id", "idx"]


def test_load_into_a_store_twice_adds_nothing(result, new_db):
    """On DuckDB and on PostgreSQL (the store fixtures), through the store's public interface."""
    from lapwing.store import open_store

    out, _ = result
    db = new_db("ray")
    with open_store(db) as store:
        first = load_output(out, store, cluster=False)
        counts = {t: n for t, n in store.row_counts().items() if t != "runs"}
    assert first.store["new"] == 13
    assert counts["articles"] == 13 and counts["places"] > 0
    with open_store(db) as store:
        again = load_output(out, store, cluster=False)
        assert {t: n for t, n in store.row_counts().items() if t != "runs"} == counts
    assert again.store.get("new", 0) == 0 and again.store.get("unchanged", 0) == 13


def test_a_missing_record_is_found_and_refused(result, tmp_path):
    import duckdb

    out, _ = result
    cut = tmp_path / "cut"
    shutil.copytree(out, cut)
    for f in (cut / "records").glob("*.parquet"):
        f.unlink()
    duckdb.sql(f"COPY (SELECT * FROM read_parquet('{out}/records/*.parquet') WHERE unit_no <> 2 OR file_no <> 0) "
               f"TO '{cut}/records/part.parquet' (FORMAT parquet)")
    check = check_output(cut)
    assert not check.complete and check.missing == ["0#2"] and check.records_out == 12
    from lapwing.store import open_store

    with open_store(tmp_path / "x.duckdb") as store, pytest.raises(InputError, match="incomplete"):
        load_output(cut, store, cluster=False)


def test_a_damaged_parquet_file_is_refused_with_a_clear_message(tmp_path):
    bad = tmp_path / "out"
    (bad / "records").mkdir(parents=True)
    (bad / "records" / "part-0.parquet").write_bytes(b"not a parquet file")
    with pytest.raises(InputError, match="cannot be read .*--overwrite"):
        check_output(bad)


def test_refuses_a_used_folder_and_stdin(result, inputs, tmp_path):
    out, _ = result
    with pytest.raises(InputError, match="not empty"):
        run_ray([str(inputs)], out, PipelineOptions(model="blank"))
    with pytest.raises(InputError, match="standard input"):
        run_ray(["-"], tmp_path / "o", PipelineOptions(model="blank"))
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="no input files"):
        run_ray([str(empty)], tmp_path / "o2", PipelineOptions(model="blank"))
