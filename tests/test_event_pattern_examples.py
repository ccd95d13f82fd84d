"""Every event pattern's example (the lexicon's last column) is coded by that pattern, as stated.

The examples are sentences the team wrote; they document each pattern and keep it alive: a pattern
whose example stops coding has been broken by a change elsewhere (a frame, an argument rule, the
model's parse)."""

from __future__ import annotations

import pytest

from lapwing.extract.event_lexicon import PATTERN_DIR, load_patterns, pattern_files
from lapwing.schema import Article

FILES = [p.name for p in pattern_files(PATTERN_DIR) if p.name != "00_sets.tsv"]


def _problems(pipe, fname: str) -> list[str]:
    probs = []
    for p in load_patterns():
        if p.file != fname:
            continue
        ex = p.note.strip()
        if not ex or "..." in ex or " X " in f" {ex} " or " Y " in f" {ex} ":
            probs.append(f"{p.file}:{p.line} {p.id}: the example {ex!r} is not a real sentence")
            continue
        rec = pipe.analyse(Article(id="ex", text=ex, published="2024-05-01"))
        mine = [e for e in rec.events if (e.rule or "").split("+")[0] == p.id]
        if not mine:
            got = ", ".join(f"{e.cameo} by {e.rule}" for e in rec.events) or "no event"
            probs.append(f"{p.file}:{p.line} {p.id}: {ex!r} gives {got}")
        elif p.code is not None and not any(e.cameo == p.code for e in mine):
            probs.append(f"{p.file}:{p.line} {p.id}: {ex!r} gives {mine[0].cameo}, not {p.code}")
    return probs


@pytest.mark.parametrize("fname", FILES)
def test_every_pattern_example_codes_as_stated(pipe, fname):
    probs = _problems(pipe, fname)
    assert not probs, f"{len(probs)} pattern example(s) do not code as stated:\n" + "\n".join(probs)
