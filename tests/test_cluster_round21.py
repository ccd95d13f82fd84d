"""The twenty-first round's clustering rules (issue #11: happenings reported by four or more articles), on mentions
built by hand (no model), each checked both ways: mentions that join, and ones that must stay apart.

A ship taken by force is one act whatever its report's verb: "seized" or "impounded" (1711), "hijacked" (181),
"boarded" (190) or "took control of" (192), when both sentences name a vessel; a site a state takes over
("nationalised the gold mine", 1711; "seized the mine", 192) is one act too. A wider area the gazetteer knows as a
region of its own (Puntland, Darfur, Azawad) holds the first-order divisions its towns lie in. A report left alone
joins, as a partial report, only a happening that two articles or more make up (one article's two triggers are one
report). A hijacking at sea and a kidnapping ashore are two abductions. An act told as "the previous day" happened on
the day its sentence names or the one before. A headline's capitalised "Drones" or "Gunmen" is no name. The cluster gold set's figures (part
n, written for this round) are checked in tests/test_happenings.py."""

from __future__ import annotations

import dataclasses

from lapwing.store.cluster_attach import attach_partial
from lapwing.store.clustering import candidate_pairs, cluster, family_of
from lapwing.store.evidence import compare_codes, place_agreement, type_agreement
from lapwing.store.mentions import PlaceKey
from lapwing.store.seizures import at_sea, names_vessel, one_seizure, sea_and_shore, seized_vessel
from lapwing.store.wide_regions import HELD_AGREEMENT, held_in
from lapwing.store.mentions import mentions_of
from tests.test_cluster_round19 import _actor, _m, _record

# ------------------------------------------------------------------------------------ a ship taken by force

NAVY = _actor("the Iranian navy", "IRN", "MIL")
COMMANDOS = _actor("Iranian commandos", "IRN", "MIL")
DAY = "2027-05-12"


def test_a_seized_ship_is_the_boarded_or_hijacked_ship():
    seized = _m("wire", "1711", NAVY, None, DAY, "The Iranian navy impounded a Liberian-flagged freighter off Jask.")
    for cameo, words in [("190", "Iranian commandos boarded the freighter from a helicopter on Wednesday."),
                         ("181", "Iranian forces hijacked a cargo ship near Jask, its operator said."),
                         ("192", "Iranian marines took control of the vessel and steered it into Iranian waters.")]:
        other = _m("radio", cameo, COMMANDOS, None, DAY, words)
        assert seized_vessel(seized) and one_seizure(seized, other) and one_seizure(other, seized)
        assert type_agreement(seized, other) == 0.4 and type_agreement(other, seized) == 0.4
        # compared at all: the seizure is blocked with the force family, and the two become one event
        assert family_of(seized.block_root) == family_of(other.block_root)
        assert (0, 1) in candidate_pairs([seized, other])
        assert len(cluster([seized, other])) == 1


def test_a_seizure_of_goods_or_a_ship_bombed_stays_apart():
    raid = _m("wire", "1711", _actor("police", "KEN", "COP"), None, DAY,
              "Police seized weapons and cash in a raid on a house in Eastleigh.")
    clash = _m("radio", "190", _actor("police", "KEN", "COP"), None, DAY,
               "Police attacked a gang hideout in Eastleigh, residents said.")
    assert not seized_vessel(raid) and raid.block_root == "17"
    assert type_agreement(raid, clash) is None and len(cluster([raid, clash])) == 2
    # a seized ship and a bombing (183) of one family: never one act
    seized = _m("wire", "1711", NAVY, None, DAY, "The navy seized an oil tanker in the Gulf of Oman.")
    bomb = _m("radio", "183", NAVY, None, DAY, "A bomb exploded on an oil tanker in the Gulf of Oman.")
    assert type_agreement(seized, bomb) is None
    # the other report names no vessel: "were seized near Hormuz" may be the crew, an act of its own
    crew = _m("radio", "181", NAVY, None, DAY, "Its 25 crew members were seized near Hormuz, the company said.")
    assert type_agreement(seized, crew) is None and len(cluster([seized, crew])) == 2
    # a ship set on fire (1712) is the attack's outcome: no seizure (since session 52 a navy's fire is compared with
    # the attack it is the damage of, code_neighbourhoods' armed_doer row, and still never with a seizure)
    burnt = _m("wire", "1712", NAVY, None, DAY, "A missile set the tanker on fire.")
    assert not seized_vessel(burnt) and burnt.block_root == "19"
    assert type_agreement(seized, burnt) is None


