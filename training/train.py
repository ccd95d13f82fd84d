"""Build Lapwing's English pipeline from ../shared/data in one command.

    python training/train.py                  # convert, train both halves in parallel, package, evaluate
    python training/train.py --minutes 85     # stop each core's work after 85 minutes (model-best is kept)
    python training/train.py --pretrain-minutes 0   # no tok2vec pretraining for the NER half
    python training/train.py --quick          # a small bootstrap model in ~10 minutes
    python training/train.py --joint --parser-hidden 64 --out /tmp/model_fast   # the faster variant, one core
    python training/train.py --relisten-lemmatizer src/lapwing/nlp/models/en_lapwing --out /tmp/model_lemm
                                              # only a new lemmatizer, on that pipeline's own tok2vec (~5 min)
    python training/train.py --rule-lemmatizer src/lapwing/nlp/models/en_lapwing --out DIR
                                              # spaCy's rule lemmatizer with tables from the treebanks (seconds)

The pipeline is trained as two halves, one per CPU core, at the same time (or, with --joint, as one
pipeline on one core, see below):

* syntax (training/syntax.cfg): tok2vec, tagger, morphologizer, edit-tree lemmatizer, UD parser on
  EWT + GUM;
* entities (training/ner.cfg): its own tok2vec and the NER on UNER-EWT, GUM entities, wikigold and re3d.

Both use parameter averaging and a learning rate that warms up and then decays linearly to zero at
--syntax-steps / --ner-steps; `model-best` is selected on the EWT (UNER) dev split. On the NER core
the entity tok2vec is first pretrained for --pretrain-minutes (`spacy pretrain`, character
objective, on the raw text of ../shared/data/corpora: +1.8 points of dev F, see docs/model.md).

Steps:
1. training/convert.py -> training/corpus/<name>/{syntax,ner}-{train,dev}.spacy
2. side by side, one core each:
   core 0: `spacy train syntax.cfg` -> training/output/<name>-syntax/model-best
   core 1: training/pretrain_text.py + `spacy pretrain ner.cfg` -> training/output/<name>-pretrain,
           then `spacy train ner.cfg --paths.init_tok2vec <last checkpoint>` -> training/output/<name>-ner/model-best
3. training/assemble.py -> src/lapwing/nlp/models/en_lapwing (syntax + NER with its own tok2vec + NORP ruler;
   the syntax half's edit-tree lemmatizer replaced by spaCy's rule lemmatizer with tables built from the
   treebanks' training splits by training/lemma_tables.py, unless --trainable-lemmatizer)
4. lapwing.nlp.evaluate on the EWT / UNER test splits -> training/output/<name>-eval.json

With --joint (the faster variant measured in docs/model.md): one `spacy train` on one core of a
config built from syntax.cfg plus the NER of ner.cfg, in which every component (the lemmatizer and
the NER too) listens to the one tok2vec, so a parse runs one encoder instead of two; trained on the
joint corpus (training/corpus/<name>/{train,dev}.spacy: EWT docs carry UNER's entities, the NER-only
sources carry no syntax, and each component learns only from what a doc annotates). --tok2vec-width,
--tok2vec-depth, --parser-hidden, --parser-maxout and --ner-hidden change the shapes (any mode).

With --rule-lemmatizer PIPELINE: no training; PIPELINE's lemmatizer is replaced by spaCy's rule
lemmatizer reading the morphologizer's UPOS and morphology, with tables built from the EWT and GUM
training splits by training/lemma_tables.py (suffix rules, exceptions; docs/model.md), and the
result evaluated. Every other component is PIPELINE's, byte for byte.

With --relisten-lemmatizer PIPELINE: only an edit-tree lemmatizer is trained (on the syntax corpus),
listening to PIPELINE's tok2vec, which is frozen and annotates; training/assemble.py then puts it in
place of PIPELINE's lemmatizer (the first recipe gave that one a private copy of a whole tok2vec,
about a quarter of the parse's time) and writes the result to --out; every other component is
PIPELINE's, byte for byte.

Everything under training/corpus and training/output is gitignored.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from thinc.api import Config

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "src"))


def run_one(name: str, cmd: list[str], limit_s: float, env: dict, core: int | None) -> tuple[int, bool]:
    """Run one command (pinned to `core` when given); at the time limit send SIGINT (spaCy keeps
    model-best / the pretraining checkpoints). Returns (exit code, stopped by the limit)."""
    if core is not None:
        cmd = ["taskset", "-c", str(core), *cmd]
    print(f"$ {' '.join(cmd)}  > training/output/{name}.log", flush=True)
    with open(HERE / "output" / f"{name}.log", "w") as log:
        # a background job of a non-interactive shell ignores SIGINT, and children inherit that:
        # restore the default so the time limit's SIGINT really stops spaCy
        proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT,
                                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        deadline = time.time() + limit_s
        while proc.poll() is None:
            if time.time() > deadline:
                print(f"{name}: time limit reached, stopping (saved models are kept)", flush=True)
                proc.send_signal(signal.SIGINT)
                try:
                    proc.wait(timeout=60)
                except subprocess.TimeoutExpired:
                    proc.terminate()  # model-best / checkpoints are already on disk
                    try:
                        proc.wait(timeout=30)
                    except subprocess.TimeoutExpired:
                        proc.kill()
                return 0, True
            time.sleep(5)
    return proc.returncode, False


def run_chains(chains: list[list], env: dict) -> dict[str, tuple[int, bool]]:
    """Run each chain (a list of (name, cmd or callable returning cmd, time limit in s)) in its own
    thread, the chains side by side, one CPU core each when there are enough cores."""
    ncpu = os.cpu_count() or 1
    pin = shutil.which("taskset") is not None and ncpu >= len(chains) > 1
    result: dict[str, tuple[int, bool]] = {}

    def work(k: int, chain: list) -> None:
        for name, cmd, limit_s in chain:
            cmd = cmd() if callable(cmd) else cmd
            if cmd is None:
                result[name] = (1, False)
                return
            result[name] = run_one(name, cmd, limit_s, env, k % ncpu if pin else None)
            if result[name][0] != 0:
                return

    threads = [threading.Thread(target=work, args=(k, c)) for k, c in enumerate(chains)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return result


def spacy_train(cfg: str | Path, out: Path, corpus: Path, task: str | None, steps: int, extra=()) -> list[str]:
    """The `spacy train` command of one config (a name under training/ or a path) on the corpus of
    `task` (`syntax`, `ner`; None: the joint corpus)."""
    prefix = f"{task}-" if task else ""
    return [sys.executable, "-m", "spacy", "train", str(HERE / cfg), "--output", str(out),
            "--paths.train", str(corpus / f"{prefix}train.spacy"),
            "--paths.dev", str(corpus / f"{prefix}dev.spacy"),
            "--vars.max_steps", str(steps), *extra]


@dataclass(frozen=True)
class Shapes:
    """Model sizes that differ from the configs' (None: as the config has it)."""

    tok2vec_width: int | None = None
    tok2vec_depth: int | None = None
    parser_hidden: int | None = None
    parser_maxout: int | None = None
    ner_hidden: int | None = None

    def apply(self, cfg: Config) -> Config:
        comps = cfg["components"]
        encode = comps["tok2vec"]["model"]["encode"]  # the listeners' widths refer to this one
        for key, value in (("width", self.tok2vec_width), ("depth", self.tok2vec_depth)):
            if value is not None:
                encode[key] = value
        for comp, key, value in (("parser", "hidden_width", self.parser_hidden),
                                 ("parser", "maxout_pieces", self.parser_maxout),
                                 ("ner", "hidden_width", self.ner_hidden)):
            if value is not None and comp in comps:
                comps[comp]["model"][key] = value
        return cfg


