"""The twenty-second round's clustering rules (issue #11: happenings reported by four or more articles), on mentions
built by hand (no model), each checked both ways: mentions that join, and ones that must stay apart.

A square or a street named after a town ("the Plaza Bolivar in Caracas") is no town: it tells its country. The West
Bank and the Gaza Strip hold their governorates (the gazetteer files Nablus the city under "West Bank", Nablus the
governorate as a division of its own). An exchange of prisoners is symmetric: either side may be the source. An
international body acts through its members' ministers, its dateline is its seat's, and sanctions fall on one state's
officials, judges or security officers alike. An act of force is also blocked under the country where it happened, so
that reports told from the two sides of it are compared. An act a passive relative clause recalls ("..., who was
arrested in Lusaka at the weekend") happened on the main clause's day or up to three days before. The cluster gold set's figures (part o, written for this
round) are checked in tests/test_happenings.py."""

from __future__ import annotations

from lapwing.schema import Place
from lapwing.store.body_seats import SEATS, with_seats
from lapwing.store.clustering import _countries, candidate_pairs, cluster
from lapwing.store.evidence import compare_codes, place_agreement
from lapwing.store.evidence_actors import _pair_agreement, actor_agreement, exchange
from lapwing.store.mention_places import place_key
from lapwing.store.mentions import PlaceKey, mentions_of
from lapwing.store.wide_regions import HELD_AGREEMENT, held_in
from tests.test_cluster_round19 import _actor, _m, _record

DAY = "2027-10-05"

# ------------------------------------------------------------------------------------ a square named after a town


def _place(text: str, sentence: str, name: str, country: str, lat: float, lon: float, admin1: str) -> Place:
    start = sentence.index(text)
    return Place(text=text, start=start, end=start + len(text), name=name, country=country, lat=lat, lon=lon,
                 kind="city", admin1=admin1)


def test_a_square_or_street_named_after_a_town_is_no_town():
    for text, sentence in [("Plaza Bolivar", "Students gathered in the Plaza Bolivar in Caracas on Monday."),
                           ("Piazza Venezia", "Thousands marched to Piazza Venezia in Rome."),
                           ("Bolivar Avenue", "Police cleared the Bolivar Avenue in Caracas.")]:
        p = _place(text, sentence, "Bolivar", "VEN", 8.1, -63.5, "Bolivar")
        k = place_key(p, sentence)
        assert k is not None and k.kind == "country" and k.lat is None and k.country == "VEN"
    # the town itself, and a town whose name holds no such word, stay towns
    sentence = "Students gathered in Bolivar on Monday."
    k = place_key(_place("Bolivar", sentence, "Bolivar", "VEN", 8.1, -63.5, "Bolivar"), sentence)
    assert k is not None and k.kind == "city" and k.lat == 8.1
    sentence = "Farmers protested in Placetas on Monday."
    k = place_key(_place("Placetas", sentence, "Placetas", "CUB", 22.3, -79.6, "Villa Clara"), sentence)
    assert k is not None and k.kind == "city"


# ------------------------------------------------------------------------------------ the West Bank holds its governorates


def test_the_west_bank_holds_its_governorates():
    city = PlaceKey("Nablus", "PSE", 32.22, 35.26, "city", admin1="West Bank")
    governorate = PlaceKey("Nablus", "PSE", 32.21, 35.28, "admin1", admin1="Nablus")
    assert held_in("PSE", "West Bank", "Nablus") and held_in("PSE", "Gaza Strip", "Khan Yunis")
    assert place_agreement(city, governorate) == HELD_AGREEMENT
    # a town of the Gaza Strip is not in a West Bank governorate, nor a West Bank town in a Gaza one
    gaza_town = PlaceKey("Khan Yunis", "PSE", 31.34, 34.30, "city", admin1="Gaza Strip")
    assert not held_in("PSE", "Gaza Strip", "Nablus") and place_agreement(gaza_town, governorate) is None


