"""Actor coding classes of round ac74 (session 37, issue 10). Each class with controls that keep their codes:

- a party or front named by common political words only ("Peoples Democratic Party", "National Salvation Front") is
  the article's own country's when the dictionary's namesake is another state's, and no state's when the report
  names several but never the namesake's (``namesakes.py``);
- "the Pope", "the pontiff" is the Holy See's (VAT, REL); patriarchs and muftis are religious leaders (REL);
- a province's or state's legislature read as a place ("the Sindh Assembly") is a body: LEG, the province's country
  (``legislatures.py``);
- a person's base city ("a Paris-based spokesman") is no nationality (``analysis._base_place``).

Articles written for this test."""

from __future__ import annotations

import pytest

from test_actor_context13 import _no_user_files, codes, nlp, run  # noqa: F401  (fixtures)

DAY = "2026-12-10"


# -- party names several states share -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, phrase, expected", [
    ("ABUJA, Nigeria - The Peoples Democratic Party accused the electoral commission of rigging the count.", "Party",
     ("NGA", "PTY")),
    ("The Peoples Democratic Party said on Friday it would challenge the governorship result in Nigeria.", "Party",
     ("NGA", "PTY")),
    ("BUCHAREST, Romania - The National Salvation Front said on Monday it would not join the new cabinet.", "Front",
     ("ROU", None)),
    ("RABAT, Morocco - The Justice and Development Party lost most of its seats in the vote.", "Party",
     ("MAR", "PTY")),
    ("The Peoples Democratic Party accused Nigerian police of arresting its polling agents.", "Party",
     ("NGA", "PTY")),
    ("The Democratic Party won the mayoral race in Seoul on Wednesday.", "Party", ("KOR", "PTY")),
    # several states named, none the namesake's: which party cannot be told
    ("The Peoples Democratic Party criticised Ghana and Togo over the new border fees.", "Party", (None, "PTY")),
])
def test_a_shared_party_name_is_the_articles_own_party(nlp, text, phrase, expected):
    assert codes(run(nlp, text, DAY), phrase) == expected


@pytest.mark.parametrize("text, phrase, country", [
    # controls: the namesake's own country named, a dateline of that country, a name with a word of its own
    ("ANKARA, Turkey - The Peoples Democratic Party said three of its mayors had been removed.", "Party", "TUR"),
    ("The Peoples Democratic Party said Turkish police had detained two of its mayors.", "Party", "TUR"),
    ("JUBA, South Sudan - The National Salvation Front said its fighters had repelled an attack.", "Front", "SSD"),
    ("ISLAMABAD, Pakistan - The Pakistan Peoples Party walked out of the budget debate.", "Party", "PAK"),
    ("ANKARA, Turkey - The ruling Justice and Development Party rejected the report.", "Party", "TUR"),
    # no country named at all, or one named only as whom the party acts on: the dictionary's entry stands
    ("The Peoples Democratic Party said on Friday it would appeal the ruling.", "Party", "TUR"),
    ("The Democratic Party criticised Mexico's new tariffs on Friday.", "Party", "USA"),
    ("The Republican Party accused China of stealing trade secrets.", "Party", "USA"),
])
def test_a_shared_party_name_keeps_the_dictionary_where_the_article_says_so(nlp, text, phrase, country):
    got = codes(run(nlp, text, DAY), phrase)
    assert got is not None and got[0] == country


# -- religious leaders ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, phrase, expected", [
    ("The Pope called on Sunday for a truce in the fighting around the port.", "Pope", ("VAT", "REL")),
    ("The pontiff urged both governments to reopen the border crossing.", "pontiff", ("VAT", "REL")),
    ("Pope John Paul II met the Polish president in Krakow.", "Paul", ("VAT", "REL")),
    ("The grand mufti of Egypt issued a ruling on Friday.", "mufti", ("EGY", "REL")),
    ("The Russian patriarch blessed the new cathedral in Kaliningrad.", "patriarch", ("RUS", "REL")),
    ("A Jordanian mufti condemned the attack on the shrine.", "mufti", ("JOR", "REL")),
    # controls: another church's pope is not the Holy See's; a named pope keeps the dictionary
    ("Pope Leo urged the warring parties to spare the hospitals.", "Leo", ("VAT", "REL")),
])
def test_religious_leaders(nlp, text, phrase, expected):
    assert codes(run(nlp, text, DAY), phrase) == expected


def test_another_churchs_pope_is_not_the_holy_see(nlp):
    got = codes(run(nlp, "The Coptic Pope condemned the bombing of the church in the south.", DAY), "Pope")
    assert got is not None and got[1] == "REL" and got[0] != "VAT"


# -- provincial legislatures ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, phrase, expected", [
    ("The Sindh Assembly passed a resolution against the new water tax.", "Assembly", ("PAK", "LEG")),
    ("Members of the Sindh Assembly staged a walkout on Thursday.", "Assembly", ("PAK", "LEG")),
    ("The Balochistan Assembly rejected the mining bill.", "Assembly", ("PAK", "LEG")),
    ("The Kerala Legislative Assembly condemned the railway closures.", "Assembly", ("IND", "LEG")),
    ("The Ontario Legislature passed the housing law on Wednesday.", "Legislature", ("CAN", "LEG")),
    # a division's name two states share: the dateline's
    ("LAHORE, Pakistan - The Punjab Assembly passed the bill on Monday.", "Assembly", ("PAK", "LEG")),
    ("NEW DELHI, India - The Punjab Assembly passed the bill on Monday.", "Assembly", ("IND", "LEG")),
])
def test_a_provincial_legislature_is_a_body_of_its_country(nlp, text, phrase, expected):
    assert codes(run(nlp, text, DAY), phrase) == expected


