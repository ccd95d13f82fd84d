"""The eleventh round's clustering rules, on mentions built by hand (no model), each checked both ways: a place
the text calls a province or department ("the province of Arauca") is the region; a bare name shared by a city
and its division may mean either; two towns facing each other across a border are near; a fight's sub-codes
that differ only in the weapons named are one act; a fight between two countries has two sides, each known by
its country. The cluster gold set's figures are checked in tests/test_happenings.py."""

from __future__ import annotations

from datetime import date

from lapwing.schema import Place
from lapwing.store.clustering import cluster
from lapwing.store.evidence import compare, place_agreement, type_agreement
from lapwing.store.mentions import ActorKey, Mention, PlaceKey, place_key


def _actor(text: str, country: str | None, sector: str | None, names: tuple[str, ...] = ()) -> ActorKey:
    return ActorKey(text, country, sector, frozenset(names))


def _m(aid: str, cameo: str, src: ActorKey | None, tgt: ActorKey | None, day: str,
       place: PlaceKey | None = None, sentence: str = "", idx: int = 0) -> Mention:
    d = date.fromisoformat(day)
    return Mention(aid, idx, cameo, None, 4, -5.0, "asserted", src, tgt, d, d, True, place, sentence, day, aid, 0.8)


def _place(text: str, name: str, country: str, lat: float, lon: float, admin1: str) -> Place:
    i = text.index(name)
    return Place(text=name, start=i, end=i + len(name), name=name, country=country, lat=lat, lon=lon, kind="city",
                 admin1=admin1)


# ------------------------------------------------------------------------------------ places

SARAVENA = PlaceKey("Saravena", "COL", 6.963, -71.882, "city", admin1="Arauca")  # 110 km from Arauca city
YOPAL = PlaceKey("Yopal", "COL", 5.337, -72.395, "city", admin1="Casanare")


def test_a_province_or_department_named_before_or_after_the_name_is_the_region():
    for text in ("Rebels freed six soldiers in the eastern province of Arauca on Sunday.",
                 "The handover took place in Arauca department on Sunday.",
                 "Gunmen killed a mayor in the state of Guerrero."):
        name = "Guerrero" if "Guerrero" in text else "Arauca"
        key = place_key(_place(text, name, "COL", 7.08, -70.76, name), text)
        assert key.region and not key.point_like, text
    assert place_agreement(place_key(_place(text := "freed in the province of Arauca", "Arauca", "COL", 7.08,
                                            -70.76, "Arauca"), text), SARAVENA) == 0.5
    # "the province's governor in Arauca" names the city: nothing before it makes it the region
    city = "The governor spoke in Arauca on Sunday."
    assert place_key(_place(city, "Arauca", "COL", 7.08, -70.76, "Arauca"), city).point_like


def test_a_bare_name_shared_by_a_city_and_its_division_may_mean_either():
    text = "Rebels freed six soldiers in Arauca on Sunday."
    arauca = place_key(_place(text, "Arauca", "COL", 7.08, -70.76, "Arauca"), text)
    assert arauca.point_like and arauca.divisional
    assert place_agreement(arauca, SARAVENA) == 0.3  # a town of that division, 110 km away: weakly
    assert place_agreement(arauca, YOPAL) is None  # a town of another division
    town = "Rebels freed six soldiers in Arauca city on Sunday."
    assert place_agreement(place_key(_place(town, "Arauca", "COL", 7.08, -70.76, "Arauca"), town), SARAVENA) is None
    # a city not named like its division is a city
    other = "Rebels freed six soldiers in Saravena on Sunday."
    assert not place_key(_place(other, "Saravena", "COL", 6.963, -71.882, "Arauca"), other).divisional


CHAMAN = PlaceKey("Chaman", "PAK", 30.92, 66.45, "city")
SPIN_BOLDAK = PlaceKey("Spin Boldak", "AFG", 31.00, 66.40, "city")  # 10 km across the border
KANDAHAR = PlaceKey("Kandahar", "AFG", 31.61, 65.71, "city")  # 100 km


def test_two_towns_facing_each_other_across_a_border_are_near():
    assert place_agreement(CHAMAN, SPIN_BOLDAK) == 1.0
    assert place_agreement(CHAMAN, KANDAHAR) is None
    assert place_agreement(CHAMAN, PlaceKey("Afghanistan", "AFG", 33.0, 65.0, "country")) is None


# ------------------------------------------------------------------------------------ fights

