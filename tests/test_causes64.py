"""Causes that are no doers, session 33 round fr64 (issue 10): hazards, accidents, diseases and economic forces.

- weather, natural hazards, diseases and harmless mishaps (lexicon set ``@hazard_cause``; a blast of a fuel or a
  machine, ``@mishap_fuel``) as the subject of kill / injure / destroy / force, or of the verb a conjunct hangs on,
  are no doers (``hazard_cause.cause_doer``);
- economic forces (``@economic_cause``: prices, a slump, a recession, a setback, a defeat) forcing a party are
  causes; so is a cause a party owns ("the LDP's setback", "opposition protests") as the subject of "forced";
- "hard-pressed to" is a strain, no pressure on anyone (``hazard_cause.hard_pressed``);
- an amount pledged "in aid to X" has X as its target (``argspecs``: the to-phrase of the help noun an amount is
  given in).

Controls: real doers (a militia, troops, police, a government, missiles, a bomb) still code. All sentences are
invented for this test.
"""

from __future__ import annotations

import pytest

from event_helpers import events, show

_ROOTS = ("17", "18", "19", "20")


def _harm(evs, trigger):
    """Events of coercion or violence (roots 17-20) or of pressure (02) on the trigger word."""
    return [e for e in evs if e.trigger is not None and e.trigger.text.lower() == trigger.lower()
            and (e.cameo.startswith(_ROOTS) or e.cameo.startswith("02"))]

CAUSES = [
    ('Hailstorms and strong winds killed three farmers in northern Bangladesh on Sunday.', 'killed'),
    ('Heavy hail destroyed crops and killed two herders in Kyrgyzstan, officials said.', 'killed'),
    ('Strong winds killed four people and uprooted trees across Romania.', 'killed'),
    ('Gale-force winds destroyed dozens of homes in coastal Vietnam.', 'destroyed'),
    ('A hailstorm injured 40 people in the Indian state of Bihar.', 'injured'),
    ('Torrential rains and floods killed 25 people in Kenya this week.', 'killed'),
    ("Flash floods displaced thousands of families in Pakistan's Sindh province.", 'displaced'),
    ('Landslides buried a village and killed 12 people in Nepal, police said.', 'killed'),
    ('An avalanche killed five climbers on a peak in northern India.', 'killed'),
    ('Lightning killed 14 people in the Indian state of Uttar Pradesh.', 'killed'),
    ('Lightning strikes killed nine farmers in Bangladesh.', 'killed'),
    ('A heat wave killed more than 100 people in Pakistan.', 'killed'),
    ('Extreme heat killed dozens of pilgrims in Saudi Arabia, officials said.', 'killed'),
    ('Cyclone Mora killed six people and forced thousands from their homes in Myanmar.', 'killed'),
    ('The cyclone forced the evacuation of 200,000 people in Bangladesh.', 'forced'),
    ('Drought forced thousands of herders in Somalia to leave their land.', 'forced'),
    ('Wildfires forced Greek authorities to evacuate several villages.', 'forced'),
    ('A severe windstorm killed two children in southern Brazil.', 'killed'),
    ('Gusty winds and heavy rain hit the Philippine capital, killing three.', 'killing'),
    ('Snowstorms killed 20 people in Afghanistan, the government said.', 'killed'),
    ('Freezing temperatures killed 30 homeless people in Ukraine.', 'killed'),
    ('A sandstorm killed two people in Iraq on Monday.', 'killed'),
    ('Heavy snowfall killed six people in Kashmir.', 'killed'),
    ('A bus crash killed 15 pilgrims in Nepal, police said.', 'killed'),
    ('A train collision killed 40 passengers in Egypt.', 'killed'),
    ('The collapse of a building killed 20 workers in Bangladesh.', 'killed'),
    ('A gas explosion killed eight people in a residential block in Moscow.', 'killed'),
    ('A gas cylinder explosion injured 12 people at a restaurant in Karachi.', 'injured'),
    ('A boiler explosion killed five workers in China.', 'killed'),
    ('A mine fire killed 11 miners in Colombia.', 'killed'),
    ('A plane crash killed all 70 passengers in Nepal.', 'killed'),
    ('A ferry disaster killed more than 100 people in Tanzania.', 'killed'),
    ("A road accident killed the governor's two aides in Nigeria.", 'killed'),
    ("An electrical fire destroyed the parliament building's library in South Africa.", 'destroyed'),
    ('Cholera killed 40 people in Zimbabwe last month, the health ministry said.', 'killed'),
    ('Malaria killed hundreds of children in Congo last year.', 'killed'),
    ('The Ebola outbreak killed 200 people in Uganda.', 'killed'),
    ('Measles killed 30 children in Madagascar.', 'killed'),
    ('Dengue fever killed 50 people in Bangladesh this month.', 'killed'),
    ('The coronavirus pandemic forced Italy to close its schools.', 'forced'),
    ('An outbreak of bird flu forced Japan to cull a million chickens.', 'forced'),
    ('A tuberculosis epidemic killed thousands of prisoners in Russia.', 'killed'),
    ('Hunger and disease killed dozens of refugees in the camp in Sudan.', 'killed'),
    ('Falling oil prices forced Nigeria to cut its budget.', 'forced'),
    ('Rising inflation forced the central bank of Turkey to raise rates.', 'forced'),
    ('The economic slump forced the government of Greece to seek a bailout.', 'forced'),
    ("The LDP's electoral setback may force the government to call early elections.", 'force'),
    ("The party's defeat in the by-election forced the prime minister to resign.", 'forced'),
    ('High food prices forced Egypt to import more wheat.', 'forced'),
    ('A recession forced Argentina to default on its debt.', 'forced'),
    ('Budget shortfalls forced Kenya to delay payments to teachers.', 'forced'),
    ('The currency crisis forced Sri Lanka to ask the IMF for help.', 'forced'),
    ('Mounting debts forced Zambia to restructure its loans.', 'forced'),
    ('A fall in exports forced the government of Ghana to borrow abroad.', 'forced'),
    ('Opposition protests forced the government of Bangladesh to postpone the vote.', 'forced'),
    ('Mass protests forced the prime minister of Kyrgyzstan to resign.', 'forced'),
    ('Public pressure forced the minister to withdraw the bill.', 'forced'),
    ('The scandal forced the interior minister of Spain to resign.', 'forced'),
    ('The strike forced Air France to cancel hundreds of flights.', 'forced'),
    ('A shortage of fuel forced Cuba to cut power to homes.', 'forced'),
    ('The government is hard-pressed to find money for the army, officials said.', 'hard-pressed'),
    ("Kenya's ministers were hard-pressed to explain the losses.", 'hard-pressed'),
]
LOWER = [(s.lower(), t) for s, t in CAUSES[:12]] + [(s.lower(), t) for s, t in CAUSES[-22:-10]]


