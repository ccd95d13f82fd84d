"""Event coder, fifteenth round (issue 10): classes found in the example articles' key misses and in wire
sentences of attacks on sites. A struck site's country is the target ("drones struck two pumping stations
*in Saudi Arabia*": the argument spec ``objsite``), and then it no longer lends its country to an unnamed
attacker; "hosts troops / refugees" is no hosted visit (043). Sentences written for this test, each class
in several phrasings, next to the uses of the same words that must stay as they are."""

from __future__ import annotations

import pytest

from event_helpers import events as _events


CLAIMED = ("asserted", "attributed", "future")


def _show(evs):
    return [(e.cameo, e.status, e.source and (e.source.text, e.source.country),
             e.target and (e.target.text, e.target.country), e.rule) for e in evs]


# -- objsite: the country a struck site stands in ------------------------------------------------------
@pytest.mark.parametrize("text, root, src, tgt", [
    ("Drones launched by the rebels struck two oil pumping stations in Saudi Arabia.", "19", None, "SAU"),
    ("Missiles fired by Houthi fighters hit a power plant in Saudi Arabia on Tuesday.", "19", "YEM", "SAU"),
    ("Russian missiles struck a power plant in Kyiv.", "19", "RUS", "UKR"),
    ("Russian missiles struck a fuel depot in Ukraine overnight.", "19", "RUS", "UKR"),
    ("Israeli jets bombed a weapons depot in Syria overnight.", "19", "ISR", "SYR"),
    ("Turkish drones struck a checkpoint in northern Iraq.", "19", "TUR", "IRQ"),
    ("Russian forces shelled a fuel depot in the Ukrainian city of Kharkiv.", "19", "RUS", "UKR"),
])
def test_struck_site_gives_its_country_as_target(pipe, text, root, src, tgt):
    evs = _events(pipe, text)
    hits = [e for e in evs if e.cameo.startswith(root) and e.status in CLAIMED
            and e.target is not None and e.target.country == tgt
            and (src is None or (e.source is not None and e.source.country == src))]
    assert hits, _show(evs)


@pytest.mark.parametrize("text", [
    "Drones launched by the rebels struck two oil pumping stations in Saudi Arabia.",
    "Rockets fired by the militants hit a refinery in Saudi Arabia.",
])
def test_unnamed_attacker_does_not_take_the_site_country(pipe, text):
    evs = [e for e in _events(pipe, text) if e.cameo.startswith("19") and e.trigger.text in ("struck", "hit")]
    assert evs, _show(evs)
    assert all(e.source is None or e.source.country != "SAU" for e in evs), _show(evs)


@pytest.mark.parametrize("text, tgt", [
    ("Gunmen killed two soldiers in Mali.", "MLI"),  # people: whose, not where (the soldiers' own country)
    ("Police arrested five protesters in Cairo on Friday.", None),
])
def test_people_objects_keep_their_own_target(pipe, text, tgt):
    evs = [e for e in _events(pipe, text) if e.status in CLAIMED]
    assert evs, _show(evs)
    assert all(e.target is not None and e.target.text not in ("Mali", "Cairo") for e in evs), _show(evs)


# -- 043 host: a visit, not a garrison or a refugee population -------------------------------------------
@pytest.mark.parametrize("text", [
    "Several rockets struck an air base in Iraq that hosts US troops.",
    "The country hosts about 2,500 American troops and a naval base.",
    "Jordan hosts more than a million Syrian refugees.",
    "Turkey hosts some 3.6 million refugees from Syria.",
    "The kingdom hosts a large contingent of French soldiers.",
])
def test_hosting_troops_or_refugees_is_no_visit(pipe, text):
    evs = _events(pipe, text)
    assert not [e for e in evs if e.cameo.startswith("04")], _show(evs)


@pytest.mark.parametrize("text, src, tgt", [
    ("China hosted the Brazilian president on Monday.", "CHN", "BRA"),
    ("Qatar hosted Hamas leaders in Doha.", "QAT", "PSE"),
    ("Egypt hosts a delegation of Israeli officials for talks on the truce.", "EGY", "ISR"),
])
def test_hosting_a_visitor_is_still_043(pipe, text, src, tgt):
    evs = _events(pipe, text)
    assert [e for e in evs if e.cameo == "043" and e.source and e.source.country == src
            and e.target and e.target.country == tgt], _show(evs)


