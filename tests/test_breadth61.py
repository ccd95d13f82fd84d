"""Breadth of plain phrasings that gave nothing or lost a party (round 61, issue 10 item 1).

Classes: a talks noun's with-phrase as the target of leaving the talks ("walked out *of the talks with*
Ethiopia", "pulled out of ...", "broke off the negotiations with ...", "rejected an offer *of talks with* ...",
``nounprep:with``); resumed or restarted imports, exports and purchases of a country's goods (061, the goods'
country the target); an ambassador restored to a host country (050); a retaliation its own side announces
("X said it would retaliate / respond forcefully / take countermeasures": 13x); a claim of one's own attack in
a that-clause of "say" ("X said it carried out / was behind the attack": 015, not an accusation); airspace
closed to another country's aircraft (a ban, 163; a sealed border stays 191). The rest are thin CAMEO codes
(fewest pattern lemmas) in varied phrasings, kept as regressions. Each positive gives an event whose code starts
with the stated code, with the stated source and target country ("" = not checked). Controls are sport,
business, weather and figurative uses of the same words, and another's forecast. All sentences were written
for Lapwing."""

from __future__ import annotations

import pytest

from lapwing.schema import Article

POSITIVE = [
    ('Egypt walked out of the talks with Ethiopia.', '164', 'EGY', 'ETH'),
    ('Sudan pulled out of the negotiations with South Sudan on Monday.', '164', 'SDN', 'SSD'),
    ('Colombia withdrew from the peace talks with the ELN.', '164', 'COL', 'COL'),
    ('Kosovo abandoned the dialogue with Serbia.', '164', 'XKX', 'SRB'),
    ('Armenia suspended its negotiations with Azerbaijan.', '164', 'ARM', 'AZE'),
    ('Ethiopia broke off the talks with Egypt over the dam.', '164', 'ETH', 'EGY'),
    ('Japan resumed imports of Chinese seafood.', '061', 'JPN', 'CHN'),
    ('China resumed imports of Australian wine.', '061', 'CHN', 'AUS'),
    ('Russia resumed exports of grain to Egypt.', '061', 'RUS', 'EGY'),
    ('India restarted imports of Iranian oil.', '061', 'IND', 'IRN'),
    ('South Korea resumed purchases of American beef.', '061', 'KOR', 'USA'),
    ('Imports of Brazilian beef were resumed by China.', '061', 'CHN', 'BRA'),
    ('Beijing on Monday resumed imports of Japanese seafood.', '061', 'CHN', 'JPN'),
    ('Turkey returned its ambassador to Israel.', '050', 'TUR', 'ISR'),
    ('Saudi Arabia reinstated its ambassador to Canada.', '050', 'SAU', 'CAN'),
    ('Germany restored its ambassador to Venezuela.', '050', 'DEU', 'VEN'),
    ('France decided to return its ambassador to Algeria.', '050', 'FRA', 'DZA'),
    ('Iran said it would retaliate.', '138', 'IRN', ''),
    ('North Korea vowed to retaliate against South Korea.', '138', 'PRK', 'KOR'),
    ('Russia threatened to retaliate against Finland.', '138', 'RUS', 'FIN'),
    ('Pakistan promised to retaliate.', '138', 'PAK', ''),
    ('The Iranian foreign ministry vowed retaliation against Israel.', '138', 'IRN', 'ISR'),
    ('Al-Shabaab, which has fought the Somali government for years, claimed responsibility for the bombing.', '015', 'SOM', ''),
    ('The Islamic State group, which controls parts of the province, said it was behind the attack.', '015', '', ''),
    ('The Taliban said they carried out the attack.', '015', 'AFG', ''),
    ('The Pakistani Taliban claimed the bombing.', '015', 'PAK', ''),
    ('Boko Haram, which is based in Nigeria, claimed the attack.', '015', 'NGA', ''),
    ('Pakistan closed its airspace to Indian airlines.', '163', 'PAK', 'IND'),
    ('Russia closed its airspace to British planes.', '163', 'RUS', 'GBR'),
    ('Canada shut its airspace to Russian aircraft.', '163', 'CAN', 'RUS'),
    ('The prime minister of Slovakia survived an assassination attempt.', '185', '', 'SVK'),
    ('A man attempted to assassinate the Argentine vice president.', '185', '', 'ARG'),
    ('Militants assassinated a Pakistani judge.', '186', '', 'PAK'),
    ('Russia accused Ukraine of violating the ceasefire.', '112', 'RUS', 'UKR'),
    ('Armenian forces broke the truce on Sunday.', '196', 'ARM', ''),
    ('Israeli troops violated the ceasefire in Gaza.', '196', 'ISR', ''),
    ('The rebels breached the ceasefire overnight.', '196', '', ''),
    ('ECOWAS issued an ultimatum to the junta in Niger.', '139', '', 'NER'),
    ('Mexico recognised the Palestinian state.', '054', 'MEX', 'PSE'),
    ('Spain formally recognized Palestine on Tuesday.', '054', 'ESP', 'PSE'),
    ('Israel extended recognition to Somaliland.', '054', 'ISR', ''),
    ('Russia vetoed a Security Council resolution on Syria.', '129', 'RUS', ''),
    ('The United States blocked the resolution at the United Nations.', '129', 'USA', ''),
    ('Iran rejected an offer of direct talks with the United States.', '125', 'IRN', 'USA'),
    ('Ukraine refused to negotiate with Russia.', '125', 'UKR', 'RUS'),
    ('Serbia agreed to hold talks with Kosovo.', '036', 'SRB', 'XKX'),
    ('The Taliban said they were ready to talk with Pakistan.', '036', 'AFG', 'PAK'),
    ('Egypt invited Israel and Hamas to talks in Cairo.', '026', 'EGY', 'ISR'),
    ('Qatar hosted talks between the United States and the Taliban.', '043', 'QAT', ''),
    ('Japan apologised to South Korea for its wartime abuses.', '055', 'JPN', 'KOR'),
    ('Canada expressed regret to India over the remarks.', '055', 'CAN', 'IND'),
    ('The Belgian king offered an apology to Congo.', '055', 'BEL', 'COD'),
    ('Japan gave $10 million to Turkey after the earthquake.', '07', 'JPN', 'TUR'),
    ('India sent medicines to Sri Lanka.', '07', 'IND', 'LKA'),
    ('Germany airlifted food to Sudan.', '073', 'DEU', 'SDN'),
    ('Israel denied responsibility for the blast.', '016', 'ISR', ''),
    ('Pakistan rejected the charges made by India.', '016', 'PAK', 'IND'),
    ('Ukraine rejected the Russian peace plan.', '12', 'UKR', 'RUS'),
    ('Hamas dismissed the Israeli proposal.', '12', 'PSE', 'ISR'),
    ('Venezuela spurned the American offer.', '12', 'VEN', 'USA'),
    ('The Thai government promised to hold elections next year.', '03', 'THA', ''),
    ('Tunisia pledged to restore parliament.', '03', 'TUN', ''),
    ('India and the UAE signed a trade deal.', '', 'IND', 'ARE'),
    ('iran on sunday said it would retaliate against israel.', '138', 'IRN', 'ISR'),
    ('Egypt on Tuesday walked out of the talks with Ethiopia.', '164', 'EGY', 'ETH'),
    ('Japan last month resumed imports of Chinese seafood.', '061', 'JPN', 'CHN'),
    ('Turkey on Wednesday returned its ambassador to Israel.', '050', 'TUR', 'ISR'),
    ('Iran has warned of retaliation against Israel.', '13', 'IRN', 'ISR'),
    ('Tehran threatened retaliation.', '13', 'IRN', ''),
    ('China vowed a firm response to the American sanctions.', '13', 'CHN', ''),
    ('Pakistan on Sunday pulled out of the talks with India.', '164', 'PAK', 'IND'),
    ('The Sudanese army withdrew from the negotiations with the RSF.', '164', 'SDN', ''),
    ('The Palestinian delegation walked out of the meeting with Israeli officials.', '164', 'PSE', 'ISR'),
    ('The opposition walked out of the dialogue with the government in Caracas.', '164', '', ''),
    ('Eritrea broke off the negotiations with Ethiopia.', '164', 'ERI', 'ETH'),
    ('Iran rejected the idea of talks with Washington.', '125', 'IRN', 'USA'),
    ('North Korea rejected an offer of dialogue with Seoul.', '125', 'PRK', 'KOR'),
    ('Hamas warned of retaliation against Israel.', '13', 'PSE', 'ISR'),
    ('Russia warned of reprisals against Poland.', '13', 'RUS', 'POL'),
    ('Taiwan resumed imports of Chinese fruit.', '061', 'TWN', 'CHN'),
    ('The Chinese government resumed purchases of Australian coal.', '061', 'CHN', 'AUS'),
    ('Iraq resumed exports of oil to Jordan.', '061', 'IRQ', 'JOR'),
    ('Qatar restored its ambassador to Egypt.', '050', 'QAT', 'EGY'),
    ('The Houthis said they would retaliate against the United States.', '138', 'YEM', 'USA'),
    ('Turkey said it would retaliate.', '138', 'TUR', ''),
    ('The Pakistani army said it will retaliate against India.', '138', 'PAK', 'IND'),
    ('Israel said it would respond forcefully to the attack.', '13', 'ISR', ''),
    ('China said it would impose countermeasures on American firms.', '130', 'CHN', 'USA'),
    ('Russia said it would take retaliatory measures against Norway.', '130', 'RUS', 'NOR'),
    ('Al-Shabaab said it carried out the attack on the base.', '015', 'SOM', ''),
    ('The Islamic State said it staged the bombing in Kabul.', '015', '', ''),
    ('The Taliban said they were behind the attack on the hotel.', '015', 'AFG', ''),
    ('The Baloch Liberation Army said it conducted the attack.', '015', 'PAK', ''),
    ('Indian authorities shut the airspace to Pakistani airlines.', '163', 'IND', 'PAK'),
    # (round 61) owning an attack told as a gerund; money in a central bank; pledged sums' to-phrase; a cast veto;
    # a switched recognition
    ('The Russian army admitted striking the hospital.', '015', 'RUS', ''),
    ('The Israeli military admitted killing three hostages by mistake.', '015', 'ISR', ''),
    ('The Pentagon admitted carrying out the drone strike in Kabul.', '015', 'USA', ''),
    ("Saudi Arabia deposited $3 billion in Pakistan's central bank.", '071', 'SAU', 'PAK'),
    ('The United Arab Emirates deposited $1 billion with the central bank of Egypt.', '071', 'ARE', 'EGY'),
    ('The United States pledged $500 million in aid to Ukraine.', '033', 'USA', 'UKR'),
    ('Germany pledged 200 million euros in humanitarian aid to Sudan.', '033', 'DEU', 'SDN'),
    ('China cast a veto against the draft on Myanmar.', '129', 'CHN', ''),
    ('Russia cast its veto on the resolution.', '129', 'RUS', ''),
    ('Honduras switched recognition from Taiwan to China.', '054', 'HND', 'CHN'),
]

