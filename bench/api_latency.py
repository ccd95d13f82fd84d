"""Latency of the REST API on a large store: p50 / p95 per endpoint, in milliseconds.

Builds a store of N cross-article events (default 100,000) from **synthetic rows** written straight
into the store's tables (random actors, codes, dates over two years, places with coordinates; one
mention, one article and one quote per 5 events): the API's queries are what is measured, not the
NLP. Requests go through the ASGI app in this process (httpx / TestClient: no network), one at a
time, after one warm-up request each.

    .venv/bin/python bench/api_latency.py [--events 100000] [--repeat 30] [--db PATH]

Targets (issue 12): GET /events with filters p95 < 200 ms; /timeline, /map, /network p95 < 500 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

warnings.filterwarnings("ignore", message=".*httpx.*")

COUNTRIES = ["USA", "RUS", "CHN", "UKR", "FRA", "DEU", "GBR", "IND", "PAK", "IRN", "ISR", "PSE", "SYR", "TUR",
             "EGY", "NGA", "KEN", "ETH", "SDN", "BRA", "VEN", "COL", "MEX", "JPN", "KOR", "PRK", "AFG", "IRQ"]
SECTORS = ["GOV", "MIL", "COP", "OPP", "CVL", "REB", "BUS", "MED", "JUD", "LEG"]
CAMEOS = ["010", "020", "036", "040", "042", "043", "051", "057", "061", "071", "111", "112", "120", "130",
          "138", "141", "145", "150", "163", "173", "180", "182", "190", "193", "195", "200"]
PLOVER = {"01": "CONSULT", "02": "REQUEST", "03": "SUPPORT", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE",
          "07": "AID", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE",
          "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT"}


def build(path: Path, n: int) -> None:
    from lapwing.store import open_store

    with open_store(path) as st:
        con = st.con
        con.execute("CREATE TEMP TABLE c AS SELECT unnest(?::VARCHAR[]) AS v, generate_subscripts(?::VARCHAR[], 1) AS n",
                    [COUNTRIES, COUNTRIES])
        con.execute("CREATE TEMP TABLE s AS SELECT unnest(?::VARCHAR[]) AS v, generate_subscripts(?::VARCHAR[], 1) AS n",
                    [SECTORS, SECTORS])
        con.execute("CREATE TEMP TABLE k AS SELECT unnest(?::VARCHAR[]) AS v, generate_subscripts(?::VARCHAR[], 1) AS n",
                    [CAMEOS, CAMEOS])
        con.execute("CREATE TEMP TABLE p AS SELECT * FROM (VALUES " + ", ".join(f"('{r}', '{t}')" for r, t in PLOVER.items())
                    + ") t(root, plover)")
        nc, ns, nk = len(COUNTRIES), len(SECTORS), len(CAMEOS)
        con.execute("SELECT setseed(0.42)")
        con.execute(f"""
            CREATE TEMP TABLE g AS
            SELECT i, 1 + (hash(i, 1) % {nc}) AS sc, 1 + (hash(i, 2) % {ns}) AS ss, 1 + (hash(i, 3) % {nc}) AS tc,
                   1 + (hash(i, 4) % {ns}) AS ts, 1 + (hash(i, 5) % {nk}) AS kk,
                   DATE '2023-01-01' + CAST(hash(i, 6) % 730 AS INTEGER) AS d,
                   (hash(i, 7) % 1000) / 1000.0 AS r
            FROM range({n}) t(i)""")
        con.execute("""
            INSERT INTO happenings BY NAME
            SELECT 'ev-' || lpad(CAST(i AS VARCHAR), 12, '0') AS event_id, left(k.v, 2) AS family, k.v AS cameo,
                   left(k.v, 2) AS root,
                   CASE WHEN left(k.v, 2) <= '05' THEN 1 WHEN left(k.v, 2) <= '08' THEN 2
                        WHEN left(k.v, 2) <= '16' THEN 3 ELSE 4 END AS quad_class,
                   round(10 - 20 * (CAST(k.n AS DOUBLE) / 26), 1) AS goldstein, p.plover AS plover_type,
                   CASE WHEN r < 0.8 THEN 'asserted' WHEN r < 0.95 THEN 'attributed' ELSE 'negated' END AS status,
                   'the ' || sc_.v || ' ' || lower(ss_.v) || ' actor ' || CAST(i % 997 AS VARCHAR) AS source_text,
                   sc_.v AS source_country, ss_.v AS source_sector,
                   'the ' || tc_.v || ' ' || lower(ts_.v) || ' actor ' || CAST(i % 991 AS VARCHAR) AS target_text,
                   tc_.v AS target_country, ts_.v AS target_sector, d AS date_from, d AS date_to,
                   CASE WHEN r < 0.7 THEN 'City ' || CAST(i % 500 AS VARCHAR) END AS place_name,
                   CASE WHEN r < 0.7 THEN sc_.v END AS place_country,
                   CASE WHEN r < 0.7 THEN -60 + (hash(i, 8) % 12000) / 100.0 END AS place_lat,
                   CASE WHEN r < 0.7 THEN -180 + (hash(i, 9) % 36000) / 100.0 END AS place_lon,
                   1 + CAST(hash(i, 10) % 5 AS INTEGER) AS num_mentions, 1 AS num_articles, 1 AS num_sources,
                   CAST(i // 5 AS VARCHAR) AS rep_article_id, CAST(i % 5 AS INTEGER) AS rep_idx,
                   'Synthetic sentence number ' || CAST(i AS VARCHAR) || ' about a ' || p.plover || ' event.' AS rep_sentence,
                   0.5 + r / 2 AS confidence
            FROM g JOIN c sc_ ON sc_.n = g.sc JOIN s ss_ ON ss_.n = g.ss JOIN c tc_ ON tc_.n = g.tc
                 JOIN s ts_ ON ts_.n = g.ts JOIN k ON k.n = g.kk JOIN p ON p.root = left(k.v, 2)""")
        n_art = (n + 4) // 5
        con.execute(f"""
            INSERT INTO articles BY NAME
            SELECT 'art-' || CAST(i AS VARCHAR) AS id, 'Synthetic article ' || CAST(i AS VARCHAR) AS title,
                   repeat('Synthetic sentence. ', 5) AS text, CAST(DATE '2023-01-01' + CAST(i % 730 AS INTEGER) AS VARCHAR) AS published,
                   'Outlet ' || CAST(i % 40 AS VARCHAR) AS source, 'ok' AS status, md5(CAST(i AS VARCHAR)) AS content_hash,
                   '{{}}' AS record_json
            FROM range({n_art}) t(i)""")
        con.execute("""
            INSERT INTO events BY NAME
            SELECT 'art-' || CAST(i // 5 AS VARCHAR) AS article_id, CAST(i % 5 AS INTEGER) AS idx, cameo, status,
                   source_text, 0 AS sentence_start, 20 AS sentence_end, 0 AS trigger_start, 9 AS trigger_end,
                   0.8 AS confidence
            FROM (SELECT CAST(substr(event_id, 4) AS BIGINT) AS i, * FROM happenings)""")
        con.execute("""
            INSERT INTO happening_mentions BY NAME
            SELECT 'art-' || CAST(CAST(substr(event_id, 4) AS BIGINT) // 5 AS VARCHAR) AS article_id,
                   CAST(CAST(substr(event_id, 4) AS BIGINT) % 5 AS INTEGER) AS idx, event_id, family, false AS is_copy
            FROM happenings""")
        con.execute(f"""
            INSERT INTO quotes BY NAME
            SELECT 'art-' || CAST(i AS VARCHAR) AS article_id, 0 AS idx, 'Synthetic quote ' || CAST(i AS VARCHAR) AS text,
                   'direct' AS kind, 'said' AS cue, 'Speaker ' || CAST(i % 300 AS VARCHAR) AS speaker_text,
                   c.v AS speaker_country, 'GOV' AS speaker_sector
            FROM range({n_art}) t(i) JOIN c ON c.n = 1 + i % {nc}""")


REQUESTS = [
    ("GET /events (no filter, page 1)", "/events", {}),
    ("GET /events country+cameo root", "/events", {"country": "UKR", "cameo": "19"}),
    ("GET /events actor words+since", "/events", {"actor": "actor 42", "since": "2024-06-01"}),
    ("GET /events quad+status, sort mentions", "/events", {"quad": 4, "status": "asserted", "sort": "mentions"}),
    ("GET /events page 200 (offset 10,000)", "/events", {"offset": 10000, "limit": 50}),
    ("GET /events/{id}", "/events/ev-000000012345", {}),
    ("GET /actors", "/actors", {}),
    ("GET /quotes speaker", "/quotes", {"speaker": "Speaker 7"}),
    ("GET /timeline by quad", "/timeline", {}),
    ("GET /timeline by plover, country", "/timeline", {"by": "plover", "country": "RUS"}),
    ("GET /map (2,000 features)", "/map", {}),
    ("GET /map country", "/map", {"country": "SYR"}),
    ("GET /network", "/network", {}),
    ("GET /network cameo 19", "/network", {"cameo": "19"}),
    ("GET /health", "/health", {}),
]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--db", type=Path, default=None, help="reuse or build the store here (default: a temporary file)")
    args = ap.parse_args(argv)
    from fastapi.testclient import TestClient

    from lapwing.api.app import create_app
    from lapwing.api.settings import ApiSettings

    tmp = tempfile.TemporaryDirectory()
    db = args.db or Path(tmp.name) / "bench.duckdb"
    if not db.exists():
        t0 = time.perf_counter()
        build(db, args.events)
        print(f"built {db}: {args.events:,} synthetic events in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    app = create_app(ApiSettings(db=str(db)))
    print(f"| request | p50 ms | p95 ms | result |\n|---|---:|---:|---|")
    with TestClient(app) as c:
        for label, path, params in REQUESTS:
            r = c.get(path, params=params)  # warm-up
            assert r.status_code == 200, (path, r.text)
            body = r.json()
            if "total" in body:
                size = f"total {body['total']:,}"
            elif "mentions" in body and isinstance(body["mentions"], list):
                size = f"{len(body['mentions'])} mention(s)"
            elif any(k in body for k in ("buckets", "edges", "items")):
                size = f"{len(body.get('buckets', body.get('edges', body.get('items'))))} rows"
            else:
                size = body.get("status", "")
            times = []
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                c.get(path, params=params)
                times.append((time.perf_counter() - t0) * 1000)
            times.sort()
            p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
            print(f"| {label} | {statistics.median(times):.1f} | {p95:.1f} | {size} |")
    app.state.access.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
