"""The article's own country for a domestic body named only by its role (session 31, round 58, ac58;
``actors/article_country.py``).

An article with no capitals dateline and no clearly leading country mentions left "police", "the ministry", "troops"
or "protesters" with no country, though a lower-cased regional dateline ("lagos: ") or a lead naming one country
twice placed the story. They now take that country, only in a sentence that names no country after one that names
no other. Controls: an article about two countries, a foreign ministry's statement, a dateline city abroad, a
country named once. Articles written for this test."""

from __future__ import annotations

import pytest

from test_actor_context13 import _no_user_files, codes, nlp, run  # noqa: F401  (fixtures)


@pytest.mark.parametrize("text, phrase, expected", [
    # a lower-cased regional dateline: the city's country
    ("lagos: Two men were held on Sunday after a shop was looted in the market district.\n\n"
     "Police said the suspects would be charged on Monday.", "Police", ("NGA", "COP")),
    ("nairobi: A night-time fire gutted a row of kiosks near the bus station.\n\n"
     "The county government said traders would be given new stalls.", "The county government", ("KEN", "GOV")),
    ("karachi: Hundreds of traders shut their shops on Tuesday over a new levy.\n\n"
     "Protesters blocked the main road for three hours, witnesses said.", "Protesters", ("PAK", "CVL")),
    # a lead naming one country, named again below
    ("Floods have swept through northern Ghana, destroying hundreds of homes.\n\n"
     "Ghana has asked donors for tents and food.\n\nThe army said it had rescued forty people from rooftops.",
     "The army", ("GHA", "MIL")),
    ("Bolivia's farmers are bracing for a third dry season in a row.\n\n"
     "Rainfall in Bolivia was half the usual amount last year.\n\n"
     "The agriculture ministry said it would subsidise seed.", "The agriculture ministry", ("BOL", "GOV")),
    ("A bus plunged into a ravine in Peru on Friday, killing twelve people.\n\n"
     "It was the worst road accident in Peru this year.\n\nPolice said the driver had lost control on a bend.",
     "Police", ("PER", "COP")),
])
def test_a_bare_domestic_body_takes_the_articles_country(nlp, text, phrase, expected):
    assert codes(run(nlp, text), phrase) == expected


@pytest.mark.parametrize("text, phrase", [
    # an article about two countries: no one country leads
    ("Talks between Chad and Sudan on the border resumed on Monday.\n\nChad and Sudan each blame the other "
     "for raids.\n\nTroops were seen moving north, residents said.", "Troops"),
    # the sentence names another country: the body may be that country's
    ("Floods have swept through northern Ghana, destroying hundreds of homes.\n\nGhana has asked donors "
     "for tents.\n\nIn Togo, the army said it would send helicopters.", "the army"),
    # a foreign ministry's statement in the sentence before
    ("Floods have swept through northern Ghana, destroying hundreds of homes.\n\nGhana has asked donors "
     "for tents.\n\nFrance's foreign ministry pledged two million euros.\n\nThe ministry said more would follow.",
     "The ministry"),
    # a country named once only: no guess
    ("Officials in Kenya said fuel prices would rise.\n\nThe government said it would not back down.",
     "The government"),
    # a lower-cased dateline whose story is about another country as much
    ("delhi: Nepal's prime minister arrived for talks on Sunday.\n\nNepal wants new trade routes.\n\n"
     "Police closed several roads in the centre.", "Police"),
    # a company is no domestic body
    ("Floods have swept through northern Ghana, destroying hundreds of homes.\n\nGhana has asked donors "
     "for tents.\n\nThe company said its mine was closed.", "The company"),
])
def test_the_body_keeps_no_country_otherwise(nlp, text, phrase):
    got = codes(run(nlp, text), phrase)
    assert got is None or got[0] is None


def test_a_capitals_dateline_abroad_keeps_its_old_reading(nlp):
    # a dateline in capitals is the existing main country (not this rule's): unchanged
    text = ("LONDON (Reuters) - Oil prices rose on Monday.\n\nTraders said the government would "
            "publish stock figures on Tuesday.")
    assert codes(run(nlp, text), "the government") == ("GBR", "GOV")


def test_an_article_with_a_main_country_is_unchanged(nlp):
    text = ("Kenya's central bank cut its main rate on Tuesday.\n\nKenya's inflation has eased, and Kenya "
            "expects growth to pick up.\n\nThe finance ministry welcomed the cut.")
    assert codes(run(nlp, text), "The finance ministry") == ("KEN", "GOV")


@pytest.mark.parametrize("text, phrase, expected", [
    ("A Zambian court has halted the sale of a state mine.\n\nThe ruling was welcomed by unions in Zambia.\n\n"
     "\"The sale was rushed,\" said Judge Mary Banda, who heard the case.", "Judge Mary Banda", ("ZMB", "JUD")),
    ("ibadan: A lawmaker's convoy came under fire on the expressway late on Friday.\n\n"
     "Police Commissioner Tunde Ajayi said three suspects had been arrested.", "Police Commissioner Tunde Ajayi",
     ("NGA", "COP")),
])
def test_a_person_named_with_a_domestic_title_takes_it_too(nlp, text, phrase, expected):
    assert codes(run(nlp, text), phrase) == expected


def test_a_titled_person_after_a_foreign_sentence_takes_none(nlp):
    text = ("A Zambian court has halted the sale of a state mine.\n\nThe ruling was welcomed by unions in Zambia.\n\n"
            "The buyer was a firm from Canada.\n\nMinister Paul Grant said the firm would appeal.")
    got = codes(run(nlp, text), "Minister Paul Grant")
    assert got is None or got[0] is None
