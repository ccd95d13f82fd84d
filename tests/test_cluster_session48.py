"""Session 48's decided acts (issue #11: one event per happening; store/decisions.py and lexicons/decided_acts.tsv),
on articles invented for these tests and coded by hand (no model): a reaction that names an act as a decision
("condemned Mali's decision to expel ...") and the reports of that act join; another country's decision, a decision
of another week and a threat not told as a decision stay apart."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from lapwing.schema import Actor, Article, ArticleRecord, Event, Span, Trigger
from lapwing.store import decisions
from lapwing.store.clustering import cluster_by_family
from lapwing.store.mentions import mentions_of

ACT_DAY = "2028-10-03"
NEXT_DAY = "2028-10-04"


def _actor(text: str, phrase: str, country: str | None, sector: str | None) -> Actor:
    i = text.index(phrase)
    return Actor(text=phrase, start=i, end=i + len(phrase), country=country, sector=sector, kind="agent")


def _one(aid: str, text: str, cameo: str, verb: str, src: tuple[str, str | None, str | None],
         tgt: tuple[str, str | None, str | None] | None, day: str, status: str = "asserted") -> ArticleRecord:
    t0 = text.index(verb)
    ev = Event(cameo=cameo, quad_class=3, goldstein=-5.0, plover=None, sentence=Span(start=0, end=len(text)),
               trigger=Trigger(text=verb, start=t0, end=t0 + len(verb)), date=day, date_source="text",
               source=_actor(text, *src), target=_actor(text, *tgt) if tgt else None, status=status)
    return ArticleRecord(article=Article(id=aid, text=text, published=day, source=aid), places=[], events=[ev])


def _together(*records: ArticleRecord) -> bool:
    ms = [m for r in records for m in mentions_of(r)]
    where = {ms[i].key: k for k, c in enumerate(cluster_by_family(ms)) for i in c.members + c.copies}
    return len({where[m.key] for m in ms}) == 1


# (reaction text, its code and status, its verb, the decider, the act's other party;
#  report text, its code, its verb, its source, its target)
DECIDED = [
    ("Sweden on Wednesday condemned Mali's decision to expel eight Swedish embassy officials.", "136", "future",
     "expel", ("Mali", "MLI", None), ("eight Swedish embassy officials", "SWE", "GOV"),
     "Mali expelled eight Swedish diplomats on Tuesday, accusing them of interfering in its affairs.", "161",
     "expelled", ("Mali", "MLI", None), ("eight Swedish diplomats", "SWE", "GOV")),
    ("Tegucigalpa rejected Belize's decision to sever diplomatic relations with Honduras, calling it hasty.", "161",
     "negated", "sever", ("Belize", "BLZ", None), ("Honduras", "HND", None),
     "Belize broke off diplomatic relations with Honduras on Tuesday.", "161", "broke",
     ("Belize", "BLZ", None), ("Honduras", "HND", None)),
    ("Laos regretted Thailand's decision to gradually withdraw its soldiers from the border zone.", "0356", "future",
     "withdraw", ("Thailand", "THA", None), None,
     "Thai troops began pulling back from the frontier with Laos on Tuesday, the army said.", "087", "pulling",
     ("Thai troops", "THA", "MIL"), None),
    ("Opposition leaders denounced the Gabonese government's decision to shut down the internet before the vote.",
     "1321", "future", "shut", ("the Gabonese government", "GAB", "GOV"), None,
     "Gabon's government cut mobile internet access across the country on Tuesday.", "1721", "cut",
     ("Gabon's government", "GAB", "GOV"), None),
]


@pytest.mark.parametrize("r_text,r_code,r_status,r_verb,r_src,r_tgt,a_text,a_code,a_verb,a_src,a_tgt", DECIDED)
def test_an_act_told_as_a_decision_joins_its_reports(r_text, r_code, r_status, r_verb, r_src, r_tgt, a_text, a_code,
                                                      a_verb, a_src, a_tgt):
    reaction = _one("reaction", r_text, r_code, r_verb, r_src, r_tgt, NEXT_DAY, r_status)
    report = _one("report", a_text, a_code, a_verb, a_src, a_tgt, ACT_DAY)
    (m,), (n,) = mentions_of(reaction), mentions_of(report)
    assert m.cameo[:2] == n.cameo[:2]  # the plan's code read as the act's (136 -> 166 -> the expulsion's 161)
    assert m.status not in ("negated", "hypothetical")
    assert not m.precise and m.day_from <= date.fromisoformat(ACT_DAY) <= m.day_to
    assert _together(reaction, report)


def test_another_countrys_decision_stays_apart():
    reaction = _one("reaction", "Sweden on Wednesday condemned Niger's decision to expel eight Swedish embassy "
                    "officials.", "136", "expel", ("Niger", "NER", None),
                    ("eight Swedish embassy officials", "SWE", "GOV"), NEXT_DAY, "future")
    report = _one("report", "Mali expelled eight Swedish diplomats on Tuesday.", "161", "expelled",
                  ("Mali", "MLI", None), ("eight Swedish diplomats", "SWE", "GOV"), ACT_DAY)
    assert not _together(reaction, report)


def test_a_decision_of_another_week_stays_apart():
    reaction = _one("reaction", "Laos regretted Thailand's decision to withdraw its soldiers from the border zone.",
                    "0356", "withdraw", ("Thailand", "THA", None), None, "2028-10-14", "future")
    report = _one("report", "Thai troops began pulling back from the frontier with Laos on Tuesday.", "087",
                  "pulling", ("Thai troops", "THA", "MIL"), None, ACT_DAY)
    assert not _together(reaction, report)


def test_a_threat_not_told_as_a_decision_stays_a_threat():
    threat = _one("threat", "Mali on Wednesday threatened to expel eight Swedish embassy officials.", "136",
                  "expel", ("Mali", "MLI", None), ("eight Swedish embassy officials", "SWE", "GOV"), NEXT_DAY,
                  "future")
    (m,) = mentions_of(threat)
    assert m.cameo == "136" and m.precise
    report = _one("report", "Mali expelled eight Swedish diplomats on Tuesday.", "161", "expelled",
                  ("Mali", "MLI", None), ("eight Swedish diplomats", "SWE", "GOV"), ACT_DAY)
    assert not _together(threat, report)


@pytest.mark.parametrize("text,verb,told", [
    ("Chad criticised Sudan's decision to close the border.", "close", True),
    ("Chad criticised Sudan's decisions to close the border and recall its envoy.", "close", True),
    ("Chad criticised Sudan's decision to abruptly close the border.", "close", True),
    ("Sudan decided to close the border on Monday.", "close", False),
    ("The decision was taken to close the border.", "close", False),
    ("Sudan will close the border, a decision the minister defended.", "close", False),
])
def test_the_decision_frame(text, verb, told):
    assert decisions.told_as_decision(text, text.index(verb)) is told


def test_plans_map_to_the_acts_they_name():
    assert decisions.decided_act("1313") == "161"
    assert decisions.decided_act("13211") == "1721"  # a prefix: the longest plan code first
    assert decisions.decided_act("0356") == "087"
    assert decisions.decided_act("190") == "190"  # an act already coded as one stays


def test_the_table_is_clean_and_a_bad_row_is_reported(tmp_path: Path):
    assert decisions.check() == []
    bad = tmp_path / "decided.tsv"
    bad.write_text("frame\tdecision\t-\nact\t1313\t999\nact\t136\t1313\n", encoding="utf-8")
    probs = decisions.check(bad)
    assert any("'999' is no CAMEO code" in p for p in probs)
    assert any("itself a plan" in p for p in probs)
