"""Quote boundaries at cue clauses: a reported clause stops before a cue that opens a direct quote of its own; a
cue after a quote that opens the next quote with a comma is the next quote's; a participle cue after a comma
speaks for the main clause's subject, not for the clause reported; a participle with its own words in a cue
clause between two quotes keeps them one speaker's."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, no_actors, run  # noqa: F401 (fixtures)


def by_text(quotes, fragment):
    found = [q for q in quotes if fragment in q.text]
    assert found, [q.text for q in quotes]
    return found[0]


@pytest.mark.parametrize("text, reported, quoted", [
    ("A contractor said he was never paid for the new hospital wing, saying, \u201cThey simply stopped "
     "answering my calls.\u201d", "never paid", "They simply stopped answering"),
    ("When the governor noted that the city had cut the fire budget twice, the mayor replied, \u201cWe had no "
     "other choice that year.\u201d", "cut the fire budget", "We had no other choice"),
    ("The lawyer argued that the contract was void from the start, adding: \"Nobody ever signed the final "
     "page of it.\"", "contract was void", "Nobody ever signed"),
])
def test_reported_clause_stops_before_a_quote_cue(nlp, text, reported, quoted):
    quotes = run(nlp, text)
    ind = by_text(quotes, reported)
    assert quoted not in ind.text and ind.kind == "indirect"
    d = by_text(quotes, quoted)
    assert d.kind == "direct" and reported not in d.text


@pytest.mark.parametrize("text, first, second, verb", [
    ("She says the plan is the \u201csame old deal dressed up as something new.\u201d She adds, \u201cWho "
     "would ever vote for that twice?\u201d", "same old deal", "Who would ever vote", "adds"),
    ("The mayor called the tunnel project \"a gift to the builders and nobody else.\" He added, \"Let the "
     "voters decide in May.\"", "a gift to the builders", "Let the voters decide", "added"),
])
def test_cue_opening_the_next_quote_is_its_cue(nlp, text, first, second, verb):
    quotes = run(nlp, text)
    q2 = by_text(quotes, second)
    assert q2.cue == verb and q2.kind == "direct"
    q1 = by_text(quotes, first)
    assert second not in q1.text and q1.cue != verb


@pytest.mark.parametrize("text, fragment, name", [
    ("Senator Tom Hale said he did not think those ads had hurt the party in 2012, arguing that the split "
     "over trade was the bigger problem.", "split over trade", "Hale"),
    ("Governor Ana Ruiz said the new rules were written too quickly, insisting that the state would review "
     "them in the spring.", "review them", "Ruiz"),
])
def test_participle_cue_speaks_for_the_main_subject(nlp, text, fragment, name):
    q = by_text(run(nlp, text), fragment)
    assert q.speaker is not None and name in q.speaker.text


@pytest.mark.parametrize("text, first, second, name", [
    ("\u201cYou cannot fix a bridge you never inspect,\u201d Lopez said, explaining why the old reports matter "
     "so much to her team. \u201cWe start with the history of every span.\u201d",
     "You cannot fix", "We start with the history", "Lopez"),
    ("\"The river is rising again,\" the mayor said, warning that the levees on the north bank had not been "
     "repaired. \"We are moving families out tonight.\"", "The river is rising", "We are moving families", "mayor"),
])
def test_participle_in_cue_clause_keeps_the_speaker(nlp, text, first, second, name):
    quotes = run(nlp, text)
    q = by_text(quotes, second)
    assert q.speaker is not None and name in q.speaker.text


def test_adding_that_opens_another_attribution(nlp):
    text = ("\"We need change,\" the senator said, adding that he would bring a \"plain common-sense approach "
            "to the budget.\"")
    quotes = run(nlp, text)
    first = by_text(quotes, "We need change")
    assert "common-sense" not in first.text


@pytest.mark.parametrize("text, first, second", [
    ("Clinton says the senator\u2019s \u201clatest outburst is reckless, even for him.\u201d She says it shows "
     "that he is \u201cnot fit to lead the committee.\u201d", "latest outburst", "not fit to lead"),
    ("The union says the offer \"falls short of what our members need.\" It says the talks prove that the "
     "company \"never meant to bargain in good faith.\"", "falls short", "never meant to bargain"),
])
def test_cue_with_its_own_clause_after_a_closed_quote(nlp, text, first, second):
    """A quote that ends its sentence is not the next sentence's cue's: that cue reports its own clause."""
    quotes = run(nlp, text)
    q1 = by_text(quotes, first)
    assert second not in q1.text
    q2 = by_text(quotes, second)
    assert first not in q2.text and q2.cue in ("says",)


@pytest.mark.parametrize("text, fragment, name", [
    ("\u201cThey keep using the words \u2018thug, predator,\u2019\u201d Rosa Delgado, the director of the "
     "Centre for Fair Reporting and a long-time critic of the tabloids, told the committee.",
     "They keep using", "Rosa Delgado"),
    ("\"Nobody reads past the words 'crisis, chaos,'\" Omar Haddad, the editor of the weekly paper in the "
     "northern town and its only reporter, said on Monday.", "Nobody reads past", "Omar Haddad"),
])
def test_quote_closing_an_inner_quote_with_a_comma_reaches_a_long_apposition(nlp, text, fragment, name):
    q = by_text(run(nlp, text), fragment)
    assert q.kind == "direct" and q.speaker is not None and name in q.speaker.text


@pytest.mark.parametrize("text, fragment, word", [
    ("The Green nominee grumbled about her podium the day after the forum, even hinting she may have "
     "been targeted.", "targeted", "nominee"),
    ("The defence minister blamed the rebels for the attack, insisting they had been armed from abroad.",
     "armed from abroad", "minister"),
])
def test_participle_cue_after_a_comma_finds_the_sentence_subject(nlp, text, fragment, word):
    q = by_text(run(nlp, text), fragment)
    assert q.speaker is not None and word in q.speaker.text


@pytest.mark.parametrize("text, fragment, tail", [
    ("\u201cThe only way the banks will change is if their bosses face prison\u201d for fraud, she said.",
     "The only way the banks", "for fraud"),
    ("\"I admire the craft\" of the new budget, the economist said on Tuesday.", "I admire the craft",
     "of the new budget"),
    ("''It is basically a tax rise'' for the richest households, said Ana Ruiz, an analyst at the institute.",
     "basically a tax rise", "for the richest households"),
])
def test_writers_words_going_on_a_quote(nlp, text, fragment, tail):
    """Lower-case words of the writer's going on a quote after its closing mark belong to the content, which is
    then the writer's sentence (a partial quote), not a direct quote."""
    q = by_text(run(nlp, text), fragment)
    assert tail in q.text and q.kind == "indirect" and q.rule.startswith("partial:")
    assert "said" not in q.text


