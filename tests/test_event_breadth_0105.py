"""Breadth and precision of the event patterns of CAMEO roots 01-05 (lexicon file 01-05_verbal_cooperation.tsv).

Positive sentences are phrasings other than the pattern examples (other tenses, other actors, phrasal and
light-verb constructions, nominal forms); each must give the stated CAMEO code (asserted or attributed) with
the stated text in its source and target. Negative sentences are business, sport, leisure, weather or
figurative uses of the same trigger words, and a few political actors doing non-political things ("hailed a
taxi", "visited the hospital", "spoke to reporters"); they must give no event of roots 01-05. All sentences
were written for Lapwing."""

from __future__ import annotations

import pytest

from lapwing.schema import Article

ROOTS = ("01", "02", "03", "04", "05")

# (sentence, CAMEO code, text in the source, text in the target); "" = not checked
POSITIVE = [
    ('The Houthis claimed responsibility for the drone attack on the tanker.', '015', 'Houthis', ''),
    ('The Pakistani Taliban took responsibility for the bombing in Peshawar.', '015', 'Pakistani Taliban', ''),
    ('The Iranian government denied any role in the attack.', '016', 'Iranian government', ''),
    ("Russia's foreign ministry dismissed the accusations as absurd.", '016', 'Russia', ''),
    ('The Chinese embassy rejected the allegations of spying.', '016', 'Chinese embassy', ''),
    ('The Kremlin declined to comment on the report.', '011', 'Kremlin', ''),
    ('The Indian government has expressed deep concern over the violence in Manipur.', '012', 'Indian government', ''),
    ('The Egyptian foreign minister voiced optimism about the ceasefire talks.', '013', 'Egyptian foreign minister', ''),
    ('The Greek prime minister is considering early elections.', '014', 'Greek prime minister', ''),
    ('The German chancellor laid a wreath at the Holocaust memorial.', '017', 'German chancellor', ''),
    ('The Turkish parliament observed a minute of silence for the victims of the attack.', '017', 'Turkish parliament', ''),
    ('The Saudi king sent a message of condolence to the Moroccan king.', '018', 'Saudi king', 'Moroccan king'),
    ('The Chinese president expressed his condolences to the Indian prime minister.', '018', 'Chinese president', 'Indian prime minister'),
    ('The Brazilian government expressed solidarity with the people of Chile.', '018', 'Brazilian government', ''),
    ('The French president said that the economy was recovering well.', '010', 'French president', ''),
    ('The Australian foreign minister stressed that the region was peaceful.', '010', 'Australian foreign minister', ''),
    ('Kenya has asked the United Nations to send more peacekeepers.', '0234', 'Kenya', 'United Nations'),
    ('The Armenian prime minister invited the Azerbaijani president to hold talks.', '026', 'Armenian prime minister', 'Azerbaijani president'),
    ('The Colombian government agreed to release the rebel prisoners.', '0353', 'Colombian government', ''),
    ('The Israeli government agreed to a ceasefire with Hezbollah.', '0356', 'Israeli government', ''),
    ('The Russian president promised to resume talks with Ukraine.', '036', 'Russian president', ''),
    ('Turkey offered to mediate between Russia and Ukraine.', '039', 'Turkey', ''),
    ('The Indian government is ready to hold talks with Pakistan.', '036', 'Indian government', ''),
    ('China and Brazil pledged closer ties during the visit.', '032', 'China', ''),
    ('The Philippine government has pledged its support for the Japanese plan.', '032', 'Philippine government', ''),
    ('The two governments agreed to strengthen relations.', '032', 'governments', ''),
    ('The Ethiopian government accepted African Union mediation.', '038', 'Ethiopian government', ''),
    ('The Turkish president met the Swedish prime minister in Vilnius.', '040', 'Turkish president', 'Swedish prime minister'),
    ('The Chinese foreign minister met with his American counterpart in Bali.', '040', 'Chinese foreign minister', ''),
    ('The Serbian and Kosovo leaders held talks in Brussels.', '040', 'Serbian', 'Kosovo leaders'),  # (round pr80: the first nationality the doer)
    ('The Indian prime minister held talks with the Japanese prime minister.', '040', 'Indian prime minister', 'Japanese prime minister'),
    ('The Saudi crown prince spoke by telephone with the French president.', '041', 'Saudi crown prince', 'French president'),
    ('The British prime minister phoned the Ukrainian president on Sunday.', '041', 'British prime minister', 'Ukrainian president'),
    ('The Chinese president held a phone call with the Russian president.', '041', 'Chinese president', 'Russian president'),
    ('The German chancellor visited Kenya.', '042', 'German chancellor', 'Kenya'),
    ('The American secretary of state flew to Israel on Monday.', '042', 'American secretary of state', 'Israel'),
    ('The Iranian president paid an official visit to Iraq.', '042', 'Iranian president', 'Iraq'),
    ('The Egyptian president hosted the Palestinian president in Cairo.', '043', 'Egyptian president', 'Palestinian president'),
    ('The Saudi king received the Turkish president in Jeddah.', '043', 'Saudi king', 'Turkish president'),
    ('The Norwegian government hosted talks between Colombia and the rebels.', '043', 'Norwegian government', ''),
    ('Egypt mediated between Israel and Hamas.', '045', 'Egypt', ''),
    ('Qatar brokered a prisoner exchange between Russia and Ukraine.', '045', 'Qatar', ''),
    ('The Ukrainian president praised the Polish government for its support.', '051', 'Ukrainian president', 'Polish government'),
    ('The African Union hailed the peaceful elections in Ghana.', '051', 'African Union', ''),
    ('The American president congratulated the new Indian prime minister.', '051', 'American president', 'Indian prime minister'),
    ('The European Union welcomed the release of the journalists.', '051', 'European Union', ''),
    ('The Indian prime minister thanked the Gulf states for their help.', '051', 'Indian prime minister', ''),
    ('Germany backs the French proposal.', '051', 'Germany', ''),
    ('The Hungarian prime minister threw his support behind the Serbian president.', '051', 'Hungarian prime minister', 'Serbian president'),
    ('The Chinese government has defended its policy in Xinjiang.', '052', 'Chinese government', ''),
    ('The Ukrainian government rallied international support for the peace plan.', '053', 'Ukrainian government', ''),
    ('Spain recognized Palestine as a state.', '054', 'Spain', 'Palestine'),
    ('Russia recognised the independence of South Ossetia.', '054', 'Russia', ''),
    ('The Dutch king apologized to Indonesia for the colonial violence.', '055', 'Dutch king', 'Indonesia'),
    ('The Japanese prime minister issued an apology to South Korea.', '055', 'Japanese prime minister', 'South Korea'),
    ('Israel restored diplomatic ties with Turkey.', '050', 'Israel', 'Turkey'),
    ('Saudi Arabia and Iran restored diplomatic relations.', '050', 'Saudi Arabia', ''),
    ('Vietnam upgraded its ties with Australia.', '050', 'Vietnam', 'Australia'),
    ('Egypt has reopened its embassy in Libya.', '050', 'Egypt', 'Libya'),
    ('Armenia signed a peace treaty with Azerbaijan.', '057', 'Armenia', 'Azerbaijan'),
    ('The Philippine Senate ratified the defence agreement with Japan.', '057', 'Philippine Senate', 'Japan'),
    ('Britain has struck a trade deal with India.', '057', 'Britain', 'India'),
    ('The European Union concluded a trade agreement with Chile.', '057', 'European Union', 'Chile'),
    ('The United States and Vietnam signed a partnership agreement.', '057', 'United States', 'Vietnam'),
    ('The Indian government expressed its readiness to resume talks with China.', '036', 'Indian government', ''),
    ('Japan and India are seeking to deepen their partnership.', '030', 'Japan', ''),
    ('The two leaders held talks on the sidelines of the G20 summit.', '044', 'leaders', ''),
    ('Turkey acted as a mediator between Russia and Ukraine.', '045', 'Turkey', ''),
    ('Prime Minister Narendra Modi tweeted in support of the Israeli government.', '051', 'Narendra Modi', ''),
    ('The Egyptian foreign minister said he had spoken to the Sudanese army commanders.', '040', 'he', 'Sudanese army commanders'),
    ('The Kenyan president had lunch with the Tanzanian president.', '040', 'Kenyan president', 'Tanzanian president'),
    ('The Irish government grieves with the families of the victims.', '018', 'Irish government', ''),
    ('The Polish president has sided with Ukraine.', '051', 'Polish president', 'Ukraine'),
    ('The Italian government urged Libya to free the detained fishermen.', '0253', 'Italian government', 'Libya'),
    ('The Kenyan government appealed for emergency relief.', '0233', 'Kenyan government', ''),
    ('The Mexican government asked Washington to extradite the cartel leader.', '0213', 'Mexican government', ''),
    ('Hamas is willing to release the hostages in exchange for prisoners.', '0353', 'Hamas', ''),
    ('The Israeli government has agreed to the Egyptian mediation.', '038', 'Israeli government', ''),
    ('South Korea and Poland pledged closer defence cooperation.', '0312', 'South Korea', ''),
    ('The Vietnamese government pledged closer economic ties with India.', '0311', 'Vietnamese government', ''),
    ('Egypt and Jordan agreed to boost intelligence cooperation.', '0314', 'Egypt', ''),
    ('The Gulf Cooperation Council has called for closer economic cooperation with China.', '0211', 'Gulf Cooperation Council', ''),
    ('The Iranian president sent a letter to the Egyptian president.', '010', 'Iranian president', 'Egyptian president'),
    ('The Jordanian king received a phone call from the Iraqi prime minister.', '041', 'Jordanian king', 'Iraqi prime minister'),
    ('The Indian government has forgiven the debt of Nepal.', '071', 'Indian government', ''),
    ('The Malian militia pledged allegiance to the Islamic State.', '051', 'militia', 'Islamic State'),
    ('The Indonesian government has offered its good offices to Myanmar.', '039', 'Indonesian government', 'Myanmar'),
    ('The Brazilian president proposed a peace plan for the Middle East.', '037', 'Brazilian president', ''),
    ('Qatar has hosted a dinner for the Iranian president.', '043', 'Qatar', 'Iranian president'),
    ('The Saudi foreign minister has wrapped up a visit to Iran.', '042', 'Saudi foreign minister', 'Iran'),
    ('Japan has expanded its partnership with Vietnam.', '050', 'Japan', 'Vietnam'),
    ('The Kenyan president has sent a cable of condolence to the Ethiopian prime minister.', '018', 'Kenyan president', 'Ethiopian prime minister'),
    ('The Polish president has shaken hands with the German chancellor.', '017', 'Polish president', 'German chancellor'),
    ('The Indian government is alarmed by the violence in Manipur.', '012', 'Indian government', ''),
    ('The Egyptian government is ready to mediate between Israel and Hamas.', '039', 'Egyptian government', ''),
    ('Norway is seeking to mediate between Venezuela and the opposition.', '039', 'Norway', ''),
    ('The Algerian president promised democratic reforms.', '034', 'Algerian president', ''),
    ('Kenya and Tanzania agreed to deepen their relations.', '032', 'Kenya', ''),
]

