"""The event coder against Lapwing's frozen, hand-coded reference set (tests/data/event_reference).

FLOORS ONLY GO UP. They were set a little below what the coder reached when the set was frozen;
raise them as the coder improves, never lower them to make a change pass (a drop is a regression:
read the misses and false events, ``lapwing eval events --gold reference``).
"""

from __future__ import annotations

import pytest

from lapwing.eval import reference as ref

# (level, metric) -> floor. Measured 2026-12-02 17:48 UTC at 871414d: root P 0.750 R 0.644, full P 0.472
# R 0.406; status 0.967, date 0.963, place 0.908 on root-matched events ('lapwing eval events --gold reference').
# Raised 2026-12-02 20:45 UTC at 1aceffb: root P 0.758 R 0.689, full P 0.486 R 0.441.
# Files 01-35 (batch 35, the PLOVER genre, joined in session 39, round sa78): root P 0.844 R 0.828, full P 0.573
# R 0.562; status 0.952, date 0.952, place 0.892 (2395 required events, 2350 emitted); batch 35 has no no-event failure.
FLOORS = {
    ("root", "precision"): 0.73,
    ("root", "recall"): 0.66,
    ("full", "precision"): 0.46,
    ("full", "recall"): 0.41,
}
# Status floor 0.94 -> 0.93 on 2026-12-07 (session 33): files 01-17 give 0.950 on the code of that session's start and
# of its end alike (736 root-matched events); the two batches written in that session from genres new to the coder
# (18_regional, 19_diplomacy) hold self-reported acts the coder marks attributed, and bring the folder to 0.9395.
# Status floor 0.93 -> 0.92 on 2026-12-07 (session 34, round rg66): files 01-19 give 0.940 on the code of main aa100431
# and of rg66 alike (898 root-matched events); the conflict batch 21, written in that round, holds self-reported acts
# ("the army said its troops had ...", "the group said in a statement") the coder marks attributed where the folder's
# convention asks asserted, and brings the folder to 0.928.
# Status floor 0.92 -> 0.94 on 2026-12-07 (session 34, round sr67): one convention for a party's report of its own
# act (asserted, the sayer kept in attributed_to; README "One convention for self-reports"): 0.941 with the coder
# change on the old gold, 0.960 with the gold made consistent (1057 root-matched events).
ATTR_FLOORS = {"status": 0.94, "date": 0.93, "place": 0.87}
# Per-file root + source country floors (file -> (precision, recall)), for batches whose classes a round fixed. Batch 36
# (thin codes, session 39, round sb78): first run P 0.794 R 0.833, P 0.879 R 0.967 at the round's end.
FILE_FLOORS: dict[str, tuple[float, float]] = {
    "36_thin_codes.tsv": (0.85, 0.93),
    # batch 37 (whole crisis articles, session 39, round sa79): first run P 0.756 R 0.738, P 0.828 R 0.857 at the
    # round's end
    "37_crisis_articles.tsv": (0.80, 0.83),
    # Batch 38 (security operations and militant attacks, session 39, round sb80): first run P 0.791 R 0.815, P 0.794
    # R 0.831 at the round's end.
    "38_security_attacks.tsv": (0.77, 0.80),
}
#: no-event items on which the coder still emits an event (a known bug each). The test asserts no
#: event on every other no-event item, and fails when one of these is fixed: then delete its id.
KNOWN_NOEVENT_FAILURES: dict[str, str] = {
    "mc-075": "a pub brawl (no political actor) coded 1823",
    "rq-009": "a yacht crew's skipper's quote a bare 010 (the agentless 'forced to withdraw' no longer a 170, ri70)",
    "lk-002": "a steelmaker's 'said it would not raise its offer' (a takeover story) coded a bare 010",
    "lk-034": "'An explosion tore through a chemical plant ..., killing two workers' (the parse reads 'tore' a noun): 190",
    "ab-020": "a festival jury's 'praised the film' (a documentary prize) coded 051 by a jury read as a court",
    "rx-063": "a farm ministry's harvest figure, 'said ..., blaming a shortage of irrigation water', a bare 010",
    "rx-064": "'paddlers ... invaded the harbour of Apia' for a canoe festival coded 190 with no source",
}


# ---------------------------------------------------------------------------------------------
# the data (no model needed)


def test_reference_set_loads_and_is_big_enough():
    items = ref.load()
    required = [e for it in items for e in it.events if not e.optional]
    assert len(required) >= 400, len(required)
    assert sum(1 for it in items if not it.events) >= 60
    roots = {e.root for e in required}
    assert roots == {f"{r:02d}" for r in range(1, 21)}, sorted(roots)


def test_reference_codes_statuses_and_countries_are_known():
    from lapwing.extract.event_lexicon import load_cameo

    cameo = load_cameo()
    countries = _country_codes()
    for it in ref.load():
        for e in it.events:
            for code in e.codes:
                assert code in cameo, f"{it.id}: {code} is no CAMEO code"
            assert e.status in ref.STATUSES
            for actor in (e.source, e.target):
                for c in actor.countries - {"-", "*"}:
                    assert c in countries, f"{it.id}: unknown country code {c}"
            if e.date:
                assert len(e.date) in (7, 10) and e.date[4] == "-", f"{it.id}: date {e.date}"


def test_reference_ids_are_unique_and_texts_distinct():
    items = ref.load()
    assert len({it.id for it in items}) == len(items)
    assert len({it.text for it in items}) == len(items)


