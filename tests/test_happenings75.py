"""Session 37, round cl75 (issue #11: one act coded in two root families by two reports): on articles invented for
these tests and coded by hand (no model).

* An event of a verbal family and one of a material family of one polarity join when a pair of their mentions from
  two articles names the same doer, agrees strongly on one role, falls on the same days and places nothing apart,
  no pair across them contradicts, no article reports in both, and each is the other's clear best
  (``store/family_bridge.py``): an envoy "summoned home" (114) and "recalled" (161); a prison term (116) and "jails"
  (173); aid pledged (033) and sent (071) with one sum. Read from parts u, v and w (``--why``: "family"), kept because
  it lifts all three (and part i) and lowers no part.
"""

from __future__ import annotations

import random

import pytest

from lapwing.schema import Actor, Article, ArticleRecord, Date, Event, Span, Trigger
from lapwing.store.clustering import cluster_by_family
from lapwing.store.family_bridge import group_of
from lapwing.store.mentions import mentions_of

MONDAY = "2029-03-05"


def _actor(text: str, phrase: str, country: str | None, sector: str | None) -> Actor:
    i = text.index(phrase)
    return Actor(text=phrase, start=i, end=i + len(phrase), country=country, sector=sector, kind="agent")


def _event(text: str, cameo: str, verb: str, src, tgt, day: str, dated: bool) -> Event:
    t0 = text.index(verb)
    return Event(cameo=cameo, quad_class=3, goldstein=-4.0, plover=None, sentence=Span(start=0, end=len(text)),
                 trigger=Trigger(text=verb, start=t0, end=t0 + len(verb)), date=day,
                 date_source="text" if dated else "published", status="asserted",
                 source=_actor(text, *src) if src else None, target=_actor(text, *tgt) if tgt else None)


def _record(aid: str, text: str, events: list[tuple], day: str = MONDAY, phrase: str | None = "on Monday",
            published: str | None = None) -> ArticleRecord:
    dates = [Date(text=phrase, start=text.index(phrase), end=text.index(phrase) + len(phrase), value=day,
                  rule="weekday")] if phrase else []
    evs = [_event(text, cameo, verb, src, tgt, day, bool(phrase)) for cameo, verb, src, tgt in events]
    return ArticleRecord(article=Article(id=aid, text=text, published=published or f"{day}T15:00:00", source=aid),
                         dates=dates, events=evs)


def _where(records: list[ArticleRecord]) -> dict[tuple[str, int], int]:
    ms = [m for r in records for m in mentions_of(r)]
    return {ms[i].key: k for k, c in enumerate(cluster_by_family(ms)) for i in c.members + c.copies}


def _one(aid: str, text: str, cameo: str, verb: str, src, tgt=None, **kw) -> ArticleRecord:
    return _record(aid, text, [(cameo, verb, src, tgt)], **kw)


# --- an envoy summoned home and recalled -------------------------------------------------------------------------

T_SUMMON = "SANTIAGO, March 5 (CW) - Chile summoned its ambassador home from Peru on Monday after a row over fishing."
T_RECALL = "Chile's government recalled its ambassador to Peru on Monday, the foreign ministry said."
T_BRIEF = "Chile recalls envoy from Peru in fishing row."
T_BOLIVIA = "Chile's government recalled its ambassador to Bolivia on Monday over a border incident."
T_LATER = "Chile summoned its ambassador home from Peru on Monday after a second row over fishing."


def _recall_reports() -> list[ArticleRecord]:
    return [
        _one("summon", T_SUMMON, "114", "summoned", ("Chile", "CHL", "GOV"), ("Peru", "PER", None)),
        _one("recall", T_RECALL, "161", "recalled", ("Chile's government", "CHL", "GOV"), ("Peru", "PER", None)),
        _one("brief", T_BRIEF, "161", "recalls", ("Chile", "CHL", "GOV"), ("Peru", "PER", None), phrase=None),
        # distractors: the same act towards another country the same day, and the word a week later
        _one("bolivia", T_BOLIVIA, "161", "recalled", ("Chile's government", "CHL", "GOV"), ("Bolivia", "BOL", None)),
        _one("later", T_LATER, "114", "summoned", ("Chile", "CHL", "GOV"), ("Peru", "PER", None), day="2029-03-12"),
    ]


