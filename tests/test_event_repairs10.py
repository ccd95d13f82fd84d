"""Event coder, eleventh round (issue 10): police action in long regional reports. Deaths in custody, the
side named by a fight a victim died in, force words read through the article ("the team", "officers"),
police raids that are searches, holds and arrests in their local phrasings, return fire, past-perfect
background, and repairs 23b, 30b and 31. Sentences written for this test, each class in several
phrasings, with the uses of the same words that must stay as they are next to them."""

from __future__ import annotations

import pytest

from tests.test_event_repairs5 import _coded, events
from tests.test_event_repairs7 import _has
from tests.test_event_repairs9 import _sources


# -- deaths in custody: an arrest (173) by the custody's holder, the dead its target ---------------------------
@pytest.mark.parametrize("text, src, tgt", [
    ("A young labourer died in police custody in Ludhiana on Tuesday.", "police", "labourer"),
    ("The youth died in the custody of the Kotwali police on Sunday night.", "Kotwali police", "youth"),
    ("A suspected thief died in a police cell at the Central station on Saturday.", "police", "thief"),
    ("An undertrial prisoner died in judicial custody at the district jail.", None, "prisoner"),
])
def test_death_in_custody(pipe, text, src, tgt):
    got = _coded(pipe, text)
    assert _has(got, "173", src, tgt), got


@pytest.mark.parametrize("text", [
    "The patient died in hospital on Tuesday.",
    "The couple fought a long custody battle over their son.",
])
def test_other_deaths_and_custody_are_no_arrest(pipe, text):
    assert not _has(_coded(pipe, text), "173"), _coded(pipe, text)


# -- the side of the fight a victim died in: a duel, a shoot-out, crossfire in quotes --------------------------
@pytest.mark.parametrize("text, src", [
    ("Two alleged kidnappers were killed in a gun duel with police operatives.", "police operatives"),
    ("Three bandits were killed in a shoot-out with policemen on the highway.", "policemen"),
    ("A suspected robber died in 'crossfire' with the Detective Branch of police early on Friday.", "Detective Branch"),
    ("Two dacoits died in a shoot-out with the police in Etawah.", "police"),
])
def test_death_in_a_fight_names_the_other_side(pipe, text, src):
    got = _coded(pipe, text)
    assert _has(got, "19", src), got


@pytest.mark.parametrize("text, src", [
    ("A dacoit was killed in an operation by the police and the Rangers in the riverine area.", "police"),
    ("Four suspected militants were killed in an intelligence-based operation by the Counter Terrorism "
     "Department.", "Counter Terrorism Department"),
])
def test_an_operation_by_the_police_names_the_killer(pipe, text, src):
    got = _coded(pipe, text)
    assert _has(got, "190", src), got


@pytest.mark.parametrize("text, src", [
    ("A suspected drug pusher was killed after he allegedly fought back against police operatives.", "police operatives"),
    ("The robber was shot dead after he opened fire on policemen.", "policemen"),
])
def test_killed_after_resisting_the_police(pipe, text, src):
    got = _coded(pipe, text)
    assert _has(got, "19", src), got


def test_the_victims_own_pronoun_is_no_agent(pipe):
    evs = [e for e in events(pipe, "The gunman was shot dead when he opened fire on soldiers at the checkpoint.")
           if e.trigger.text == "shot"]
    assert evs and all(e.source is None or e.source.text != "he" for e in evs), evs
    got = _coded(pipe, "The man was killed after he attacked his neighbour.")
    assert not _has(got, "190", "he", "man"), got


# -- resorting to force -------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Three villagers died when police resorted to firing to disperse the mob.",
    "Security personnel had to resort to firing in the air.",
    "Two men were injured as policemen resorted to a lathi-charge.",
    "The police resorted to a lathi-charge against the protesting teachers.",
])
def test_resort_to_force(pipe, text):
    srcs = _sources(pipe, text, "1")
    assert any(s is not None and s[1] in ("COP", "MIL") for s in srcs) or _has(_coded(pipe, text), "175"), \
        events(pipe, text)


def test_resorting_to_other_things_is_no_force(pipe):
    assert not _coded(pipe, "The party resorted to violence after the vote.")
    assert not _coded(pipe, "The students resorted to online classes.")


# -- holds and arrests in local phrasings -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Two others were held for questioning.",
    "Nineteen of them, including the two owners, were held.",
    "Police held the two traders for questioning on Monday.",
    "Three young men were caught with 12,000 yaba tablets at a checkpoint.",
    "Thirteen people were taken away in a police van.",
    "The man had been brought to the police station on Friday afternoon.",
    "Two other suspects were taken in and will be produced in court.",
    "The absconding accused was finally arrested from Bihar after three months.",
    "Two others were taken into custody in injured condition and shifted to a hospital.",
])
def test_local_arrest_phrasings(pipe, text):
    assert _has(_coded(pipe, text), "173"), _coded(pipe, text)


@pytest.mark.parametrize("text", [
    "The talks were held in Geneva.",
    "Elections will be held in May.",
    "The rally was held at the stadium.",
    "Three trucks were held at the border for inspection.",
])
def test_held_events_and_things_are_no_arrest(pipe, text):
    assert not _has(_coded(pipe, text), "173"), _coded(pipe, text)


