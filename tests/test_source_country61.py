"""People and descriptions whose country the article makes clear (session 32, round 61, co61).

Three classes of sources left with no country although the article said whose they were:

- a bare definite description ("the minister", "the rebels", "the envoy", "the spokeswoman") after an unnamed full
  mention with a country ("Tanzania's health minister ... The minister"): it takes the one country of the earlier
  mentions with its role word (``actors/role_country.py``, rule ``coref:role``); no guess when two countries' people
  fit, when one that fits has no country, or when the description's sentence names another country;
- a named person whose title is an appositive of national politics ("X, a member of the senate,") in an article with
  a main country: the person takes the guess the title took, as a title before the name gives it ("Senator X");
  never a court's title (a lawyer's country is the court's place: the event coder's ``court-place`` step);
- a name in apposition with a title followed by a short phrase ("Kenya's ambassador *to Ethiopia*, John Kamau,",
  "a spokesman *for Peru's interior ministry*, Jorge Salas,") was taken as the phrase's object's: it is the title's.

Articles written for this test."""

from __future__ import annotations

import pytest

from test_actor_context13 import _no_user_files, codes, nlp, run  # noqa: F401  (fixtures)


# -- a bare description after its full mention ----------------------------------------------------------------------
@pytest.mark.parametrize("text, phrase, expected", [
    ("Tanzania's health minister visited the flooded district on Tuesday. The minister promised new clinics "
     "within a year.", "The minister", ("TZA", "GOV")),
    ("Ethiopian soldiers and militia fighters clashed near the town on Sunday. The soldiers said they had "
     "retaken the road.", "The soldiers", ("ETH", "MIL")),
    ("A spokeswoman for Chile's foreign ministry said the talks had ended. The spokeswoman declined to give "
     "details.", "The spokeswoman", ("CHL", "GOV")),
    ("Colombian rebels released four hostages on Friday. The rebels said more would be freed soon.",
     "The rebels", ("COL", "REB")),
    ("Norway's ambassador met the mayor on Monday. The ambassador said aid would arrive next week.",
     "The ambassador", ("NOR", "GOV")),
    ("Kenya's foreign minister arrived in Kampala on Monday for talks on the border dispute with Uganda. "
     "The minister said the two sides had agreed to meet again.", "The minister", ("KEN", "GOV")),
])
def test_a_description_takes_the_country_of_its_full_mention(nlp, text, phrase, expected):
    assert codes(run(nlp, text), phrase) == expected


@pytest.mark.parametrize("text, phrase", [
    # two countries' ambassadors: no guess
    ("Norway's ambassador met Sweden's ambassador on Monday. The ambassador said aid would arrive next week.",
     "The ambassador"),
    ("Kenya's foreign minister met Uganda's foreign minister in Kampala on Monday. The minister said the two "
     "sides had agreed to meet again.", "The minister"),
    # one of the fitting mentions has no country
    ("Colombian rebels released four hostages on Friday, and rebels from another group attacked a village. "
     "The rebels said more would be freed soon.", "The rebels"),
    # the description's sentence names another country
    ("Tanzania's health minister visited the flooded district on Tuesday. In Kenya, the minister promised new "
     "clinics.", "the minister"),
    # a generic phrase before
    ("Ministers from many countries met in Geneva. The ministers agreed a plan.", "The ministers"),
])
def test_a_description_gets_no_guess_when_the_article_is_unclear(nlp, text, phrase):
    got = codes(run(nlp, text), phrase)
    assert got is None or got[0] is None


def test_a_named_earlier_person_still_links_by_title(nlp):
    # the named person's link (coref:title) comes first and is unchanged
    ctx = run(nlp, "Kenya's foreign minister Ann Wek arrived in Kampala on Monday. The minister said the two "
                   "sides had agreed to meet again.")
    assert codes(ctx, "The minister") == ("KEN", "GOV")


# -- a named person with an appositive title, in an article with a main country --------------------------------------
MALI = ("Fighting flared in Mali's north this week. Mali's army said it had pushed back the attackers, and Mali's "
        "government sent troops. ")


@pytest.mark.parametrize("text, phrase, expected", [
    ("Peru's senate met on Tuesday. Jorge Salas, a member of the senate, said the vote would be delayed. Peru's "
     "president said the law was needed. Peru will vote on the plan in May.", "Jorge Salas", ("PER", "LEG")),
    (MALI + "Amadou Diallo, a senior army officer, said the town was calm.", "Diallo", ("MLI", "MIL")),
])
def test_an_apposed_title_gives_its_person_the_articles_country(nlp, text, phrase, expected):
    assert codes(run(nlp, text), phrase) == expected


@pytest.mark.parametrize("text, phrase", [
    # the sentence names another country: the title had no guess to give
    (MALI + "Pierre Dubois, a senior army officer, told France's parliament the town was calm.", "Pierre Dubois"),
    # no main country
    ("Jorge Salas, a member of the senate, said the vote would be delayed.", "Jorge Salas"),
])
def test_no_country_for_the_apposed_person_otherwise(nlp, text, phrase):
    got = codes(run(nlp, text), phrase)
    assert got is None or got[0] is None


# -- a title, a short phrase, then the name ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, phrase, expected", [
    ("Kenya's ambassador to Ethiopia, John Kamau, said the border would reopen. Kamau said trade would resume.",
     "Kamau said", ("KEN", "GOV")),
    ("Ghana's envoy to the United Nations, Kofi Mensah, met diplomats in New York on Friday. Mensah said talks "
     "would resume.", "Mensah said", ("GHA", "GOV")),
    ("A spokesman for Peru's interior ministry, Jorge Salas, said police had arrested ten people.", "Jorge Salas",
     ("PER", "GOV")),
])
def test_the_name_after_a_title_and_its_phrase_is_the_titles(nlp, text, phrase, expected):
    assert codes(run(nlp, text), phrase, word=0) == expected


def test_the_name_after_a_person_in_the_phrase_is_that_persons(nlp):
    # "the envoy to the president, Ali Hassan,": Ali Hassan is the president, not the envoy
    ctx = run(nlp, "Somalia's new envoy to the president, Ali Hassan, arrived on Monday.")
    got = codes(ctx, "Ali Hassan")
    assert got is None or got[0] != "SOM"
