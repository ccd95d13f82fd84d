"""Every quote of an example article with its speaker, as a reader would list them (the issue's acceptance test:
every quote's speaker named where the article names one)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles.jsonl"

# (start of the content, speaker: the coded name, or the speaker's words when the article gives no name)
VENEZUELA_UPRISING = [
    ("The moment is now", "Juan Guaido"),
    ("more than 70 people were injured", "Health officials"),
    ("at least 25 soldiers had sought refuge", "human rights groups"),
    ("the armed forces remained loyal to Maduro", "Vladimir Padrino"),
    ("troops had repelled the rebels", "Vladimir Padrino"),          # "He told state television ..."
    ("government supporters to gather at Miraflores", "Diosdado Cabello"),
    ("Everyone to Miraflores", "Diosdado Cabello"),                   # '"...," he told a rally'
    ("the government had the situation under control", "Diosdado Cabello"),
    ("Washington stood with the Venezuelan people", "Mike Pompeo"),
    ("a crude lie", "Venezuela"),                                     # the government in Caracas
    ("Maduro had an aircraft waiting", "Mike Pompeo"),
    ("We have defeated this small group", "Nicolas Maduro"),          # '"...," he said'
    ("the economy has shrunk by about half", "National Assembly"),
    ("More than 3.7 million Venezuelans have left", "United Nations"),
]


@pytest.fixture(scope="module")
def records():
    from lapwing import nlp as nlp_mod
    from lapwing.pipeline import analyse
    from lapwing.schema import Article

    if "parser" not in nlp_mod.load().pipe_names:
        pytest.skip("the loaded NLP pipeline has no parser")
    out = {}
    for line in EXAMPLES.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["id"] == "lw-20190430-venezuela-uprising":
            out[row["id"]] = analyse(Article(**{k: row[k] for k in ("id", "title", "text", "published") if k in row}))
    return out


def test_venezuela_uprising_every_quote_and_its_speaker(records):
    quotes = records["lw-20190430-venezuela-uprising"].quotes
    got = []
    for q in quotes:
        s = q.speaker
        got.append((q.text, None if s is None else (s.name or s.text)))
    for start, speaker in VENEZUELA_UPRISING:
        found = [g for g in got if g[0].startswith(start)]
        assert found, f"no quote starting {start!r}: {[g[0][:40] for g in got]}"
        assert found[0][1] is not None and speaker in found[0][1], (start, found[0][1])
    assert len(quotes) == len(VENEZUELA_UPRISING), [g[0][:40] for g in got]
