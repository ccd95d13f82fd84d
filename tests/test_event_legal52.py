"""Legal and verbal phrasings, session 29 round 52 (issue 10): lawsuits brought in a court or a place, a referring
"it" read as an expletive, acts someone is pressed to do, and a union's call to strike or stay at home.

* parse repair 206 (``repair_against_phrase``): "filed a suit *in a New York court against* X" with the
  against-phrase hung on the court or place: it moves up to the act, which gets its target;
* lexicon rows of CAMEO 115: "brought its case *to the court*" (not an arrest, 173), "took its claim to the court"
  (the claim is no target), "lodged a lawsuit", "initiated / opened / started / commenced legal proceedings";
* parse repair 205 (``repair_expletive``): "Kenya said *it* would cut links with ..." with the "it" labelled
  ``expl``: it is the verb's subject, resolved to the speaker;
* ``status_doubt.asked_for_clause`` widened: "*pressure is mounting for* Poland *to expel* the envoy", "*calls are
  growing for* X *to send* ...": what someone is pressed to do is not done (hypothetical);
* ``act_checks.labour_dissent_call``: "the union urged workers *to stay at home*" is a call to strike, kept although a
  union is no political actor.

Controls: "a case of cholera", "committed a crime", "cut links" as a menu item, "stay at home orders were lifted",
"it emerged that ...", "it took days for X to ...", a union's call to accept a pay offer.
"""

from __future__ import annotations

import pytest

from event_helpers import events, hits, show, with_root, with_trigger

CLAIMED = ("asserted", "attributed", "future")


# -- repair 206: the against-phrase of a lawsuit hung on the court or the place --------------------------------------
@pytest.mark.parametrize("text, country, tcountry", [
    ("The Ecuadorian government filed a suit in a New York court against Chevron.", "ECU", "USA"),
    ("Argentina filed a lawsuit at the tribunal in The Hague against Uruguay.", "ARG", "URY"),
    ("Ukraine brought a case at the International Court of Justice against Russia.", "UKR", "RUS"),
    ("The Philippines has filed a case before an arbitration panel in The Hague against China.", "PHL", "CHN"),
])
def test_lawsuit_in_a_court_keeps_its_target(pipe, text, country, tcountry):
    evs = events(pipe, text)
    assert hits(evs, "115", country=country, tcountry=tcountry), show(evs)
    assert not with_root(evs, "173"), show(evs)


@pytest.mark.parametrize("text, root, tcountry", [
    ("Thousands of Kenyans protested in Nairobi against the new tax law.", "14", None),
    ("The Iraqi army fought in Mosul against Islamic State militants.", "19", "IMG"),
])
def test_against_phrase_after_a_place_still_codes_as_before(pipe, text, root, tcountry):
    evs = events(pipe, text)
    assert with_root(evs, root), show(evs)
    if tcountry:
        assert hits(evs, root, tcountry=tcountry), show(evs)


def test_against_repair_moves_the_phrase_to_the_object(pipe):
    from lapwing.extract.events.parse_repair import repaired

    doc = repaired(pipe.nlp("Vietnam filed a lawsuit in a Hanoi court against the shipping company."))
    against = next(t for t in doc if t.lower_ == "against")
    assert against.head.head.lemma_ in ("lawsuit", "file")  # (the court is an oblique of the verb in this parse)


# -- lexicon rows of CAMEO 115 ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, country, tcountry", [
    ("Gambia brought a case to the International Court of Justice over the Rohingya.", "GMB", None),
    ("Bolivia took its case to the international court in The Hague.", "BOL", None),
    ("The Mexican government lodged a lawsuit against American gun makers.", "MEX", "USA"),
    ("Mexico initiated legal proceedings against the Spanish utility.", "MEX", "ESP"),
    ("The European Commission opened infringement proceedings against Hungary.", None, "HUN"),
    ("Lithuania has started legal proceedings against Belarus.", "LTU", "BLR"),
    ("The Australian government commenced legal action against the Chinese shipping firm.", "AUS", "CHN"),
])
def test_legal_action_phrasings_code_a_lawsuit(pipe, text, country, tcountry):
    evs = events(pipe, text)
    assert hits(evs, "115", country=country, tcountry=tcountry), show(evs)
    assert not with_root(evs, "173"), show(evs)


def test_claim_taken_to_court_is_no_target(pipe):
    evs = events(pipe, "Bolivia took its maritime claim to the international court in The Hague.")
    ev = hits(evs, "115", country="BOL")
    assert ev and ev[0].target is None, show(evs)


@pytest.mark.parametrize("text", [
    "The Kenyan health ministry brought a case of cholera to the attention of the WHO.",
    "The Nigerian army opened a case of weapons at the border post.",
    "The Egyptian man committed a crime in Cairo.",
])
def test_a_case_that_is_no_lawsuit_codes_none(pipe, text):
    evs = events(pipe, text)
    assert not with_root(evs, "115") and not with_root(evs, "173"), show(evs)