def test_an_envoy_summoned_home_and_recalled_is_one_event_in_any_order():
    records = _recall_reports()
    seen = set()
    for seed in range(5):
        order = records[:]
        random.Random(seed).shuffle(order)
        where = _where(order)
        assert where[("summon", 0)] == where[("recall", 0)] == where[("brief", 0)]
        assert where[("bolivia", 0)] != where[("recall", 0)]
        assert where[("later", 0)] != where[("summon", 0)]
        seen.add(tuple(sorted(tuple(sorted(k for k, v in where.items() if v == e)) for e in set(where.values()))))
    assert len(seen) == 1  # the same events whatever the order


def test_the_word_alone_with_other_targets_stays_apart():
    """A complaint to another country's envoy the same day (114 towards Bolivia) is no report of the recall from
    Peru; nor is the word told on the day before the deed, both days named."""
    records = [
        _one("summon", "Chile's government summoned Bolivia's ambassador on Monday to protest a border incident.",
             "114", "summoned", ("Chile's government", "CHL", "GOV"), ("Bolivia's ambassador", "BOL", "GOV")),
        _one("recall", T_RECALL, "161", "recalled", ("Chile's government", "CHL", "GOV"), ("Peru", "PER", None)),
        _one("sunday", "Chile summoned its ambassador home from Peru on Sunday after a row over fishing.", "114",
             "summoned", ("Chile", "CHL", "GOV"), ("Peru", "PER", None), day="2029-03-04", phrase="on Sunday"),
    ]
    where = _where(records)
    assert where[("summon", 0)] != where[("recall", 0)]
    assert where[("sunday", 0)] != where[("recall", 0)]


# --- a prison term and a jailing ---------------------------------------------------------------------------------

T_COURT = "A court in Quito sentenced opposition leader Marta Salinas to six years in prison on Friday."
T_JAILS = "Ecuador jails opposition leader Salinas for six years."


@pytest.mark.parametrize("jail_code,verb", [("173", "jails"), ("1731", "jails")])
def test_a_prison_term_and_a_jailing_are_one_event(jail_code, verb):
    records = [
        _one("court", T_COURT, "116", "sentenced", ("A court in Quito", "ECU", "JUD"),
             ("opposition leader Marta Salinas", "ECU", "OPP"), day="2029-03-09", phrase="on Friday"),
        _one("jails", T_JAILS, jail_code, verb, ("Ecuador", "ECU", None), ("opposition leader Salinas", "ECU", "OPP"),
             day="2029-03-09", phrase=None),
    ]
    where = _where(records)
    assert where[("court", 0)] == where[("jails", 0)]


def test_a_prison_term_and_another_persons_jailing_stay_apart():
    records = [
        _one("court", T_COURT, "116", "sentenced", ("A court in Quito", "ECU", "JUD"),
             ("opposition leader Marta Salinas", "ECU", "OPP"), day="2029-03-09", phrase="on Friday"),
        _one("jails", "Ecuador jails union leader Tomas Vera for two years.", "173", "jails", ("Ecuador", "ECU", None),
             ("union leader Tomas Vera", "ECU", "LAB"), day="2029-03-09", phrase=None),
    ]
    where = _where(records)
    assert where[("court", 0)] != where[("jails", 0)]


# --- aid pledged and aid sent --------------------------------------------------------------------------------------

def test_aid_pledged_and_aid_sent_with_one_sum_are_one_event():
    records = [
        _one("pledge", "Portugal pledges $8m for flood victims in Mozambique.", "0333", "pledges",
             ("Portugal", "PRT", None), phrase=None),
        _one("sent", "Lisbon on Monday sent $8 million in emergency aid to flood victims in Mozambique, officials "
                     "said.", "071", "sent", ("Lisbon", "PRT", "GOV"), ("flood victims", "MOZ", "CVL")),
        # another donor's aid of the same sum the same day is another act
        _one("spain", "Madrid on Monday sent $8 million in emergency aid to flood victims in Mozambique.",
             "071", "sent", ("Madrid", "ESP", "GOV"), ("flood victims", "MOZ", "CVL")),
    ]
    where = _where(records)
    assert where[("pledge", 0)] == where[("sent", 0)]
    assert where[("spain", 0)] != where[("sent", 0)]


