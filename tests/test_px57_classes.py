"""Session 30 (branch px57): classes of coder errors the fifth reference batch left (README of
tests/data/event_reference, ``14_reports5.tsv``), each fixed by a general rule. Sentences written for these tests.

* repair 231: "Supporters of X *clashed* with police ..., the ministry said": the verb of a reported clause whose
  subject has an "of" phrase, read as an adjective on the subject (or on the phrase's last noun);
* repair 232: "Japan's *ruling* Liberal Democratic Party accused ...": "ruling"/"governing" read as a verb with the
  party its object, and the event lost its source;
* repair 233: "suspended *$120 million in security assistance* to X": the aid phrase hung on the verb, so no 162;
* a dictionary party of generic name ("Democratic Party" = USA) in a story set in another country (dateline or
  leading mentions) that never names the dictionary's country takes the article's country.
"""

from __future__ import annotations

import pytest

from event_helpers import events, hits, show

PUB = "2026-12-05"


# ---------------------------------------------------------------------------------------------
# repair 231: SUBJECT of NOUN VERBED ..., SOURCE said


@pytest.mark.parametrize("text, source, target", [
    ("Supporters of the former president clashed with police in the capital on Sunday, the interior ministry said.",
     "Supporters", "police"),
    ("Supporters of the jailed mayor clashed with riot police near the city hall on Tuesday, officials said.",
     "Supporters", "police"),
    ("Followers of the exiled cleric clashed with soldiers outside the mosque on Friday, the army said.",
     "Followers", "soldiers"),
])
def test_reported_clash_with_post_modified_subject(pipe, text, source, target):
    evs = events(pipe, text, PUB)
    assert hits(evs, "145", source=source, target=target) or hits(evs, "19", source=source, target=target), show(evs)


@pytest.mark.parametrize("text, source", [
    ("QUITO, Dec 5 (Lapwing Wire) - Followers of Ecuador's former vice president Jorge Salas clashed with "
     "police outside Guayaquil on Wednesday, leaving at least nine people injured, the interior ministry said.",
     "Followers"),
    ("LIMA, Dec 5 (Lapwing Wire) - Backers of Peru's ousted president clashed with riot police near the congress "
     "building on Friday, the police said.", "Backers"),
])
def test_reported_clash_after_a_dateline(pipe, text, source):
    evs = events(pipe, text, PUB)
    assert hits(evs, "145", source=source, target="police") or hits(evs, "19", source=source, target="police"), show(evs)


def test_reported_protest_verb_hung_on_the_of_phrase(pipe):
    evs = events(pipe, "Relatives of the detained activists protested outside the prison on Monday, the group said.", PUB)
    assert hits(evs, "14", source="Relatives"), show(evs)


@pytest.mark.parametrize("text, root, source", [
    ("Supporters of the former president clashed with police in the capital on Sunday.", "145", "Supporters"),
    ("Hundreds of students clashed with security forces near the university, police said.", "145", "students"),
    ("Farmers clashed with riot police outside parliament on Monday, officials said.", "145", "Farmers"),
    ("The leader of the rebels rejected the offer, the spokesman said.", "12", "leader"),
])
def test_reported_clause_controls_unchanged(pipe, text, root, source):
    evs = events(pipe, text, PUB)
    assert hits(evs, root, source=source), show(evs)


@pytest.mark.parametrize("text", [
    "The number of people injured rose to twelve, the ministry said.",
    "Reports of shots fired near the palace were false, the ministry said.",
])
def test_reported_clause_no_event_controls(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo[:2] in ("14", "17", "18", "19")], show(evs)


# ---------------------------------------------------------------------------------------------
# repair 232: COUNTRY's ruling/governing PARTY NAME VERB


