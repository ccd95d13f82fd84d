"""Session 30 (branch wb56, issue 10): the classes of coder errors read off the fifth reference batch, short
multi-paragraph crisis and regional reports (tests/data/event_reference/14_reports5.tsv), each fixed by a general
rule. Sentences written for these tests.

* repair 216: "police on monday detained 42 members of the union", a time phrase between subject and verb with the
  object noun read as the root of a verbless sentence: the noun is the verb's object (repair 4 made it a loose
  clause, and the arrest was lost);
* repair 223: "after a road accident killed a schoolgirl" read as a prepositional phrase and a conjunct verb: the
  verb took the main clause's subject (the police "killed" the girl);
* repair 224: "X said 40 people were injured and accused officers of ...": the accusation hung inside what X said
  (or "accused" read as an adjective) is X's own act;
* a dictionary party after "COUNTRY's main opposition / ruling ..." takes that country;
* a base verb joined to an appeal's infinitive ("called on X to withdraw the bill *and resign*") is the appeal's
  content, not a hypothetical event of its own.
"""

from __future__ import annotations

import pytest

from event_helpers import events, hits, show

PUB = "2026-12-05"  # a Saturday


# ---------------------------------------------------------------------------------------------
# repair 216: SUBJECT on DAY VERB NUMBER NOUN of ...


@pytest.mark.parametrize("text, target", [
    ("guwahati: police on monday detained 42 members of the students' union outside the secretariat.", "members"),
    ("Police on Monday detained 42 members of the union.", "members"),
    ("the police on tuesday picked up three members of a gang from the bus stand.", "members"),
    ("Riot police on Friday arrested 15 supporters of the jailed opposition leader.", "supporters"),
])
def test_time_phrase_before_verb_keeps_the_object(pipe, text, target):
    evs = events(pipe, text, PUB)
    found = hits(evs, "173", target=target)
    assert found, show(evs)


@pytest.mark.parametrize("text, root", [
    ("Police on Monday said the situation was calm.", "010"),
    ("The army on Friday seized large quantities of weapons.", "171"),
])
def test_time_phrase_controls_unchanged(pipe, text, root):
    evs = events(pipe, text, PUB)
    assert [e for e in evs if e.cameo.startswith(root[:3])], show(evs)
    assert not [e for e in evs if e.cameo.startswith("173")], show(evs)


# ---------------------------------------------------------------------------------------------
# repair 223: "after NOUN VERBED" is a clause with the noun its subject


@pytest.mark.parametrize("text", [
    "police fired tear gas shells to disperse a crowd of villagers who had blocked the highway after a road accident "
    "killed a schoolgirl.",
    "Villagers blocked the highway after a road accident killed a schoolgirl.",
    "residents blocked the road for six hours after a speeding truck crushed two children.",
    "Students burned tyres on the campus road after a bus crash killed a classmate.",
])
def test_accident_after_a_protest_is_nobodys_killing(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo[:2] in ("18", "19", "20")], show(evs)


@pytest.mark.parametrize("text, root, source", [
    ("The army shelled the town after rebels killed two soldiers.", "19", "rebels"),
    ("Police arrested the driver after the crash killed three people.", "173", "Police"),
    ("Troops fired on protesters after the rally turned violent.", "19", "Troops"),
])
def test_after_clause_controls(pipe, text, root, source):
    evs = events(pipe, text, PUB)
    assert hits(evs, root, source=source), show(evs)


# ---------------------------------------------------------------------------------------------
# repair 224: "X said A was done and accused Y of B"


@pytest.mark.parametrize("text, source, root", [
    ("The Kenya National Commission on Human Rights said at least 40 people were injured and accused officers of "
     "using live bullets.", "Commission", "112"),
    ("The rights group said 12 people were killed and accused soldiers of firing on the crowd.", "rights group", "112"),
    ("The ombudsman said nine protesters were wounded and blamed the police for the violence.", "ombudsman", "112"),
])
def test_accusation_after_a_reported_toll_is_the_speakers(pipe, text, source, root):
    evs = events(pipe, text, PUB)
    found = [e for e in hits(evs, root[:2], source=source) if e.status == "asserted"]
    assert found, show(evs)


@pytest.mark.parametrize("text", [
    "Officials said the bridge was destroyed and the road was closed.",
    "The ministry said two soldiers were killed and 14 were wounded.",
])
def test_said_conjunct_controls(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo.startswith("11")], show(evs)


# ---------------------------------------------------------------------------------------------
# a dictionary party placed by "COUNTRY's main opposition / ruling ..." before its name


@pytest.mark.parametrize("text, country", [
    ("South Korea's main opposition Democratic Party accused the government of abusing its power.", "KOR"),
    ("South Korea's opposition Democratic Party called for the minister's resignation.", "KOR"),
    ("Italy's centre-left Democratic Party accused the government of cutting school budgets.", "ITA"),
])
def test_country_possessive_with_rank_words_places_the_party(pipe, text, country):
    evs = events(pipe, text, PUB)
    assert [e for e in evs if e.source is not None and "Democratic Party" in e.source.text
            and e.source.country == country], show(evs)


@pytest.mark.parametrize("text", [
    "The Democratic Party accused the president of abusing his power.",
    "The main opposition Democratic Party accused President Trump of abusing his power.",
])
def test_party_without_a_country_word_keeps_the_dictionary_country(pipe, text):
    evs = events(pipe, text, PUB)
    assert [e for e in evs if e.source is not None and e.source.country == "USA"], show(evs)


# ---------------------------------------------------------------------------------------------
# the second verb of an appeal's content


@pytest.mark.parametrize("text, second", [
    ("Opposition leader Kalonzo Musyoka called on President William Ruto to withdraw the bill and resign.", "resign"),
    ("The Awami League called on its supporters to defy the curfew and take to the streets on Sunday.", "take"),
    ("The bishops urged the generals to free the detainees and hand power to civilians.", "hand"),
    ("The union asked its members to stop work and march to parliament.", "march"),
])
def test_second_verb_of_an_appeal_is_content(pipe, text, second):
    evs = events(pipe, text, PUB)
    assert [e for e in evs if e.cameo.startswith("02") or e.cameo.startswith("10")], show(evs)
    assert not [e for e in evs if e.trigger is not None and e.trigger.text == second], show(evs)


@pytest.mark.parametrize("text", [
    "Police urged residents to stay indoors and arrested 12 looters.",
    "The president ordered the army to withdraw and arrested the general.",
])
def test_a_past_verb_after_an_appeal_is_an_act(pipe, text):
    evs = events(pipe, text, PUB)
    assert hits(evs, "173"), show(evs)
