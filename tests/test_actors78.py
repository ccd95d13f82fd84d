"""Actor coding classes of round sd78 (session 39, issue 10). Each class with controls that keep their codes:

- a country named inside a descriptive "the N of COUNTRY" phrase ("the Pacific island state of Tuvalu", "the oil-rich
  emirate of Kuwait"): the phrase is the country, its head noun the country's mention (``state_descriptions.py``);
- a bare role word placed by its own phrase in a country ("lawmakers in Hungary", "officials from Peru"): that
  country, before the dateline's (``located_agents.py``).

Articles written for this test."""

from __future__ import annotations

import pytest

from lapwing.extract.actors import actor_for_token
from test_actor_context13 import _no_user_files, codes, nlp, run, tok  # noqa: F401  (fixtures)


def _events(pipe, text: str, day: str = "2025-04-08"):
    from lapwing.schema import Article

    return pipe.analyse(Article(id="t", text=text, published=day)).events


# -- "the island nation of Fiji" ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, phrase, country", [
    ("The Pacific island state of Palau accused New Zealand of breaking its promises.", "The Pacific island state", "PLW"),
    ("The island nation of Samoa condemned the decision to cut aid.", "The island nation", "WSM"),
    ("The Gulf state of Bahrain hosted talks between the two delegations on Sunday.", "The Gulf state", "BHR"),
    ("The small Himalayan kingdom of Nepal signed a power deal with Bangladesh.", "The small Himalayan kingdom", "NPL"),
    ("The West African country of Benin expelled the Nigerian ambassador on Thursday.", "The West African country", "BEN"),
    ("The oil-rich emirate of Qatar pledged $30 million to the relief fund.", "The oil-rich emirate", "QAT"),
    ("Japan sent engineers to the archipelago of Vanuatu after the cyclone.", "the archipelago", "VUT"),
])
def test_a_state_described_before_its_name_is_that_state(nlp, text, phrase, country):
    ctx = run(nlp, text)
    assert codes(ctx, phrase) == (country, None)  # the description's head noun ("state") is the country's mention
    assert codes(ctx, phrase + " of", 0) == (country, None)


def test_the_described_state_is_the_events_source_with_its_whole_phrase(pipe):
    evs = _events(pipe, "The Caribbean nation of Jamaica asked Canada to send police trainers.")
    src = [(e.source.text, e.source.country) for e in evs if e.source is not None]
    assert ("The Caribbean nation of Jamaica", "JAM") in src
    evs = _events(pipe, "The landlocked republic of Chad accused Sudan of arming the rebels.")
    assert any(e.source is not None and e.source.country == "TCD" and e.target is not None
               and e.target.country == "SDN" for e in evs)


@pytest.mark.parametrize("text, phrase", [
    # not a state's name after "of": an island, a US state
    ("The island of Corfu was hit by storms, and police evacuated the hotels.", "The island"),
    ("The state of Ohio sued the chemical company over the spill.", "The state"),
    # a possessive, not a description
    ("The nation's capital of Quito was quiet as police arrested the marchers.", "The nation"),
    # a verb between the determiner and the noun: no description ("the talks that the state of ...")
    ("Peru said the talks would help the state of Bolivia.", "the talks"),
])
def test_controls_that_no_description_makes_a_state(nlp, text, phrase):
    got = codes(run(nlp, text), phrase)
    assert got is None or got[0] is None


