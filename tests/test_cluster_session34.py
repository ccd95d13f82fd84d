"""Session 34's code neighbourhoods (issue #11: one event per happening; store/code_neighbourhoods.py and
lexicons/code_neighbourhoods.tsv), on articles invented for these tests and coded by hand (no model), each checked
both ways: reports of one happening told with codes of two root families that join, and distractors that stay apart:
an arrest of a crew and the seizure of their boats, a release by an armed group and its raid."""

from __future__ import annotations

from pathlib import Path

import pytest

from lapwing.schema import Actor, Article, ArticleRecord, Event, Span, Trigger
from lapwing.store import code_neighbourhoods
from lapwing.store.clustering import cluster_by_family
from lapwing.store.evidence import type_agreement
from lapwing.store.mentions import mentions_of

DAY = "2028-09-14"


def _actor(text: str, phrase: str, country: str | None, sector: str | None, kind: str = "agent") -> Actor:
    i = text.index(phrase)
    return Actor(text=phrase, start=i, end=i + len(phrase), country=country, sector=sector, kind=kind)


def _event(text: str, cameo: str, verb: str, source: Actor | None, target: Actor | None, day: str = DAY,
           status: str = "asserted") -> Event:
    t0 = text.index(verb)
    return Event(cameo=cameo, quad_class=4 if cameo[:2] >= "14" else 2, goldstein=-5.0, plover=None,
                 sentence=Span(start=0, end=len(text)), trigger=Trigger(text=verb, start=t0, end=t0 + len(verb)),
                 date=day, date_source="text", source=source, target=target, status=status)


def _record(aid: str, text: str, events: list[Event]) -> ArticleRecord:
    return ArticleRecord(article=Article(id=aid, text=text, published=DAY, source=aid), places=[], events=events)


def _where(records: list[ArticleRecord]) -> dict[tuple[str, int], int]:
    ms = [m for r in records for m in mentions_of(r)]
    return {ms[i].key: k for k, c in enumerate(cluster_by_family(ms)) for i in c.members + c.copies}


def _one(aid: str, text: str, cameo: str, verb: str, src: tuple[str, str | None, str | None],
         tgt: tuple[str, str | None, str | None] | None, day: str = DAY) -> ArticleRecord:
    source = _actor(text, *src)
    target = _actor(text, *tgt) if tgt else None
    return _record(aid, text, [_event(text, cameo, verb, source, target, day)])


# ------------------------------------------------------------------ an arrest of a crew, the seizure of their boats

CREWS = [
    ("The Mauritanian coast guard arrested 14 Senegalese fishermen on Thursday for fishing without a licence.",
     "arrested", "The Mauritanian coast guard", "14 Senegalese fishermen",
     "Mauritanian forces detained 14 Senegalese fishermen and two fishing boats on Thursday in a patrol against "
     "illegal fishing.", "detained", "Mauritanian forces", "14 Senegalese fishermen", "MRT", "SEN"),
    ("Argentina's naval prefecture has arrested the crew of a Chinese trawler caught fishing in its waters on "
     "Thursday, officials said.", "arrested", "Argentina's naval prefecture", "the crew",
     "The Argentine navy seized a Chinese trawler and its crew of 30 on Thursday off the Patagonian coast.",
     "seized", "The Argentine navy", "a Chinese trawler", "ARG", "CHN"),
    ("Indonesian maritime police detained 11 Vietnamese fishermen near the Natuna islands on Thursday.",
     "detained", "Indonesian maritime police", "11 Vietnamese fishermen",
     "Indonesia confiscated three Vietnamese boats and held their fishermen after a chase on Thursday.",
     "confiscated", "Indonesia", "three Vietnamese boats", "IDN", "VNM"),
]


@pytest.mark.parametrize("a_text,a_verb,a_src,a_tgt,b_text,b_verb,b_src,b_tgt,cc,tc", CREWS)
def test_an_arrest_of_a_crew_joins_the_seizure_of_their_boats(a_text, a_verb, a_src, a_tgt, b_text, b_verb, b_src,
                                                              b_tgt, cc, tc):
    arrest = _one("arrest", a_text, "173", a_verb, (a_src, cc, "MIL"), (a_tgt, tc, "AGR"))
    seizure = _one("seizure", b_text, "1711", b_verb, (b_src, cc, "MIL"), (b_tgt, tc, "AGR"))
    (m,), (n,) = mentions_of(arrest), mentions_of(seizure)
    assert m.block_root == n.block_root == "18"
    assert type_agreement(m, n) == 0.4
    where = _where([arrest, seizure])
    # without the neighbourhood the arrest (17) and the seizure of a vessel (compared with 18-20) never met
    assert where[m.key] == where[n.key]


