"""``lapwing eval clusters --why`` (``eval/cluster_why.py``, session 33, round cl63), on mentions invented for these
tests and coded by hand (no model): why two mentions of one happening did not join, in the order the clustering
decides (root family, status, type, date, place, actors, weak evidence, a contradiction elsewhere in the two events);
refused for the held-out part b and the whole set."""

from __future__ import annotations

from lapwing.schema import Actor, Article, ArticleRecord, Event, Place, Span, Trigger
from lapwing.store.mentions import mentions_of


def _actor(text: str, phrase: str, country: str | None, sector: str | None, kind: str = "agent") -> Actor:
    i = text.index(phrase)
    return Actor(text=phrase, start=i, end=i + len(phrase), country=country, sector=sector, kind=kind)


def _place(text: str, phrase: str, cc: str, lat: float, lon: float) -> Place:
    i = text.index(phrase)
    return Place(text=phrase, start=i, end=i + len(phrase), name=phrase, country=cc, lat=lat, lon=lon, kind="city",
                 rule="ner/gazetteer")


def _one(aid: str, text: str, cameo: str, verb: str, src: tuple | None, tgt: tuple | None = None,
         day: str = "2029-05-08", published: str = "2029-05-08", where: tuple | None = None,
         date_source: str = "text") -> ArticleRecord:
    t0 = text.index(verb)
    place = _place(text, *where) if where else None
    ev = Event(cameo=cameo, quad_class=1, goldstein=4.0, plover=None, sentence=Span(start=0, end=len(text)),
               trigger=Trigger(text=verb, start=t0, end=t0 + len(verb)), date=day, date_source=date_source,
               source=_actor(text, *src) if src else None, target=_actor(text, *tgt) if tgt else None, place=place)
    return ArticleRecord(article=Article(id=aid, text=text, published=published, source=aid),
                         places=[place] if place else [], events=[ev])


def test_why_names_the_first_check_that_keeps_two_mentions_apart():
    from lapwing.eval.cluster_why import pair_reason

    wire = _one("wire", "Police fired tear gas at teachers in Kisumu on Tuesday.", "175", "fired",
                ("Police", "KEN", "COP"), ("teachers", "KEN", "EDU"), where=("Kisumu", "KEN", -0.09, 34.77))
    same = _one("same", "Officers tear-gassed striking teachers in Kisumu on Tuesday.", "175", "tear-gassed",
                ("Officers", "KEN", "COP"), ("striking teachers", "KEN", "EDU"), where=("Kisumu", "KEN", -0.09, 34.77))
    far = _one("far", "Police fired tear gas at teachers in Mombasa on Tuesday.", "175", "fired",
               ("Police", "KEN", "COP"), ("teachers", "KEN", "EDU"), where=("Mombasa", "KEN", -4.05, 39.67))
    later = _one("later", "Police fired tear gas at teachers in Kisumu on Friday.", "175", "fired",
                 ("Police", "KEN", "COP"), ("teachers", "KEN", "EDU"), day="2029-05-11", published="2029-05-11",
                 where=("Kisumu", "KEN", -0.09, 34.77))
    arrest = _one("arrest", "Police arrested teachers in Kisumu on Tuesday.", "173", "arrested",
                  ("Police", "KEN", "COP"), ("teachers", "KEN", "EDU"), where=("Kisumu", "KEN", -0.09, 34.77))
    talks = _one("talks", "Teachers met the minister in Kisumu on Tuesday.", "040", "met",
                 ("Teachers", "KEN", "EDU"), ("the minister", "KEN", "GOV"), where=("Kisumu", "KEN", -0.09, 34.77))
    other = _one("other", "Ugandan police fired tear gas at teachers in Kisumu on Tuesday.", "175", "fired",
                 ("Ugandan police", "UGA", "COP"), ("teachers", "KEN", "EDU"), where=("Kisumu", "KEN", -0.09, 34.77))
    (mw,), (ms,), (mf,), (ml,), (ma,), (mt,), (mo,) = (mentions_of(r) for r in (wire, same, far, later, arrest,
                                                                             talks, other))
    assert pair_reason(mw, ms, 0.3)[0] == "link" and pair_reason(mw, ms, 0.3)[1] >= 0.45
    assert pair_reason(mw, mf, 0.9) == ("place", 0.0)
    assert pair_reason(mw, ml, 0.9) == ("date", 0.0)
    assert pair_reason(mw, ma, 0.9) == ("type", 0.0)
    assert pair_reason(mw, mt, 0.9) == ("family", 0.0)
    assert pair_reason(mw, mo, 0.9) == ("actors: source", 0.0)
    weak = pair_reason(mw, _one_mention("Security forces acted in the west.", "175", "acted",
                                        ("Security forces", None, "MIL")), 0.0)
    assert weak[0].startswith("weak evidence") and 0 < weak[1] < 0.45


def _one_mention(text: str, code: str, verb: str, src: tuple):
    (m,) = mentions_of(_one("weak", text, code, verb, src, date_source="published"))
    return m


def test_why_explains_every_split_of_a_happening():
    from lapwing.eval.cluster_why import explain, report

    recs = [_one("s1", "Police fired tear gas at teachers in Kisumu on Tuesday.", "175", "fired",
                 ("Police", "KEN", "COP"), ("teachers", "KEN", "EDU"), where=("Kisumu", "KEN", -0.09, 34.77)),
            _one("s2", "Police fired tear gas at teachers in Mombasa on Tuesday.", "175", "fired",
                 ("Police", "KEN", "COP"), ("teachers", "KEN", "EDU"), where=("Mombasa", "KEN", -4.05, 39.67))]
    rows = [{"id": "s1", "text": recs[0].article.text, "gold": [["H1", "fired tear gas"]]},
            {"id": "s2", "text": recs[1].article.text, "gold": [["H1", "fired tear gas"]]}]
    res = explain(rows, recs)
    assert res["table"] == {"place": 1} and res["splits"][0]["happening"] == "H1"
    assert "H1: place" in report(res) and "reasons: place 1" in report(res)
    rows[1]["gold"] = [["H2", "fired tear gas"]]  # two happenings, apart as they should be: nothing to explain
    assert explain(rows, recs)["table"] == {}


def test_why_is_refused_for_the_held_out_part():
    from typer.testing import CliRunner

    from lapwing.eval.cli import app

    for args in (["clusters", "--why", "--part", "b"], ["clusters", "--why"]):
        out = CliRunner().invoke(app, args)
        assert out.exit_code != 0 and "development part" in out.output