@pytest.mark.parametrize("text, trigger", CAUSES + LOWER)
def test_a_cause_is_no_doer(pipe, text, trigger):
    evs = events(pipe, text)
    assert not _harm(evs, trigger), show(evs)

CONTROLS = [
    ('Islamic State fighters killed 15 Iraqi soldiers near Mosul.', 'killed', '19'),
    ('Turkish warplanes destroyed PKK positions in northern Iraq.', 'destroyed', '19'),
    ('Police killed three protesters in Dhaka on Friday.', 'killed', '19'),
    ('The Myanmar army burned villages in Sagaing, witnesses said.', 'burned', '17'),
    ('Russian forces destroyed a Ukrainian ammunition depot.', 'destroyed', '17'),
    ('Gunmen shot dead a police officer in Peshawar.', 'shot', '19'),
    ('Pakistani troops killed four militants in North Waziristan.', 'killed', '19'),
    ('The government forced three opposition newspapers to close.', 'forced', '17'),
    ('Hamas fighters killed two Israeli soldiers in Gaza.', 'killed', '19'),
    ('Security forces killed a rebel commander in Colombia.', 'killed', '19'),
    ('Suspected militants killed eight villagers in Borno state.', 'killed', '19'),
    ('Al-Qaeda militants attacked an army base in Yemen.', 'attacked', '19'),
    ('Serbian police beat protesters in Belgrade.', 'beat', '18'),
    ('Indian troops killed two militants in Kashmir.', 'killed', '19'),
    ('A suicide bomber killed 20 people at a mosque in Kabul.', 'bomber', '18'),
    ('Egyptian police arrested the opposition leader in Cairo.', 'arrested', '17'),
    ('The Sudanese army shelled RSF positions in Omdurman.', 'shelled', '19'),
    ('Rebels killed 12 soldiers in an ambush in eastern Congo.', 'ambush', '19'),
    ('A militia burned houses and killed ten villagers in Ituri, officials said.', 'killed', '19'),
    ('Militants killed three soldiers in northern Mali.', 'killed', '19'),
    ('The government forced the opposition leader into exile.', 'forced', '17'),
    ('Police fired tear gas at protesters in Nairobi.', 'fired', '17'),
    ('Israeli troops killed two Palestinians in the West Bank.', 'killed', '19'),
    ('Rebels destroyed a bridge near the border with Chad.', 'destroyed', '17'),
    ('Russian missiles hit a power station in Kharkiv.', 'hit', '19'),
    ('Gunmen killed five worshippers at a mosque in Niger.', 'killed', '19'),
    ('The junta forced the president of Niger to step down.', 'forced', '17'),
    ('China forced the Philippines to withdraw its ships from the shoal.', 'forced', '17'),
    ('Boko Haram fighters killed 20 farmers near Maiduguri.', 'killed', '19'),
    ('Police shot dead two suspected robbers in Lagos.', 'shot', '19'),
    ('Security forces killed two protesters in Tehran.', 'killed', '19'),
    ("Sudan's army forced RSF fighters to retreat from the city.", 'forced', '17'),
    ('The United States forced Iran to halt the tests, officials said.', 'forced', '17'),
    ('Houthi rebels hit a ship in the Red Sea with a missile.', 'hit', '19'),
    ('Armed men abducted 30 students in Kaduna.', 'abducted', '18'),
    ('Ukrainian drones hit an oil refinery in Russia.', 'hit', '19'),
    ('Police arrested 20 protesters in Caracas.', 'arrested', '17'),
]