@pytest.mark.parametrize("text, root, country", [
    ("Japan's ruling Liberal Democratic Party accused the opposition of spreading lies.", "112", "JPN"),
    ("Turkey's ruling Justice and Development Party criticized the court ruling.", "111", "TUR"),
    ("Japan's governing Liberal Democratic Party condemned the missile launch.", "111", "JPN"),
])
def test_ruling_party_keeps_its_source(pipe, text, root, country):
    evs = events(pipe, text, PUB)
    assert hits(evs, root, source="Party", country=country), show(evs)


@pytest.mark.parametrize("text, root, country", [
    ("South Africa's governing African National Congress condemned the attack.", "111", "ZAF"),
    ("Kenya's ruling party accused the opposition of inciting violence.", "112", "KEN"),
])
def test_ruling_party_controls_unchanged(pipe, text, root, country):
    evs = events(pipe, text, PUB)
    assert hits(evs, root, country=country), show(evs)


def test_ruling_as_a_verb_stays_a_verb(pipe):
    from lapwing import nlp as N
    from lapwing.extract.events.parse_repair import repaired

    nlp = N.load()
    doc = repaired(nlp("The court is ruling on the Justice Party's appeal today."), nlp)
    ruling = next(t for t in doc if t.lower_ == "ruling")
    assert ruling.pos_ == "VERB"


# ---------------------------------------------------------------------------------------------
# repair 233: VERB $N million in AID to X


@pytest.mark.parametrize("text, root, source, tcountry", [
    ("The United States suspended $120 million in security assistance to Niger.", "162", "United States", "NER"),
    ("Washington has withheld $300 million in military aid to Egypt.", "162", "Washington", "EGY"),
    ("The United States suspended $120 million in security assistance to Niger after the coup.", "162",
     "United States", "NER"),
])
def test_sum_in_aid_is_reduced_aid(pipe, text, root, source, tcountry):
    evs = events(pipe, text, PUB)
    assert hits(evs, root, source=source, tcountry=tcountry), show(evs)


@pytest.mark.parametrize("text", [
    "The company raised $5 million in London last year.",
    "The government spent $2 billion in aid on roads.",
])
def test_sum_in_phrase_controls(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo.startswith("16")], show(evs)


def test_sum_in_place_left_as_parsed():
    from lapwing import nlp as N
    from lapwing.extract.events.parse_repair import repaired

    nlp = N.load()
    for text in ("The firm invested $3 billion in Kenya last year.", "The ministry spent $2 billion in the north last year."):
        raw = nlp(text)
        doc = repaired(nlp(text), nlp)
        assert [t.head.i for t in doc] == [t.head.i for t in raw]  # (no word of aid after "in": left as parsed)


# ---------------------------------------------------------------------------------------------
# a generic party name takes the article's country


@pytest.mark.parametrize("text, country", [
    ("SEOUL, Dec 5 (Reuters) - The opposition Democratic Party accused the president of abusing his power.", "KOR"),
    ("WELLINGTON, Dec 5 (Reuters) - The Labour Party criticised the government's housing plan.", "NZL"),
    ("MANILA, Dec 5 (Reuters) - The Democratic Party condemned the shooting of a local mayor.", "PHL"),
])
def test_generic_party_takes_the_article_country(pipe, text, country):
    evs = events(pipe, text, PUB)
    assert hits(evs, "11", source="Party", country=country), show(evs)


@pytest.mark.parametrize("text, country", [
    ("WASHINGTON, Dec 5 (Reuters) - The Democratic Party accused the president of abusing his power.", "USA"),
    ("SEOUL, Dec 5 (Reuters) - South Korean officials said the U.S. Democratic Party had criticized the tariff plan.",
     "USA"),
    ("TOKYO, Dec 5 (Reuters) - The Liberal Democratic Party accused the opposition of delaying the budget.", "JPN"),
    ("The Democratic Party accused the president of abusing his power.", "USA"),
])
def test_generic_party_controls_unchanged(pipe, text, country):
    evs = events(pipe, text, PUB)
    assert hits(evs, "11", source="Party", country=country), show(evs)
