"""The clustering's reads of the store (issue 13, session 23 round 32): each article's record is read and its
mentions built once per update, however many root families its events fall in; the reads go in batches; the
signature of a text is hashed in one batch; the dateline is found once per text. What is stored is the same as
when every family read its articles one at a time (checked here with the cache and the batches cut to nothing, and
on the VOA stories by diffing every table: docs/performance.md). Records are built by hand (no model)."""

from __future__ import annotations

from collections import Counter

import pytest
from datasketch import MinHash

from lapwing.schema import Actor, Article, ArticleRecord, Event, Span, Trigger
from lapwing.store import happenings, open_store
from lapwing.store.dedup import NUM_PERM, shingles, signature
from lapwing.store.mention_places import dateline_end
from lapwing.store.mentions import _place_names, mention_of, mentions_of
from lapwing.ingest.base import Ingested

DAY = "2027-03-18"


def _event(text: str, sentence: str, cameo: str, trigger: str, source: tuple, target: tuple | None) -> Event:
    s0 = text.index(sentence)

    def actor(a):
        if a is None:
            return None
        words, country, sector = a
        i = text.index(words, s0)
        return Actor(text=words, country=country, sector=sector, start=i, end=i + len(words), kind="agent", rule="t")
    t0 = text.index(trigger, s0)
    return Event(cameo=cameo, quad_class=4 if cameo.startswith("1") else 1, goldstein=-5.0 if cameo >= "1" else 3.0,
                 plover=None, sentence=Span(start=s0, end=s0 + len(sentence)),
                 trigger=Trigger(text=trigger, start=t0, end=t0 + len(trigger)), date=DAY, date_source="text",
                 source=actor(source), target=actor(target))


def _record(aid: str, sentences: list[tuple]) -> ArticleRecord:
    """An article of sentences, each (sentence, cameo, trigger, source, target); actors as (words, country, sector)."""
    text = " ".join(s[0] for s in sentences)
    events = [_event(text, s, c, t, a, b) for s, c, t, a, b in sentences]
    return ArticleRecord(article=Article(id=aid, text=text, published=DAY + "T09:00:00", source=f"outlet-{aid}"),
                         events=events)


FERRY = [
    ("Soldiers fired on fishermen near the harbour of Porto Lindo on Thursday, witnesses told reporters.", "190",
     "fired", ("Soldiers", "BRA", "MIL"), ("fishermen", "BRA", "CVL")),
    ("The governor of Bahia visited the injured men in hospital later that evening.", "042", "visited",
     ("The governor of Bahia", "BRA", "GOV"), None),
    ("Union leaders criticised the navy for the shooting and asked for an inquiry.", "111", "criticised",
     ("Union leaders", "BRA", "LAB"), ("the navy", "BRA", "MIL")),
]
SUMMIT = [
    ("Kenya's president met his Tanzanian counterpart in Arusha on Thursday to talk about the shared border.", "040",
     "met", ("Kenya's president", "KEN", "GOV"), ("his Tanzanian counterpart", "TZA", "GOV")),
    ("Police in Nairobi arrested twelve students who were marching against the rise in school fees.", "173",
     "arrested", ("Police", "KEN", "COP"), ("twelve students", "KEN", "EDU")),
]
SHORT = [("Rebels shelled Goma.", "190", "shelled", ("Rebels", "COD", "REB"), None)]
MORE = [
    ("Marines shot at a fishing crew off Porto Lindo on Thursday morning, according to local people.", "190", "shot",
     ("Marines", "BRA", "MIL"), ("a fishing crew", "BRA", "CVL")),
    ("Officers detained three student organisers in Nairobi after the fee protest, a spokesman said.", "173",
     "detained", ("Officers", "KEN", "COP"), ("three student organisers", "KEN", "EDU")),
]


def _records() -> list[ArticleRecord]:
    return [_record("a-ferry", FERRY), _record("b-summit", SUMMIT), _record("c-short", SHORT),
            _record("d-more", MORE), _record("e-ferry2", list(reversed(FERRY)))]


def _load(path: str, records: list[ArticleRecord]) -> None:
    with open_store(path) as store:
        writer = store.start_run(command="test", inputs=["t"], batch_size=2)
        for i, r in enumerate(records):
            writer.add(Ingested(article=r.article, origin=f"t.jsonl:{i + 1}"), r)
        writer.flush()
        store.update_happenings()
        writer.finish()


