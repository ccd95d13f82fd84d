"""The store's root families follow the clustering's reading of a mention's code, not the coder's: a riot
(145) by armed men is read as their use of force (190), so the article belongs to the family of assaults
and fights, and updates of that family keep its mention (incremental equals full, in any arrival order).
Runs the shipped pipeline on articles written for this test, into DuckDB and PostgreSQL (store_fixtures)."""

from __future__ import annotations

import orjson
import pytest

from lapwing.schema import Actor, Article, ArticleRecord, Event, Span, Trigger
from lapwing.store.mentions import mentions_of

RIOT = {"id": "riot-1", "source": "Mopti Info", "published": "2025-03-17T12:00:00",
        "text": "Armed men on motorbikes stormed the village yesterday and shot 24 people dead, a community leader "
                "in Bandiagara told us."}
ATTACK = {"id": "attack-1", "source": "Sahel Wire", "published": "2025-03-17T09:00:00",
          "text": "BAMAKO, March 17 (SW) - Gunmen attacked a village near Bandiagara in central Mali on Sunday, "
                  "killing at least 20 civilians, local officials said."}
PROTEST = {"id": "protest-1", "source": "Bamako Daily", "published": "2025-03-17T10:00:00",
           "text": "Hundreds of students protested in Bamako on Sunday against power cuts."}


def _event(cameo: str, source: Actor | None) -> Event:
    return Event(cameo=cameo, quad_class=4, goldstein=-6.5, plover=None, sentence=Span(start=0, end=20),
                 trigger=Trigger(text="stormed", start=0, end=7), date="2025-03-16", date_source="text", source=source)


@pytest.mark.parametrize("sector,expected", [("UAF", "190"), ("INS", "190"), ("MIL", "190"), ("COP", "190"),
                                             ("CVL", "145"), ("EDU", "145"), (None, "145")])
def test_a_riot_by_an_armed_actor_is_read_as_force(sector, expected):
    src = Actor(text="Armed men", sector=sector, start=0, end=9) if sector or expected == "145" else None
    rec = ArticleRecord(article=Article(id="r", text="x" * 40, published="2025-03-17"), events=[_event("145", src)])
    (m,) = mentions_of(rec)
    assert m.cameo == expected
    # other codes of an armed actor are left as the coder gave them
    (other,) = mentions_of(ArticleRecord(article=rec.article, events=[_event("141", src)]))
    assert other.cameo == "141"


@pytest.fixture(scope="module")
def factory():
    from lapwing.runners.local import PipelineOptions

    return PipelineOptions()


def _run(tmp_path, name, rows, factory, db):
    from lapwing.runners.local import run_into_store
    from lapwing.store import open_store

    src = tmp_path / f"{name}.jsonl"
    src.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))
    with open_store(db) as st:
        return run_into_store([src], st, factory)


def _tables(db):
    from lapwing.store import open_store

    with open_store(db, read_only=True) as st:
        h = st.con.execute("SELECT event_id, family, cameo, num_articles FROM happenings ORDER BY event_id").fetchall()
        m = st.con.execute("SELECT article_id, idx, event_id, family FROM happening_mentions "
                           "ORDER BY article_id, idx").fetchall()
        n = st.con.execute("SELECT count(*) FROM events").fetchone()[0]
    return h, m, n


def test_the_riot_by_armed_men_joins_the_attack_in_the_store_in_any_order(tmp_path, factory, new_db):
    full = new_db("full")
    _run(tmp_path, "all", [RIOT, ATTACK, PROTEST], factory, full)
    h, m, n = _tables(full)
    assert len(m) == n  # every stored event mention belongs to one happening
    riot_rows = [r for r in m if r[0] == "riot-1"]
    assert riot_rows and all(r[3] == "18" for r in riot_rows)  # the family of assaults and fights
    attack_events = {r[2] for r in m if r[0] == "attack-1"}
    assert {r[2] for r in riot_rows} <= attack_events  # one attack, reported by both
    for order in ([ATTACK, PROTEST, RIOT], [RIOT, PROTEST, ATTACK]):
        db = new_db("inc-" + order[0]["id"])
        for k, row in enumerate(order):  # one article per run: incremental updates of the family
            _run(tmp_path, f"{db[-8:]}-{k}", [row], factory, db)
        assert _tables(db) == (h, m, n)
