"""Crash safety: kill `lapwing run` with SIGKILL at random moments, re-run, compare with one clean run.

    python bench/crash_kill.py                      # 40 kills, one process, then 10 kills with --jobs 2
    python bench/crash_kill.py --kills 100 --kills-jobs2 0 --seed 7
    python bench/crash_kill.py --kills 0 --kills-jobs2 0 --kills-load 20   # lapwing load of a Ray run's output

Each trial starts from an empty store, runs ``lapwing run CORPUS --batch-size 2`` and kills it with
SIGKILL after a random delay (0 to a clean run's duration, so kills land anywhere: opening the store,
analysis, a batch being written, the cross-article clustering, the end of the run); in three trials of
ten (with ``--jobs 2``: in every trial) the re-run is killed too, early; then a run to the end. The final store must equal the store of one clean run:
the same articles (text, record), the same rows in every part table, the same cross-article events
(happenings, happening_mentions, article_copies, clustering state): nothing lost, nothing twice,
nothing half-written. Only runs that were still running when the signal came count as kills.

So that a kill costs the run itself and not Python's start-up, the runs are forked from a process
that has imported Lapwing and loaded its NLP model (``lapwing.cli.main(["run", ...])`` in the child,
exactly what the ``lapwing`` command calls); with ``--jobs 2`` the run starts its own worker
processes, and the kill goes to the run's process (its workers are then killed with its group).
The corpus is a set of short articles written for this check, with a syndicated copy.

With ``--kills-load N`` (and Ray installed) the corpus is also analysed once with ``lapwing run
--engine ray``, and ``lapwing load OUT`` is killed N times the same way: each trial loads into an
empty store, is killed (in three trials of ten twice), loads again to the end, and must equal one
clean load.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

CORPUS = [
    ("k01", "2024-03-04", "Police in Nairobi arrested fifteen protesters on Monday after a march against fuel "
                          "prices, officials said."),
    ("k02", "2024-03-04", "Kenyan police detained fifteen demonstrators in Nairobi on Monday during a protest "
                          "over fuel prices."),
    ("k03", "2024-03-05", "The French foreign minister met his German counterpart in Berlin on Tuesday to "
                          "discuss energy cooperation."),
    ("k04", "2024-03-05", "France and Germany signed an agreement on energy cooperation in Berlin on Tuesday, "
                          "officials said."),
    ("k05", "2024-03-06", "Rebels attacked an army base near Goma on Wednesday, killing four soldiers, the "
                          "Congolese army said."),
    ("k06", "2024-03-06", "Rebels attacked a military base near Goma on Wednesday and killed four soldiers, "
                          "according to the army."),
    ("k07", "2024-03-07", "The United Nations called on both sides to halt the fighting in eastern Congo, a "
                          "spokesman said on Thursday."),
    ("k08", "2024-03-07", "Brazil's president visited Argentina on Thursday and praised the new trade talks "
                          "between the two countries."),
    ("k09", "2024-03-08", "Police arrested twelve protesters in Lagos on Friday. \"We condemn the violence,\" "
                          "the governor said."),
    ("k10", "2024-03-08", "Thousands of workers marched in Lagos on Friday to demand higher wages, union "
                          "leaders said."),
]

#: Tables compared with a clean run, and the columns that differ between runs by design.
TABLES = ("articles", "events", "quotes", "counts", "places", "dates", "happenings", "happening_mentions",
          "article_copies", "clustering_state")
RUN_COLUMNS = {"created", "updated", "run_id"}

ZYGOTE = r"""
import json, os, sys
from lapwing.cli import main
import importlib, pkgutil
import lapwing.nlp, lapwing.pipeline, lapwing.runners, lapwing.store
for pkg in (lapwing.store, lapwing.runners):  # the store's clustering (scikit-learn) and the runners
    for mod in pkgutil.iter_modules(pkg.__path__):
        try:
            importlib.import_module(f"{pkg.__name__}.{mod.name}")
        except ImportError:  # an optional backend (psycopg) not installed
            pass
from lapwing.schema import Article
# the shipped model, every extractor and the lexicons and gazetteer they load on first use, once
lapwing.pipeline.Pipeline.create().analyse(Article(id="warm", text="Police arrested twelve protesters in "
    "Lagos on Friday. \"We will march again,\" said a French official in Paris."))
print("ready", flush=True)
for line in sys.stdin:
    argv = json.loads(line)
    pid = os.fork()
    if pid == 0:
        os.setpgid(0, 0)
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        code = 0
        try:
            main(argv)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        except BaseException:
            code = 99
        os._exit(code)
    print(json.dumps({"pid": pid}), flush=True)
    _, status = os.waitpid(pid, 0)
    print(json.dumps({"status": status}), flush=True)