def _country_codes() -> set[str]:
    from pathlib import Path

    import lapwing.lexicons as lx

    path = Path(lx.__file__).parent / "countries.tsv"
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            out.add(line.split("\t", 1)[0])
    return out


# ---------------------------------------------------------------------------------------------
# scoring logic on hand-made records (no model needed)


def _record(item_id, text, events):
    from lapwing.schema import Actor, Article, ArticleRecord, Event, Plover, Span, Trigger

    evs = []
    for code, src, tgt, status in events:
        def actor(x):
            if x is None:
                return None
            c, s = x
            return Actor(text="x", country=c, sector=s, start=0, end=1)

        evs.append(Event(source=actor(src), target=actor(tgt), cameo=code, quad_class=1, goldstein=0.0,
                         plover=Plover(type="AGREE"), status=status, sentence=Span(start=0, end=len(text)),
                         trigger=Trigger(text="x", start=0, end=1)))
    return ArticleRecord(article=Article(id=item_id, text=text), events=evs)


def test_scorer_levels_optional_and_noevent(tmp_path):
    f = tmp_path / "r.tsv"
    f.write_text(
        "# test\n"
        "S\ta\t2024-01-01\tKenya praised Uganda.\n"
        "E\t051\tKenya=KEN -\tUganda=UGA -\tasserted\t\t\t\n"
        "E\t?010\tKenya=KEN -\t\tasserted\t\t\t\n"
        "S\tb\t2024-01-01\tThe striker fired wide.\n"
        "S\tc\t2024-01-01\tPolice arrested two men.\n"
        "E\t173\tPolice=* COP\ttwo men=- CVL|-\tasserted\t\t\t\n",
        encoding="utf-8",
    )
    items = ref.load(f)
    recs = [
        _record("a", items[0].text, [("051", ("KEN", None), ("UGA", "GOV"), "asserted"),
                                     ("010", ("KEN", None), None, "asserted")]),
        _record("b", items[1].text, [("190", None, None, "asserted")]),
        _record("c", items[2].text, []),
    ]
    out = ref.score(items, recs)
    assert out["gold_events"] == 2 and out["optional_events"] == 1
    assert out["emitted_events"] == 2  # the optional 010 is absorbed
    assert out["root"]["tp"] == 1 and out["full"]["tp"] == 0  # target sector GOV is not "-"
    assert out["noevent_items_with_event"] == 1
    assert [m["id"] for m in out["misses"]] == ["c"]
    assert out["attrs"]["status"]["accuracy"] == 1.0


def test_loader_rejects_bad_lines(tmp_path):
    f = tmp_path / "bad.tsv"
    f.write_text("S\ta\t2024-01-01\tKenya praised Uganda.\nE\t05x\tKenya=KEN -\t\tasserted\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad CAMEO code"):
        ref.load(f)
    f.write_text("S\ta\t2024-01-01\tKenya praised Uganda.\nE\t051\tKenya=KEN -\t\tmaybe\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad status"):
        ref.load(f)
    f.write_text("S\ta\t2024-01-01\tKenya praised Uganda.\nE\t051\tKenya KEN\t\tasserted\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no '=CCC SSS'"):
        ref.load(f)


# ---------------------------------------------------------------------------------------------
# the coder against the set (needs the shipped model)


@pytest.fixture(scope="module")
def result():
    from lapwing.pipeline import Pipeline

    pipe = Pipeline.create()
    if "parser" not in pipe.nlp.pipe_names:
        pytest.skip("the loaded NLP pipeline has no dependency parser; the event coder needs one")
    items = ref.load()
    return ref.score(items, ref.code_items(items, pipe))


def test_reference_items_all_analysed(result):
    """A failing extractor must not pass for a low score: every item is analysed."""
    assert not result["failed_items"], result["failed_items"][:3]


@pytest.mark.parametrize("level,metric", sorted(FLOORS))
def test_reference_floor(result, level, metric):
    got = result[level][metric]
    assert got >= FLOORS[(level, metric)], (
        f"{level} {metric} {got:.3f} fell below its floor {FLOORS[(level, metric)]:.3f}\n"
        + ref.report(result, errors=15))


@pytest.mark.parametrize("fname", sorted(FILE_FLOORS))
def test_reference_file_floor(result, fname):
    got = result["per_file"][fname]
    p, r = FILE_FLOORS[fname]
    assert got["precision"] >= p and got["recall"] >= r, (
        f"{fname}: root P {got['precision']:.3f} R {got['recall']:.3f} fell below its floor P {p:.2f} R {r:.2f}")


@pytest.mark.parametrize("attr", sorted(ATTR_FLOORS))
def test_reference_attribute_floor(result, attr):
    got = result["attrs"][attr]["accuracy"]
    assert got >= ATTR_FLOORS[attr], f"{attr} accuracy {got:.3f} < floor {ATTR_FLOORS[attr]:.3f}"


def test_reference_no_event_items(result):
    """Precision set: no event at all on the items where nothing political happens."""
    hits = {h["id"]: h for h in result["noevent_false"]}
    new = [h for i, h in hits.items() if i not in KNOWN_NOEVENT_FAILURES]
    assert not new, "events on no-event items:\n" + "\n".join(f"{h['id']}: {h['events']} | {h['text']}" for h in new)
    fixed = sorted(set(KNOWN_NOEVENT_FAILURES) - set(hits))
    assert not fixed, f"no longer emit an event (good): remove {fixed} from KNOWN_NOEVENT_FAILURES"
