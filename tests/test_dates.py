"""Dates: finding time expressions, normalising them against the publication date, event dates, scoring.

Publication dates used throughout: 2019-04-30 is a Tuesday, 2019-05-01 a Wednesday.
"""

from __future__ import annotations

import json
import re

import pytest

from lapwing.eval import dates as ev
from lapwing.extract.dates import event_date, find_dates, publication_date
from lapwing.extract.registry import Context
from lapwing.pipeline import Pipeline
from lapwing.schema import Article, ArticleRecord
from lapwing.timeparse import TextTense, find_timexes, parse_anchor
from lapwing.timeparse import anchor as A

TUE = "2019-04-30"
WED = "2019-05-01"
CONTRACT = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?")


def dates(text: str, published=TUE) -> list[tuple[str, str]]:
    """(text, value) of the record-worthy dates, parse-free."""
    return [(t.text, t.iso) for t in find_dates(text, published)]


def value_of(text: str, expr: str, published=TUE) -> str | None:
    found = {t: v for t, v in dates(text, published)}
    assert expr in found, f"{expr!r} not found in {text!r}: {found}"
    return found[expr]


# ----------------------------------------------------------------------------- weekdays and tense


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Police arrested 20 people on Tuesday.", "2019-04-30"),  # publication day itself
        ("Police arrested 20 people on Monday.", "2019-04-29"),
        ("Protesters clashed with police on Wednesday.", "2019-04-24"),
        ("The minister said on Sunday that the army was loyal.", "2019-04-28"),
        ("On Saturday, troops fired tear gas at the crowd.", "2019-04-27"),
    ],
)
def test_weekday_in_past_report_is_on_or_before_publication(text, expected):
    day = re.search(r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday", text).group()
    assert value_of(text, day) == expected


@pytest.mark.parametrize(
    "text, day, expected",
    [
        ("Talks are planned for Wednesday.", "Wednesday", "2019-05-01"),
        ("The ministers will meet on Wednesday.", "Wednesday", "2019-05-01"),
        # the publication's own weekday: later that day (wire copy names the day, never "today")
        ("The ministers will meet on Tuesday.", "Tuesday", "2019-04-30"),
        ("The ministers will meet next Tuesday.", "next Tuesday", "2019-05-07"),  # "next": strictly after
        ("Parliament is scheduled to vote on Friday.", "Friday", "2019-05-03"),
        ("The opposition is going to march on Saturday.", "Saturday", "2019-05-04"),
        ("Results are expected on Monday, officials said.", "Monday", "2019-05-06"),
    ],
)
def test_weekday_with_future_tense_is_the_next_one(text, day, expected):
    assert value_of(text, day) == expected


def test_weekday_against_a_wednesday_publication():
    assert value_of("The two leaders met on Wednesday.", "Wednesday", WED) == "2019-05-01"
    assert value_of("The two leaders will meet on Wednesday.", "Wednesday", WED) == "2019-05-01"
    assert value_of("The two leaders will meet on Tuesday.", "Tuesday", WED) == "2019-05-07"
    assert value_of("Rebels attacked the town on Tuesday.", "Tuesday", WED) == "2019-04-30"
    assert value_of("Voting will take place on Thursday.", "Thursday", WED) == "2019-05-02"


def test_reported_speech_dates_each_clause_by_its_own_tense():
    text = "He said on Tuesday that talks would resume on Wednesday."
    assert dates(text) == [("Tuesday", "2019-04-30"), ("Wednesday", "2019-05-01")]


def test_past_plan_is_past():
    assert value_of("The vote had been scheduled for Friday.", "Friday") == "2019-04-26"


def test_last_and_next_weekday():
    assert value_of("Troops withdrew last Friday.", "last Friday") == "2019-04-26"
    assert value_of("The court rules next Friday.", "next Friday") == "2019-05-03"
    # "last Tuesday" on a Tuesday is a week back
    assert value_of("It happened last Tuesday.", "last Tuesday") == "2019-04-23"


def test_weekday_possessive_is_still_a_date():
    assert dates("Tuesday's match was called off.") == [("Tuesday", "2019-04-30")]


def test_time_of_day_with_a_day_keeps_the_day():
    found = find_timexes("Rebels attacked on Sunday night.", TUE)
    assert [(t.text, t.type, t.value, t.iso) for t in found] == [("Sunday night", "TIME", "2019-04-28TNI", "2019-04-28")]
    assert dates("Clashes broke out last night.") == [("last night", "2019-04-29")]
    assert dates("Fighting resumed this morning.") == [("this morning", "2019-04-30")]


def test_clock_time_is_not_a_date_and_not_a_number():
    found = find_timexes("The curfew starts at 3 p.m. and lasts until 6 a.m.", TUE)
    assert [(t.text, t.type) for t in found] == [("3 p.m.", "TIME"), ("6 a.m.", "TIME")]
    assert found[0].value == "2019-04-30T15:00"
    assert dates("The curfew starts at 3 p.m. and lasts until 6 a.m.") == []  # no day named
    assert dates("Police opened fire at 3 p.m. on Monday.") == [("3 p.m. on Monday", "2019-04-29")]


# -------------------------------------------------------------------------------- other relatives


@pytest.mark.parametrize(
    "expr, expected",
    [
        ("yesterday", "2019-04-29"),
        ("today", "2019-04-30"),
        ("tomorrow", "2019-05-01"),
        ("two days ago", "2019-04-28"),
        ("three weeks ago", "2019-W15"),
        ("two months ago", "2019-02"),
        ("five years ago", "2014"),
        ("last week", "2019-W17"),
        ("this week", "2019-W18"),
        ("next week", "2019-W19"),
        ("last month", "2019-03"),
        ("next month", "2019-05"),
        ("last year", "2018"),
        ("this year", "2019"),
        ("next year", "2020"),
        ("earlier this month", "2019-04"),
    ],
)
def test_relative_expressions(expr, expected):
    assert value_of(f"Something happened {expr}, they said.", expr) == expected


def test_week_values_across_year_boundaries():
    assert value_of("Talks collapsed last week.", "last week", "2019-01-02") == "2018-W52"
    assert value_of("Talks collapsed last week.", "last week", "2021-01-05") == "2020-W53"
    assert value_of("Talks resume next week.", "next week", "2019-12-26") == "2020-W01"


def test_capitalised_relative_at_sentence_start():
    assert dates("Yesterday, the army retook the town. Last month it lost it.") == [
        ("Yesterday", "2019-04-29"), ("Last month", "2019-03")]


# ---------------------------------------------------------------------------------- months, years


def test_month_alone_follows_tense():
    assert value_of("The army took power in January.", "January") == "2019-01"
    assert value_of("Elections will be held in January.", "January") == "2020-01"
    assert value_of("Elections were held in June.", "June") == "2018-06"
    assert value_of("The census is due in June.", "June") == "2019-06"


def test_month_alone_without_cue_is_the_most_recent_one():
    # a verbless (nominal) context reports what has happened: never a month still to come
    assert value_of("A report on the June floods.", "June") == "2018-06"
    assert value_of("A report on the December floods.", "December", "2019-01-10") == "2018-12"
    assert value_of("Aid after the April earthquake.", "April") == "2019-04"
    assert value_of("The inquiry into the September attacks.", "September") == "2018-09"


def test_month_deadline_stays_the_nearest():
    assert value_of("The talks are supposed to conclude by June.", "June") == "2019-06"
    assert value_of("A curfew until August.", "August") == "2019-08"


def test_month_in_a_clause_of_its_own():
    text = "The army took over in January and will hold elections in January."
    assert [v for _, v in dates(text)] == ["2019-01", "2020-01"]


def test_last_and_next_month_names():
    assert value_of("They last met in last September.", "last September") == "2018-09"
    assert value_of("The deal was signed last April.", "last April", "2019-10-15") == "2019-04"
    assert value_of("The summit is next March.", "next March") == "2020-03"
    assert value_of("It was signed in June last year.", "June last year") == "2018-06"


def test_month_day_without_year_takes_the_nearest_year_consistent_with_tense():
    assert value_of("Voting starts May 1.", "May 1") == "2019-05-01"
    assert value_of("The deal was signed on Dec. 28.", "Dec. 28", "2019-01-02") == "2018-12-28"
    assert value_of("The talks will start on Jan. 5.", "Jan. 5", "2018-12-28") == "2019-01-05"
    assert value_of("The talks started on April 20.", "April 20") == "2019-04-20"
    # a past-tense cue does not push a date a year back when the nearest is days away
    assert value_of("The board declared a dividend payable May 3.", "May 3") == "2019-05-03"


def test_weekday_with_month_day_picks_the_year_that_fits():
    assert value_of("The vote was on Friday, Oct. 13.", "Friday, Oct. 13", "2018-01-02") == "2017-10-13"


@pytest.mark.parametrize(
    "text, expr, expected",
    [
        ("The accord was signed on April 30, 2019.", "April 30, 2019", "2019-04-30"),
        ("The accord was signed on 30 April 2019.", "30 April 2019", "2019-04-30"),
        ("The accord was signed on 30 April.", "30 April", "2019-04-30"),
        ("The accord was signed on the 30th of April.", "the 30th of April", "2019-04-30"),
        ("The accord was signed 2019-04-30.", "2019-04-30", "2019-04-30"),
        ("The accord was signed 4/30/2019.", "4/30/2019", "2019-04-30"),
        ("The accord was signed in April 2019.", "April 2019", "2019-04"),
        ("The accord was signed in September of 2001.", "September of 2001", "2001-09"),
        ("The accord was signed in 2014.", "2014", "2014"),
        ("The city was founded in 1500.", "1500", "1500"),
        ("The fighting has gone on since 2014.", "2014", "2014"),
    ],
)
def test_explicit_dates(text, expr, expected):
    assert value_of(text, expr) == expected


def test_since_keeps_its_preposition_outside_the_span():
    (t,) = find_timexes("The war has killed thousands since 2014.", TUE)
    assert (t.text, t.prep, t.value) == ("2014", "since", "2014")


def test_impossible_date_is_not_a_date():
    assert dates("The accord was signed on Feb. 30, 2019.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The march drew 2,019 people to the square.",
        "About 1500 troops were deployed.",
        "Some 2000 people fled the fighting.",
        "Flight 2019 landed safely.",
        "The index closed at 2019 points.",
        "Theresa May said the vote would go ahead.",
        "Protesters may march on parliament.",
        "Brian May played the guitar solo.",
        "The fall of the city shocked the region.",
        "Prices rose 12% a year.",
        "A 52-year-old man was arrested.",
    ],
)
def test_numbers_names_and_verbs_that_are_not_dates(text):
    assert dates(text) == []