# -- a sanctions noun hung on the last noun of the object's phrase; more verbs that impose ---------------
@pytest.mark.parametrize("text, src, tgt", [
    ("The Treasury announced curbs on exports to Iran and sanctions on two Chinese firms.", None, "CHN"),
    ("The minister unveiled restrictions on travel to Cuba and sanctions on a bank in Nicaragua.", None, "NIC"),
    ("Britain unveiled sanctions on three Russian oligarchs.", "GBR", "RUS"),
    ("The European Union slapped sanctions on Belarusian officials.", None, "BLR"),
])
def test_sanctions_in_the_object_phrase(pipe, text, src, tgt):
    evs = _events(pipe, text)
    assert [e for e in evs if e.cameo == "163" and e.status in CLAIMED and e.target is not None
            and e.target.country == tgt and (src is None or (e.source and e.source.country == src))], _show(evs)


# -- an agent placed in a country by its own phrase takes that country (not troops, often abroad) ---------
@pytest.mark.parametrize("text, country, sector", [
    ("Protesters in Sudan marched on the presidential palace.", "SDN", "CVL"),
    ("Police in Nigeria arrested 40 people on Sunday.", "NGA", "COP"),
    ("Authorities in Pakistan imposed a curfew on the city.", "PAK", None),
])
def test_agent_in_a_country(pipe, text, country, sector):
    evs = [e for e in _events(pipe, text) if e.status in CLAIMED]
    assert [e for e in evs if e.source and e.source.country == country
            and (sector is None or e.source.sector == sector)], _show(evs)


def test_plural_of_words_in_arch():
    from lapwing.lexicons.country_agents import pluralize_word
    assert [pluralize_word(w) for w in ("oligarch", "monarch", "church", "match", "spokesman")] == [
        "oligarchs", "monarchs", "churches", "matches", "spokesmen"]


# -- whom a protest makes its demands of (argument spec ``demanded``) -------------------------------------
@pytest.mark.parametrize("text, tgt", [
    ("Thousands rallied in the capital on Friday, demanding the army chief's resignation.", "the army chief"),
    ("Students marched through the capital to demand that President Ali Bongo step down.", "President Ali Bongo"),
    ("Hundreds of farmers protested in Delhi, urging the government to repeal the farm laws.", "the government"),
    ("Teachers demonstrated in the capital, calling on Prime Minister Sara Lind to resign.", "Prime Minister Sara Lind"),
])
def test_protest_target_from_its_demand(pipe, text, tgt):
    evs = _events(pipe, text)
    assert [e for e in evs if e.cameo.startswith("14") and e.target is not None and e.target.text == tgt], _show(evs)


@pytest.mark.parametrize("text", [
    "Thousands marched in Paris on Saturday.",
    "Workers went on strike to demand higher wages.",
])
def test_protest_without_an_addressee_keeps_no_target(pipe, text):
    evs = [e for e in _events(pipe, text) if e.cameo.startswith("14")]
    assert evs and all(e.target is None for e in evs), _show(evs)


# -- repair 50b: a source named after the news (", state media reported") parsed apart --------------------
@pytest.mark.parametrize("text, code, src, tgt", [
    ("Italy ratified the border treaty with Peru, state media reported.", "05", "ITA", "PER"),
    ("Ghana signed a defence pact with Togo, the official news agency said.", "0", "GHA", None),
    ("Greek authorities accused the United States of spying, state media reported.", "11", "GRC", "USA"),
    ("Ethiopia's prime minister congratulated the new Iraqi prime minister, the official news agency said.", "05", "ETH", "IRQ"),
])
def test_trailing_source_parsed_apart(pipe, text, code, src, tgt):
    evs = _events(pipe, text)
    assert [e for e in evs if e.cameo.startswith(code) and e.status == "attributed" and e.source
            and e.source.country == src and (tgt is None or (e.target and e.target.country == tgt))], _show(evs)