@pytest.mark.parametrize("text, trigger, root", CONTROLS)
def test_a_real_doer_still_codes(pipe, text, trigger, root):
    evs = events(pipe, text)
    assert [e for e in _harm(evs, trigger) if e.cameo.startswith(root)], show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("Kenya pressed Uganda to reopen the border.", "pressed"),
    ("Washington pressed Israel to allow more aid into Gaza.", "pressed"),
    ("The European Union pressed Serbia hard to recognise Kosovo.", "pressed"),
])
def test_pressing_someone_still_codes(pipe, text, trigger):
    evs = events(pipe, text)
    assert _harm(evs, trigger), show(evs)


@pytest.mark.parametrize("text, target", [
    ("Canada pledged 20 mln Canadian dlrs in aid to Haiti.", "HTI"),
    ("Japan pledged 3 billion yen in loans to Vietnam on Monday.", "VNM"),
    ("Sweden pledged 40 mln crowns in assistance to Ethiopia.", "ETH"),
    ("Canada pledged 20 million Canadian dollars in aid to Haiti.", "HTI"),
    ("The European Union pledged 50 million euros to Ukraine.", "UKR"),
])
def test_aid_target_after_a_currency(pipe, text, target):
    evs = events(pipe, text)
    assert [e for e in evs if e.cameo.startswith("03") and e.target is not None and e.target.country == target], show(evs)


def test_an_amount_with_no_help_noun_keeps_no_target(pipe):
    evs = events(pipe, "Canada pledged 20 mln Canadian dlrs in new spending at home.")
    assert not [e for e in evs if e.target is not None and e.target.country == "CAN"], show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("Dana Price, a cousin of the senator, was shot and killed in Detroit on Sunday.", "killed"),
    ("Gunmen shot and killed Mark Frost, a local councillor, in Belfast.", "killed"),
])
def test_a_name_that_is_a_cause_word_is_no_cause(pipe, text, trigger):
    from lapwing.extract.events.hazard_cause import cause_doer
    from lapwing.extract.events.coding_checks import PRESSURE_CAUSES
    from lapwing.extract.events.lexicon_loader import load_word_sets
    sets = load_word_sets()
    doc = pipe.nlp(text)
    t = next(x for x in doc if x.text == trigger)
    subj = next((c for c in t.head.children if c.dep_.startswith("nsubj")), None) if t.dep_ == "conj" else None
    assert cause_doer("19", t, subj, False, sets, PRESSURE_CAUSES) is None
