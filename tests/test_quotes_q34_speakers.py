"""Speakers and segmentation of round 34 (issue 16), read on unlabelled stories: a participle aside the parser made
the cue's clause ('X, also speaking to students, said A'), a hearer taken for what was said ('talked to reporters'),
several speakers of one cue ('Kenya, Spain and the World Bank said'), a role before a name in commas taken for the cue's
clause ('The ministry's spokesman, Ivan Petrov, said'), the owner of a speaker's role ('Acme's chief executive'), and
a clause after a bare plural hearer ('told analysts the margin would improve'). Sentences written for these tests."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, quote_with, run, speaker_words  # noqa: F401 (fixtures)


@pytest.mark.parametrize("text, words, speaker", [
    ("Peruvian trade minister Rosa Quispe, also talking to traders at the close of the monthly export council "
     "meeting, said the offers of Chile and of Canada were too far apart to allow a quick deal.",
     "offers of Chile", "Rosa Quispe"),
    ("Harbor Mining Corp, earlier reporting a first-quarter loss, said it would sell its stake in the smelter.",
     "sell its stake", "Harbor Mining Corp"),
    ("Senator Tom Okafor, also speaking to students at the end of a long campus tour, said the grants for rural "
     "schools would be doubled next year.", "grants for rural", "Tom Okafor"),
])
def test_a_participle_aside_is_not_the_cues_content(nlp, text, words, speaker):
    quotes = run(nlp, text)
    q = quote_with(quotes, words)
    assert speaker in speaker_words(q)
    assert not any(x.text.startswith(speaker) or x.text in ("traders", "students") for x in quotes)


@pytest.mark.parametrize("text", [
    "The senator talked to reporters after the vote.",
    "Ms. Lind talked to a group of farmers in Lyon on Tuesday.",
])
def test_who_was_talked_to_is_no_content(nlp, text):
    assert run(nlp, text) == []


def test_what_was_talked_about_stays(nlp):
    q = quote_with(run(nlp, "The governor talked about the dangers of the new fuel tax."), "dangers")
    assert speaker_words(q) == "The governor"


@pytest.mark.parametrize("text, words, speaker", [
    ("Kenya, Japan and the World Bank said the loan was a step forward.", "step forward",
     "Kenya, Japan and the World Bank"),
    ("Norway, Chile and the African Union said the ceasefire had to be respected.", "ceasefire",
     "Norway, Chile and the African Union"),
    ("M and T said the lender expects it will miss the March 3 coupon payment.", "miss the March",
     "M and T"),
    # the preconjunct "Both" belongs to the coordination, not to a party (session 34, round nl66)
    ("Both Peru and Ecuador reject the claims that their border patrols fired first.", "border patrols",
     "Peru and Ecuador"),
])
def test_several_speakers_of_one_cue_are_all_its_speakers(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q) == speaker
    assert q.speaker.name is None  # no one of them is the speaker's name


@pytest.mark.parametrize("text, content, speaker", [
    ("Under an informal deal, Bolivia will soon scrap export duties on quinoa, Peruvian and Bolivian officials said.",
     "Under an informal deal, Bolivia will soon scrap export duties on quinoa", "Peruvian and Bolivian officials"),
    ("The two ports will share one customs office from July, Dutch and Belgian officials said.",
     "The two ports will share one customs office from July", "Dutch and Belgian officials"),
])
def test_reported_words_end_where_several_speakers_start(nlp, text, content, speaker):
    q = quote_with(run(nlp, text), content)
    assert q.text == content
    assert speaker_words(q) == speaker


def test_a_title_of_two_parts_keeps_the_persons_name(nlp):
    q = quote_with(run(nlp, "Energy and Mines Minister Sheikh Hamad bin Ali said the state would spend 9 "
                            "billion riyals."), "would spend")
    assert speaker_words(q).startswith("Energy and Mines Minister")
    assert q.speaker.name and "Hamad" in q.speaker.name


@pytest.mark.parametrize("text, words, speaker", [
    ("The ministry's spokesman, Ivan Petrov, said the talks had failed.", "talks had failed", "Ivan Petrov"),
    ("The agency's director, Ana Sousa, said the dam would be closed for repairs.", "dam would be closed",
     "Ana Sousa"),
])
def test_a_role_before_a_name_in_commas_is_not_the_cues_content(nlp, text, words, speaker):
    quotes = run(nlp, text)
    q = quote_with(quotes, words)
    assert speaker in speaker_words(q) or q.speaker.name == speaker
    assert len(quotes) == 1


@pytest.mark.parametrize("text, words, speaker", [
    ("Acme's chief executive said the plant would close in May.", "plant would close", "Acme's chief executive"),
    ("Orvik's finance chief told analysts the margin would improve.", "margin would improve",
     "Orvik's finance chief"),
])
def test_the_owner_of_a_speakers_role_is_in_its_words(nlp, text, words, speaker):
    assert speaker_words(quote_with(run(nlp, text), words)) == speaker


@pytest.mark.parametrize("text, words", [
    ("The finance chief told analysts the margin would improve.", "margin would improve"),
    ("The coach told reporters the squad was ready for the final.", "squad was ready"),
    ("The envoy told diplomats the border would be reopened on Friday.", "border would be reopened"),
])
def test_a_clause_after_a_bare_plural_hearer_is_what_was_told(nlp, text, words):
    q = quote_with(run(nlp, text), words)
    assert q.text.startswith("the ")


def test_a_company_named_for_two_founders_is_one_name(nlp):
    q = quote_with(run(nlp, "Johnson and Lowe Co said it had agreed to buy a small chemicals firm in Ohio."),
                   "agreed to buy")
    assert speaker_words(q) == q.speaker.name == "Johnson and Lowe Co"


def test_words_before_a_comma_are_no_speaker_of_the_list_after_it(nlp):
    q = quote_with(run(nlp, "Equity fell to a 120 mln dlr level from a 300 mln dlr pro forma level, M and T said."),
                   "Equity fell")
    assert speaker_words(q) == "M and T"
    assert q.text.endswith("pro forma level")


def test_a_datelines_dash_is_not_in_the_role_owners_words(nlp):
    q = quote_with(run(nlp, "LIMA (Wire) - Peru's finance minister said the deficit would shrink next year."),
                   "deficit would shrink")
    assert speaker_words(q) == "Peru's finance minister"