@pytest.mark.parametrize("text, phrase", [
    # controls: a shared name with no dateline, another country in the sentence, a national assembly
    ("The Punjab Assembly passed the bill on Monday.", "Assembly"),
    ("The Sindh Assembly rejected India's claims over the river on Monday.", "Assembly"),
    ("The National Assembly passed the budget on Monday.", "Assembly"),
])
def test_a_legislature_gets_no_country_where_the_place_does_not_tell(nlp, text, phrase):
    got = codes(run(nlp, text, DAY), phrase)
    assert got is None or got[0] is None


# -- a person's base city -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, phrase", [
    ("A London-based spokesman for the rebels said the town had fallen.", "spokesman"),
    ("The Brussels-based spokeswoman for the Kurdish movement denied the report.", "spokeswoman"),
    ("The London-based lawyer Amina Sule filed a complaint in Abuja.", "Sule"),
])
def test_a_base_city_gives_a_person_no_nationality(nlp, text, phrase):
    got = codes(run(nlp, text, DAY), phrase)
    assert got is None or got[0] not in ("GBR", "FRA", "BEL", "EUR")


@pytest.mark.parametrize("text, phrase, country", [
    # controls: a body's base city stays its country; a nationality word stays the person's
    ("A London-based rights group accused the police of torture.", "group", "GBR"),
    ("A Paris-based French diplomat said the talks had failed.", "diplomat", "FRA"),
    ("A Paris-based Iranian opposition group called for protests in Tehran.", "group", "IRN"),
])
def test_a_base_city_stays_a_bodys_country(nlp, text, phrase, country):
    got = codes(run(nlp, text, DAY), phrase)
    assert got is not None and got[0] == country


# -- an opposition's or a party's country: the one its sentence names -----------------------------------------------
@pytest.mark.parametrize("text, phrase, expected", [
    ("Opposition leader Carla Mendez on Tuesday urged Chile's president to step down.", "Mendez", ("CHL", "OPP")),
    ("Students demanded the release of the jailed Bangladeshi opposition leaders.", "leaders", ("BGD", "OPP")),
    ("Students demanded that Bangladesh free the jailed opposition leaders.", "leaders", ("BGD", "OPP")),
    ("The opposition criticised Uganda's president over the fuel prices.", "opposition", ("UGA", "OPP")),
    ("Opposition lawmakers walked out of Ghana's parliament on Wednesday.", "lawmakers", ("GHA", "OPP")),
])
def test_an_opposition_is_of_the_one_country_its_sentence_names(nlp, text, phrase, expected):
    assert codes(run(nlp, text, DAY), phrase) == expected


@pytest.mark.parametrize("text, phrase", [
    # controls: two countries named; none named; a government's office is not so read
    ("Opposition leaders in Kenya criticised Uganda's president.", "leaders"),
    ("The opposition party said it would boycott the vote.", "party"),
    # a capital or a city is no country word: an exiled opposition speaks from abroad
    ("The opposition leader, speaking from Paris, accused the army of killing protesters.", "leader"),
    ("Students in Dhaka demanded the release of the jailed opposition leaders.", "leaders"),
    ("President Omar Lindqvist threatened further action against Russia.", "Lindqvist"),
])
def test_no_country_where_the_sentence_does_not_tell(nlp, text, phrase):
    got = codes(run(nlp, text, DAY), phrase)
    assert got is None or got[0] is None


# -- a domestic body's country: the one province its sentence names -------------------------------------------------
@pytest.mark.parametrize("text, phrase, expected", [
    ("About two hundred rebel fighters surrendered to the army in Ituri province.", "fighters", ("COD", "REB")),
    ("About two hundred rebel fighters surrendered to the army in Ituri province.", "army", ("COD", "MIL")),
    ("Troops pulled out of three villages in Amhara on Sunday.", "Troops", ("ETH", "MIL")),
    ("Police detained nine students in Rakhine State on Tuesday.", "Police", ("MMR", "COP")),
])
def test_a_domestic_body_takes_the_country_of_the_province_named(nlp, text, phrase, expected):
    assert codes(run(nlp, text, DAY), phrase) == expected


@pytest.mark.parametrize("text, phrase, country", [
    # controls: a shared division name, a division that is also a country's name, a nationality of its own
    ("Police detained nine students in Punjab on Tuesday.", "Police", None),
    ("Police detained nine students in Georgia on Tuesday.", "Police", None),
    ("Ugandan troops pulled out of three villages in Ituri on Sunday.", "troops", "UGA"),
])
def test_a_province_gives_no_country_where_it_does_not_tell(nlp, text, phrase, country):
    got = codes(run(nlp, text, DAY), phrase)
    assert (got[0] if got else None) == country
