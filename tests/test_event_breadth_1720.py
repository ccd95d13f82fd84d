"""Breadth of the event lexicon for CAMEO roots 17-20 (coerce, assault, fight, mass violence).

Positive sentences are phrasings other than the pattern examples (passives, other tenses, lower-cased
regional-news text, nominal events with light verbs), each with the CAMEO code and the source / target
text the event must carry (None: not checked, where the shipped parse or the actor coder gives no
stable span). Negative sentences are non-political, figurative, sport, business or weather uses of the
same trigger words: they must give no event of roots 17-20. All sentences are written for these tests."""

from __future__ import annotations

import pytest

from lapwing.schema import Article

VIOLENT_ROOTS = ("17", "18", "19", "20")

# (sentence, CAMEO code, source text contains (None: any), target text contains (None: any))
POSITIVE = [
    ('police arrested three men on friday.', '173', 'police', 'men'),
    ('Three opposition activists were arrested by Turkish police in Ankara.', '173', 'police', 'activists'),
    ('Kenyan police have detained two journalists in Nairobi.', '173', 'police', 'journalists'),
    ('two suspects were taken into custody by the police in lahore.', '173', 'police', None),
    ('Police took the Cambodian activist into custody on Monday.', '173', 'Police', 'activist'),
    ('The police apprehended three smugglers near the Afghan border.', '173', 'police', 'smugglers'),
    ('Delhi police nabbed two drug peddlers on Sunday.', '173', 'police', None),
    ('Egyptian security forces rounded up dozens of Muslim Brotherhood members.', '173', 'forces', 'dozens'),
    ('A Minsk court jailed the opposition activist for five years.', '173', 'court', 'activist'),
    ('Turkish prosecutors indicted the Kurdish mayor on terrorism charges.', '173', 'prosecutors', 'mayor'),
    ('The Russian government deported dozens of Georgian migrants.', '174', 'government', 'migrants'),
    ('Thousands of Afghan refugees were deported by Iran.', '174', 'Iran', 'refugees'),
    ('Iranian security forces cracked down on protesters in Zahedan.', '175', 'forces', 'protesters'),
    ('Riot police fired tear gas at opposition supporters in Nairobi.', '175', 'police', 'supporters'),
    ('Police dispersed the demonstrators with tear gas in Caracas.', '175', 'Police', 'demonstrators'),
    ('police fired in the air to disperse the crowd in srinagar.', '175', 'police', None),
    ('Security forces fired warning shots to disperse the crowd in Lagos.', '175', 'forces', None),
    ('Boko Haram militants kidnapped dozens of schoolgirls in Borno on Monday.', '181', 'militants', None),
    ('Three Chinese engineers were kidnapped by militants in Pakistan.', '181', 'militants', None),
    ('Pirates hijacked an Indian merchant ship off Somalia on Monday.', '181', 'Pirates', None),
    ('Syrian security forces tortured hundreds of detainees.', '1822', 'forces', None),
    ('Police opened fire on the crowd in Dhaka on Monday.', '193', 'Police', 'crowd'),
    ('Myanmar soldiers fired on protesters in Mandalay.', '193', 'soldiers', 'protesters'),
    ('Hamas fired rockets at Israel on Monday.', '194', 'Hamas', 'Israel'),
    ('Russian forces shelled Kharkiv on Monday.', '194', 'forces', 'Kharkiv'),
    ('Israeli jets carried out airstrikes on Gaza.', '195', 'jets', 'Gaza'),
    ('Israeli warplanes struck Hezbollah targets in Lebanon.', '195', 'warplanes', None),
    ('Russia annexed Crimea in March.', '192', 'Russia', 'Crimea'),
    ('Taliban fighters ambushed an Afghan army convoy in Helmand.', '190', 'fighters', None),
    ('Iraq invaded Kuwait.', '190', 'Iraq', 'Kuwait'),
    ('Serb forces massacred Bosnian Muslims in Srebrenica.', '202', 'forces', 'Muslims'),
    ('Israeli forces demolished Palestinian homes in East Jerusalem.', '1712', 'forces', None),
    ('Sri Lanka imposed a curfew in Colombo.', '1723', 'Sri Lanka', 'Colombo'),
    ("Thailand's army declared martial law.", '1724', 'army', None),
    ('Russia banned Facebook.', '1721', 'Russia', 'Facebook'),
    ('Egypt banned the Muslim Brotherhood.', '1722', 'Egypt', 'Brotherhood'),
    ('Saudi Arabia imposed a blockade on Qatar.', '191', 'Saudi Arabia', 'Qatar'),
    ('Azerbaijan violated the ceasefire with Armenia.', '196', 'Azerbaijan', None),
    ('The Syrian army used chemical weapons against civilians in Ghouta.', '2041', 'army', 'civilians'),
    ("Russian hackers hacked into the Pentagon's computers.", '176', 'hackers', 'Pentagon'),
    ('Israeli police arrested the Palestinian activist on Monday.', '173', 'police', 'activist'),
    ('The police booked three youths for rioting in hyderabad.', '173', 'police', 'youths'),
    ('A driver rammed into a crowd of protesters in Charlottesville.', '180', None, 'crowd'),
    ('Rebels engaged the peacekeepers in a firefight near Goma.', '193', 'Rebels', None),
    ('police lathi-charged the protesters in patna on monday.', '175', None, 'protesters'),
    ('Venezuelan authorities confiscated the assets of the opposition newspaper.', '1711', 'authorities', None),
    ('Russian forces have looted Ukrainian museums in Kherson.', '1712', 'forces', None),
    ("Militants torched a girls' school in Pakistan's Swat valley.", '1712', 'Militants', None),
    ('Guerrillas blew up an oil pipeline in northern Colombia.', '1712', 'Guerrillas', None),
    ('China imposed restrictions on Lithuanian imports.', '172', 'China', None),
    ('Turkey blocked access to Wikipedia.', '1721', 'Turkey', None),
    ('The Nicaraguan government shut down the opposition newspaper La Prensa.', '1721', 'government', None),
    ("Thailand's Constitutional Court dissolved the opposition Future Forward Party.", '1722', 'Court', 'Party'),
    ('Indian authorities imposed a curfew in Srinagar on Monday.', '1723', 'authorities', 'Srinagar'),
    ('The Ethiopian government declared a state of emergency.', '1724', 'government', None),
    ("Iranian hackers breached the Pentagon's networks.", '176', 'hackers', 'Pentagon'),
    ('Armed men stabbed two Israeli policemen in Jerusalem.', '182', 'men', 'policemen'),
    ('Soldiers beat up opposition supporters in Kampala.', '182', 'Soldiers', 'supporters'),
    ('The Ethiopian army systematically rapes women in Tigray, Amnesty says.', '1821', 'army', 'women'),
    ('Islamic State militants beheaded a Japanese journalist.', '1823', 'militants', 'journalist'),
    ('Iran executed two protesters on Monday.', '1823', 'Iran', 'protesters'),
    ('Militants planted a bomb at a police station in Quetta.', '183', 'Militants', None),
    ('Al-Shabaab detonated a car bomb outside a hotel in Mogadishu.', '1832', 'Al-Shabaab', None),
    ('Taliban fighters detonated a roadside bomb near an Afghan army convoy.', '1833', 'fighters', None),
    ('Islamic State militants bombed a Shiite mosque in Kunduz.', '1834', 'militants', None),
    ('Gunmen tried to assassinate the Haitian president.', '185', 'Gunmen', 'president'),
    ('Israeli agents assassinated a Hamas commander in Beirut.', '186', None, 'commander'),
    ('Israeli forces besieged the Jenin refugee camp.', '191', 'forces', None),
    ('Israel carried out a precision strike on a Hezbollah commander.', '1951', 'Israel', 'commander'),
    ("Myanmar's army expelled thousands of Rohingya from Rakhine.", '201', 'army', 'thousands'),
    ('Hutu militias slaughtered thousands of Tutsi civilians.', '202', 'militias', 'thousands'),
    ('Russian troops took control of the Ukrainian town of Bucha.', '192', 'troops', None),
    ('The Taliban took over the Afghan city of Kandahar on Thursday.', '192', 'Taliban', None),
    ('Ukrainian forces recaptured the town of Lyman.', '190', 'forces', None),
    ('Turkish jets shot down a Russian warplane near the Syrian border.', '190', 'jets', None),
    ('Government forces retook the city of Palmyra from Islamic State.', '190', 'forces', None),
    ('police picked up two suspects from a hideout in jammu.', '173', 'police', None),
    ('the accused were remanded in custody by the court.', '173', 'court', None),
    ('Delhi police made several arrests after the riots.', '173', 'police', None),
    ('The International Criminal Court issued an arrest warrant for Vladimir Putin.', '173', 'Court', 'Putin'),
    ('Russian forces stepped up the shelling of Kharkiv.', '194', 'forces', 'Kharkiv'),
    ('Police used tear gas against protesters in Tbilisi.', '175', None, 'protesters'),
    ('Hong Kong police used water cannon on pro-democracy protesters.', '175', 'police', 'protesters'),
    ('Indian police on Sunday registered a case against three youths.', '173', 'police', None),
    ('The junta on Sunday shuttered two independent newspapers.', '1721', 'junta', None),
    ('Russian troops on Sunday blew up a bridge near Kherson.', '1712', 'troops', None),
    ('Kenyan police on Sunday hauled away dozens of protesters.', '173', 'police', None),
    ('Israeli jets on Sunday pounded Hamas positions in Gaza.', '195', 'jets', None),
    ('US warships on Sunday fired Tomahawk missiles at Houthi targets.', '1951', None, None),
    ('Hezbollah on Sunday fired a barrage of rockets at northern Israel.', '194', 'Hezbollah', None),
    ('Riot police on Sunday cleared the protest camp in Kyiv.', '175', 'police', None),
    ('Turkish soldiers on Sunday put down the uprising.', '175', 'soldiers', None),
    ('Russian forces on Sunday damaged a Ukrainian dam.', '171', 'forces', None),
    ('Islamic State militants on Sunday crucified three men in Raqqa.', '1823', 'militants', None),
    ('Ukrainian drones on Sunday struck a Russian oil depot.', '1952', 'drones', None),
    ("Myanmar's army on Sunday expelled thousands of Rohingya villagers.", '201', 'army', None),
    ('Security forces used live ammunition against the protesters on Sunday.', '193', 'forces', None),
    ('Egyptian police on Sunday kept two journalists in custody.', '173', 'police', None),
]