def load_cfg(name: str) -> Config:
    return Config().from_disk(HERE / name, interpolate=False)


def shaped_config(name: str, shapes: Shapes, out: Path) -> Path:
    """training/<name> with `shapes` applied, written to `out` (the config itself when nothing changes)."""
    if shapes == Shapes():
        return HERE / name
    shapes.apply(load_cfg(name)).to_disk(out)
    return out


def lemmatizer_config(base: Path, out: Path) -> Path:
    """A config that trains only syntax.cfg's lemmatizer, listening to the frozen tok2vec of the
    pipeline `base` (which runs as an annotating component and sets ``doc.tensor``); model-best is
    chosen on lemma accuracy. `assemble.relisten_lemmatizer` then puts it into `base`."""
    cfg = load_cfg("syntax.cfg")
    width = load_cfg(str(base / "config.cfg"))["components"]["tok2vec"]["model"]["encode"]["width"]
    lemm = cfg["components"]["trainable_lemmatizer"]
    lemm["model"]["tok2vec"]["width"] = width
    cfg["components"] = {"tok2vec": {"source": str(base)}, "trainable_lemmatizer": lemm}
    cfg["nlp"]["pipeline"] = ["tok2vec", "trainable_lemmatizer"]
    cfg["training"]["frozen_components"] = ["tok2vec"]
    cfg["training"]["annotating_components"] = ["tok2vec"]
    cfg["training"]["score_weights"] = {"lemma_acc": 1.0}
    cfg["training"]["eval_frequency"] = 500
    cfg.to_disk(out)
    return out


