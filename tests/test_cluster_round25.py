"""The twenty-fifth round's clustering rules (issue #11: one event per happening, happenings of four reports or
more), on mentions built by hand (no model), each checked both ways: mentions that join, and ones that must stay
apart. The round read the splits of the development parts' widely reported happenings and fixed the store-side
ones (see docs/events-across-articles.md, twenty-fifth round)."""

from __future__ import annotations

from lapwing.store.clustering import cluster
from lapwing.store.evidence import compare, compare_codes
from lapwing.store.evidence_actors import actor_agreement
from lapwing.store.mentions import ActorKey, PlaceKey
from tests.test_cluster_round19 import _m

DAY = "2027-12-13"
GAO = PlaceKey("Gao", "MLI", 16.27, -0.04, "city", admin1="Gao")


def _named(text: str, country: str, sector: str, *names: str) -> ActorKey:
    return ActorKey(text, country, sector, frozenset(names))


# ------------------------------------------------------------------------------------ a body and its organ

def test_a_body_named_bare_and_its_named_agency_are_one_actor():
    un = _named("UN", "UNO", "IGO", "un")
    agency = _named("The World Food Programme", "UNO", "IGO", "world", "food", "programme")
    assert actor_agreement(un, agency) == 0.7
    assert actor_agreement(agency, un) == 0.7
    full = _named("The United Nations", "UNO", "IGO", "united", "nations")
    refugees = _named("the refugee agency UNHCR", "UNO", "IGO", "unhcr")
    assert actor_agreement(full, refugees) == 0.7
    brief = _m("brief", "073", un, None, DAY, "UN flies food aid into besieged Gao.", place=GAO)
    wire = _m("wire", "073", agency, None, DAY, "The World Food Programme airlifted food into Gao on Monday.",
              place=GAO)
    pair = compare(brief, wire)
    assert pair is not None and pair.evidence >= 0.45
    assert len(cluster([brief, wire])) == 1


def test_two_named_organs_two_bodies_and_two_countries_stay_apart():
    agency = _named("The World Food Programme", "UNO", "IGO", "world", "food", "programme")
    children = _named("UNICEF", "UNO", "IGO", "unicef")
    assert actor_agreement(agency, children) is None  # two agencies: neither is the body's bare name
    eu = _named("the EU", "EUR", "IGO", "eu")
    assert actor_agreement(eu, agency) is None  # another body
    # a state is no body: two named ministries of one country keep their names
    assert actor_agreement(_named("Mali", "MLI", "GOV", "mali"),
                           _named("the Red Cross", "MLI", "GOV", "red", "cross")) is None
    wfp = _m("wire", "073", agency, None, DAY, "The World Food Programme airlifted food into Gao on Monday.",
             place=GAO)
    unicef = _m("radio", "073", children, None, DAY, "UNICEF flew vaccines into Gao on Monday.", place=GAO)
    assert compare(wfp, unicef) is None


# ------------------------------------------------------------------------------------ the partner's country

CHISINAU = PlaceKey("Chisinau", "MDA", 47.01, 28.86, "city", admin1="Chisinau")
ROMANIA = PlaceKey("Romania", "ROU", 46.0, 25.0, "country")


def test_a_country_named_as_the_partner_of_a_deal_does_not_contradict_the_city_it_was_signed_in():
    wire = _m("wire", "057", _named("Moldova", "MDA", "GOV"), _named("Romania", "ROU", "GOV"), DAY,
              "Moldova and Romania signed a power line agreement in Chisinau on Monday.", place=CHISINAU)
    later = _m("courier", "057", _named("the government", "MDA", "GOV"), _named("Romania", "ROU", "GOV"), DAY,
               "Lawmakers ratified the agreement the government signed with Romania on Monday.", place=ROMANIA)
    pair = compare(wire, later)
    assert pair is not None and pair.parts["place"] == 0.0
    assert compare(later, wire) is not None


def test_a_visit_and_an_act_of_force_keep_the_country_they_name():
    meet = _m("wire", "040", _named("Moldova", "MDA", "GOV"), _named("Romania", "ROU", "GOV"), DAY,
              "Moldova's president met Romania's president in Chisinau on Monday.", place=CHISINAU)
    visit = _m("courier", "042", _named("the president", "MDA", "GOV"), _named("Romania", "ROU", "GOV"), DAY,
               "The president paid a state visit to Romania on Monday.", place=ROMANIA)
    assert compare(meet, visit) is None
    strike = _m("wire", "190", _named("Moldovan troops", "MDA", "MIL"), _named("Romanian troops", "ROU", "MIL"), DAY,
                "Moldovan troops fired on Romanian troops near Chisinau on Monday.", place=CHISINAU)
    other = _m("radio", "190", _named("Moldovan troops", "MDA", "MIL"), _named("Romania", "ROU", "MIL"), DAY,
               "Moldovan troops shelled Romania on Monday.", place=ROMANIA)
    assert compare(strike, other) is None
    # a country of no party of the deal's own actors is no partner
    deal = _m("daily", "057", _named("the government", "MDA", "GOV"), None, DAY,
              "The government signed a gas agreement in Romania on Monday.", place=ROMANIA)
    assert compare(wire_deal(), deal) is None


def wire_deal():
    return _m("wire", "057", _named("Moldova", "MDA", "GOV"), _named("Ukraine", "UKR", "GOV"), DAY,
              "Moldova and Ukraine signed a gas agreement in Chisinau on Monday.", place=CHISINAU)


# ------------------------------------------------------------------------------------ what a statement is about

MOPTI = PlaceKey("Mopti", "MLI", 14.49, -4.20, "city", admin1="Mopti")
BAMAKO_SETTING = PlaceKey("Bamako", "MLI", 12.65, -8.00, "city", admin1="Bamako", inferred=True)  # 450 km away


