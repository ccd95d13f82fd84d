"""Event coder, ninth round (issue 10): police action in regional news as it is really phrased. Repairs
22-29 (``repair_auxiliary``), police forces and ranks that no table knew, police units told by their own
words, the side that did the killing in "died in a shootout with police" and "killed in police firing",
arrests of pronouns and bare numbers, and lower-cased documents. Sentences written for this test, each
case in several phrasings, with the uses of the same words that must stay as they are next to them."""

from __future__ import annotations

import pytest

from tests.test_event_repairs5 import _coded, events
from tests.test_event_repairs7 import _has


def _sources(pipe, text, root):
    return [(e.source.country, e.source.sector) if e.source else None for e in events(pipe, text)
            if e.cameo.startswith(root) and e.status in ("asserted", "attributed")]


# -- repair 22: the subject hung on the auxiliary ----------------------------------------------------------
@pytest.mark.parametrize("text, root, src", [
    ("Police have so far arrested 14 persons in connection with the violence.", "173", "Police"),
    ("The army has so far detained 30 suspects in the district.", "173", "army"),
    ("Troops had earlier shelled the rebel positions near the town.", "19", "Troops"),
])
def test_subject_on_the_auxiliary(pipe, text, root, src):
    got = _coded(pipe, text)
    assert _has(got, root, src), got


# -- repairs 23-25: "the accused", "shot dead X", headline verbs ---------------------------------------------
@pytest.mark.parametrize("text, root, src, tgt", [
    ("Police shot dead a wanted criminal in Meerut on Wednesday.", "19", "Police", "criminal"),
    ("Security forces shot dead two suspected militants in Kupwara on Sunday.", "19", "Security forces", "militants"),
    ("Cops nab two chain snatchers in Rohini.", "173", "Cops", None),
    ("Police nab three robbers after a chase.", "173", "Police", None),
])
def test_verbs_the_parse_hid(pipe, text, root, src, tgt):
    got = _coded(pipe, text)
    assert _has(got, root, src, tgt), got


def test_the_accused_is_a_noun_and_a_future_arrest_is_no_arrest(pipe):
    evs = [e for e in events(pipe, "Police will arrest the accused soon, the SP said.") if e.cameo.startswith("1")]
    assert evs and all(e.status == "future" for e in evs), evs
    got = _coded(pipe, "The SHO said the accused had been booked under the Arms Act and arrested.")
    assert _has(got, "173"), got


# -- repairs 26-29 ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, root, sector", [
    ("Two herders were shot dead on Thursday by General Service Unit (GSU) officers on a patrol.", "19", "COP"),
    ("Municipal police detained five men after the robbery of a cargo truck.", "173", "COP"),
    ("Police on Thursday beat up supporters of an opposition MP who had gathered outside his house and "
     "detained at least eight of them.", "173", "COP"),
    ("Riot police dispersed students who had blocked the road and arrested twelve of them.", "173", "COP"),
])
def test_argument_repairs(pipe, text, root, sector):
    srcs = _sources(pipe, text, root)
    assert any(s is not None and s[1] == sector for s in srcs), (srcs, events(pipe, text))


def test_a_relative_clause_verb_with_its_own_object_stays_there(pipe):
    # "who had gathered and sang songs": the second verb is the gatherers' own
    got = _coded(pipe, "Police arrested supporters who had gathered outside the court and chanted slogans.")
    assert _has(got, "173", "Police"), got
    assert not _has(got, "173", "supporters"), got


