"""Session 53 (issue #11: one event per happening; store/evidence.py ``coarse_against_days``, ``coarse_unplaced``,
used in store/clustering.py), on articles invented for these tests and coded by hand (no model): an act a report
dates only by its month or its year ("Earlier this month", "earlier this year") is background, and that the day of
another outlet's act falls in that month says nothing that they are one happening. It joins no day's act of the same
kind of actors on weak evidence (the partial reports, the stories), nor links to one from another article unless they
name one town or share their words; a month-dated report of the act another outlet dated to its day, in the town it
named, still joins it, and two outlets' background mentions of one month's act still join each other."""

from __future__ import annotations

import pytest

from lapwing.schema import Actor, Article, ArticleRecord, Event, Place, Span, Trigger
from lapwing.store.clustering import cluster_by_family
from lapwing.store.evidence import coarse_against_days, compare
from lapwing.store.mentions import mentions_of


def _actor(text: str, phrase: str, country: str | None, sector: str | None) -> Actor:
    i = text.index(phrase)
    return Actor(text=phrase, start=i, end=i + len(phrase), country=country, sector=sector, kind="agent")


def _place(text: str, phrase: str, cc: str, lat: float, lon: float, admin1: str | None = None) -> Place:
    i = text.index(phrase)
    return Place(text=phrase, start=i, end=i + len(phrase), name=phrase, country=cc, lat=lat, lon=lon, kind="city",
                 rule="ner/gazetteer", admin1=admin1)


def _one(aid: str, text: str, cameo: str, verb: str, src: tuple[str, str | None, str | None] | None,
         tgt: tuple[str, str | None, str | None] | None = None, day: str = "2029-03-11", published: str = "2029-03-12",
         where: tuple | None = None) -> ArticleRecord:
    t0 = text.index(verb)
    place = _place(text, *where) if where else None
    ev = Event(cameo=cameo, quad_class=4, goldstein=-8.0, plover=None, sentence=Span(start=0, end=len(text)),
               trigger=Trigger(text=verb, start=t0, end=t0 + len(verb)), date=day, date_source="text",
               source=_actor(text, *src) if src else None, target=_actor(text, *tgt) if tgt else None, place=place)
    return ArticleRecord(article=Article(id=aid, text=text, published=published, source=aid),
                         places=[place] if place else [], events=[ev])


def _where(records: list[ArticleRecord]) -> dict[tuple[str, int], int]:
    ms = [m for r in records for m in mentions_of(r)]
    return {ms[i].key: k for k, c in enumerate(cluster_by_family(ms)) for i in c.members + c.copies}


# (a day's act told by two outlets: their texts, code, verbs, doers; a later report's background act of that month or
# year by the same kind of actors in the same country, elsewhere: text, code, verb, doer, target, coarse date)
BACKGROUND = [
    ("Separatist fighters attacked a coast guard post on Tuesday, provincial officials said.",
     "Fighters attacked the coast guard post before dawn on Tuesday and burned two boats.", "190", "attacked",
     "Separatist fighters", "Fighters", "PAK", "INS",
     "Earlier this month, a suicide bomber attacked a police checkpoint in Turbat, wounding three officers.", "190",
     "attacked", "a suicide bomber", "a police checkpoint", "2029-03"),
    ("Bandits abducted dozens of villagers on Tuesday, a local official said.",
     "Gunmen abducted the villagers at dawn on Tuesday, residents told reporters.", "181", "abducted",
     "Bandits", "Gunmen", "NGA", "CRM",
     "Earlier this month, armed men abducted a district head near Gusau and demanded a ransom.", "181", "abducted",
     "armed men", "a district head", "2029-03"),
    ("Rebel fighters ambushed a military patrol on Tuesday, the defence ministry said.",
     "The rebels ambushed an army patrol on Tuesday, according to a statement.", "190", "ambushed",
     "Rebel fighters", "The rebels", "COL", "REB",
     "Earlier this year, guerrillas ambushed a police convoy on the road to Tame, killing two officers.", "190",
     "ambushed", "guerrillas", "a police convoy", "2029"),
]


@pytest.mark.parametrize("a_text,b_text,code,verb,a_src,b_src,cc,sector,g_text,g_code,g_verb,g_src,g_tgt,g_day",
                         BACKGROUND)