def test_decades_get_timeml_values_but_stay_out_of_the_record():
    found = find_timexes("The war of the 1990s and the late '80s.", TUE)
    assert [(t.text, t.value) for t in found] == [("the 1990s", "199"), ("the late '80s", "198")]
    assert all(t.iso is None for t in found)
    assert dates("The war of the 1990s.") == []


def test_durations_and_references_are_found_but_not_recorded():
    found = find_timexes("The siege lasted three weeks. Prices are now higher than in recent years.", TUE)
    assert [(t.text, t.type, t.value) for t in found] == [
        ("three weeks", "DURATION", "P3W"), ("now", "DATE", "PRESENT_REF"), ("recent years", "DATE", "PAST_REF")]
    assert all(t.iso is None for t in found)


def test_anaphoric_expressions_are_not_recorded():
    text = "The rebels took the town in March. Three days later, the army retook it. The following month, talks began."
    assert [t for t, _ in dates(text)] == ["March"]


def test_quarters_and_seasons_get_timeml_values():
    found = find_timexes("Profit fell in the third quarter. The talks resume this summer.", "2019-10-20")
    assert [(t.text, t.value) for t in found] == [("the third quarter", "2019-Q3"), ("this summer", "2019-SU")]


# ------------------------------------------------------------------------------------- datelines


