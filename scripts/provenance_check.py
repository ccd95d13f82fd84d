"""Provenance guard: no text of the training/evaluation data in the repository.

The data under ../shared/data is for training and evaluation only; test sentences, examples and comments are
written by hand. This check finds lines of the repository's tracked text files that share word n-grams with
that data:

- words are runs of [a-z0-9] after lower-casing (so punctuation, quotes and case do not hide a copy);
- a line is a finding when it shares TWO OR MORE distinct 8-word n-grams with one data set (a 9-word run, or
  two separate 8-word runs: a sentence copied or lightly edited), or when --strict is given, one;
- a single shared 8-gram passes by default: organisation names ("Office for the Coordination of
  Humanitarian Affairs"), stock phrases and codebook wording meet the data one 8-gram at a time;
- lines matching an entry of scripts/provenance_allowlist.tsv (path glob + phrase, with a reason) are not
  findings: they are overlaps that are not excerpts (names, the public CAMEO codebook, vendored npm code).

Usage: python scripts/provenance_check.py [--data DIR] [--strict] [--n N] [--min-grams K]
Prints "file:line: <shared grams> <data set> | <line>" per finding; exit 1 when there is any, 0 otherwise,
2 when the data folder is missing. Standard library only; reads each data file once (about 100 MB).
"""

from __future__ import annotations

import argparse
import fnmatch
import re
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ALLOWLIST = ROOT / "scripts" / "provenance_allowlist.tsv"
TEXT_SUFFIXES = (".py", ".tsv", ".md", ".json", ".jsonl", ".txt", ".csv", ".yaml", ".yml", ".html", ".js", ".xml", ".toml", ".cfg", ".sh")
SKIP_DATA_SUFFIXES = (".py", ".pyc")
MAX_DATA_BYTES = 60_000_000
WORD = re.compile(r"[a-z0-9]+")


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def ngrams(ws: list[str], n: int) -> set[tuple[str, ...]]:
    return set(zip(*(ws[i:] for i in range(n))))


def tracked_files(root: Path) -> list[Path]:
    out = subprocess.run(["git", "-C", str(root), "ls-files", "-z"], capture_output=True, check=True).stdout
    names = [n for n in out.decode("utf-8", "replace").split("\0") if n]
    skip = {str(ALLOWLIST.relative_to(ROOT))}  # (the allowlist quotes the phrases it allows)
    return [root / n for n in names if n.endswith(TEXT_SUFFIXES) and n not in skip and (root / n).is_file()]


def data_texts(data: Path):
    """(data set name, text) for every file under data: set = the first two folder levels (events/plover_gsr)."""
    for p in sorted(data.rglob("*")):
        if not p.is_file() or p.suffix in SKIP_DATA_SUFFIXES:
            continue
        rel = p.relative_to(data).parts
        name = "/".join(rel[:2]) if len(rel) > 2 else "/".join(rel[:1])
        try:
            if p.suffix == ".zip":
                with zipfile.ZipFile(p) as z:
                    for member in z.namelist():
                        yield name, z.read(member).decode("utf-8", "ignore")
                continue
            if p.stat().st_size > MAX_DATA_BYTES:
                continue
            yield name, p.read_text(encoding="utf-8", errors="ignore")
        except (OSError, zipfile.BadZipFile) as err:
            print(f"skip {p}: {err}", file=sys.stderr)


def load_allowlist(path: Path) -> list[tuple[str, str]]:
    rules = []
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        if not line.strip() or line.startswith("#"):
            continue
        glob, phrase, _reason = (line.split("\t") + ["", ""])[:3]
        rules.append((glob, " ".join(words(phrase))))
    return rules


def allowed(rel: str, line: str, rules: list[tuple[str, str]]) -> bool:
    norm = " ".join(words(line))
    return any(fnmatch.fnmatch(rel, glob) and (not phrase or phrase in norm) for glob, phrase in rules)


def scan(root: Path, data: Path, n: int, min_grams: int, rules) -> list[str]:
    lines = []  # (rel, line number, text, grams)
    repo_grams: set[tuple[str, ...]] = set()
    for p in tracked_files(root):
        rel = str(p.relative_to(root))
        try:
            text = p.read_text(encoding="utf-8", errors="ignore")
        except OSError:
            continue
        for ln, line in enumerate(text.splitlines(), 1):
            g = ngrams(words(line), n)
            if g:
                lines.append((rel, ln, line, g))
                repo_grams |= g
    source: dict[tuple[str, ...], str] = {}
    for name, text in data_texts(data):
        for g in ngrams(words(text), n) & repo_grams:
            source.setdefault(g, name)
    findings = []
    for rel, ln, line, g in lines:
        shared = [x for x in g if x in source]
        if not shared:
            continue
        by_set: dict[str, int] = {}
        for x in shared:
            by_set[source[x]] = by_set.get(source[x], 0) + 1
        name, count = max(by_set.items(), key=lambda kv: kv[1])
        if count >= min_grams and not allowed(rel, line, rules):
            findings.append(f"{rel}:{ln}: {count} {name} | {line.strip()[:200]}")
    return findings


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--n", type=int, default=8, help="n-gram length in words (default 8)")
    ap.add_argument("--min-grams", type=int, default=2, help="shared n-grams on a line that make a finding")
    ap.add_argument("--strict", action="store_true", help="one shared n-gram is a finding (review mode)")
    ap.add_argument("--no-allowlist", action="store_true")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"no data folder at {args.data}: nothing to check against", file=sys.stderr)
        return 2
    rules = [] if args.no_allowlist else load_allowlist(ALLOWLIST)
    findings = scan(ROOT, args.data, args.n, 1 if args.strict else args.min_grams, rules)
    for f in findings:
        print(f)
    print(f"{len(findings)} line(s) share text with {args.data}", file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
