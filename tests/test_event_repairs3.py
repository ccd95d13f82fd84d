"""Parse repairs and gates of the event coder, third round (issue 10): wire-copy word orders and
verb forms the model did not learn from the treebanks.

Every sentence is written for this test (invented places and people or well-known public actors),
each repair in several phrasings, with uses that must stay as they are next to it."""

from __future__ import annotations

import pytest


def events(pipe, text):
    """The events Lapwing codes in ``text`` (a one-sentence article)."""
    from lapwing.schema import Article

    return pipe.analyse(Article(id="t", text=text)).events


def roots(pipe, text):
    return sorted({e.cameo[:2] for e in events(pipe, text)})


def sources(pipe, text):
    return [(e.cameo[:2], e.source.sector if e.source else None) for e in events(pipe, text)]


# -- repair 13: a trigger verb's past form read as a noun ---------------------------------------------
def test_past_forms_come_from_the_lexicon_and_leave_out_nouns():
    from lapwing.extract.events.repair_forms import past_forms, verb_forms

    pf = past_forms()
    assert pf["overran"] == "overrun" and pf["ambushed"] == "ambush"
    # forms that are also nouns or common words are never read as verbs by shape alone
    assert "attacks" not in pf and "shot" not in pf and "raid" not in pf and "left" not in pf
    assert verb_forms()["shot"] == "shoot"


@pytest.mark.parametrize("text", [
    "Al-Shabaab militants overran an army base in southern Somalia after a long gunfight.",
    "Rebels overran a military base near the border.",
    "Islamist militants overran the garrison town on Sunday.",
    "Separatist fighters overran two army posts overnight.",
])
def test_overran_is_a_verb(pipe, text):
    assert "19" in roots(pipe, text), text


@pytest.mark.parametrize("text", [
    "Police shot two protesters during the demonstration.",
    "Soldiers shot three villagers near the market.",
])
def test_noun_root_with_an_object_is_a_verb(pipe, text):
    assert "19" in roots(pipe, text) or "18" in roots(pipe, text), text


@pytest.mark.parametrize("text", [
    "The shot was heard across the valley.",
    "His left hook ended the fight in the third round.",
])
def test_nouns_and_sport_stay_without_events(pipe, text):
    assert roots(pipe, text) == [], text


# -- repair 4 widened: the subject's verb comes after a subordinate clause -----------------------------
@pytest.mark.parametrize("text,root", [
    ("Belarusian police on Sunday detained scores of backers of the jailed activist as country-wide "
     "rallies began.", "17"),
    ("Kenyan police on Monday arrested twelve students as the protests spread to Nakuru.", "17"),
    ("Troops on Tuesday shelled the town of Velmar after rebels attacked a checkpoint.", "19"),
    ("The army on Friday stormed the compound while negotiators waited outside.", "19"),
])
def test_time_phrase_before_verb_with_a_later_clause(pipe, text, root):
    got = sources(pipe, text)
    assert any(r == root and s in ("COP", "MIL") for r, s in got), (text, got)


# -- a verb of violence gives way only to a nominal event that is coded --------------------------------
@pytest.mark.parametrize("text", [
    "French police stormed a migrant camp near the port on Sunday in a crackdown that residents "
    "say is forcing them out.",
    "Soldiers killed 12 civilians in an attack on the village.",
    "Security forces shot dead four protesters during the demonstration in the capital.",
])
def test_violence_verb_kept_when_its_nominal_event_is_not_coded(pipe, text):
    assert set(roots(pipe, text)) & {"18", "19", "20"}, text


def test_violence_verb_still_gives_way_to_a_coded_nominal_event(pipe):
    text = "Israeli troops killed two Palestinians during an Israeli raid on the Jenin refugee camp."
    evs = events(pipe, text)
    violent = [e for e in evs if e.cameo[:2] in ("18", "19", "20")]
    assert 1 <= len(violent) <= 2, [(e.cameo, e.trigger.text) for e in evs]


# -- repair 3 widened: a past participle that is the only verb of a full sentence ---------------------
@pytest.mark.parametrize("text,root", [
    ("Sri Lanka's opposition called for early elections.", "02"),
    ("The African Union called for an end to the fighting in eastern Congo.", "02"),
    ("Kenya's main opposition party called for fresh elections.", "02"),
])
def test_lone_participle_after_the_subject_is_the_main_verb(pipe, text, root):
    assert root in roots(pipe, text), text


