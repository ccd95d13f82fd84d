"""Package a trained pipeline as Lapwing's shipped model.

Takes a `spacy train` output directory (model-best), adds the NORP entity
ruler (patterns generated from training/lexicon/norp.txt), sets the metadata
and writes the result to src/lapwing/nlp/models/en_lapwing (or --out).

Usage: python training/assemble.py training/output/full-syntax/model-best \
           --ner-from training/output/full-ner/model-best [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

import spacy

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_OUT = REPO / "src" / "lapwing" / "nlp" / "models" / "en_lapwing"

SOURCES = [
    {
        "name": "UD_English-EWT",
        "license": "CC BY-SA 4.0",
        "use": "tagger, morphologizer, lemmatizer, parser",
    },
    {
        "name": "UD_English-GUM (without whow and fiction documents)",
        "license": "CC BY 4.0",
        "use": "tagger, morphologizer, lemmatizer, parser, NER (from Entity= mentions)",
    },
    {"name": "UNER_English-EWT", "license": "CC BY-SA 4.0", "use": "NER"},
    {"name": "wikigold", "license": "CC BY 4.0", "use": "NER"},
    {
        "name": "re3d (without BBC Online)",
        "license": "OGL v3 / public domain (per source)",
        "use": "NER",
    },
    {
        "name": "Reuters-21578 and VOA story text (raw, no labels)",
        "license": "Reuters-21578: free distribution for research; VOA: US public domain",
        "use": "pretraining of the NER encoder (when built with --pretrain-minutes > 0)",
    },
]


def norp_patterns() -> list[dict]:
    names = [
        ln.strip()
        for ln in (HERE / "lexicon" / "norp.txt")
        .read_text(encoding="utf8")
        .splitlines()
        if ln.strip() and not ln.startswith("#")
    ]
    pats, seen = [], set()
    for name in names:
        forms = {name}
        if not name.endswith(("s", "sh", "ch", "ese")):
            forms.add(
                name + "s"
            )  # Americans, Iraqis, Shiites, Jews (non-words are harmless)
        for form in sorted(forms):  # one order, so that two builds write the same file
            if form not in seen:
                seen.add(form)
                pats.append(
                    {"label": "NORP", "pattern": form}
                )  # phrase pattern (fast PhraseMatcher)
    return pats


def transplant_lemmatizer(nlp, donor_path: Path) -> None:
    """Replace nlp's lemmatizer with the donor pipeline's, giving it its own
    copy of the donor's tok2vec (so it no longer listens to nlp's tok2vec)."""
    donor = spacy.load(donor_path)
    donor.replace_listeners("tok2vec", "trainable_lemmatizer", ["model.tok2vec"])
    nlp.remove_pipe("trainable_lemmatizer")
    nlp.add_pipe("trainable_lemmatizer", source=donor, after="morphologizer")


def add_ner(nlp, donor_path: Path) -> None:
    """Add the donor pipeline's NER with its own tok2vec (the entity half of the
    training recipe), after the parser, replacing any NER nlp has."""
    donor = spacy.load(donor_path)
    donor.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    if "ner" in nlp.pipe_names:
        nlp.remove_pipe("ner")
    nlp.add_pipe("ner", source=donor, after="parser" if "parser" in nlp.pipe_names else None)


def relisten_lemmatizer(base: Path, trained: Path, out: Path) -> Path:
    """`base` with its lemmatizer replaced by `trained`'s, which listens to the tok2vec `trained`
    froze (the same weights as `base`'s), so the pipeline runs one encoder; written to `out`."""
    nlp = spacy.load(base)
    donor = spacy.load(trained)
    for old in ("trainable_lemmatizer", "lemmatizer"):  # an edit-tree or a rule lemmatizer
        if old in nlp.pipe_names:
            nlp.remove_pipe(old)
    nlp.add_pipe("trainable_lemmatizer", source=donor, after="morphologizer")
    if "trainable_lemmatizer" not in nlp.get_pipe("tok2vec").listening_components:
        raise RuntimeError("the new lemmatizer does not listen to the pipeline's tok2vec")
    major, minor, patch = (str(nlp.meta.get("version", "0.1.0")).split(".") + ["0", "0"])[:3]
    nlp.meta["version"] = f"{major}.{minor}.{int(patch) + 1}"  # records name the model: lemmas differ
    nlp.meta["lapwing_lemmatizer"] = ("retrained on the pipeline's shared tok2vec (training/train.py "
                                      "--relisten-lemmatizer): one encoder per parse instead of two")
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    return out


def put_rule_lemmatizer(nlp, tables) -> None:
    """Replace nlp's lemmatizer (and the private tok2vec the first recipe gave it) by spaCy's rule
    lemmatizer with tables built from the treebanks (``training/lemma_tables.py``)."""
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    import lemma_tables

    lemma_tables.add_rule_lemmatizer(nlp, tables)
    nlp.meta["lapwing_lemmatizer"] = (
        "spaCy's rule lemmatizer (mode 'rule', reading the morphologizer's UPOS and morphology) with "
        "tables built by training/lemma_tables.py from the EWT and GUM training splits: "
        + ", ".join(f"{k} {v}" for k, v in tables.stats.items()))


def describe(nlp) -> str:
    lemm = ("rule lemmatizer (spaCy's, tables from the treebanks)" if "lemmatizer" in nlp.pipe_names
            else "edit-tree lemmatizer")
    return (f"Lapwing's English pipeline: tagger, morphologizer, {lemm}, UD dependency parser (sentence "
            "boundaries), NER (PERSON, ORG, LOC) and a NORP entity ruler. Trained by training/ from open "
            "treebanks; see docs/model.md.")


def with_rule_lemmatizer(base: Path, tables, out: Path) -> Path:
    """`base` with its lemmatizer replaced by the rule lemmatizer (every other component byte for
    byte), a new patch version (its lemmas differ), written to `out`."""
    nlp = spacy.load(base)
    put_rule_lemmatizer(nlp, tables)
    nlp.meta["description"] = describe(nlp)
    major, minor, patch = (str(nlp.meta.get("version", "0.1.0")).split(".") + ["0", "0"])[:3]
    nlp.meta["version"] = f"{major}.{minor}.{int(patch) + 1}"
    perf = nlp.meta.get("performance") or {}
    for key in [k for k in perf if k.startswith(("lemma_", "trainable_lemmatizer_"))]:
        del perf[key]  # scored on the replaced lemmatizer: see docs/model.md for the rule lemmatizer's
    if out.exists():
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    return out


def assemble(
    src: Path,
    out: Path,
    scores: dict | None = None,
    lemmatizer_from: Path | None = None,
    ner_from: Path | None = None,
    place_ruler_data: Path | None = None,
    lemma_tables=None,
) -> Path:
    """The packaged pipeline: `src` (a trained pipeline), optionally with another's lemmatizer or
    NER, the rule lemmatizer with `lemma_tables` (training/lemma_tables.py) in place of the trained
    one, a place ruler, the NORP ruler and Lapwing's metadata, written to `out`."""
    nlp = spacy.load(src)
    if lemmatizer_from is not None:
        transplant_lemmatizer(nlp, lemmatizer_from)
    if lemma_tables is not None:
        put_rule_lemmatizer(nlp, lemma_tables)
    if ner_from is not None:
        add_ner(nlp, ner_from)
    if place_ruler_data is not None and "place_ruler" not in nlp.pipe_names:
        import place_ruler

        ruler = nlp.add_pipe("entity_ruler", name="place_ruler", after="ner",
                             config={"overwrite_ents": False})
        ruler.add_patterns(place_ruler.patterns(nlp, place_ruler_data))
    if "entity_ruler" not in nlp.pipe_names:
        ruler = nlp.add_pipe(
            "entity_ruler",
            name="entity_ruler",
            after="ner",
            config={"overwrite_ents": False},
        )
        ruler.add_patterns(norp_patterns())
    nlp.meta.update(
        {
            "name": "lapwing",
            "version": "0.1.0",
            "description": describe(nlp),
            "license": "CC BY-SA 4.0",
            "author": "Lapwing contributors",
            "sources": SOURCES,
        }
    )
    if scores:
        nlp.meta["lapwing_eval"] = scores
    if out.exists():
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    return out


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("model", type=Path)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument(
        "--lemmatizer-from",
        type=Path,
        default=None,
        help="take the trainable_lemmatizer (with its own tok2vec copy) from this pipeline",
    )
    ap.add_argument(
        "--ner-from",
        type=Path,
        default=None,
        help="take the ner (with its own tok2vec copy) from this pipeline",
    )
    ap.add_argument(
        "--place-ruler",
        type=Path,
        default=None,
        metavar="DATA",
        help="add a LOC entity ruler from Lapwing's place tables (DATA: ../shared/data, for the word list)",
    )
    args = ap.parse_args(argv)
    out = assemble(args.model, args.out, lemmatizer_from=args.lemmatizer_from, ner_from=args.ner_from,
                   place_ruler_data=args.place_ruler)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(json.dumps({"out": str(out), "size_mb": round(size / 1e6, 2)}))


if __name__ == "__main__":
    main()
