"""The shipped pipeline against a variant model, in one run: speed per component, the full analysis,
and the model's own scores.

    python bench/model_variant.py --variant /tmp/s8/model_fast            # speed, both models
    python bench/model_variant.py --variant DIR --repeat 3 --ud            # + scores on the EWT / UNER test splits
    python bench/model_variant.py --profile-only                           # the shipped model's components only

Phases, on the VOA benchmark stories of ../shared/data/corpora (89; Reuters-21578 or a synthetic
article when absent, said so in the output):

1. the parse, component by component: the tokenizer, then each pipe of ``nlp.pipeline`` over all
   the documents (``pipe.pipe(docs, batch_size)``), CPU time of each; ``--repeat N`` rounds, the two
   models alternating (and which goes first alternating too), so both see the same load; each
   model's fastest round is reported, and all rounds are kept in the JSON;
2. the full analysis (``Pipeline.analyse_many``, what ``lapwing extract`` does) with each model, CPU
   time per article, and how many events both code alike (same sentence, trigger, CAMEO code, source
   and target actor codes) — a check on the variant's output, not a score;
3. with ``--ud``: each model scored by ``lapwing.nlp.evaluate`` (UPOS, UAS, LAS, sentence F on EWT
   test; NER F on UNER-EWT test, one gold sentence at a time) and by spaCy's scorer on the EWT test
   split converted by training/convert.py with UNER's entities (tag, UPOS, morphology and lemma
   accuracy, UAS, LAS, NER F).

The event figures of the shared scorers are run apart, with the model chosen by
``LAPWING_SPACY_MODEL`` (docs/model.md); ``--jobs 2`` with ``LAPWING_SPACY_MODEL=DIR python
bench/scale.py --skip-ray``.

Not a timed test: the figures depend on the machine and on what else runs on it. Threads are
pinned to one (OMP/OpenBLAS/MKL) before numpy loads.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from events_speed import articles  # noqa: E402  (the same input as the other speed scripts)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def component_times(nlp, texts: list[str], batch_size: int) -> dict[str, float]:
    """CPU seconds of the tokenizer and of each pipe over all `texts`, run one pipe at a time (the
    listeners of a shared tok2vec read ``doc.tensor``, which its pass has set)."""
    out: dict[str, float] = {}
    c = time.process_time()
    docs = [nlp.make_doc(t) for t in texts]
    out["tokenizer"] = time.process_time() - c
    for name, proc in nlp.pipeline:
        c = time.process_time()
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=batch_size))
        else:
            docs = [proc(d) for d in docs]
        out[name] = time.process_time() - c
    return out


def event_keys(record) -> set[tuple]:
    def code(actor) -> tuple | None:
        return (actor.country, actor.sector) if actor is not None else None

    return {(e.sentence.start, e.trigger.start, e.cameo, code(e.source), code(e.target)) for e in record.events}


def full_analysis(model_path: str, arts, batch_size: int) -> tuple[float, list]:
    from lapwing.pipeline import Pipeline

    pipe = Pipeline.create(model=model_path)
    pipe.warm()
    c = time.process_time()
    records = list(pipe.analyse_many(arts, batch_size=batch_size))
    return time.process_time() - c, records


def spacy_scores(nlp, data: Path) -> dict:
    """spaCy's scorer on EWT test (gold tokens, tags, morphology, lemmas, dependencies, UNER entities),
    converted as the recipe converts its training data."""
    sys.path.insert(0, str(REPO / "training"))
    import convert
    from spacy.training import Example

    tb = data / "treebanks"
    uner = convert.load_uner(tb / "UNER_English-EWT" / "uner-ewt-test.iob2")
    docs, _ = convert.convert_ud(nlp.vocab, tb / "UD_English-EWT" / "ewt-test.conllu", "ewt", uner)
    examples = [Example(_words_doc(nlp, d), d) for d in docs]
    s = nlp.evaluate(examples)
    keys = ("tag_acc", "pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "ents_f")
    return {k: round(float(s[k]), 4) for k in keys if s.get(k) is not None}


LEMMA_SPLITS = (("ewt-dev", "UD_English-EWT/ewt-dev.conllu", "ewt"), ("ewt-test", "UD_English-EWT/ewt-test.conllu", "ewt"),
                ("gum-dev", "UD_English-GUM/gum-dev.conllu", "gum"), ("gum-test", "UD_English-GUM/gum-test.conllu", "gum"))


def lemma_scores(nlp, data: Path) -> dict:
    """Lemma accuracy on the UD dev and test splits (gold tokens; the model predicts the tags the
    lemmatizer reads): spaCy's scorer (``lemma_acc``, exact string), and the same tokens compared
    in lower case. GUM without the genres the recipe leaves out. Training splits are never scored."""
    sys.path.insert(0, str(REPO / "training"))
    import convert
    from spacy.scorer import Scorer
    from spacy.training import Example

    out = {}
    for name, rel, kind in LEMMA_SPLITS:
        path = data / "treebanks" / rel
        if not path.is_file():
            continue
        docs, _ = convert.convert_ud(nlp.vocab, path, kind)
        preds = nlp.pipe((_words_doc(nlp, d) for d in docs), batch_size=32)
        examples = [Example(p, g) for p, g in zip(preds, docs)]
        lemma = Scorer.score_token_attr(examples, "lemma")["lemma_acc"]
        pos = Scorer.score_token_attr(examples, "pos")["pos_acc"]
        right = total = 0
        for ex in examples:  # the same tokens compared in lower case (gold tokens: one to one)
            for p, g in zip(ex.predicted, ex.reference):
                if g.is_space:
                    continue
                total += 1
                right += p.lemma_.lower() == g.lemma_.lower()
        out[name] = {"lemma_acc": round(float(lemma), 4), "lemma_acc_lower": round(right / total, 4),
                     "pos_acc": round(float(pos), 4), "tokens": total}
    return out


def _words_doc(nlp, gold):
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=[t.text for t in gold], spaces=[bool(t.whitespace_) for t in gold])


def ud_scores(model_path: str, data: Path) -> dict:
    from lapwing.nlp import evaluate as ev
    from lapwing.nlp import load

    lw = ev.evaluate(model=model_path, data_dir=data, echo=lambda *_: None)
    u, n = lw["ewt_test"], lw["uner_test"]
    return {"lapwing_evaluate": {"upos": u["upos"], "uas": u["uas"], "las": u["las"], "sent_f": u["sent_f"],
                                 "ner_f": n["f"], "ner_p": n["p"], "ner_r": n["r"],
                                 "ner_f_documents": lw["uner_test_documents"]["f"],
                                 "size_mb": lw["size_mb"]},
            "spacy_scorer_ewt_test": spacy_scores(load(model_path), data)}


def main() -> None:
    from lapwing.nlp import MODEL_DIR, load
    from lapwing.schema import Article

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--variant", type=Path, default=None, help="the variant pipeline's directory")
    ap.add_argument("--shipped", type=Path, default=MODEL_DIR, help="the model to compare against")
    ap.add_argument("--profile-only", action="store_true", help="only phase 1, the shipped model alone")
    ap.add_argument("--articles", type=int, default=89)
    ap.add_argument("--repeat", type=int, default=2, help="rounds of phase 1")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--no-full", action="store_true", help="skip phase 2")
    ap.add_argument("--no-parse", action="store_true", help="skip phase 1 (with --lemma / --ud: scores only)")
    ap.add_argument("--ud", action="store_true", help="phase 3: the models' scores on the test splits")
    ap.add_argument("--lemma", action="store_true",
                    help="the models' lemma accuracy on the EWT and GUM dev / test splits (spaCy's scorer)")
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "model_variant.json")
    args = ap.parse_args()
    if args.variant is None and not args.profile_only:
        ap.error("give --variant DIR (a pipeline directory, e.g. built by training/train.py --joint --out DIR) "
                 "or --profile-only")
    if args.variant is not None and not (args.variant / "meta.json").is_file():
        ap.error(f"{args.variant} is not a spaCy pipeline directory (no meta.json): build it with training/train.py")
    models = {"shipped": str(args.shipped)}
    if not args.profile_only:
        models["variant"] = str(args.variant)

    rows, source = articles(args.articles)
    texts = [r["text"] for r in rows]
    words = sum(len(t.split()) for t in texts)
    nlps = {k: load(p) for k, p in models.items()}
    for nlp in nlps.values():  # warm: first calls allocate
        list(nlp.pipe(texts[:4]))
    rounds: dict[str, list[dict[str, float]]] = {k: [] for k in models}
    for r in range(0 if args.no_parse else max(1, args.repeat)):
        order = list(models) if r % 2 == 0 else list(reversed(models))
        for k in order:
            rounds[k].append(component_times(nlps[k], texts, args.batch_size))
    out: dict = {"source": source, "articles": len(texts), "words": words,
                 "load_avg_at_start": [round(x, 2) for x in os.getloadavg()], "models": models, "parse": {}}
    for k, rs in rounds.items():
        if not rs:
            continue
        best = min(rs, key=lambda d: sum(d.values()))
        total = sum(best.values())
        out["parse"][k] = {"pipe_names": nlps[k].pipe_names, "cpu_s": round(total, 2),
                           "articles_per_cpu_s": round(len(texts) / total, 2), "words_per_cpu_s": round(words / total),
                           "components_cpu_s": {n: round(v, 3) for n, v in best.items()},
                           "rounds_cpu_s": [round(sum(d.values()), 2) for d in rs]}
    if not args.profile_only and not args.no_full:
        arts = [Article(id=r["id"], text=r["text"], published=r["published"], language="en") for r in rows]
        full, recs = {}, {}
        for k in models:
            cpu, recs[k] = full_analysis(models[k], arts, args.batch_size)
            full[k] = {"cpu_s": round(cpu, 2), "cpu_ms_per_article": round(1000 * cpu / len(arts), 1),
                       "articles_per_cpu_s": round(len(arts) / cpu, 2),
                       "events": sum(len(x.events) for x in recs[k]),
                       "failed": sum(1 for x in recs[k] if x.status != "ok")}
        same = sum(len(event_keys(a) & event_keys(b)) for a, b in zip(recs["shipped"], recs["variant"]))
        full["events_alike"] = same
        out["full_analysis"] = full
    if args.ud:
        out["scores"] = {k: ud_scores(p, args.data) for k, p in models.items()}
    if args.lemma:
        out["lemma"] = {k: lemma_scores(load(p), args.data) for k, p in models.items()}
    out["peak_rss_mb"] = round(peak_mb())
    args.out.write_text(json.dumps(out, indent=2) + "\n")
    report(out)


def report_parse(out: dict, names: list[str]) -> None:
    comps: list[str] = []
    for k in names:
        comps += [c for c in out["parse"][k]["components_cpu_s"] if c not in comps]
    print("parse, CPU s per component (each model's fastest round):")
    print(f"  {'component':<22}" + "".join(f"{k:>12}" for k in names))
    for c in comps:
        cells = []
        for k in names:
            v = out["parse"][k]["components_cpu_s"].get(c)
            cells.append(f"{v:12.2f}" if v is not None else f"{'-':>12}")
        print(f"  {c:<22}" + "".join(cells))
    print(f"  {'total':<22}" + "".join(f"{out['parse'][k]['cpu_s']:12.2f}" for k in names))
    print(f"  {'articles / CPU s':<22}" + "".join(f"{out['parse'][k]['articles_per_cpu_s']:12.2f}" for k in names))
    if len(names) == 2:
        a, b = (out["parse"][k]["cpu_s"] for k in names)
        print(f"  the variant's parse: {a / b:.2f}x the shipped one's speed")


def report(out: dict) -> None:
    print(f"{out['articles']} articles, {out['words']:,} words ({out['source']}); load at start "
          f"{out['load_avg_at_start']}")
    names = list(out["models"])
    if out["parse"]:
        report_parse(out, names)
    full = out.get("full_analysis")
    if full:
        for k in names:
            f = full[k]
            print(f"full analysis, {k}: {f['cpu_ms_per_article']} CPU ms per article ({f['articles_per_cpu_s']} "
                  f"articles / CPU s), {f['events']} events, {f['failed']} failed")
        print(f"  events coded alike by both: {full['events_alike']}")
    for k, s in (out.get("scores") or {}).items():
        print(f"scores, {k}: {json.dumps(s)}")
    for k, s in (out.get("lemma") or {}).items():
        print(f"lemma accuracy, {k}: " + ", ".join(f"{split} {v['lemma_acc']:.4f} (lower case {v['lemma_acc_lower']:.4f})"
                                                    for split, v in s.items()))
    print(f"peak RSS {out['peak_rss_mb']} MB (both models loaded)")


if __name__ == "__main__":
    main()