# -- police forces, ranks and units ------------------------------------------------------------------------
@pytest.mark.parametrize("text, root", [
    ("The CRPF arrested two suspects in Srinagar.", "173"),
    ("The Rapid Action Battalion arrested three men in Dhaka.", "173"),
    ("The Counter Terrorism Department killed four suspected militants in an operation.", "19"),
    ("Agents of the state ministerial police killed a suspected kidnapper.", "19"),
    ("Operatives of the Economic and Financial Crimes Commission arrested 18 suspected fraudsters.", "173"),
    ("Personnel of the Frontier Corps opened fire on protesters.", "19"),
    ("A team of the Organised Crime Control Unit shot dead a gangster.", "19"),
    ("The SHO and two constables beat the vendor with sticks.", "18"),
])
def test_police_forces_and_units_are_police(pipe, text, root):
    srcs = _sources(pipe, text, root)
    assert any(s is not None and s[1] == "COP" for s in srcs), (srcs, events(pipe, text))


def test_an_ordinary_team_or_a_football_club_is_no_police(pipe):
    got = _sources(pipe, "A team of doctors from the district hospital treated the injured.", "")
    assert all(s is None or s[1] != "COP" for s in got), got
    got = _sources(pipe, "Chelsea FC beat Arsenal on Sunday.", "")
    assert all(s is None or s[1] != "COP" for s in got), got


# -- who did the killing ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, root", [
    ("Two suspected robbers died in a shootout with municipal police on Monday.", "19"),
    ("Eight suspected robbers were fatally wounded in a shootout with a police team.", "19"),
    ("A suspected robber died in crossfire with police in Jatrabari early Friday.", "19"),
    ("A suspected cattle smuggler was killed in firing by BSF jawans along the border.", "19"),
    ("A member of the sand mining mafia was killed in police firing on Monday.", "19"),
])
def test_the_police_side_of_a_deadly_fight(pipe, text, root):
    srcs = _sources(pipe, text, root)
    assert any(s is not None and s[1] == "COP" for s in srcs), (srcs, events(pipe, text))


def test_killed_in_firing_is_the_killing_and_shelling_keeps_its_code(pipe):
    evs = [e for e in events(pipe, "A student was killed in police firing in Dhaka on Sunday.") if e.cameo.startswith("19")]
    assert evs and evs[0].rule == "kill" and evs[0].source.sector == "COP", evs
    evs = [e for e in events(pipe, "Three people were killed in Israeli shelling of the town.") if e.cameo.startswith("19")]
    assert evs and evs[0].cameo == "194", evs


# -- arrests phrased as regional news phrases them --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Three youths were lifted by police from their homes on Tuesday night.",
    "The cyber crime police netted six persons who ran a fake loan app.",
    "Police bundled over 40 party workers into vans.",
    "Two traders were taken in for questioning on Monday over the market fire.",
    "A junior engineer was caught by the Anti-Corruption Bureau while accepting a bribe.",
    "The three were arrested in Mpeketoni on Friday.",
    "All of them had been taken into custody, police said.",
    "Police said the officer had been detained.",
    "Two suspected drug peddlers were held with 200 grams of heroin, police said.",
])
def test_arrest_phrasings(pipe, text):
    got = _coded(pipe, text)
    assert _has(got, "173"), got


@pytest.mark.parametrize("text", [
    "He was held responsible for the loss.",
    "They were taken to the hospital.",
    "The talks were held in Geneva, officials said.",
    "The government lifted the ban on the party.",
    "The company netted a profit of 3 million dollars.",
])
def test_not_arrests(pipe, text):
    got = _coded(pipe, text)
    assert not _has(got, "173"), got


# -- force ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, root", [
    ("Visually impaired protesters were charged with sticks on Mall Road.", "175"),
    ("Mounted police charged at the protesters outside parliament.", "175"),
    ("A man died after policemen on patrol caned him for breaking the curfew.", "18"),
])
def test_force_phrasings(pipe, text, root):
    got = _coded(pipe, text)
    assert _has(got, root), got


def test_charged_with_a_crime_is_legal_action_not_force(pipe):
    got = _coded(pipe, "The minister was charged with corruption.")
    assert _has(got, "173") and not _has(got, "175"), got


