"""Actor country and sector codes on unseen news (issue 10, session 23): the European Community of the 1980s, datelines
filed from two places, an armed movement in an undated article, ranks within a military, police, intelligence, court
or legislative body, "the court" after an international court, "X, the country's minister", role phrases an
adjective puts abroad ("foreign bloggers") and critics of a country or a government. Each rule has its counter-case.
Sentences written for this test."""

from __future__ import annotations

import pytest

from test_actor_context13 import _no_user_files, codes, nlp, run  # noqa: F401  (fixtures)


# -- the European Community ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,phrase,published", [
    ("EC officials said the proposal on farm prices would be put to ministers next week.", "EC officials", "1987-04-02"),
    ("The EC has asked Tokyo to open its market to European wine.", "The EC", "1986-11-20"),
    ("Trade ministers of the E.C. rejected the American demand on Monday.", "the E.C.", "1991-06-03"),
])
def test_the_ec_before_maastricht_is_the_european_community(nlp, text, phrase, published):
    assert codes(run(nlp, text, published), phrase) == ("EUR", "IGO")


def test_the_ec_after_maastricht_is_no_igo(nlp):
    # after 1993 "the EC" may be an election commission as well as the European Commission: no codes
    assert codes(run(nlp, "The EC announced the date of the vote on Monday.", "2024-02-01"), "The EC") in (None, (None, None))


# -- datelines of two places -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("dateline", ["ISLAMABAD/WASHINGTON \u2014", "ISLAMABAD/PENTAGON \u2014", "KABUL / NEW DELHI --"])
def test_a_dateline_of_places_in_two_countries_gives_no_country(nlp, dateline):
    text = f"{dateline} A local official told reporters that police had reached the site by noon."
    assert codes(run(nlp, text), "A local official") == (None, "GOV")


def test_a_dateline_of_one_place_still_gives_its_country(nlp):
    text = "ISLAMABAD \u2014 A local official told reporters that police had reached the site by noon."
    assert codes(run(nlp, text), "A local official") == ("PAK", "GOV")


# -- an armed movement in an undated article ---------------------------------------------------------------------------
@pytest.mark.parametrize("published,sector", [(None, "INS"), ("2019-05-02", "INS"), ("2023-05-02", "GOV")])
def test_the_taliban_by_the_articles_date(nlp, published, sector):
    ctx = run(nlp, "The Taliban stormed a police checkpoint outside Kandahar overnight.", published)
    assert codes(ctx, "The Taliban") == ("AFG", sector)


def test_a_movement_that_later_governed_is_the_movement_when_undated(nlp):
    ctx = run(nlp, "The Moro Islamic Liberation Front accused the army of shelling two villages.", None)
    assert codes(ctx, "The Moro Islamic Liberation Front") == ("PHL", "REB")


def test_an_undated_head_of_state_keeps_the_latest_row(nlp):
    ctx = run(nlp, "Venezuelan President Nicolas Maduro accused Washington of plotting a coup.", None)
    assert codes(ctx, "Nicolas Maduro") == ("VEN", "GOV")


# -- ranks within a body ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,phrase,code", [
    ("U.S. Air Force Chief of Staff, General Tom Brandt said the drone went down over the desert.",
     "U.S. Air Force Chief of Staff", ("USA", "MIL")),
    ("The CIA director declined to brief the committee on Tuesday.", "The CIA director", ("USA", "SPY")),
    ("Pentagon Chief of Staff Jen Marsh resigned on Friday after a month in the job.", "Jen Marsh", ("USA", "MIL")),
])
def test_a_rank_within_a_security_body_takes_its_sector(nlp, text, phrase, code):
    assert codes(run(nlp, text), phrase) == code


@pytest.mark.parametrize("text,phrase,sector", [
    ("Supreme Court President Ana Ruiz criticised the new law on judges.", "Ana Ruiz", "JUD"),
    ("Senate President Mark Otieno rejected the budget bill on Thursday.", "Mark Otieno", "LEG"),
])
def test_a_rank_within_a_court_or_a_chamber_takes_its_sector(nlp, text, phrase, sector):
    assert codes(run(nlp, text), phrase)[1] == sector


def test_a_rank_within_the_executive_stays_government(nlp):
    ctx = run(nlp, "White House Chief of Staff Dan Crowe denied the report on Monday.")
    assert codes(ctx, "Dan Crowe") == ("USA", "GOV")