# -- repair 205: a referring "it" read as an expletive -------------------------------------------------------------
@pytest.mark.parametrize("text, trigger, country", [
    ("Kenya said it would cut links with the rebel group.", "cut", "KEN"),
    ("Zambia said on Friday it would cut links with the separatists.", "cut", "ZMB"),
    ("Peru has said it will sever ties with the armed group.", "sever", "PER"),
])
def test_it_read_as_expletive_is_the_speaker(pipe, text, trigger, country):
    evs = events(pipe, text)
    ev = with_trigger(evs, trigger, CLAIMED)
    assert ev and ev[0].source is not None and ev[0].source.country == country, show(evs)


def test_expletive_repair_leaves_true_expletives(pipe):
    from lapwing.extract.events.repair_expletive import repair_expletive_subject

    for text in ("It seems that Iran will expel the envoy.", "It emerged on Monday that Kenya had expelled the envoy.",
                 "It took three days for the Iraqi army to retake the town."):
        doc = pipe.nlp(text)
        for t in doc:
            if t.dep_ == "expl":
                assert not repair_expletive_subject(t), text


def test_expletive_repair_on_a_transitive_act(pipe):
    from lapwing.extract.events.parse_repair import repaired

    doc = repaired(pipe.nlp("Kenya said it would cut links with the rebel group."))
    it = next(t for t in doc if t.lower_ == "it")
    assert it.dep_ == "nsubj" and it.head.lemma_ == "cut"


def test_cut_links_as_a_menu_item_is_no_event(pipe):
    evs = events(pipe, "The website's menu lets readers cut links to old stories and share pages.")
    assert not with_root(evs, "16") and not with_root(evs, "13"), show(evs)


# -- pressed to act: not done ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Pressure is mounting for Poland to expel the Russian envoy.", "expel"),
    ("Calls are growing for Germany to send tanks to Ukraine.", "send"),
    ("Pressure grew on Monday for Nigeria to release the detained journalists.", "release"),
    ("There is mounting pressure for Serbia to arrest the general.", "arrest"),
])
def test_act_someone_is_pressed_to_do_is_not_claimed(pipe, text, trigger):
    evs = events(pipe, text)
    assert not with_trigger(evs, trigger, CLAIMED), show(evs)


@pytest.mark.parametrize("text, root", [
    ("Pressure from Washington forced Poland to expel the Russian envoy.", "16"),
    ("Poland expelled the Russian envoy on Tuesday.", "16"),
])
def test_act_done_under_pressure_is_claimed(pipe, text, root):
    evs = events(pipe, text)
    assert with_root(evs, root), show(evs)


# -- a union's call to strike or stay at home ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The union urged workers to stay at home on Monday.",
    "Nigeria's labour union called on workers to stay at home.",
    "The dockers' union urged its members to stay away from work on Friday.",
    "The teachers' union called on its members to walk out next week.",
])
def test_union_call_to_strike_or_stay_home_is_kept(pipe, text):
    evs = events(pipe, text)
    assert with_root(evs, "02"), show(evs)


@pytest.mark.parametrize("text", [
    "The union urged its members to accept the pay offer.",
    "The union asked workers to stay at the plant until the talks ended.",
    "Stay at home orders were lifted in the city on Friday.",
])
def test_union_call_that_is_no_dissent_and_stay_at_home_orders_code_none(pipe, text):
    evs = events(pipe, text)
    assert not with_root(evs, "02") and not with_root(evs, "14"), show(evs)


# -- a reaffirmed pledge: 03 (intent) ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, country", [
    ("Israel renewed its pledge to abide by the ceasefire.", "ISR"),
    ("Hamas said it stands by its pledge to respect the truce.", "PSE"),
    ("The Nepalese government stands by its pledge to hold elections in May.", "NPL"),
    ("Pakistan said it would stick to its promise to hold elections.", "PAK"),
    ("The Congolese rebels recommitted to the peace process on Friday.", "COD"),
    ("The Sudanese army recommitted to observe the truce in Darfur.", "SDN"),
    ("Colombia remained committed to the ceasefire.", "COL"),
])
def test_reaffirmed_pledge_is_an_intent(pipe, text, country):
    evs = events(pipe, text)
    assert hits(evs, "03", country=country), show(evs)


@pytest.mark.parametrize("text", [
    "The Kenyan president stands by his word.",
    "The Nigerian senator stuck to his word during the debate.",
    "The Kenyan opposition stood by the pledge card of its founder.",
])
def test_standing_by_a_word_with_no_content_codes_no_intent(pipe, text):
    evs = events(pipe, text)
    assert not with_root(evs, "03"), show(evs)