# -- lower-cased documents -----------------------------------------------------------------------------------
def test_names_are_read_in_a_lower_cased_document(pipe):
    text = ("karachi: a suspected street criminal was killed on saturday when personnel of the frontier corps "
            "opened fire near their camp, officials said.")
    srcs = _sources(pipe, text, "19")
    assert any(s is not None and s == ("PAK", "COP") for s in srcs), (srcs, events(pipe, text))


def test_a_capitalised_document_still_wants_capitals_for_names(pipe):
    # "jordan" in lower case in a capitalised text is no country
    evs = events(pipe, "Police arrested michael jordan fans who rioted in Chicago.")
    assert all(e.source is None or e.source.country != "JOR" for e in evs), evs


# -- a "CITY, Region:" dateline ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, root", [
    ("MORELIA, Michoacán: State police used tear gas to evict teacher trainees on Tuesday.", "175"),
    ("CIUDAD JUÁREZ, Chihuahua: Municipal police detained five men after the robbery.", "173"),
    ("karachi, sindh: police arrested three suspects on monday.", "173"),
])
def test_city_and_region_dateline_is_not_the_subject(pipe, text, root):
    srcs = _sources(pipe, text, root)
    assert any(s is not None and s[1] == "COP" for s in srcs), (srcs, events(pipe, text))


def test_a_sentence_with_a_colon_after_said_is_no_dateline():
    from lapwing.nlp.components import DATELINE_COLON
    assert DATELINE_COLON.match("MORELIA, Michoacán: State police") is not None
    for text in ("The minister said: we will act.", "Police, officials said: the road is closed.",
                 "He said, however: no deal."):
        assert DATELINE_COLON.match(text) is None, text


# -- a death after police violence (repair 30 and the death frames) ------------------------------------------
@pytest.mark.parametrize("text, root", [
    ("A 45-year-old man died on Saturday after policemen on patrol caned him.", "1823"),
    ("The farmer died after he was beaten in police custody, his family said.", "1823"),
    ("A college student died on the spot after policemen pumped five bullets into his car.", "19"),
    ("A man died when soldiers opened fire on the crowd.", "19"),
])
def test_a_death_after_violence_is_a_killing(pipe, text, root):
    got = _coded(pipe, text)
    assert _has(got, root), got


@pytest.mark.parametrize("text", [
    "A policeman died after he fell from the roof of the station.",
    "An elderly woman died after suffering a heart attack.",
    "The driver died after his truck overturned near the border.",
])
def test_a_death_after_an_accident_or_illness_is_no_event(pipe, text):
    got = _coded(pipe, text)
    assert not any(c[:2] in ("18", "19", "20") for c, _s, _t in got), got


# -- repair 21h: a reported clause with its verb read as a noun --------------------------------------------------
@pytest.mark.parametrize("text, src", [
    ("A police officer shot dead a street vendor during a raid, officials said.", "police officer"),
    ("Gunmen shot dead a village headman in Kunar on Sunday, police said.", "Gunmen"),
    ("Police shot dead two robbers in Lagos, a spokesman said.", "Police"),
    ("A Metropolitan Police officer shot dead a hawker on Monday, the police watchdog (IPID) said.", "officer"),
])
def test_reported_clause_whose_verb_was_read_as_a_noun(pipe, text, src):
    got = _coded(pipe, text)
    assert _has(got, "19", src), got


@pytest.mark.parametrize("text", [
    "The shot hit the crossbar, the coach said.",
    "Prices shot up on Monday, traders said.",
])
def test_reported_clause_without_a_shooting(pipe, text):
    got = _coded(pipe, text)
    assert not any(c[:2] in ("18", "19") for c, _s, _t in got), got


def test_a_vehicle_that_hits_a_bomb_is_no_attacker(pipe):
    text = "Three police officers were killed when their vehicle hit an improvised explosive device near Elwak."
    srcs = _sources(pipe, text, "19")
    assert all(s is None or s[1] != "COP" for s in srcs), (srcs, events(pipe, text))
    assert _has(_coded(pipe, "Rebel fighters hit an army convoy near the border."), "19", "Rebel fighters")