# -- the court after an international court ----------------------------------------------------------------------------
def test_the_court_after_the_icj_is_the_icj(nlp):
    text = ("Kenya refused to attend a hearing at the International Court of Justice over its sea border with "
            "Somalia. The court rejected a Kenyan request for more time on Monday.")
    assert codes(run(nlp, text), "The court") == ("ICJ", "IGO")


def test_the_courts_president_after_a_un_court(nlp):
    text = ("Guyana asked the United Nations' top court to rule on its border with Venezuela. The court's president, "
            "Judge Mara Olsen, set the hearing for May. Venezuela said it would not take part. Venezuela has rejected "
            "the case. Venezuela recalled its envoy.")
    ctx = run(nlp, text)
    assert codes(ctx, "Judge Mara Olsen") in (("UNO", "JUD"), ("UNO", "IGO"))
    assert codes(ctx, "The court's president") in (("UNO", "JUD"), ("UNO", "IGO"))


def test_the_court_after_a_national_court_is_not_an_international_one(nlp):
    text = ("A Kenyan court jailed the activist on Monday. The International Criminal Court had asked for his "
            "transfer. The court said he could appeal.")
    assert codes(run(nlp, text), "The court said", word=1)[0] not in ("ICC", "UNO", "ICJ")


# -- "X, the country's minister" -------------------------------------------------------------------------------------
def test_a_name_with_the_countrys_title_takes_the_articles_country(nlp):
    text = "WARSAW \u2014 Anna Voss, the country's foreign minister, told reporters the talks had failed."
    assert codes(run(nlp, text), "Anna Voss") == ("POL", "GOV")


def test_the_countrys_title_without_an_article_country_gives_no_country(nlp):
    text = "Anna Voss, the country's foreign minister, told reporters the talks had failed."
    assert codes(run(nlp, text), "Anna Voss") == (None, "GOV")


# -- role phrases put abroad ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("phrase", ["Foreign bloggers", "A foreign journalist", "International observers"])
def test_a_foreign_role_phrase_takes_no_main_country(nlp, phrase):
    text = (f"BEIJING \u2014 {phrase} said the Chinese authorities had restricted travel to the region, and the "
            "ministry denied it.")
    assert codes(run(nlp, text), phrase)[0] is None


@pytest.mark.parametrize("phrase", ["The foreign minister", "Foreign Ministry spokesman Wu Qian"])
def test_the_foreign_ministry_stays_the_articles(nlp, phrase):
    text = f"BEIJING \u2014 {phrase} said the authorities had restricted travel to the region."
    assert codes(run(nlp, text), phrase) == ("CHN", "GOV")


# -- critics ----------------------------------------------------------------------------------------------------------
def test_a_countrys_critics_are_not_that_country(nlp):
    ctx = run(nlp, "Daily life in the province is not what China's critics overseas claim it is, the ministry said.")
    assert codes(ctx, "China's critics") in (None, (None, None))


def test_critics_of_the_government_are_its_opposition(nlp):
    ctx = run(nlp, "HARARE \u2014 Critics of the government were arrested in the capital on Friday.")
    assert codes(ctx, "Critics of the government") == ("ZWE", "OPP")


def test_the_council_after_the_security_council_is_it(nlp):
    text = ("Lena Hart, the head of a children's charity, told a session of the U.N. Security Council that schools had "
            "been shelled. A doctor from the region told the council that hospitals were full.")
    assert codes(run(nlp, text), "the council") == ("UNO", "IGO")


def test_the_council_after_a_city_council_is_not_the_uns(nlp):
    text = ("NAIROBI \u2014 The city council approved a new market levy. The U.N. Security Council met on Sudan. "
            "Traders urged the council to drop the levy.")
    assert codes(run(nlp, text), "the council") != ("UNO", "IGO")


@pytest.mark.parametrize("phrase", ["Rights groups", "Humanitarian agencies", "Two aid groups"])
def test_unnamed_aid_and_rights_groups_take_no_main_country(nlp, phrase):
    text = f"HARARE \u2014 {phrase} condemned the arrest of the reporter and urged the police to free him."
    assert codes(run(nlp, text), phrase)[0] is None


def test_local_rights_groups_keep_the_articles_country(nlp):
    text = "HARARE \u2014 Local rights groups condemned the arrest of the reporter and urged the police to free him."
    assert codes(run(nlp, text), "Local rights groups") == ("ZWE", "HRI")