def test_a_site_nationalised_is_the_site_occupied():
    junta = _actor("the military government", "BFA", "MIL")
    nationalised = _m("wire", "1711", junta, None, DAY, "The military government nationalised the Tanga gold mine.")
    occupied = _m("digest", "192", _actor("The junta", "BFA", "MIL"), None, DAY, "The junta seized the Tanga mine.")
    assert seized_vessel(nationalised) and one_seizure(nationalised, occupied) and type_agreement(occupied, nationalised) == 0.4
    assert len(cluster([nationalised, occupied])) == 1
    # a site is occupied, not attacked or hijacked: an attack on a mine the same day stays another act
    attack = _m("radio", "190", junta, None, DAY, "Soldiers attacked miners at the Tanga mine.")
    assert not one_seizure(nationalised, attack) and type_agreement(nationalised, attack) is None
    assert len(cluster([nationalised, attack])) == 2
    # the occupation of a town is no seizure of a site
    town = _m("tv", "192", junta, None, DAY, "Troops seized the town of Tanga.")
    assert type_agreement(nationalised, town) is None


def test_the_words_for_a_vessel():
    for s in ("seized a bulk carrier", "boarded the supertanker", "detained two fishing boats", "a Yemeni dhow",
              "the squid jigger", "a car carrier", "its cargo ships"):
        assert names_vessel(s), s
    for s in ("seized the Kiaka mine", "shipping lanes", "a carrier pigeon's message", "the Boston Globe"):
        assert not names_vessel(s), s


# ------------------------------------------------------------------------------------ a wider area and its towns

PUNTLAND = PlaceKey("Puntland", "SOM", 8.5, 49.0, "admin1", admin1="Puntland")
EYL = PlaceKey("Eyl", "SOM", 7.98, 49.82, "city", admin1="Nugaal")
BOSASO = PlaceKey("Bosaso", "SOM", 11.28, 49.18, "city", admin1="Bari")
KISMAYO = PlaceKey("Kismayo", "SOM", -0.36, 42.55, "city", admin1="Jubbada Hoose")
DARFUR = PlaceKey("Darfur", "SDN", 13.5, 24.0, "admin1", admin1="Darfur")
NYALA = PlaceKey("Nyala", "SDN", 12.05, 24.88, "city", admin1="South Darfur")
KADUGLI = PlaceKey("Kadugli", "SDN", 11.01, 29.72, "city", admin1="South Kordofan")


def test_a_wider_area_holds_the_towns_of_its_divisions():
    assert place_agreement(PUNTLAND, EYL) == HELD_AGREEMENT == place_agreement(EYL, PUNTLAND)
    assert place_agreement(PUNTLAND, BOSASO) == HELD_AGREEMENT and place_agreement(DARFUR, NYALA) == HELD_AGREEMENT
    # a town of a division the area does not hold, in the same country, still contradicts it
    assert place_agreement(PUNTLAND, KISMAYO) is None and place_agreement(DARFUR, KADUGLI) is None
    assert held_in("SOM", "Jubaland", "Jubbada Hoose") and not held_in("SDN", "Jubaland", "Jubbada Hoose")
    # two reports of one hijacking, one off Puntland and one east of Eyl, become one event; one off Kismayo does not
    pirates = _actor("Somali pirates", "SOM", "CRM")
    off = _m("wire", "181", pirates, None, DAY, "Pirates hijacked a bulk carrier off Puntland on Monday.", place=PUNTLAND)
    east = _m("bulletin", "181", pirates, None, DAY, "Pirates hijacked a bulk carrier east of Eyl.", place=EYL)
    south = _m("radio", "181", pirates, None, DAY, "Pirates hijacked a bulk carrier off Kismayo.", place=KISMAYO)
    assert len(cluster([off, east])) == 1 and len(cluster([off, south])) == 2


# ------------------------------------------------------------------------------------ a partial report joins two articles' happening


def _always(u: int, v: int) -> bool:
    return True


def test_a_partial_report_joins_a_happening_of_two_articles_not_one_articles_two_triggers():
    # units 0 and 1: "stormed the college" and "carried away dozens of pupils", one article; unit 2 alone, 0.4 with it
    weak = {(0, 2): 0.4, (1, 2): 0.38}
    assert attach_partial([[0, 1], [2]], weak, _always, ["local", "local", "highway"]) == [[0, 1], [2]]
    # two articles' reports make the happening: the lone report joins it
    assert attach_partial([[0, 1], [2]], weak, _always, ["local", "national", "brief"]) == [[0, 1, 2]]
    # under the margin or the floor, it stays alone either way
    assert attach_partial([[0, 1], [2]], {(0, 2): 0.3}, _always, ["local", "national", "brief"]) == [[0, 1], [2]]


# ------------------------------------------------------------------------------------ at sea and ashore

GUNMEN = _actor("Gunmen", None, "UAF")
PIRATES = _actor("Pirates", None, "CRM")


