"""Cross-article events: near-duplicate articles, clustering of event mentions, the store's tables.

The clustering tests build mentions by hand (no model needed); the store tests run the shipped
pipeline on short articles written for these tests, into a DuckDB and a PostgreSQL store
(tests/store_fixtures.py)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from lapwing.store.clustering import cluster, summarise
from lapwing.store.evidence import compare
from lapwing.store.dedup import Doc, copy_groups
from lapwing.store.mentions import ActorKey, Mention, PlaceKey, day_interval

CARACAS = PlaceKey("Caracas", "VEN", 10.49, -66.88, "city")
MARACAIBO = PlaceKey("Maracaibo", "VEN", 10.63, -71.64, "city")
VENEZUELA = PlaceKey("Venezuela", "VEN", 8.0, -66.0, "country")


def actor(text, country=None, sector=None, names=()):
    return ActorKey(text, country, sector, frozenset(names))


GUAIDO = actor("Juan Guaido", "VEN", "OPP", {"juan", "guaido"})
GUAIDO_SHORT = actor("Guaido", "VEN", "OPP", {"guaido"})
OPP_LEADER = actor("the opposition leader", "VEN", "OPP")
LOPEZ = actor("Leopoldo Lopez", "VEN", "OPP", {"leopoldo", "lopez"})
ARMY = actor("the armed forces", "VEN", "MIL")
POLICE = actor("security forces", "VEN", "COP")
PROTESTERS = actor("protesters", "VEN", "CVL")
USA = actor("Mike Pompeo", "USA", "GOV", {"mike", "pompeo"})


def mention(aid, idx, cameo, src, tgt, day=None, precise=True, place=None, sentence="", status="asserted",
            outlet=None, published="2019-04-30", root_type=None):
    d0 = d1 = date.fromisoformat(day) if day else None
    if d0 and not precise:
        d0 = d1 - timedelta(days=3)
    return Mention(aid, idx, cameo, root_type, 1, 0.0, status, src, tgt, d0, d1, precise, place,
                   sentence, published, outlet or aid, 0.8)


def groups(ms, copies=None):
    return sorted(sorted(ms[i].key for i in c.members + c.copies) for c in cluster(ms, copies))


# ------------------------------------------------------------------------------------ dates


def test_day_interval_by_precision():
    assert day_interval("2019-04-30") == (date(2019, 4, 30), date(2019, 4, 30))
    assert day_interval("2019-04") == (date(2019, 4, 1), date(2019, 4, 30))
    assert day_interval("2019-12") == (date(2019, 12, 1), date(2019, 12, 31))
    assert day_interval("2019-W18") == (date(2019, 4, 29), date(2019, 5, 5))
    assert day_interval("2019") == (date(2019, 1, 1), date(2019, 12, 31))
    assert day_interval(None) == (None, None) and day_interval("soon") == (None, None)


# ------------------------------------------------------------------------------------ pairs


def test_same_happening_in_other_words_joins():
    a = mention("a", 0, "0241", GUAIDO, ARMY, "2019-04-30", place=CARACAS,
                sentence="Juan Guaido called on the armed forces to abandon Maduro.")
    b = mention("b", 0, "0241", GUAIDO_SHORT, ARMY, "2019-04-30",
                sentence="Guaido urged the military to turn against the president.")
    c = mention("c", 2, "024", OPP_LEADER, ARMY, "2019-04-30", precise=False,
                sentence="The opposition leader appealed to the army.")
    assert compare(a, b) is not None and compare(a, c) is not None
    assert groups([a, b, c]) == [[("a", 0), ("b", 0), ("c", 2)]]


@pytest.mark.parametrize("other,why", [
    (mention("b", 0, "0241", LOPEZ, ARMY, "2019-04-30"), "another named person"),
    (mention("b", 0, "0241", GUAIDO, ARMY, "2019-05-04"), "another day"),
    (mention("b", 0, "0241", GUAIDO, ARMY, "2019-04-30", place=MARACAIBO), "another city"),
    (mention("b", 0, "173", GUAIDO, ARMY, "2019-04-30"), "another kind of action"),
    (mention("b", 0, "0241", USA, ARMY, "2019-04-30"), "another country"),
    (mention("b", 0, "0241", GUAIDO, ARMY, "2019-04-30", status="negated"), "reported as not having happened"),
    (mention("b", 0, "0241", ARMY, GUAIDO, "2019-04-30"), "source and target swapped"),
])
def test_a_contradiction_never_joins(other, why):
    a = mention("a", 0, "0241", GUAIDO, ARMY, "2019-04-30", place=CARACAS)
    assert compare(a, other) is None, why
    assert len(cluster([a, other])) == 2, why


def test_symmetric_action_with_swapped_actors_is_one_clash():
    a = mention("a", 0, "190", PROTESTERS, POLICE, "2019-04-30", place=CARACAS)
    b = mention("b", 0, "190", POLICE, PROTESTERS, "2019-04-30", place=CARACAS)
    assert groups([a, b]) == [[("a", 0), ("b", 0)]]


def test_country_level_place_is_compatible_with_its_cities():
    a = mention("a", 0, "190", PROTESTERS, POLICE, "2019-04-30", place=CARACAS)
    b = mention("b", 0, "190", PROTESTERS, POLICE, "2019-04-30", place=VENEZUELA)
    assert compare(a, b) is not None


def test_army_and_police_may_be_one_force_but_not_the_opposition():
    a = mention("a", 0, "190", PROTESTERS, POLICE, "2019-04-30")
    b = mention("b", 0, "190", PROTESTERS, actor("troops", "VEN", "MIL"), "2019-04-30")
    c = mention("c", 0, "190", PROTESTERS, OPP_LEADER, "2019-04-30")
    assert compare(a, b) is not None
    assert compare(a, c) is None


def test_mentions_without_actor_evidence_join_only_as_repeated_text():
    s = "Gunmen opened fire on a bus near the market, killing four passengers."
    a = mention("a", 0, "190", actor("Gunmen"), None, "2019-04-30", sentence=s)
    b = mention("a", 3, "190", actor("Gunmen"), None, "2019-04-30", sentence=s)  # a repeated paragraph
    c = mention("b", 0, "190", actor("Attackers"), None, "2019-04-30", sentence="Attackers struck a checkpoint.")
    assert groups([a, b, c]) == [[("a", 0), ("a", 3)], [("b", 0)]]


# ------------------------------------------------------------------------------------ clusters


def _scenario():
    ms = [
        mention("wire1", 0, "0241", GUAIDO, ARMY, "2019-04-30", place=CARACAS, sentence="Guaido called on the armed forces to rise."),
        mention("paper2", 1, "0241", GUAIDO_SHORT, ARMY, "2019-04-30", sentence="Guaido called on soldiers to abandon Maduro."),
        mention("paper3", 0, "0241", OPP_LEADER, ARMY, "2019-04-30", precise=False, sentence="The opposition leader appealed to the military."),
        mention("wire1", 1, "190", PROTESTERS, POLICE, "2019-04-30", place=CARACAS, sentence="Protesters clashed with security forces in Caracas."),
        mention("paper2", 0, "190", POLICE, PROTESTERS, "2019-04-30", place=CARACAS, sentence="Police fought demonstrators in the capital."),
        # distractors: the same kind of event in another city, and on another day
        mention("paper4", 0, "190", PROTESTERS, POLICE, "2019-04-30", place=MARACAIBO, sentence="Protesters clashed with police in Maracaibo."),
        mention("paper5", 0, "190", PROTESTERS, POLICE, "2019-05-03", place=CARACAS, sentence="New clashes broke out in Caracas on Friday."),
        mention("paper5", 1, "0241", GUAIDO, ARMY, "2019-05-03", sentence="Guaido renewed his call to the army."),
    ]
    return ms


EXPECTED = [
    [("paper2", 0), ("wire1", 1)],
    [("paper2", 1), ("paper3", 0), ("wire1", 0)],
    [("paper4", 0)],
    [("paper5", 0)],
    [("paper5", 1)],
]


def test_clusters_are_the_happenings():
    assert groups(_scenario()) == EXPECTED


def test_clusters_do_not_depend_on_arrival_order():
    ms = _scenario()
    rng = random.Random(7)
    for _ in range(10):
        shuffled = ms[:]
        rng.shuffle(shuffled)
        assert groups(shuffled) == EXPECTED


def test_summary_counts_status_and_representative():
    ms = _scenario()
    ms[2] = mention("paper3", 0, "0241", OPP_LEADER, ARMY, "2019-04-30", precise=False, status="future",
                    sentence="The opposition leader will appeal to the military.")
    c = next(c for c in cluster(ms) if any(ms[i].key == ("wire1", 0) for i in c.members))
    s = summarise(ms, c)
    assert (s.num_mentions, s.num_articles, s.num_sources) == (3, 3, 3)
    assert s.status == "asserted"  # some report it as having happened
    assert s.day_from == s.day_to == date(2019, 4, 30)
    assert s.event_id.startswith("ev-") and s.event_id == summarise(ms, c).event_id
    only_future = [mention("x", 0, "0241", GUAIDO, ARMY, "2019-05-02", status="future"),
                   mention("y", 0, "0241", GUAIDO, ARMY, "2019-05-02", status="future")]
    (c2,) = cluster(only_future)
    assert summarise(only_future, c2).status == "future"


# ------------------------------------------------------------------------------------ copies

STORY = ("Venezuelan opposition leader Juan Guaido on Tuesday called on the armed forces to abandon "
         "President Nicolas Maduro, as protesters clashed with security forces outside a military base "
         "in Caracas. More than 70 people were injured in the clashes, a hospital official said.")


def test_syndicated_and_lightly_edited_copies_are_found():
    docs = [
        Doc("wire", STORY, "2019-04-30T10:00:00"),
        Doc("copy1", STORY, "2019-04-30T12:00:00"),
        Doc("copy2", "CARACAS (AP) - " + STORY.replace("More than 70", "Over 70"), "2019-04-30T11:00:00"),
        Doc("other", "Protesters and soldiers fought in the streets of the Venezuelan capital on Tuesday after "
                     "the opposition leader urged the military to turn on the president; dozens were hurt.",
            "2019-04-30T09:00:00"),
    ]
    assert copy_groups(docs) == {"copy1": "wire", "copy2": "wire"}
    assert copy_groups(list(reversed(docs))) == {"copy1": "wire", "copy2": "wire"}


def test_a_copy_adds_mentions_never_events():
    ms = _scenario()
    copies = [mention("copy", 0, "0241", GUAIDO, ARMY, "2019-04-30", sentence="Guaido called on the armed forces to rise."),
              mention("copy", 1, "190", PROTESTERS, POLICE, "2019-04-30", sentence="Protesters clashed with security forces in Caracas."),
              mention("copy", 2, "173", POLICE, PROTESTERS, "2019-04-30", sentence="Police arrested 20 people.")]
    cs = cluster(ms + copies, {"copy": "wire1"})
    assert len(cs) == len(EXPECTED)
    joined = {ms_key for c in cs for ms_key in ((ms + copies)[i].key for i in c.copies)}
    assert joined == {("copy", 0), ("copy", 1)}  # the arrest is in no canonical article: no new event


# ------------------------------------------------------------------------------------ the store

ARTICLES = [
    ("wire-1", "Wire", "2019-04-30T10:00:00", STORY),
    ("copy-1", "Local Daily", "2019-04-30T13:00:00", STORY),
    ("paper-1", "Globe", "2019-04-30T18:00:00",
     "Juan Guaido called on the armed forces on Tuesday to abandon President Nicolas Maduro. "
     "Police arrested 20 demonstrators in Caracas."),
    ("paper-2", "Herald", "2019-05-03T09:00:00",
     "Police arrested 15 protesters in Maracaibo on Thursday."),
]


def _write_jsonl(path, rows):
    import orjson

    with open(path, "wb") as fh:
        for aid, src, pub, text in rows:
            fh.write(orjson.dumps({"id": aid, "source": src, "published": pub, "text": text}) + b"\n")


def _happenings(db):
    from lapwing.store import open_store

    with open_store(db, read_only=True) as st:
        h = st.con.execute("SELECT event_id, cameo, num_mentions, num_articles, num_sources, status FROM happenings "
                           "ORDER BY event_id").fetchall()
        m = st.con.execute("SELECT article_id, idx, event_id, is_copy FROM happening_mentions "
                           "ORDER BY article_id, idx").fetchall()
        c = st.con.execute("SELECT article_id, canonical_id FROM article_copies ORDER BY article_id").fetchall()
        n = st.con.execute("SELECT count(*) FROM events").fetchone()[0]
    return h, m, c, n


@pytest.fixture(scope="module")
def factory():
    from lapwing.runners.local import PipelineOptions

    return PipelineOptions()


def _run(tmp_path, name, rows, factory, db):
    from lapwing.runners.local import run_into_store
    from lapwing.store import open_store

    src = tmp_path / f"{name}.jsonl"
    _write_jsonl(src, rows)
    with open_store(db) as st:
        return run_into_store([src], st, factory)


def test_store_holds_one_event_per_happening(tmp_path, factory, new_db):
    db = new_db("a")
    s = _run(tmp_path, "all", ARTICLES, factory, db)
    assert s.happenings is not None and s.happenings.copies == 1
    h, m, c, n_events = _happenings(db)
    assert c == [("copy-1", "wire-1")]
    assert len(m) == n_events  # every stored event mention belongs to one happening
    copy_rows = [r for r in m if r[0] == "copy-1"]
    assert copy_rows and all(r[3] for r in copy_rows)
    wire_events = {r[2] for r in m if r[0] == "wire-1"}
    assert {r[2] for r in copy_rows} <= wire_events  # the copy adds mentions, never events
    assert len(h) < n_events
    # the two arrests (Caracas on Tuesday, Maracaibo on Thursday) stay two events
    arrests = [r for r in h if r[1].startswith("17")]
    assert len(arrests) == 2
    # re-running the same input changes nothing
    s2 = _run(tmp_path, "all", ARTICLES, factory, db)
    assert s2.happenings.articles_changed == 0 and s2.happenings.families == []
    assert _happenings(db) == (h, m, c, n_events)


def test_store_happenings_do_not_depend_on_arrival_order(tmp_path, factory, new_db):
    ref = new_db("ref")
    _run(tmp_path, "ref", ARTICLES, factory, ref)
    expected = _happenings(ref)
    rng = random.Random(3)
    for k in range(2):
        rows = ARTICLES[:]
        rng.shuffle(rows)
        db = new_db(f"order{k}")
        for j, row in enumerate(rows):  # one article per run: incremental updates
            _run(tmp_path, f"o{k}-{j}", [row], factory, db)
        assert _happenings(db) == expected


# ------------------------------------------------------------------------------------ queries and CLI


@pytest.fixture(scope="module")
def stored(tmp_path_factory, factory, module_db):
    """A store (DuckDB, then PostgreSQL) holding ARTICLES, for the query and command tests."""
    tmp = tmp_path_factory.mktemp("happ")
    db = module_db("q")
    _run(tmp, "q", ARTICLES, factory, db)
    return db


def _cli(args, capsys):
    from lapwing.cli import main

    with pytest.raises(SystemExit) as exc:
        main(args)
    out = capsys.readouterr()
    return exc.value.code, out.out, out.err


def test_events_command_filters_and_formats(stored, capsys):
    import csv
    import io
    import json

    code, out, _ = _cli(["events", "--db", str(stored), "--format", "json", "--limit", "1000"], capsys)
    assert code == 0
    allev = json.loads(out)
    assert allev["total"] == len(allev["events"]) > 0
    code, out, _ = _cli(["events", "--db", str(stored), "--cameo", "17", "--format", "json"], capsys)
    arrests = json.loads(out)["events"]
    assert len(arrests) == 2 and all(e["cameo"].startswith("17") for e in arrests)
    code, out, _ = _cli(["events", "--db", str(stored), "--cameo", "17", "--place", "Maracaibo", "--format", "csv"], capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["place_name"] for r in rows] == ["Maracaibo"]
    code, out, _ = _cli(["events", "--db", str(stored), "--cameo", "17", "--since", "2019-05-02", "--format", "json"], capsys)
    assert [e["place_name"] for e in json.loads(out)["events"]] == ["Maracaibo"]
    code, out, _ = _cli(["events", "--db", str(stored), "--cameo", "17"], capsys)
    assert code == 0 and "2 event(s)" in out


def test_events_show_lists_mentions_with_spans(stored, capsys):
    import json

    _, out, _ = _cli(["events", "--db", str(stored), "--format", "json", "--sort", "mentions", "--limit", "1"], capsys)
    top = json.loads(out)["events"][0]
    assert top["num_mentions"] >= 2
    code, out, _ = _cli(["events", "--db", str(stored), "show", top["event_id"], "--format", "json"], capsys)
    ev = json.loads(out)
    assert code == 0 and len(ev["mentions"]) == top["num_mentions"]
    for m in ev["mentions"]:
        a, b = m["spans"]["trigger"]
        assert m["sentence"][a:b].strip()
    code, out, _ = _cli(["events", "--db", str(stored), "show", top["event_id"]], capsys)
    assert code == 0 and "mention(s) in" in out


@pytest.mark.parametrize("args,needle", [
    (["--cameo", "abc"], "--cameo must be a CAMEO code"),
    (["--quad", "7"], "--quad must be 1, 2, 3 or 4"),
    (["--status", "maybe"], "--status must be one of"),
    (["--since", "yesterday"], "--since takes a date"),
    (["--format", "xml"], "--format must be"),
])
def test_events_command_bad_filters_say_what_to_do(stored, capsys, args, needle):
    code, _, err = _cli(["events", "--db", str(stored), *args], capsys)
    assert code == 2 and needle in err


def test_events_show_unknown_id_and_missing_store(stored, tmp_path, capsys):
    code, _, err = _cli(["events", "--db", str(stored), "show", "ev-nope"], capsys)
    assert code == 1 and "no event 'ev-nope'" in err and "lapwing events" in err
    code, _, err = _cli(["events", "--db", str(tmp_path / "none.duckdb")], capsys)
    assert code == 1 and "no Lapwing database" in err


def test_actors_and_cluster_commands(stored, capsys):
    import json

    code, out, _ = _cli(["actors", "--db", str(stored), "--format", "json"], capsys)
    rows = json.loads(out)
    assert code == 0 and rows and rows[0]["events"] >= rows[-1]["events"]
    code, _, err = _cli(["cluster", "--db", str(stored)], capsys)
    assert code == 0 and "0 article(s) changed" in err
    before = _happenings(stored)
    code, _, err = _cli(["cluster", "--db", str(stored), "--full"], capsys)
    assert code == 0 and _happenings(stored) == before  # a full rebuild gives what the updates gave


# ------------------------------------------------------------------------------------ the cluster gold set


def test_cluster_scores_on_toy_partitions():
    from lapwing.eval.clusters import bcubed, pairwise

    gold = {1: "a", 2: "a", 3: "b", 4: "b"}
    assert pairwise({1: 0, 2: 0, 3: 1, 4: 1}, gold)["f1"] == 1.0
    split = pairwise({1: 0, 2: 1, 3: 2, 4: 2}, gold)
    assert (split["precision"], split["recall"]) == (1.0, 0.5)
    merged = bcubed({1: 0, 2: 0, 3: 0, 4: 0}, gold)
    assert merged["recall"] == 1.0 and merged["precision"] == 0.5


def test_cluster_gold_set_is_well_formed():
    from lapwing.eval.clusters import anchor_spans, load_gold

    rows = load_gold()  # every anchor is in its article's text
    assert len(rows) >= 230
    happenings = {h for r in rows for h, _ in r["gold"] if h.startswith("H")}
    distractors = {h for r in rows for h, _ in r["gold"] if h.startswith("D")}
    assert len(happenings) >= 15 and len(distractors) >= 20
    assert len({r["source"] for r in rows}) >= 40
    # several happenings reported by many outlets, where an exact-attribute merge inflates the count
    outlets: dict[str, set] = {}
    for r in rows:
        for h, _ in r["gold"]:
            outlets.setdefault(h, set()).add(r["source"])
    assert sum(len(o) >= 5 for o in outlets.values()) >= 6
    # and heavily covered ones: reported by eight articles or more, as a clash, a summit or an abduction is
    articles: dict[str, set] = {}
    for r in rows:
        for h, _ in r["gold"]:
            articles.setdefault(h, set()).add(r["id"])
    assert sum(len(a) >= 8 for a in articles.values()) >= 9
    # part b (held out) shares no happening with parts a, c and d (the later rounds' development articles)
    parts = {p: {h for r in load_gold(part=p) for h, _ in r["gold"]} for p in "abcdefghijklmnopqrstuvwxy"}
    assert all(parts.values()) and not parts["a"] & parts["b"] and not parts["c"] & (parts["a"] | parts["b"])
    assert not parts["d"] & (parts["a"] | parts["b"] | parts["c"])
    assert not parts["e"] & (parts["a"] | parts["b"] | parts["c"] | parts["d"])
    assert not parts["f"] & (parts["a"] | parts["b"] | parts["c"] | parts["d"] | parts["e"])
    assert not parts["g"] & (parts["a"] | parts["b"] | parts["c"] | parts["d"] | parts["e"] | parts["f"])
    assert not parts["h"] & (parts["a"] | parts["b"] | parts["c"] | parts["d"] | parts["e"] | parts["f"] | parts["g"])
    assert not parts["i"] & (parts["a"] | parts["b"] | parts["c"] | parts["d"] | parts["e"] | parts["f"] | parts["g"]
                             | parts["h"])
    assert not parts["j"] & (parts["a"] | parts["b"] | parts["c"] | parts["d"] | parts["e"] | parts["f"] | parts["g"]
                             | parts["h"] | parts["i"])
    assert not parts["k"] & (parts["a"] | parts["b"] | parts["c"] | parts["d"] | parts["e"] | parts["f"] | parts["g"]
                             | parts["h"] | parts["i"] | parts["j"])
    assert not parts["l"] & set().union(*(parts[p] for p in "abcdefghijk"))
    assert not parts["m"] & set().union(*(parts[p] for p in "abcdefghijkl"))
    assert not parts["n"] & set().union(*(parts[p] for p in "abcdefghijklm"))
    assert not parts["o"] & set().union(*(parts[p] for p in "abcdefghijklmn"))
    assert not parts["p"] & set().union(*(parts[p] for p in "abcdefghijklmno"))
    assert not parts["q"] & set().union(*(parts[p] for p in "abcdefghijklmnop"))
    assert not parts["r"] & set().union(*(parts[p] for p in "abcdefghijklmnopq"))
    assert not parts["s"] & set().union(*(parts[p] for p in "abcdefghijklmnopqr"))
    assert not parts["t"] & set().union(*(parts[p] for p in "abcdefghijklmnopqrs"))
    assert not parts["u"] & set().union(*(parts[p] for p in "abcdefghijklmnopqrst"))
    assert not parts["v"] & set().union(*(parts[p] for p in "abcdefghijklmnopqrstu"))
    assert not parts["w"] & set().union(*(parts[p] for p in "abcdefghijklmnopqrstuv"))
    assert not parts["x"] & set().union(*(parts[p] for p in "abcdefghijklmnopqrstuvw"))
    assert not parts["y"] & set().union(*(parts[p] for p in "abcdefghijklmnopqrstuvwx"))
    assert sum(len(load_gold(part=p)) for p in "abcdefghijklmnopqrstuvwxy") == len(rows)
    assert 40 <= len(load_gold(part="c")) <= 60 and 50 <= len(load_gold(part="d")) <= 70
    assert 50 <= len(load_gold(part="e")) <= 70 and 50 <= len(load_gold(part="f")) <= 70
    assert 50 <= len(load_gold(part="g")) <= 70 and 60 <= len(load_gold(part="h")) <= 80
    assert 60 <= len(load_gold(part="i")) <= 80 and 55 <= len(load_gold(part="j")) <= 75
    assert 60 <= len(load_gold(part="k")) <= 80 and 60 <= len(load_gold(part="l")) <= 80
    assert 45 <= len(load_gold(part="m")) <= 65 and 45 <= len(load_gold(part="n")) <= 70
    # part n was written for happenings reported by four articles or more: twelve of them, 4-7 articles each
    wide_n = [h for h in parts["n"] if 4 <= len(articles[h]) <= 7]
    assert len(wide_n) >= 12
    wide_o = [h for h in parts["o"] if 4 <= len(articles[h]) <= 7]  # part o: the same kind, written for round 22
    assert len(wide_o) >= 12 and 45 <= len(load_gold(part="o")) <= 70
    wide_p = [h for h in parts["p"] if 4 <= len(articles[h]) <= 7]  # part p: the same kind, written for round 23
    assert len(wide_p) >= 12 and 45 <= len(load_gold(part="p")) <= 70
    wide_q = [h for h in parts["q"] if 4 <= len(articles[h]) <= 7]  # part q: the same kind, written for round 24
    assert len(wide_q) >= 12 and 45 <= len(load_gold(part="q")) <= 70
    # part r (session 61): live blogs, lower-case regional papers, follow-ups, corrections and denials
    wide_r = [h for h in parts["r"] if 4 <= len(articles[h]) <= 7]
    assert len(wide_r) >= 6 and 25 <= len(load_gold(part="r")) <= 50
    # part s (session 33, round cl63): opinion and analysis in passing, briefs, wire updates, titles and nicknames
    wide_s = [h for h in parts["s"] if 4 <= len(articles[h]) <= 7]
    assert len(wide_s) >= 6 and 25 <= len(load_gold(part="s")) <= 50
    # part t (session 35, round cl70): several kinds of happening, translated-press digests, two happenings a report
    wide_t = [h for h in parts["t"] if 4 <= len(articles[h]) <= 7]
    assert len(wide_t) >= 7 and 30 <= len(load_gold(part="t")) <= 50
    # part u (session 36, round cl72): talks, a blockade, sanctions, arrests, a deal, an attack, aid; a week's review
    wide_u = [h for h in parts["u"] if 4 <= len(articles[h]) <= 7]
    assert len(wide_u) >= 7 and 30 <= len(load_gold(part="u")) <= 50
    # part v (session 36, round cl73): rising tolls and counts, aid for survivors, seats as actors, quoted accounts
    wide_v = [h for h in parts["v"] if 4 <= len(articles[h]) <= 7]
    assert len(wide_v) >= 7 and 30 <= len(load_gold(part="v")) <= 50
    # part w (session 37, round cl74): an abduction, a release, a recall, a seizure, a strike, a sentence, a clash
    wide_w = [h for h in parts["w"] if 4 <= len(articles[h]) <= 7]
    assert len(wide_w) >= 7 and 30 <= len(load_gold(part="w")) <= 50
    # part x (session 38, round cl76): arrests in night raids, a mayor shot dead, an aid pledge, a water cannon at sea
    wide_x = [h for h in parts["x"] if 4 <= len(articles[h]) <= 7]
    assert len(wide_x) >= 4 and 20 <= len(load_gold(part="x")) <= 40
    # part y (session 39, round cl78): a ceasefire agreed then broken, sanctions, an election-night clash, a hostage release
    wide_y = [h for h in parts["y"] if 4 <= len(articles[h]) <= 7]
    assert len(wide_y) >= 4 and 20 <= len(load_gold(part="y")) <= 40
    assert anchor_spans("fired. fired.", "fired") == [(0, 5), (7, 12)]  # a repeated paragraph: both places
    with pytest.raises(ValueError, match="use one of a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y"):
        load_gold(part="z")


def test_cluster_report_lists_errors_of_development_parts_only():
    """Which happenings split or merge is part b's errors: neither the report nor the JSON of part b, or of the
    whole set (which holds part b), lists them; parts a, c and d list them."""
    from lapwing.eval.clusters import _withheld, report

    res = {"part": "b", "articles": 2, "gold_anchors": 2, "coverage": 1.0, "mentions_scored": 2,
           "happenings_scored": 2, "pairwise": {"precision": 1.0, "recall": 0.5, "f1": 0.667},
           "bcubed": {"precision": 1.0, "recall": 0.5, "f1": 0.667},
           "events_per_happening": {"lapwing": 1.5, "exact_attribute_merge": 2.0, "reduction": 1.33}, "copies": 0,
           "events_started_by_copies": 0, "split": ["H99"], "merged": [("D98", "H98")],
           **{k: {"happenings": 1, "lapwing": 2.0, "exact_attribute_merge": 2.0, "reduction": 1.0}
              for k in ("events_per_widely_reported_happening", "events_per_heavily_covered_happening")}}
    for part in ("b", "all"):
        out = _withheld({**res, "part": part})
        assert "split" not in out and "merged" not in out
        assert "H99" not in report(out) and "D98" not in report(out) and "part b is held out" in report(out)
    for part in ("a", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v",
                 "w", "x", "y"):
        out = _withheld({**res, "part": part})
        assert out["split"] == ["H99"] and "H99" in report(out) and "D98+H98" in report(out)


#: Floors of `lapwing eval clusters` on the whole gold set: the issue's targets, pairwise F1 0.85 and B-cubed
#: F1 0.90 (measured 0.914 and 0.955 on 1,156 articles, 2026-12-05: docs/events-across-articles.md; the scores also move
#: with the event coder). The 3x reduction holds over the heavily covered happenings (4.7x, reported by 8+
#: articles), not over all of them (1.5x: the exact merge itself gives only 1.69 events per happening, the
#: most any clustering can reduce it by).
CLUSTER_FLOORS = {"pairwise": 0.85, "bcubed": 0.90, "reduction": 1.4, "reduction_widely_reported": 2.1,
                  "reduction_heavily_covered": 3.0}


def test_cluster_gold_set_scores_above_the_floors():
    from lapwing.eval.clusters import run

    res = run()
    assert res["pairwise"]["f1"] >= CLUSTER_FLOORS["pairwise"], res["pairwise"]
    assert res["bcubed"]["f1"] >= CLUSTER_FLOORS["bcubed"], res["bcubed"]
    assert res["pairwise"]["precision"] >= 0.93, res["pairwise"]
    assert res["copies"] >= 3 and res["events_started_by_copies"] == 0
    eph, wide = res["events_per_happening"], res["events_per_widely_reported_happening"]
    assert eph["reduction"] >= CLUSTER_FLOORS["reduction"], eph
    # one event per happening is the most any clustering can reach: the exact merge's own count of events
    assert eph["reduction"] <= eph["ceiling"] == eph["exact_attribute_merge"], eph
    assert wide["happenings"] >= 5 and wide["reduction"] >= CLUSTER_FLOORS["reduction_widely_reported"], wide
    heavy = res["events_per_heavily_covered_happening"]
    assert heavy["happenings"] >= 7 and heavy["reduction"] >= CLUSTER_FLOORS["reduction_heavily_covered"], heavy
    # the bands of happenings by articles reporting them add up to the whole, and explain the ceiling: a happening
    # one article reports mostly gets one exact-merge event already
    bands = res["by_articles"]
    assert sum(b["happenings"] for b in bands.values()) == res["happenings_scored"]
    total = sum(b["happenings"] * b["exact_attribute_merge"] for b in bands.values())
    assert abs(total / res["happenings_scored"] - eph["exact_attribute_merge"]) < 1e-9
    assert bands["1"]["one_exact_event"] >= 0.8 * bands["1"]["happenings"] and bands["8+"]["exact_attribute_merge"] >= 3



def test_lapwing_run_gives_the_gold_sets_events_and_eval_scores_the_store(tmp_path, factory, new_db):
    """`lapwing run` of gold articles, then `lapwing eval clusters --db`: the store holds what the clustering
    makes of the same records, the syndicated copy adds no event, the car bombing reported by seven outlets
    is one event, and gold articles missing from the store are named."""
    import orjson

    from lapwing.eval.clusters import load_gold, score, score_store
    from lapwing.runners.local import run_into_store
    from lapwing.store import open_store

    rows = [r for r in load_gold(part="a") if r["id"].startswith(("c19-", "c16-"))]
    src = tmp_path / "gold.jsonl"
    src.write_bytes(b"".join(orjson.dumps({k: r[k] for k in ("id", "source", "published", "title", "text")}) + b"\n"
                             for r in rows))
    db = new_db("gold")
    with open_store(db) as st:
        run_into_store([src], st, factory)
        records = [st.get_record(r["id"]) for r in rows]
    stored = score_store(rows, db)
    fresh = score(rows, records)
    for k in ("pairwise", "bcubed", "events_per_happening", "copies", "events_started_by_copies", "split"):
        assert stored[k] == fresh[k], k
    assert stored["copies"] >= 2 and stored["events_started_by_copies"] == 0
    assert "H19" not in stored["split"] and stored["happenings_scored"] >= 5
    with pytest.raises(ValueError, match="not in"):
        score_store(load_gold(part="b")[:2], db)
