"""The twenty-third round's clustering rules (issue #11: happenings reported by four or more articles, told from small
places and by one side), on mentions and records built by hand (no model), each checked both ways: mentions that join,
and ones that must stay apart.

A village the gazetteer does not know is one place when two reports of one day name it as text (a local paper's
dateline, "the village of X", "Residents of X", "X, a village near Y"). An unnamed militia of no coded country is an
armed group outside the state where place and day agree. The town an office is named by ("the mayor of X") is no name
of the person, known to the gazetteer or not. Two acts of force in two towns of one country far apart are two attacks.
An international body named with no sector is the body. An armed group's country taken from the article's main
country is a guess. The cluster gold set's figures (part p, written for this round) are checked in
tests/test_happenings.py."""

from __future__ import annotations

import dataclasses

from lapwing.schema import Actor, Place
from lapwing.store.clustering import cluster
from lapwing.store.evidence import LOCAL_NAME_AGREEMENT, compare_codes
from lapwing.store.evidence_actors import actor_agreement, militia_as_armed_group
from lapwing.store.local_names import local_names, same_local_name
from lapwing.store.mention_places import dateline_end
from lapwing.store.mentions import PlaceKey, actor_key, mentions_of
from tests.test_cluster_round19 import _actor, _m, _record

DAY = "2027-12-07"


def _with_places(record, *places: tuple):
    """The record with places (words, country or None, lat, lon, kind) found in its text."""
    text = record.article.text
    ps = [Place(text=w, start=text.index(w), end=text.index(w) + len(w), name=w if c else None, country=c, lat=lat,
                lon=lon, kind=kind, admin1="Tahoua" if c else None) for w, c, lat, lon, kind in places]
    return record.model_copy(update={"places": ps})


def _names(record) -> frozenset[str]:
    return local_names(record, record.events[0], dateline_end(record.article.text))


# ------------------------------------------------------------------------------------ a village named as text

LOCAL = "KOLOBANE - Gunmen on motorbikes stormed this farming village late on Tuesday, killing nine people."
WIRE = "TAHOUA, Dec 8 (SW) - Gunmen killed nine people in an attack on the village of Kolobane on Tuesday, police said."
BURIAL = "Residents of Kolobane buried the nine people killed by armed men in Tuesday's attack."
OTHER = "Gunmen killed nine people in the village of Dagabi near Tahoua on Tuesday, police said."


def test_a_village_the_gazetteer_does_not_know_is_named_by_the_dateline_or_the_sentence():
    local = _record("local", LOCAL, "190", "stormed", ("Gunmen", None, "UAF", "title"), day=DAY)
    assert _names(local) == {"kolobane"}  # an unknown dateline: the local paper's own town
    wire = _with_places(_record("wire", WIRE, "190", "killed", ("Gunmen", "NER", "UAF", "title"), day=DAY),
                        ("TAHOUA", "NER", 14.9, 5.3, "city"), ("Kolobane", None, None, None, None))
    assert _names(wire) == {"kolobane"}  # the known dateline is where the wire filed, the unknown village a name
    burial = _record("next", BURIAL, "190", "killed", ("armed men", None, "UAF", "title"), day=DAY)
    assert _names(burial) == {"kolobane"}  # "Residents of X": no extractor found the name, the text gives it
    # a known town given as a village's name is no local name, nor is a known dateline with no "this town"
    known = _with_places(_record("k", "Residents of Tahoua said gunmen killed nine people.", "190", "killed",
                                 ("gunmen", None, "UAF", "title"), day=DAY), ("Tahoua", "NER", 14.9, 5.3, "city"))
    assert _names(known) == frozenset()
    filed = _with_places(_record("f", "TAHOUA, Dec 8 (SW) - Gunmen killed nine people on Tuesday.", "190", "killed",
                                 ("Gunmen", "NER", "UAF", "title"), day=DAY), ("TAHOUA", "NER", 14.9, 5.3, "city"))
    assert _names(filed) == frozenset()
    # a name shared as text: in both sets, or one's name in the other's sentence
    assert same_local_name(frozenset({"kolobane"}), LOCAL, frozenset(), BURIAL)
    assert not same_local_name(frozenset({"kolobane"}), LOCAL, frozenset({"dagabi"}), OTHER)


