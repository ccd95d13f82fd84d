"""Actor codes the conflict and unrest batches got wrong (session 34, round ac67). Each class with controls that keep
their codes:

- a dictionary name that is the article's own namesake (``actors/namesakes.py``): "Defence Minister Pedro Sanchez" in
  a Bogota report that never names Spain is a Colombian minister, not Spain's prime minister; "the CPC rebel coalition"
  in a Bangui report that never names China is an armed group of the Central African Republic, not China's party, and
  so is a later bare "the CPC";
- an initialism repeated after the article introduced it with a sector word ("the ruling UDPS party ... The UDPS
  denied") takes the first mention's codes (``name_repeats.repeated_name``);
- a capital's name that opens a longer place name ("Santiago de Cuba") is not the capital (``lookup._longer_place``);
- a title of a city's office ("the archbishop of Bamenda", "the mayor of Mombasa") takes the city's country
  (``actors/city_titles.py``);
- a country's general staff is one body: "its troops" after it are its own (``agents.tsv``).

Articles written for this test."""

from __future__ import annotations

import pytest

from test_actor_context13 import _no_user_files, codes, nlp, run  # noqa: F401  (fixtures)

DAY = "2026-12-10"


# -- a foreign leader's namesake ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, phrase, expected", [
    ("BOGOTA, Colombia (Lapwing Wire) - Rebels seized two oil workers on Saturday, the army said.\n\nDefence "
     "Minister Pedro Sanchez said troops had begun a rescue operation.", "Pedro Sanchez", ("COL", "MIL")),
    ("CARACAS, Venezuela (Lapwing Wire) - Gangs fought troops in a western town. Interior Minister Pedro Sanchez "
     "said order had been restored.", "Pedro Sanchez", ("VEN", "GOV")),
    ("LIMA, Peru (Lapwing Wire) - Farmers blocked a highway on Monday. Transport Minister Emmanuel Macron said the "
     "police would reopen it.", "Emmanuel Macron", ("PER", "GOV")),
    # the repeated surname follows the first mention
    ("BOGOTA, Colombia (Lapwing Wire) - Defence Minister Pedro Sanchez visited the border on Monday. Sanchez said "
     "more soldiers would be sent.", "Sanchez", ("COL", "MIL")),
])
def test_a_namesake_with_another_office_is_the_articles(nlp, text, phrase, expected):
    assert codes(run(nlp, text, DAY), phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # the dictionary's own office: the known person, wherever the report is from
    ("BOGOTA, Colombia (Lapwing Wire) - President Emmanuel Macron arrived on Monday for talks on trade.",
     "Emmanuel Macron", ("FRA", "GOV")),
    ("KABUL, Afghanistan (Lapwing Wire) - Foreign Minister Sergei Lavrov met Taliban officials on Monday.",
     "Sergei Lavrov", ("RUS", "GOV")),
    # the article names the dictionary's country
    ("BOGOTA, Colombia (Lapwing Wire) - Spanish Prime Minister Pedro Sanchez arrived on Monday.", "Pedro Sanchez",
     ("ESP", "GOV")),
    ("BOGOTA, Colombia (Lapwing Wire) - Defence Minister Pedro Sanchez of Spain arrived on Monday for talks in "
     "Madrid's name.", "Pedro Sanchez", ("ESP", "GOV")),
    # the report is from the dictionary's country
    ("MADRID, Spain (Lapwing Wire) - Prime Minister Pedro Sanchez met union leaders on Monday.", "Pedro Sanchez",
     ("ESP", "GOV")),
    # no title: nothing says it is someone else
    ("BOGOTA, Colombia (Lapwing Wire) - Pedro Sanchez said on Monday the talks would go on.", "Pedro Sanchez",
     ("ESP", "GOV")),
])
def test_the_dictionarys_person_is_kept(nlp, text, phrase, expected):
    assert codes(run(nlp, text, DAY), phrase) == expected


# -- an armed group's initialism that is a foreign party's -----------------------------------------------------------
@pytest.mark.parametrize("text, phrase, nth", [
    ("BANGUI, Central African Republic (Lapwing Wire) - Gunmen raided a village on Monday. The CPC rebel coalition "
     "denied any role.", "The CPC rebel coalition", 0),
    ("BANGUI, Central African Republic (Lapwing Wire) - CPC rebels attacked a town on Monday. The CPC later said "
     "it had withdrawn.", "CPC rebels", 0),
    ("BANGUI, Central African Republic (Lapwing Wire) - CPC rebels attacked a town on Monday. The CPC later said "
     "it had withdrawn.", "The CPC", 0),
    ("BANGUI, Central African Republic (Lapwing Wire) - Peacekeepers came under fire on Sunday.\n\nThe CPC rebel "
     "alliance denied any involvement. The CPC said its fighters were far away.", "The CPC", 1),
])
def test_a_rebel_initialism_is_not_a_foreign_party(nlp, text, phrase, nth):
    assert codes(run(nlp, text, DAY), phrase, nth=nth) == ("CAF", "REB")


@pytest.mark.parametrize("text, phrase, expected", [
    ("BEIJING, China (Lapwing Wire) - The CPC Central Committee met on Monday.", "The CPC Central Committee",
     ("CHN", "PTY")),
    ("BANGUI, Central African Republic (Lapwing Wire) - The CPC said on Monday it would send a delegation.",
     "The CPC", ("CHN", "PTY")),  # no armed role word: nothing says it is another group
    ("NAIROBI, Kenya (Lapwing Wire) - The FBI said on Monday it would help the police.", "The FBI", ("USA", "COP")),
])
def test_initialisms_without_a_rebel_word_keep_the_dictionary(nlp, text, phrase, expected):
    assert codes(run(nlp, text, DAY), phrase) == expected