# ------------------------------------------------------------------------------------ an exchange of prisoners

RUS, UKR = _actor("Russia", "RUS", None), _actor("Ukraine", "UKR", None)
MOSCOW, KYIV = _actor("Moscow", "RUS", "GOV"), _actor("Kyiv", "UKR", "GOV")


def test_an_exchange_is_told_from_either_side():
    a = _m("wire", "0841", RUS, UKR, DAY, "Russia and Ukraine exchanged 200 prisoners of war on Tuesday.")
    b = _m("brief", "0841", KYIV, MOSCOW, DAY, "Kyiv and Moscow swapped 200 captives each on Tuesday.")
    assert exchange(a, b) and _pair_agreement(a, b) is not None
    assert len(cluster([a, b])) == 1
    # a release that is no exchange keeps its roles: Russia freeing Ukrainians is not Ukraine freeing Russians
    c = _m("wire", "0841", RUS, UKR, DAY, "Russia released 20 Ukrainian civilians on Tuesday.")
    d = _m("brief", "0841", KYIV, MOSCOW, DAY, "Ukraine freed 20 Russian conscripts on Tuesday.")
    assert not exchange(c, d) and _pair_agreement(c, d) is None and len(cluster([c, d])) == 2


# ------------------------------------------------------------------------------------ an international body's sanctions

EU = _actor("the European Union", "EUR", "IGO")
EU_MINISTERS = _actor("EU foreign ministers", "EUR", "GOV")
OFFICIALS = _actor("30 Iranian officials", "IRN", "GOV")
JUDGES = _actor("Iranian judges and prison chiefs", "IRN", "JUD")
BRUSSELS = PlaceKey(None, "BEL", None, None, "country", inferred=True)
IRAN = PlaceKey("Iran", "IRN", 32.0, 53.0, "country")


def test_a_body_acts_through_its_ministers_and_sanctions_fall_on_the_state():
    assert actor_agreement(EU, EU_MINISTERS) == 0.7 and actor_agreement(EU_MINISTERS, EU, force=True) == 0.7
    # the body's own staff or a member state's ministers are not the body's ministers
    assert actor_agreement(EU, _actor("French ministers", "FRA", "GOV")) is None
    assert actor_agreement(_actor("the UN", "UNO", "IGO"), EU_MINISTERS) is None
    # sanctions on officials and on judges of one state: one act; an arrest of officials and of judges: two
    assert actor_agreement(OFFICIALS, JUDGES, force=True, target=True, sanction=True) == 0.4
    assert actor_agreement(OFFICIALS, JUDGES, force=True, target=True) is None
    assert actor_agreement(OFFICIALS, _actor("Iraqi judges", "IRQ", "JUD"), force=True, target=True, sanction=True) is None
    wire = _m("wire", "163", EU, OFFICIALS, DAY, "The European Union imposed sanctions on 30 Iranian officials on Monday.",
              place=BRUSSELS)
    later = _m("daily", "163", EU_MINISTERS, JUDGES, DAY, "EU foreign ministers blacklisted Iranian judges and prison "
               "chiefs on Monday.", place=IRAN)
    assert compare_codes(wire, later) is not None and len(cluster([wire, later])) == 1
    # an arrest of officials and one of judges the same day stay apart
    arrest = _m("wire", "173", _actor("police", "IRN", "COP"), OFFICIALS, DAY, "Police arrested 30 officials.")
    arrest2 = _m("daily", "173", _actor("police", "IRN", "COP"), JUDGES, DAY, "Police arrested judges.")
    assert compare_codes(arrest, arrest2) is None


def test_a_body_files_from_its_seat():
    assert with_seats(frozenset({"EUR", "IRN"})) == frozenset({"EUR", "IRN", "BEL"})
    assert with_seats(frozenset({"FRA", "IRN"})) == frozenset({"FRA", "IRN"}) and "BEL" in SEATS["NAT"]
    # a Brussels dateline and the sanctioned country: no contradiction when the EU acts; a third country's does
    assert place_agreement(BRUSSELS, IRAN, with_seats(frozenset({"EUR", "IRN"}))) == 0.0
    assert place_agreement(BRUSSELS, IRAN, frozenset({"USA", "IRN"})) is None