# -- "lawmakers in Hungary" in a Stockholm story ----------------------------------------------------------------
@pytest.mark.parametrize("text, phrase, code", [
    ("OSLO (AP) - Lawmakers in Hungary voted on Monday to approve Norway's request for a new treaty.", "Lawmakers",
     ("HUN", "LEG")),
    ("VIENNA, June 2 - Officials in Romania rejected the plan drawn up by Austria's interior ministry.", "Officials",
     ("ROU", "GOV")),
    ("BERLIN - Judges across Poland protested on Friday against Germany's new extradition rules.", "Judges",
     ("POL", "JUD")),
    ("MADRID - Police in Lisbon detained six men wanted in Spain for fraud.", "Police", ("PRT", "COP")),
    ("PARIS - Diplomats from Chile met French officials to discuss the lithium deal.", "Diplomats", ("CHL", "GOV")),
    # the country named inside a description of it
    ("GENEVA - Officials in the Gulf state of Bahrain said they had met the rebel envoys.", "Officials", ("BHR", "GOV")),
])
def test_a_group_placed_in_a_country_by_its_own_phrase_is_of_that_country(nlp, text, phrase, code):
    assert codes(run(nlp, text), phrase) == code


@pytest.mark.parametrize("text, phrase, wrong", [
    # a country the sentence names elsewhere is not the body's place
    ("OSLO (AP) - Lawmakers voted on Monday to approve the budget, and Hungary welcomed it.", "Lawmakers", "HUN"),
    ("OSLO - Lawmakers voted in Sweden's favour on Monday.", "Lawmakers", "SWE"),
    # troops abroad: a place is not their country (nor is the international body's seat: "officials in Brussels")
    ("PARIS - Soldiers in Chad fired warning shots near the French camp.", "Soldiers", "TCD"),
])
def test_controls_a_place_gives_no_country_beyond_its_own_phrase(nlp, text, phrase, wrong):
    ctx = run(nlp, text)
    got = actor_for_token(ctx, tok(ctx, phrase))
    assert got is not None and got.sector in ("LEG", "MIL")
    assert got.country != wrong and "place" not in (got.rule or "")


def test_the_placed_group_is_the_events_source(pipe):
    evs = _events(pipe, "STOCKHOLM (Reuters) - Lawmakers in Slovakia voted on Tuesday to approve Finland's bid.")
    assert any(e.source is not None and (e.source.country, e.source.sector) == ("SVK", "LEG") for e in evs)
    assert not any(e.source is not None and e.source.country == "SWE" for e in evs)


# -- "the Brotherhood" after "the Muslim Brotherhood" ---------------------------------------------------------
@pytest.mark.parametrize("text, phrase, code", [
    ("CAIRO - The Muslim Brotherhood called for marches on Friday. The Brotherhood blamed the army for the deaths.",
     "The Brotherhood", ("EGY", "OPP")),
    ("The Polisario Front rejected the offer. On Monday the Front said Morocco had broken the truce.", "the Front",
     ("ESH", "SEP")),
    ("The Islamic Salvation Front won the first round. Months later the Front called for a general strike.",
     "the Front", ("DZA", None)),
])
def test_the_short_name_of_an_organisation_named_before_is_that_organisation(nlp, text, phrase, code):
    ctx = run(nlp, text)
    got = actor_for_token(ctx, tok(ctx, phrase))
    assert got is not None and (got.country, got.sector) == code and got.rule == "coref:short-name"
    assert got.text == phrase


@pytest.mark.parametrize("text, phrase", [
    # a role word of the lexicons keeps its own reading
    ("Colombia's National Liberation Army blew up a pipeline. The Army said it had arrested two suspects.", "The Army"),
    # no organisation of that name before
    ("The Front said Morocco had broken the truce.", "The Front"),
    # two earlier organisations with different codes end in that word
    ("The Polisario Front and the Islamic Salvation Front met in Rome. Later the Front issued a statement.",
     "the Front"),
])
def test_controls_no_short_name_without_one_earlier_organisation(nlp, text, phrase):
    ctx = run(nlp, text)
    got = actor_for_token(ctx, tok(ctx, phrase))
    assert got is None or got.rule != "coref:short-name"


def test_a_spanish_spelling_of_palestine_is_palestine(nlp):
    ctx = run(nlp, "Delegates from Palestina and Chile signed the water agreement in Santiago.")
    assert codes(ctx, "Palestina") == ("PSE", None)