@pytest.mark.parametrize("text", [
    "Iran's Revolutionary Guards seized a British tanker, Iranian television reported late on Friday.",
    "Thai police arrested three opposition activists in Bangkok, two officers said on Tuesday.",
    "Kenyan troops killed 12 militants in a raid, a rights group said.",
])
def test_trailing_source_makes_the_event_attributed(pipe, text):
    evs = [e for e in _events(pipe, text) if e.cameo[:2] in ("17", "18", "19")]
    assert evs and all(e.status == "attributed" for e in evs), _show(evs)


def test_a_forces_own_army_telling_of_its_act_is_a_self_report(pipe):
    # the reference set's convention for self-reports (session 34), applied to a state force's report after the act by
    # session 39's round st79: asserted, with the sayer kept
    evs = [e for e in _events(pipe, "Kenyan troops killed 12 militants in a raid, the army said.")
           if e.cameo[:2] in ("17", "18", "19")]
    assert evs and all(e.status == "asserted" and e.attributed_to is not None
                       and e.attributed_to.text == "the army" for e in evs), _show(evs)


@pytest.mark.parametrize("text", [
    "Police arrested two men and reported the theft to the bank.",  # a reporting verb with an object
    "Troops seized the town, and residents fled.",
])
def test_a_later_clause_with_its_own_object_is_no_source(pipe, text):
    evs = [e for e in _events(pipe, text) if e.cameo[:2] in ("17", "18", "19")]
    assert evs and all(e.status == "asserted" for e in evs), _show(evs)


# -- repair 51: the subject's relative clause set off by commas, parsed apart ------------------------------
@pytest.mark.parametrize("text, code, src", [
    ("Italy, which has faced criticism at home, executed three convicted spies.", "18", "ITA"),
    ("The Italian government, which has faced criticism at home, called for a ceasefire in Gaza.", "0", "ITA"),
    ("Nigerian President Bola Adeyemi, who took office in May, tortured detainees in secret prisons.", "18", "NGA"),
    ("The Kenyan army, which has fought the group for a decade, shelled its camps near the border.", "19", "KEN"),
    ("Chilean Foreign Minister Rosa Vidal, whose ministry has been under pressure, expelled two Bolivian diplomats.", "1", "CHL"),
])
def test_main_verb_after_a_relative_clause(pipe, text, code, src):
    evs = _events(pipe, text)
    assert [e for e in evs if e.cameo.startswith(code) and e.status in CLAIMED and e.source
            and e.source.country == src and "which" not in e.trigger.text], _show(evs)


@pytest.mark.parametrize("text, code, src", [
    ("Italy congratulated the new Iraqi prime minister, state media reported.", "05", "ITA"),
    ("Thai police called for calm in the capital, state media reported.", "0", "THA"),
    ("Serbian President Luka Jovanovic condemned the attack on the embassy, state media reported.", "11", "SRB"),
])
def test_trailing_source_bracketed_with_the_news(pipe, text, code, src):
    """The model hangs the news's last noun (or its subject) on the source: the parse is not kept."""
    evs = _events(pipe, text)
    assert [e for e in evs if e.cameo.startswith(code) and e.status == "attributed" and e.source
            and e.source.country == src], _show(evs)


# -- repair 8 on a past participle read as the root ("The Indian coast guard *shot* down a drone") ---------
@pytest.mark.parametrize("text, src", [
    ("The Philippine coast guard shot down a Russian drone.", "PHL"),
    ("The Indian coast guard shot down a drone near the border.", "IND"),
])
def test_subject_before_a_participle_root(pipe, text, src):
    evs = _events(pipe, text)
    assert [e for e in evs if e.cameo.startswith("19") and e.source and e.source.country == src], _show(evs)


# -- a verbal act reported by its own actor is asserted --------------------------------------------------
@pytest.mark.parametrize("text, code, status", [
    ("Germany said it condemned the attack.", "111", "asserted"),
    ("The minister said he welcomed the agreement.", "051", "asserted"),
    ("The Swedish government said it hoped to resume the talks soon.", "01", "asserted"),
    ("Germany said Russia condemned the attack.", "111", "attributed"),  # another's act: reported
    # an earlier act of the sayer: its own report, asserted since round sr67 (was attributed)
    ("The president said he had ordered troops to withdraw.", "10", "asserted"),
])
def test_own_verbal_act_in_the_saying(pipe, text, code, status):
    evs = _events(pipe, text)
    assert [e for e in evs if e.cameo.startswith(code) and e.status == status], _show(evs)