CONTROLS = [  # no event of the roots or codes this round touches
    'The striker walked out of the training session with the coach.',
    'The union walked out of the talks with the employers.',
    'The company resumed imports of raw cotton.',
    'Shares resumed trading on Monday.',
    'The stock returned its gains.',
    'The club said it would respond to the criticism.',
    'The team vowed to bounce back after the defeat.',
    'The fans said they would retaliate against the referee.',
    'Markets resumed their fall.',
    'The goalkeeper said he was behind the decision.',
    'The airline closed its lounge to economy passengers.',
    'The storm closed the airspace over Florida.',
    'The firm, which is linked to the bank, said it carried out the audit.',
    'The company said it carried out the repairs.',
    'The singer returned her award to the academy.',
    'The museum returned the painting to the collector.',
    'The rain killed the harvest.',
    'The coach killed the mood with his remarks.',
    'The player vetoed the transfer.',
    'The board rejected the merger offer.',
    'The chef gave his staff a week to prepare the menu.',
    'The club apologised to its fans for the delay.',
    'The bank pulled out of the deal with the retailer.',
    'The cyclist broke the record on Sunday.',
]

# (sentence, the new rules it must not fire)
PATTERN_CONTROLS = [
    ('The analyst said Iran would retaliate.', 'say_'),
    ('The company said it would respond to the complaints.', 'say_'),
    ('The council said it would respond to the letter next week.', 'say_'),
    ('The club said it carried out the renovation.', 'say_'),
    ('The council said it carried out the inspection of the bridge.', 'say_'),
    ('The company said it was behind the new phone.', 'say_'),
    ('The minister said Iran was behind the attack.', 'say_claim'),
    ('The airline closed its lounge to economy passengers.', 'close_airspace'),
    ('The storm closed the airspace over Florida.', 'close_airspace'),
    ('Fog shut the airspace to all flights.', 'shut_airspace'),
    ('The firm resumed imports of Chinese steel.', 'resume_trade'),
    ('The company resumed imports of raw cotton.', 'resume_trade'),
    ('The union walked out of the talks with the employers.', 'walk_out'),
    ('The singer restored her ambassador role at the charity.', 'restore_ambassador'),
    ('The coach admitted hitting the ball too hard.', 'admit_attack'),
    ('The minister admitted making a mistake.', 'admit_attack'),
    ('The man deposited $300 in the bank.', 'deposit'),
    ('The striker switched allegiance to Morocco.', 'switch_recognition'),
    ('The voter cast a ballot in the election.', ''),
]

