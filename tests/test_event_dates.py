"""Event dates that depend on the clause: planned acts look forward, "N days after X" puts the act of X
before the main one, a "when" clause shares its date, and a date hung on the wrong clause stays in its own.
Every article below is published on a stated day; the sentences are written for these tests."""

from __future__ import annotations

import pytest

from lapwing.extract.date_shift import Interval, intervals, shift
from lapwing.extract.dates import event_date
from lapwing.extract.registry import Context
from lapwing.pipeline import Pipeline
from lapwing.schema import Article, ArticleRecord

TUE = "2024-03-05"  # a Tuesday
THU = "2024-03-14"  # a Thursday


def _ctx(pipeline: Pipeline, text: str, published: str | None) -> Context:
    art = Article(id="e", text=text, published=published)
    ctx = Context(doc=pipeline.nlp(text), article=art, record=ArticleRecord(article=art))
    for spec in pipeline.extractors:
        spec.fn(ctx)
    return ctx


def _date(ctx: Context, word: str) -> tuple[str | None, str]:
    return event_date(ctx, next(t for t in ctx.doc if t.text == word))


@pytest.fixture(scope="module")
def blank() -> Pipeline:
    return Pipeline.create(model="blank", extractors=["dates"])


def _shipped_model():
    from lapwing.nlp import shipped_model_path

    return shipped_model_path()


needs_model = pytest.mark.skipif(_shipped_model() is None, reason="Lapwing's spaCy model is not built in this checkout")


@pytest.fixture(scope="module")
def parsed() -> Pipeline:
    return Pipeline.create(extractors=["dates"])


# ------------------------------------------------------------------------------ N units after / before X

@pytest.mark.parametrize("text, word, expected", [
    # a week: the ISO week a week before the outer act (Wednesday 13 March -> the week of 6 March)
    ("Soldiers rescued 15 students on Wednesday, a week after gunmen abducted them.", "abducted",
     ("2024-W10", "text")),
    ("Soldiers rescued 15 students on Wednesday, a week after gunmen abducted them.", "rescued",
     ("2024-03-13", "text")),
    # days: the day itself
    ("Police arrested the suspect on Monday, two days after gunmen bombed the market.", "bombed",
     ("2024-03-09", "text")),
    ("The minister resigned on Friday, a day after protesters stormed his office.", "stormed",
     ("2024-03-07", "text")),
    ("Gunmen abducted 20 villagers on Friday, the day before voters went to the polls.", "went",
     ("2024-03-09", "text")),  # "before": the act of X comes after
    # hours, shortly: the same day
    ("Rebels shelled the town on Monday, hours after the ceasefire took effect.", "took", ("2024-03-11", "text")),
    ("Rebels shelled the town on Monday, shortly after the ceasefire took effect.", "took", ("2024-03-11", "text")),
    # a vague count of days: the ISO week three days before (Saturday 9 March -> 6 March)
    ("Troops recaptured the town on Saturday, days after rebels seized it.", "seized", ("2024-W10", "text")),
    # months: the month
    ("The election was held on Sunday, a month after the president dissolved parliament.", "dissolved",
     ("2024-02", "text")),
    # X names its own day: that day
    ("Police arrested him on Monday, a week after he fled the country on March 1.", "fled", ("2024-03-01", "text")),
])
def test_the_act_after_after_is_placed_against_the_outer_act(blank, text, word, expected):
    assert _date(_ctx(blank, text, THU), word) == expected


def test_an_undated_outer_act_places_x_against_the_reference_day(blank):
    # published Thursday 14 March, no day in the sentence: the outer act is dated from publication,
    # and the meeting a day before it keeps that source (the store's window of undated acts applies)
    ctx = _ctx(blank, "A day after meeting protest leaders, the minister resigned.", THU)
    assert _date(ctx, "meeting") == ("2024-03-13", "published")
    assert _date(ctx, "resigned") == ("2024-03-14", "published")
    ctx = _ctx(blank, "A day after meeting protest leaders, the minister resigned.", None)
    assert _date(ctx, "meeting") == (None, "none")


@pytest.mark.parametrize("text, word, expected", [
    ("A day after the election on Sunday, protesters clashed with police.", "clashed", "2024-03-11"),
    ("Two days before the summit opened on Friday, rebels attacked a base.", "attacked", "2024-03-06"),
    ("Hours after the ceasefire took effect on Monday, rebels shelled the town.", "shelled", "2024-03-11"),
])
def test_an_undated_outer_act_is_placed_against_the_dated_x(blank, text, word, expected):
    assert _date(_ctx(blank, text, THU), word) == (expected, "text")


