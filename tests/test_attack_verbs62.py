"""Round ak62 (session 32): attack verbs of wire news that coded nothing. Sentences written for this round.

* a weapon as the subject of hit / strike / rock ("a car bomb struck a checkpoint" 1832, "a roadside bomb struck a
  patrol" 1833, "a bomb hit a bus", "explosions rocked the capital" 183), not a gas blast or a mining charge;
* a drone that slams into a building (1952);
* a state that hits / strikes / targets / pounds with drones (1952) or missiles (195), its with-phrase on the verb
  or hung on the object; a state that hits / strikes / targets a military site or an armed foe (190), not a
  weapon-bearing subject already coded by its own pattern (``f_hit_drone``), and not a deal, a post or a record;
* a crowd that hits / strikes policemen (145, as its stone-throwing);
* authorities that shut a newspaper or channel (1721) or shut / close an NGO or party (1722) without "down";
* "hit back ... with tariffs" (163) and "punished X by banning ..." (163).
"""

from __future__ import annotations

import pytest

from event_helpers import events, show

CLAIMED = ("asserted", "attributed", "future")

POSITIVE = [
    # weapons as subjects
    ("A roadside bomb struck a military convoy in northern Mali on Monday.", "1833", None, "MLI"),
    ("A roadside bomb struck a police patrol in Kandahar province.", "1833", None, None),
    ("A suicide car bomb struck a hotel in the Somali capital.", "1832", None, None),
    ("A car bomb struck an army checkpoint in Mosul on Monday.", "1832", None, "IRQ"),
    ("a car bomb struck a police station in the city of quetta.", "1832", None, None),
    ("A bomb struck a bus carrying soldiers near Damascus.", "183", None, "SYR"),
    ("A bomb hit a bus carrying soldiers.", "183", None, None),
    ("Two explosions rocked the Syrian capital Damascus on Thursday.", "183", None, "SYR"),
    ("Bombs rocked three churches in Colombo on Easter Sunday.", "183", None, "LKA"),
    ("An explosion rocked a police station in Quetta on Friday.", "183", None, None),
    ("Several blasts rocked the Somali capital on Saturday.", "183", None, "SOM"),
    ("A suicide car bomb rocked a hotel in Kabul.", "1832", None, "AFG"),
    ("A drone slammed into an apartment block in Moscow on Sunday.", "1952", None, "RUS"),
    ("A drone slammed into a tower block in Kyiv on Tuesday.", "1952", None, "UKR"),
    # states with drones / missiles
    ("Ukraine hit an oil terminal in southern Russia with drones, officials said.", "1952", "UKR", "RUS"),
    ("Ukraine hit Russian fuel depots with drones overnight, officials said.", "1952", "UKR", "RUS"),
    ("ukraine hit a russian air base with drones overnight.", "1952", "UKR", "RUS"),
    ("Ukrainian forces hit a Russian ammunition depot with drones on Tuesday.", "1952", "UKR", "RUS"),
    ("Ukraine struck a Russian ammunition depot with drones on Tuesday.", "1952", "UKR", "RUS"),
    ("Israel struck Hezbollah positions with drones on Sunday.", "1952", "ISR", "LBN"),
    ("Russia targeted Ukrainian cities with drones on Monday.", "1952", "RUS", "UKR"),
    ("Turkey targeted Kurdish fighters in Syria with drones.", "1952", "TUR", None),
    ("Israeli forces targeted a car in southern Lebanon with a drone strike.", "1952", "ISR", "LBN"),
    ("Russia struck a power station in Kharkiv with missiles on Friday.", "195", "RUS", None),
    ("Russia hit Ukrainian ports with missiles on Tuesday.", "195", "RUS", "UKR"),
    ("russia hit ukrainian ports with missiles on tuesday.", "195", "RUS", "UKR"),
    ("Iran targeted American bases in Iraq with ballistic missiles.", "195", "IRN", "USA"),
    ("Russia pounded Ukrainian cities with missiles and drones overnight.", "19", "RUS", "UKR"),
    # states and armed groups on military sites and foes
    ("Turkey hit Kurdish militant positions in northern Iraq on Sunday.", "190", "TUR", None),
    ("Pakistan hit militant camps in Afghanistan on Saturday.", "190", "PAK", None),
    ("India struck nine sites in Pakistan early on Wednesday.", "190", "IND", "PAK"),
    ("Iran struck militant bases in Iraq, state media said.", "190", "IRN", "IRQ"),
    ("Pakistan struck militant hideouts in Afghanistan, the army said.", "190", "PAK", "AFG"),
    ("Azerbaijan struck Armenian positions near the border.", "190", "AZE", "ARM"),
    ("Israel targeted a Hezbollah commander in Beirut on Tuesday.", "190", "ISR", "LBN"),
    ("Israel targeted a Hamas commander in Gaza on Friday.", "190", "ISR", "PSE"),
    ("israel targeted a hamas commander in gaza on friday.", "190", "ISR", "PSE"),
    ("The Houthis targeted a British cargo ship in the Red Sea.", "190", "YEM", None),
    ("Houthi rebels on Monday targeted an oil tanker in the Gulf of Aden.", "190", "YEM", None),
    ("Al-Shabaab fighters struck an army base in southern Somalia.", "190", "SOM", "SOM"),
    ("Taliban militants struck a police checkpoint in Kunduz on Tuesday.", "190", "AFG", "AFG"),
    ("North Korean artillery hit a South Korean island.", "190", "PRK", "KOR"),
    ("Ukrainian drones hit an oil refinery in Ryazan, the regional governor said.", "1952", "UKR", None),
    ("Officials said Russian missiles struck a hospital in Dnipro on Monday.", "190", "RUS", "UKR"),
    ("Israeli warplanes pounded the Gaza Strip overnight.", "195", "ISR", "PSE"),
    # crowds and police
    ("Protesters hurled stones and hit three policemen in Nairobi.", "145", "KEN", "KEN"),
    ("Demonstrators threw rocks and struck two officers outside the parliament.", "145", None, None),
    ("Rioters hit police officers with iron bars in Dhaka.", "145", "BGD", "BGD"),
    ("Students hit riot police with stones outside the university.", "145", None, None),
    ("Rioters struck police officers with sticks in Karachi.", "145", None, None),
    # fire and storming
    ("Gunmen stormed a hotel in Mogadishu on Friday night.", "190", "SOM", "SOM"),
    ("Jihadists stormed a military camp in Burkina Faso on Saturday.", "190", "BFA", "BFA"),
    ("Islamist fighters set fire to a church in Kaduna.", "1712", None, "NGA"),
    ("Settlers set Palestinian cars on fire in the West Bank.", "1712", None, "PSE"),
    # shutting media and NGOs
    ("Authorities shut three newspapers in Algeria.", "1721", "DZA", "DZA"),
    ("Authorities in Hong Kong shut the pro-democracy newspaper Apple Daily.", "1721", "HKG", "HKG"),
    ("The Egyptian authorities shut an independent newspaper on Sunday.", "1721", "EGY", None),
    ("The Turkish government shut three opposition television channels.", "1721", "TUR", None),
    ("The Belarusian government shut two Polish-language newspapers.", "1721", "BLR", None),
    ("The government shut two opposition newspapers on Monday.", "1721", None, None),
    ("The Nicaraguan government closed dozens of NGOs on Thursday.", "1722", "NIC", None),
    ("The Indian government closed three foreign charities on Monday.", "1722", "IND", None),
    ("Authorities in Moscow closed an opposition party on Friday.", "1722", "RUS", "RUS"),
    # hitting back, punishing
    ("China hit back at the United States with tariffs on soybeans.", "163", "CHN", "USA"),
    ("China hit back at Canada with tariffs on canola.", "163", "CHN", "CAN"),
    ("The European Union hit back at Washington with duties on steel.", "163", None, "USA"),
    ("Russia punished Georgia by banning its wine.", "163", "RUS", "GEO"),
    ("Moscow punished Moldova by banning its fruit.", "163", "RUS", "MDA"),
    ("Beijing hit back by sanctioning American defence firms.", "163", "CHN", "USA"),
]