PAK_FORCES = _actor("Pakistani forces", "PAK", "MIL")
AFG_FORCES = _actor("Afghan Taliban forces", "AFG", "MIL")
PAK_PEOPLE = _actor("seven people", "PAK", "CVL")
AFG_PEOPLE = _actor("three civilians", "AFG", "CVL")


def test_a_fights_sub_codes_that_differ_only_in_the_weapons_named_are_one_act():
    small_arms = _m("quetta", "193", AFG_FORCES, None, "2026-04-01", CHAMAN, "Afghan forces opened fire on posts")
    artillery = _m("wire", "194", AFG_FORCES, None, "2026-04-01", CHAMAN, "Pakistani and Afghan forces exchanged fire")
    assert type_agreement(small_arms, artillery) == 0.6 and compare(small_arms, artillery) is not None
    air = _m("jets", "195", AFG_FORCES, None, "2026-04-01", CHAMAN, "Afghan jets bombed posts")
    assert type_agreement(small_arms, air) is None  # an air strike is an act of its own
    arrest = _m("a", "173", AFG_FORCES, None, "2026-04-01", CHAMAN)
    assert type_agreement(arrest, _m("b", "175", AFG_FORCES, None, "2026-04-01", CHAMAN)) is None


def test_a_fight_between_two_countries_has_two_sides_each_known_by_its_country():
    # each side's outlet: its own people were killed by the other's forces
    pak_view = _m("quetta", "190", AFG_FORCES, PAK_PEOPLE, "2026-04-01", CHAMAN)
    afg_view = _m("kabul", "190", PAK_FORCES, None, "2026-04-01", SPIN_BOLDAK)
    afg_dead = _m("review", "190", None, AFG_PEOPLE, "2026-04-01", CHAMAN)
    brief = _m("brief", "190", _actor("Pakistan", "PAK", None), _actor("Afghan troops", "AFG", "MIL"), "2026-04-01")
    assert compare(pak_view, afg_view) is not None
    assert compare(brief, afg_dead) is not None  # "clashed with Afghan troops", "three Afghans were killed"
    ms = [pak_view, afg_view, afg_dead, brief]
    assert len(cluster(ms)) == 1
    # inside one country the army and the rebels are two sides: no reading of sides
    army = _actor("Nigerian troops", "NGA", "MIL")
    rebels = _actor("militants", "NGA", "INS")
    villagers = _actor("villagers", "NGA", "CVL")
    army_kills = _m("a", "190", army, rebels, "2024-03-02")
    rebels_kill = _m("b", "190", rebels, villagers, "2024-03-02")
    assert compare(army_kills, rebels_kill) is None
    # the sides still differ by country: Afghan forces are not Pakistani people
    assert compare(_m("x", "190", AFG_FORCES, None, "2026-04-01", CHAMAN),
                   _m("y", "190", PAK_PEOPLE, None, "2026-04-01", CHAMAN)) is None


# ------------------------------------------------------------------------------------ persons named by office

def test_a_place_read_as_a_persons_name_is_the_domain_of_an_office():
    from lapwing.schema import Actor
    from lapwing.store.mentions import actor_key

    places = frozenset({"teloloapan", "guerrero"})
    # the actor coder's name for "the mayor of Teloloapan" is the town: no name, the office's country and sector
    mayor = actor_key(Actor(text="the mayor of Teloloapan", name="Teloloapan", country="MEX", sector="GOV", start=0,
                            end=23, kind="person"), places)
    assert mayor.names == frozenset()
    # a person's own words are read where the coder's name is a place
    named = actor_key(Actor(text="Ricardo Salgado Nava", name="Teloloapan", sector="GOV", start=0, end=20,
                            kind="person"), places)
    assert named.names == {"ricardo", "salgado", "nava"}
    # "of" begins the office's domain in a person's own words; an organisation's "of" is part of its name
    assert actor_key(Actor(text="Sadiq Khan, mayor of London", sector="GOV", start=0, end=27, kind="person")).names \
        == {"sadiq", "khan"}
    assert "england" in actor_key(Actor(text="the Bank of England", sector="BUS", start=0, end=19, kind="org")).names
    # a name that is no place of the article is kept
    assert actor_key(Actor(text="the mayor", name="Ricardo Salgado", country="MEX", sector="GOV", start=0, end=9,
                           kind="person"), places).names == {"ricardo", "salgado"}
    shot = _m("wire", "193", _actor("Gunmen", None, "UAF"), mayor, "2026-03-21")
    murdered = _m("local", "186", _actor("armed men", None, "UAF"), named, "2026-03-21")
    assert compare(shot, murdered) is not None


