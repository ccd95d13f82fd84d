"""Breadth of reduced relations and economic pressure said in plain words (round 60, issue 10 item 1).

CAMEO 16x (trade, flights, ties, aid, cooperation and talks cut, suspended, halted, frozen, severed or stopped;
diplomats expelled or recalled), 17x-style economic coercion coded 163 (tariffs imposed, raised, hiked or
doubled; embargoes, boycotts, asset freezes) and their cooperative counterparts (resumed trade, flights, ties,
talks, aid), in varied phrasings: verbs, nominal events ("the suspension of trade with"), passives, "by" +
gerund, adverbs and time words before the verb. A trade or flight cut is 160, a ban on trade 163 (as
`cut_cooperation` and `ban_imports` code them). Each positive gives the stated code with the stated source and
target country ("" = target not checked). Negatives are market, airline, weather, sport and business uses of the
same words: no event of roots 16 or 17, and no 06 event. All sentences were written for Lapwing."""

from __future__ import annotations

import pytest

from lapwing.schema import Article

# (sentence, CAMEO code, source country, target country)
POSITIVE = [
    ('India suspended trade with Pakistan.', '160', 'IND', 'PAK'),
    ('Turkey cut trade with Israel on Thursday.', '160', 'TUR', 'ISR'),
    ('Morocco halted all trade with Algeria.', '160', 'MAR', 'DZA'),
    ('The Ukrainian government banned trade with Russia.', '163', 'UKR', 'RUS'),
    ('Lithuania has frozen trade with Belarus.', '160', 'LTU', 'BLR'),
    ('China stopped trade with Lithuania last month.', '160', 'CHN', 'LTU'),
    ('Trade with Qatar was suspended by Saudi Arabia.', '160', 'SAU', 'QAT'),
    ('Kenya announced the suspension of trade with Somalia.', '160', 'KEN', 'SOM'),
    ('The Colombian government severed trade with Venezuela.', '160', 'COL', 'VEN'),
    ('Pakistan on Friday suspended bilateral trade with India.', '160', 'PAK', 'IND'),
    ('Ghana abruptly halted its trade with Togo.', '160', 'GHA', 'TGO'),
    ('The EU retaliated by announcing higher tariffs on US steel.', '163', 'EUR', 'USA'),
    ('China raised tariffs on Australian barley.', '163', 'CHN', 'AUS'),
    ('Canada slapped tariffs on American steel.', '163', 'CAN', 'USA'),
    ('India imposed higher duties on Chinese solar panels.', '163', 'IND', 'CHN'),
    ('Mexico retaliated by announcing tariffs on American pork.', '163', 'MEX', 'USA'),
    ('The Chinese government announced sanctions on Monday against two American firms.', '163', 'CHN', 'USA'),
    ('Japan hiked tariffs on South Korean chemicals.', '163', 'JPN', 'KOR'),
    ('The United States increased tariffs on Chinese goods.', '163', 'USA', 'CHN'),
    ('Brazil levied tariffs on Argentine wheat.', '163', 'BRA', 'ARG'),
    ('Turkey doubled its tariffs on American cars.', '163', 'TUR', 'USA'),
    ('The Indian government announced new tariffs on Chinese electronics.', '163', 'IND', 'CHN'),
    ('The Arab states imposed an embargo on Qatar.', '163', 'ARL', 'QAT'),
    ('Turkey boycotted French products.', '163', 'TUR', 'FRA'),
    ('Russia placed an embargo on Georgian wine.', '163', 'RUS', 'GEO'),
    ('The United States imposed an arms embargo on South Sudan.', '163', 'USA', 'SSD'),
    ('Saudi Arabia slapped sanctions on Canada.', '163', 'SAU', 'CAN'),
    ('Britain announced sanctions against Russian banks.', '163', 'GBR', 'RUS'),
    ('Switzerland froze Russian assets.', '163', 'CHE', 'RUS'),
    ('The British government froze the assets of Libyan officials.', '163', 'GBR', 'LBY'),
    ('Iran seized a British tanker in the Strait of Hormuz.', '1711', 'IRN', 'GBR'),
    ('The severing of ties with Taiwan was announced by Honduras.', '161', 'HND', 'TWN'),
    ('The Nicaraguan government announced the severance of its ties with Taiwan.', '161', 'NIC', 'TWN'),
    ('The Malian junta announced the suspension of flights to France.', '160', 'MLI', 'FRA'),
    ('South Korea retaliated by announcing tariffs on Japanese steel.', '163', 'KOR', 'JPN'),
    ('Beijing on Tuesday sharply raised its duties on Canadian canola.', '163', 'CHN', 'CAN'),
    ('Tariffs on Mexican tomatoes were raised by the United States.', '163', 'USA', 'MEX'),
    ('The Australian government tripled tariffs on Russian imports.', '163', 'AUS', 'RUS'),
    ('Russia suspended flights to Georgia.', '160', 'RUS', 'GEO'),
    ('Pakistan closed its airspace to Indian airlines.', '163', 'PAK', 'IND'),  # round 61: a ban, not a blockade
    ('China halted flights to Taiwan.', '160', 'CHN', 'TWN'),
    ('Morocco suspended all flights to and from Algeria.', '160', 'MAR', 'DZA'),
    ('Flights to Qatar were suspended by the United Arab Emirates.', '160', 'ARE', 'QAT'),
    ('Niger cut diplomatic relations with France.', '161', 'NER', 'FRA'),
    ('Bolivia broke off diplomatic ties with Israel on Tuesday.', '161', 'BOL', 'ISR'),
    ('Diplomatic ties with Iran were severed by Saudi Arabia.', '161', 'SAU', 'IRN'),
    ('Honduras announced the severing of ties with Taiwan.', '161', 'HND', 'TWN'),
    ('Venezuela announced it was breaking off relations with Colombia.', '161', 'VEN', 'COL'),
    ('Algeria suspended diplomatic relations with Morocco.', '161', 'DZA', 'MAR'),
    ('Chad has cut off relations with Sudan.', '161', 'TCD', 'SDN'),
    ('Germany expelled four Russian diplomats.', '161', 'DEU', 'RUS'),
    ('Russia ordered ten Polish diplomats to leave the country.', '161', 'RUS', 'POL'),
    ('Australia recalled its ambassador to China.', '161', 'AUS', 'CHN'),
    ('Israel withdrew its embassy staff from Turkey.', '166', 'ISR', 'TUR'),
    ('Two Czech diplomats were expelled by Russia.', '161', 'RUS', 'CZE'),
    ('France announced the expulsion of Iranian diplomats.', '161', 'FRA', 'IRN'),
    ('Sweden suspended development aid to Mali.', '1621', 'SWE', 'MLI'),
    ('The United States halted military cooperation with Niger.', '1622', 'USA', 'NER'),
    ('Germany suspended cooperation with Burkina Faso.', '160', 'DEU', 'BFA'),
    ('France ended its military cooperation with Mali.', '1622', 'FRA', 'MLI'),
    ('Aid to Ethiopia was suspended by the European Union.', '162', 'EUR', 'ETH'),
    ('The European Union has cut its funding to Niger.', '1621', 'EUR', 'NER'),
    ('Israel broke off negotiations with Hamas.', '164', 'ISR', 'PSE'),
    ('Egypt walked out of the talks with Ethiopia.', '164', 'EGY', ''),
    ('Talks with Iran were suspended by the United States.', '164', 'USA', 'IRN'),
    ('Colombia called off the peace talks with the ELN.', '164', 'COL', 'COL'),
    ('India suspended dialogue with Pakistan.', '164', 'IND', 'PAK'),
    ('India resumed trade with Pakistan.', '061', 'IND', 'PAK'),
    ('Turkey and Armenia restored diplomatic relations.', '050', 'TUR', 'ARM'),
    ('Saudi Arabia restored diplomatic ties with Iran.', '050', 'SAU', 'IRN'),
    ('Russia resumed flights to Georgia.', '061', 'RUS', 'GEO'),
    ('Morocco reopened its embassy in Israel.', '050', 'MAR', 'ISR'),
    ('Qatar and Egypt resumed diplomatic relations.', '050', 'QAT', 'EGY'),
    ('Ethiopia resumed talks with Egypt.', '040', 'ETH', 'EGY'),
    ('Trade with Belarus was resumed by Lithuania.', '061', 'LTU', 'BLR'),
    ('The United States lifted tariffs on Canadian steel.', '085', 'USA', 'CAN'),
    ('Britain lifted the arms embargo on Argentina.', '085', 'GBR', 'ARG'),
    ('China lifted its ban on Japanese seafood.', '085', 'CHN', 'JPN'),  # a ban on goods eased: 085 (round pr76)
    ('Kenya reopened its border with Somalia.', '086', 'KEN', 'SOM'),
    ('Sweden resumed aid to Mali.', '070', 'SWE', 'MLI'),
    ('The European Union restored funding to Niger.', '071', 'EUR', 'NER'),
    ('Japan resumed trade with China.', '061', 'JPN', 'CHN'),
    ('Israel normalised relations with Morocco.', '050', 'ISR', 'MAR'),
    ('Germany resumed military cooperation with Niger.', '050', 'DEU', 'NER'),
    ('Bolivia reestablished diplomatic ties with Israel.', '050', 'BOL', 'ISR'),
    ('Algeria reopened its airspace to Moroccan planes.', '086', 'DZA', 'MAR'),
]

