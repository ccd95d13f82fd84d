"""The pipeline's own behaviour: gatekeeping, extractor order, failure isolation, batching."""

from __future__ import annotations

import pytest

from lapwing.extract import registry
from lapwing.extract.registry import Context, extractor, resolve_order
from lapwing.pipeline import Pipeline
from lapwing.schema import Article, ArticleRecord, Date


@pytest.fixture(scope="module")
def blank_pipeline() -> Pipeline:
    # No extractors: what the pipeline itself does, independent of any extractor.
    return Pipeline.create(model="blank", extractors=[])


def test_empty_text_is_skipped_with_reason(blank_pipeline):
    rec = blank_pipeline.analyse(Article(id="e", text="   \n "))
    assert rec.status == "skipped"
    assert rec.reason == "article text is empty"


def test_too_long_text_is_skipped_with_reason():
    p = Pipeline.create(model="blank", extractors=[], max_chars=100)
    rec = p.analyse(Article(id="long", text="word " * 50))
    assert rec.status == "skipped"
    assert "too long" in rec.reason and "250" in rec.reason


def test_non_english_is_skipped(blank_pipeline):
    text = "El presidente dijo el martes que el ejército no sería desplegado en la capital del país."
    rec = blank_pipeline.analyse(Article(id="es", text=text))
    assert rec.status == "skipped"
    assert rec.reason == "language es is not supported"


def test_english_article_is_ok_and_says_what_produced_it(blank_pipeline):
    rec = blank_pipeline.analyse(Article(id="en", text="The minister said on Tuesday that talks would resume."))
    assert rec.status == "ok" and rec.reason is None
    assert rec.article.language == "en"
    assert rec.pipeline["model"].startswith("en_")
    assert "lapwing" in rec.pipeline


def test_record_roundtrips_through_json(blank_pipeline):
    rec = blank_pipeline.analyse(Article(id="rt", text="Police arrested two men in the capital on Monday."))
    again = ArticleRecord.from_json(rec.to_json())
    assert again == rec


def test_resolve_order_puts_requirements_first():
    @extractor("_t_a")
    def a(ctx):  # pragma: no cover - not run
        pass

    @extractor("_t_b", requires=("_t_a",))
    def b(ctx):  # pragma: no cover - not run
        pass

    names = [s.name for s in resolve_order(["_t_b", "_t_a"])]
    assert names.index("_t_a") < names.index("_t_b")
    with pytest.raises(KeyError, match="unknown extractor"):
        resolve_order(["_t_missing"])


def test_failing_extractor_fails_only_that_article():
    calls = []

    @extractor("_t_flaky")
    def flaky(ctx: Context):
        calls.append(ctx.article.id)
        if "boom" in ctx.article.text:
            raise ValueError("bad token")
        ctx.record.dates.append(Date(text="x", start=0, end=1, value="2019-04-30"))

    try:
        p = Pipeline.create(model="blank", extractors=["_t_flaky"])
        arts = [
            Article(id="1", text="The talks went well for everyone involved today."),
            Article(id="2", text="This one goes boom in the middle of the night."),
            Article(id="3", text="Another calm report about the talks on Monday."),
        ]
        recs = list(p.analyse_many(arts, batch_size=2))
    finally:
        registry._REGISTRY.pop("_t_flaky", None)
    assert [r.article.id for r in recs] == ["1", "2", "3"]
    assert [r.status for r in recs] == ["ok", "failed", "ok"]
    assert "_t_flaky" in recs[1].reason and "bad token" in recs[1].reason
    assert len(recs[0].dates) == 1 and recs[1].dates == []


def test_analyse_many_matches_analyse_one_by_one(blank_pipeline):
    arts = [
        Article(id=str(i), text=t)
        for i, t in enumerate(
            ["", "Troops moved north on Friday after the ceasefire collapsed.", "Hola amigos, ¿cómo están todos hoy en la ciudad?"]
        )
    ]
    batch = [r.model_dump() for r in blank_pipeline.analyse_many([a.model_copy() for a in arts], batch_size=2)]
    single = [blank_pipeline.analyse(a.model_copy()).model_dump() for a in arts]
    assert batch == single


# -- failing loudly: every default extractor is there, a missing one is an error --------------------


def test_all_seven_extractors_are_registered_and_run_by_default():
    from lapwing.pipeline import DEFAULT_EXTRACTORS, require_extractors

    seven = {"places", "dates", "actors", "events", "quotes", "counts", "tone"}
    assert set(DEFAULT_EXTRACTORS) == seven
    assert require_extractors(DEFAULT_EXTRACTORS) == list(DEFAULT_EXTRACTORS)
    assert seven <= set(registry.registered())
    p = Pipeline.create(model="blank")  # the default extractor list, whatever the model
    assert {s.name for s in p.extractors} == seven
    assert set(p.provenance["extractors"].split(",")) == seven


def test_a_missing_extractor_module_is_an_error_naming_it():
    from lapwing.pipeline import ExtractorNotFound

    with pytest.raises(ExtractorNotFound) as err:
        Pipeline.create(model="blank", extractors=["places", "_no_such_extractor"])
    msg = str(err.value)
    assert "'_no_such_extractor'" in msg and "lapwing.extract._no_such_extractor" in msg
    assert "places" in msg  # lists what is registered


def test_a_default_extractor_whose_module_is_gone_is_an_error(monkeypatch):
    """Simulate a lost module (a bad install): the pipeline refuses to start without it."""
    import sys

    from lapwing.pipeline import ExtractorNotFound

    monkeypatch.delitem(registry._REGISTRY, "tone")
    monkeypatch.setitem(sys.modules, "lapwing.extract.tone", None)  # importing it now fails as if absent
    with pytest.raises(ExtractorNotFound, match="'tone'"):
        Pipeline.create(model="blank")


def test_a_module_that_registers_nothing_is_an_error(monkeypatch):
    import sys
    import types

    from lapwing.pipeline import ExtractorNotFound

    monkeypatch.setitem(sys.modules, "lapwing.extract._t_silent", types.ModuleType("lapwing.extract._t_silent"))
    with pytest.raises(ExtractorNotFound, match="registers no extractor"):
        Pipeline.create(model="blank", extractors=["_t_silent"])