# -- return fire, fire back, slap ---------------------------------------------------------------------
@pytest.mark.parametrize("text, root", [
    ("The police fired back at the gunmen.", "193"),
    ("The police responded with gunfire.", "193"),
    ("Riot police responded with tear gas and water cannon.", "175"),
    ("A police constable slapped a shopkeeper in the market.", "182"),
])
def test_police_force_phrasings(pipe, text, root):
    assert _has(_coded(pipe, text), root), _coded(pipe, text)


def test_slapping_sanctions_is_no_assault(pipe):
    got = _coded(pipe, "The US slapped tariffs on Chinese steel.")
    assert not _has(got, "18"), got


# -- plain force words read through the article --------------------------------------------------------
@pytest.mark.parametrize("text, sector", [
    ("A police team raided the hideout on Monday. The team returned fire, and one suspect was hit.", "COP"),
    ("Police in Arusha said a meeting had been banned. Officers fired teargas canisters into the crowd.", "COP"),
    ("The army sent a unit to the village. The unit burned several houses.", "MIL"),
])
def test_force_words_take_the_articles_force(pipe, text, sector):
    evs = [e for e in events(pipe, text) if e.source is not None and e.source.rule and e.source.rule.endswith("+context")]
    assert evs and all(e.source.sector == sector for e in evs), events(pipe, text)


def test_force_words_without_a_force_in_the_article_stay_uncoded(pipe):
    evs = events(pipe, "The team returned fire, and one suspect was hit.")
    assert not any(e.source is not None and e.source.sector for e in evs), evs


# -- police raids are searches (170); raids by armies stay attacks (190) ------------------------------------
@pytest.mark.parametrize("text, code", [
    ("The police on Monday night raided a house in the village and seized 200 litres of liquor.", "170"),
    ("Police carried out a raid on a drug den in Mombasa.", "170"),
    ("Israeli troops raided the Jenin refugee camp.", "190"),
])
def test_police_raids(pipe, text, code):
    got = _coded(pipe, text)
    assert _has(got, code), got
    if code == "170":
        assert not _has(got, "190"), got


def test_a_shooting_in_a_police_raid_is_still_told(pipe):
    got = _coded(pipe, "A teenager was shot dead in a police raid on his home.")
    assert _has(got, "19", "police"), got


# -- the past perfect set at an earlier year or "at the time" is background --------------------------------
@pytest.mark.parametrize("text", [
    "In 2019, police had lathi-charged farmers at the same toll plaza, injuring several.",
    "The police had arrested eleven people at the time, but six were acquitted.",
])
def test_background_past_perfect(pipe, text):
    got = _coded(pipe, text)
    assert not any(c[:2] in ("17", "18", "19") for c, _s, _t in got), got


def test_a_past_perfect_of_the_story_stays(pipe):
    got = _coded(pipe, "Police had arrested the suspect on Monday before he escaped.")
    assert _has(got, "173", "Police"), got


# -- repairs 30b, 31 and reduced relatives without an agent ------------------------------------------------
@pytest.mark.parametrize("text, root, src", [
    ("Two youths shot dead by officers of the flying squad were buried on Monday.", "19", "officers"),
    ("Three suspects arrested by the police in Nakuru were arraigned on Monday.", "173", "police"),
    ("A gangster wanted in several murder cases was arrested by the STF on Monday.", "173", "STF"),
    ("Police broke up a demonstration by rural teachers and detained six of their leaders.", "173", "Police"),
])
def test_reduced_relatives_and_second_verbs(pipe, text, root, src):
    got = _coded(pipe, text)
    assert _has(got, root, src), got


def test_a_gangster_wanted_in_cases_is_no_wish(pipe):
    evs = [e for e in events(pipe, "A gangster wanted in several murder cases was arrested by the STF on Monday.")
           if e.cameo == "173"]
    assert evs and all(e.status == "asserted" for e in evs), evs


def test_content_of_a_dropped_statement_is_coded(pipe):
    got = _coded(pipe, "A tribal youth was gunned down by the police in a fake encounter, his family alleged.")
    assert _has(got, "19", "police"), got
    # a statement that is coded keeps its content as its own
    assert _has(_coded(pipe, "Germany agreed to release the prisoners."), "035"), \
        _coded(pipe, "Germany agreed to release the prisoners.")


# -- repair 13d: a headline's present-tense verb read as a noun modifier -----------------------------------
@pytest.mark.parametrize("text, root, src, tgt", [
    ("Saudi Arabia lifts blockade of Qatar in breakthrough deal.", "087", "Saudi Arabia", "Qatar"),
    ("U.S. Lifts Travel Ban to Lebanon.", "081", "U.S.", "Lebanon"),
])
def test_headline_present_tense(pipe, text, root, src, tgt):
    got = _coded(pipe, text)
    assert _has(got, root, src, tgt), got


def test_a_verb_before_the_noun_keeps_the_sentence(pipe):
    got = _coded(pipe, "Police lobbed tear gas canisters at the protesters in Dhaka.")
    assert _has(got, "175", "Police"), got


