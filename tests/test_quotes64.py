"""A quote that closes its own sentence, followed in the same paragraph by a sentence of the writer's (session 33, round
qs64, `quotes/new_sentence.py`). Texts without paragraph breaks (a whole story on one line) put the next sentence in the
quote's frame: the quote was not read as standing alone (its speaker in the sentence before was missed) and a cue deep
in the next sentence was taken for its own ('Elsewhere in the country, rival parties protested ...'). Every
sentence here is invented for the test."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, run, no_actors, quote_with, speaker_words  # noqa: F401 (fixtures)


# -- the speaker in the sentence before, a writer's sentence after ---------------------------------------------------

@pytest.mark.parametrize("text, words, speaker", [
    ("The old bridge is closing for repairs, Mayor Lind said. \"We have waited ten years for this money, and the work "
     "will start in the spring.\" Drivers will have to use the ferry until June.", "waited ten years", "Lind"),
    ("Okafor stressed how costly the delay was, saying farmers would suffer most. \"They cannot wait another season "
     "for the new road to open.\" Last month, the council approved a smaller budget.", "another season", "Okafor"),
    ("She adds that the water rose faster than anyone expected. \"It came into the kitchen within minutes and we had "
     "to climb onto the roof.\" Rescue teams reached the street hours later.", "climb onto the roof", "She"),
    ("Health Minister Paulo Reis said on Tuesday that the clinics would reopen soon. \"We have enough staff now, and the "
     "supplies arrived this week.\" The clinics were shut for a month after the floods.", "enough staff", "Reis"),
    ("Most schools still teach the old maps, Berg said. \"A survey of forty classrooms turned up the new maps in only "
     "a handful of them.\" Parents now make up for it by buying atlases.", "survey of forty", "Berg"),
])
def test_quote_closing_its_sentence_takes_the_speaker_before(nlp, no_actors, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker in speaker_words(q), (speaker_words(q), q.rule)


# -- a cue deep in the writer's next sentence is not the quote's ------------------------------------------------------

@pytest.mark.parametrize("text, words, not_speaker", [
    ("\"We expect to carry this vote with room to spare,\" he said. \"But we also fear that the count will be "
     "delayed for weeks.\" Elsewhere in the country, rival parties protested against the new rules.", "count will be",
     "parties"),
    ("Ruiz said the harvest had failed. \"There is nothing left in the stores for the winter.\" Many families are now "
     "getting by with help from neighbours, aid workers reported.", "nothing left", "workers"),
    ("\"It was the worst storm in forty years.\" Local fishermen are now repairing their boats while telling visitors "
     "about that night.", "worst storm", "fishermen"),
    ("The coach was angry after the match. \"We gave away two goals in five minutes.\" In the stands, supporters "
     "chanted against the referee.", "two goals", "supporters"),
])
def test_cue_inside_the_next_sentence_is_not_the_quotes(nlp, no_actors, text, words, not_speaker):
    q = quote_with(run(nlp, text), words)
    assert not_speaker not in speaker_words(q), (speaker_words(q), q.rule)


def test_continuation_kept_past_a_writers_sentence(nlp, no_actors):
    text = ("\"We expect to carry this vote with room to spare,\" he said. \"But we also fear that the count "
            "will be delayed for weeks.\" Elsewhere in the country, rival parties protested against the new rules.")
    assert speaker_words(quote_with(run(nlp, text), "count will be")) == "he"


# -- controls: a closing cue after a quote ending with a full stop still counts -----------------------------------------

@pytest.mark.parametrize("text, words, speaker", [
    ("\"We will not give up on the harbour.\" Ruiz said on Monday.", "give up", "Ruiz"),
    ("\"We will not give up on the harbour.\" Mayor Ana Ruiz told reporters the city would appeal.", "give up",
     "Ana Ruiz"),
    ("\"Why should we pay for their mistakes?\" asked Tomas Berg, a shop owner.", "pay for", "Berg"),
    ("\"Why should we pay for their mistakes?\" Berg asked.", "pay for", "Berg"),
    ("\"The plan will fail,\" Holm said. \"Nobody in the valley wants it.\"", "Nobody in the valley", "Holm"),
    ("\"Nobody asked us,\" said Lena Park. \"The plan came from the capital.\" Park said the town would go to court.",
     "came from the capital", "Park"),
    ("\"The talks went well.\" The minister said so after the meeting.", "talks went well", "minister"),
    ("He welcomed the guests.\n\n\"This is a great day for our next mayor, Tom Hale!\" Hale's sister, city councilor "
     "Maria \"Mia\" Lopez (D-Eastside), shouted to the crowd.", "great day", "sister"),
    ("\"We will rebuild every house.\" The provincial governor promised it on Monday.", "rebuild every house",
     "governor"),
    ("The envoy spoke after the vote. \"We are satisfied with the result.\"\n\nThe vote was close.", "satisfied",
     "envoy"),
])
def test_closing_cue_after_a_full_stop_still_counts(nlp, no_actors, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker in speaker_words(q), (speaker_words(q), q.rule)


# -- an inverted cue the lexicon does not list, before a name and its apposition (quotes/bare_verb.py) -----------------

@pytest.mark.parametrize("text, speaker", [
    ("\"I am trying to get home to see my mother before the winter comes,\" confided Maria Costa, a nurse from the "
     "north.", "Maria Costa"),
    ("\"I am not ready to go back to the city where I was born,\" fretted Ana Lopes, an old woman living in the camp.",
     "Ana Lopes"),
    ("\"The prices have doubled since the spring and nobody can explain why,\" grumbled Peter Holm, a baker in the old "
     "town.", "Peter Holm"),
    ("\"We were never told the water was unsafe to drink,\" fumed Lena, a mother of three.", "Lena"),
])
def test_inverted_unlisted_verb_before_an_apposition(nlp, no_actors, text, speaker):
    q = run(nlp, text)[0]
    assert speaker_words(q) == speaker, (speaker_words(q), q.rule)


@pytest.mark.parametrize("text", [
    # controls: no name right after the verb, or a verb with an object of its own
    "\"The prices have doubled since the spring and nobody can explain why,\" the baker in the old town shrugged, "
    "and he went back to work.",
    "\"We were never told the water was unsafe to drink,\" and Lena, a mother of three, nodded.",
])
def test_inverted_unlisted_verb_controls(nlp, no_actors, text):
    for q in run(nlp, text):
        assert speaker_words(q) not in ("went", "nodded")