# -- repair 52: the object read as a conjunct of the first verb of a pair ---------------------------------
@pytest.mark.parametrize("text, code, tgt", [
    ("Hamas gunmen shot and wounded an Israeli farmer near the border crossing on Monday.", "19", "ISR"),
    ("Militiamen shot and killed a Kenyan trader at the market on Friday.", "19", "KEN"),
])
def test_object_after_a_verb_pair(pipe, text, code, tgt):
    evs = _events(pipe, text)
    assert [e for e in evs if e.cameo.startswith(code) and e.target and e.target.country == tgt], _show(evs)


@pytest.mark.parametrize("text, tgt_text", [
    ("Police arrested and charged three men.", "three men"),
    ("Gunmen stormed and looted the police station.", "police station"),
])
def test_verb_pairs_with_their_object_stay(pipe, text, tgt_text):
    evs = _events(pipe, text)
    assert [e for e in evs if e.target is not None and tgt_text in e.target.text], _show(evs)


# -- repair 13h: an ambiguous past form ("shot") read as a noun root; repair 51 with a place phrase --------
@pytest.mark.parametrize("text, src, tgt", [
    ("Police shot at the crowd.", "COP", None),
    ("The riot police shot at protesters in the square.", "COP", None),
    ("Israeli troops shot toward two Palestinians.", "MIL", "PSE"),
    ("Israeli troops near the settlement shot toward two Palestinians who entered a closed area.", "MIL", "PSE"),
    ("An unidentified gunman on a motorcycle shot and killed a Canadian engineer in Lagos on Wednesday.", "UAF", "CAN"),
])
def test_shot_read_as_a_noun(pipe, text, src, tgt):
    evs = _events(pipe, text)
    assert [e for e in evs if e.cameo[:2] in ("18", "19") and e.source and e.source.sector == src
            and (tgt is None or (e.target and e.target.country == tgt))], _show(evs)


@pytest.mark.parametrize("text", [
    "The shot at the goal missed.",
    "His shot at the title ended in defeat.",
    "The United Nations Security Council imposes sanctions on Haiti over the violence.",
])
def test_nouns_stay_nouns(pipe, text):
    evs = _events(pipe, text)
    assert not [e for e in evs if e.cameo[:2] in ("18", "19")], _show(evs)


@pytest.mark.parametrize("text, src", [
    ("Ethiopia's prime minister shot down a Russian drone.", "ETH"),
    ("Ethiopia's prime minister shot down a Russian drone, state media reported.", "ETH"),
    ("Kenya's army chief shot down a Somali drone near the border.", "KEN"),
])
def test_possessor_of_a_subject_read_off_a_noun_verb(pipe, text, src):
    evs = _events(pipe, text)
    assert [e for e in evs if e.cameo.startswith("19") and e.source and e.source.country == src], _show(evs)


# -- states that storm or capture ------------------------------------------------------------------------
@pytest.mark.parametrize("text, code, src", [
    ("Italy stormed a rebel camp near the border.", "19", "ITA"),
    ("Greek authorities stormed a migrant camp on the island.", "19", "GRC"),
    ("Israel captured Marwan Haddad in a raid on Ramallah in April.", "17", "ISR"),
    # soldiers, officers, commanders a state captures stay as they were coded before (181, taken)
    ("Turkey captured a senior Islamic State commander in Syria.", "18", "TUR"),
    ("Iran captured six British sailors in the Gulf.", "18", "IRN"),
])
def test_a_state_storms_or_captures(pipe, text, code, src):
    evs = _events(pipe, text)
    assert [e for e in evs if e.cameo.startswith(code) and e.source and e.source.country == src], _show(evs)


@pytest.mark.parametrize("text", [
    "Brazil stormed the World Cup final.",
    "Fans stormed the pitch after the match.",
    "France captured the gold medal in the relay.",
])
def test_sport_storms_and_captures_are_no_events(pipe, text):
    evs = _events(pipe, text)
    assert not [e for e in evs if e.cameo[:2] in ("17", "18", "19")], _show(evs)


