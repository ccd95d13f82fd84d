"""Session 52's code neighbourhood (issue #11: one event per happening; lexicons/code_neighbourhoods.tsv, condition
``armed_doer`` in store/code_neighbourhoods.py), on articles invented for these tests and coded by hand (no model):
property an armed group or an army destroys (1712: "set ... ablaze", "torched", "blew up", "burned down") is the
damage of its attack, and joins the reports that tell the attack (18-20); officials' demolitions, a crowd's fires,
another day's arson, another group's attack and another town's attack stay apart."""

from __future__ import annotations

import pytest

from lapwing.schema import Actor, Article, ArticleRecord, Event, Place, Span, Trigger
from lapwing.store import code_neighbourhoods
from lapwing.store.clustering import cluster_by_family
from lapwing.store.evidence import type_agreement
from lapwing.store.mentions import mentions_of

DAY = "2029-02-08"


def _actor(text: str, phrase: str, country: str | None, sector: str | None) -> Actor:
    i = text.index(phrase)
    return Actor(text=phrase, start=i, end=i + len(phrase), country=country, sector=sector, kind="agent")


def _place(text: str, phrase: str, cc: str, lat: float, lon: float) -> Place:
    i = text.index(phrase)
    return Place(text=phrase, start=i, end=i + len(phrase), name=phrase, country=cc, lat=lat, lon=lon, kind="city",
                 rule="ner/gazetteer")


def _one(aid: str, text: str, cameo: str, verb: str, src: tuple[str, str | None, str | None] | None,
         tgt: tuple[str, str | None, str | None] | None = None, day: str = DAY,
         where: tuple[str, str, float, float] | None = None) -> ArticleRecord:
    t0 = text.index(verb)
    place = _place(text, *where) if where else None
    ev = Event(cameo=cameo, quad_class=4, goldstein=-8.0, plover=None, sentence=Span(start=0, end=len(text)),
               trigger=Trigger(text=verb, start=t0, end=t0 + len(verb)), date=day, date_source="text",
               source=_actor(text, *src) if src else None, target=_actor(text, *tgt) if tgt else None, place=place)
    return ArticleRecord(article=Article(id=aid, text=text, published=day, source=aid),
                         places=[place] if place else [], events=[ev])


def _where(records: list[ArticleRecord]) -> dict[tuple[str, int], int]:
    ms = [m for r in records for m in mentions_of(r)]
    return {ms[i].key: k for k, c in enumerate(cluster_by_family(ms)) for i in c.members + c.copies}


# (the report of the damage, its verb, its doer, country, sector; the report of the attack, its code, verb, doer)
REPORTS = [
    ("Rebels set a Liberian-flagged bulk carrier ablaze off Mokha on Thursday, its operator said.", "set",
     "Rebels", "YEM", "REB",
     "Yemen's rebels fired two drones at a Liberian-flagged bulk carrier in the Red Sea on Thursday.", "194", "fired",
     "Yemen's rebels"),
    ("Al-Shabaab fighters torched a police post in Bulo Burde on Thursday before fleeing into the bush.", "torched",
     "Al-Shabaab fighters", "SOM", "INS",
     "Al-Shabaab militants attacked a police post in the town of Bulo Burde on Thursday, killing three officers.",
     "190", "attacked", "Al-Shabaab militants"),
    ("Insurgents have blown up a section of the gas pipeline near Palma, the provincial police said on Thursday.",
     "blown up", "Insurgents", "MOZ", "INS",
     "Islamist insurgents bombed the gas pipeline outside Palma on Thursday, a security source said.", "183",
     "bombed", "Islamist insurgents"),
    ("Soldiers burned down dozens of houses in a village of Magway region on Thursday, residents said.", "burned",
     "Soldiers", "MMR", "MIL",
     "Junta troops raided a village in Magway on Thursday and shot dead five men, a local group said.", "190",
     "raided", "Junta troops"),
]


