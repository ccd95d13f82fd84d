"""Quotes: quotation marks, speakers, cues, channels; the speech lexicon; the PolNeAR scorer."""

from __future__ import annotations

import sys
import types

import pytest

from lapwing.extract import quotes as Q
from lapwing.extract.registry import registered
from lapwing.schema import Actor, Article, ArticleRecord

from quote_helpers import nlp, run, no_actors  # noqa: F401 (fixtures)


def by_text(quotes, fragment: str):
    found = [q for q in quotes if fragment in q.text]
    assert found, f"no quote containing {fragment!r} in {[q.text for q in quotes]}"
    return found[0]


# -- no parser needed ---------------------------------------------------------------------


def test_registered_as_extractor():
    assert "quotes" in registered()
    assert registered()["quotes"].requires == ()


def test_speech_lexicon_loads_verbs_phrases_and_channels():
    lex = Q.load_speech_lexicon()
    assert lex.verb_forms["said"] == "say"
    assert lex.verb_forms["told"] == "tell"
    assert lex.verb_forms["tweeted"] == "tweet"
    assert lex.verb_channel["tweet"] == "twitter"
    assert ("according", "to") in lex.phrases
    channels = dict(lex.channels)
    assert channels["on state tv"] == "state tv"
    assert channels["told reporters"] == "press"
    assert channels["in an interview"] == "interview"
    assert channels["in a video"] == "video"
    # longest phrases are tried first
    lengths = [len(p) for p, _ in lex.channels]
    assert lengths == sorted(lengths, reverse=True)