def joint_config(shapes: Shapes, out: Path) -> Path:
    """One pipeline: syntax.cfg's components plus ner.cfg's NER, all listening to syntax.cfg's tok2vec;
    model-best is chosen on EWT dev with the entities weighted like the parse's labels."""
    cfg = load_cfg("syntax.cfg")
    ner = load_cfg("ner.cfg")
    cfg["nlp"]["pipeline"] = [*cfg["nlp"]["pipeline"], "ner"]
    cfg["components"]["ner"] = ner["components"]["ner"]
    cfg["training"]["score_weights"].update(ents_f=0.3, ents_p=0.0, ents_r=0.0, ents_per_type=None)
    shapes.apply(cfg).to_disk(out)
    return out


def last_checkpoint(out: Path) -> Path | None:
    saved = sorted(out.glob("model*.bin"), key=lambda p: p.stat().st_mtime)
    return saved[-1] if saved else None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Train and package Lapwing's English pipeline")
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--quick", action="store_true", help="EWT+UNER only, short runs (bootstrap model)")
    ap.add_argument("--minutes", type=float, default=85.0,
                    help="time limit of each core's work (the NER core: pretraining + training)")
    ap.add_argument("--syntax-steps", type=int, default=None, help="default 11000 (quick: 1500)")
    ap.add_argument("--ner-steps", type=int, default=None, help="default 6000 (quick: 1500)")
    ap.add_argument("--pretrain-minutes", type=float, default=None,
                    help="pretrain the entity tok2vec first, for this long (0: no pretraining; default 24, "
                         "quick: 0); one epoch over corpora/ takes ~10 minutes on one core")
    ap.add_argument("--name", default=None, help="run name under training/ (default full/quick)")
    ap.add_argument("--no-package", action="store_true",
                    help="do not write src/lapwing/nlp/models/en_lapwing")
    ap.add_argument("--out", type=Path, default=None,
                    help="write the packaged pipeline here instead of src/lapwing/nlp/models/en_lapwing")
    ap.add_argument("--joint", action="store_true",
                    help="one pipeline on one core, every component listening to one tok2vec (no pretraining)")
    ap.add_argument("--joint-steps", type=int, default=None, help="default 11000 (quick: 1500)")
    ap.add_argument("--relisten-lemmatizer", type=Path, default=None, metavar="PIPELINE",
                    help="train only a lemmatizer on PIPELINE's frozen tok2vec and put it in place of "
                         "PIPELINE's own (one core; PIPELINE is not changed, the result goes to --out)")
    ap.add_argument("--lemmatizer-steps", type=int, default=3000)
    ap.add_argument("--trainable-lemmatizer", action="store_true",
                    help="package the syntax half's edit-tree lemmatizer instead of spaCy's rule lemmatizer "
                         "with tables from the treebanks (training/lemma_tables.py)")
    ap.add_argument("--rule-lemmatizer", type=Path, default=None, metavar="PIPELINE",
                    help="put spaCy's rule lemmatizer, with tables built from the treebanks' training splits "
                         "(training/lemma_tables.py), in place of PIPELINE's lemmatizer; no training (seconds), "
                         "the result goes to --out (may be PIPELINE itself)")
    ap.add_argument("--tok2vec-width", type=int, default=None, help="encoder width (configs: 96)")
    ap.add_argument("--tok2vec-depth", type=int, default=None, help="encoder layers (configs: 4)")
    ap.add_argument("--parser-hidden", type=int, default=None, help="parser hidden width (syntax.cfg: 128)")
    ap.add_argument("--parser-maxout", type=int, default=None, help="parser maxout pieces (syntax.cfg: 3)")
    ap.add_argument("--ner-hidden", type=int, default=None, help="NER hidden width (ner.cfg: 128)")
    args = ap.parse_args(argv)
    shapes = Shapes(args.tok2vec_width, args.tok2vec_depth, args.parser_hidden, args.parser_maxout, args.ner_hidden)
    name = args.name or ("quick" if args.quick else "full")
    syntax_steps = args.syntax_steps or (1500 if args.quick else 11000)
    ner_steps = args.ner_steps or (1500 if args.quick else 6000)
    if args.pretrain_minutes is None:
        args.pretrain_minutes = 0.0 if args.quick else 24.0
    corpus = HERE / "corpus" / name
    (HERE / "output").mkdir(exist_ok=True)
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")

    t0 = time.time()
    if args.rule_lemmatizer is not None:
        return rule_lemmatizer(args, name, args.out or assemble_default(), t0)
    import convert

    convert.main(["--data", str(args.data), "--out", str(corpus)] + (["--quick"] if args.quick else []))
    target = args.out or (assemble_default() if not args.no_package else HERE / "output" / f"{name}-packaged")
    if args.joint:
        return train_joint(args, name, corpus, shapes, target, env, t0)
    if args.relisten_lemmatizer is not None:
        return train_lemmatizer(args, name, corpus, target, env, t0)
    out_syntax, out_ner = HERE / "output" / f"{name}-syntax", HERE / "output" / f"{name}-ner"
    limit = args.minutes * 60
    ner_chain: list = []
    syntax_cfg = shaped_config("syntax.cfg", shapes, HERE / "output" / f"{name}-syntax.cfg")
    ner_cfg = shaped_config("ner.cfg", shapes, HERE / "output" / f"{name}-ner.cfg")
    ner_cmd = spacy_train(ner_cfg, out_ner, corpus, "ner", ner_steps)
    if args.pretrain_minutes > 0:
        import pretrain_text

        raw = corpus / "raw.jsonl"
        pretrain_text.main(["--data", str(args.data), "--out", str(raw)])
        out_pre = HERE / "output" / f"{name}-pretrain"
        shutil.rmtree(out_pre, ignore_errors=True)
        ner_chain.append((f"{name}-pretrain", [
            sys.executable, "-m", "spacy", "pretrain", str(ner_cfg), str(out_pre),
            "--paths.raw_text", str(raw), "--pretraining.n_save_every", "100"], args.pretrain_minutes * 60))

        def ner_cmd_after_pretraining():
            weights = last_checkpoint(out_pre)
            if weights is None:
                print("pretraining saved no weights (is --pretrain-minutes shorter than one epoch?)",
                      file=sys.stderr)
                return None
            return [*spacy_train(ner_cfg, out_ner, corpus, "ner", ner_steps), "--paths.init_tok2vec", str(weights)]

        ner_chain.append((f"{name}-ner", ner_cmd_after_pretraining, limit - args.pretrain_minutes * 60))
    else:
        ner_chain.append((f"{name}-ner", ner_cmd, limit))
    res = run_chains([
        [(f"{name}-syntax", spacy_train(syntax_cfg, out_syntax, corpus, "syntax", syntax_steps), limit)],
        ner_chain,
    ], env)
    for out in (out_syntax, out_ner):
        if not (out / "model-best" / "meta.json").exists():
            print(f"no model-best in {out}; see training/output/{out.name}.log", file=sys.stderr)
            return 1
    train_min = (time.time() - t0) / 60
    import assemble

    assemble.assemble(out_syntax / "model-best", target, ner_from=out_ner / "model-best",
                      lemma_tables=recipe_lemma_tables(args))
    return package_eval(args, name, target, {k: v[1] for k, v in res.items()}, train_min,
                        pretrain_minutes=args.pretrain_minutes)