# -- "the Senate", "Congress", "the House" with no dateline -----------------------------------------------------
@pytest.mark.parametrize("text, phrase, country", [
    ("Philippine President Ferdinand Marcos signed the tax bill on Monday. The Senate had passed it a week earlier.",
     "The Senate", "PHL"),
    ("Chile's president urged Congress to pass the pension reform before the winter recess.", "Congress", "CHL"),
    ("The Senate voted 51-49 to confirm the judge. Republicans called the vote a victory.", "The Senate", "USA"),
    ("Nigeria's Senate passed the budget. Lawmakers in the House accused the finance minister of delay.", "the House",
     "NGA"),
])
def test_a_bare_legislature_is_of_the_articles_one_state(nlp, text, phrase, country):
    assert codes(run(nlp, text), phrase) == (country, "LEG")


@pytest.mark.parametrize("text, phrase", [
    # a country named only as the one helped: not the legislature's
    ("The Senate approved $40 billion in aid for Ukraine on Tuesday.", "The Senate"),
    # two states in the article
    ("Peru's president dissolved Congress on Monday. Chile said it was worried by the crisis.", "Congress"),
    # no state at all
    ("The Senate voted to confirm the judge on Thursday.", "The Senate"),
])
def test_controls_no_country_for_a_bare_legislature_without_one_home_state(nlp, text, phrase):
    got = codes(run(nlp, text), phrase)
    assert got == (None, "LEG")


def test_the_house_with_a_dateline_is_the_datelines_lower_chamber(nlp):
    ctx = run(nlp, "MANILA, Philippines - The Senate approved the measure, and the House is expected to follow.")
    assert codes(ctx, "the House") == ("PHL", "LEG")
    # a name after "the House" is another name
    ctx = run(nlp, "The House Hotel in Lima was closed by police on Monday.")
    assert codes(ctx, "House", 0) is None or codes(ctx, "House", 0)[1] != "LEG"


# -- "Tonga ... The Pacific island nation accused ..." ------------------------------------------------------------
@pytest.mark.parametrize("text, phrase, country", [
    ("Tonga signed a fisheries pact on Monday. The Pacific island nation later accused Japan of overfishing.",
     "The Pacific island nation", "TON"),
    ("Nepal held a general election on Sunday. The Himalayan republic accused India of meddling in the count.",
     "The Himalayan republic", "NPL"),
    ("Senegal's economy grew last year. The West African country has asked the World Bank for a new loan.",
     "The West African country", "SEN"),
    # several states named: the subject of the sentence before, for a subject description
    ("Kuwait hosted envoys from Iran on Tuesday. The oil-rich emirate said the talks had gone well.",
     "The oil-rich emirate", "KWT"),
])
def test_a_description_of_the_state_named_before_is_that_state(nlp, text, phrase, country):
    ctx = run(nlp, text)
    got = actor_for_token(ctx, tok(ctx, phrase))
    assert got is not None and (got.country, got.rule, got.text) == (country, "coref:description", phrase)


@pytest.mark.parametrize("text, phrase", [
    # two states, the description no subject
    ("Kenya and Uganda signed a rail deal. Engineers from the country will build the bridge.", "the country"),
    # no state named before it
    ("The country has asked the IMF for a new loan, officials in Accra said.", "The country"),
    # "the state of emergency", "the country's minister": other phrases
    ("Chad closed its border. The state of emergency was extended on Friday.", "The state"),
    # a nationality word makes it another state
    ("Tonga signed a fisheries pact with Japan. The Japanese state broadcaster said the deal was fair.", "The Japanese state"),
])
def test_controls_no_state_for_a_description_without_one_antecedent(nlp, text, phrase):
    ctx = run(nlp, text)
    got = actor_for_token(ctx, tok(ctx, phrase))
    assert got is None or got.rule != "coref:description"