"""


def write_corpus(folder: Path) -> Path:
    path = folder / "corpus.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for aid, day, text in CORPUS:
            fh.write(json.dumps({"id": aid, "published": day, "source": "Test Wire", "text": text}) + "\n")
        aid, day, text = CORPUS[0]  # a syndicated copy under another id
        fh.write(json.dumps({"id": aid + "-copy", "published": day, "source": "Other Wire", "text": text}) + "\n")
    return path


class Forker:
    """A process with Lapwing loaded that forks one `lapwing` command per request."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", ZYGOTE], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, bufsize=1)
        line = self.proc.stdout.readline()  # type: ignore[union-attr]
        if line.strip() != "ready":
            raise RuntimeError(f"the forking helper did not start: {line!r}")

    def start(self, argv: list[str]) -> int:
        self.proc.stdin.write(json.dumps(argv) + "\n")  # type: ignore[union-attr]
        self.proc.stdin.flush()  # type: ignore[union-attr]
        return json.loads(self.proc.stdout.readline())["pid"]  # type: ignore[union-attr]

    def wait(self) -> int:
        """The raw wait status of the last command started."""
        return json.loads(self.proc.stdout.readline())["status"]  # type: ignore[union-attr]

    def run(self, argv: list[str]) -> tuple[int, float]:
        t0 = time.perf_counter()
        self.start(argv)
        status = self.wait()
        return status, time.perf_counter() - t0

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.stdin.close()  # type: ignore[union-attr]
            self.proc.wait(timeout=30)


def snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every compared table's rows (run-specific columns left out), sorted."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for table in TABLES:
            cols = [r[0] for r in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                [table]).fetchall() if r[0] not in RUN_COLUMNS]
            rows = con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
            out[table] = sorted(rows, key=repr)
        return out
    finally:
        con.close()


