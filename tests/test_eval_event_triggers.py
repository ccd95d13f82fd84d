"""`lapwing eval event-triggers`: the share of marked event verbs in wire sentences that get an event.
The data file here is written for this test in the shape of the event-location data (sentences,
tokens, VERB spans); the real data in ../shared is scored by the command, not by the test suite."""

from __future__ import annotations

import json

from lapwing.eval import event_triggers as ev


def _record(text: str, verb: str, source: str = "AFP_RA") -> dict:
    toks, pos = [], 0
    for i, w in enumerate(text.replace(".", " .").split()):
        start = text.index(w, pos)
        toks.append({"text": w, "start": start, "end": start + len(w), "id": i})
        pos = start + len(w)
    k = next(t["id"] for t in toks if t["text"] == verb)
    return {"text": text, "tokens": toks, "source": source,
            "spans": [{"label": "VERB", "token_start": k, "token_end": k}]}


def test_items_and_parts(tmp_path):
    recs = [_record("Rebels captured the town of Kidal on Sunday.", "captured"),
            _record("Rebels captured the town of Kidal on Sunday.", "Sunday"),  # a second mark, same sentence
            _record("Police arrested twelve protesters in Nairobi.", "arrested", source="Xinhua_RA"),
            _record("The striker scored twice.", "scored", source="wiki")]  # not wire copy: left out
    items = ev.wire_sentences(recs)
    assert [len(i.verbs) for i in items] == [2, 1]
    p = tmp_path / "gold.json"
    p.write_text(json.dumps(recs), encoding="utf-8")
    assert [i.text for i in ev.load_gold(p, "a")] == [items[0].text]
    assert [i.text for i in ev.load_gold(p, "b")] == [items[1].text]


def test_coverage_counts_verbs_with_an_event_on_them(pipe, tmp_path):
    recs = [_record("Taliban fighters captured Kunduz on Sunday.", "captured"),
            _record("Kenyan police arrested twelve protesters in Nairobi.", "arrested"),
            _record("The weather improved across the region.", "improved")]
    res = ev.score(pipe, ev.wire_sentences(recs))
    assert (res["verbs"], res["found"]) == (3, 2), res
    assert {r["verb"]: r["found"] for r in res["per_verb"]} == {"captured": 1, "arrested": 1, "improved": 0}
    assert "coverage" in ev.report({**res, "gold": "t", "part": "whole", "model": "m", "seconds": 0})


def test_a_folder_means_the_shipped_zip_inside_it(tmp_path):
    import zipfile

    from lapwing.eval.event_location import ZIP_NAME

    recs = [_record("Police arrested twelve protesters in Nairobi.", "arrested")]
    with zipfile.ZipFile(tmp_path / ZIP_NAME, "w") as z:
        z.writestr("labeled_text.jsonl", json.dumps(recs))
    assert [i.text for i in ev.load_gold(tmp_path)] == ["Police arrested twelve protesters in Nairobi."]
