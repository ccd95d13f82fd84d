"""`lapwing eval event-args`: the event's source and target against the ones marked in wire sentences. The
data files here are written for this test in the shape of ConfliBERT's CAMEO data (a token-per-line file
with S / T / R marks, and a sentence-per-line class file); the real data in ../shared is scored by the
command, not by the test suite."""

from __future__ import annotations

from lapwing.eval import event_args as ea


def _conll(sentences: list[list[tuple[str, str]]]) -> str:
    return "\n\n".join("\n".join(f"{w} {t}" for w, t in s) for s in sentences) + "\n"


def _tag(text: str, roles: dict[str, str]) -> list[tuple[str, str]]:
    """Tokens of ``text`` (split on spaces) with B-/I- marks for the phrases in ``roles`` (phrase -> S/T/R)."""
    words = text.split()
    tags = ["O"] * len(words)
    for phrase, role in roles.items():
        pw = phrase.split()
        for i in range(len(words) - len(pw) + 1):
            if words[i:i + len(pw)] == pw:
                tags[i] = f"B-{role}"
                for k in range(i + 1, i + len(pw)):
                    tags[k] = f"I-{role}"
                break
    return list(zip(words, tags))


def _data(tmp_path, rows):
    d = tmp_path / "conflibert_cameo"
    (d / "cameo_ner").mkdir(parents=True)
    (d / "cameo_class").mkdir()
    (d / "cameo_ner" / "train.txt").write_text(_conll([_tag(t, r) for t, r, _ in rows]), encoding="utf-8")
    # the class file holds the same sentences in another order, with their quad class
    cls = [f"{t}\t{q}" for t, _, q in reversed(rows)]
    (d / "cameo_class" / "train.tsv").write_text("\n".join(cls) + "\n", encoding="utf-8")
    return d


ROWS = [
    ("Kenyan police arrested twelve protesters in Nairobi .", {"Kenyan police": "S", "twelve protesters": "T"}, 4),
    ("The European Union praised Ghana for its elections .", {"The European Union": "S", "Ghana": "T"}, 1),
    ("Putin met Erdogan in Sochi .", {"Putin": "R", "Erdogan": "R"}, 1),
    ("The weather improved across the region .", {}, 0),
]


def test_items_roles_and_parts_follow_the_class_file(tmp_path):
    d = _data(tmp_path, ROWS)
    items = ea.load_gold(d)
    assert len(items) == 3  # the sentence with no marks is left out
    first = items[0]
    assert [first.text[s:e] for s, e in first.source] == ["Kenyan police"]
    assert [first.text[s:e] for s, e in first.target] == ["twelve protesters"]
    meet = items[2]
    assert [meet.text[s:e] for s, e in meet.sides] == ["Putin", "Erdogan"] and not meet.source
    # the class file lists the rows reversed: the meeting is its 2nd line (part b), the arrest its 4th (b),
    # the praise its 3rd (a)
    assert {i.text.split()[0] for i in ea.load_gold(d, "a")} == {"The"}
    assert {i.text.split()[0] for i in ea.load_gold(d, "b")} == {"Kenyan", "Putin"}


def test_judge_pairs_and_reciprocal_sides():
    it = ea.ArgSentence("x", "Kenyan police arrested twelve protesters", "a", [(0, 13)], [(23, 40)])
    assert ea.judge(it, [((0, 13), (23, 40))]) == {"event": True, "source": True, "pair": True}
    assert ea.judge(it, [((0, 13), None)]) == {"event": True, "source": True, "pair": False}
    assert ea.judge(it, [((23, 40), (0, 13))])["source"] is False  # the roles turned round
    assert ea.judge(it, []) == {"event": False, "source": False, "pair": False}
    meet = ea.ArgSentence("y", "Putin met Erdogan", "a", [], [], [(0, 5), (10, 17)])
    assert ea.judge(meet, [((10, 17), (0, 5))])["pair"] is True
    assert ea.judge(meet, [((0, 5), None)]) == {"event": True, "source": True, "pair": False}


def test_score_on_sentences_the_coder_codes(pipe, tmp_path):
    items = ea.load_gold(_data(tmp_path, ROWS))
    res = ea.score(pipe, items, errors=5)
    assert res["sentences"] == 3
    assert res["event"] >= 2 / 3 and res["source"] >= 2 / 3 and res["pair"] >= 1 / 3
    assert 0.0 <= res["turned"] <= 1.0 and 0.0 <= res["stray"] <= 1.0
    assert all(set(w) == {"id", "text", "source", "target", "events"} for w in res["errors"])


def test_errors_are_for_part_a_only(tmp_path):
    import pytest

    with pytest.raises(ValueError, match="part a only"):
        ea.run(str(_data(tmp_path, ROWS)), part="b", errors=3)