def test_a_hijacking_at_sea_and_a_kidnapping_ashore_are_two_abductions():
    dhow = _m("wire", "181", PIRATES, _actor("Yemeni", "YEM"), DAY, "Pirates hijacked a Yemeni fishing dhow on Thursday.")
    pupils = _m("radio", "181", GUNMEN, _actor("40 pupils", None, "EDU"), DAY,
                "Gunmen seized 40 pupils in a raid on a school on Thursday night.")
    assert sea_and_shore(dhow, pupils) and type_agreement(dhow, pupils) is None
    assert len(cluster([dhow, pupils])) == 2
    # two reports at sea, one naming the ship and one its crew, are one hijacking
    crew = _m("radio", "181", GUNMEN, None, DAY, "Gunmen took the dhow's 11 fishermen hostage on Thursday.")
    assert at_sea(crew.sentence) and not sea_and_shore(dhow, crew) and type_agreement(dhow, crew) == 1.0
    # and two ashore are one kidnapping, whatever each outlet calls the armed men
    students = _m("tv", "181", PIRATES, _actor("students", None, "EDU"), DAY, "Bandits abducted students from a school.")
    assert not sea_and_shore(pupils, students) and len(cluster([pupils, students])) == 1
    # a ship named only by its name is at sea for no word of the sentence: it contradicts neither
    named = _m("gazette", "181", PIRATES, None, DAY, "Premiums rose after pirates hijacked the Sea Pearl off Somalia.")
    assert not sea_and_shore(named, dhow) and not sea_and_shore(named, pupils)
    # an attack (190) is no abduction: the rule leaves it to the other checks
    assert not sea_and_shore(dhow, _m("tv", "190", GUNMEN, None, DAY, "Gunmen attacked a school."))


# ------------------------------------------------------------------------------------ the day before


def test_an_act_told_as_the_previous_day_happened_then_or_on_the_day_named():
    text = "Insurance premiums rose on Wednesday after pirates hijacked the Sea Pearl off Somalia the previous day."
    (later,) = mentions_of(_record("gazette", text, "181", "hijacked", ("pirates", None, "CRM", "title"), day="2027-05-12"))
    assert (later.day_from.isoformat(), later.day_to.isoformat(), later.precise) == ("2027-05-11", "2027-05-12", False)
    first = _m("wire", "181", PIRATES, None, "2027-05-11", "Pirates hijacked the Sea Pearl off Somalia on Tuesday.")
    assert len(cluster([first, later])) == 1
    # without the words, the two days named are two hijackings
    (plain,) = mentions_of(_record("gazette", text.replace(" the previous day", ""), "181", "hijacked",
                                   ("pirates", None, "CRM", "title"), day="2027-05-12"))
    assert plain.precise and plain.day_from == plain.day_to and len(cluster([first, plain])) == 2
    # "the day before" told before the trigger belongs to another act: "The day before, talks failed; pirates hijacked"
    text2 = "A day earlier talks failed, and on Wednesday pirates hijacked the Sea Pearl off Somalia."
    (other,) = mentions_of(_record("gazette", text2, "181", "hijacked", ("pirates", None, "CRM", "title"), day="2027-05-12"))
    assert other.day_from == other.day_to


# ------------------------------------------------------------------------------------ a headline's common noun


def test_a_headlines_capitalised_common_noun_is_no_name():
    head = "Drones hit Russian refinery in Ryazan, fire reported."
    (brief,) = mentions_of(_record("flash", head, "1952", "hit", ("Drones", None, None, "title", "person"),
                                   ("Russian", "RUS", None, "title", "gpe")))
    assert brief.source.names == frozenset()
    kyiv = "The SBU's long-range drones hit the Ryazan refinery, sources in the service said."
    (named,) = mentions_of(_record("kyiv", kyiv, "1952", "hit", ("SBU", "UKR", "SPY", "title", "org"),
                                   ("Ryazan", None, None, "title", "gpe")))
    assert named.source.names and compare_codes(brief, named) is not None  # nothing contradicts one attack
    # read as a name, as the actor coder gave it, it would tell another actor than the SBU: the two attacks apart
    as_name = dataclasses.replace(brief, source=dataclasses.replace(brief.source, names=frozenset({"drones"})))
    sbu = dataclasses.replace(named, source=dataclasses.replace(named.source, names=frozenset({"security", "service"})))
    assert compare_codes(as_name, sbu) is None and compare_codes(brief, sbu) is not None
    # a real name keeps its words
    (hamas,) = mentions_of(_record("flash", head.replace("Drones", "Ismail Haniyeh"), "1952", "hit",
                                   ("Ismail Haniyeh", None, None, "title", "person")))
    assert hamas.source.names == frozenset({"ismail", "haniyeh"})