# ------------------------------------------------------------------------------------ force blocked where it happened

MACOMIA = PlaceKey("Macomia", "MOZ", -11.95, 40.14, "city", admin1="Cabo Delgado")


def test_force_is_also_blocked_where_it_happened():
    defenders = _m("army", "190", _actor("Rwandan forces", "RWA", "MIL"), _actor("terrorists", None, "INS"), DAY,
                   "Rwandan forces repelled an attack by terrorists on Macomia on Saturday.", place=MACOMIA)
    attackers = _m("wire", "190", _actor("Islamist insurgents", "MOZ", "INS"), None, DAY,
                   "Islamist insurgents attacked the town of Macomia on Saturday.", place=MACOMIA)
    assert _countries(defenders) == ["MOZ", "RWA"] and (0, 1) in candidate_pairs([defenders, attackers])
    assert len(cluster([defenders, attackers])) == 1
    # a protest is blocked by its actors alone (a crowd is of the country it marches in), and so is a setting
    crowd = _m("wire", "141", _actor("Ukrainian farmers", "UKR", "AGR"), None, DAY, "Farmers marched in Warsaw.",
               place=PlaceKey("Warsaw", "POL", 52.2, 21.0, "city", admin1="Mazowieckie"))
    assert _countries(crowd) == ["UKR"]
    set_in = _m("wire", "190", _actor("Rwandan forces", "RWA", "MIL"), None, DAY, "Troops attacked a camp.",
                place=PlaceKey("Macomia", "MOZ", -11.95, 40.14, "city", inferred=True))
    assert _countries(set_in) == ["RWA"]
    # another country's attack the same day, elsewhere, is compared but stays apart
    other = _m("wire", "190", _actor("Islamist insurgents", "MOZ", "INS"), None, DAY,
               "Islamist insurgents attacked the town of Mocimboa on Saturday.",
               place=PlaceKey("Mocimboa da Praia", "MOZ", -11.35, 40.35, "city", admin1="Cabo Delgado"))
    assert len(cluster([defenders, other])) == 2


# ------------------------------------------------------------------------------------ an act a relative clause recalls

POLICE = _actor("Zambian police", "ZMB", "COP")


def test_an_act_a_relative_clause_recalls_happened_before_the_main_clauses_day():
    text = "A press freedom group on Monday demanded the release of Chanda Phiri, who was arrested in Lusaka at the weekend."
    (recalled,) = mentions_of(_record("rights", text, "173", "arrested", None, ("Chanda Phiri", "ZMB", "MED", "name",
                                                                                  "person"), day="2027-10-04"))
    assert (recalled.day_from.isoformat(), recalled.day_to.isoformat(), recalled.precise) == (
        "2027-10-01", "2027-10-04", False)
    first = _m("wire", "173", POLICE, _actor("Chanda Phiri", "ZMB", "MED"), "2027-10-02",
               "Zambian police arrested journalist Chanda Phiri in Lusaka on Saturday.")
    assert compare_codes(first, recalled) is not None
    # the clause names a day of its own: that day stands, and another day is another arrest
    own = text.replace("at the weekend", "on Sunday")
    (dated,) = mentions_of(_record("rights", own, "173", "arrested", None, ("Chanda Phiri", "ZMB", "MED", "name",
                                                                             "person"), day="2027-10-04"))
    assert dated.precise and dated.day_from == dated.day_to
    # an arrest told in the main clause keeps its day
    main = "Police on Monday arrested Chanda Phiri, who had criticised the minister."
    (told,) = mentions_of(_record("rights", main, "173", "arrested", ("Police", None, "COP", "agent"), None,
                                  day="2027-10-04"))
    assert told.precise and told.day_from.isoformat() == "2027-10-04"