def run_states(db: Path) -> dict[str, int]:
    """How many runs the store's ``runs`` table lists in each state."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return dict(con.execute("SELECT state, count(*) FROM runs GROUP BY state").fetchall())
    finally:
        con.close()


def differences(got: dict[str, list[tuple]], want: dict[str, list[tuple]]) -> list[str]:
    problems = []
    for table in TABLES:
        g, w = got.get(table, []), want.get(table, [])
        if g != w:
            gc, wc = Counter(map(repr, g)), Counter(map(repr, w))  # rows twice count twice
            extra, missing = list((gc - wc).elements()), list((wc - gc).elements())
            problems.append(f"{table}: {len(g)} rows vs {len(w)} in a clean run; {len(missing)} missing, "
                            f"{len(extra)} different or extra (first: {(missing or extra)[0][:300]})")
    return problems


def run_args(corpus: Path, db: Path, jobs: int) -> list[str]:
    return ["run", str(corpus), "--db", str(db), "--batch-size", "2", "--jobs", str(jobs), "-q"]


def kill_trials(forker: Forker, corpus: Path, work: Path, reference: dict[str, list[tuple]], clean_s: float,
                kills: int, jobs: int, rng: random.Random, log=print) -> dict[str, int]:
    """Trials until ``kills`` runs were killed while running; returns the tallies."""
    tally = {"kills": 0, "finished_before_kill": 0, "trials": 0, "trials_equal": 0}
    while tally["kills"] < kills:
        tally["trials"] += 1
        db = work / f"trial-{jobs}-{tally['trials']}.duckdb"
        for k in range(2 if jobs > 1 or rng.random() < 0.3 else 1):
            if tally["kills"] >= kills:
                break
            # the first kill anywhere in a run from an empty store (with workers, after they started:
            # most of such a run is their start-up); a second one early in the re-run
            low = 0.4 * clean_s if jobs > 1 and k == 0 else 0.0
            delay = rng.uniform(low, clean_s if k == 0 else 0.5 * clean_s)
            pid = forker.start(run_args(corpus, db, jobs))
            time.sleep(delay)
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            status = forker.wait()
            try:
                os.killpg(pid, signal.SIGKILL)  # its worker processes, when --jobs > 1
            except (ProcessLookupError, PermissionError):
                pass
            if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
                tally["kills"] += 1
            else:
                tally["finished_before_kill"] += 1
        status, _ = forker.run(run_args(corpus, db, jobs))
        if not (os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0):
            raise AssertionError(f"the run after the kills failed (wait status {status}) on {db}")
        problems = differences(snapshot(db), reference)
        states = run_states(db)
        tally["runs_left_running"] = tally.get("runs_left_running", 0) + states.get("running", 0)
        if problems:
            raise AssertionError(f"after kills, trial {tally['trials']} (--jobs {jobs}) differs from a clean run:\n"
                                 + "\n".join(problems))
        tally["trials_equal"] += 1
        for p in work.glob(f"trial-{jobs}-{tally['trials']}.duckdb*"):
            p.unlink()
        log(f"--jobs {jobs}: trial {tally['trials']} equal to a clean run; {tally['kills']} kills so far")
    return tally


def ray_output(corpus: Path, work: Path) -> Path:
    """The corpus analysed by ``lapwing run --engine ray`` (in a process of its own) into ``work/ray``."""
    out = work / "ray"
    res = subprocess.run([sys.executable, "-c", "import sys; from lapwing.cli import main; main(sys.argv[1:])",
                          "run", "--engine", "ray", "--jobs", "2", str(corpus), "--out", str(out), "-q"],
                         capture_output=True, text=True, timeout=1800)
    if res.returncode != 0:
        raise AssertionError(f"lapwing run --engine ray failed (exit {res.returncode}): {res.stderr[-2000:]}")
    return out


def load_trials(forker: Forker, out: Path, work: Path, kills: int, rng: random.Random,
                log=print) -> dict[str, object]:
    """``lapwing load OUT`` killed ``kills`` times, each trial then loaded to the end and compared
    with one clean load."""
    def args(db: Path) -> list[str]:
        return ["load", str(out), "--db", str(db), "-q"]

    ref_db = work / "clean-load.duckdb"
    status, clean_s = forker.run(args(ref_db))
    if status != 0:
        raise AssertionError(f"the clean load failed (wait status {status})")
    reference = snapshot(ref_db)
    if not reference["happenings"]:
        raise AssertionError("the clean load has no cross-article events: nothing to compare")
    log(f"load: clean load {clean_s:.2f} s, " + ", ".join(f"{t} {len(r)}" for t, r in reference.items()))
    tally: dict[str, object] = {"clean_load_s": round(clean_s, 2), "kills": 0, "finished_before_kill": 0,
                                "trials": 0, "trials_equal": 0, "runs_left_running": 0}
    while tally["kills"] < kills:  # type: ignore[operator]
        tally["trials"] += 1  # type: ignore[operator]
        db = work / f"load-{tally['trials']}.duckdb"
        for _ in range(2 if rng.random() < 0.3 else 1):
            pid = forker.start(args(db))
            time.sleep(rng.uniform(0, clean_s))
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            status = forker.wait()
            if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
                tally["kills"] += 1  # type: ignore[operator]
            else:
                tally["finished_before_kill"] += 1  # type: ignore[operator]
        status, _ = forker.run(args(db))
        if not (os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0):
            raise AssertionError(f"the load after the kills failed (wait status {status}) on {db}")
        problems = differences(snapshot(db), reference)
        tally["runs_left_running"] += run_states(db).get("running", 0)  # type: ignore[operator]
        if problems:
            raise AssertionError(f"after kills, load trial {tally['trials']} differs from a clean load:\n"
                                 + "\n".join(problems))
        tally["trials_equal"] += 1  # type: ignore[operator]
        for p in work.glob(f"load-{tally['trials']}.duckdb*"):
            p.unlink()
        log(f"load: trial {tally['trials']} equal to a clean load; {tally['kills']} kills so far")
    return tally


def check(kills: int = 40, kills_jobs2: int = 10, seed: int = 1, log=print,
          kills_load: int = 0) -> dict[str, object]:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="lapwing-crash-") as tmp:
        work = Path(tmp)
        corpus = write_corpus(work)
        forker = Forker()
        try:
            result: dict[str, object] = {"articles": len(CORPUS) + 1, "seed": seed}
            for jobs, n in ((1, kills), (2, kills_jobs2)):
                if n <= 0:
                    continue
                ref_db = work / f"clean-{jobs}.duckdb"
                status, clean_s = forker.run(run_args(corpus, ref_db, jobs))
                if status != 0:
                    raise AssertionError(f"the clean run failed (wait status {status})")
                reference = snapshot(ref_db)
                if not reference["happenings"] or not reference["article_copies"]:
                    raise AssertionError("the clean run has no cross-article events or copies: nothing to compare")
                log(f"--jobs {jobs}: clean run {clean_s:.2f} s, "
                    + ", ".join(f"{t} {len(r)}" for t, r in reference.items()))
                result[f"jobs{jobs}"] = {"clean_run_s": round(clean_s, 2),
                                         **kill_trials(forker, corpus, work, reference, clean_s, n, jobs, rng, log)}
            if kills_load > 0:
                result["load"] = load_trials(forker, ray_output(corpus, work), work, kills_load, rng, log)
            return result
        finally:
            forker.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kills", type=int, default=40, help="kills with one process (default 40)")
    ap.add_argument("--kills-jobs2", type=int, default=10, help="kills with --jobs 2 (default 10)")
    ap.add_argument("--kills-load", type=int, default=0,
                    help="kills of `lapwing load` of a Ray run's output (needs the 'ray' extra; default 0)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    t0 = time.perf_counter()
    result = check(args.kills, args.kills_jobs2, args.seed, kills_load=args.kills_load)
    result["seconds"] = round(time.perf_counter() - t0, 1)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
