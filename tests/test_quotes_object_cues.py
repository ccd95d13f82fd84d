"""Cues whose content is their object or their to-clause ('objverb' / 'toverb' in speech_verbs.tsv), reported speech
cut before a speaker the parser ran into it, and a report inside a report."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, run, no_actors  # noqa: F401 (fixtures)


@pytest.mark.parametrize("text, content, speaker", [
    ("The senator cited rising rents as the main reason for the protests.",
     "rising rents as the main reason for the protests", "The senator"),
    ("The union praised the mayor for opening the talks.", "the mayor for opening the talks", "The union"),
    ("Ms. Okafor criticized the new tariffs during a visit to Lagos.", "the new tariffs", "Ms. Okafor"),
    ("The opposition rejected the proposal, a plan drafted by the finance ministry.", "the proposal",
     "The opposition"),
    ("Three councillors questioned whether the bridge could be finished by May.",
     "whether the bridge could be finished by May", "Three councillors"),
    ("The prosecutor accused the former minister of taking bribes.", "the former minister of taking bribes",
     "The prosecutor"),
    ("Senator Ana Ruiz likened the new fuel tax to a fine on the poor.", "the new fuel tax to a fine on the poor",
     "Senator Ana Ruiz"),
])
def test_object_cues(nlp, no_actors, text, content, speaker):
    (q,) = [q for q in run(nlp, text) if q.rule == "indirect:object"]
    assert q.kind == "indirect" and q.text == content
    assert q.speaker is not None and q.speaker.text == speaker


@pytest.mark.parametrize("text, content, speaker", [
    ("The company declined to comment on the report.", "to comment on the report", "The company"),
    ("The governor urged residents to stay indoors.", "residents to stay indoors", "The governor"),
    ("The rebels vowed to keep fighting until the capital falls.", "to keep fighting until the capital falls",
     "The rebels"),
    ("The mayor has called for an inquiry into the fire.", "an inquiry into the fire", "The mayor"),
    ("Maria Lopez wants to double the size of the program.", "to double the size of the program", "Maria Lopez"),
])
def test_to_clause_cues(nlp, no_actors, text, content, speaker):
    (q,) = [q for q in run(nlp, text) if q.rule == "indirect:to-clause"]
    assert q.text == content
    assert q.speaker is not None and q.speaker.text == speaker


@pytest.mark.parametrize("text", [
    "The cited report was rejected by the court.",          # no subject: nobody's words
    "The plan was criticized in the press.",                # passive without an agent
    "A colonel, who asked not to be named, described the mood as grim.",  # the to-clause is no content
    "The storm destroyed the old pier.",                    # no cue
])
def test_no_content_without_a_speaker_or_a_cue(nlp, no_actors, text):
    assert not [q for q in run(nlp, text) if q.rule in ("indirect:object", "indirect:to-clause")
                and q.text in ("to be named", "The cited report", "the old pier")]
    assert not [q for q in run(nlp, text) if q.rule == "indirect:object" and q.speaker is None]


@pytest.mark.parametrize("text, content, speaker", [
    ("Three people were killed in the blast on Friday, police said, a week after a similar attack.",
     "Three people were killed in the blast on Friday", "police"),
    ("Bombs hit the port on Monday, killing four workers, residents and officials said.",
     "Bombs hit the port on Monday, killing four workers", "officials"),
])
def test_content_ends_before_its_speaker(nlp, no_actors, text, content, speaker):
    (q,) = run(nlp, text)
    assert q.text == content
    assert q.speaker is not None and speaker in q.speaker.text


def test_a_report_inside_a_report_is_two_attributions(nlp, no_actors):
    text = ("The foreign minister warned his counterpart in a phone call that new sanctions would have grave "
            "consequences, the ministry said.")
    quotes = run(nlp, text)
    said = [q for q in quotes if q.cue == "said"]
    warned = [q for q in quotes if q.cue == "warned"]
    assert said and said[0].text.startswith("The foreign minister warned")
    assert said[0].speaker is not None and said[0].speaker.text == "the ministry"
    assert warned and warned[0].text.endswith("would have grave consequences")
    assert warned[0].speaker is not None and warned[0].speaker.text == "The foreign minister"


def test_a_second_cue_the_parser_hung_on_the_first_cues_clause_shares_its_speaker(nlp, no_actors):
    text = "The rebels denied that any fighters had been killed and said the army was lying."
    quotes = {q.cue: q for q in run(nlp, text)}
    assert quotes["said"].text == "the army was lying"
    assert quotes["said"].speaker is not None and quotes["said"].speaker.text == "The rebels"


@pytest.mark.parametrize("text, content, speaker", [
    ("The state could lean on the lenders to pay for the cleanup, said Mr. Barrett, the lawyer for the agency.",
     "The state could lean on the lenders to pay for the cleanup", "Mr. Barrett"),
    ("Too often, Mr. Clarke said, the debate over wind power is reduced to insults.",
     "Too often, Mr. Clarke said, the debate over wind power is reduced to insults", "Mr. Clarke"),
])
def test_cue_clause_after_or_inside_its_content(nlp, no_actors, text, content, speaker):
    (q,) = run(nlp, text)
    assert q.rule in ("indirect:cue-after", "indirect:complement") and q.text == content
    assert q.speaker is not None and q.speaker.text == speaker


def test_an_object_after_a_comma_is_no_inverted_speaker(nlp, no_actors):
    text = "Ana Ruiz, the head of the ruling party, urged government supporters to gather at the palace."
    (q,) = run(nlp, text)
    assert q.speaker is not None and q.speaker.text == "Ana Ruiz"
    assert q.text.startswith("government supporters to gather")


@pytest.mark.parametrize("text, content, speaker", [
    ("The senator called the budget a disaster for working families.", "the budget a disaster for working families",
     "The senator"),
])
def test_calling_something_a_name_is_an_attribution(nlp, no_actors, text, content, speaker):
    (q,) = run(nlp, text)
    assert q.text == content and q.speaker is not None and q.speaker.text == speaker


def test_a_phone_call_is_no_attribution(nlp, no_actors):
    assert not run(nlp, "Clinton called Alicia Machado on Friday.")


def test_a_negated_object_cue_reports_nothing(nlp, no_actors):
    assert not [q for q in run(nlp, "The inspector did not recommend prosecution.") if q.rule == "indirect:object"]


def test_a_long_subject_after_a_say_verb_is_read_as_its_clause(nlp, no_actors):
    text = ("She says the early-morning posts accusing the former champion of having a criminal record and a secret "
            "past are lies and conspiracy theories.")
    (q,) = run(nlp, text)
    assert q.text.startswith("the early-morning posts") and q.text.endswith("conspiracy theories")