@pytest.mark.parametrize("text, fragment, clause", [
    ("\u201cThat makes me smart,\u201d when his rival asked about his taxes, was all he offered, the paper said.",
     "That makes me smart", "rival asked"),
    ("\"We will not leave\" when the police arrive, the strikers told reporters at the gate.", "We will not leave",
     "police arrive"),
    ("\"We will not leave\" and \"never again\" were the words on every banner, the reporter said.",
     "We will not leave", "never again"),
])
def test_writers_own_clause_after_a_quote_is_not_its_content(nlp, text, fragment, clause):
    """A clause of the writer's after the closing mark ('when ...', 'and ...') does not go on the quote."""
    for q in run(nlp, text):
        if q.text.startswith(fragment):
            assert clause not in q.text


@pytest.mark.parametrize("text, fragment, word", [
    ("One of the doctors who signed the letter called the host a fraud and a danger to patients.",
     "the host a fraud", "doctors"),
    ("The woman who filed the lawsuit said the company had lied about the fees.", "company had lied", "woman"),
    ("Two of the nurses who wrote the report called the ward a disgrace to the hospital.", "the ward a disgrace",
     "nurses"),
])
def test_speaker_before_a_relative_clause(nlp, text, fragment, word):
    """The speaker of a cue after 'X who did Y' is X, not the relative clause's object."""
    q = by_text(run(nlp, text), fragment)
    assert q.speaker is not None and word in q.speaker.text


@pytest.mark.parametrize("text, fragment", [
    ("The agency reports that food prices rose by a third last year, according to figures from the central bank.",
     "food prices rose"),
    ("Local media said that at least 40 houses were flooded overnight, according to the regional governor.",
     "40 houses were flooded"),
])
def test_reported_clause_stops_before_according_to(nlp, text, fragment):
    quotes = [q for q in run(nlp, text) if fragment in q.text]
    assert quotes
    assert all("according" not in q.text for q in quotes)


@pytest.mark.parametrize("text, first, last", [
    ("The mayor told residents at the meeting to \u201ckeep the drains clear of leaves\u201d and then \u201ccheck "
     "on your elderly neighbours before the storm arrives.\u201d", "keep the drains", "elderly neighbours"),
    ("The coach called the referee \"a disgrace to the whole league\" and a \"coward who hides behind the rule "
     "book every single week.\"", "a disgrace", "hides behind"),
])
def test_partial_quotes_of_one_cue_are_one_content(nlp, text, first, last):
    quotes = run(nlp, text)
    q = by_text(quotes, first)
    assert last in q.text and q.kind == "indirect"
    assert len([x for x in quotes if last in x.text]) == 1


def test_partial_quotes_of_two_sentences_stay_apart(nlp):
    text = ("The mayor called the plan \"a waste of money for everyone involved.\" The unions later described "
            "the offer as \"an insult to every worker in the city.\"")
    quotes = run(nlp, text)
    assert "insult" not in by_text(quotes, "a waste of money").text


@pytest.mark.parametrize("text, fragment, cut", [
    ("The company could sell the plant, but only if it can be persuaded that the price is fair, Sen. Ana Ruiz "
     "told reporters on Thursday.", "the price is fair", "Ana Ruiz"),
    ("Voters may back the tax only if they are convinced that the money goes to schools, Mayor Tom Hale told "
     "the council.", "money goes to schools", "Tom Hale"),
])
def test_reported_clause_stops_before_a_later_cue_clause(nlp, text, fragment, cut):
    q = by_text(run(nlp, text), fragment)
    assert cut not in q.text
