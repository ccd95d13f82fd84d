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


def test_a_title_serving_a_named_body_is_not_the_earlier_spokesman(nlp):
    # "the spokesman for Niger's defence ministry" is not Mali's spokesman named before; its name takes the body's
    # country
    ctx = run(nlp, "Mali's foreign ministry spokesman Oumar Traore denied the report on Monday. On Friday, the "
                   "spokesman for Niger's Ministry of Defence, Colonel Issa Garba, gave Niamey's answer. \"We ask "
                   "Mali to act,\" Garba told reporters.")
    assert codes(ctx, "spokesman for", word=0)[0] == "NER"
    assert codes(ctx, "Garba told", word=0)[0] == "NER"
    # a bare description still takes the named spokesman
    ctx = run(nlp, "Foreign ministry spokesman Oumar Traore denied the report on Monday. The spokesman said the "
                   "talks would go on.")
    assert codes(ctx, "The spokesman") == codes(ctx, "Oumar Traore")


# -- the headline's one country ---------------------------------------------------------------------------------------
def run_titled(nlp, title: str, text: str):
    from lapwing.extract.actors import extract_actors
    from lapwing.extract.registry import Context
    from lapwing.schema import Article, ArticleRecord

    art = Article(id="t", title=title, text=text, published="2024-03-05")
    ctx = Context(doc=nlp(text), article=art, record=ArticleRecord(article=art), config={})
    extract_actors(ctx)
    return ctx


BUDGET = ("The deficit will narrow to 3 pct of output next year, Finance Minister Jorge Rivas told reporters.\n\n"
          "Rivas said exports of gas would rise.\n\nOfficials said Bolivia would not need new loans.")
FIRES = ("More than a hundred fires are burning across the east of Australia.\n\nCrews from Canada have arrived to "
         "help Australian crews.\n\nAuthorities say only heavy rain will put the largest blaze out.")


@pytest.mark.parametrize("title, text, phrase, expected", [
    ("BOLIVIA SEES SMALLER BUDGET DEFICIT", BUDGET, "Rivas said", ("BOL", "GOV")),
    ("Bolivia sees a smaller budget deficit", BUDGET, "Officials", ("BOL", "GOV")),
    ("Giant blaze rages across eastern Australia", FIRES, "Authorities", ("AUS", "GOV")),
])
def test_the_headlines_one_country_is_the_articles(nlp, title, text, phrase, expected):
    ctx = run_titled(nlp, title, text)
    assert ctx.data["main_country"] == expected[0]
    assert codes(ctx, phrase, word=0) == expected


@pytest.mark.parametrize("title, text", [
    ("Bolivia and Peru see smaller budget deficits", BUDGET),  # two countries in the headline
    ("Canada sends crews to fight a giant blaze", FIRES),  # the text names Canada less than Australia
    # a nationality word is no story's country: the navy is another state's
    ("Navy detains Kenyan fishermen", "The navy detained 12 Kenyan fishermen near the island on Sunday.\n\nThe "
     "Kenyan boats were towed to port, and the navy said the crews would be charged."),
    ("LET US CUT THE DEFICIT", BUDGET),  # a word in a headline in capitals, not the United States
    (None, BUDGET),  # no headline
])
def test_no_country_from_the_headline_otherwise(nlp, title, text):
    assert run_titled(nlp, title, text).data["main_country"] is None


def test_a_headline_naming_another_country_undoes_the_mentions_leader(nlp):
    # the text names Washington and the U.S. more often than Japan, but the story is Japan's: no main country
    text = ("The governing party wants an extra spending plan before the summer, a party official told reporters.\n\n"
            "Officials will brief the U.S. Treasury next week when the finance minister flies to Washington.\n\n"
            "Japan must shrink its surplus with the U.S., the official added, ahead of talks in Washington.")
    assert run_titled(nlp, "JAPAN PARTY DRAFTS SPENDING PLAN", text).data["main_country"] is None
    assert run_titled(nlp, None, text).data["main_country"] == "USA"  # (as before, with no headline)


def test_an_apposed_title_with_a_possessor_gives_no_guess(nlp):
    # "Malaysia sent *its* foreign minister, X,": the title's guess of the article's country (Cambodia) is not his
    text = ("Cambodia and its neighbour fought for a third day on Sunday. Cambodia said its troops held the line, and "
            "Cambodia asked for talks. Malaysia sent its foreign minister, Ahmad Faiz Rahman, to both capitals. He "
            "held talks with the prime minister on Sunday.")
    ctx = run(nlp, text)
    assert ctx.data["main_country"] == "KHM"
    assert codes(ctx, "Ahmad Faiz Rahman")[0] != "KHM"