# --- what is never bridged ------------------------------------------------------------------------------------------

def test_an_article_that_tells_the_word_and_the_deed_tells_two_acts():
    """"accused ... and expelled them": the accusation (112) stays its own event beside the expulsion (161) that
    another report tells alone."""
    text = "Chile's government accused three Peruvian diplomats of spying on Monday and expelled them."
    records = [
        _record("both", text, [("112", "accused", ("Chile's government", "CHL", "GOV"),
                                ("three Peruvian diplomats", "PER", "GOV")),
                               ("161", "expelled", ("Chile's government", "CHL", "GOV"),
                                ("three Peruvian diplomats", "PER", "GOV"))]),
        _one("expels", "Chile expels three Peruvian diplomats.", "161", "expels", ("Chile", "CHL", "GOV"),
             ("three Peruvian diplomats", "PER", "GOV"), phrase=None),
    ]
    where = _where(records)
    assert where[("both", 1)] == where[("expels", 0)]
    assert where[("both", 0)] != where[("both", 1)]


def test_two_material_acts_of_one_scene_are_never_bridged():
    """Detentions (173) and a clash (190) of the same police with the same crowd the same day: two acts."""
    records = [
        _one("held", "Peruvian police detained 30 protesters in Lima on Monday.", "173", "detained",
             ("Peruvian police", "PER", "COP"), ("30 protesters", "PER", "CVL")),
        _one("clash", "Peruvian police clashed with protesters in Lima on Monday.", "190", "clashed",
             ("Peruvian police", "PER", "COP"), ("protesters", "PER", "CVL")),
    ]
    where = _where(records)
    assert where[("held", 0)] != where[("clash", 0)]


@pytest.mark.parametrize("family,together,apart", [
    ("11", {"11", "09", "14", "15", "16", "17", "18"}, {"01", "02", "03", "04", "13"}),  # a threat is no deed
    ("07", {"03", "06", "07", "08"}, {"01", "02", "04", "17"}),
    ("01", {"01"}, {"03", "11"}),
    ("02", {"02"}, {"03", "11", "17"}),   # appeals and demands: about acts, not acts
    ("04", {"04"}, {"03", "05", "06"}),   # a meeting and the deal it signs are two happenings
])
def test_the_clustering_groups(family, together, apart):
    assert together <= set(group_of(family)) and not apart & set(group_of(family))


# --- the store: one event across two families, incremental as full ----------------------------------------------------

def _events(db: str) -> tuple[dict[tuple[str, int], str], dict[tuple[str, int], str]]:
    from lapwing.store import open_store

    with open_store(db, read_only=True, create=False) as st:
        rows = list(st.stream("SELECT article_id, idx, event_id, family FROM happening_mentions"))
    return {(a, i): e for a, i, e, _ in rows}, {(a, i): f for a, i, _, f in rows}


def _partition(events: dict[tuple[str, int], str]) -> set[frozenset[tuple[str, int]]]:
    by: dict[str, set] = {}
    for k, e in events.items():
        by.setdefault(e, set()).add(k)
    return {frozenset(v) for v in by.values()}


def test_the_store_keeps_one_event_across_two_families(tmp_path):
    from lapwing.store import open_store

    records = _recall_reports()
    full = str(tmp_path / "full.duckdb")
    with open_store(full) as st:
        st.write(records)
        st.update_happenings()
    events, families = _events(full)
    assert events[("summon", 0)] == events[("recall", 0)] == events[("brief", 0)]
    assert families[("summon", 0)] == "11" and families[("recall", 0)] == "16"
    step = str(tmp_path / "step.duckdb")
    with open_store(step) as st:  # the recall first, the word later: the update clusters the group again
        st.write(records[1:2] + records[3:])
        st.update_happenings()
        st.write(records[:1] + records[2:3])
        st.update_happenings()
    assert _partition(_events(step)[0]) == _partition(events)
