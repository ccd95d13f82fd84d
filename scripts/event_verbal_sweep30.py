"""A sweep of verbal events in many phrasings (issue 10, branch pl30): appeals (02), intents (03), consultation (04),
diplomatic cooperation (05), demands (10), disapproval (11), rejection (12), threats (13) and denials / refusals,
each as a finite verb, a light verb with a noun, a noun with of/for/to, a passive, a negation, a modal or "it is X's
position that", with controls (``control``: no claimed event of the named root may come out).

    PYTHONPATH=src .venv/bin/python scripts/event_verbal_sweep30.py [--show N] [--kind KIND]

Each sentence lists checks ``(roots, source)``: a claimed event (asserted, attributed, future) whose CAMEO code starts
with one of ``roots`` and whose source text contains ``source`` (when given; a pronoun with a country stands for it); a root written ``!19`` means no
claimed event coded 19... may be found (with a source given: none whose source is coded UNO). All sentences are written for Lapwing.
"""

from __future__ import annotations

from sweep_runner import print_failures, run, sweep_args

CLAIMED = ("asserted", "attributed", "future")
#: a source pronoun with a country is the named source ("Ukraine reiterated *its* demand ...")
PRONOUNS = ("it", "its", "he", "his", "she", "her", "they", "their")


def _items(kind: str, rows: list[tuple]) -> list[tuple]:
    return [(kind, text, list(checks)) for text, *checks in rows]


