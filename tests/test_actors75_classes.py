"""Actor coding classes of round ac75 (session 37, issue 10). Each class with controls that keep their codes:

- entries sharing a name that the article's day does not tell apart ("George Bush" dated between the two
  presidents, or undated): the country they share, else the entry clearly nearest to the day, else none
  (``lexicons/actor_dictionary.py``);
- a town two countries share ("Tripoli"): the one whose country the text names by its demonym when the leading
  reading's country is named in no way (``geo/resolve.py``);
- "the General Assembly" is a legislature (LEG), not a general (MIL), and the UN's after the article named the UN
  (``context_refs.py``);
- "the Russian Orthodox patriarch", "the Greek Orthodox archbishop": a national church's leader is of its country
  (``code_rules.church_leader_country``);
- "the IMF board", "the alliance's secretariat": a body's organ takes the body's codes (``agents.tsv``).

Articles written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from lapwing.extract.places import find_places
from lapwing.lexicons.actor_dictionary import ActorEntry, Role, choose_actor
from test_actor_context13 import _no_user_files, codes, nlp, run  # noqa: F401  (fixtures)

DAY = "2026-12-10"


# -- entries sharing a name, on a day that does not single one out --------------------------------------------------
def _person(name: str, country: str, start: str, end: str) -> ActorEntry:
    role = Role(country=country, sector="GOV", start=date.fromisoformat(start), end=date.fromisoformat(end))
    return ActorEntry(name=name, kind="person", roles=[role])


def test_namesakes_of_one_country_give_that_country_on_any_day():
    older, younger = _person("Tomas Varga Sr.", "HUN", "1990-01-01", "1994-01-01"), \
        _person("Tomas Varga Jr.", "HUN", "2002-01-01", "2006-01-01")
    for day in (date(1998, 6, 1), None, date(2030, 1, 1)):
        got = choose_actor([older, younger], day)
        assert got is not None and got.country == "HUN"
    # in office: the one in office, with his sector
    got = choose_actor([older, younger], date(1992, 3, 1))
    assert got is not None and (got.name, got.country, got.sector, got.in_term) == ("Tomas Varga Sr.", "HUN", "GOV", True)


def test_namesakes_of_two_countries_give_the_clearly_nearest_or_none():
    a, b = _person("Ana Lind", "SWE", "1990-01-01", "1994-01-01"), _person("Ana Lind", "FIN", "2010-01-01", "2014-01-01")
    near_a = choose_actor([a, b], date(1995, 1, 1))  # one year after a's term, sixteen before b's
    assert near_a is not None and near_a.country == "SWE" and near_a.sector is None
    near_b = choose_actor([a, b], date(2016, 1, 1))
    assert near_b is not None and near_b.country == "FIN"
    # halfway between, or no day at all: which one cannot be told
    assert choose_actor([a, b], date(2002, 1, 1)) is None
    assert choose_actor([a, b], None) is None


@pytest.mark.parametrize("published", ["2000-01-01", "1990-05-01", "2005-05-01", "1970-01-01"])
@pytest.mark.parametrize("text, phrase", [
    ("George Bush warned Iraq against moving troops to the border.", "George Bush"),
    ("George Bush said on Tuesday he would veto the spending bill.", "George Bush"),
    ("Bill Clinton threatened new sanctions against Belgrade.", "Bill Clinton"),
])
def test_a_president_by_his_name_keeps_his_country_out_of_every_term(nlp, text, phrase, published):
    got = codes(run(nlp, text, published), phrase)
    assert got is not None and got[0] == "USA"


@pytest.mark.parametrize("text, phrase, expected", [
    # controls: in office, the dictionary's own sector; a surname of one entry keeps its entry
    ("George W. Bush ordered more warships to the Gulf.", "George W. Bush", ("USA", "GOV")),
    ("President Putin warned the alliance against expansion.", "Putin", ("RUS", "GOV")),
])
def test_a_surname_in_office_keeps_its_entry(nlp, text, phrase, expected):
    assert codes(run(nlp, text, "2003-04-01"), phrase) == expected


@pytest.mark.parametrize("text, phrase", [
    # a bare surname that is also a common word or a town is no variant of the dictionary's person (session 37, at
    # the merge: "Bush" and "Clinton" alone matched these)
    ("Bush fires destroyed 40 homes in the hills on Monday.", "Bush"),
    ("Bush fighters attacked the convoy near the village.", "Bush"),
    ("Clinton residents protested outside the town hall on Monday.", "Clinton"),
])
def test_a_bare_surname_before_a_common_noun_is_no_president(nlp, text, phrase):
    got = codes(run(nlp, text, "2003-04-01"), phrase)
    assert got is None or got[0] != "USA"


def test_the_common_noun_is_no_president(nlp):
    assert codes(run(nlp, "Firefighters cleared the dry bush near the village before the fire came.", DAY),
                 "bush") is None


# -- a town two countries share -------------------------------------------------------------------------------------
def _place(nlp, text: str, name: str):
    return next(p for p, _s, _e in find_places(nlp(text))[0] if p.text == name)


@pytest.mark.parametrize("text", [
    "Jordanian mediators left Tripoli as artillery kept hitting the north Lebanese port.",
    "Lebanese soldiers deployed in Tripoli after a night of clashes between gunmen.",
    "Rival gangs fought in Tripoli on Sunday, Lebanese security sources said.",
])
def test_a_shared_town_is_the_one_whose_demonym_the_text_uses(nlp, text):
    assert _place(nlp, text, "Tripoli").country == "LBN"


@pytest.mark.parametrize("text, country", [
    # controls: nothing in the text for either, or both named: the leading reading; a country named outright
    ("Gunmen stormed a hotel in Tripoli on Monday.", "LBY"),
    ("Libyan and Lebanese envoys met in Tripoli on Monday.", "LBY"),
    ("Gunmen in Tripoli attacked an army checkpoint in northern Lebanon.", "LBN"),
    # a demonym does not move a capital to a small namesake of the demonym's country
    ("Two American tourists were robbed in Paris on Friday.", "FRA"),
    ("Canadian police said two men were arrested in London on Monday.", "GBR"),
])
def test_a_shared_town_keeps_its_reading_without_a_demonym_for_the_other(nlp, text, country):
    name = "Paris" if "Paris" in text else "London" if "London" in text else "Tripoli"
    assert _place(nlp, text, name).country == country


# -- "the General Assembly" -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("The General Assembly voted on Tuesday to condemn the bombing of the embassy.", (None, "LEG")),
    ("The Ohio General Assembly passed the school budget on Friday.", (None, "LEG")),
    ("The United Nations opened its annual session on Monday. The General Assembly then voted to condemn the raid.",
     ("UNO", "IGO")),
    ("UN diplomats said the vote was close. Later the General Assembly adopted the resolution on Gaza.",
     ("UNO", "IGO")),
])
def test_the_general_assembly_is_a_body_not_a_general(nlp, text, expected):
    assert codes(run(nlp, text, DAY), "General Assembly") == expected


@pytest.mark.parametrize("text, phrase", [
    # controls: a general is still MIL
    ("General Omar Haddad ordered the brigade to withdraw.", "Haddad"),
    ("The general ordered the brigade to withdraw.", "general"),
])
def test_a_general_stays_military(nlp, text, phrase):
    got = codes(run(nlp, text, DAY), phrase)
    assert got is not None and got[1] == "MIL"


# -- national churches' leaders -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, phrase, expected", [
    ("The Russian Orthodox patriarch condemned the raid on the monastery.", "patriarch", ("RUS", "REL")),
    ("The Greek Orthodox archbishop urged Ankara to reopen the seminary.", "archbishop", ("GRC", "REL")),
    ("A Serbian Orthodox bishop criticised the new border rules.", "bishop", ("SRB", "REL")),
    ("Police said the Romanian Orthodox patriarch would lead the funeral.", "patriarch", ("ROU", "REL")),
])
def test_a_national_churchs_leader_is_of_its_country(nlp, text, phrase, expected):
    assert codes(run(nlp, text, DAY), phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # controls: a see named ("of Jerusalem") is where the leader sits; the faithful are of no state; no nationality
    ("The Greek Orthodox Patriarch of Jerusalem condemned the settlers' attack.", "Patriarch", ("ISR", "REL")),
    ("The Orthodox patriarch called for calm after the riots.", "patriarch", (None, "REL")),
])
def test_a_church_leader_without_a_national_church_keeps_his_codes(nlp, text, phrase, expected):
    assert codes(run(nlp, text, DAY), phrase) == expected


def test_a_national_churchs_faithful_are_of_no_state(nlp):
    got = codes(run(nlp, "Greek Orthodox Christians in Syria marched to the old church.", DAY), "Christians")
    assert got is None or got[0] is None


# -- a body's organ -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, phrase, expected", [
    ("The IMF board approved a loan of 2 billion dollars to Ghana.", "board", ("IMF", "IGO")),
    ("The IMF's executive board approved the second review of Zambia's programme.", "board", ("IMF", "IGO")),
    ("The World Bank's board approved new financing for Malawi.", "board", ("WBK", "IGO")),
    ("The board of the World Bank approved a grant to Nepal.", "board", ("WBK", "IGO")),
    ("The NATO secretariat rejected the report as false.", "secretariat", ("NAT", "IGO")),
    ("The EU Council's presidency called on Slovakia to respect the ruling.", "presidency", ("EUR", "IGO")),
])
def test_a_bodys_organ_takes_the_bodys_codes(nlp, text, phrase, expected):
    assert codes(run(nlp, text, DAY), phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # controls: a company's board is a business's; a board of no body has no country
    ("The company's board approved the merger with its rival.", "board", (None, "BUS")),
    ("The board of the state oil company dismissed its chairman.", "board", (None, "BUS")),
])
def test_a_board_of_another_body_takes_that_bodys_codes(nlp, text, phrase, expected):
    assert codes(run(nlp, text, DAY), phrase) == expected


def test_on_board_is_no_actor(nlp):
    ctx = run(nlp, "Forty passengers on board the ferry were rescued by the coast guard.", DAY)
    assert codes(ctx, "board") is None
