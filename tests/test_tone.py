"""Tone: GDELT V2Tone-style percentages from the VADER lexicon."""

from __future__ import annotations

import pytest
import spacy

from lapwing.extract import tone as T
from lapwing.extract.registry import Context, registered
from lapwing.schema import Article, ArticleRecord


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")  # tone needs words only


def record_tone(nlp, text: str, **config):
    art = Article(id="t", text=text)
    ctx = Context(doc=nlp(text), article=art, record=ArticleRecord(article=art), config=config)
    T.tone(ctx)
    return ctx


def test_registered_as_extractor():
    assert "tone" in registered()


def test_lexicon_is_vader():
    assert T.valence("peace") > 0
    assert T.valence("killed") < 0
    assert T.valence("Tuesday") == 0.0


def test_percentages_of_words(nlp):
    # 8 words: "hope" and "relief" positive, "attack" negative
    tone = record_tone(nlp, "After the attack, hope and relief returned home.").record.tone
    assert tone.word_count == 8
    assert tone.positive == pytest.approx(25.0)
    assert tone.negative == pytest.approx(12.5)
    assert tone.tone == pytest.approx(12.5)
    assert tone.polarity == pytest.approx(37.5)


def test_violent_news_is_negative(nlp):
    tone = record_tone(nlp, "Bombs killed dozens in a terrible attack on the crowded market.").record.tone
    assert tone.tone < 0 and tone.positive == 0.0 and tone.negative > 0


def test_neutral_text_has_zero_tone(nlp):
    tone = record_tone(nlp, "The meeting took place on Monday in the capital.").record.tone
    assert tone.tone == 0.0 and tone.polarity == 0.0 and tone.word_count == 9


def test_negation_flips(nlp):
    plain = record_tone(nlp, "The talks were good.").record.tone
    negated = record_tone(nlp, "The talks were not good.").record.tone
    contracted = record_tone(nlp, "The talks weren't good.").record.tone
    assert plain.tone > 0
    assert negated.tone < 0 and contracted.tone < 0
    assert contracted.word_count == 4  # "n't" is not a word of its own


def test_punctuation_and_numbers_are_not_words(nlp):
    tone = record_tone(nlp, "12 , 000 ... !!").record.tone
    assert tone.word_count == 0 and tone.tone == 0.0


def test_sentence_tone_on_request(nlp):
    nlp2 = spacy.blank("en")
    nlp2.add_pipe("sentencizer")
    # "peace", "wonderful" positive; "war", "terrible" negative; "is" neutral
    ctx = record_tone(nlp2, "Peace is wonderful. War is terrible.", sentence_tone=True)
    tones = ctx.data["sentence_tone"]
    assert [round(t) for _, _, t in tones] == [67, -67]
    assert tones[0][:2] == (0, 19)
    assert "sentence_tone" not in record_tone(nlp2, "Peace is wonderful.").data