NEGATIVE = [
    'The company praised its employees for a record quarter.',
    'The coach praised the striker after the match.',
    'Shares rallied on Wall Street on Tuesday.',
    'The striker backed into the defender and fell.',
    'The chef recommended the fish soup.',
    'The company signed a contract with a new supplier.',
    'The club signed the Brazilian midfielder on a three-year deal.',
    'The band visited twelve cities on its tour.',
    'The tourists visited the museum on Sunday.',
    'The students met in the library after class.',
    'The manager met the players before training.',
    'The hotel hosted a wedding on Saturday.',
    'The airline apologized to passengers for the delay.',
    'The bakery thanked its customers for their loyalty.',
    'The teacher asked the students to open their books.',
    'The museum welcomed a record number of visitors.',
    'The singer promised her fans a new album.',
    'The company pledged to cut emissions by half.',
    'The startup is seeking investors for its new app.',
    'The retailer offered discounts to loyal customers.',
    'The supermarket called for more workers before the holidays.',
    'The two companies agreed to merge their operations.',
    'Investors welcomed the results of the bank.',
    'The storm forced the airline to cancel flights.',
    'The footballers celebrated the victory with their fans.',
    'The author defended her novel against the critics.',
    'The goalkeeper defended the penalty brilliantly.',
    'The farmer recognized the dog from the photograph.',
    'The actor said sorry to his fans after the show.',
    'The dog followed the children to school.',
    'The company reached an agreement with its creditors.',
    'The cyclist flew to victory in the final stage.',
    'The weather forecast predicted heavy rain for Tuesday.',
    'The kids talked with their grandparents on the phone.',
    'The professor discussed the novel with her students.',
    'The team is ready to win the championship.',
    'The chess players shook hands after the game.',
    'The fans rallied behind their team after the defeat.',
    'The company hailed the new product as a breakthrough.',
    'The restaurant received two stars from the guide.',
    'The gardener planted roses along the fence.',
    'Scientists expressed concern about the coral reefs.',
    'The orchestra paid tribute to the late composer.',
    'The CEO expressed confidence that sales would grow.',
    'The firm is considering a move to London.',
    'The tenants asked the landlord to fix the heating.',
    'The prime minister spoke to reporters in Berlin.',
    'The president spoke to the nation on television.',
    'The foreign minister talked to journalists after the meeting.',
    'The senator hailed a taxi outside the parliament.',
    'The foreign minister welcomed guests to the reception.',
    'The president met the deadline for the budget.',
    'The minister signed the guest book at the school.',
    'The president visited the hospital on Friday.',
    'The prime minister received an honorary degree.',
    'The senator recognized the voice on the recording.',
    'The minister headed to the airport after the speech.',
    'The president went to the stadium for the final.',
    'The minister called the press conference for Tuesday.',
    'The army backed away from the border.',
    'The president flew to his home town for the weekend.',
    'The king hosted a garden party at the palace.',
    'The supplier pledged closer cooperation with the carmaker.',
    'The bank forgave the loan of the struggling farmer.',
    'The company sent a letter to its shareholders.',
    'The singer shook hands with her fans after the concert.',
    'The student received a phone call from her mother.',
    'The hotel offered a peace of mind guarantee to guests.',
    'The boxers shook hands before the fight.',
    'The club hosted a dinner for its sponsors.',
    'The firm reopened talks with the union about wages.',
    'The couple celebrated their anniversary in Paris.',
    'The school observed a minute of silence for the teacher.',
]


def _events(pipe, text):
    return pipe.analyse(Article(id="t", text=text, published="2024-05-01")).events


@pytest.mark.parametrize("text,code,src,tgt", POSITIVE)
def test_positive_phrasing_codes(pipe, text, code, src, tgt):
    evs = _events(pipe, text)
    hits = [e for e in evs if e.cameo == code and e.status in ("asserted", "attributed")
            and (not src or (e.source is not None and src in e.source.text))
            and (not tgt or (e.target is not None and tgt in e.target.text))]
    got = [(e.cameo, e.rule, e.status, e.source and e.source.text, e.target and e.target.text) for e in evs]
    assert hits, f"{text!r}: expected {code} {src!r} -> {tgt!r}, got {got}"


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative_use_gives_no_cooperation_event(pipe, text):
    evs = [e for e in _events(pipe, text) if e.cameo[:2] in ROOTS]
    got = [(e.cameo, e.rule, e.source and e.source.text, e.target and e.target.text) for e in evs]
    assert not evs, f"{text!r} must give no event of roots 01-05, got {got}"