def test_dateline_date_takes_the_publication_year():
    text = "CARACAS, April 30 (Reuters) - Venezuelan opposition leader Juan Guaido called for an uprising."
    (t,) = find_timexes(text, TUE)
    assert (t.text, t.value, t.rule) == ("April 30", "2019-04-30", "dateline")
    year_end = "NEW YORK, Dec. 31 (AP) -- Markets closed higher on the last day of the year."
    assert find_timexes(year_end, "2020-01-02")[0].value == "2019-12-31"


def test_dateline_with_region_and_dash():
    text = "ABUJA, Nigeria, May 2 — Gunmen killed 12 villagers."
    assert value_of(text, "May 2", WED) == "2019-05-02"


# ------------------------------------------------------------------------- publication date handling


def test_without_publication_date_relatives_are_left_out():
    text = "Police arrested 20 people on Tuesday. The accord of April 30, 2019 was signed in 2014. Talks resume May 1."
    assert dates(text, None) == [("April 30, 2019", "2019-04-30"), ("2014", "2014")]


@pytest.mark.parametrize("published", ["not a date", "", "   ", "30/04/2019", "2019-13-01", "yesterday"])
def test_unusable_publication_date_is_treated_as_missing(published):
    assert publication_date(Article(id="x", text="t", published=published)) is None
    assert dates("Police arrested 20 people yesterday.", published) == []
    assert dates("Police arrested 20 people on April 29, 2019.", published) == [("April 29, 2019", "2019-04-29")]


