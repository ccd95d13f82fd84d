"""`lapwing eval police`: the gold set's shape, the record -> label rule, the arithmetic, the keyword
baseline and one small end-to-end run. Sentences and records here are written for these tests."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from lapwing.eval import police as P
from lapwing.eval.police_baseline import article_labels, sentence_labels, sentences


# ------------------------------------------------------------------ the shipped gold set
def test_gold_set_shape():
    gold = P.load_gold()
    assert 120 <= len(gold) <= 160
    assert len({g.id for g in gold}) == len(gold)
    positives = Counter(label for g in gold for label, v in g.labels.items() if v)
    assert min(positives[label] for label in ("kill", "arrest", "force")) >= 25, positives
    with_label = sum(any(g.labels.values()) for g in gold) / len(gold)
    assert 0.4 <= with_label <= 0.6
    hard = sum(any(t.startswith("neg:") for t in g.tags) for g in gold)
    assert hard >= 40  # hard negatives in good number (some are also positive for another label)
    for g in gold:
        first = g.text.split(" ", 3)
        assert ":" in " ".join(first[:3]) or "—" in g.text[:40], f"{g.id} has no dateline"


def test_parts_alternate_and_balance():
    gold = P.load_gold()
    a, b, both = P.select_part(gold, "a"), P.select_part(gold, "b"), P.select_part(gold, "all")
    assert [x.id for x in a] == [g.id for g in gold[0::2]]
    assert [x.id for x in b] == [g.id for g in gold[1::2]]
    assert len(both) == len(gold) and not {x.id for x in a} & {x.id for x in b}
    for label in ("kill", "arrest", "force"):
        na, nb = (sum(x.labels[label] for x in part) for part in (a, b))
        assert abs(na - nb) <= 2, (label, na, nb)
    with pytest.raises(ValueError, match="load_part"):
        P.select_part(gold, "c")
    with pytest.raises(ValueError, match="load_part"):
        P.select_part(gold, "d")
    with pytest.raises(ValueError, match="use a, b, c, d, e, f, g, h, i or all"):
        P.load_part(None, "j")


def test_part_c_loads_and_is_labelled():
    c = P.load_part(None, "c")
    assert P.gold_file(None, "c").name == "police_gold_c.jsonl" and 120 <= len(c) <= 150
    assert all(x.id.startswith("polc-") for x in c) and len({x.id for x in c}) == len(c)
    assert not {x.id for x in c} & {g.id for g in P.load_gold()}  # new articles, not parts a/b again
    positives = Counter(label for x in c for label, v in x.labels.items() if v)
    assert min(positives[label] for label in ("kill", "arrest", "force")) >= 30, positives
    assert 0.4 <= sum(any(x.labels.values()) for x in c) / len(c) <= 0.6
    assert sum(any(t.startswith("neg:") for t in x.tags) for x in c) >= 40
    assert sum(x.text == x.text.lower() for x in c) >= 15  # written lower-cased, as the outside data is
    for x in c:
        assert ":" in " ".join(x.text.split(" ", 5)[:5]), f"{x.id} has no dateline"
        assert 2 <= len(sentences(x.text)) <= 8, x.id
        assert all(isinstance(v, bool) for v in x.labels.values()) and x.tags, x.id
    # a kill by the police is a use of force too (firing, beating), as the labelling rule says
    assert all(x.labels["force"] for x in c if x.labels["kill"])


def test_part_f_loads_and_is_labelled():
    f = P.load_part(None, "f")
    assert P.gold_file(None, "f").name == "police_gold_f.jsonl" and 55 <= len(f) <= 75 and "f" in P.DEV_PARTS
    assert all(x.id.startswith("polf-") for x in f) and len({x.id for x in f}) == len(f)
    earlier = [P.load_gold()] + [P.load_part(None, p) for p in "cde"]
    assert not {x.text for x in f} & {g.text for part in earlier for g in part}  # new articles
    positives = Counter(label for x in f for label, v in x.labels.items() if v)
    assert min(positives[label] for label in ("kill", "arrest", "force")) >= 12, positives
    assert sum(not any(x.labels.values()) for x in f) >= 20  # hard negatives in good number
    # the styles it was written for: ALL-CAPS headlines over lower-cased bodies, wire datelines with a dash
    assert sum(x.title == x.title.upper() and x.text[20:] == x.text[20:].lower() for x in f) >= 4
    assert sum(" — " in x.text[:40] for x in f) >= 8
    prefixes = {"kill-": "kill", "arr-": "arrest", "force-": "force"}
    for x in f:
        assert x.title and x.tags and 1 <= len(sentences(x.text)) <= 5, x.id
        for tag in x.tags:
            label = next((lab for pre, lab in prefixes.items() if tag.startswith(pre)), None)
            assert label is None or x.labels[label], (x.id, tag)
        assert any(x.labels.values()) or any(t.startswith("neg:") for t in x.tags), x.id
    assert all(x.labels["force"] for x in f if x.labels["kill"])


def test_part_g_loads_and_is_labelled():
    g = P.load_part(None, "g")
    assert P.gold_file(None, "g").name == "police_gold_g.jsonl" and 60 <= len(g) <= 80 and "g" in P.DEV_PARTS
    assert all(x.id.startswith("polg-") for x in g) and len({x.id for x in g}) == len(g)
    earlier = [P.load_gold()] + [P.load_part(None, p) for p in "cdef"]
    assert not {x.text for x in g} & {e.text for part in earlier for e in part}  # new articles
    positives = Counter(label for x in g for label, v in x.labels.items() if v)
    assert positives["arrest"] >= 35 and positives["kill"] >= 5 and positives["force"] >= 12, positives
    assert sum(not any(x.labels.values()) for x in g) >= 15  # distractors: army arrests, bail, police as victims
    assert sum(x.text[:30] == x.text[:30].lower() for x in g) >= 10  # lower-cased, "city:" datelines
    prefixes = {"kill-": "kill", "arr-": "arrest", "force-": "force"}
    for x in g:
        assert x.title and x.tags and 1 <= len(sentences(x.text)) <= 5, x.id
        for tag in x.tags:
            label = next((lab for pre, lab in prefixes.items() if tag.startswith(pre)), None)
            assert label is None or x.labels[label], (x.id, tag)
        assert any(x.labels.values()) or any(t.startswith("neg:") for t in x.tags), x.id
    assert all(x.labels["force"] for x in g if x.labels["kill"])


def test_part_d_loads_and_is_labelled():
    d = P.load_part(None, "d")
    assert P.gold_file(None, "d").name == "police_gold_d.jsonl" and 100 <= len(d) <= 130
    assert all(x.id.startswith("pold-") for x in d) and len({x.id for x in d}) == len(d)
    earlier = {g.id for g in P.load_gold()} | {x.id for x in P.load_part(None, "c")}
    assert not {x.id for x in d} & earlier
    texts = {g.text for g in P.load_gold()} | {x.text for x in P.load_part(None, "c")}
    assert not {x.text for x in d} & texts  # new articles, not earlier parts again
    positives = Counter(label for x in d for label, v in x.labels.items() if v)
    assert min(positives[label] for label in ("kill", "arrest", "force")) >= 25, positives
    assert 0.4 <= sum(not any(x.labels.values()) for x in d) / len(d) <= 0.5  # hard negatives in good number
    assert sum(any(t.startswith("neg:") for t in x.tags) for x in d) >= 40
    assert sum(x.text == x.text.lower() for x in d) >= len(d) // 4  # lower-cased, as the outside data is
    for x in d:
        assert ":" in " ".join(x.text.split(" ", 6)[:6]), f"{x.id} has no dateline"
        assert 8 <= len(sentences(x.text)) <= 20, x.id  # a real article's length, not 3-5 sentences
        assert x.title and x.tags and all(isinstance(v, bool) for v in x.labels.values()), x.id
    assert all(x.labels["force"] for x in d if x.labels["kill"])
    # several incidents in one article: the roundups and the court reports are there
    assert sum("roundup" in x.tags for x in d) >= 3 and sum("court-report" in x.tags for x in d) >= 3
    # the tags say what each article tests and agree with its labels: a kill-/arr-/force- tag names a true
    # label, and an article with no label says which hard negative it is
    prefixes = {"kill-": "kill", "arr-": "arrest", "force-": "force"}
    for x in d:
        for tag in x.tags:
            label = next((lab for pre, lab in prefixes.items() if tag.startswith(pre)), None)
            assert label is None or x.labels[label], (x.id, tag)
        assert any(x.labels.values()) or any(t.startswith("neg:") for t in x.tags), x.id


def test_malformed_gold_names_line(tmp_path):
    f = tmp_path / "g.jsonl"
    f.write_text('{"id": "x1", "text": "Patna: Police arrested two men.", '
                 '"labels": {"kill": false, "arrest": true, "force": false}}\n'
                 '{"id": "x2", "text": "Patna: Nothing.", "labels": {"kill": false}}\n', encoding="utf-8")
    with pytest.raises(P.GoldError, match=r"g.jsonl:2: .*labels with kill, arrest, force"):
        P.load_gold(f)
    f.write_text('{"id": "x1", "text": "t", "labels": {"kill": "no", "arrest": true, "force": false}}\n')
    with pytest.raises(P.GoldError, match="true or false"):
        P.load_gold(f)
    with pytest.raises(FileNotFoundError, match="--gold"):
        P.load_gold(tmp_path / "missing")


# ------------------------------------------------------------------ the rule, on hand-made records
POLICE = {"text": "police", "sector": "COP", "kind": "agent", "start": 0, "end": 6}
COURT = {"text": "the court", "sector": "JUD", "kind": "agent", "start": 0, "end": 9}
AUTHORITIES = {"text": "the authorities", "sector": "GOV", "kind": "agent", "start": 0, "end": 15}
MINISTER = {"text": "Mr Rao", "sector": "GOV", "kind": "person", "start": 0, "end": 6}
MOB = {"text": "a mob", "sector": "CVL", "kind": "agent", "start": 0, "end": 5}


def ev(code, source, rule="r", status="asserted", sentence=(0, 50), target=None):
    return {"cameo": code, "source": source, "target": target, "rule": rule, "status": status,
            "sentence": {"start": sentence[0], "end": sentence[1]}, "trigger": {"text": "t"}}


def labels(*events, counts=()):
    return P.record_labels({"article": {"text": "x" * 200}, "events": list(events), "counts": list(counts)})[0]


def test_arrest_rule():
    assert labels(ev("173", POLICE, "arrest"))["arrest"]
    assert labels(ev("173", None, "f_take_into_custody"))["arrest"]  # "were taken into custody"
    assert labels(ev("173", AUTHORITIES, "detain"))["arrest"]
    assert not labels(ev("173", MINISTER, "detain"))["arrest"]  # a named politician is no unnamed authority
    assert not labels(ev("173", COURT, "remand"))["arrest"]
    assert not labels(ev("173", POLICE, "f_issue_warrant"))["arrest"]
    assert not labels(ev("173", None, "charge_with"))["arrest"]
    assert not labels(ev("173", POLICE, "f_register_case"))["arrest"]
    for status in ("future", "negated", "hypothetical"):
        assert not labels(ev("173", POLICE, "arrest", status=status))["arrest"]
    assert labels(ev("173", POLICE, "arrest", status="attributed"))["arrest"]


def test_force_rule():
    assert labels(ev("175", POLICE, "f_lathicharge")) == {"kill": False, "arrest": False, "force": True}
    assert labels(ev("193", POLICE, "shoot"))["force"]
    assert labels(ev("182", POLICE, "beat"))["force"]
    assert not labels(ev("181", POLICE, "capture_person"))["force"]
    assert not labels(ev("191", POLICE, "f_cordon_off_obl"))["force"]
    assert not labels(ev("175", MOB, "disperse"))["force"]  # not the police
    assert not labels(ev("190", MOB, "attack", target=POLICE))["force"]  # the police attacked
    assert not labels(ev("175", POLICE, "f_use_teargas", status="future"))["force"]
    assert not labels(ev("175", None, "f_use_teargas"))["force"]  # force needs the police as source


def test_kill_rule():
    assert labels(ev("190", POLICE, "kill"))["kill"]
    assert labels(ev("193", POLICE, "f_shoot_dead"))["kill"]
    assert labels(ev("1823", POLICE, "f_beat_to_death"))["kill"]
    assert not labels(ev("193", POLICE, "shoot"))["kill"]  # shot, nobody reported dead
    killed = {"category": "killed", "value": 2, "start": 10, "end": 13, "event": None}
    assert labels(ev("193", POLICE, "f_firing_n", sentence=(0, 60)), counts=[killed])["kill"]
    assert not labels(ev("193", POLICE, "f_firing_n", sentence=(70, 120)), counts=[killed])["kill"]
    linked = dict(killed, start=150, end=153, event=0)
    assert labels(ev("193", POLICE, "f_firing_n", sentence=(0, 60)), counts=[linked])["kill"]
    injured = dict(killed, category="injured")
    assert not labels(ev("193", POLICE, "f_firing_n"), counts=[injured])["kill"]
    assert not labels(ev("190", MOB, "kill"))["kill"]
    assert not labels(ev("190", POLICE, "kill", status="negated"))["kill"]
    assert not labels(ev("173", POLICE, "kill_warrant"))["kill"]  # a kill-named rule outside 18-20


def test_evidence_names_the_event():
    rec = {"article": {"text": "Patna: Police arrested two men."},
           "events": [ev("173", POLICE, "arrest", sentence=(7, 31))], "counts": []}
    pred, evidence = P.record_labels(rec)
    assert pred["arrest"] and evidence["arrest"][0]["sentence"] == "Police arrested two men."
    assert evidence["arrest"][0]["source"] == "police [COP]"


# ------------------------------------------------------------------ arithmetic
def test_score_arithmetic():
    T, F = True, False
    gold = [dict(kill=T, arrest=T, force=F), dict(kill=F, arrest=T, force=T), dict(kill=F, arrest=F, force=F),
            dict(kill=T, arrest=F, force=T)]
    pred = [dict(kill=T, arrest=F, force=F), dict(kill=T, arrest=T, force=T), dict(kill=F, arrest=F, force=T),
            dict(kill=F, arrest=F, force=T)]
    s = P.score(gold, pred)
    k, a, f = (s["labels"][x] for x in ("kill", "arrest", "force"))
    assert (k["tp"], k["fp"], k["fn"]) == (1, 1, 1) and k["f1"] == 0.5
    assert (a["tp"], a["fp"], a["fn"]) == (1, 0, 1) and a["precision"] == 1.0 and a["recall"] == 0.5
    assert (f["tp"], f["fp"], f["fn"]) == (2, 1, 0) and f["f1"] == 0.8
    assert s["macro_f1"] == round((0.5 + 2 / 3 + 0.8) / 3, 4)
    none = P.score([dict(kill=F, arrest=F, force=F)], [dict(kill=F, arrest=F, force=F)])
    assert none["macro_f1"] == 0.0  # no gold and no prediction: F1 0, as the shared helper defines it
    with pytest.raises(ValueError, match="predictions"):
        P.score(gold, pred[:2])


def test_errors_list_only_wrong_labels():
    text = "Gaya: Police held two men. A mob killed a thief."
    gold = P.GoldArticle("g1", "", text, "2026-01-01", {"kill": False, "arrest": True, "force": False}, ("arr-held",))
    record = {"article": {"text": text}, "counts": [],
              "events": [ev("190", MOB, "kill", sentence=(27, 48)), ev("173", POLICE, "arrest", status="future",
                                                                      sentence=(6, 26))]}
    pred, evidence = P.record_labels(record)
    assert pred == {"kill": False, "arrest": False, "force": False}
    evidence["kill"] = [P.describe_event(record["events"][0], text)]  # as if the mob were the police
    rows = P.errors([gold], [{"kill": True, "arrest": False, "force": False}], [evidence], [record])
    assert [(r["label"], r["kind"]) for r in rows] == [("kill", "false"), ("arrest", "missed")]
    assert [d["sentence"] for d in rows[0]["events"]] == ["A mob killed a thief."]  # the events that gave it
    # a missed label: every event of the article, to see what went wrong (here the arrest's status)
    assert [(d["cameo"], d["status"], d["sentence"]) for d in rows[1]["events"]] == [
        ("190", "asserted", "A mob killed a thief."), ("173", "future", "Police held two men.")]
    shown = P.report({"part": "a", "gold": "g", "articles": 1, "with_a_label": 1, "lower": False,
                      "lapwing": P.score([gold.labels], [{"kill": True, "arrest": False, "force": False}]),
                      "baseline": P.score([gold.labels], [gold.labels]), "errors": rows}, show_errors=1)
    assert "g1 kill false [arr-held]: Gaya: Police held two men." in shown and "arrest missed" not in shown


# ------------------------------------------------------------------ baseline
def test_baseline_sentences():
    assert sentences("Gaya: Cops held two men. They fired!\nNew line? yes") == [
        "Gaya: Cops held two men.", "They fired!", "New line?", "yes"]
    assert sentence_labels("Cops nabbed a thief near the fort.") == {"kill": False, "arrest": True, "force": False}
    assert sentence_labels("Policemen used tear-gas and rubber  bullets on the crowd.")["force"]
    assert sentence_labels("The SHO said the man was shot dead.")["kill"]
    # the traps a keyword baseline falls into: it has no idea who did what
    assert sentence_labels("A constable was shot dead by robbers.")["kill"]
    assert sentence_labels("Villagers demanded that police arrest the killers.")["arrest"]
    # whole words only: "cop" inside "copper", "held" inside "upheld"
    nothing = dict.fromkeys(("kill", "arrest", "force"), False)
    assert sentence_labels("Copper wire was stolen; the order was upheld.") == nothing
    # the police word and the action word must share a sentence
    assert article_labels("Police reached the village. Two men were arrested by the mob.")["arrest"] is False
    assert article_labels("two men were killed in police firing.")["kill"]


# ------------------------------------------------------------------ end to end
ARTICLES = [
    ("e1", "Rampur: Police arrested three men on Monday for stealing a tractor from a farm.", (False, True, False)),
    ("e2", "Sonpur: Police fired tear gas at stone-throwing protesters outside the block office.",
     (False, False, True)),
    ("e3", "Dinapur: Residents planted 500 saplings along the canal on Sunday.", (False, False, False)),
    ("e4", "Kalpi: A shopkeeper said the new road had helped business.", (False, False, False)),
]


@pytest.fixture()
def small_gold(tmp_path):
    f = tmp_path / "police_gold.jsonl"
    with open(f, "w", encoding="utf-8") as fh:
        for id_, text, (k, a, fo) in ARTICLES:
            fh.write(json.dumps({"id": id_, "title": "t", "text": text, "published": "2026-02-01",
                                 "labels": {"kill": k, "arrest": a, "force": fo}}) + "\n")
    return tmp_path


def test_end_to_end_small(pipe, small_gold):
    res = P.run(small_gold, part="all", pipeline=pipe)
    assert res["articles"] == 4 and res["with_a_label"] == 2 and "errors" not in res
    lw = res["lapwing"]["labels"]
    assert lw["arrest"]["tp"] == 1 and lw["force"]["tp"] == 1  # the plain arrest and tear gas are found
    assert lw["arrest"]["fp"] == 0 and lw["force"]["fp"] == 0 and lw["kill"]["fp"] == 0
    assert res["baseline"]["labels"]["arrest"]["tp"] == 1
    low = P.run(small_gold, part="a", lower=True, pipeline=pipe)
    assert low["articles"] == 2 and low["lower"] and isinstance(low["errors"], list)
    assert "part a" in P.report(low) and "lower-cased" in P.report(low)


def test_cli_records_and_articles(small_gold, tmp_path):
    from typer.testing import CliRunner

    from lapwing.cli import app

    arts = tmp_path / "arts.jsonl"
    r = CliRunner().invoke(app, ["eval", "police", "--gold", str(small_gold), "--part", "all", "--lower",
                                 "--write-articles", str(arts)])
    assert r.exit_code == 0, r.output
    written = [json.loads(line) for line in arts.read_text().splitlines()]
    assert [w["id"] for w in written] == ["e1", "e2", "e3", "e4"] and written[0]["text"].startswith("rampur:")
    # records as `lapwing extract` writes them, made by hand: one police arrest in e1
    recs = tmp_path / "recs.jsonl"
    with open(recs, "w") as fh:
        for w in written:
            events = [ev("173", POLICE, "arrest", sentence=(8, 40))] if w["id"] == "e1" else []
            fh.write(json.dumps({"article": w, "events": events, "counts": []}) + "\n")
    r = CliRunner().invoke(app, ["eval", "police", "--gold", str(small_gold), "--part", "all",
                                 "--records", str(recs), "--json"])
    assert r.exit_code == 0, r.output
    res = json.loads(r.output)
    assert res["lapwing"]["labels"]["arrest"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 1, "fp": 0,
                                                  "fn": 0, "gold": 1}
    assert res["lapwing"]["labels"]["force"]["fn"] == 1
    recs.write_text(recs.read_text().splitlines()[0] + "\n")
    r = CliRunner().invoke(app, ["eval", "police", "--gold", str(small_gold), "--part", "all", "--records", str(recs)])
    assert r.exit_code == 2 and "no record for 3 gold article(s)" in r.output


def test_part_c_run_lists_errors(small_gold, tmp_path):
    # part c is read from police_gold_c.jsonl in the gold folder; as a development part its errors are listed
    (small_gold / "police_gold_c.jsonl").write_text((small_gold / "police_gold.jsonl").read_text())
    items = P.load_part(small_gold, "c")
    recs = tmp_path / "recs.jsonl"
    with open(recs, "w") as fh:
        for it in items:
            events = [ev("173", POLICE, "arrest", sentence=(8, 40))] if it.id == "e1" else []
            fh.write(json.dumps({"article": {"id": it.id, "text": it.text}, "events": events, "counts": []}) + "\n")
    res = P.run(small_gold, part="c", records=recs)
    assert res["articles"] == 4 and res["gold"].endswith("police_gold_c.jsonl")
    assert [(e["id"], e["label"], e["kind"]) for e in res["errors"]] == [
        (it.id, label, "missed") for it in items for label in ("kill", "arrest", "force")
        if it.labels[label] and not (it.id == "e1" and label == "arrest")]
    assert "part c errors" in P.report(res)
    assert "errors" not in P.run(small_gold, part="b", records=recs)
    # part d, likewise a file of its own and a development part
    (small_gold / "police_gold_d.jsonl").write_text((small_gold / "police_gold.jsonl").read_text())
    res_d = P.run(small_gold, part="d", records=recs)
    assert res_d["gold"].endswith("police_gold_d.jsonl") and res_d["errors"] == res["errors"]
    assert "part d errors" in P.report(res_d)


def test_part_h_loads_and_is_labelled():
    h = P.load_part(None, "h")
    assert P.gold_file(None, "h").name == "police_gold_h.jsonl" and 55 <= len(h) <= 80 and "h" in P.DEV_PARTS
    assert all(x.id.startswith("polh-") for x in h) and len({x.id for x in h}) == len(h)
    earlier = [P.load_gold()] + [P.load_part(None, p) for p in "cdefg"]
    assert not {x.text for x in h} & {e.text for part in earlier for e in part}  # new articles
    positives = Counter(label for x in h for label, v in x.labels.items() if v)
    assert positives["arrest"] >= 25 and positives["kill"] >= 5 and positives["force"] >= 15, positives
    assert sum(not any(x.labels.values()) for x in h) >= 15  # distractors: police as victims, army, court only
    assert sum(x.text[:30] == x.text[:30].lower() for x in h) >= 10  # lower-cased, "city:" datelines
    prefixes = {"kill-": "kill", "arr-": "arrest", "force-": "force"}
    for x in h:
        assert x.title and x.tags and 1 <= len(sentences(x.text)) <= 5, x.id
        for tag in x.tags:
            label = next((lab for pre, lab in prefixes.items() if tag.startswith(pre)), None)
            assert label is None or x.labels[label], (x.id, tag)
        assert any(x.labels.values()) or any(t.startswith("neg:") for t in x.tags), x.id
    assert all(x.labels["force"] for x in h if x.labels["kill"])


def test_part_i_loads_and_is_labelled():
    i = P.load_part(None, "i")
    assert P.gold_file(None, "i").name == "police_gold_i.jsonl" and 55 <= len(i) <= 80 and "i" in P.DEV_PARTS
    assert all(x.id.startswith("poli-") for x in i) and len({x.id for x in i}) == len(i)
    earlier = [P.load_gold()] + [P.load_part(None, p) for p in "cdefgh"]
    assert not {x.text for x in i} & {e.text for part in earlier for e in part}  # new articles
    positives = Counter(label for x in i for label, v in x.labels.items() if v)
    assert positives["arrest"] >= 20 and positives["kill"] >= 10 and positives["force"] >= 20, positives
    assert sum(not any(x.labels.values()) for x in i) >= 20  # police as victims, sport, history, court, denied
    assert sum(x.text[:30] == x.text[:30].lower() for x in i) >= 40  # lower-cased, "city:" datelines
    prefixes = {"kill-": "kill", "arr-": "arrest", "force-": "force"}
    for x in i:
        assert x.title and x.tags and 1 <= len(sentences(x.text)) <= 5, x.id
        for tag in x.tags:
            label = next((lab for pre, lab in prefixes.items() if tag.startswith(pre)), None)
            assert label is None or x.labels[label], (x.id, tag)
        assert any(x.labels.values()) or any(t.startswith("neg:") for t in x.tags), x.id
    assert all(x.labels["force"] for x in i if x.labels["kill"])