@pytest.mark.parametrize("text, code, country, tcountry", POSITIVE)
def test_attack_verb_codes(pipe, text, code, country, tcountry):
    evs = [e for e in events(pipe, text) if e.status in CLAIMED]
    ok = [e for e in evs if e.cameo.startswith(code)
          and (country is None or (e.source is not None and e.source.country == country))
          and (tcountry is None or (e.target is not None and e.target.country == tcountry))]
    assert ok, show(evs)


NEGATIVE = [
    "A powerful storm hit the coast of Florida on Sunday.",
    "An earthquake struck central Turkey on Monday.",
    "A magnitude 6 earthquake rocked the Indonesian island of Java.",
    "Inflation hit a record high in Argentina.",
    "Floods hit southern Brazil last week.",
    "The typhoon pounded the Philippines with heavy rain.",
    "Heavy rain pounded the city for three days.",
    "He hit a home run in the ninth inning.",
    "The striker hit the post twice in the second half.",
    "India hit the post twice in the second half.",
    "France struck the post late in the game.",
    "The two companies struck an agreement on prices.",
    "The song hit number one in Britain.",
    "A pedestrian was hit by a car in Lyon.",
    "A cyclist was struck by a bus on Monday.",
    "The firm was accused of targeted advertising.",
    "The company targeted young voters with its campaign.",
    "The scandal rocked the government in Rome.",
    "The news rocked financial markets on Friday.",
    "Lightning struck a house in Texas.",
    "A wildfire torched thousands of acres in California.",
    "The fans stormed the pitch after the final whistle.",
    "The factory shut for the holidays.",
    "Shops shut early on Christmas Eve.",
    "The company shut three factories in Germany.",
    "The pandemic hit the economy hard.",
    "The plane hit turbulence over the Atlantic.",
    "The team hit back with two goals in the second half.",
    "The actress hit back at critics on Instagram.",
    "The bank targeted inflation of two percent.",
    "France hit its deficit target last year.",
    "A gas explosion rocked an apartment block in Lyon.",
    "The teacher punished the pupils by banning phones.",
    "The airline hit back at critics with a statement.",
    "The mining company shut two quarries in Wales.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_non_attack_codes_no_force(pipe, text):
    evs = [e for e in events(pipe, text) if e.status in CLAIMED]
    bad = [e for e in evs if e.cameo[:2] in ("14", "16", "17", "18", "19", "20")]
    assert not bad, show(evs)


def test_struck_deal_is_agreement_not_attack(pipe):
    evs = [e for e in events(pipe, "Turkey struck a deal with Sweden on Tuesday.") if e.status in CLAIMED]
    assert any(e.cameo == "057" for e in evs) and not any(e.cameo.startswith(("18", "19")) for e in evs), show(evs)
