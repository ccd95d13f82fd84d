"""Build Lapwing's English pipeline from ../shared/data in one command.

    python training/train.py                  # convert, train both halves in parallel, package, evaluate
    python training/train.py --minutes 80     # stop each training run after 80 minutes (model-best is kept)
    python training/train.py --quick          # a small bootstrap model in ~10 minutes

The pipeline is trained as two halves, one per CPU core, at the same time:

* syntax (training/syntax.cfg): tok2vec, tagger, morphologizer, edit-tree lemmatizer, UD parser on
  EWT + GUM;
* entities (training/ner.cfg): its own tok2vec and the NER on UNER-EWT, GUM entities, wikigold and re3d.

Both use parameter averaging and a learning rate that warms up and then decays linearly to zero at
--syntax-steps / --ner-steps; `model-best` is selected on the EWT (UNER) dev split. With
--pretrain-minutes N the entity tok2vec is first pretrained (`spacy pretrain`, character objective)
on the raw text of ../shared/data/corpora (see docs/model.md for whether that helps).

Steps:
1. training/convert.py -> training/corpus/<name>/{syntax,ner}-{train,dev}.spacy
2. [optional] training/pretrain_text.py + `spacy pretrain` -> training/output/<name>-pretrain
3. `spacy train` syntax.cfg and ner.cfg in parallel -> training/output/<name>-{syntax,ner}/model-best
4. training/assemble.py -> src/lapwing/nlp/models/en_lapwing (syntax + NER with its own tok2vec + NORP ruler)
5. lapwing.nlp.evaluate on the EWT / UNER test splits -> training/output/<name>-eval.json

Everything under training/corpus and training/output is gitignored.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "src"))


def run_all(jobs: list[tuple[str, list[str], float]], env: dict) -> dict[str, tuple[int, bool]]:
    """Run commands side by side, each pinned to its own core when there are enough; a job that
    reaches its time limit gets SIGINT (spaCy keeps model-best). Returns name -> (exit code, stopped)."""
    procs = {}
    ncpu = os.cpu_count() or 1
    for k, (name, cmd, limit_s) in enumerate(jobs):
        if hasattr(os, "sched_setaffinity") and ncpu >= len(jobs) > 1:
            cmd = ["taskset", "-c", str(k % ncpu), *cmd]
        log = open(HERE / "output" / f"{name}.log", "w")
        print(f"$ {' '.join(cmd)}  > training/output/{name}.log", flush=True)
        procs[name] = (subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT),
                       time.time() + limit_s, log)
    result: dict[str, tuple[int, bool]] = {}
    while len(result) < len(procs):
        for name, (proc, deadline, log) in procs.items():
            if name in result:
                continue
            if proc.poll() is not None:
                result[name] = (proc.returncode, False)
            elif time.time() > deadline:
                print(f"{name}: time limit reached, stopping (model-best is kept)", flush=True)
                proc.send_signal(signal.SIGINT)
                try:
                    proc.wait(timeout=120)
                except subprocess.TimeoutExpired:
                    proc.kill()
                result[name] = (0, True)
            if name in result:
                log.close()
        time.sleep(5)
    return result


def spacy_train(cfg: str, out: Path, corpus: Path, task: str, steps: int, extra=()) -> list[str]:
    return [sys.executable, "-m", "spacy", "train", str(HERE / cfg), "--output", str(out),
            "--paths.train", str(corpus / f"{task}-train.spacy"),
            "--paths.dev", str(corpus / f"{task}-dev.spacy"),
            "--vars.max_steps", str(steps), *extra]


def pretrain(name: str, corpus: Path, data: Path, minutes: float, env: dict) -> Path | None:
    """Pretrain the entity tok2vec for `minutes`; returns the last saved weights."""
    import pretrain_text

    raw = corpus / "raw.jsonl"
    pretrain_text.main(["--data", str(data), "--out", str(raw)])
    out = HERE / "output" / f"{name}-pretrain"
    cmd = [sys.executable, "-m", "spacy", "pretrain", str(HERE / "ner.cfg"), str(out),
           "--paths.raw_text", str(raw), "--pretraining.n_save_every", "2000"]
    run_all([(f"{name}-pretrain", cmd, minutes * 60)], env)
    saved = sorted(out.glob("model*.bin"), key=lambda p: p.stat().st_mtime)
    return saved[-1] if saved else None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Train and package Lapwing's English pipeline")
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--quick", action="store_true", help="EWT+UNER only, short runs (bootstrap model)")
    ap.add_argument("--minutes", type=float, default=80.0, help="time limit of each training run")
    ap.add_argument("--syntax-steps", type=int, default=None, help="default 11000 (quick: 1500)")
    ap.add_argument("--ner-steps", type=int, default=None, help="default 8000 (quick: 1500)")
    ap.add_argument("--pretrain-minutes", type=float, default=0.0,
                    help="pretrain the entity tok2vec first (0: no pretraining)")
    ap.add_argument("--name", default=None, help="run name under training/ (default full/quick)")
    ap.add_argument("--no-package", action="store_true",
                    help="do not write src/lapwing/nlp/models/en_lapwing")
    args = ap.parse_args(argv)
    name = args.name or ("quick" if args.quick else "full")
    syntax_steps = args.syntax_steps or (1500 if args.quick else 11000)
    ner_steps = args.ner_steps or (1500 if args.quick else 8000)
    corpus = HERE / "corpus" / name
    (HERE / "output").mkdir(exist_ok=True)
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")

    t0 = time.time()
    import convert

    convert.main(["--data", str(args.data), "--out", str(corpus)] + (["--quick"] if args.quick else []))
    ner_extra: list[str] = []
    if args.pretrain_minutes > 0:
        weights = pretrain(name, corpus, args.data, args.pretrain_minutes, env)
        if weights is None:
            print("pretraining saved no weights", file=sys.stderr)
            return 1
        ner_extra = ["--paths.init_tok2vec", str(weights)]
    out_syntax, out_ner = HERE / "output" / f"{name}-syntax", HERE / "output" / f"{name}-ner"
    res = run_all([
        (f"{name}-syntax", spacy_train("syntax.cfg", out_syntax, corpus, "syntax", syntax_steps), args.minutes * 60),
        (f"{name}-ner", spacy_train("ner.cfg", out_ner, corpus, "ner", ner_steps, ner_extra), args.minutes * 60),
    ], env)
    for out in (out_syntax, out_ner):
        if not (out / "model-best" / "meta.json").exists():
            print(f"no model-best in {out}; see training/output/{out.name}.log", file=sys.stderr)
            return 1
    train_min = (time.time() - t0) / 60
    import assemble

    target = assemble.DEFAULT_OUT if not args.no_package else HERE / "output" / f"{name}-packaged"
    assemble.assemble(out_syntax / "model-best", target, ner_from=out_ner / "model-best")
    from lapwing.nlp import evaluate as ev

    scores = ev.evaluate(json_out=False, model=str(target), data_dir=args.data)
    scores.update(training_minutes=round(train_min, 1), stopped_by_time_limit={k: v[1] for k, v in res.items()},
                  pretrain_minutes=args.pretrain_minutes)
    (HERE / "output" / f"{name}-eval.json").write_text(json.dumps(scores, indent=2))
    print(f"conversion + training took {train_min:.1f} min; figures in training/output/{name}-eval.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