def test_two_reports_of_one_day_naming_one_unknown_village_agree_on_the_place():
    local = mentions_of(_record("local", LOCAL, "190", "stormed", ("Gunmen", None, "UAF", "title"), day=DAY))[0]
    burial = mentions_of(_record("next", BURIAL, "190", "killed", ("armed men", None, "UAF", "title"), day=DAY))[0]
    codes = compare_codes(local, burial)
    assert codes is not None and codes[0]["place"] == LOCAL_NAME_AGREEMENT
    assert len(cluster([local, burial])) == 1
    # another village the same day: no agreement on the place
    other = mentions_of(_record("other", OTHER, "190", "killed", ("Gunmen", None, "UAF", "title"), day=DAY))[0]
    codes = compare_codes(local, other)
    assert codes is not None and codes[0]["place"] == 0.0
    # nor for one village named by a report that gives no day (it may be an earlier attack on it)
    undated = dataclasses.replace(burial, day_from=None, day_to=None, precise=False)
    codes = compare_codes(local, undated)
    assert codes is not None and codes[0]["place"] == 0.0


# ------------------------------------------------------------------------------------ an unnamed militia


def test_an_unnamed_militia_is_an_armed_group_where_place_and_day_agree():
    village = PlaceKey("Kolobane", None, None, None, None)
    militia = dataclasses.replace(_m("next", "190", _actor("the militia", None, "MIL"), _actor("20 people", None, "CVL"),
                                     DAY, "Residents of Kolobane buried 20 people killed by the militia on Tuesday."),
                                  local=frozenset({"kolobane"}))
    raid = _m("local", "190", _actor("Armed men", None, "UAF"), _actor("residents", None, "CVL"), DAY,
              "Armed men raided the village of Kolobane on Tuesday, killing 20 residents.", place=village)
    assert militia_as_armed_group(militia).source.sector == "UAF" and militia_as_armed_group(raid) is None
    codes = compare_codes(militia, raid)
    assert codes is not None and codes[1] >= 0.4 and len(cluster([militia, raid])) == 1
    # with no place in common the militia stays the army's kind (a militia may fight beside the army)
    elsewhere = _m("local", "190", _actor("Armed men", None, "UAF"), _actor("residents", None, "CVL"), DAY,
                   "Armed men raided a village in the north on Tuesday, killing 20 residents.")
    assert compare_codes(militia, elsewhere) is None or compare_codes(militia, elsewhere)[1] < 0.4
    # soldiers are not a militia, and a militia with a name or a country is read as the coder coded it
    soldiers = dataclasses.replace(_m("army", "190", _actor("soldiers", None, "MIL"), _actor("20 people", None, "CVL"),
                                      DAY, "Residents of Kolobane said soldiers killed 20 people on Tuesday."),
                                   local=frozenset({"kolobane"}))
    assert militia_as_armed_group(soldiers) is None and compare_codes(soldiers, raid) is None
    coded = _m("x", "190", _actor("a pro-government militia", "NER", "MIL"), None, DAY, "A militia attacked.")
    assert militia_as_armed_group(coded) is None


# ------------------------------------------------------------------------------------ the town of an office


def _person(text: str, name: str, sentence: str) -> Actor:
    return Actor(text=text, name=name, start=sentence.index(text), end=sentence.index(text) + len(text),
                 sector="GOV", kind="person", rule="title")