# -- a phrase after a name object belongs to the verb -------------------------------------------------
@pytest.mark.parametrize("text,code,target", [
    ("Pakistan asked the International Monetary Fund for a new loan on Monday.", "0231", "IMF"),
    ("Ukraine asked Germany for more air defence systems.", "02", "DEU"),
    ("Kenya thanked Qatar for its mediation.", "05", "QAT"),
])
def test_prepositional_phrase_after_a_name_object(pipe, text, code, target):
    evs = events(pipe, text)
    assert any(e.cameo.startswith(code) and e.target and e.target.country == target for e in evs), \
        [(e.cameo, e.target) for e in evs]


@pytest.mark.parametrize("text,code", [
    ("Prosecutors charged the former interior minister with corruption on Tuesday.", "173"),
    ("Kenyan prosecutors charged two police officers with murder.", "173"),
])
def test_phrase_after_a_person_object_belongs_to_the_verb(pipe, text, code):
    assert code in [e.cameo for e in events(pipe, text)], text


def test_phrase_after_a_thing_object_stays_with_the_thing(pipe):
    evs = events(pipe, "Britain agreed a deal with Rwanda.")
    assert [e.pattern if hasattr(e, "pattern") else e.rule for e in evs] == ["agree_deal"]


@pytest.mark.parametrize("text", [
    "The junta in Niger freed the former president's son.",
    "The rebels released the governor's daughter on Sunday.",
])
def test_relatives_are_people_that_can_be_freed(pipe, text):
    assert "0841" in [e.cameo for e in events(pipe, text)], text


@pytest.mark.parametrize("text", [
    "Pope Francis appealed for peace in Sudan on Sunday.",
    "The archbishop of Velmar condemned the killing of the protesters.",
])
def test_clergy_make_political_statements(pipe, text):
    assert events(pipe, text), text


@pytest.mark.parametrize("text", [
    "Demonstrators clashed with riot police outside parliament in Tbilisi.",
    "Protesters clashed with police in the capital.",
    "Rioters set fire to police vehicles in the suburbs of Velmar.",
])
def test_crowd_violence_is_a_violent_protest(pipe, text):
    assert "14" in roots(pipe, text), text


@pytest.mark.parametrize("text", [
    "French magistrates put the former minister under investigation.",
    "A Ruritanian national has been put under investigation in Austria for his role in the fraud.",
    "Prosecutors placed the former minister under investigation for fraud.",
])
def test_put_under_investigation_is_an_investigation_not_an_arrest(pipe, text):
    codes = [e.cameo for e in events(pipe, text)]
    assert "091" in codes and "173" not in codes, (text, codes)


@pytest.mark.parametrize("text", [
    "Soviet security forces murdered 15,000 Polish officers during World War Two.",
    "Soldiers of the occupying army killed thousands of villagers in the Second World War.",
    "Police tortured dissidents under colonial rule.",
])
def test_events_set_in_a_past_era_are_history(pipe, text):
    assert not {"18", "19", "20"} & set(roots(pipe, text)), text


def test_events_without_an_era_are_kept(pipe):
    assert "19" in roots(pipe, "Soldiers killed 15 villagers in the north on Sunday.")


# -- measure phrases, particles hung on the object, a verb modifier that has its own subject -----------
@pytest.mark.parametrize("text,target", [
    ("The United States handed over $4 million worth of medical equipment to Ethiopia.", "ETH"),
    ("China sent 20 tonnes of food aid to Yemen.", "YEM"),
    ("Germany delivered 300 truckloads of tents and blankets to Turkey.", "TUR"),
])
def test_aid_measured_in_tonnes_or_money_is_aid(pipe, text, target):
    evs = events(pipe, text)
    assert any(e.cameo.startswith("07") and e.target and e.target.country == target for e in evs), \
        [(e.cameo, e.target) for e in evs]


def test_the_ship_carrying_coal_is_no_aid(pipe):
    assert roots(pipe, "The ship carried 30 tonnes of coal to the port.") == []


def test_verb_modifier_with_its_own_subject_is_the_main_verb(pipe):
    evs = events(pipe, "The US reduced military aid to its Asian partners.")
    assert [e.cameo[:2] for e in evs] == ["16"] and evs[0].source.country == "USA"


