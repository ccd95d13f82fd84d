"""A sweep of material events in many phrasings (issue 10, branch rc31): material cooperation (06), aid (07),
yielding (08), protest (14), force posture (15), reduced relations (16), coercion (17), assault (18), fighting (19)
and mass violence (20), each as a finite verb, a light verb with a noun, a phrasal verb, a nominal event, a passive,
a counted or bare plural subject and a lower-cased headline, with controls (``control``: no claimed event of the
named root may come out).

    PYTHONPATH=src .venv/bin/python scripts/event_material_sweep31.py [--show N] [--kind KIND]

Each sentence lists checks ``(roots, source)``: a claimed event (asserted, attributed, future) whose CAMEO code starts
with one of ``roots`` and whose source text contains ``source`` (when given); a root written ``!19`` means no claimed
event coded 19... may be found. All sentences are written for Lapwing; ``tests/test_event_material31.py`` runs them.
"""

from __future__ import annotations

from sweep_runner import print_failures, run, sweep_args

CLAIMED = ("asserted", "attributed", "future")


def _items(kind: str, rows: list[tuple]) -> list[tuple]:
    return [(kind, text, list(checks)) for text, *checks in rows]


ITEMS: list[tuple] = []
ITEMS += _items("06_cooperate", [
    ("Kenya and Ethiopia signed a trade pact on Tuesday.", (("06", "05"), None)),
    ("Vietnamese and Indian navies held joint exercises in the South China Sea.", (("06", "15"), None)),
    ("Chile agreed to share intelligence on the cartels with Argentina.", (("06", "03"), "Chile")),
    ("Norway extradited the suspect to Sweden on Friday.", (("06", "174"), "Norway")),
    ("Ghanaian and Togolese police launched a joint operation against smugglers.", (("06", "17"), None)),
    ("The Latvian parliament ratified the defence pact with Poland.", (("05", "06"),  "parliament")),
    ("Japan and Australia stepped up military cooperation on Monday.", (("06",), None)),
    ("Bulgaria handed over the wanted businessman to Greek authorities.", (("06", "08", "174"), "Bulgaria")),
])
ITEMS += _items("07_aid", [
    ("Saudi Arabia sent 50 tonnes of food aid to Sudan.", (("07",), "Saudi Arabia")),
    ("The World Bank approved a 300 million dollar loan for Zambia.", (("07", "06"), "World Bank")),
    ("Germany pledged 20 million euros in humanitarian aid for Gaza.", (("07", "03"), "Germany")),
    ("Britain delivered anti-tank weapons to Ukraine.", (("07",), "Britain")),
    ("Egypt granted asylum to the former Libyan minister.", (("075", "07"), "Egypt")),
    ("Turkey airlifted tents and blankets to the quake victims in Syria.", (("07",), "Turkey")),
    ("The United Nations deployed peacekeepers to the border region.", (("07", "15"), "United Nations")),
    ("Food aid was distributed by the Red Cross in Tigray.", (("07",), "Red Cross")),
    ("China provided emergency relief to flood-hit Pakistan.", (("07",), "China")),
    ("The European Union announced a 50 million euro aid package for Lebanon.", (("07", "03"), "European Union")),
    ("india supplies vaccines to nepal", (("07",), None)),
    ("The United States sent military advisers to Niger.", (("07", "06", "15"), "United States")),
])
ITEMS += _items("08_yield", [
    ("The Israeli army released 30 Palestinian prisoners on Thursday.", (("084", "08"), "army")),
    ("Myanmar's junta freed hundreds of political prisoners.", (("084", "08"), "junta")),
    ("The hostages were freed by the kidnappers after a week.", (("084", "08"), "kidnappers")),
    ("The rebels agreed to a ceasefire in Darfur.", (("08", "03"), "rebels")),
    ("Russian troops withdrew from the town of Kherson.", (("0874", "08"), "troops")),
    ("The Sri Lankan government lifted the state of emergency.", (("08",), "government")),
    ("Washington eased sanctions on Venezuelan oil.", (("085", "08"), "Washington")),
    ("The Colombian guerrillas laid down their arms on Monday.", (("08",), "guerrillas")),
    ("The Iraqi prime minister resigned amid protests.", (("08",), "minister")),
    ("Pakistan handed back the captured pilot to India.", (("08",), "Pakistan")),
    ("The Ethiopian government allowed aid convoys into Tigray.", (("08", "07"), "government")),
    ("The Armenian forces pulled out of the disputed villages.", (("08",), "forces")),
    ("Azerbaijan returned the bodies of eight soldiers to Armenia.", (("08",), "Azerbaijan")),
    ("Cuba's release of the dissidents was welcomed by Spain.", (("084", "08", "05"), None)),
    ("The Kenyan government reopened the border with Somalia.", (("08",), "government")),
])
ITEMS += _items("14_protest", [
    ("Thousands of teachers marched through Nairobi to demand higher pay.", (("14",), "teachers")),
    ("Opposition supporters staged a sit-in outside the electoral commission in Kampala.", (("14",), "supporters")),
    ("Farmers blocked the main highway into Delhi with tractors.", (("14",), "Farmers")),
    ("Dock workers in Antwerp went on strike over pay.", (("143", "14"), "workers")),
    ("A jailed Bahraini activist went on a hunger strike.", (("142", "14"), "activist")),
    ("Students held a rally in Dhaka against the quota system.", (("14",), "Students")),
    ("Hundreds took to the streets of Tbilisi on Saturday.", (("14",), None)),
    ("Protesters torched police vehicles in Nairobi.", (("145", "14", "18"), "Protesters")),
    ("Rioters looted shops in Johannesburg.", (("145", "14"), "Rioters")),
    ("Taxi drivers protested in Lagos against the new levy.", (("14",), "drivers")),
    ("Nurses walked off the job at three hospitals in Manila.", (("14",), "Nurses")),
    ("The opposition boycotted the parliamentary vote in Tirana.", (("14", "12"), "opposition")),
    ("Some 5,000 people demonstrated in Belgrade against the lithium mine.", (("14",), None)),
    ("Truck drivers blockaded the border crossing with Poland.", (("14", "19"), "drivers")),
    ("thousands rally in yerevan against government", (("14",), None)),
    ("A demonstration was held outside the Iranian embassy in London.", (("14",), None)),
    ("Mine workers downed tools at the Zambian copper mine.", (("14",), "workers")),
    ("Villagers occupied the offices of the palm oil company.", (("14", "19"), "Villagers")),
])
ITEMS += _items("15_posture", [
    ("China deployed warships near the Taiwan Strait.", (("15",), "China")),
    ("North Korea test-fired two ballistic missiles into the sea.", (("15", "19"), "North Korea")),
    ("The Indian army was put on high alert along the border.", (("15",), None)),
    ("Russia massed troops near the Ukrainian border.", (("15",), "Russia")),
    ("Iran mobilised its reserve forces on Sunday.", (("15",), "Iran")),
    ("The Serbian president placed the army on full combat readiness.", (("15",), "president")),
    ("Venezuela staged military drills near the Colombian border.", (("15",), "Venezuela")),
    ("Police stepped up security in Colombo ahead of the vote.", (("15",), "Police")),
    ("Russia staged a show of force near the Finnish border.", (("15",), "Russia")),
    ("The Philippine military increased its patrols near the disputed shoal.", (("15",), "military")),
])
ITEMS += _items("16_reduce", [
    ("Morocco cut diplomatic ties with Iran.", (("16",), "Morocco")),
    ("Nicaragua expelled the German ambassador.", (("16", "17"), "Nicaragua")),
    ("The European Union imposed sanctions on Belarusian officials.", (("16",), "European Union")),
    ("The United States suspended military aid to Egypt.", (("16",), "United States")),
    ("Kiribati recalled its ambassador from Taipei.", (("16",), "Kiribati")),
    ("The rebels pulled out of the peace talks in Doha.", (("16",), "rebels")),
    ("Algeria severed relations with Morocco in August.", (("16",), "Algeria")),
    ("Washington slapped tariffs on Chinese steel.", (("16",), "Washington")),
    ("Canada froze the assets of six Russian oligarchs.", (("16", "17"), "Canada")),
    ("Ghana halted negotiations with the mining company.", (("16",), "Ghana")),
])
ITEMS += _items("17_coerce", [
    ("Police arrested three opposition leaders in Harare.", (("173",), "Police")),
    ("Four journalists were detained by security forces in Tehran.", (("173",), "forces")),
    ("A Turkish court issued arrest warrants for 12 academics.", (("173", "17"), "court")),
    ("The Kenyan authorities deported two British nationals.", (("174",), "authorities")),
    ("The government imposed a curfew in the northern city of Kano.", (("172",), "government")),
    ("The Ethiopian government declared a state of emergency.", (("172",), "government")),
    ("Police cracked down on protesters in Khartoum.", (("17",), "Police")),
    ("Indian police took three suspected militants into custody.", (("173",), "police")),
    ("Police in Juba placed the former minister under house arrest.", (("173", "17"), "Police")),
    ("The junta banned the main opposition party.", (("172", "17"), "junta")),
    ("Police rounded up dozens of migrants in Tunis.", (("173", "17"), "Police")),
    ("The Chinese authorities placed the dissident under house arrest.", (("173", "17"), "authorities")),
    ("Security forces fired tear gas at demonstrators in Conakry.", (("17", "18"), "forces")),
    ("Israeli troops demolished the family home of the attacker.", (("17",), "troops")),
    ("The arrest of the opposition leader by police sparked protests.", (("173",), None)),
    ("Iran executed two men convicted of spying for Israel.", (("17", "18"), "Iran")),
    ("police detain 20 protesters in minsk", (("173",), "police")),
])
ITEMS += _items("18_assault", [
    ("Gunmen abducted 30 pupils from a school in Kaduna.", (("181",), "Gunmen")),
    ("A suicide bomber blew himself up at a market in Mogadishu.", (("183", "18"), "bomber")),
    ("Militants kidnapped two Chinese engineers in Balochistan.", (("181",), "Militants")),
    ("A car bomb killed seven soldiers in Kabul.", (("18", "19"), None)),
    ("Unknown assailants assassinated the mayor of the town.", (("186", "18"), "assailants")),
    ("The prisoners were tortured by the guards.", (("1822", "18"), "guards")),
    ("A mob lynched two men accused of theft.", (("18",), "mob")),
    ("A truck rammed into a crowd of shoppers in Stockholm.", (("18",), None)),
    ("Bandits killed upwards of 20 villagers in Katsina.", (("18", "19", "20"), "Bandits")),
    ("Two policemen were stabbed by a man in Paris.", (("18",), "man")),
    ("Gunmen shot dead a local councillor in Michoacan.", (("18", "19"), "Gunmen")),
    ("Militants beheaded a captured soldier.", (("18",), "Militants")),
    ("A roadside bomb struck an army convoy in Helmand.", (("18", "19"), None)),
    ("The kidnapping of the aid workers was carried out by the rebels.", (("181",), None)),
    ("The rebel commander was assassinated in a car bombing.", (("18",), None)),
    ("Jihadists massacred 40 villagers in Burkina Faso.", (("18", "20"), "Jihadists")),
    ("gunmen abduct priest in nigeria", (("181",), "gunmen")),
])
ITEMS += _items("19_fight", [
    ("Soldiers engaged in a firefight with militants near Mosul.", (("19",), "Soldiers")),
    ("Russian forces shelled the city of Kharkiv overnight.", (("19",), "forces")),
    ("Israeli jets struck targets in southern Lebanon.", (("19",), "jets")),
    ("Government troops clashed with rebels in the east.", (("19",), "troops")),
    ("Rebels attacked a military base in Cabo Delgado.", (("19", "18"), "Rebels")),
    ("The army launched an offensive against the militants.", (("19",), "army")),
    ("Houthi rebels fired missiles at Saudi Arabia.", (("19",), "rebels")),
    ("Fighting broke out between the army and the RSF in Khartoum.", (("19",), None)),
    ("Ukrainian drones hit an oil depot in Russia.", (("19",), None)),
    ("Troops opened fire on the rebels near the border.", (("19",), "Troops")),
    ("The militants stormed a police station in Dagestan.", (("19", "18"), "militants")),
    ("The town was captured by the rebels on Monday.", (("19",), "rebels")),
    ("Insurgents ambushed a police convoy in Sinai.", (("19", "18"), "Insurgents")),
    ("Pakistani troops exchanged fire with Indian troops along the border.", (("19",), "troops")),
    ("The Syrian air force bombed rebel positions in Idlib.", (("19",), "force")),
    ("An airstrike by the coalition killed ten fighters.", (("19",), None)),
    ("The Turkish army carried out air strikes on Kurdish positions.", (("19",), "army")),
    ("The ceasefire was violated by the rebels on Tuesday.", (("19",), None)),
    ("Iraqi forces retook the town of Tal Afar from the militants.", (("19",), "forces")),
    ("The navy blockaded the port of Hodeidah.", (("19",), "navy")),
    ("rebels seize town in eastern congo", (("19",), "rebels")),
    ("Armed men opened fire on worshippers in a mosque.", (("18", "19"), "men")),
])
ITEMS += _items("20_mass", [
    ("The regime used chemical weapons against civilians in Ghouta.", (("20",), "regime")),
    ("Militias carried out ethnic cleansing against the Masalit in West Darfur.", (("20",), "Militias")),
    ("Soldiers massacred hundreds of civilians in the village.", (("20", "18"), "Soldiers")),
    ("The army expelled thousands of Rohingya from their villages.", (("20", "17"), "army")),
    ("Dozens of villagers were massacred by soldiers in central Mali.", (("20", "18"), "soldiers")),
])
ITEMS += _items("light_phrasal", [
    ("The rebels carried out an attack on a military convoy.", (("19", "18"), "rebels")),
    ("Police made several arrests after the clashes.", (("173",), "Police")),
    ("Workers staged a walkout at the car plant.", (("14",), "Workers")),
    ("The army mounted an assault on the rebel stronghold.", (("19",), "army")),
    ("Unions called a general strike in Buenos Aires.", (("14",), "Unions")),
    ("Israel conducted raids in the West Bank.", (("19", "17"), "Israel")),
    ("The government gave in to the protesters' demands.", (("08",), "government")),
    ("The militants set fire to a church in Plateau state.", (("18", "19", "17"), "militants")),
    ("The police opened an investigation into the killing.", (("09",), "police")),
    ("Russia launched a wave of drone strikes on Kyiv.", (("19",), "Russia")),
    ("The rebels handed over their weapons to the peacekeepers.", (("08",), "rebels")),
    ("Protesters set up roadblocks across the capital.", (("14",), "Protesters")),
])
ITEMS += _items("round31_classes", [
    ("Bandits killed upwards of 20 villagers in Katsina.", (("18", "19", "20"), "Bandits")),
    ("Gunmen abducted upwards of 40 passengers from a bus near Kaduna.", (("181",), "Gunmen")),
    ("The militia executed upwards of 50 prisoners near Sirte.", (("17", "18", "20"), "militia")),
    ("About 400 marched through Hamburg on Saturday.", (("14",), "400")),
    ("Some 2,000 demonstrated outside the embassy in Vilnius.", (("14",), "2,000")),
    ("The Malian rebels pulled out of the peace talks in Algiers.", (("164", "16"), "rebels"), (("!0874",), None)),
    ("The opposition pulled out of the dialogue with the junta.", (("16",), "opposition")),
    ("The Greek navy was put on high alert in the Aegean.", (("152",), "navy")),
    ("The Moroccan army was placed on high alert after the attack.", (("152",), "army")),
    ("The Kenyan police were put on alert before the march.", (("151",), "police")),
    ("Fierce fighting broke out between Sudanese troops and the militia in El Fasher.", (("19",), "troops")),
    ("Fighting broke out between the army and the rebels in Juba.", (("19",), "army")),
    ("The Kurdish leader stood firm on his demand for autonomy.", (("10",), "leader")),
    ("Britain sent military trainers to Kenya last month.", (("06",), "Britain")),
])
ITEMS += _items("control", [
    ("The company staged a strong comeback in the third quarter.", (("!14",), None)),
    ("The film was shot in Morocco last year.", (("!18", "!19"), None)),
    ("The striker fired the ball into the net.", (("!19", "!18"), None)),
    ("The storm killed twelve people in the Philippines.", (("!18", "!19", "!20"), None)),
    ("Prices of bread soared after the drought.", (("!14", "!19"), None)),
    ("The team attacked the problem with fresh ideas.", (("!19", "!18"), None)),
    ("Shares in the bank were released on Monday.", (("!084",), None)),
    ("The band released a new album in March.", (("!08",), None)),
    ("The minister launched a new website for farmers.", (("!19",), None)),
    ("The singer staged a concert in the stadium.", (("!14",), None)),
    ("The bill was passed by parliament on Friday.", (("!19", "!18", "!17"), None)),
    ("The heat wave struck southern Europe in July.", (("!19", "!18"), None)),
    ("Investors fled the stock market after the report.", (("!20", "!19"), None)),
    ("The opposition fought hard in the election campaign.", (("!19",), None)),
    ("The government froze public sector wages.", (("!16",), None)),
    ("The players went on a winning streak.", (("!14",), None)),
    ("The virus killed thousands of chickens in the province.", (("!18", "!19", "!20"), None)),
    ("The children marched into the classroom.", (("!14",), None)),
    ("The bank cut interest rates by half a point.", (("!16",), None)),
    ("Fans blocked the view of the stage with banners.", (("!14",), None)),
    ("The new mall drew thousands of shoppers on Saturday.", (("!14",), None)),
    ("The minister said the army would not attack the city.", (("!19",), None)),
    ("The plan to arrest the leader was abandoned.", (("!173",), None)),
    ("The rebels threatened to attack the capital.", (("!19", "!18"), None)),
    ("Scientists captured images of the comet.", (("!19",), None)),
    ("The hurricane forced thousands to flee their homes.", (("!20", "!17"), None)),
    ("Sales rose by upwards of 20 percent in the quarter.", (("!14", "!18", "!19"), None)),
    ("About 400 attended the concert in the park.", (("!14",), None)),
    ("The sponsor pulled out of the football tournament.", (("!16",), None)),
    ("The team stood firm on the pitch in the second half.", (("!10",), None)),
    ("A fire broke out between the two warehouses at the port.", (("!19",), None)),
    ("The school sent two maths teachers to the village.", (("!06", "!07"), None)),
    ("The hospital was put on alert for flu cases.", (("!15",), None)),
])


def judge(kind: str, evs, checks) -> str:
    claimed = [e for e in evs if e.status in CLAIMED]
    for roots, source in checks:
        if roots[0].startswith("!"):
            if any(e.cameo.startswith(tuple(r[1:] for r in roots)) for e in claimed):
                return "wrong event"
            continue
        if not any(e.cameo.startswith(roots) and (source is None or (e.source and source in e.source.text))
                   for e in claimed):
            return "missed" if not any(e.cameo.startswith(roots) for e in claimed) else "wrong source"
    return "ok"


if __name__ == "__main__":
    args = sweep_args()
    items = [(k, t, c) for k, t, c in ITEMS if args.kind in (None, k)]
    counts = run(items, judge, args.show)
    print_failures(counts)
    total = sum(sum(c.values()) for c in counts.values())
    print(f"all: {total - sum(c['ok'] for c in counts.values())} of {total} fail")