def test_publication_datetime_keeps_the_local_day():
    assert parse_anchor("2019-04-30T23:30:00-04:00").isoformat() == "2019-04-30"
    assert parse_anchor("2019-04-30T01:00:00+09:00").isoformat() == "2019-04-30"
    assert value_of("Rebels attacked yesterday.", "yesterday", "2019-04-30T23:30:00-04:00") == "2019-04-29"


def test_anchor_arithmetic():
    tue = parse_anchor(TUE)
    assert A.weekday(tue, 1, "past").isoformat() == TUE
    assert A.weekday(tue, 1, "future").isoformat() == TUE
    assert A.weekday(tue, 1, "next").isoformat() == "2019-05-07"
    assert A.weekday(tue, 3, "future").isoformat() == "2019-05-02"
    assert A.weekday(tue, 1, "last").isoformat() == "2019-04-23"
    assert A.year_for_month(tue, 4, "future") == 2019
    assert A.year_for_month(tue, 3, "future") == 2020
    assert A.year_for_month(tue, 10, None) == 2018  # six months either way: the past
    assert A.week(parse_anchor("2021-01-03")) == "2020-W53"


def test_text_tense_cues():
    text = "Officials said the ministers will meet on Friday. Rebels attacked the base on Friday."
    tense = TextTense(text)
    first, second = [m.start() for m in re.finditer("Friday", text)]
    assert tense(first, first + 6) == "future"
    assert tense(second, second + 6) == "past"


# ------------------------------------------------------------------------------ extractor in pipeline


@pytest.fixture(scope="module")
def blank_dates() -> Pipeline:
    return Pipeline.create(model="blank", extractors=["dates"])


ARTICLE = (
    "CARACAS, April 30 (Reuters) - Venezuelan opposition leader Juan Guaido called on the military on "
    "Tuesday to help oust President Nicolas Maduro. Protests are planned for Wednesday. Maduro, who has "
    "ruled since 2013, said troops remained loyal. Police arrested 20 people in the capital."
)


def test_extractor_fills_record_and_context(blank_dates):
    art = Article(id="a", text=ARTICLE, published="2019-04-30T14:05:00+00:00")
    doc = blank_dates.nlp(ART := art.text)
    rec = ArticleRecord(article=art)
    ctx = Context(doc=doc, article=art, record=rec)
    blank_dates.extractors[0].fn(ctx)
    assert [(d.text, d.value, d.rule) for d in rec.dates] == [
        ("April 30", "2019-04-30", "dateline"), ("Tuesday", "2019-04-30", "weekday"),
        ("Wednesday", "2019-05-01", "weekday"), ("2013", "2013", "year")]
    for d in rec.dates:
        assert ART[d.start:d.end] == d.text
        assert CONTRACT.fullmatch(d.value)
    assert [(d.text, doc[ts:te].text) for d, ts, te in ctx.data["dates"]] == [(d.text, d.text) for d in rec.dates]


def test_pipeline_record_roundtrips(blank_dates):
    rec = blank_dates.analyse(Article(id="b", text=ARTICLE, published=TUE))
    assert rec.status == "ok"
    assert len(rec.dates) == 4
    assert ArticleRecord.from_json(rec.to_json()) == rec


def _ctx(pipeline: Pipeline, text: str, published: str | None = TUE) -> Context:
    art = Article(id="e", text=text, published=published)
    doc = pipeline.nlp(text)
    ctx = Context(doc=doc, article=art, record=ArticleRecord(article=art))
    for spec in pipeline.extractors:
        spec.fn(ctx)
    return ctx


def _tok(ctx: Context, word: str, nth: int = 0):
    return [t for t in ctx.doc if t.text == word][nth]


def test_event_date_from_the_trigger_clause(blank_dates):
    ctx = _ctx(blank_dates, ARTICLE)
    assert event_date(ctx, _tok(ctx, "called")) == ("2019-04-30", "text")
    assert event_date(ctx, _tok(ctx, "Protests")) == ("2019-05-01", "text")


