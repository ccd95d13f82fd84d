"""The top-up of the event lexicon (the `t_` patterns at the end of each event pattern file, issue 10 item 1).

Positive sentences are phrasings other than the pattern examples (other tenses, actors, word orders); each
must be coded by the stated top-up pattern with the stated CAMEO code. Negative sentences are the
business, sport, leisure, weather or figurative uses of the same trigger words; no top-up pattern may
code them. All sentences were written for Lapwing, with fictional or well-known public actors."""

from __future__ import annotations

import pytest

from lapwing.schema import Article

# (sentence, rule id, CAMEO code)
POSITIVE = [
    ("The Saudi government has normalised ties with Israel.", "t_normalise_ties", "050"),
    ("The Sudanese government has rekindled ties with Iran.", "t_rekindle_ties", "050"),
    ("Pakistan thawed relations with India.", "t_thaw_ties", "050"),
    ("The Indian president feted the visiting French president in Delhi.", "t_fete", "051"),
    ("The Swedish prime minister has caucused with the Finnish president.", "t_caucus_with", "040"),
    ("Kenya importuned Uganda to reopen the border crossing.", "t_importune", "020"),
    ("Egypt refereed the negotiations between Ethiopia and Sudan.", "t_referee_talks", "045"),
    ("Qatar shepherded the negotiations between Israel and Hamas.", "t_shepherd_talks", "045"),
    ("The Chinese premier toured Brazil last week.", "t_tour", "042"),
    ("The Russian foreign ministry rubbished the British allegations.", "t_rubbish_claim", "016"),
    ("Turkey despatched two aid ships to Libya.", "t_despatch_aid", None),
    ("Britain despatched troops to Estonia.", "t_despatch_troops", "154"),
    ("Iran paroled the French researcher.", "t_parole", "0841"),
    ("Germany houses Syrian refugees in Berlin.", "t_house_refugees", "073"),
    ("The Chinese foreign ministry remonstrated with the Japanese ambassador on Friday.", "t_remonstrate_with", "111"),
    ("Russian fighter jets buzzed a British warship in the Black Sea.", "t_buzz_ship", "150"),
    ("Russian warships shadowed a Dutch frigate in the Baltic.", "t_shadow_ship", "150"),
    ("Protesters heckled the French president in Marseille.", "t_heckle_official", "140"),
    ("The government of Nauru derecognized Taiwan in January.", "t_derecognize", "160"),
    ("The Israeli government scuttled the negotiations with Hezbollah.", "t_scuttle_talks", "164"),
    ("Myanmar soldiers incinerated Rohingya homes in Rakhine.", "t_incinerate", "1712"),
    ("Chinese authorities interned Tibetan monks in camps.", "t_intern", "173"),
    ("Paramilitaries kneecapped a man in Derry.", "t_kneecap", "182"),
    ("The Indian navy interdicted a Somali pirate vessel.", "t_interdict", "1711"),
    ("Wagner mercenaries butchered five villagers near Moura.", "t_butcher", "1823"),
    ("Russian security forces liquidated two militants in Ingushetia.", "t_liquidate", "190"),
    ("The Nicaraguan government denaturalized the exiled bishop.", "t_denaturalize", "172"),
    ("The Belarusian authorities forbade the opposition march.", "t_forbid_rally", "1721"),
    ("The Kenyan government partnered with Britain on maritime security.", "t_partner_with", None),
    ("The Ukrainian government badgered Germany to deliver more air defences.", "t_badger", "020"),
    ("The Iraqi president commuted the death sentence of the Kurdish activist.", "t_commute_sentence", "081"),
    ("The senator hectored the defence secretary over the withdrawal.", "t_hector", "111"),
    ("Mounted police trampled demonstrators in Tehran.", "t_trample", "182"),
    ("Extremists defiled a Jewish cemetery in Strasbourg.", "t_defile", "1712"),
    ("The Colombian government rekindled negotiations with the FARC dissidents.", "t_rekindle_talks", "040"),
    ("Washington pressurised Cairo to open the Rafah crossing.", "t_pressurise_to", None),
    ("The opposition leader savaged the government's tax plan.", "t_savage_policy", "111"),
    ("Protesters barracked the Australian prime minister in Sydney.", "t_barrack", "140"),
    ("Russia despatched thousands of troops to Belarus.", "t_despatch_troops", "154"),
    ("The junta forbade the journalists to travel abroad.", "t_forbid_xcomp", "1721"),
    ("Israeli jets pulverised Hamas positions in Gaza City.", "t_pulverise", "190"),
    ("Russian fighter jets shadowed a French surveillance plane over the Black Sea.", "t_shadow_aircraft", "150"),
    ("Azerbaijani troops reconquered the city of Lachin.", "t_reconquer", "190"),
    ("An artillery duel between Armenia and Azerbaijan erupted on the border.", "t_duel_artillery_n", "194"),
    ("The Hungarian government blackballed the Ukrainian bid to join the European Union.", "t_blackball_bid", "129"),
    ("The Iranian government bypassed European sanctions.", "t_bypass_sanctions", "128"),
    ("The Moroccan government convoked the Spanish ambassador.", "t_convoke_envoy", "114"),
    ("The Kremlin rubbished the French peace proposal.", "t_rubbish_plan", "127"),
]