def recipe_lemma_tables(args):
    """The rule lemmatizer's tables from the treebanks, or None with --trainable-lemmatizer (the
    syntax half's edit-tree lemmatizer is then packaged)."""
    if args.trainable_lemmatizer:
        return None
    import lemma_tables

    return lemma_tables.build_from_treebanks(args.data)


def assemble_default() -> Path:
    import assemble

    return assemble.DEFAULT_OUT


def train_joint(args, name: str, corpus: Path, shapes: Shapes, target: Path, env: dict, t0: float) -> int:
    """--joint: one pipeline, one tok2vec, one core; packaged to `target` and evaluated."""
    steps = args.joint_steps or (1500 if args.quick else 11000)
    out = HERE / "output" / f"{name}-joint"
    cfg = joint_config(shapes, HERE / "output" / f"{name}-joint.cfg")
    res = run_chains([[(f"{name}-joint", spacy_train(cfg, out, corpus, None, steps), args.minutes * 60)]], env)
    if not (out / "model-best" / "meta.json").exists():
        print(f"no model-best in {out}; see training/output/{name}-joint.log", file=sys.stderr)
        return 1
    train_min = (time.time() - t0) / 60
    import assemble

    assemble.assemble(out / "model-best", target, lemma_tables=recipe_lemma_tables(args))
    return package_eval(args, name, target, {k: v[1] for k, v in res.items()}, train_min,
                        shapes={k: v for k, v in vars(shapes).items() if v is not None}, joint_steps=steps)