def test_the_outer_clause_stops_at_a_clause_opener(blank):
    text = ("A day after meeting the president in Pretoria, the envoy flew to Luanda, where he will meet "
            "the foreign minister on Thursday.")
    ctx = _ctx(blank, text, "2024-06-12")  # a Wednesday: "will meet on Thursday" is the 13th
    assert _date(ctx, "meet") == ("2024-06-13", "text")
    assert _date(ctx, "meeting") == ("2024-06-11", "published")  # a day before the undated flight, not Thursday


def test_intervals_find_phrase_x_and_outer_clause(blank):
    text = "Soldiers rescued 15 students on Wednesday, a week after gunmen abducted them, police said."
    doc = blank.nlp(text)
    (iv,) = intervals(doc, 0, len(doc))
    assert doc[iv.start:iv.x0].text == "a week after"
    assert doc[iv.x0:iv.x1].text == "gunmen abducted them"
    assert doc[iv.outer0:iv.outer1].text == "Soldiers rescued 15 students on Wednesday,"
    assert (iv.unit, iv.days, iv.sign) == ("week", 1, -1)
    assert intervals(doc := blank.nlp("Gunmen abducted 20 villagers the day before."), 0, len(doc)) == []
    assert intervals(doc := blank.nlp("Police arrested 20 people after the protest."), 0, len(doc)) == []


@pytest.mark.parametrize("value, unit, days, sign, expected", [
    ("2024-03-13", "day", 2, -1, "2024-03-11"),
    ("2024-03-13", "day", 1, 1, "2024-03-14"),
    ("2024-03-13", "week", 1, -1, "2024-W10"),
    ("2024-03-13", "week", 2, 1, "2024-W13"),
    ("2024-03-13", "month", 3, -1, "2023-12"),
    ("2024-03-13", "year", 1, -1, "2023-03"),
    ("2024-03-13", "hour", 0, -1, "2024-03-13"),
    ("2024-W11", "day", 2, -1, "2024-W11"),  # a week stays a week
    ("2024-03", "day", 2, -1, "2024-03"),  # a month stays a month
    ("2024-03", "month", 1, -1, "2024-02"),
    ("2024", "year", 2, -1, "2022"),
    ("2024-03-13", "days", None, -1, "2024-W10"),
    ("2024-03-13", "weeks", None, -1, "2024-02"),
    ("2024-03-13", "years", None, -1, None),  # "years after": too vague to date
])
def test_shift_keeps_the_interval_precision(value, unit, days, sign, expected):
    iv = Interval(0, 0, 0, 0, 0, days, unit, sign)
    assert shift(value, iv) == expected


# ------------------------------------------------------------------------ planned and future acts (parse)

@needs_model
@pytest.mark.parametrize("text, word, expected", [
    ("The foreign minister is due to meet his Chinese counterpart on Thursday.", "meet", "2024-03-07"),
    ("The president will travel to Moscow on Friday.", "travel", "2024-03-08"),
    ("Talks between the two sides are scheduled for Monday.", "Talks", "2024-03-11"),
    ("The prime minister is to visit Kenya on Monday.", "visit", "2024-03-11"),
    ("The opposition said it plans to hold a rally in the capital on Saturday.", "hold", "2024-03-09"),
    ("The ministers are expected to sign the deal on Thursday, diplomats said.", "sign", "2024-03-07"),
    ("Ministers said the talks, which collapsed last month, would resume on Thursday.", "resume", "2024-03-07"),
    ("Kenya's president, who returned from Addis Ababa on Sunday, is due to meet opposition leaders on Friday.",
     "meet", "2024-03-08"),
    ("The president will address parliament on Tuesday.", "address", "2024-03-05"),  # the publication day
    # and the past stays past
    ("The foreign minister met his Chinese counterpart on Thursday.", "met", "2024-02-29"),
    ("Kenya's president, who returned from Addis Ababa on Sunday, is due to meet opposition leaders on Friday.",
     "returned", "2024-03-03"),
])
def test_a_planned_act_takes_the_coming_day(parsed, text, word, expected):
    assert _date(_ctx(parsed, text, TUE), word) == (expected, "text")


@needs_model
def test_a_day_hung_on_the_verb_of_another_clause_stays_in_its_own(parsed):
    text = ("A day after meeting Cyril Ramaphosa in Pretoria, Brazil's president flew to Luanda, where he is due "
            "to meet Angolan President Joao Lourenco on Thursday.")
    ctx = _ctx(parsed, text, "2024-06-12")  # a Wednesday
    assert [(d.text, d.value) for d in ctx.record.dates] == [("Thursday", "2024-06-13")]
    assert _date(ctx, "meet") == ("2024-06-13", "text")
    assert _date(ctx, "flew") == ("2024-06-12", "published")
    assert _date(ctx, "meeting") == ("2024-06-11", "published")