def test_speech_lexicon_rejects_malformed_lines(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("verb\tsay\tsays said\n", encoding="utf-8")
    with pytest.raises(ValueError, match="4 tab-separated columns"):
        Q.load_speech_lexicon(bad)
    bad.write_text("adverb\tsay\t-\t-\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown entry type"):
        Q.load_speech_lexicon(bad)


def test_quotation_marks_straight_and_curly():
    text = 'He said "we will win" and later \u201cwe will not stop.\u201d'
    marked = Q.find_marked(text)
    assert [text[m.start : m.end] for m in marked] == ["we will win", "we will not stop."]


def test_unclosed_quote_runs_to_end_of_paragraph():
    text = "\u201cThe first paragraph of a long quote.\n\u201cThe second paragraph ends it.\u201d"
    marked = Q.find_marked(text)
    assert [text[m.start : m.end] for m in marked] == ["The first paragraph of a long quote.",
                                                       "The second paragraph ends it."]
    assert marked[0].close_at is None and marked[1].close_at is not None


def test_apostrophes_are_not_quotes():
    text = "The minister\u2019s aides didn't comment on the group's plans."
    assert Q.find_marked(text) == []


# -- with the parser ----------------------------------------------------------------------------


def test_split_quote_is_one_quote_of_one_speaker(nlp, no_actors):
    text = '"Democracy cannot be defeated," he added, "and it will not."'
    (q,) = run(nlp, text)
    # one quote from the first part's opening mark to the last part's closing mark
    assert q.text.startswith("Democracy cannot be defeated") and q.text.endswith("and it will not.")
    assert q.kind == "direct" and q.rule == "direct:cue-after"
    assert q.speaker is not None and q.speaker.text == "he"
    assert q.cue == "added"


def test_direct_quote_curly_marks_speaker_after_and_channel(nlp, no_actors):
    text = "\u201cWe will not surrender. We will fight until the end,\u201d President Zelenskyy said in a video."
    (q,) = run(nlp, text)
    assert q.kind == "direct"
    assert q.text == "We will not surrender. We will fight until the end"
    assert q.speaker is not None and "Zelenskyy" in q.speaker.text
    assert q.speaker.country is None  # no actor coder: the subject's words only
    assert q.cue == "said" and q.channel == "video"


def test_paragraph_quote_with_speaker_in_previous_sentence(nlp, no_actors):
    text = ("The army spokesman addressed reporters on Tuesday. He said:\n"
            "\u201cOur forces have withdrawn from the town. We will return when the time is right.\u201d")
    quotes = run(nlp, text)
    q = by_text(quotes, "Our forces have withdrawn")
    assert q.kind == "direct"
    assert q.speaker is not None and q.speaker.text == "He"
    assert q.cue == "said"


def test_paragraph_quote_continues_previous_speaker(nlp, no_actors):
    text = ("\u201cThe talks have failed,\u201d the mediator told reporters.\n\n"
            "\u201cThere will be no second round this year, and both sides know it.\u201d")
    quotes = run(nlp, text)
    first = by_text(quotes, "The talks have failed")
    second = by_text(quotes, "There will be no second round")
    assert first.channel == "press"
    assert first.speaker is not None and first.speaker.text == "the mediator"
    assert second.speaker is not None and second.speaker.text == "the mediator"


def test_paragraph_quote_with_speaker_in_next_sentence(nlp, no_actors):
    text = ("\u201cNobody will be allowed to stay in the camp after the end of the month.\u201d\n\n"
            "The governor said.")
    quotes = run(nlp, text)
    q = by_text(quotes, "Nobody will be allowed")
    assert q.speaker is not None and q.speaker.text == "The governor"


def test_tweeted_indirect_speech(nlp, no_actors):
    quotes = run(nlp, "Maduro tweeted he had spoken to the commanders.")
    q = by_text(quotes, "he had spoken to the commanders")
    assert q.kind == "indirect"
    assert q.text == "he had spoken to the commanders"
    assert q.speaker is not None and q.speaker.text == "Maduro"
    assert q.cue == "tweeted" and q.channel == "twitter"


def test_said_that(nlp, no_actors):
    quotes = run(nlp, "The interior minister said that the border would reopen on Monday.")
    q = by_text(quotes, "the border would reopen")
    assert q.text.startswith("the border")  # the complementiser is left out
    assert q.kind == "indirect"
    assert q.speaker is not None and q.speaker.text == "The interior minister"


def test_according_to(nlp, no_actors):
    quotes = run(nlp, "According to the Red Cross, 40 people were treated for burns.")
    q = by_text(quotes, "40 people were treated for burns")
    assert q.cue == "according to"
    assert q.speaker is not None and q.speaker.text == "the Red Cross"


def test_content_before_cue_on_state_tv(nlp, no_actors):
    quotes = run(nlp, "The attack was a cowardly act, the governor said on state TV.")
    q = by_text(quotes, "The attack was a cowardly act")
    assert q.speaker is not None and q.speaker.text == "the governor"
    assert q.channel == "state tv"


def test_unknown_speaker_is_none(nlp, no_actors):
    text = ("Residents gathered in the square at dawn.\n\n"
            "\u201cNobody knows where they are or what has happened to them, and the families are desperate.\u201d\n\n"
            "The search continued into the night.")
    quotes = run(nlp, text)
    q = by_text(quotes, "Nobody knows where they are")
    assert q.kind == "direct"
    assert q.speaker is None and q.cue is None


def test_scare_quotes_are_not_quotes(nlp, no_actors):
    assert run(nlp, "The so-called \u201cpeace plan\u201d was rejected by both parties on Friday.") == []


def test_quoted_fragment_inside_reported_speech_is_one_quote(nlp, no_actors):
    quotes = run(nlp, "Smith said the plan was \u201cdead on arrival\u201d in the Senate.")
    assert len(quotes) == 1
    assert quotes[0].kind == "indirect" and "dead on arrival" in quotes[0].text


def test_speaker_from_actor_coder_when_available(nlp, monkeypatch):
    calls = []

    def actor_for_token(ctx, token):
        calls.append(token.text)
        return Actor(text=token.text, name="Nicolas Maduro", country="VEN", sector="GOV",
                     start=token.idx, end=token.idx + len(token))

    fake = types.ModuleType("lapwing.extract.actors")
    fake.actor_for_token = actor_for_token
    monkeypatch.setitem(sys.modules, "lapwing.extract.actors", fake)
    quotes = run(nlp, "Maduro tweeted he had spoken to the commanders.")
    q = by_text(quotes, "he had spoken")
    assert calls == ["Maduro"]
    assert q.speaker is not None and q.speaker.country == "VEN" and q.speaker.sector == "GOV"


def test_falls_back_to_subject_words_when_coder_finds_nothing(nlp, monkeypatch):
    fake = types.ModuleType("lapwing.extract.actors")
    fake.actor_for_token = lambda ctx, token: None
    monkeypatch.setitem(sys.modules, "lapwing.extract.actors", fake)
    quotes = run(nlp, "\u201cThe bridge is closed until further notice,\u201d a police spokesman said.")
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "a police spokesman"
    assert quotes[0].speaker.country is None


# -- PolNeAR scorer -----------------------------------------------------------------------------


def test_brat_parser_and_scorer(tmp_path):
    from lapwing.eval import quotes as EQ
    from lapwing.schema import Quote

    text = 'Smith said the plan failed. "It is over," Jones said.'
    ann = tmp_path / "doc_x.ann"
    ann.write_text(
        "T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\nT3\tContent 11 26\tthe plan failed\n"
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
        'T4\tContent 28 41\t"It is over,"\nT5\tSource 42 47\tJones\nT6\tCue 48 52\tsaid\n'
        "E2\tAttribution:T6 Content:T4 Source:T5 Cue:T6\n", encoding="utf-8")
    attrs = EQ.parse_ann(ann)
    assert [a.content for a in attrs] == [[(11, 26)], [(28, 41)]]
    assert not attrs[0].is_direct(text) and attrs[1].is_direct(text)
    doc = EQ.GoldDoc("x", text, attrs)
    rec = ArticleRecord(article=Article(id="x", text=text))
    rec.quotes = [
        Quote(text="the plan failed", start=11, end=26, kind="indirect",
              speaker=Actor(text="Smith", start=0, end=5), cue="said"),
        Quote(text="It is over", start=29, end=39, kind="direct",
              speaker=Actor(text="Brown", start=60, end=65), cue="said"),
    ]
    result = EQ.score([doc], [rec])
    assert result["content"]["f1"] == 1.0
    assert result["direct"]["f1"] == 1.0
    assert result["speaker"]["found"] == 2 and result["speaker"]["correct"] == 1


def test_polnear_loads_when_present():
    from lapwing.eval import quotes as EQ

    if not (EQ.polnear_dir() / "dev" / "text").is_dir():
        pytest.skip(f"PolNeAR not found at {EQ.polnear_dir()} (shared data absent)")
    docs = EQ.load_polnear("dev", limit=3)
    assert len(docs) == 3 and all(d.attributions for d in docs)
    for d in docs:
        for a in d.attributions:
            for s, e in a.content:
                assert 0 <= s < e <= len(d.text)


def test_speakers_through_the_pipeline_with_the_actor_coder(nlp):
    """With the actor extractor installed, a pronoun speaker resolves to the coded actor."""
    from lapwing.extract.registry import registered as reg
    from lapwing.pipeline import Pipeline

    mod = Q._actors_module()
    if mod is None or not hasattr(mod, "actor_for_token") or "actors" not in reg():
        pytest.skip("the actor extractor (lapwing.extract.actors.actor_for_token) is not installed")
    pipe = Pipeline.create(extractors=("actors", "quotes"))
    text = ("Venezuelan President Nicolas Maduro addressed troops in Caracas on Tuesday.\n\n"
            "\u201cWe have defeated this small group of traitors,\u201d he said.")
    rec = pipe.analyse(Article(id="t", text=text, language="en"))
    q = by_text(rec.quotes, "We have defeated")
    assert q.speaker is not None
    assert "Maduro" in (q.speaker.name or "") + q.speaker.text
    assert q.speaker.country == "VEN"