def test_event_date_ignores_since_until_and_dateline(blank_dates):
    ctx = _ctx(blank_dates, ARTICLE)
    assert event_date(ctx, _tok(ctx, "said")) == ("2019-04-30", "published")  # only "since 2013" there
    text = "KABUL, April 20 (Reuters) - Gunmen attacked a checkpoint, killing four soldiers."
    ctx = _ctx(blank_dates, text)  # a dateline 10 days old is no filing day: the publication date
    assert event_date(ctx, _tok(ctx, "attacked")) == ("2019-04-30", "published")


def test_wire_dateline_is_the_filing_day_of_the_story(blank_dates):
    # published on the 30th, filed on the 29th: undated events and relative dates count from the 29th
    text = ("KABUL, April 29 (Reuters) - Gunmen attacked a checkpoint, killing four soldiers. "
            "Police arrested two men yesterday.")
    ctx = _ctx(blank_dates, text)
    assert event_date(ctx, _tok(ctx, "attacked")) == ("2019-04-29", "dateline")
    assert event_date(ctx, _tok(ctx, "arrested")) == ("2019-04-28", "text")
    assert [(d.text, d.value) for d in ctx.record.dates] == [("April 29", "2019-04-29"), ("yesterday", "2019-04-28")]
    # a dateline one day after publication (time zones) is the filing day too; on the same day the
    # publication date says it already
    ctx = _ctx(blank_dates, "LAGOS, May 1 (AFP) - Police arrested 20 protesters.")
    assert event_date(ctx, _tok(ctx, "arrested")) == ("2019-05-01", "dateline")
    ctx = _ctx(blank_dates, "LAGOS, April 30 (AFP) - Police arrested 20 protesters.")
    assert event_date(ctx, _tok(ctx, "arrested")) == ("2019-04-30", "published")
    # no dateline: the publication date
    ctx = _ctx(blank_dates, "Police arrested 20 protesters in Lagos.")
    assert event_date(ctx, _tok(ctx, "arrested")) == ("2019-04-30", "published")


def test_event_date_falls_back_to_publication_then_none(blank_dates):
    ctx = _ctx(blank_dates, "Police arrested 20 people. Talks resumed on Monday.")
    assert event_date(ctx, _tok(ctx, "arrested")) == ("2019-04-30", "published")  # Monday is another sentence
    assert event_date(ctx, _tok(ctx, "resumed")) == ("2019-04-29", "text")
    ctx = _ctx(blank_dates, "Police arrested 20 people. Talks resumed on Monday.", published=None)
    assert event_date(ctx, _tok(ctx, "arrested")) == (None, "none")
    assert event_date(ctx, _tok(ctx, "resumed")) == (None, "none")  # "Monday" cannot be placed


def test_event_date_prefers_the_nearest_in_its_clause(blank_dates):
    ctx = _ctx(blank_dates, "Police arrested 20 people on Monday after protests that began on Sunday.")
    assert event_date(ctx, _tok(ctx, "arrested")) == ("2019-04-29", "text")
    assert event_date(ctx, _tok(ctx, "began")) == ("2019-04-28", "text")


def test_event_date_works_without_the_dates_extractor_having_run(blank_dates):
    art = Article(id="x", text="Troops withdrew on Sunday.", published=TUE)
    doc = blank_dates.nlp(art.text)
    ctx = Context(doc=doc, article=art, record=ArticleRecord(article=art))
    assert event_date(ctx, doc[1]) == ("2019-04-28", "text")
    assert ctx.record.dates == []  # computed for the question, not written


def _shipped_model():
    from lapwing.nlp import shipped_model_path

    return shipped_model_path()


needs_model = pytest.mark.skipif(_shipped_model() is None, reason="Lapwing's spaCy model is not built in this checkout")


@pytest.fixture(scope="module")
def parsed() -> Pipeline:
    return Pipeline.create(extractors=["dates"])


@needs_model
class TestWithParse:
    def test_parse_tense(self, parsed):
        assert dates_with(parsed, "Talks are planned for Wednesday.") == [("Wednesday", "2019-05-01")]
        assert dates_with(parsed, "The vote is on Wednesday.") == [("Wednesday", "2019-05-01")]
        assert dates_with(parsed, "The ministers met on Wednesday.") == [("Wednesday", "2019-04-24")]
        assert dates_with(parsed, "The army took over in January and will hold elections in January.") == [
            ("January", "2019-01"), ("January", "2020-01")]

    def test_event_date_skips_an_embedded_clause(self, parsed):
        ctx = _ctx(parsed, "Police arrested 20 people who had protested on Sunday.")
        assert event_date(ctx, _tok(ctx, "arrested")) == ("2019-04-30", "published")
        assert event_date(ctx, _tok(ctx, "protested")) == ("2019-04-28", "text")