def test_a_background_act_of_the_month_joins_no_day_act_of_its_kind(a_text, b_text, code, verb, a_src, b_src, cc,
                                                                    sector, g_text, g_code, g_verb, g_src, g_tgt,
                                                                    g_day):
    a = _one("a", a_text, code, verb, (a_src, cc, sector))
    b = _one("b", b_text, code, verb, (b_src, cc, sector))
    g = _one("g", g_text, g_code, g_verb, (g_src, cc, sector), (g_tgt, cc, "MIL"), day=g_day, published="2029-03-14")
    (ma,), (mb,), (mg,) = mentions_of(a), mentions_of(b), mentions_of(g)
    assert coarse_against_days(mg, ma) and coarse_against_days(ma, mg) and not coarse_against_days(ma, mb)
    assert compare(ma, mg) is not None  # nothing contradicts: only the month (or year) says where they stand
    where = _where([a, b, g])
    assert where[ma.key] == where[mb.key]
    assert where[mg.key] != where[ma.key]


def test_a_year_old_act_of_one_leader_is_not_this_week_s_act_of_another():
    """Another outlet's praise of one leader this week, and a background "in 2029" act of the praised leader's."""
    a = _one("a", "President Okonkwo praised his close ties with Chancellor Brandt during the visit.", "051",
             "praised", ("President Okonkwo", "NGA", "GOV"), ("Chancellor Brandt", "DEU", "GOV"),
             day="2029-11-20", published="2029-11-21")
    g = _one("g", "In 2029, Chancellor Brandt hailed his first meeting with the Brazilian president.", "051", "hailed",
             ("Chancellor Brandt", "DEU", "GOV"), day="2029", published="2029-11-22")
    (ma,), (mg,) = mentions_of(a), mentions_of(g)
    where = _where([a, g])
    assert where[ma.key] != where[mg.key]


# controls: a month-dated later report of the act another outlet dated to its day, in the town it named
SAME = [
    ("Gunmen abducted thirty pupils from a school in Kuriga on Thursday, police said.", "abducted", "Gunmen",
     "Earlier this month, gunmen kidnapped thirty pupils from their school in Kuriga.", "kidnapped", "gunmen",
     "NGA", "CRM", ("Kuriga", "NGA", 10.6, 7.4, "Kaduna")),
    ("Islamist fighters stormed a hotel in Beledweyne on Monday, witnesses said.", "stormed", "Islamist fighters",
     "The fighters stormed a hotel in Beledweyne earlier this month and held it for a day.", "stormed", "The fighters",
     "SOM", "INS", ("Beledweyne", "SOM", 4.74, 45.2, "Hiiraan")),
]


@pytest.mark.parametrize("d_text,d_verb,d_src,m_text,m_verb,m_src,cc,sector,town", SAME)
def test_a_month_dated_report_of_the_same_act_in_the_same_town_still_joins(d_text, d_verb, d_src, m_text, m_verb,
                                                                           m_src, cc, sector, town):
    code = "181" if "abduct" in d_verb else "190"
    d = _one("day", d_text, code, d_verb, (d_src, cc, sector), day="2029-03-08", published="2029-03-09",
             where=town)
    m = _one("month", m_text, code, m_verb, (m_src, cc, sector), day="2029-03", published="2029-03-25", where=town)
    (md,), (mm,) = mentions_of(d), mentions_of(m)
    assert coarse_against_days(md, mm)
    where = _where([d, m])
    assert where[md.key] == where[mm.key]


def test_two_outlets_background_mentions_of_one_month_s_act_still_join():
    a = _one("a", "Last month, jihadists ambushed a convoy of gendarmes near Boni, killing eleven of them.",
             "190", "ambushed", ("jihadists", "MLI", "INS"), day="2029-02", published="2029-03-12")
    b = _one("b", "In February, jihadist fighters ambushed a gendarmerie convoy outside Boni and killed eleven men.",
             "190", "ambushed", ("jihadist fighters", "MLI", "INS"), day="2029-02", published="2029-03-13")
    (ma,), (mb,) = mentions_of(a), mentions_of(b)
    assert not coarse_against_days(ma, mb)
    where = _where([a, b])
    assert where[ma.key] == where[mb.key]