def test_a_place_a_rejection_is_about_does_not_contradict_where_another_report_is_set():
    veto = _m("wire", "129", _named("Russia", "RUS", "GOV"), None, DAY,
              "Russia vetoed a draft resolution on Tuesday on the killing of civilians near Mopti.", place=MOPTI)
    praise = _m("echo", "120", _named("Russia", "RUS", "GOV"), None, DAY,
                "The government praised Russia for rejecting the resolution.", place=BAMAKO_SETTING)
    pair = compare(veto, praise)
    assert pair is not None and pair.parts["place"] == 0.0


def test_a_deal_in_a_third_country_and_an_act_of_force_keep_their_place():
    havana = PlaceKey("Havana", "CUB", 23.13, -82.38, "city", admin1="La Habana")
    truce = _m("wire", "057", _named("the guerrillas", "COL", "REB"), None, DAY,
               "The guerrillas signed a truce in Havana on Sunday.", place=havana)
    elsewhere = _m("radio", "057", _named("the guerrillas", "COL", "REB"), None, DAY,
                   "The guerrillas signed a truce in Mopti on Sunday.", place=MOPTI)
    assert compare(truce, elsewhere) is None
    raid = _m("wire", "190", _named("Russian mercenaries", "RUS", "MIL"), None, DAY,
              "Russian mercenaries raided a village near Mopti on Tuesday.", place=MOPTI)
    other = _m("echo", "190", _named("Russian mercenaries", "RUS", "MIL"), None, DAY,
               "Russian mercenaries raided a village on Tuesday.", place=BAMAKO_SETTING)
    assert compare(raid, other) is None


# ------------------------------------------------------------------------------------ a dateline ashore

CAPITAL_SETTING = PlaceKey("Montevideo", "URY", -34.90, -56.19, "city", admin1="Montevideo", inferred=True)
ROCHA = PlaceKey("Rocha", "URY", -34.0, -54.0, "admin1", admin1="Rocha")  # the coastal department, 200 km away


def test_a_dateline_ashore_does_not_contradict_where_a_vessel_was_seized():
    navy = _named("the navy", "URY", "MIL")
    coast = _m("wire", "1711", navy, None, DAY,
               "The navy seized a foreign trawler fishing off the coast of Rocha on Wednesday.", place=ROCHA)
    capital = _m("press", "1711", navy, None, DAY,
                 "The embassy demanded the release of the crew of the fishing vessel seized by the navy on Wednesday.",
                 place=CAPITAL_SETTING)
    pair = compare(coast, capital)
    assert pair is not None and pair.parts["place"] == 0.0


def test_a_dateline_still_places_an_arrest_ashore_and_drills_at_sea():
    police = _named("the police", "URY", "COP")
    coast = _m("wire", "173", police, None, DAY, "Police arrested six smugglers in Rocha on Wednesday.", place=ROCHA)
    capital = _m("press", "173", police, None, DAY, "Police arrested six smugglers on Wednesday.",
                 place=CAPITAL_SETTING)
    assert compare(coast, capital) is None
    drills = _m("press", "150", navy := _named("the navy", "URY", "MIL"), None, DAY,
                "The navy deployed ten warships and aircraft for drills on Wednesday.", place=CAPITAL_SETTING)
    at_rocha = _m("wire", "150", navy, None, DAY, "The navy held drills with warships off Rocha on Wednesday.",
                  place=ROCHA)
    assert compare(drills, at_rocha) is None


def test_an_organ_of_the_eu_carries_a_word_of_its_name():
    eu = _named("the EU", "EUR", "IGO", "eu")
    assert actor_agreement(eu, _named("the European Commission", "EUR", "IGO", "european", "commission")) == 0.7
    # another body the coder gave the EU's code is not its organ
    assert actor_agreement(eu, _named("the Gulf Cooperation Council", "EUR", "IGO", "gulf", "cooperation",
                                      "council")) is None


# ------------------------------------------------------------------------------------ a truce's uncoded opposition

NAIROBI = PlaceKey("Nairobi", "KEN", -1.29, 36.82, "city", admin1="Nairobi City")


def test_a_truce_with_an_opposition_of_no_coded_country_may_be_the_rebels_truce():
    fighters = _named("SPLM-IO fighters", "SSD", "REB")
    opposition = ActorKey("the armed opposition", None, "OPP", frozenset())
    assert actor_agreement(fighters, opposition, truce=True) == 0.2
    assert actor_agreement(fighters, _named("the opposition", "SSD", "OPP"), truce=True) == 0.4
    rebels = _m("wire", "0871", fighters, None, DAY, "Rebel fighters and the army reached a truce in Nairobi on Friday.",
                place=NAIROBI)
    talks = _m("monitor", "0356", ActorKey("the government", None, "GOV", frozenset()), opposition, DAY,
               "The government and the armed opposition agreed to a cessation of hostilities in Nairobi on Friday.",
               place=NAIROBI)
    assert compare_codes(rebels, talks) is not None  # no contradiction: another report's link may join them
    other = _m("radio", "0356", ActorKey("the government", None, "GOV", frozenset()),
               _named("the opposition", "SDN", "OPP"), DAY, "The government and the opposition agreed to a truce.",
               place=NAIROBI)
    assert compare_codes(rebels, other) is None


def test_an_opposition_of_another_country_or_outside_a_truce_stays_another_actor():
    fighters = _named("SPLM-IO fighters", "SSD", "REB")
    assert actor_agreement(fighters, _named("the opposition", "SDN", "OPP"), truce=True) is None
    assert actor_agreement(fighters, ActorKey("the armed opposition", None, "OPP", frozenset())) is None