# -- "U.S.-led": the abbreviation leads, as "Saudi-led" does ----------------------------------------------
def test_dotted_country_led_is_split(pipe):
    evs = _events(pipe, "The U.S.-led coalition struck militants in Syria.")
    assert [e for e in evs if e.cameo.startswith("19") and e.source and e.source.country == "USA"], _show(evs)
    doc = pipe.nlp("The U.S.-led coalition and the U.N.-backed government met.")
    words = [t.text for t in doc]
    assert words[:4] == ["The", "U.S.", "-", "led"] and "U.N.-backed" in words  # "backed" names no owner


def test_backed_by_a_dotted_country_is_not_its(pipe):
    evs = _events(pipe, "The U.N.-backed government in Tripoli condemned the attack.")
    assert evs and all(e.source is None or e.source.country != "UNO" for e in evs), _show(evs)


@pytest.mark.parametrize("text, code", [
    ("Dock workers staged a strike at the port over unpaid wages.", "143"),
    ("Nurses staged a walkout at three hospitals on Monday.", "143"),
    ("Jailed activists staged a hunger strike in the prison.", "142"),
    ("Students staged a protest outside parliament.", "141"),
])
def test_staged_strikes_are_strikes(pipe, text, code):
    evs = _events(pipe, text)
    assert [e for e in evs if e.cameo == code], _show(evs)


@pytest.mark.parametrize("text, code", [
    ("Angry protesters destroyed a police post in the town.", "145"),
    ("Rioters wrecked shops in the city centre.", "145"),
    ("Hundreds of villagers clashed with police and destroyed a checkpoint.", "145"),
])
def test_crowds_that_destroy_riot(pipe, text, code):
    evs = _events(pipe, text)
    assert [e for e in evs if e.cameo == code and e.trigger.text in ("destroyed", "wrecked")], _show(evs)


@pytest.mark.parametrize("text", [
    "The storm destroyed hundreds of homes.",
    "Fans wrecked the stadium's seats after the match.",
])
def test_no_riot_without_protesters(pipe, text):
    evs = _events(pipe, text)
    assert not [e for e in evs if e.cameo.startswith("14")], _show(evs)


@pytest.mark.parametrize("text, src", [
    ("The Moroccan interior ministry mediated between Israel and Hamas, state media reported.", "MAR"),
    ("The Indian coast guard shot down a drone, officials said.", "IND"),
])
def test_subject_before_a_participle_in_reported_news(pipe, text, src):
    evs = _events(pipe, text)
    assert [e for e in evs if e.source and e.source.country == src and e.status == "attributed"], _show(evs)


# -- the market gate spares names and protests about prices ------------------------------------------------
@pytest.mark.parametrize("text, code", [
    ("Ukrainian President Olena Hrytsenko met NATO Secretary General Mark Rutte in Kyiv on Tuesday.", "04"),
    ("Mexican President Ana Ruiz received Canadian Prime Minister Mark Holt at the palace on Thursday.", "04"),
    ("Supporters of the opposition marched against rising bread prices in the capital.", "14"),
    ("Nigerian workers protested fuel prices in Abuja on Wednesday.", "14"),
])
def test_names_and_protests_about_prices_are_not_markets(pipe, text, code):
    evs = _events(pipe, text)
    assert [e for e in evs if e.cameo.startswith(code) and e.status in CLAIMED], _show(evs)


@pytest.mark.parametrize("text", [
    "The central bank supported the dollar in heavy trading.",
    "Speculators attacked the yen on Monday.",
])
def test_market_acts_stay_out(pipe, text):
    assert not [e for e in _events(pipe, text) if e.status in CLAIMED], _show(_events(pipe, text))


# -- two titled names, the first hung inside the second's title ("U.S. Secretary of State X and ...") -----
@pytest.mark.parametrize("text, src, tgt", [
    ("U.S. Secretary of State Ann Cole and Russian Foreign Minister Ivan Orlov met for an hour on Monday.", "USA", "RUS"),
    ("U.S. Secretary of State Ann Cole and Russian Foreign Minister Ivan Orlov signed a nuclear deal.", "USA", "RUS"),
    ("German Chancellor Olaf Brandt and French President Anne Morel met in Paris on Tuesday.", "DEU", "FRA"),
])
def test_two_titled_names_in_the_order_written(pipe, text, src, tgt):
    evs = _events(pipe, text)
    assert [e for e in evs if e.source and e.source.country == src and e.target and e.target.country == tgt], _show(evs)


