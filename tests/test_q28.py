"""Quote speakers, round q28 (issue 16): the sender of a document that 'reads' or 'says' something.

A relative 'that' / 'which' as the subject of 'read' or 'said' on a document noun (message, statement, resolution,
letter, tweet ...) that is the object of someone's verb speaks for that someone, the one who sent, shared or voted it
(quotes/document_sender.py). Sentences written for the tests.
"""

from __future__ import annotations

import pytest

from quote_helpers import nlp, quote_with, run, speaker_words  # noqa: F401 (fixtures)


@pytest.mark.parametrize("text, words, speaker", [
    ('Mayor Ana Holm shared a message from her aide, Ivo Lind, that read: "The bridge stays open."',
     "bridge stays open", "Holm"),
    ('The city board voted 5-2 for a motion which said the port "must stay public."', "must stay public", "board"),
    ("The dockworkers' union released a letter that said the plant would close in June.", "plant would close",
     "union"),
    ('Senator Marta Dahl posted a statement that read: "We will not back this budget."', "not back this budget",
     "Dahl"),
])
def test_a_document_that_reads_speaks_for_its_sender(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker in speaker_words(q), (q.rule, speaker_words(q))


@pytest.mark.parametrize("text, words, not_speaker", [
    # no verb of anyone's over the document: the document's own words stay
    ("A letter that said the plant would close was found in the mayor's office.", "plant would close", "mayor"),
    # a person, not a document, is the antecedent: the relative pronoun stands for that person
    ("The board hired a lawyer who said the contract was void.", "contract was void", "board"),
])
def test_no_sender_without_a_document_object(nlp, text, words, not_speaker):
    quotes = [q for q in run(nlp, text) if words in q.text]
    assert all(not_speaker not in speaker_words(q) for q in quotes), [(q.text, speaker_words(q)) for q in quotes]