_TOUCHED = ("015", "050", "061", "13", "16")


def _events(pipe, text):
    return pipe.analyse(Article(id="t", text=text, published="2024-05-01")).events


@pytest.mark.parametrize("text,code,src,tgt", POSITIVE)
def test_plain_phrasing_coded(pipe, text, code, src, tgt):
    evs = _events(pipe, text)
    hits = [e for e in evs if e.cameo and e.cameo.startswith(code)
            and (not src or (e.source is not None and e.source.country == src))
            and (not tgt or (e.target is not None and e.target.country == tgt))]
    got = [(e.cameo, e.rule, e.source and e.source.country, e.target and e.target.country) for e in evs]
    assert hits, f"{text!r}: expected {code} {src}->{tgt}, got {got}"


@pytest.mark.parametrize("text", CONTROLS)
def test_control_not_coded(pipe, text):
    evs = [e for e in _events(pipe, text) if e.cameo and e.cameo.startswith(_TOUCHED)]
    assert not evs, f"{text!r} must not be coded, got {[(e.cameo, e.rule) for e in evs]}"


@pytest.mark.parametrize("text,rule", PATTERN_CONTROLS)
def test_new_rule_not_fired(pipe, text, rule):
    evs = [e for e in _events(pipe, text) if (e.rule or "").startswith(rule)]
    assert not evs, f"{text!r} must not fire {rule}, got {[(e.cameo, e.rule) for e in evs]}"


def test_accusation_of_another_is_112(pipe):
    """"The minister said Iran was behind the attack": another's act, still an accusation (112)."""
    evs = _events(pipe, "The minister said Iran was behind the attack.")
    assert any(e.cameo == "112" and e.target is not None and e.target.country == "IRN" for e in evs)