def _tables(path: str) -> dict[str, list]:
    with open_store(path, read_only=True) as store:
        return {t: sorted(store.con.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
                for t in ("happenings", "happening_mentions", "clustering_state", "article_copies")}


def test_each_articles_mentions_are_built_once_per_update(tmp_path, monkeypatch):
    built: Counter = Counter()
    real = happenings.mentions_of

    def counting(record):
        built[record.article.id] += 1
        return real(record)
    monkeypatch.setattr(happenings, "mentions_of", counting)
    records = _records()
    _load(str(tmp_path / "x.duckdb"), records)
    assert len({m.block_root for r in records for m in mentions_of(r)}) >= 3  # several families: several reads before
    assert built == Counter({r.article.id: 1 for r in records})


def test_no_cache_and_one_record_a_read_store_the_same_tables(tmp_path, monkeypatch):
    records = _records()
    _load(str(tmp_path / "cached.duckdb"), records)
    monkeypatch.setattr(happenings, "MENTION_CACHE", 0)
    monkeypatch.setattr(happenings, "READ_BATCH", 1)
    _load(str(tmp_path / "plain.duckdb"), records)
    cached, plain = _tables(str(tmp_path / "cached.duckdb")), _tables(str(tmp_path / "plain.duckdb"))
    assert cached == plain and cached["happenings"] and cached["happening_mentions"]
    # the short text has no signature, the others have one: both kinds went in with one insert
    sigs = {row[0]: row[3] for row in cached["clustering_state"]}
    assert sigs["c-short"] is None and all(isinstance(sigs[a], bytes) for a in sigs if a != "c-short")


def test_an_update_after_a_changed_article_reads_the_unchanged_ones_too(tmp_path):
    records = _records()
    db = str(tmp_path / "x.duckdb")
    _load(db, records)
    changed = records[0].model_copy(update={"events": records[0].events[:1]})  # the visit and the criticism gone
    _load(db, [changed, *records[1:]])
    fresh = str(tmp_path / "fresh.duckdb")
    _load(fresh, [changed, *records[1:]])
    assert _tables(db) == _tables(fresh)


def test_duckdb_insert_takes_bytes_in_any_row(tmp_path):
    with open_store(str(tmp_path / "x.duckdb")) as store:
        store.con.execute("BEGIN TRANSACTION")
        store._insert("clustering_state", [
            {"article_id": "one", "digest": "d1", "families": ["19"], "minhash": None, "n_shingles": 0},
            {"article_id": "two", "digest": "d2", "families": ["04", "11"], "minhash": b"\x01\x02", "n_shingles": 7},
        ])
        store.con.execute("COMMIT")
        assert store.con.execute("SELECT article_id, minhash FROM clustering_state ORDER BY 1").fetchall() == \
            [("one", None), ("two", b"\x01\x02")]


@pytest.mark.parametrize("text", [
    "Fishermen in the bay said patrol boats had turned them away from their usual grounds for a third week.",
    "HAVANA, May 2 (XN) - Dockworkers walked off the job at the port on Monday over unpaid wages and overtime.",
    "Ein kleiner Text über Häfen, Fähren und Fischer, die am Dienstag nicht auslaufen durften, sagte die Polizei.",
])
def test_a_signature_hashed_in_one_batch_is_the_one_hashed_shingle_by_shingle(text):
    one_by_one = MinHash(num_perm=NUM_PERM, seed=1)
    for s in sorted(shingles(text)):
        one_by_one.update(s.encode("utf-8"))
    assert (signature(text).hashvalues == one_by_one.hashvalues).all()


@pytest.mark.parametrize("head,expected", [
    ("LAGOS, Jan 9 (AP) - ", 20), ("QUITO -- ", 9), ("Quito residents woke to ", 0)])
def test_the_dateline_is_read_from_the_head_only(head, expected):
    tails = ["Troops moved into the northern districts.", "x" * 300 + " A long tail the dateline never reads."]
    assert [dateline_end(head + t) for t in tails] == [expected, expected]


def test_a_mention_built_with_the_articles_place_names_is_the_one_built_without():
    for record in _records():
        places = _place_names(record)
        assert [mention_of(record, i, e, None, places) for i, e in enumerate(record.events)] == \
            [mention_of(record, i, e) for i, e in enumerate(record.events)]