NEGATIVE = [
    'The company fired 200 workers.',
    'The striker shot wide in the second half.',
    'Prices attacked resistance at 1,200 dollars.',
    'Real Madrid beat Barcelona 3-1 on Sunday.',
    'The chef beat the eggs with sugar.',
    'The storm destroyed hundreds of homes in Florida.',
    'The fire destroyed the warehouse on Monday.',
    'The director shot the film in Morocco.',
    'She booked a table for two.',
    'The bus picked up passengers at the station.',
    'Investors took control of the company.',
    'The team captured the title on Saturday.',
    'Shares plunged as investors dumped bank stocks.',
    'The talks were held in Geneva on Monday.',
    "The minister attacked the opposition's budget plan.",
    'Critics blasted the new film.',
    'He fired off an angry email to his boss.',
    'The champion defended her title in Paris.',
    'The hurricane battered the coast.',
    'Floods displaced thousands of families in Assam.',
    'The virus killed millions of people.',
    'The tennis star crushed her rival in straight sets.',
    'The company hacked its costs by a third.',
    'The boxer knocked out his opponent.',
    'Fans stormed the pitch after the final whistle.',
    'The chess champion sacrificed a rook and then captured the queen.',
    'He was held up in traffic for an hour.',
    'The court held that the law was unconstitutional.',
    'The band rocked the stadium on Friday.',
    'Inflation hit a ten-year high.',
    'The opposition leader attacked the government over corruption.',
    'Trump attacked the Democratic candidate on Monday.',
    'The board sacked the chief executive.',
    'The farmers harvested the crop early.',
    'The director executed the plan flawlessly.',
    'The team stormed back in the second half.',
    'Shares were hammered on Wall Street.',
    'The government banned plastic bags.',
    'The referee booked two players.',
    'The startup seized the opportunity.',
    'The actor was shot in Morocco for the film.',
    'The chef hacked the chicken into pieces.',
    'Wildfires razed hundreds of homes in California.',
    'The company froze hiring.',
    'The bank froze the accounts of the customers.',
    'He smashed the world record in Tokyo.',
    'The carmaker shuttered its plant in Ohio.',
    'The hurricane devastated the island.',
    'The council demolished the old stadium.',
    'The city council bulldozed the old market.',
    'The team crushed their rivals 5-0.',
    'The sprinter obliterated the field in the final.',
    'Traffic police booked the driver for speeding.',
    'The virus wiped out the frog population.',
    'He padlocked his bicycle outside the station.',
    'The government banned plastic bags in supermarkets.',
    'The company purged its old files.',
    'The chef butchered the lamb for the feast.',
    'The airline grounded its fleet.',
    "Regulators froze the company's assets.",
    'The landlord evicted the tenants.',
    'The school expelled three students for cheating.',
    'The band blew up on social media.',
    'The senator blasted the bill.',
    'The fire gutted the warehouse.',
    'The floods cut off villages in Assam.',
    'Fans set fire to flares in the stadium.',
    'The storm knocked out power across the city.',
    'The president fired his chief of staff.',
    "The teacher confiscated the students' phones.",
    'The club sacked its manager.',
    'Hackers stole the data of millions of customers.',
    'The judge sentenced the thief to two years.',
    'Protesters marched peacefully through the capital.',
]


def _events(pipe, text):
    return pipe.analyse(Article(id="t", text=text, published="2024-05-01")).events


@pytest.mark.parametrize("text,code,source,target", POSITIVE)
def test_positive_phrasings_code(pipe, text, code, source, target):
    evs = _events(pipe, text)
    got = [(e.cameo, e.rule, e.source and e.source.text, e.target and e.target.text) for e in evs]
    assert any(
        e.cameo == code
        and (source is None or (e.source is not None and source in e.source.text))
        and (target is None or (e.target is not None and target in e.target.text))
        for e in evs
    ), f"{text!r}: expected {code} ({source} -> {target}), got {got}"


@pytest.mark.parametrize("text", NEGATIVE)
def test_non_political_uses_give_no_force_event(pipe, text):
    bad = [(e.cameo, e.rule) for e in _events(pipe, text) if e.cameo[:2] in VIOLENT_ROOTS]
    assert not bad, f"{text!r} gave {bad}"