@needs_model
@pytest.mark.parametrize("text, word", [
    ("Six people were killed when missiles hit apartment blocks on Thursday, officials said.", "killed"),
    ("Two soldiers died as rebels attacked their convoy on Thursday.", "died"),
])
def test_a_when_clause_dates_its_main_clause(parsed, text, word):
    assert _date(_ctx(parsed, text, "2024-03-15"), word) == ("2024-03-14", "text")


@needs_model
def test_an_embedded_relative_clause_still_dates_only_itself(parsed):
    ctx = _ctx(parsed, "Police arrested 20 people who had protested on Sunday.", TUE)
    assert _date(ctx, "arrested") == ("2024-03-05", "published")
    assert _date(ctx, "protested") == ("2024-03-03", "text")


# ------------------------------------------------------------------ against the story's last date

@pytest.mark.parametrize("text, word, expected", [
    ("Protesters marched on parliament on Monday. The next day, police arrested 30 of them.", "arrested",
     "2024-03-12"),
    ("Protesters marched on parliament on Monday. On the following day police arrested 30 of them.", "arrested",
     "2024-03-12"),
    ("Gunmen stormed a school on Monday. Two days later, troops rescued 15 students.", "rescued", "2024-03-13"),
    ("Rebels seized the town on March 2. A week earlier, they had attacked a convoy.", "attacked", "2024-W08"),
    ("The minister met protest leaders on Friday. He resigned later that day.", "resigned", "2024-03-08"),
    ("Troops shelled the town on Friday. The day before, rebels had ambushed a patrol.", "ambushed", "2024-03-07"),
    ("Rebels took the town in January. The following month, troops retook it.", "retook", "2024-02"),
    # no finer than the last date: a month stays a month
    ("Rebels took the town in January. Two days later, troops retook it.", "retook", "2024-01"),
])
def test_a_relative_day_counts_from_the_story_last_date(blank, text, word, expected):
    assert _date(_ctx(blank, text, THU), word) == (expected, "text")


def test_a_relative_day_without_an_earlier_date_falls_back(blank):
    ctx = _ctx(blank, "Police arrested 20 people. The next day, officials released them.", THU)
    assert _date(ctx, "released") == (THU, "published")
    # the last date lies too far back (more than two sentences): no anchor either
    text = "Rebels took the town on Monday. Aid arrived. Roads reopened. Schools closed. The next day, troops left."
    assert _date(_ctx(blank, text, THU), "left") == (THU, "published")
    # a day of the sentence itself wins
    ctx = _ctx(blank, "Rebels took the town on Monday. The next day, troops left on Wednesday.", THU)
    assert _date(ctx, "left") == ("2024-03-13", "text")


def test_a_place_name_the_parse_reads_as_a_verb_does_not_hide_the_day(blank):
    # the parse of "Sagaing" as an "-ing" verb (acl) made "on Wednesday afternoon" look like the date of
    # a clause embedded under "killed"; a capitalised "-ing" word inside a sentence is a name
    from spacy.tokens import Doc

    words = ["A", "junta", "strike", "killed", "25", "villagers", "in", "Sagaing", "on", "Wednesday", "afternoon", "."]
    heads = [2, 2, 3, 3, 5, 3, 7, 5, 10, 10, 7, 3]
    deps = ["det", "compound", "nsubj", "ROOT", "nummod", "obj", "case", "acl", "case", "compound", "obl", "punct"]
    pos = ["DET", "NOUN", "NOUN", "VERB", "NUM", "NOUN", "ADP", "VERB", "ADP", "PROPN", "NOUN", "PUNCT"]
    tags = ["DT", "NN", "NN", "VBD", "CD", "NNS", "IN", "VBG", "IN", "NNP", "NN", "."]
    doc = Doc(blank.nlp.vocab, words=words, spaces=[True] * 10 + [False, False], heads=heads, deps=deps, pos=pos,
              tags=tags, sent_starts=[True] + [False] * 11)
    art = Article(id="s", text=doc.text, published="2024-04-11")
    ctx = Context(doc=doc, article=art, record=ArticleRecord(article=art))
    for spec in blank.extractors:
        spec.fn(ctx)
    assert event_date(ctx, doc[3]) == ("2024-04-10", "text")
    assert event_date(ctx, doc[2]) == ("2024-04-10", "text")  # the noun trigger, through its verb
