"""Session 37, round cl74 (issue #11: one event per happening on reports nobody here has seen): on articles invented
for these tests and coded by hand (no model).

* Two reports of one act that name one sum of money ("pledged $12 million", "pledges $12m") agree on their actors as
  two reports of one count of people do (``store/mention_sums.py``): a headline that names the donor by its country
  and a wire that names its government, with no recipient coded, tell one pledge by the sum they share. Read from
  parts u and v (``--why``: weak evidence between the brief and the wire of one pledge), kept because it lifts both
  and lowers no part.
"""

from __future__ import annotations

import random

import pytest

from lapwing.schema import Actor, Article, ArticleRecord, Date, Event, Span, Trigger
from lapwing.store.clustering import LINK_THRESHOLD, cluster_by_family
from lapwing.store.evidence import compare, compare_codes
from lapwing.store.mention_counts import COUNT_AGREEMENT
from lapwing.store.mention_sums import same_sum, sums
from lapwing.store.mentions import mentions_of


# --- sums of money a sentence names -------------------------------------------------------------------------------

@pytest.mark.parametrize("a,b", [
    ("Norway pledges $12m for Sahel drought relief.", "Norway pledged $12 million in emergency aid on Tuesday."),
    ("The bank approved a US$1.5 billion loan to Ghana.", "Ghana secures $1.5bn loan from the bank."),
    ("Beijing offered 80 million yuan in aid.", "China gives 80,000,000 yuan to flood victims."),
    ("The EU will give \u20ac40 million to the refugees.", "Brussels pledges 40 million euros for the refugees."),
    ("The firm was fined \u00a32.5 million by the regulator.", "Regulator fines the firm 2.5 million pounds."),
])
def test_one_sum_told_in_several_ways_is_one_sum(a, b):
    assert sums(a) and same_sum(a, b)


@pytest.mark.parametrize("a,b", [
    ("Norway pledged $12 million on Tuesday.", "Denmark pledged $15 million on Tuesday."),      # another sum
    ("Norway pledged $12 million on Tuesday.", "Norway pledged 12 million euros on Tuesday."),  # another currency
    ("OSLO, May 12 (NW) - Norway pledged aid.", "OSLO, May 12 (NW) - Norway sent tents."),    # a dateline's day
    ("12 million people need food.", "The UN says 12 million people need food."),             # people, no money
    ("A fine of $500 was imposed.", "A fine of $500 was imposed."),                            # too small to tell
])
def test_no_sum_in_common(a, b):
    assert not same_sum(a, b)


# --- a pledge told by a headline and by the wire ------------------------------------------------------------------

def _actor(text: str, phrase: str, country: str | None, sector: str | None) -> Actor:
    i = text.index(phrase)
    return Actor(text=phrase, start=i, end=i + len(phrase), country=country, sector=sector, kind="agent")


def _record(aid: str, text: str, cameo: str, verb: str, src, tgt=None, day: str | None = None,
            published: str = "2029-05-08T12:00:00", dates: tuple[tuple[str, str], ...] = ()) -> ArticleRecord:
    t0 = text.index(verb)
    ev = Event(cameo=cameo, quad_class=1, goldstein=5.2, plover=None, sentence=Span(start=0, end=len(text)),
               trigger=Trigger(text=verb, start=t0, end=t0 + len(verb)), date=day,
               date_source="text" if dates else "published", status="asserted",
               source=_actor(text, *src) if src else None, target=_actor(text, *tgt) if tgt else None)
    ds = [Date(text=p, start=text.index(p), end=text.index(p) + len(p), value=v, rule="weekday") for p, v in dates]
    return ArticleRecord(article=Article(id=aid, text=text, published=published, source=aid), dates=ds, events=[ev])


def _brief(aid: str, text: str, donor: str, cc: str, to: str | None = None, tcc: str | None = None) -> ArticleRecord:
    return _record(aid, text, "0333", "pledges", (donor, cc, None), (to, tcc, None) if to else None,
                   day="2029-05-08", published="2029-05-08T13:00:00")


