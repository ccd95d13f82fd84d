"""The store's cross-article events: one row per happening, one per mention (GDELT's Events and
Mentions, without the duplicates).

Tables (added by the store's version-3 migration, :func:`migrate_v3`):

``article_copies``
    ``article_id -> canonical_id``: syndicated or lightly edited copies (:mod:`lapwing.store.dedup`).
``happenings``
    One row per event: its code, type, actors, date interval, place, status, counts of mentions,
    articles and sources, first and last seen, representative mention, confidence, attributions.
``happening_mentions``
    One row per event mention (``article_id``, ``idx`` into that article's ``events`` rows) with
    the happening it reports and whether it comes from a copy.
``clustering_state``
    What the tables above were computed from: each clustered article's record digest, and the
    MinHash signature of its text.

:func:`update_happenings` brings them up to date after articles were written. Only the root
families (see :mod:`lapwing.store.clustering`) whose mentions changed are clustered again, each with the
other families of its clustering group (:func:`lapwing.store.family_bridge.group_of`: one polarity's verbal
and material families, whose events may join): the groups are independent, and within one the result
depends only on the set of mentions, so an
update equals a full rebuild and re-running the same input changes nothing. The whole update is
one transaction: a crash leaves the previous state, and the next run redoes the update.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import orjson
from datasketch import MinHash

from lapwing.schema import ArticleRecord
from lapwing.store.clustering import cluster_group, family_of
from lapwing.store.family_bridge import group_of
from lapwing.store.event_summary import summarise
from lapwing.store.dedup import (MIN_WORDS, NUM_PERM, copy_groups_from_signatures, normalise, shingle_signature,
                                 word_shingles)
from lapwing.store.mentions import Mention, mentions_of

TABLES_V3: dict[str, str] = {
    "article_copies": "article_id VARCHAR PRIMARY KEY, canonical_id VARCHAR NOT NULL",
    "happenings": (
        "event_id VARCHAR PRIMARY KEY, family VARCHAR NOT NULL, cameo VARCHAR, root VARCHAR, quad_class INTEGER, "
        "goldstein DOUBLE PRECISION, plover_type VARCHAR, status VARCHAR, "
        "source_text VARCHAR, source_country VARCHAR, source_sector VARCHAR, "
        "target_text VARCHAR, target_country VARCHAR, target_sector VARCHAR, "
        "date_from DATE, date_to DATE, place_name VARCHAR, place_country VARCHAR, place_lat DOUBLE PRECISION, place_lon DOUBLE PRECISION, "
        "num_mentions INTEGER, num_articles INTEGER, num_sources INTEGER, first_seen VARCHAR, last_seen VARCHAR, "
        "rep_article_id VARCHAR, rep_idx INTEGER, rep_sentence VARCHAR, confidence DOUBLE PRECISION, attributions VARCHAR[]"
    ),
    "happening_mentions": (
        "article_id VARCHAR NOT NULL, idx INTEGER NOT NULL, event_id VARCHAR NOT NULL, family VARCHAR NOT NULL, "
        "is_copy BOOLEAN, PRIMARY KEY (article_id, idx)"
    ),
    "clustering_state": "article_id VARCHAR PRIMARY KEY, digest VARCHAR, families VARCHAR[], minhash BYTEA, n_shingles INTEGER",
}


HAPPENING_COLUMNS = [c.strip().split()[0] for c in TABLES_V3["happenings"].split(",")]
MENTION_COLUMNS = ["article_id", "idx", "event_id", "family", "is_copy"]


def migrate_v3(con: Any) -> None:
    for table, body in TABLES_V3.items():
        con.execute(f"CREATE TABLE {table} ({body})")


@dataclass
class UpdateResult:
    articles_changed: int
    families: list[str]
    happenings: int
    copies: int


def _sig_bytes(text: str) -> tuple[bytes | None, int]:
    words = normalise(text)  # once: the signature and the count are of the same shingles
    if len(words) < MIN_WORDS:
        return None, 0
    sh = word_shingles(words)
    return shingle_signature(sh).hashvalues.astype(np.uint64).tobytes(), len(sh)


def _sig(blob: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=1, hashvalues=np.frombuffer(blob, dtype=np.uint64))


#: ``insert(table, rows)``: a store's bulk insert of dict rows (``Store._insert``).
Insert = Callable[[str, list[dict[str, Any]]], None]


def _executemany_insert(con: Any) -> Insert:
    def insert(table: str, rows: list[dict[str, Any]]) -> None:
        if rows:
            cols = list(rows[0])
            con.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                            [[r[c] for c in cols] for r in rows])
    return insert


def update_happenings(con: Any, full: bool = False, lock: str | None = None,
                      insert: Insert | None = None) -> UpdateResult:
    """Bring the cross-article tables up to date with the stored records (one transaction).

    ``lock``: a statement run first in the transaction that waits until no other process is
    updating the same tables (PostgreSQL's advisory lock; see :mod:`lapwing.store.dialect`). What
    is read after it includes every article committed before: the last update of several
    concurrent runs sees all their articles. ``insert``: the store's bulk insert (default: executemany)."""
    con.execute("BEGIN TRANSACTION")
    try:
        if lock:
            con.execute(lock)
        res = _update(con, full, insert or _executemany_insert(con))
        con.execute("COMMIT")
        return res
    except BaseException:
        con.execute("ROLLBACK")
        raise


def _update(con: Any, full: bool, insert: Insert) -> UpdateResult:
    stored = {a: (d, list(f or []), m, n) for a, d, f, m, n in con.execute(
        "SELECT article_id, digest, families, minhash, n_shingles FROM clustering_state").fetchall()}
    current = {a: (d, t, p) for a, d, t, p in con.execute(
        "SELECT id, md5(record_json), text, published FROM articles WHERE status = 'ok'").fetchall()}
    changed = [a for a, (d, _, _) in current.items() if full or a not in stored or stored[a][0] != d]
    removed = [a for a in stored if a not in current]
    touched: set[str] = set()
    for a in removed:
        touched.update(stored[a][1])
    # signatures and families of the changed articles
    new_state: dict[str, tuple[str, list[str], bytes | None, int]] = {}
    cache = _Mentions(con)
    for a in changed:
        d, text, _ = current[a]
        # the families of its mentions, as the clustering reads their codes (a riot by armed men is force)
        fams = sorted({family_of(m.block_root) for m in cache.of([a])[a]})
        blob, n = _sig_bytes(text)
        new_state[a] = (d, fams, blob, n)
        touched.update(fams)
        if a in stored:
            touched.update(stored[a][1])
    state = {a: v for a, v in stored.items() if a in current}
    state.update(new_state)
    # near-duplicates over every signature (cheap: LSH over stored hash values)
    with_sig = {a: v for a, v in state.items() if v[2] is not None}
    copies = copy_groups_from_signatures({a: _sig(v[2]) for a, v in with_sig.items()},
                                         {a: v[3] for a, v in with_sig.items()},
                                         {a: current[a][2] for a in with_sig})
    old_copies = dict(con.execute("SELECT article_id, canonical_id FROM article_copies").fetchall())
    for a in set(copies) ^ set(old_copies) | {a for a in copies if old_copies.get(a) != copies[a]}:
        touched.update(state.get(a, ("", [], None, 0))[1])
        canon = copies.get(a) or old_copies.get(a)
        if canon in state:
            touched.update(state[canon][1])
    if full:
        touched = {f for v in state.values() for f in v[1]}
        con.execute("DELETE FROM happenings")
        con.execute("DELETE FROM happening_mentions")
    # write state and copies
    if removed or new_state:
        con.execute("DELETE FROM clustering_state WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
                    [removed + list(new_state)])
        insert("clustering_state", [{"article_id": a, "digest": d, "families": fams, "minhash": blob, "n_shingles": n}
                                    for a, (d, fams, blob, n) in sorted(new_state.items())])
    con.execute("DELETE FROM article_copies")
    insert("article_copies", [{"article_id": a, "canonical_id": c} for a, c in sorted(copies.items())])
    # re-cluster the touched families, each with the families of its clustering group (family_bridge.py: one
    # polarity's verbal and material families are clustered together, and their events may join)
    touched = {f for fam in touched for f in group_of(fam)}
    n_events = 0
    for grp in sorted({group_of(fam) for fam in touched}):
        for fam in grp:
            con.execute("DELETE FROM happenings WHERE family = ?", [fam])
            con.execute("DELETE FROM happening_mentions WHERE family = ?", [fam])
        ids = sorted(a for a, v in state.items() if set(grp) & set(v[1]))
        mentions: list[Mention] = []
        for k in range(0, len(ids), READ_BATCH):
            got = cache.of(ids[k:k + READ_BATCH])
            for a in ids[k:k + READ_BATCH]:
                mentions.extend(m for m in got[a] if family_of(m.block_root) in grp)
        n_events += _write_group(insert, mentions, copies)
    return UpdateResult(len(changed) + len(removed), sorted(touched), n_events, len(copies))


def _record(text: str, rj: str) -> ArticleRecord:
    data = orjson.loads(rj)
    data.setdefault("article", {})["text"] = text
    return ArticleRecord.model_validate(data)


#: Records read from the store in one query (a family's articles are read this many at a time).
READ_BATCH = 200
#: The mentions kept in memory between families (an article's mentions are read for each family it has
#: events in; beyond this many, the others are read and built again for each family, as one at a time).
MENTION_CACHE = 50_000


class _Mentions:
    """The mentions of stored articles, read in batches and built once for as many as :data:`MENTION_CACHE` allows."""

    def __init__(self, con: Any) -> None:
        self.con = con
        self.kept: dict[str, list[Mention]] = {}
        self.n = 0

    def of(self, ids: list[str]) -> dict[str, list[Mention]]:
        out = {a: self.kept[a] for a in ids if a in self.kept}
        todo = [a for a in ids if a not in out]
        if todo:
            rows = self.con.execute(
                "SELECT id, text, record_json FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [todo]
            ).fetchall()
            for a, text, rj in rows:
                ms = mentions_of(_record(text, rj))
                out[a] = ms
                if self.n + len(ms) <= MENTION_CACHE:
                    self.kept[a] = ms
                    self.n += len(ms)
        missing = [a for a in ids if a not in out]
        if missing:  # as before: an article in the state but not stored is an error
            raise KeyError(missing[0])
        return out


def _write_group(insert: Insert, mentions: list[Mention], copies: dict[str, str]) -> int:
    """Cluster one clustering group's mentions and write its events: an event's family is its representative's,
    a mention's its own (an event of a verbal and a material family holds both: family_bridge.py)."""
    clusters = cluster_group(mentions, copies)
    rows_h: list[list[Any]] = []
    rows_m: list[list[Any]] = []
    for c in clusters:
        s = summarise(mentions, c)
        r = s.representative
        src, tgt, pl = r.source, r.target, s.place
        rows_h.append([
            s.event_id, family_of(r.block_root), r.cameo, r.root, r.quad_class, r.goldstein, r.plover_type, s.status,
            src and src.text, src and src.country, src and src.sector,
            tgt and tgt.text, tgt and tgt.country, tgt and tgt.sector,
            s.day_from, s.day_to, pl and pl.name, pl and pl.country, pl and pl.lat, pl and pl.lon,
            s.num_mentions, s.num_articles, s.num_sources, s.first_seen, s.last_seen,
            r.article_id, r.idx, r.sentence, s.confidence, s.attributions,
        ])
        for i in c.members:
            rows_m.append([mentions[i].article_id, mentions[i].idx, s.event_id,
                           family_of(mentions[i].block_root), False])
        for i in c.copies:
            rows_m.append([mentions[i].article_id, mentions[i].idx, s.event_id,
                           family_of(mentions[i].block_root), True])
    insert("happenings", [dict(zip(HAPPENING_COLUMNS, r)) for r in rows_h])
    insert("happening_mentions", [dict(zip(MENTION_COLUMNS, r)) for r in rows_m])
    return len(rows_h)


def happenings_per_family(con: Any) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for fam, n in con.execute("SELECT family, count(*) FROM happenings GROUP BY family").fetchall():
        out[fam] = n
    return dict(out)
