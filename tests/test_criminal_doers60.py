"""Criminals, mobs and unnamed assailants as doers of violence (session 31, round 60).

* a doer the agents table codes as a criminal (CRM: robbers, poachers, smugglers, thieves, gangsters, carjackers,
  cultists), a mob or a thug (``@violent_doer``), or people told only as unknown, unidentified or masked
  (``@unnamed_doer``, then UAF) passes the violence gate for a killing, an assault or an abduction (18-20), as
  bandits, kidnappers and gunmen already did (``victims.criminal_doer``);
* such a doer (CRM or UAF) with no country of its own takes the country of the town or province the act is placed in
  ("shot a cashier *in Lagos*"; ``victims.act_place_country``);
* "thieves" is the plural of "thief" (``country_agents.pluralize_word``);
* theft (17) by criminals is not opened ("thieves stole a bicycle" stays petty crime); criminals struck by the
  police or soldiers stay the victims; a film or a novel about robbers codes nothing.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from event_helpers import events, show, with_trigger


@pytest.mark.parametrize("text, trigger, root, sector, country", [
    # robbers, thieves and other criminals (CRM): plain, lower-cased, reported
    ("Robbers shot a cashier at a fuel station in Ibadan on Monday.", "shot", "19", "CRM", "NGA"),
    ("The police said robbers shot a cashier in Lagos.", "shot", "19", "CRM", "NGA"),
    ("police said robbers shot a cashier in lagos on sunday.", "shot", "19", "CRM", "NGA"),
    ("Armed robbers shot dead a taxi driver in Port Harcourt, police said.", "shot", "19", "CRM", "NGA"),
    ("Robbers stabbed a shop owner during a raid in Durban.", "stabbed", "18", "CRM", "ZAF"),
    ("The robbers shot the cashier and fled, police in Accra said.", "shot", "19", "CRM", "GHA"),
    ("Robbers beat a farmer in Uganda.", "beat", "18", "CRM", "UGA"),
    ("Robbers attacked a bus on the highway near Abuja.", "attacked", "19", "CRM", "NGA"),
    ("Poachers shot dead a ranger in Congo's Virunga park.", "shot", "19", "CRM", "COD"),
    ("Poachers killed two wildlife rangers in northern Kenya, officials said.", "killed", "19", "CRM", "KEN"),
    ("smugglers stabbed a border guard in the province, police said.", "stabbed", "18", "CRM", None),
    ("Thieves killed a security guard during a robbery in Kampala.", "killed", "19", "CRM", "UGA"),
    ("Car thieves shot a motorist in Johannesburg.", "shot", "19", "CRM", "ZAF"),
    ("A gang of thieves beat a night watchman to death in Nairobi.", "beat", "18", "CRM", "KEN"),
    ("Gangsters shot dead a bus conductor in Cape Town.", "shot", "19", "CRM", "ZAF"),
    ("A hitman shot a lawyer outside a court in Bogota.", "shot", "19", "CRM", "COL"),
    ("Carjackers shot a doctor in Pretoria, police said.", "shot", "19", "CRM", "ZAF"),
    ("Cattle rustlers killed seven herders in South Sudan.", "killed", "19", "CRM", "SSD"),
    ("Cultists killed a student in Benin City, police said.", "killed", "19", "CRM", "NGA"),
    ("Gang members shot dead a bus driver in Honduras.", "shot", "19", "CRM", "HND"),
    ("A gang attacked a family in Soweto, South Africa, police said.", "attacked", "19", "CRM", "ZAF"),
    # kidnappers, bandits, pirates: abductions (181)
    ("Kidnappers abducted two foreign engineers in Delta state.", "abducted", "18", "CRM", "NGA"),
    ("Bandits abducted 20 students from a school in Zamfara, police said.", "abducted", "18", "CRM", "NGA"),
    ("Bandits killed 30 people in an attack on a village in Katsina state.", "killed", "19", "CRM", "NGA"),
    ("Pirates kidnapped six sailors from a cargo ship off Nigeria.", "kidnapped", "18", "CRM", "NGA"),
    ("Police said the kidnappers killed the hostage in Enugu.", "killed", "19", "CRM", "NGA"),
    # gunmen, assailants, attackers and people told only as unknown (UAF)
    ("Gunmen shot dead a pastor in Kaduna on Sunday.", "shot", "19", "UAF", "NGA"),
    ("Unknown gunmen killed a village chief in Zamfara.", "killed", "19", "UAF", "NGA"),
    ("Unidentified men shot dead a pastor in Kaduna.", "shot", "19", "UAF", "NGA"),
    ("Unknown men abducted a local chief in Cameroon's Anglophone region.", "abducted", "18", "UAF", "CMR"),
    ("Masked men beat a journalist in Kinshasa, his newspaper said.", "beat", "18", "UAF", "COD"),
    ("unknown men abducted a trader in kano, police said.", "abducted", "18", "UAF", "NGA"),
    ("Assailants stabbed a journalist outside his home in Manila.", "stabbed", "18", "UAF", "PHL"),
    ("Attackers set fire to a church in northern Burkina Faso.", "set", "17", "UAF", "BFA"),
    # a mob: mob violence (1823 lynching, 145 riot) by civilians
    ("A mob lynched a man accused of theft in Kenya.", "lynched", "18", "CVL", "KEN"),
    ("A mob beat a suspected thief to death in Dhaka, police said.", "beat", "18", "CVL", "BGD"),
    ("A mob attacked a pastor in Uganda.", "attacked", "19", "CVL", "UGA"),
    ("An angry mob set fire to a police post in Lagos.", "set", "14", "CVL", None),
    # militants and extremists keep their sector (INS)
    ("Militants killed ten soldiers in northern Mozambique.", "killed", "19", "INS", "MOZ"),
    ("Extremists attacked a school in Pakistan's Khyber province.", "attacked", "19", "INS", "PAK"),
])
def test_a_criminal_or_unnamed_doer_of_violence_is_coded(pipe, text, trigger, root, sector, country):
    evs = events(pipe, text)
    hit = [e for e in with_trigger(evs, trigger) if e.cameo.startswith(root)]
    assert hit, show(evs)
    src = hit[0].source
    assert src is not None and src.sector == sector, show(evs)
    if country:
        assert src.country == country, show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("Thieves stole a bicycle in Nairobi.", "stole"),
    ("thieves stole two goats from a farm, police said.", "stole"),
    ("Pickpockets stole a tourist's wallet in Rome.", "stole"),
    ("A new film about robbers opened in Paris.", "opened"),
    ("The novel tells of bandits who kidnap a princess.", "kidnap"),
])
def test_petty_theft_and_stories_about_criminals_code_nothing(pipe, text, trigger):
    evs = events(pipe, text)
    assert not with_trigger(evs, trigger), show(evs)


@pytest.mark.parametrize("text, trigger, doer, victim", [
    ("Robbers were shot dead by police in Lagos.", "shot", "COP", "CRM"),
    ("Police shot dead three robbers in Kenya.", "shot", "COP", "CRM"),
    ("Two robbers were killed by soldiers in Maiduguri.", "killed", "MIL", "CRM"),
    ("The smugglers were beaten by border guards, the report said.", "beaten", "COP", "CRM"),
    ("Police arrested five kidnappers in Mexico.", "arrested", "COP", "CRM"),
])
def test_criminals_struck_or_held_by_the_state_stay_the_victims(pipe, text, trigger, doer, victim):
    evs = events(pipe, text)
    hit = with_trigger(evs, trigger)
    assert hit and hit[0].source is not None and hit[0].source.sector == doer, show(evs)
    assert hit[0].target is not None and hit[0].target.sector == victim, show(evs)


@pytest.mark.parametrize("text", [
    "Police shot dead two unknown men in Lagos.",
    "The bodies of two unidentified men were found in a river.",
])
def test_unknown_people_who_are_struck_are_not_an_armed_group(pipe, text):
    evs = events(pipe, text)
    assert not [e for e in evs if e.source is not None and e.source.sector == "UAF"], show(evs)


def test_a_feared_attack_by_bandits_is_no_report_of_one(pipe):
    evs = events(pipe, "Residents said they feared bandits would attack the village.")
    assert not [e for e in with_trigger(evs, "attack") if e.status in ("asserted", "attributed")], show(evs)


def test_thief_has_the_plural_thieves():
    from lapwing.lexicons.country_agents import pluralize_phrase, pluralize_word

    assert pluralize_word("thief") == "thieves"
    assert pluralize_phrase("car thief") == "car thieves"
    assert pluralize_word("chief") == "chiefs" and pluralize_word("sheriff") == "sheriffs"


def test_wife_has_the_plural_wives():
    from lapwing.lexicons.country_agents import pluralize_phrase, pluralize_word

    assert pluralize_word("wife") == "wives" and pluralize_word("housewife") == "housewives"
    assert pluralize_phrase("soldier's wife") == "soldier's wives"
    assert pluralize_word("giraffe") == "giraffes" and pluralize_word("sheriff") == "sheriffs"


def test_soldiers_wives_are_the_civilian_protesters_not_the_soldiers(pipe):
    evs = events(pipe, "KYIV, Dec 5 - Hundreds of soldiers' wives protested outside the defence ministry in Kyiv on "
                       "Friday, demanding news of their husbands.")
    protests = [e for e in evs if e.cameo.startswith("14")]
    assert protests and all(e.source is not None and e.source.sector == "CVL" for e in protests), show(evs)
    assert not [e for e in evs if e.source is not None and e.source.sector == "MIL"], show(evs)