def test_a_crew_arrest_is_no_boarding_and_an_arrest_of_protesters_stays_coercion():
    a_text, a_verb, a_src, a_tgt, *_rest, cc, tc = CREWS[0]
    arrest = _one("arrest", a_text, "173", a_verb, (a_src, cc, "MIL"), (a_tgt, tc, "AGR"))
    board_text = "Mauritanian commandos boarded a Spanish cargo ship on Thursday after a tip about smuggled arms."
    board = _one("board", board_text, "190", "boarded", ("Mauritanian commandos", cc, "MIL"), None)
    (m,), (n,) = mentions_of(arrest), mentions_of(board)
    assert type_agreement(m, n) is None  # same block, no neighbour: an arrest of fishermen is no boarding
    assert _where([arrest, board])[m.key] != _where([arrest, board])[n.key]
    protest_text = "Mauritanian police arrested 14 students after a march in Nouakchott on Thursday."
    protest = _one("protest", protest_text, "173", "arrested", ("Mauritanian police", cc, "COP"),
                   ("14 students", cc, "EDU"))
    (p,) = mentions_of(protest)
    assert p.block_root == "17" and p.neighbourhood is None


def test_a_crew_arrest_of_another_day_stays_apart():
    a_text, a_verb, a_src, a_tgt, b_text, b_verb, b_src, b_tgt, cc, tc = CREWS[2]
    arrest = _one("arrest", a_text, "173", a_verb, (a_src, cc, "COP"), (a_tgt, tc, "AGR"), day="2028-09-02")
    seizure = _one("seizure", b_text, "1711", b_verb, (b_src, cc, None), (b_tgt, tc, None))
    where = _where([arrest, seizure])
    assert where[("arrest", 0)] != where[("seizure", 0)]


# ------------------------------------------------------------------ a release by an armed group, its own raid

def test_a_jailbreak_is_one_act_and_joins_the_raid_reported_elsewhere():
    text = "Gunmen stormed the prison in Koton on Monday and freed about 300 inmates, officials said."
    jail = _record("jail", text, [
        _event(text, "190", "stormed", _actor(text, "Gunmen", "NGA", "UAF"), None),
        _event(text, "0841", "freed", _actor(text, "Gunmen", "NGA", "UAF"), _actor(text, "about 300 inmates", "NGA", "CVL"))])
    other_text = "Armed men attacked the Koton prison on Monday night, and hundreds of inmates escaped."
    other = _one("raid", other_text, "190", "attacked", ("Armed men", "NGA", "UAF"), None)
    attack, release = mentions_of(jail)
    assert release.block_root == "19" and type_agreement(release, attack) == 0.4
    where = _where([jail, other])
    assert where[attack.key] == where[release.key] == where[("raid", 0)]


@pytest.mark.parametrize("freed,handed", [
    ("The rebels freed four kidnapped engineers near Tumaco on Thursday, the Red Cross said.",
     "Guerrillas handed over four engineers they had kidnapped to the Red Cross near Tumaco on Thursday."),
    ("Militants released eight abducted aid workers in the Mopti region on Thursday.",
     "The militants handed the eight aid workers over to village elders in the Mopti region on Thursday."),
])
def test_two_words_for_a_release_by_an_armed_group_still_join(freed, handed):
    first = _one("freed", freed, "0841", "freed" if "freed" in freed else "released",
                 (freed.split(" freed")[0].split(" released")[0], "COL" if "Tumaco" in freed else "MLI", "REB"), None)
    second = _one("handed", handed, "0842", "handed", (handed.split(" handed")[0], "COL" if "Tumaco" in handed else
                                                     "MLI", "REB"), None)
    (m,), (n,) = mentions_of(first), mentions_of(second)
    assert m.block_root == n.block_root == "19"
    where = _where([first, second])
    assert where[m.key] == where[n.key]


def test_a_government_release_stays_apart_from_a_rebel_attack():
    rel_text = "The government freed 40 political prisoners in Bamako on Thursday under an amnesty."
    release = _one("amnesty", rel_text, "0841", "freed", ("The government", "MLI", "GOV"),
                   ("40 political prisoners", "MLI", "OPP"))
    att_text = "Rebels attacked an army post near Bamako on Thursday, the army said."
    attack = _one("attack", att_text, "190", "attacked", ("Rebels", "MLI", "REB"), None)
    (m,), (n,) = mentions_of(release), mentions_of(attack)
    assert m.block_root == "08" and m.neighbourhood is None
    assert _where([release, attack])[m.key] != _where([release, attack])[n.key]


# ------------------------------------------------------------------ the table

def test_the_shipped_table_is_clean_and_a_join_of_opposite_acts_is_refused(tmp_path: Path):
    assert code_neighbourhoods.check() == []
    bad = tmp_path / "bad.tsv"
    bad.write_text("join\t190\t0871\t19\tarmed_source\t0.4\nnever\t19\t0871\t-\t-\t-\n"
                   "join\t145\t190\t19\tno_such_condition\t0.6\n", encoding="utf-8")
    problems = code_neighbourhoods.check(bad)
    assert any("opposite" in p for p in problems) and any("unknown condition" in p for p in problems)
