"""Score the shipped English pipeline on the treebanks' own test splits.

* UD_English-EWT test: UPOS accuracy, UAS, LAS (full labels with subtypes,
  e.g. ``nsubj:pass``) and LAS on universal labels (CoNLL 2018 style), over
  all tokens including punctuation; sentence-boundary precision/recall/F.
* UNER_English-EWT test: NER precision/recall/F per PER/ORG/LOC and micro
  overall (exact span match), scored one gold sentence at a time as UNER's
  own evaluation does, and also on whole documents (``uner_test_documents``). Model labels map PERSON->PER, ORG->ORG,
  GPE/LOC/FAC->LOC; other labels (NORP, ...) are not scored.

Input is gold tokenisation (words and spacing from the treebank) fed a whole
document at a time, with paragraph breaks (``# newpar``) as "\\n\\n" whitespace
tokens, as the tokenizer would produce from raw text; sentence boundaries are
predicted by the pipeline (nothing is pre-split). Whitespace tokens are not
scored. The test splits are never used in training.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from lapwing.eval.shared import prf, ratio

REPO_DIR = Path(__file__).resolve().parents[3]
DATA_ENV = "LAPWING_SHARED_DATA"
NER_LABELS = ("PER", "ORG", "LOC")
LABEL_MAP = {
    "PERSON": "PER",
    "PER": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
}


class DataNotFound(FileNotFoundError):
    pass


def shared_data_dir(data_dir: str | Path | None = None) -> Path:
    """Locate ../shared/data (argument, $LAPWING_SHARED_DATA, repo sibling, cwd sibling)."""
    candidates = []
    if data_dir:
        candidates.append(Path(data_dir))
    if os.environ.get(DATA_ENV):
        candidates.append(Path(os.environ[DATA_ENV]))
    candidates += [
        REPO_DIR.parent / "shared" / "data",
        Path.cwd().parent / "shared" / "data",
    ]
    for c in candidates:
        if (c / "treebanks").is_dir():
            return c
    raise DataNotFound(
        "shared treebanks not found (looked in "
        + ", ".join(str(c) for c in candidates)
        + "); "
        f"pass data_dir or set {DATA_ENV}"
    )


# --------------------------------------------------------------------------- readers


def _conllu_docs(path: Path):
    """Yield documents as lists of sentences; a sentence is a list of token rows.

    Each sentence list carries ``.newpar`` (True when a paragraph starts there)
    and ``.sent_id``.
    """
    doc: list[list[list[str]]] = []
    sent = _Sent()
    with open(path, encoding="utf8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("# newdoc") and doc:
                yield doc
                doc = []
            if line.startswith(("# newpar", "# newdoc")):
                sent.newpar = True
            if line.startswith("# sent_id"):
                sent.sent_id = line.split("=", 1)[1].strip()
            if line.startswith("#"):
                continue
            if not line:
                if sent:
                    doc.append(sent)
                sent = _Sent()
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            sent.append(cols)
    if sent:
        doc.append(sent)
    if doc:
        yield doc


class _Sent(list):
    newpar = False
    sent_id = ""


PARA_BREAK = "\n\n"


def _make_doc(vocab, sentences, spaces_per_sent, newpar_flags) -> tuple[Doc, list[int]]:
    """Doc of a whole document; paragraph breaks become "\\n\\n" tokens, as the
    tokenizer produces for raw text. Returns the doc and gold->doc index map."""
    words, spaces, index = [], [], []
    for k, (sw, sp) in enumerate(zip(sentences, spaces_per_sent)):
        if k > 0 and newpar_flags[k]:
            spaces[-1] = False
            words.append(PARA_BREAK)
            spaces.append(False)
        for w, space in zip(sw, sp):
            index.append(len(words))
            words.append(w)
            spaces.append(space)
        spaces[-1] = True
    return Doc(vocab, words=words, spaces=spaces), index


def _iob2_docs(path: Path) -> list[list[dict]]:
    """Documents of sentences (dict: sent_id, words, spaces, tags) from a UNER IOB2 file."""
    docs: list[list[dict]] = []
    cur: list[dict] = []
    sent = {"sent_id": "", "text": None, "words": [], "tags": []}

    def flush():
        nonlocal sent
        if sent["words"]:
            sent["spaces"] = _spaces_from_text(sent["words"], sent["text"])
            cur.append(sent)
        sent = {"sent_id": "", "text": None, "words": [], "tags": []}

    with open(path, encoding="utf8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("# newdoc"):
                flush()
                if cur:
                    docs.append(cur)
                cur = []
            elif line.startswith("# sent_id"):
                sent["sent_id"] = line.split("=", 1)[1].strip()
            elif line.startswith("# text"):
                sent["text"] = line.split("=", 1)[1].strip()
            elif line.startswith("#"):
                continue
            elif not line:
                flush()
            else:
                cols = line.split("\t")
                sent["words"].append(cols[1])
                sent["tags"].append(cols[2])
    flush()
    if cur:
        docs.append(cur)
    return docs


def _spaces_from_text(words: list[str], text: str | None) -> list[bool]:
    spaces = [True] * len(words)
    if not text:
        return spaces
    pos = 0
    for i, w in enumerate(words):
        j = text.find(w, pos)
        if j < 0:
            continue
        pos = j + len(w)
        spaces[i] = pos < len(text) and text[pos] == " "
    spaces[-1] = True  # separate sentences within the document
    return spaces


def _misc_space(misc: str) -> bool:
    return "SpaceAfter=No" not in misc.split("|")


def _iob_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    spans = set()
    start = label = None
    for i, tag in enumerate(list(tags) + ["O"]):
        if (
            tag == "O"
            or tag.startswith("B-")
            or (tag.startswith("I-") and tag[2:] != label)
        ):
            if start is not None:
                spans.add((start, i, label))
                start = label = None
            if tag != "O":
                start, label = i, tag[2:]
    return spans


def _prf(tp: int, fp: int, fn: int) -> dict:
    s = prf(tp, tp + fp, tp + fn)
    return {"p": s["precision"], "r": s["recall"], "f": s["f1"], "tp": tp, "fp": fp, "fn": fn}


# --------------------------------------------------------------------------- scoring


def score_ud(nlp: Language, path: Path, limit: int | None = None) -> dict:
    n = upos = uas = las = las_u = 0
    sent_tp = sent_fp = sent_fn = 0
    words_total = 0
    elapsed = 0.0
    for k, sents in enumerate(_conllu_docs(path)):
        if limit is not None and k >= limit:
            break
        gold_pos, gold_head, gold_dep, gold_sents = [], [], [], set()
        words, spaces = [], []
        for sent in sents:
            off = len(gold_pos)
            words.append([row[1] for row in sent])
            spaces.append([_misc_space(row[9]) for row in sent])
            for j, row in enumerate(sent):
                gold_pos.append(row[3])
                h = int(row[6])
                gold_head.append(off + h - 1 if h else off + j)
                gold_dep.append("ROOT" if row[7] == "root" else row[7])
            gold_sents.add((off, len(gold_pos)))
        doc, index = _make_doc(nlp.vocab, words, spaces, [s.newpar for s in sents])
        back = {d: g for g, d in enumerate(index)}
        t0 = time.perf_counter()
        doc = nlp(doc)
        elapsed += time.perf_counter() - t0
        words_total += len(index)
        for g, i in enumerate(index):
            tok = doc[i]
            n += 1
            upos += tok.pos_ == gold_pos[g]
            if back.get(tok.head.i) == gold_head[g]:
                uas += 1
                pred = tok.dep_ if tok.head.i != tok.i else "ROOT"
                if pred.lower() == gold_dep[g].lower():
                    las += 1
                if pred.split(":")[0].lower() == gold_dep[g].split(":")[0].lower():
                    las_u += 1
        pred_sents = set()
        for s in doc.sents:
            toks = [back[t.i] for t in s if t.i in back]
            if toks:
                pred_sents.add((toks[0], toks[-1] + 1))
        sent_tp += len(pred_sents & gold_sents)
        sent_fp += len(pred_sents - gold_sents)
        sent_fn += len(gold_sents - pred_sents)
    sents = _prf(sent_tp, sent_fp, sent_fn)
    return {
        "tokens": n,
        "upos": ratio(upos, n),
        "uas": ratio(uas, n),
        "las": ratio(las, n),
        "las_universal": ratio(las_u, n),
        "sent_p": sents["p"],
        "sent_r": sents["r"],
        "sent_f": sents["f"],
        "words_per_sec": round(words_total / elapsed) if elapsed else None,
    }


def _ner_units(path: Path, limit: int | None, newpar: dict[str, bool], sentences: bool):
    """(sentences of one unit) per unit: one gold sentence at a time (the UNER
    protocol) or whole documents (sentence boundaries then predicted)."""
    for k, sents in enumerate(_iob2_docs(path)):
        if limit is not None and k >= limit:
            break
        if sentences:
            for s in sents:
                yield [s], [False]
        else:
            yield sents, [newpar.get(s["sent_id"], False) for s in sents]


def score_ner(
    nlp: Language,
    path: Path,
    limit: int | None = None,
    newpar: dict[str, bool] | None = None,
    sentences: bool = True,
) -> dict:
    """Exact-span NER scores. ``sentences=True`` scores each gold sentence on
    its own, as UNER's own evaluation does; ``False`` feeds whole documents
    (``newpar``: sent_id -> paragraph start, so documents get their
    paragraph breaks like raw text) and lets the pipeline find sentences."""
    counts = {lab: Counter() for lab in NER_LABELS}
    newpar = newpar or {}
    for sents, flags in _ner_units(path, limit, newpar, sentences):
        doc, index = _make_doc(
            nlp.vocab, [s["words"] for s in sents], [s["spaces"] for s in sents], flags
        )
        back = {d: g for g, d in enumerate(index)}
        tags = [t for s in sents for t in s["tags"]]
        doc = nlp(doc)
        gold = {s for s in _iob_spans(tags) if s[2] in NER_LABELS}
        pred = set()
        for ent in doc.ents:
            lab = LABEL_MAP.get(ent.label_)
            toks = [back[t.i] for t in ent if t.i in back]
            if lab and toks:
                pred.add((toks[0], toks[-1] + 1, lab))
        for lab in NER_LABELS:
            g = {s for s in gold if s[2] == lab}
            p = {s for s in pred if s[2] == lab}
            counts[lab]["tp"] += len(g & p)
            counts[lab]["fp"] += len(p - g)
            counts[lab]["fn"] += len(g - p)
    per = {lab: _prf(c["tp"], c["fp"], c["fn"]) for lab, c in counts.items()}
    tot = Counter()
    for c in counts.values():
        tot.update(c)
    micro = _prf(tot["tp"], tot["fp"], tot["fn"])
    return {"p": micro["p"], "r": micro["r"], "f": micro["f"], "per_label": per}


def evaluate(
    json_out: bool = False,
    model: str | None = None,
    data_dir: str | Path | None = None,
    limit: int | None = None,
    echo=print,
) -> dict:
    """Score the pipeline (default: the shipped one) and print the figures.

    Returns a dict with ``model``, ``ewt_test`` (UPOS/UAS/LAS/sentence F) and
    ``uner_test`` (NER P/R/F, per label). ``limit`` caps documents per test
    set (for smoke tests).
    """
    from lapwing.nlp import describe, load, shipped_model_path

    data = shared_data_dir(data_dir)
    tb = data / "treebanks"
    t0 = time.perf_counter()
    nlp = load(model) if model else load()
    load_s = time.perf_counter() - t0
    ewt_test = tb / "UD_English-EWT" / "ewt-test.conllu"
    newpar = {sent.sent_id: sent.newpar for d in _conllu_docs(ewt_test) for sent in d}
    uner_test = tb / "UNER_English-EWT" / "uner-ewt-test.iob2"
    path = model or os.environ.get("LAPWING_SPACY_MODEL") or shipped_model_path()
    size_mb = None
    if path and Path(str(path)).is_dir():
        size_mb = round(
            sum(p.stat().st_size for p in Path(str(path)).rglob("*") if p.is_file())
            / 1e6,
            2,
        )
    result = {
        "model": describe(nlp),
        "pipeline": list(nlp.pipe_names),
        "model_path": str(path) if path else None,
        "size_mb": size_mb,
        "load_seconds": round(load_s, 3),
        "ewt_test": score_ud(nlp, ewt_test, limit),
        "uner_test": score_ner(nlp, uner_test, limit, newpar, sentences=True),
        "uner_test_documents": score_ner(nlp, uner_test, limit, newpar, sentences=False),
        "input": "gold tokenisation, whole documents with paragraph breaks; sentence boundaries predicted",
        "ner_input": "uner_test: one gold sentence at a time (UNER's protocol); "
        "uner_test_documents: whole documents, sentence boundaries predicted",
    }
    if json_out:
        echo(json.dumps(result, indent=2))
    else:
        echo(format_report(result))
    return result


def format_report(r: dict) -> str:
    u, e = r["ewt_test"], r["uner_test"]
    lines = [
        f"model {r['model']}  ({r['model_path']}, {r['size_mb']} MB, loaded in {r['load_seconds']} s)",
        f"pipeline: {', '.join(r['pipeline'])}",
        f"UD_English-EWT test ({u['tokens']} tokens, {r['input']}):",
        f"  UPOS {u['upos']:.4f}  UAS {u['uas']:.4f}  LAS {u['las']:.4f}  (LAS universal labels {u['las_universal']:.4f})",
        f"  sentences P {u['sent_p']:.4f} R {u['sent_r']:.4f} F {u['sent_f']:.4f}",
        "UNER_English-EWT test (exact spans, one gold sentence at a time):",
        f"  overall P {e['p']:.4f} R {e['r']:.4f} F {e['f']:.4f}",
    ]
    for lab, s in e["per_label"].items():
        lines.append(
            f"  {lab:<4} P {s['p']:.4f} R {s['r']:.4f} F {s['f']:.4f}  (tp {s['tp']}, fp {s['fp']}, fn {s['fn']})"
        )
    d = r.get("uner_test_documents")
    if d:
        lines.append(
            f"  whole documents (sentences predicted): P {d['p']:.4f} R {d['r']:.4f} F {d['f']:.4f}"
        )
    return "\n".join(lines)