@pytest.mark.parametrize("d_text,d_verb,d_src,cc,sector,a_text,a_code,a_verb,a_src", REPORTS)
def test_property_an_armed_group_destroys_is_the_damage_of_its_attack(d_text, d_verb, d_src, cc, sector, a_text,
                                                                       a_code, a_verb, a_src):
    damage = _one("damage", d_text, "1712", d_verb, (d_src, cc, sector))
    attack = _one("attack", a_text, a_code, a_verb, (a_src, cc, sector))
    (m,), (n,) = mentions_of(damage), mentions_of(attack)
    assert m.neighbourhood is not None and m.block_root == "19" and n.block_root == a_code[:2]
    assert type_agreement(m, n) == 0.4
    # without the neighbourhood the destruction (root 17) was never compared with the attack (18-20)
    where = _where([damage, attack])
    assert where[m.key] == where[n.key]


def test_one_sentence_of_an_attack_and_its_fires_is_one_event_with_the_other_outlets_report():
    text = "Gunmen stormed the market in Kauran Namoda on Thursday and set dozens of stalls on fire, police said."
    gunmen = _actor(text, "Gunmen", "NGA", "UAF")
    t1, t2 = text.index("stormed"), text.index("set dozens")
    record = ArticleRecord(article=Article(id="one", text=text, published=DAY, source="one"), places=[], events=[
        Event(cameo="190", quad_class=4, goldstein=-10.0, plover=None, sentence=Span(start=0, end=len(text)),
              trigger=Trigger(text="stormed", start=t1, end=t1 + 7), date=DAY, date_source="text", source=gunmen),
        Event(cameo="1712", quad_class=4, goldstein=-9.0, plover=None, sentence=Span(start=0, end=len(text)),
              trigger=Trigger(text="set", start=t2, end=t2 + 3), date=DAY, date_source="text", source=gunmen)])
    other = _one("other", "Armed bandits attacked a market in Kauran Namoda on Thursday, residents said.", "190",
                 "attacked", ("Armed bandits", "NGA", "UAF"))
    where = _where([record, other])
    assert where[("one", 0)] == where[("one", 1)] == where[("other", 0)]


def test_officials_demolitions_and_a_crowds_fires_stay_destruction():
    demolish = _one("demolish", "Municipal officials demolished 200 market stalls in Kisumu on Thursday.",
                    "1712", "demolished", ("Municipal officials", "KEN", "GOV"))
    crowd = _one("crowd", "Angry residents set a police car ablaze in Kisumu on Thursday after a shooting.", "1712",
                 "set", ("Angry residents", "KEN", "CVL"))
    attack = _one("attack", "Armed men attacked a police station in Kisumu on Thursday.", "190", "attacked",
                  ("Armed men", "KEN", "UAF"))
    (d,), (c,), (a,) = mentions_of(demolish), mentions_of(crowd), mentions_of(attack)
    assert d.neighbourhood is None and c.neighbourhood is None and d.block_root == c.block_root == "17"
    where = _where([demolish, crowd, attack])
    assert len({where[d.key], where[c.key], where[a.key]}) == 3


def test_another_days_arson_another_groups_attack_and_another_towns_attack_stay_apart():
    d_text, d_verb, d_src, cc, sector, *_ = REPORTS[1]
    damage = _one("damage", d_text, "1712", d_verb, (d_src, cc, sector))
    later = _one("later", "Al-Shabaab militants attacked a police post in the town of Bulo Burde, killing three "
                 "officers.", "190", "attacked", ("Al-Shabaab militants", cc, sector), day="2029-02-15")
    other = _one("other", "Ethiopian troops attacked positions in the town of Bulo Burde on Thursday.", "190",
                 "attacked", ("Ethiopian troops", "ETH", "MIL"))
    where = _where([damage, later, other])
    assert len({where[("damage", 0)], where[("later", 0)], where[("other", 0)]}) == 3
    # two towns 300 km apart, one day, one group: two attacks
    burn = _one("burn", "Al-Shabaab fighters torched a police post in Beledweyne on Thursday.", "1712", "torched",
                ("Al-Shabaab fighters", cc, sector), where=("Beledweyne", cc, 4.74, 45.2))
    raid = _one("raid", "Al-Shabaab militants attacked a police post in Afgooye on Thursday.", "190", "attacked",
                ("Al-Shabaab militants", cc, sector), where=("Afgooye", cc, 2.14, 45.12))
    where = _where([burn, raid])
    assert where[("burn", 0)] != where[("raid", 0)]


def test_the_shipped_table_stays_clean():
    assert code_neighbourhoods.check() == []
    assert "armed_doer" in code_neighbourhoods.CONDITIONS