def test_a_politician_and_an_office_holder_may_be_one_target_of_force():
    from lapwing.store.evidence import compare_codes

    mayor = _actor("the mayor of Teloloapan", "MEX", "GOV")
    politician = _actor("The 51-year-old politician", None, "PTY")
    gunmen = _actor("Gunmen", None, "UAF")
    assert compare_codes(_m("a", "190", gunmen, mayor, "2026-03-21"), _m("b", "190", None, politician, "2026-03-21"))
    assert compare_codes(_m("a", "173", None, mayor, "2026-03-21"), _m("b", "173", None, politician, "2026-03-21"))
    # as the ones who act, or in a statement, a party is not the government
    police = _actor("police", "MEX", "COP")
    assert compare_codes(_m("a", "173", mayor, police, "2026-03-21"), _m("b", "173", politician, police, "2026-03-21")) is None
    assert compare_codes(_m("a", "111", None, mayor, "2026-03-21"), _m("b", "111", None, politician, "2026-03-21")) is None
    # two named persons stay apart by their names
    assert compare_codes(_m("a", "190", gunmen, _actor("Mayor Salgado", "MEX", "GOV", ("salgado",)), "2026-03-21"),
                         _m("b", "190", gunmen, _actor("candidate Ruiz", "MEX", "PTY", ("ruiz",)), "2026-03-21")) is None


# ------------------------------------------------------------------------------------ international bodies' forces

BANGASSOU = PlaceKey("Bangassou", "CAF", 4.74, 22.82, "city")


def test_peacekeepers_are_the_body_they_serve_and_soldiers_of_their_country():
    from lapwing.store.evidence import compare_codes

    gunmen = _actor("Gunmen", "CAF", "UAF")
    mission = _actor("the UN mission", "UNO", "IGO")
    un_troops = _actor("United Nations peacekeepers", "UNO", "MIL")
    zambian = _actor("a Zambian soldier", "ZMB", "MIL")
    someone = _actor("a peacekeeper", None, "MIL")
    day = "2026-04-10"
    for a, b in ((mission, un_troops), (un_troops, zambian), (mission, someone), (mission, zambian)):
        assert compare_codes(_m("x", "190", gunmen, a, day, BANGASSOU), _m("y", "190", gunmen, b, day, BANGASSOU)), (a, b)
    # a state's civilians, another body, or a statement: no such reading
    assert compare_codes(_m("x", "190", gunmen, mission, day), _m("y", "190", gunmen, _actor("villagers", "ZMB", "CVL"), day)) is None
    assert compare_codes(_m("x", "190", gunmen, mission, day), _m("y", "190", gunmen, _actor("AU troops", "AFR", "MIL"), day)) is None
    assert compare_codes(_m("x", "111", None, mission, day), _m("y", "111", None, zambian, day)) is None
    # one sentence: "Gunmen ambushed UN peacekeepers, killing a Zambian soldier" is one attack, not two parties' acts
    sentence = "Gunmen ambushed United Nations peacekeepers on Friday, killing a Zambian soldier."
    ambushed = _m("wire", "190", gunmen, un_troops, day, BANGASSOU, sentence)
    killing = _m("wire", "190", gunmen, zambian, day, BANGASSOU, sentence, idx=1)
    assert len(cluster([ambushed, killing])) == 1


# ------------------------------------------------------------------------------------ releases

def test_the_target_of_a_release_is_whom_it_frees_or_whom_they_are_handed_to():
    from lapwing.store.evidence import compare_codes

    eln = _actor("the ELN", "COL", "REB", ("eln",))
    soldiers = _actor("six soldiers", "COL", "MIL")
    church = _actor("a commission of the Catholic Church", None, "REL")
    freed = _m("wire", "0841", eln, soldiers, "2026-03-08", SARAVENA)
    handed = _m("local", "0842", _actor("the guerrilla group", None, "REB"), church, "2026-03-08", SARAVENA)
    assert compare_codes(freed, handed) is not None
    # another country's people, another group, or an arrest of soldiers and of clergy: apart
    assert compare_codes(freed, _m("x", "0841", eln, _actor("Venezuelan troops", "VEN", "MIL"), "2026-03-08")) is None
    assert compare_codes(freed, _m("x", "0841", _actor("FARC dissidents", "COL", "REB", ("farc",)), church,
                                   "2026-03-08")) is None
    assert compare_codes(_m("a", "173", None, soldiers, "2026-03-08"), _m("b", "173", None, church, "2026-03-08")) is None