NEGATIVE = [
    'Shares of the bank suspended trading on Monday.',
    'The airline suspended flights for maintenance.',
    'The stock exchange halted trading after the crash.',
    'The storm halted flights at Heathrow.',
    'Snow cut power to thousands of homes.',
    'The referee suspended the match because of rain.',
    'The club cut ties with its sponsor.',
    'The coach broke off talks with the football club.',
    'The singer cut ties with her record label.',
    'Airlines resumed flights after the volcanic eruption.',
    'The company froze hiring for the summer.',
    'Fog suspended flights at the airport.',
    'The supermarket chain boycotted the dairy supplier.',
    'The football club expelled two fans from the stadium.',
    'The school suspended three students.',
    "Trading in the company's shares was suspended.",
    'The retailer raised prices on coffee.',
    'The bakery raised prices on bread.',
    'The council increased duties on the night shift.',
    'The airline announced new fees on checked luggage.',
    'The regulator halted trading in the shares.',
    'The company stopped trading with the supplier.',
    'The band broke off its tour of Japan.',
    'The storm cut trade on the river for a week.',
]


def _events(pipe, text):
    return pipe.analyse(Article(id="t", text=text, published="2024-05-01")).events


@pytest.mark.parametrize("text,code,src,tgt", POSITIVE)
def test_pressure_phrasing_coded(pipe, text, code, src, tgt):
    evs = _events(pipe, text)
    hits = [e for e in evs if e.cameo == code and e.source is not None and e.source.country == src
            and (not tgt or (e.target is not None and e.target.country == tgt))]
    got = [(e.cameo, e.rule, e.source and e.source.country, e.target and e.target.country) for e in evs]
    assert hits, f"{text!r}: expected {code} {src}->{tgt}, got {got}"


@pytest.mark.parametrize("text", NEGATIVE)
def test_pressure_control_not_coded(pipe, text):
    evs = [e for e in _events(pipe, text)
           if e.cameo and (e.cameo[:2] in ("16", "17") or e.cameo.startswith("06"))]
    got = [(e.cameo, e.rule) for e in evs]
    assert not evs, f"{text!r} must not be coded as reduced relations or coercion, got {got}"
