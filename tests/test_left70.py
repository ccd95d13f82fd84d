"""Classes left open by the rounds of session 34 (session 35, round lf70).

* A speaker's own announced friendly act with no event of its own ("said it would mediate", "would recognise X",
  "would hold elections", "would help X rebuild") is coded as the intent the content table gives the act's own
  words (03x, future, ``code_shifts.own_act_content``, rule ``+own-intent``); a noun alone never makes the act, so
  "would appoint a new ambassador" is neither a break of relations (it was 1313) nor an intent;
* "X warned it would take measures / action / countermeasures" with no "against" is a threat (130, content class
  ``warned_measures_lf70``); said, not warned, it stays a statement (as in68's controls);
* "Neither France nor Germany ...": the act is negated for both, and the preconjunct the NER may run into a country
  name ("Neither France" read as a person) is the coordination's, not the name's (``actors/lookup._add_entities``);
* "The arms embargo on X was lifted": parse repair 272 (``tests/test_parse_repairs70.py``); the measure compounds
  (arms / trade embargo, travel ban, asset freeze) code 163 imposed or extended and 085 lifted or eased;
* force by an armed doer or a weapon at a sport or culture venue is coded (``offtopic_gates.armed_doer``);
* controls: announced acts that already have a pattern keep it; loose words ("return to", "discuss", "cut interest
  rates", "release the report") stay a statement; another party's act and forecasts are no intent of the speaker.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from event_helpers import events, show, with_trigger


@pytest.mark.parametrize("text, code, country, tcountry", [
    ("Norway said it would mediate between the government and the rebels.", "03", "NOR", None),
    ("Germany said it would help Ukraine rebuild its power grid.", "03", "DEU", "UKR"),
    ("Ireland said it would recognise the new state next month.", "032", "IRL", None),
    ("The Malian junta said it would hold elections in March.", "034", "MLI", None),
    ("The Kenyan government said it would hold a referendum on the charter.", "034", "KEN", None),
    ("Sweden said it will help Moldova with its energy bills.", "03", "SWE", "MDA"),
    ("The Ghanaian president said he would endorse the regional peace plan.", "03", "GHA", None),
])
def test_own_announced_friendly_act_is_an_intent(pipe, text, code, country, tcountry):
    evs = events(pipe, text)
    hit = [e for e in evs if e.cameo.startswith(code) and e.status == "future"]
    assert hit, show(evs)
    assert hit[0].source is not None and hit[0].source.country == country, show(evs)
    if tcountry:
        assert hit[0].target is not None and hit[0].target.country == tcountry, show(evs)
    assert not [e for e in evs if e.cameo == "010"], show(evs)


@pytest.mark.parametrize("text", [
    "The government said it would appoint a new ambassador to Washington.",
    "The Peruvian government said it would nominate a new ambassador to Chile.",
    "The foreign ministry said it would name a new envoy to the region.",
    "The president said he would appoint a special envoy for the crisis.",
])
def test_a_noun_alone_is_no_threat(pipe, text):
    evs = events(pipe, text)
    assert not [e for e in evs if e.cameo.startswith("13")], show(evs)


@pytest.mark.parametrize("text, country", [
    ("Russia warned it would take measures.", "RUS"),
    ("China warned that it would take countermeasures.", "CHN"),
    ("Iran warned that it would take action if the sanctions continued.", "IRN"),
    ("The Turkish foreign ministry warned that Ankara would take the necessary steps.", "TUR"),
    ("North Korea warned it will take strong countermeasures.", "PRK"),
])
def test_warned_measures_without_against_are_a_threat(pipe, text, country):
    evs = events(pipe, text)
    hit = [e for e in evs if e.cameo.startswith("13") and e.status in ("asserted", "future")]
    assert hit, show(evs)
    assert hit[0].source is not None and hit[0].source.country == country, show(evs)


@pytest.mark.parametrize("text, trigger, root", [
    ("Kenya said it would send a delegation to the talks in Geneva.", "send", "03"),
    ("The ministry said it would lift the curfew.", "lift", "03"),
    ("Japan said it would lend Indonesia $1 billion.", "lend", "03"),
    ("The government said it would negotiate with the rebels.", "negotiate", "03"),
    ("The government said it would suspend aid to Niger.", "suspend", "13"),
    ("The Colombian government said it would reconcile with the former guerrillas.", "reconcile", "03"),
])
def test_announced_acts_with_a_pattern_keep_it(pipe, text, trigger, root):
    evs = events(pipe, text)
    assert with_trigger(evs, trigger, root=root), show(evs)


@pytest.mark.parametrize("text", [
    "The ministry said it would return to the issue next week.",
    "The government said it would discuss the matter later.",
    "The ministry said it would release the report on Monday.",
    "The government said it would change the law.",
    "Officials said the government would help the victims.",
    "The opposition said the government would never hold elections.",
    "Russia said it would take measures.",
    "The ministry said it would take action to reduce inflation.",
    "The ministry said it would take steps to boost exports.",
])
def test_loose_words_and_others_acts_are_no_own_intent(pipe, text):
    evs = events(pipe, text)
    assert not [e for e in evs if (e.rule or "").endswith(("+own-intent", "+own-threat"))], show(evs)
    assert not [e for e in evs if e.cameo.startswith("13")], show(evs)


@pytest.mark.parametrize("text", [
    "The central bank said it would cut interest rates.",
    "The central bank said it will raise interest rates next month.",
])
def test_announced_rate_change_is_a_policy_intent_not_a_threat(pipe, text):
    """A state's own economic policy (round fc71) announced by its body is an intent to change policy (0342), never a
    threat: "cut" names the policy change here, not an act against anyone."""
    evs = events(pipe, text)
    assert not [e for e in evs if e.cameo.startswith("13")], show(evs)
    assert [e for e in evs if e.cameo == "0342" and e.status == "future"], show(evs)


@pytest.mark.parametrize("text, root", [
    ("Gunmen attacked a football stadium in Lagos during a league match.", "19"),
    ("Police raided the offices of a film festival in Istanbul.", "17"),
    ("Militants stormed a theatre in the capital during an opera performance.", "19"),
    ("Soldiers opened fire on fans outside the stadium after the football match.", "19"),
    ("Fans were shot by soldiers after the cricket match in the stadium.", "19"),
    ("Gunmen killed three musicians at a music festival near the concert stage.", "1"),
])
def test_force_by_armed_doers_at_a_venue_is_coded(pipe, text, root):
    evs = events(pipe, text)
    assert [e for e in evs if e.cameo.startswith(root) and e.status == "asserted"], show(evs)


@pytest.mark.parametrize("text", [
    "In the film, soldiers storm a village and burn it to the ground.",
    "The Rebels beat the Warriors in the basketball final at the stadium.",
    "The striker attacked the goal in the second half of the league match.",
    "The actors playing soldiers stormed the stage in the final act of the opera.",
])
def test_games_and_works_stay_without_force(pipe, text):
    evs = events(pipe, text)
    assert not [e for e in evs if e.cameo[:2] in ("17", "18", "19", "20")], show(evs)


@pytest.mark.parametrize("text, root, countries", [
    ("Neither the United States nor Britain condemned the coup.", "11", {"USA", "GBR"}),
    ("Neither India nor Pakistan will attend the talks in Geneva.", "04", {"IND", "PAK"}),
    ("Neither Egypt nor Jordan recognised the new government.", "05", {"EGY", "JOR"}),
    ("Neither France nor Germany sent troops to Mali.", "15", {"FRA", "DEU"}),
    ("Neither Jordan nor Egypt condemned the raid.", "11", {"JOR", "EGY"}),
    ("Neither Chad nor Niger sent troops to the border.", "15", {"TCD", "NER"}),
])
def test_neither_nor_negates_the_act_for_both(pipe, text, root, countries):
    evs = events(pipe, text)
    hit = [e for e in evs if e.cameo.startswith(root) and e.status == "negated"]
    assert {e.source.country for e in hit if e.source is not None} == countries, show(evs)
    assert not [e for e in evs if e.cameo.startswith(root) and e.status in ("asserted", "future")], show(evs)


@pytest.mark.parametrize("text, code", [
    ("The United Nations imposed an arms embargo on Libya.", "163"),
    ("The EU lifted its arms embargo on China.", "085"),
    ("The Security Council renewed the arms embargo on Somalia.", "163"),
    ("Washington eased the trade embargo on Cuba.", "085"),
    ("The EU extended its travel ban on Belarusian officials.", "163"),
    ("An asset freeze was imposed on the Russian oligarchs by the European Union.", "163"),
])
def test_embargo_ban_and_freeze_compounds_code_as_measures(pipe, text, code):
    evs = events(pipe, text)
    assert [e for e in evs if e.cameo == code and e.status == "asserted"], show(evs)