ITEMS: list[tuple] = []
ITEMS += _items("02_appeal", [
    ("Egypt urged restraint on both sides after the shelling near the border.", (("02",), "Egypt")),
    ("The Kenyan foreign minister appealed to the rebels to lay down their arms.", (("02",), "minister")),
    ("Germany renewed calls for a ceasefire in Sudan on Thursday.", (("02",), "Germany")),
    ("Pakistan's prime minister called on India to resume the stalled dialogue.", (("02",), "minister")),
    ("The Pope made an appeal for calm in the capital after the riots.", (("02",), "Pope")),
    ("Brazil issued a call for dialogue between the government and the strikers.", (("02",), "Brazil")),
    ("Turkey pressed Sweden to extradite the two suspects.", (("02", "10"), "Turkey")),
    ("The United Nations pleaded with the warring parties to open the corridors.", (("02",), "United Nations")),
    ("Nigeria's president encouraged the opposition to join the talks.", (("02",), "president")),
    ("Japan asked China to release the detained fishermen.", (("02", "10"), "Japan")),
    ("Norway's envoy reiterated his appeal for an end to the fighting.", (("02",), "envoy")),
    ("The French government called for an immediate halt to the fighting.", (("02", "10"), "government")),
    ("The African Union exhorted the two leaders to honour the agreement.", (("02",), "African Union")),
    ("Indonesia lobbied its neighbours to back the resolution.", (("02",), "Indonesia")),
])
ITEMS += _items("03_intend", [
    ("Russia expressed readiness to resume talks with Ukraine.", (("03",), "Russia")),
    ("The Colombian rebels signalled willingness to negotiate with the government.", (("03",), "rebels")),
    ("Iran said it was ready to cooperate with the nuclear inspectors.", (("03",), "Iran")),
    ("China pledged to provide further aid to Laos.", (("03",), "China")),
    ("The Ethiopian government vowed to hold talks with the Tigrayan leaders.", (("03",), "government")),
    ("South Korea promised to send a delegation to Pyongyang next month.", (("03",), "South Korea")),
    ("Mexico offered to mediate between the two factions.", (("03",), "Mexico")),
    ("Serbia declared its willingness to normalise relations with Kosovo.", (("03",), "Serbia")),
    ("Qatar announced its intention to host a new round of negotiations.", (("03",), "Qatar")),
    ("The Philippine president voiced his readiness to meet the rebel leaders.", (("03",), "president")),
    ("Vietnam is willing to work with Cambodia on the border issue, its foreign minister said.", (("03",), None)),
    ("The Sudanese army agreed in principle to a truce.", (("03", "08"), "army")),
])
ITEMS += _items("04_consult", [
    ("The Indian foreign minister held talks with his Chinese counterpart in Delhi.", (("04",), "minister")),
    ("Macron spoke by telephone with the Iranian president on Monday.", (("04",), "Macron")),
    ("Polish and Lithuanian officials met in Warsaw to discuss border security.", (("04",), None)),
    ("The Saudi crown prince hosted the Yemeni delegation in Riyadh.", (("04",), "prince")),
    ("Kenya's president visited Uganda for two days.", (("04",), "president")),
    ("The two ministers conferred on the crisis by phone.", (("04",), None)),
    ("Talks between Armenia and Azerbaijan resumed in Geneva.", (("04",), None)),
    ("Chile consulted Peru on the planned fishing limits.", (("04",), "Chile")),
])
ITEMS += _items("05_dipcoop", [
    ("Spain praised Morocco for its help in stopping the smugglers.", (("05",), "Spain")),
    ("Ghana welcomed the agreement between the two parties.", (("05",), "Ghana")),
    ("The Thai prime minister thanked Malaysia for its mediation.", (("05",), "minister")),
    ("Canada voiced support for the Ukrainian peace plan.", (("05",), "Canada")),
    ("Egypt expressed its support for the Palestinian negotiators.", (("05",), "Egypt")),
    ("Italy and Libya signed an agreement on migration.", (("05", "06"), None)),
    ("The Czech president endorsed the candidacy of the Slovak minister.", (("05",), "president")),
    ("Argentina backed Uruguay's bid to host the summit.", (("05",), "Argentina")),
    ("Austria recognised the new government in Bamako.", (("05",), "Austria")),
    ("Ecuador apologised to Colombia for the border incursion.", (("05",), "Ecuador")),
])
ITEMS += _items("10_demand", [
    ("Ukraine reiterated its demand that Russia withdraw all its troops.", (("10",), "Ukraine")),
    ("Iran demanded the release of its diplomats held in Baghdad.", (("10",), "Iran")),
    ("The Greek government insisted that Turkey respect its airspace.", (("10",), "government")),
    ("The opposition made it a condition that the army return to barracks.", (("10",), "opposition")),
    ("Syria made the withdrawal of Turkish forces a condition for any talks.", (("10",), "Syria")),
    ("Armenia renewed its demand for an international inquiry into the shelling.", (("10",), "Armenia")),
    ("The strikers are demanding higher wages from the state firm.", (("10", "14"), "strikers")),
    ("Hungary called for the immediate lifting of the sanctions.", (("10", "02"), "Hungary")),
    ("Israel insisted on the return of all hostages before any truce.", (("10",), "Israel")),
    ("China's demand that Japan apologise was repeated by its ambassador.", (("10",), None)),
    ("Bolivia pressed for the return of the seized aircraft.", (("10",), "Bolivia")),
    ("The rebels want the government to free their commanders before the talks.", (("10",), "rebels")),
    ("Kosovo's prime minister stood firm on his demand for recognition.", (("10",), "minister")),
    ("The union repeated its call for the finance minister to resign.", (("10", "02"), "union")),
    ("Afghan officials asked that Pakistan hand over the suspects.", (("10",), "officials")),
    ("Venezuela insisted that the United States lift the embargo.", (("10",), "Venezuela")),
])
ITEMS += _items("11_disapprove", [
    ("Russia condemned the airstrike on its embassy in Damascus.", (("11",), "Russia")),
    ("France voiced opposition to the proposed tariffs.", (("11", "12"), "France")),
    ("The Chinese foreign ministry criticised Canada over the arrests.", (("11",), "ministry")),
    ("Sweden expressed concern over the detention of the journalists in Belarus.", (("11",), "Sweden")),
    ("India accused Pakistan of sheltering the attackers.", (("11",), "India")),
    ("The Iraqi president denounced the killing of the protesters.", (("11",), "president")),
    ("Lebanon lodged a complaint with the Security Council over the violations.", (("11",), "Lebanon")),
    ("Nigeria deplored the attack on the peacekeepers.", (("11",), "Nigeria")),
    ("Belgium voiced its disapproval of the court ruling.", (("11",), "Belgium")),
    ("The Tanzanian opposition leader blamed the police for the deaths.", (("11",), "leader")),
    ("Algeria expressed its strong opposition to the deployment of foreign troops.", (("11", "12"), "Algeria")),
    ("Kuwait slammed the decision as a grave mistake.", (("11",), "Kuwait")),
    ("The Finnish prime minister took issue with Hungary's stance on the treaty.", (("11",), "minister")),
    ("Peru protested to Chile over the detention of its fishermen.", (("11", "14"), "Peru")),
])
ITEMS += _items("12_reject", [
    ("Israel ruled out a ceasefire in Gaza.", (("12",), "Israel"), (("!19", "!20", "!18"), None)),
    ("The Taliban dismissed the proposal as meaningless.", (("12",), "Taliban")),
    ("Moscow rejected the peace plan put forward by Kyiv.", (("12",), None)),
    ("The Serbian president said that recognising Kosovo is out of the question.", (("12",), None)),
    ("Azerbaijan balked at the terms of the agreement.", (("12",), "Azerbaijan")),
    ("Britain refused to extradite the former minister to Rwanda.", (("12",), "Britain")),
    ("The junta in Niger turned down the offer of mediation.", (("12",), "junta")),
    ("Tehran ruled out any talks with Washington.", (("12",), None), (("!04",), None)),
    ("The Ukrainian president ruled out ceding territory to Russia.", (("12",), "president")),
    ("The Sudanese army has declined to attend the talks in Jeddah.", (("12",), "army")),
    ("The proposal was rejected by the Congolese government.", (("12",), "government")),
    ("North Korea spurned Seoul's offer of aid.", (("12",), "North Korea")),
    ("The Ethiopian prime minister dismissed calls for his resignation.", (("12",), "minister")),
    ("Poland said it would not accept the migrant quotas.", (("12",), "Poland")),
    ("Hamas has so far refused any deal that does not end the war.", (("12",), "Hamas")),
    ("The Cypriot government voiced its rejection of the plan.", (("12",), "government")),
    ("Lithuania vetoed the sanctions package.", (("12",), "Lithuania")),
    ("The Somali president ruled out holding talks with the militants.", (("12",), "president"), (("!04",), None)),
])
ITEMS += _items("13_threaten", [
    ("China threatened to impose sanctions on the US defence firms.", (("13",), "China")),
    ("The Houthis warned that they would attack ships in the Red Sea.", (("13",), "Houthis")),
    ("Turkey issued a threat to launch a new ground offensive in Syria.", (("13",), "Turkey")),
    ("Russia warned Finland of retaliation if it joined the alliance.", (("13",), "Russia")),
    ("The Indian army chief threatened retaliation against Pakistan.", (("13",), "chief")),
    ("Iran gave an ultimatum to the tanker's crew.", (("13",), "Iran")),
    ("The rebels vowed to retaliate against the army for the raid.", (("13",), "rebels")),
    ("North Korea threatened the South with a nuclear strike.", (("13",), "North Korea"), (("!19", "!20"), None)),
])
ITEMS += _items("deny_refuse", [
    ("Rwanda denied supporting the M23 rebels.", (("016", "11", "12"), "Rwanda")),
    ("The Kremlin denied any involvement in the poisoning.", (("016", "11", "12"), "Kremlin")),
    ("Pakistan rejected accusations that it had harboured the militants.", (("016", "11", "12"), "Pakistan")),
    ("Beijing refused to comment on the report.", (("011", "12"), "Beijing")),
    ("The Iranian authorities refused permission for the inspectors to visit the site.", (("12",), "authorities")),
    ("Myanmar's junta refused entry to the UN envoy.", (("12",), "junta")),
    ("Hungary has refused to allow weapons transit through its territory.", (("12",), "Hungary")),
    ("The Malian junta denied the claims as baseless.", (("016", "11", "12"), "junta")),
    ("The Bosnian Serb leader flatly denied that his forces had shelled the town.", (("016",), "leader")),
    ("Laos declined to comment on the fate of the activist.", (("011", "12"), "Laos")),
])
ITEMS += _items("condition", [
    ("The opposition made it a condition that the army return to barracks.", (("10",), "opposition")),
    ("Syria made the withdrawal of Turkish forces a condition for any talks.", (("10",), "Syria")),
    ("Ghana made debt relief a precondition for signing the deal.", (("10",), "Ghana")),
    ("The Peruvian government made the release of the hostages a prerequisite for negotiations.",
     (("10",), "government")),
    ("Hamas has made a full withdrawal a condition of any deal.", (("10",), "Hamas")),
    ("The Bolivian president made it a precondition that the blockades end first.", (("10",), "president")),
])
ITEMS += _items("out_of_question", [
    ("The Serbian president said that recognising Kosovo is out of the question.", (("12",), "president")),
    ("The Estonian prime minister said that talks with Moscow were out of the question.", (("12",), "minister")),
    ("A new referendum is out of the question, the Scottish first minister said.", (("12",), "minister")),
    ("The Malian junta insisted that a return to civilian rule this year was out of the question.",
     (("12",), "junta")),
    ("The Cuban foreign minister stated that new concessions were out of the question.", (("12",), "minister")),
    ("The Venezuelan president said that lifting the ban on aid is out of question.", (("12",), "president")),
])
ITEMS += _items("threat_noun", [
    ("Turkey issued a threat to launch a new ground offensive in Syria.", (("13",), "Turkey"),
     (("!19", "!18"), None)),
    ("The Houthis issued threats against shipping in the Red Sea.", (("13",), "Houthis")),
    ("The Azerbaijani defence ministry issued a fresh threat to strike the Armenian positions.", (("13",), "ministry")),
    ("Pyongyang issued a threat of nuclear retaliation against Seoul.", (("13",), "Pyongyang")),
])
ITEMS += _items("position", [
    ("It is Japan's position that the islands belong to Japan.", (("01",), "Japan")),
    ("Moscow's position is that the sanctions must be lifted first.", (("01", "10"), None)),
    ("Germany maintained its position that it would not send tanks.", (("01", "12"), "Germany")),
    ("The Philippines insisted that it has sovereign rights over the shoal.", (("01",), "Philippines")),
    ("Kenya stuck to its stance that the election was fair.", (("01",), "Kenya")),
])
ITEMS += _items("actor", [
    ("The Security Council condemned the attack on the convoy in Mali.", (("11",), "Security Council")),
    ("A Labour councillor criticised the mayor over the housing plans.", (("11",), "councillor")),
    ("The Security Council urged the two sides to stop the fighting.", (("02",), "Security Council")),
    ("A Zambian councillor accused the mining firm of polluting the river.", (("11",), "councillor")),
    ("Local councillors in Durban condemned the eviction of the traders.", (("11",), "councillors")),
    ("The UN Security Council demanded an immediate ceasefire in Sudan.", (("10", "02"), "Security Council")),
])
ITEMS += _items("control", [
    ("Israel ruled out a ceasefire in Gaza.", (("!07", "!08", "!19", "!20"), None)),
    ("Hungary demanded that Brussels release the frozen funds.", (("!07", "!06"), None)),
    ("Ukraine insisted that Russia withdraw its troops from the occupied territories.", (("!087", "!08"), None)),
    ("The opposition wants an end to the bombing of the villages.", (("!19", "!18", "!20"), None)),
    ("The army ruled out a ground assault on the city.", (("!19", "!18", "!17"), None)),
    ("The minister said the proposal was worth considering.", (("!12",), None)),
    ("Russia's Security Council met in Moscow on Friday.", (("!10", "!11", "!12"), None)),
    ("Iran's Supreme National Security Council approved the plan.", (("!12",), None)),
    ("The Security Council of Armenia discussed the border on Monday.", (("!11",), None)),
    ("The rebels demanded that the army stop shelling the city.", (("!19", "!20"), None)),
    ("A condition of the deal is that troops leave the zone.", (("!19",), None)),
    ("Turkey threatened to launch an offensive against the Kurdish fighters.", (("!19", "!18", "!20"), None)),
    ("The ministry made changes to the conditions of the loan.", (("!10",), None)),
    ("The government made conditions for foreign investors easier.", (("!10",), None)),
    ("The coach said that a win was out of the question.", (("!12",), None)),
    ("The minister said the question was out in the open now.", (("!12",), None)),
    ("Russia's Security Council condemned the NATO exercises.", (("!11",), "UN")),
    ("The Kazakh Security Council criticised the protesters.", (("!11",), "UN")),
    ("The Security Council of Armenia condemned the shelling of the border villages.", (("!11",), "UN")),

])


def judge(kind: str, evs, checks) -> str:
    claimed = [e for e in evs if e.status in CLAIMED]
    for roots, source in checks:
        if roots[0].startswith("!"):
            if any(e.cameo.startswith(tuple(r[1:] for r in roots))
                   and (source is None or (e.source and e.source.country == "UNO")) for e in claimed):
                return "wrong event"
            continue
        if not any(e.cameo.startswith(roots) and (source is None or (e.source and (
                source in e.source.text or (e.source.text.lower() in PRONOUNS and e.source.country))))
                   for e in claimed):
            return "missed" if not any(e.cameo.startswith(roots) for e in claimed) else "wrong source"
    return "ok"


if __name__ == "__main__":
    args = sweep_args()
    items = [(k, t, c) for k, t, c in ITEMS if args.kind in (None, k)]
    print_failures(run(items, judge, args.show))