def test_the_town_an_office_is_named_by_is_no_name_of_the_person():
    s1 = "Gunmen shot dead the mayor of San Lucas Ojitlan on Sunday, prosecutors said."
    s2 = "Unknown attackers murdered Ramiro Ortega, mayor of San Lucas Ojitlan, on Sunday."
    s3 = "Mayor Ramiro Ortega was killed outside his home in this town on Sunday."
    from lapwing.store.mentions import _place_names  # the names the text gives places and offices' towns
    places1 = _place_names(_record("a", s1, "193", "shot", ("Gunmen", None, "UAF", "title"), day=DAY))
    places2 = _place_names(_record("b", s2, "1823", "murdered", ("Unknown attackers", None, "UAF", "title"), day=DAY))
    k1 = actor_key(_person("the mayor of San Lucas Ojitlan", "San Lucas Ojitlan", s1), places1)
    k2 = actor_key(_person("Ramiro Ortega", "San Lucas Ojitlan", s2), places2)
    k3 = actor_key(_person("Mayor Ramiro Ortega", "Ramiro Ortega", s3))
    assert k1.names == frozenset() and k2.names == {"ramiro", "ortega"} and k3.names == {"ramiro", "ortega"}
    assert actor_agreement(k1, k3, force=True) is not None and actor_agreement(k2, k3, force=True) == 1.0
    # two mayors are still told apart by their names
    k4 = actor_key(_person("Mayor Jose Luna", "Jose Luna", "Mayor Jose Luna was shot."))
    assert actor_agreement(k2, k4, force=True) is None


# ------------------------------------------------------------------------------------ two towns of one country

DIAPAGA = PlaceKey("Diapaga", "BFA", 12.07, 1.79, "city", admin1="Est")
FADA = PlaceKey("Fada N'Gourma", "BFA", 12.06, 0.36, "city", admin1="Est")  # 155 km west


def test_two_attacks_in_two_towns_of_one_country_stay_apart_whatever_the_actors_country():
    jnim = _actor("JNIM fighters", "MLI", "INS")
    base = _m("claim", "190", jnim, _actor("an army base", "MLI", "MIL", guessed=True), DAY,
              "JNIM said its fighters attacked an army base in Diapaga on Sunday.", place=DIAPAGA)
    convoy = _m("convoy", "190", jnim, None, DAY, "JNIM fighters ambushed a supply convoy near Fada N'Gourma on Sunday.",
                place=FADA)
    assert compare_codes(base, convoy) is None and len(cluster([base, convoy])) == 2
    # the same town: one attack
    again = _m("wire", "190", jnim, None, DAY, "JNIM fighters stormed the army camp in Diapaga on Sunday.",
               place=DIAPAGA)
    assert compare_codes(base, again) is not None and len(cluster([base, again])) == 1


# ------------------------------------------------------------------------------------ an international body's base


def test_an_international_body_named_with_no_sector_is_the_body():
    au = _actor("an African Union base", "AFR", None)
    soldiers = _actor("four soldiers", "SOM", "MIL")
    assert actor_agreement(au, soldiers, force=True) == 0.2  # its peacekeepers, coded by their state
    assert actor_agreement(au, soldiers, force=False) is None  # outside force, two countries
    assert actor_agreement(au, _actor("villagers", "SOM", "CVL"), force=True) is None  # not its people


# ------------------------------------------------------------------------------------ an armed group's guessed country


def test_an_armed_groups_main_country_is_a_guess():
    text = "Jihadist fighters attacked a military base in the eastern town on Sunday."

    def key(words, country, sector, rule):
        return actor_key(Actor(text=words, country=country, sector=sector, start=0, end=len(words), kind="agent",
                               rule=rule))
    fighters = key("Jihadist fighters", "BFA", "INS", "title+main-country")
    soldiers = key("soldiers", "BFA", "MIL", "title+main-country")
    jnim = key("its fighters", "MLI", "INS", "group")
    assert fighters.guessed and not soldiers.guessed and not jnim.guessed
    assert actor_agreement(fighters, jnim, force=True) is not None  # in force the guess contradicts nothing
    assert actor_agreement(fighters, jnim, force=False) is None  # a statement's actor keeps its country
    m = _m("wire", "190", fighters, None, DAY, text, place=DIAPAGA)
    n = _m("claim", "190", jnim, None, DAY, "JNIM said its fighters attacked an army base in Diapaga.", place=DIAPAGA)
    assert compare_codes(m, n) is not None and len(cluster([m, n])) == 1