# -- repair 53: a predicate adjective after the object ("held Damascus *responsible*") ---------------------
@pytest.mark.parametrize("text, src, tgt", [
    ("The French government held Damascus responsible for the chemical attack.", "FRA", "SYR"),
    ("Iran holds the United States responsible for the killing of its general.", "IRN", "USA"),
])
def test_held_responsible(pipe, text, src, tgt):
    evs = _events(pipe, text)
    assert [e for e in evs if e.cameo.startswith("112") and e.source and e.source.country == src
            and e.target and e.target.country == tgt], _show(evs)


def test_people_responsible_stay_the_object(pipe):
    evs = _events(pipe, "Police arrested the men responsible for the attack.")
    assert [e for e in evs if e.cameo == "173" and e.target is not None and "men" in e.target.text], _show(evs)


# -- repair 50c: ", and" + a clause with its own subject, parsed apart --------------------------------------
@pytest.mark.parametrize("text, code", [
    ("Protesters and security forces clashed in the capital, and more than 70 people were injured.", "14"),
    ("Students and police clashed outside the university, and dozens were hurt.", "14"),
    ("Rebels attacked the town on Monday, and the army sent reinforcements.", "19"),
])
def test_first_of_two_coordinated_clauses(pipe, text, code):
    evs = _events(pipe, text)
    assert [e for e in evs if e.cameo.startswith(code) and e.status in CLAIMED], _show(evs)


@pytest.mark.parametrize("text, src", [
    ("Colombian Foreign Minister Ana Silva tweeted her support for the opposition leader.", "COL"),
    ("The Danish prime minister posted her support for the Ukrainian people.", None),
])
def test_support_tweeted_or_posted(pipe, text, src):
    evs = _events(pipe, text)
    assert [e for e in evs if e.cameo == "051" and (src is None or (e.source and e.source.country == src))], _show(evs)


# -- repair 54: a headline whose -s verb was read as the subject noun of its object --------------------------
@pytest.mark.parametrize("text, code, src", [
    ("Italy launches airstrikes on Houthi positions amid rising tensions", "19", "ITA"),
    ("Egypt launches airstrikes on militant camps in Libya", "19", "EGY"),
])
def test_swapped_headline_verb(pipe, text, code, src):
    evs = _events(pipe, text)
    assert [e for e in evs if e.cameo.startswith(code) and e.source and e.source.country == src], _show(evs)


# -- journalistic boilerplate is no event (found on unlabelled wire copy by the precision round) -------------
@pytest.mark.parametrize("text", [
    "The official, who declined to be named, said the talks would resume on Monday.",
    "A diplomat who asked not to be identified said the convoy had turned back.",
    "The ministry ignored requests for comment.",
    "The minister spoke to VOA on Tuesday about the elections.",
    "The minister met reporters in the capital.",
])
def test_journalistic_boilerplate(pipe, text):
    evs = _events(pipe, text)
    assert not [e for e in evs if e.cameo[:2] in ("04", "12") and e.status in CLAIMED], _show(evs)


@pytest.mark.parametrize("text, code", [
    ("Syria refused to release the Jordanian prisoners.", "12"),
    ("Russia ignored calls for a ceasefire.", "12"),
    ("The Egyptian foreign minister spoke to the Sudanese army commanders.", "04"),
])
def test_refusals_and_talks_stay(pipe, text, code):
    evs = _events(pipe, text)
    assert [e for e in evs if e.cameo.startswith(code)], _show(evs)


# -- the subject of a passive's to-clause ("Blinken is expected to meet ...") --------------------------------
@pytest.mark.parametrize("text, code, src, status", [
    ("Blinken is expected to meet the Saudi crown prince on Monday.", "03", "USA", "future"),
    ("Japanese Prime Minister Yoshi Suga is expected to visit India in late April.", "03", "JPN", "future"),
    ("The Kenyan army is said to have shelled the village.", "19", "KEN", "attributed"),
    ("Ugandan rebels are reported to have seized the airport.", "19", "UGA", "attributed"),
])
def test_subject_of_a_passive_to_clause(pipe, text, code, src, status):
    evs = _events(pipe, text)
    assert [e for e in evs if e.cameo.startswith(code) and e.status == status and e.source
            and e.source.country == src], _show(evs)