@pytest.mark.parametrize("text", [
    "The war has killed tens of thousands of people.",
    "The conflict has displaced millions and killed thousands of civilians.",
])
def test_a_war_as_subject_is_no_attacker(pipe, text):
    assert not {"18", "19", "20"} & set(roots(pipe, text)), text


# -- the purpose of a use of force is what the force did -----------------------------------------------
@pytest.mark.parametrize("text", [
    "police resorted to lathi-charge to disperse the mob that had gathered outside the police station.",
    "Police resorted to a baton charge to disperse the crowd in Velmar.",
    "Riot police used tear gas to disperse the protesters.",
])
def test_force_used_to_disperse_is_an_asserted_dispersal_by_the_police(pipe, text):
    evs = [e for e in events(pipe, text) if e.cameo == "175"]
    assert any(e.status == "asserted" and e.source and e.source.sector == "COP" for e in evs), \
        [(e.cameo, e.status, e.source) for e in evs]


def test_the_purpose_of_a_plan_stays_hypothetical(pipe):
    evs = events(pipe, "The ministers agreed on a summit to hammer out a peace deal.")
    assert not any(e.cameo.startswith("057") and e.status == "asserted" for e in evs)


def test_a_demand_about_a_past_era_is_no_history(pipe):
    text = ("Latvia's parliament has demanded a formal admission by Moscow that Soviet secret police "
            "murdered more than 9,000 Latvian farmers during World War Two.")
    got = roots(pipe, text)
    assert "10" in got and "18" not in got, got


@pytest.mark.parametrize("text,country", [
    ("Police in Lagos arrested twelve protesters.", "NGA"),
    ("Officials in Kabul condemned the attack.", "AFG"),
])
def test_an_agent_placed_in_a_city_takes_its_country(pipe, text, country):
    evs = events(pipe, text)
    assert evs and evs[0].source.country == country, [(e.cameo, e.source) for e in evs]


def test_the_city_attacked_gives_no_country_to_the_attacker(pipe):
    evs = events(pipe, "Troops shelled Kharkiv on Monday.")
    assert evs and evs[0].source.country is None


@pytest.mark.parametrize("text,country", [
    ("Suharto resigned as president of Indonesia.", "IDN"),
    ("Juan Okafor resigned as Nigeria's foreign minister on Monday.", "NGA"),
])
def test_the_as_phrase_gives_an_unknown_person_a_role(pipe, text, country):
    evs = events(pipe, text)
    assert evs and evs[0].source.country == country and evs[0].source.sector == "GOV", \
        [(e.cameo, e.source) for e in evs]


def test_a_role_outside_politics_gives_no_code(pipe):
    assert roots(pipe, "John Okafor resigned as coach of the team.") == []


# -- repair 14: an approximate number read as a preposition -------------------------------------------
@pytest.mark.parametrize("text,root", [
    ("Rebels kidnapped up to 16 Russian advisers from a town bazaar.", "18"),
    ("Troops killed over 70 people in the north.", "19"),
    ("Security forces have detained as many as 200 people after the march.", "17"),
])
def test_number_qualifier_is_no_preposition(pipe, text, root):
    evs = [e for e in events(pipe, text) if e.cameo.startswith(root)]
    assert evs and evs[0].target is not None, text


def test_a_real_preposition_before_a_number_stays(pipe):
    evs = events(pipe, "Russia sent troops to 16 towns.")
    assert evs and evs[0].cameo.startswith("15")


@pytest.mark.parametrize("text", [
    "Mutesi was arrested for collaborating with an armed militia.",
    "Okonkwo was detained at the airport on Monday.",
])
def test_a_named_person_arrested_by_unnamed_authorities(pipe, text):
    evs = [e for e in events(pipe, text) if e.cameo == "173"]
    assert evs and evs[0].source is None and evs[0].target is not None, text


def test_a_place_locked_down_is_no_arrest(pipe):
    assert "17" not in roots(pipe, "Kampala was locked down on Monday.")


@pytest.mark.parametrize("text", [
    "Dozens of political detainees have been freed in Khartoum over the past week.",
    "Twelve detainees were freed on Sunday.",
])
def test_prisoners_released_by_unnamed_authorities(pipe, text):
    evs = [e for e in events(pipe, text) if e.cameo == "0841"]
    assert evs and evs[0].source is None, text


def test_a_company_releasing_results_is_no_event(pipe):
    assert roots(pipe, "The company released its quarterly results.") == []