def train_lemmatizer(args, name: str, corpus: Path, target: Path, env: dict, t0: float) -> int:
    """--relisten-lemmatizer: the pipeline's own lemmatizer (with its private tok2vec) replaced by one
    trained on the pipeline's shared tok2vec, every other component unchanged."""
    base = args.relisten_lemmatizer.resolve()
    if target.resolve() == base:
        print("--out must differ from the pipeline given to --relisten-lemmatizer", file=sys.stderr)
        return 2
    out = HERE / "output" / f"{name}-lemmatizer"
    cfg = lemmatizer_config(base, HERE / "output" / f"{name}-lemmatizer.cfg")
    res = run_chains([[(f"{name}-lemmatizer", spacy_train(cfg, out, corpus, "syntax", args.lemmatizer_steps),
                        args.minutes * 60)]], env)
    if not (out / "model-best" / "meta.json").exists():
        print(f"no model-best in {out}; see training/output/{name}-lemmatizer.log", file=sys.stderr)
        return 1
    train_min = (time.time() - t0) / 60
    import assemble

    assemble.relisten_lemmatizer(base, out / "model-best", target)
    return package_eval(args, name, target, {k: v[1] for k, v in res.items()}, train_min,
                        lemmatizer_steps=args.lemmatizer_steps, base=str(base))


def rule_lemmatizer(args, name: str, target: Path, t0: float) -> int:
    """--rule-lemmatizer: PIPELINE with spaCy's rule lemmatizer (tables from the treebanks) instead of
    its own lemmatizer, every other component unchanged; written to `target` and evaluated."""
    import tempfile

    import assemble
    import lemma_tables

    base = args.rule_lemmatizer.resolve()
    tables = lemma_tables.build_from_treebanks(args.data)
    (HERE / "output").mkdir(exist_ok=True)
    (HERE / "output" / f"{name}-lemma_tables.json").write_text(json.dumps(tables.to_json(), ensure_ascii=False))
    with tempfile.TemporaryDirectory(dir=target.parent if target.parent.is_dir() else None) as tmp:
        built = assemble.with_rule_lemmatizer(base, tables, Path(tmp) / "pipeline")
        if target.exists():
            shutil.rmtree(target)
        shutil.move(str(built), str(target))
    return package_eval(args, name, target, {}, (time.time() - t0) / 60, base=str(base),
                        lemma_tables=tables.stats)


def package_eval(args, name: str, target: Path, stopped: dict, train_min: float, **extra) -> int:
    from lapwing.nlp import evaluate as ev

    scores = ev.evaluate(json_out=False, model=str(target), data_dir=args.data)
    scores.update(training_minutes=round(train_min, 1), stopped_by_time_limit=stopped, **extra)
    (HERE / "output" / f"{name}-eval.json").write_text(json.dumps(scores, indent=2))
    print(f"conversion + training took {train_min:.1f} min; pipeline in {target}; "
          f"figures in training/output/{name}-eval.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