NEGATIVE = [
    "The bank normalised its interest rates.",
    "The fans feted the champion cyclist in Paris.",
    "The senators caucused on Tuesday.",
    "The Arsenal defender refereed the charity match.",
    "The farmer shepherded the sheep into the barn.",
    "The rock band toured Europe last summer.",
    "The critics rubbished the new film.",
    "The company despatched the parcels to its customers.",
    "The new museum houses a collection of Roman coins.",
    "The bees buzzed around the garden.",
    "The junior analyst shadowed the chief executive for a week.",
    "Fans heckled the referee in Manchester.",
    "The crew scuttled the old ship off the coast.",
    "The factory incinerated its waste.",
    "The student interned at a bank in London.",
    "The inflation kneecapped the recovery.",
    "The dogs savaged a sheep on the farm.",
    "The butcher butchered a pig for the market.",
    "The company liquidated its assets.",
    "The doctors forbade the patient to eat sugar.",
    "The river thawed in March.",
    "The rain menaced the harvest.",
    "The chef choked on a fishbone.",
    "The tourist drafted a letter to the hotel.",
    "The airline refuelled its aircraft in Dubai.",
    "Lions ravaged the herd.",
    "The bank partnered with a fintech start-up.",
    "The children badgered their parents to buy a dog.",
    "Her doctor dissuaded her from running the marathon.",
    "Thousands of workers commute to London every day.",
    "The coach hectored the players at half-time.",
    "The elephants trampled the maize fields.",
    "Two swimmers drowned in the lake on Sunday.",
    "The factory defiled the river with chemicals.",
    "The court sequestrated the assets of the bankrupt firm.",
    "The striker discredited the referee's decision.",
    "Fans barracked the umpire in Melbourne.",
    "The machine pulverised the rocks.",
    "The scar disfigured his face.",
    "The airline despatched thousands of parcels to Poland.",
    "The storm kneecapped the harvest.",
    "The magician spirited away the rabbit.",
    "The two tennis players fought a duel in the final.",
    "The brand reconquered the European market.",
    "The golf club blackballed the new member.",
    "The minister sidestepped the question.",
    "The road skirts the lake.",
    "The new motorway bypasses the town.",
    "The boxer dodged the punch.",
    "The chef skewered the meat.",
    "The comedian lampooned the new film.",
    "New evidence discredited the report.",
    "The fencer's riposte won the bout.",
    "The bees buzzed the flowers.",
    "The storm menaced the coast.",
    "The critics rubbished the peace plan in the film.",
]


def _events(pipe, text):
    return pipe.analyse(Article(id="t", text=text, published="2024-05-01")).events


@pytest.mark.parametrize("text,rule,code", POSITIVE)
def test_topup_positive_phrasing(pipe, text, rule, code):
    evs = _events(pipe, text)
    hits = [e for e in evs if (e.rule or "").split("+")[0] == rule and (code is None or e.cameo == code)]
    got = [(e.cameo, e.rule, e.source and e.source.text, e.target and e.target.text) for e in evs]
    assert hits, f"{text!r}: expected {rule} {code}, got {got}"


@pytest.mark.parametrize("text", NEGATIVE)
def test_topup_negative_use_not_coded(pipe, text):
    evs = [e for e in _events(pipe, text) if (e.rule or "").startswith("t_")]
    got = [(e.cameo, e.rule) for e in evs]
    assert not evs, f"{text!r} must not be coded by a top-up pattern, got {got}"
