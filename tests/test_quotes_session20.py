"""Quote speakers, twentieth session (issue 16): guards for the speaker classes the session measured on PolNeAR train
samples (a participle cue's speaker, a long apposition between a quote and its cue). No rule was kept (each candidate
lifted the read sample and not the unread one); these cases hold what the code gets right today, in several
phrasings, so that a later rule for the classes still wrong does not break them. Sentences written for the tests."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, quote_with, run, speaker_words  # noqa: F401 (fixtures)


@pytest.mark.parametrize("text, words, speaker", [
    # a participle on its clause speaks for the clause's subject, not for the object before it
    ("Twitter, at the same time, put its new tool to use, highlighting the best posts about the storm.",
     "best posts", "Twitter"),
    ("The mayor, in the meantime, sent her deputies to the port, urging the dock workers to return.",
     "dock workers", "mayor"),
    ("When the storm hit, the governor spoke to reporters, saying that the roads would reopen soon.",
     "roads would reopen", "governor"),
    ("He won the election promising to cut taxes.", "cut taxes", "He"),
    # a participle hung on the people it follows speaks for them
    ("The new figures alarmed farmers hoping to sell their wheat abroad.", "sell their wheat", "farmers"),
])
def test_a_participle_cue_speaks_for_the_one_doing_it(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker in speaker_words(q)


def test_a_participle_after_a_quote_keeps_the_speaker_of_the_cue_before_it_not_a_clause_opening_the_sentence(nlp):
    text = ('On the day that the video emerged, the senator said of the episode, "I do not like it," adding that '
            '"they are angry."')
    quotes = run(nlp, text)
    assert "senator" in speaker_words(quote_with(quotes, "do not like it"))
    assert "senator" in speaker_words(quote_with(quotes, "they are angry"))


@pytest.mark.parametrize("text, words, speaker", [
    ('"We will build the bridge by spring," Ruiz, the city\'s longest-serving council member and a former engineer at '
     'the port authority by a wide margin, said when a reporter asked her.', "build the bridge", "Ruiz"),
    ('"The budget is a disgrace," Moreno, the party\'s candidate for governor in the northern district since last '
     'summer, told reporters on Friday.', "budget is a disgrace", "Moreno"),
])
def test_a_long_apposition_between_a_quote_and_its_cue_leaves_the_name_the_speaker(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert q.kind == "direct" and speaker_words(q) == speaker