@pytest.mark.parametrize("text, tgt", [
    ("The suspects were detained in Iguala.", "suspects"),
    ("Two men were arrested at the border on Friday.", "Two men"),
])
def test_the_uncoded_patient_of_an_unnamed_arrest_is_its_target(pipe, text, tgt):
    got = _coded(pipe, text)
    assert _has(got, "173", None, tgt), got


# -- repair 13e: a that-clause's verb read as a noun modifier ---------------------------------------------
def test_that_clause_verb_read_as_a_noun(pipe):
    got = _coded(pipe, "The ILO reiterated its demand that Israel ease restrictions on Palestinian workers.")
    assert _has(got, "105", None, "Israel"), got


@pytest.mark.parametrize("text, tgt", [
    ("Some 300,000 Syrian Kurds sought refuge in Austria last year.", "Austria"),
    ("The dissident sought asylum in Sweden.", "Sweden"),
    ("Nearly 9,000 Syrian Christians have sought refuge in Beirut.", "Beirut"),
])
def test_seeking_refuge_in_a_country_is_an_appeal_to_it(pipe, text, tgt):
    got = _coded(pipe, text)
    assert _has(got, "023", None, tgt), got


@pytest.mark.parametrize("text", [
    "Villagers sought shelter in a school.",
    "The opposition leader sought refuge in the Spanish embassy.",
])
def test_seeking_shelter_in_a_building_is_no_event(pipe, text):
    assert not _coded(pipe, text), _coded(pipe, text)


@pytest.mark.parametrize("text", [
    "The man fought back when the operatives tried to arrest him.",
    "Police attempted to detain the opposition leader at the airport.",
])
def test_an_attempted_arrest_is_no_arrest(pipe, text):
    assert not _has(_coded(pipe, text), "173"), _coded(pipe, text)


def test_a_bare_command_takes_the_articles_force(pipe):
    text = ("The Kano State Police Command said a patrol was attacked. "
            "The command said its officers fired back at the gunmen.")
    evs = [e for e in events(pipe, text) if e.cameo.startswith("19") and e.trigger.text == "fired"]
    assert evs and all(e.source is not None and e.source.sector == "COP" for e in evs), events(pipe, text)


# -- the force that named the fight; a coded conjunct of an uncoded doer ---------------------------------
@pytest.mark.parametrize("text, src", [
    ("A suspected drug trader was killed in what the Rapid Action Battalion described as a gunfight.",
     "Rapid Action Battalion"),
    ("Two men were killed in what police called an encounter in Meerut.", "police"),
])
def test_killed_in_what_a_force_called_a_fight(pipe, text, src):
    got = _coded(pipe, text)
    assert _has(got, "190", src), got


def test_a_fight_named_by_others_names_no_killer(pipe):
    got = _coded(pipe, "Two men were killed in what residents called a massacre.")
    assert not any(s for c, s, _t in got if c[:2] == "19"), got


@pytest.mark.parametrize("text, src", [
    ("A hawker died after he was beaten by county askaris and police officers during a crackdown.", "police officers"),
    ("The vendor was beaten by guards and policemen outside the market.", "policemen"),
])
def test_a_coded_conjunct_of_an_uncoded_doer(pipe, text, src):
    got = _coded(pipe, text)
    assert _has(got, "18", src), got


def test_fatally_wounding_counts_as_killed(pipe):
    rec = pipe.analyse(__import__("lapwing.schema", fromlist=["Article"]).Article(
        id="t", text="The team returned fire, fatally wounding three men."))
    assert [(c.category, c.value) for c in rec.counts] == [("killed", 3)], rec.counts


# -- "shot and killed" with an adverb before it; beaten to death in other words ---------------------------
@pytest.mark.parametrize("text, root, src", [
    ("A police officer accidentally shot and killed his colleague.", "190", "police officer"),
    ("The victim was bludgeoned to death by policemen, his relatives alleged.", "1823", "policemen"),
    ("Guards kicked a detainee to death in the prison yard.", "1823", "Guards"),
    ("Villagers thrashed a suspected cattle thief to death.", "1823", "Villagers"),
])
def test_killings_in_other_words(pipe, text, root, src):
    got = _coded(pipe, text)
    assert _has(got, root, src), got


def test_a_shot_that_is_a_noun_stays_one(pipe):
    assert not _coded(pipe, "The shot and the blast were heard miles away.")


def test_a_corporal_takes_the_articles_force(pipe):
    text = ("Police in Kisumu said a driver had been shot. "
            "The corporal shot the driver dead after an argument at the checkpoint.")
    evs = [e for e in events(pipe, text) if e.trigger.text == "shot" and e.source is not None]
    assert evs and all(e.source.sector == "COP" for e in evs), events(pipe, text)


@pytest.mark.parametrize("text", [
    "The accused was produced in court and sent to 14-day judicial custody.",
    "The suspects were questioned and later arrested.",
])
def test_an_arrest_sharing_the_first_verbs_passive(pipe, text):
    assert _has(_coded(pipe, text), "173"), _coded(pipe, text)