def dates_with(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in pipeline.analyse(Article(id="p", text=text, published=TUE)).dates]


# ------------------------------------------------------------------------------------------- scoring

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>test1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2019-04-30" functionInDocument="CREATION_TIME">2019-04-30</TIMEX3></DCT>
<TEXT>
Police <EVENT eid="e1">arrested</EVENT> 20 people on <TIMEX3 tid="t1" type="DATE" value="2019-04-29">Monday</TIMEX3> \
and talks resume <TIMEX3 tid="t2" type="DATE" value="2019-W19">next week</TIMEX3>. The siege lasted \
<TIMEX3 tid="t3" type="DURATION" value="P3W">three weeks</TIMEX3>. Rebels &amp; troops fought \
early <TIMEX3 tid="t4" type="DATE" value="2018">last year</TIMEX3>. Fighting ends at <TIMEX3 tid="t5" type="SET" value="P1D">daily</TIMEX3> dusk.
</TEXT>
</TimeML>
"""


@pytest.fixture()
def tml_dir(tmp_path):
    (tmp_path / "doc1.tml").write_text(TML, encoding="utf-8")
    return tmp_path


def test_read_timeml_offsets_and_entities(tml_dir):
    doc = ev.read_timeml(tml_dir / "doc1.tml")
    assert doc.docid == "test1" and doc.dct.isoformat() == TUE
    assert [(g.text, g.type, g.value) for g in doc.timexes] == [
        ("Monday", "DATE", "2019-04-29"), ("next week", "DATE", "2019-W19"), ("three weeks", "DURATION", "P3W"),
        ("last year", "DATE", "2018"), ("daily", "SET", "P1D")]
    for g in doc.timexes:
        assert doc.text[g.start:g.end] == g.text
    assert "Rebels & troops" in doc.text


def test_scores_on_a_small_gold_file(tml_dir):
    res = ev.run(str(tml_dir))
    r = res["results"]["all"]
    # found: Monday, next week, three weeks, "early last year" (gold: "last year"); SET not attempted
    assert r["overall"]["gold"] == 5 and r["overall"]["found"] == 4
    assert r["overall"]["strict"]["p"] == 0.75  # "early last year" is not the exact gold span
    assert r["overall"]["relaxed"]["p"] == 1.0 and r["overall"]["relaxed"]["r"] == 0.8
    assert r["overall"]["value_accuracy"] == 1.0
    assert r["DATE"]["gold"] == 3 and r["DURATION"]["relaxed"]["f1"] == 1.0
    assert r["SET"]["found"] == 0
    assert r["attempted"]["gold"] == 4 and r["attempted"]["relaxed"]["r"] == 1.0
    assert r["record"]["gold"] == 3  # Monday, next week, last year (P3W and SET have no calendar value)
    assert "overall" in ev.report(res)


def test_cli_prints_json(tml_dir):
    from typer.testing import CliRunner

    from lapwing.eval.cli import app

    out = CliRunner().invoke(app, ["dates", "--gold", str(tml_dir), "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["documents"] == 1 and data["results"]["all"]["overall"]["gold"] == 5


def test_cli_missing_gold_fails_with_reason(tmp_path):
    from typer.testing import CliRunner

    from lapwing.eval.cli import app

    out = CliRunner().invoke(app, ["dates", "--gold", "no-such-gold-set"])
    assert out.exit_code == 2
    assert "not found" in out.output


def _tempeval3_present() -> bool:
    try:
        ev.gold_path("tempeval3")
    except ev.GoldNotFound:
        return False
    return True


@pytest.mark.skipif(not _tempeval3_present(), reason="../shared/data/dates/tempeval3 is not available")
def test_tempeval3_smoke():
    docs = ev.load_gold("tempeval3")
    assert len(docs) >= 250 and {"TimeBank", "AQUAINT"} <= {d.corpus for d in docs}
    sample = sorted(docs, key=lambda d: d.docid)[:30]  # a light run: the full set is `lapwing eval dates`
    r = ev.score(sample)["results"]["all"]
    assert r["overall"]["gold"] > 100
    assert r["DATE"]["relaxed"]["f1"] > 0.8
    assert r["DATE"]["value_accuracy"] > 0.7