def _wire(aid: str, text: str, donor: str, cc: str, sector: str | None = "GOV", day: str = "2029-05-08",
          published: str = "2029-05-08T12:00:00", phrase: str = "on Tuesday") -> ArticleRecord:
    return _record(aid, text, "0333", "pledged", (donor, cc, sector), None, day=day, published=published,
                   dates=((phrase, day),))


def _where(records: list[ArticleRecord]) -> dict[str, int]:
    ms = [m for r in records for m in mentions_of(r)]
    return {ms[i].article_id: k for k, c in enumerate(cluster_by_family(ms)) for i in c.members + c.copies}


BRIEFS = [
    ("Norway pledges $12m for Sahel drought relief.", "Norway", "NOR", "Sahel", None),
    ("Norway pledges $12m to Niger.", "Norway", "NOR", "Niger", "NER"),
    ("Oslo pledges $12 million in drought aid.", "Oslo", "NOR", None, None),
]
WIRE = ("OSLO, May 8 (NW) - Norway's government pledged $12 million in emergency aid on Tuesday for families hit by "
        "the drought in the Sahel, the foreign ministry said.")


@pytest.mark.parametrize("text,donor,cc,to,tcc", BRIEFS)
def test_a_headline_and_the_wire_of_one_pledge_agree_on_its_sum(text, donor, cc, to, tcc):
    brief = mentions_of(_brief("brief", text, donor, cc, to, tcc))[0]
    wire = mentions_of(_wire("wire", WIRE, "Norway's government", "NOR"))[0]
    parts, best = compare_codes(brief, wire)
    assert parts["actors"] >= COUNT_AGREEMENT and best >= COUNT_AGREEMENT
    assert compare(brief, wire, text_sim=0.1).evidence >= LINK_THRESHOLD  # a link, with few words in common


def test_other_sums_leave_the_actors_as_they_were():
    brief = mentions_of(_brief("brief", "Norway pledges $5m for Sahel drought relief.", "Norway", "NOR"))[0]
    wire = mentions_of(_wire("wire", WIRE, "Norway's government", "NOR"))[0]
    parts, best = compare_codes(brief, wire)
    assert parts["actors"] < COUNT_AGREEMENT and best < COUNT_AGREEMENT
    assert compare(brief, wire, text_sim=0.1).evidence < LINK_THRESHOLD


def test_one_sentence_of_one_article_is_no_second_report_of_its_sum():
    text = "Norway pledged $12 million in aid on Tuesday, and the Sahel states pledged to match the $12 million."
    a = mentions_of(_record("one", text, "0333", "pledged", ("Norway", "NOR", "GOV"), day="2029-05-08",
                            dates=(("on Tuesday", "2029-05-08"),)))[0]
    b = mentions_of(_record("one", text, "0333", "pledged to", ("the Sahel states", None, "GOV"), day="2029-05-08",
                            dates=(("on Tuesday", "2029-05-08"),)))[0]
    codes = compare_codes(a, b)
    assert codes is None or codes[1] < COUNT_AGREEMENT


def test_one_sum_never_joins_other_donors_or_another_week():
    """The sum lifts agreeing actors, never contradicting ones: another donor's pledge of the same sum, the same
    day, and the donor's pledge of that sum a week later stay apart from the pledge, in any arrival order."""
    records = [
        _brief("brief", "Norway pledges $12m for Sahel drought relief.", "Norway", "NOR"),
        _wire("wire", WIRE, "Norway's government", "NOR"),
        _wire("denmark", "COPENHAGEN, May 8 (NW) - Denmark's government pledged $12 million in emergency aid on "
                         "Tuesday for drought-hit families in Chad.", "Denmark's government", "DNK"),
        _wire("later", "Norway's government pledged $12 million on Tuesday for flood victims in Mozambique.",
              "Norway's government", "NOR", day="2029-05-15", published="2029-05-15T12:00:00"),
    ]
    for seed in range(4):
        order = records[:]
        random.Random(seed).shuffle(order)
        where = _where(order)
        assert where["brief"] == where["wire"]
        assert len({where["wire"], where["denmark"], where["later"]}) == 3
