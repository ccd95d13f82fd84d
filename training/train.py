"""Build Lapwing's English pipeline from ../shared/data in one command.

    python training/train.py                 # convert, train, package, evaluate
    python training/train.py --quick         # EWT+UNER only, short run (bootstrap model)
    python training/train.py --time-limit 80 # stop training after 80 minutes (model-best is kept)

Steps:
1. training/convert.py  -> training/corpus/<name>/{train,dev}.spacy
2. `python -m spacy train training/config.cfg` (single process, one thread)
   -> training/output/<name>/model-best   (selected on UD_English-EWT dev)
3. training/assemble.py -> src/lapwing/nlp/models/en_lapwing (adds the NORP ruler, meta)
4. lapwing.nlp.evaluate on the EWT / UNER test splits -> training/output/<name>/eval.json

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


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Train and package Lapwing's English pipeline")
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--quick", action="store_true", help="EWT+UNER only, 2,000 steps")
    ap.add_argument("--max-steps", type=int, default=None, help="default 12000 (quick: 2000)")
    ap.add_argument("--time-limit", type=float, default=85.0, help="minutes of training before stopping")
    ap.add_argument("--name", default=None, help="run name under training/output (default full/quick)")
    ap.add_argument("--no-package", action="store_true", help="do not write src/lapwing/nlp/models/en_lapwing")
    args = ap.parse_args(argv)
    name = args.name or ("quick" if args.quick else "full")
    steps = args.max_steps or (2000 if args.quick else 12000)
    corpus = HERE / "corpus" / name
    out = HERE / "output" / name
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")

    t0 = time.time()
    import convert

    convert.main(["--data", str(args.data), "--out", str(corpus)] + (["--quick"] if args.quick else []))
    cmd = [sys.executable, "-m", "spacy", "train", str(HERE / "config.cfg"), "--output", str(out),
           "--paths.train", str(corpus / "train.spacy"), "--paths.dev", str(corpus / "dev.spacy"),
           "--vars.max_steps", str(steps)]
    print("$", " ".join(cmd), flush=True)
    proc = subprocess.Popen(cmd, env=env)
    deadline = time.time() + args.time_limit * 60
    stopped = False
    while proc.poll() is None:
        if time.time() > deadline:
            print(f"time limit of {args.time_limit} min reached: stopping training, keeping model-best", flush=True)
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=120)
            except subprocess.TimeoutExpired:
                proc.kill()
            stopped = True
            break
        time.sleep(10)
    if not stopped and proc.returncode != 0:
        print(f"spacy train failed with exit code {proc.returncode}", file=sys.stderr)
        return proc.returncode or 1
    train_min = (time.time() - t0) / 60
    best = out / "model-best"
    if not (best / "meta.json").exists():
        print("no model-best was written", file=sys.stderr)
        return 1
    import assemble

    target = assemble.DEFAULT_OUT if not args.no_package else out / "packaged"
    assemble.assemble(best, target)
    from lapwing.nlp import evaluate as ev

    scores = ev.evaluate(json_out=False, model=str(target), data_dir=args.data)
    scores["training_minutes"] = round(train_min, 1)
    scores["stopped_by_time_limit"] = stopped
    (out / "eval.json").write_text(json.dumps(scores, indent=2))
    print(f"training + conversion took {train_min:.1f} min; figures in {out / 'eval.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