# -- an initialism repeated after its sector word --------------------------------------------------------------------
@pytest.mark.parametrize("text, phrase, expected", [
    ("KINSHASA, DR Congo (Lapwing Wire) - Supporters of the ruling UDPS party clashed with police.\n\nThe UDPS "
     "denied the charge.", "The UDPS", ("COD", "PTY")),
    ("ABUJA, Nigeria (Lapwing Wire) - The opposition PDP party called a rally on Monday. The PDP said it had a "
     "permit.", "The PDP", ("NGA", "OPP")),
    ("ABUJA, Nigeria (Lapwing Wire) - The opposition PDP party called a rally on Monday. Police said the PDP had no "
     "permit.", "the PDP", ("NGA", "OPP")),
])
def test_an_initialism_repeats_its_first_mention(nlp, text, phrase, expected):
    assert codes(run(nlp, text, DAY), phrase) == expected


def test_an_initialism_of_two_parties_is_not_guessed(nlp):
    text = ("ABUJA, Nigeria (Lapwing Wire) - The opposition PDP party and the ruling PDP faction argued on Monday. "
            "The PDP said it had a permit.")
    got = codes(run(nlp, text, DAY), "The PDP")
    assert got is None or got[1] is None


# -- a capital's name inside a longer place name ---------------------------------------------------------------------
@pytest.mark.parametrize("text, phrase, expected", [
    ("HAVANA, Cuba (Lapwing Wire) - Hundreds of residents of Santiago de Cuba protested on Saturday.", "Hundreds",
     "CUB"),
    ("HAVANA, Cuba (Lapwing Wire) - Residents of Santiago de Cuba took to the streets on Saturday.", "Residents",
     "CUB"),
    ("MADRID, Spain (Lapwing Wire) - Pilgrims in Santiago de Compostela were stranded by the strike.", "Pilgrims",
     "ESP"),
])
def test_santiago_de_is_not_chiles_capital(nlp, text, phrase, expected):
    assert codes(run(nlp, text, DAY), phrase, word=0)[0] == expected


@pytest.mark.parametrize("text, phrase", [
    ("SANTIAGO, Chile (Lapwing Wire) - Residents of Santiago took to the streets on Saturday.", "Residents"),
    ("LIMA, Peru (Lapwing Wire) - Santiago de Chile said on Monday the border would stay open.", "Chile"),
    ("LIMA, Peru (Lapwing Wire) - Santiago said on Monday the border would stay open.", "Santiago"),
])
def test_santiago_alone_is_still_chile(nlp, text, phrase):
    assert codes(run(nlp, text, DAY), phrase, word=0)[0] == "CHL"


# -- a city's office ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, phrase, expected", [
    ("YAOUNDE, Cameroon (Lapwing Wire) - Separatists seized a chief on Saturday.\n\nThe Catholic archbishop of "
     "Bamenda, Andrew Nkea, appealed for his release.", "The Catholic archbishop", ("CMR", "REL")),
    ("LAGOS, Nigeria (Lapwing Wire) - Gunmen attacked a church on Sunday. The bishop of Kaduna, John Okoro, "
     "condemned the attack.", "The bishop", ("NGA", "REL")),
    ("LONDON, Britain (Lapwing Wire) - The mayor of Mombasa said on Monday the port was open.", "The mayor",
     ("KEN", "GOV")),
])
def test_a_citys_office_takes_the_citys_country(nlp, text, phrase, expected):
    assert codes(run(nlp, text, DAY), phrase, word=-1) == expected


@pytest.mark.parametrize("text, phrase", [
    # a kinsman is no office of the city
    ("WASHINGTON (Lapwing Wire) - The wife of Jackson said on Monday he was innocent.", "The wife"),
    # the sentence names another country
    ("ACCRA, Ghana (Lapwing Wire) - The archbishop of Lyon met Kenya's president on Monday.", "The archbishop"),
])
def test_no_city_country_without_an_office_or_with_another_country(nlp, text, phrase):
    got = codes(run(nlp, text, DAY), phrase)
    assert got is None or got[0] in (None, "KEN") and got[0] != "FRA" and got[0] != "USA"


@pytest.mark.parametrize("text, phrase, city_country", [
    # a surname right after a title is the person, never a city of that name (session 37: "President Bush" took
    # the country of a city called Bush)
    ("President Bush urged Congress to pass the spending bill.", "President Bush", "EGY"),
    ("Governor Hamilton vetoed the budget on Friday.", "Governor Hamilton", "CAN"),
    ("Mayor Florence Achieng said the curfew would be lifted.", "Mayor Florence Achieng", "ITA"),
])
def test_a_name_after_a_title_is_no_city(nlp, text, phrase, city_country):
    got = codes(run(nlp, text, DAY), phrase)
    assert got is not None and got[0] != city_country, got


# -- "its troops" after a general staff -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, phrase, expected", [
    ("KYIV, Ukraine (Lapwing Wire) - Russia's defence ministry said its forces had taken a village.\n\nUkraine's "
     "General Staff denied the claim, saying its troops still held the village.", "its troops", "UKR"),
    ("MOSCOW, Russia (Lapwing Wire) - Kyiv said its drones had hit a depot. Russia's General Staff said its air "
     "defences had downed 20 drones.", "its air defences", "RUS"),
    ("ADDIS ABABA, Ethiopia (Lapwing Wire) - Eritrea's army said it had moved troops. The Ethiopian General Staff "
     "said its units were on alert.", "its units", "ETH"),
])
def test_its_after_a_general_staff(nlp, text, phrase, expected):
    assert codes(run(nlp, text, DAY), phrase, word=0)[0] == expected
