"""Session 33, round cl63 (issue #11: one event per happening), on articles invented for these tests and coded by
hand (no model; ``lapwing eval clusters --why`` is tested in tests/test_cluster_why.py).

A country named as the actor (``ActorKey.state``: "Lima", "Paraguay", "Beijing") and an organ of that country's state in
another report ("Peru's foreign ministry", "Paraguay's government", "Chinese forces") agree as one country and one
sector family do (``evidence_actors.STATE_AS_ORGAN``): a brief names the state by its country or capital where the
wire names the body that acted for it. In joint acts (deals, meetings) only between reports that each tell one joint
act of their parties (``clustering.states_as_government``). Another country, a business or party of that country, and
another day stay apart; the order of arrival changes nothing."""

from __future__ import annotations

import random

import pytest

from lapwing.schema import Actor, Article, ArticleRecord, Event, Place, Span, Trigger
from lapwing.store.clustering import LINK_THRESHOLD, cluster_by_family
from lapwing.store.evidence import compare
from lapwing.store.evidence_actors import STATE_AS_ORGAN, actor_agreement
from lapwing.store.mentions import ActorKey, mentions_of


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


def _events(records: list[ArticleRecord]) -> dict[tuple[str, int], int]:
    ms = [m for r in records for m in mentions_of(r)]
    return {ms[i].key: k for k, c in enumerate(cluster_by_family(ms)) for i in c.members + c.copies}


def _partition(records: list[ArticleRecord]) -> set[frozenset[str]]:
    where = _events(records)
    groups: dict[int, set[str]] = {}
    for (aid, _idx), k in where.items():
        groups.setdefault(k, set()).add(aid)
    return {frozenset(g) for g in groups.values()}


def _key(country: str | None, sector: str | None, text: str = "x", state: bool = False,
         names: frozenset[str] = frozenset()) -> ActorKey:
    return ActorKey(text=text, country=country, sector=sector, names=names, state=state)


# ------------------------------------------------------------------ a country named as the actor, and its state's organs

@pytest.mark.parametrize("sector", ["GOV", "MIL", "COP", "JUD", "LEG"])
def test_a_country_named_as_the_actor_is_an_organ_of_its_state(sector):
    state = _key("KEN", None, "Kenya", state=True)
    organ = _key("KEN", sector, "the Kenyan side")
    assert actor_agreement(state, organ) == STATE_AS_ORGAN == actor_agreement(organ, state)
    assert actor_agreement(state, organ, verbal=True) == STATE_AS_ORGAN


def test_a_country_named_as_the_actor_controls():
    state = _key("KEN", None, "Kenya", state=True)
    assert actor_agreement(state, _key("UGA", "GOV")) is None  # another country
    assert actor_agreement(state, _key("KEN", "BUS"), verbal=True) is None  # its businesses, in diplomacy
    assert actor_agreement(state, _key("KEN", "OPP")) == 0.4  # one country, not its state: as before
    assert actor_agreement(_key("KEN", None, "Kenyans"), _key("KEN", "GOV")) == 0.4  # a country, not named as actor
    assert actor_agreement(state, _key("KEN", None, "Nairobi", state=True)) == 0.4  # two bare countries: as before
    assert actor_agreement(state, _key(None, "GOV")) == 0.1  # the government of no known country: as before


# three phrasings of acts that are not joint: a headline-only brief names the state by its capital or its country, the
# wire by the organ that acted for it
BRIEFS = [
    ("Lima condemns Quito over embassy raid.", "111", "condemns", ("Lima", "PER", None, "gpe"),
     ("Quito", "ECU", None, "gpe"),
     "Peru's foreign ministry on Tuesday condemned Ecuador's government over the police raid on its embassy.",
     "condemned", ("Peru's foreign ministry", "PER", "GOV"), ("Ecuador's government", "ECU", "GOV")),
    ("Asuncion cuts ties with Managua.", "161", "cuts", ("Asuncion", "PRY", None, "gpe"),
     ("Managua", "NIC", None, "gpe"),
     "Paraguay's government broke off diplomatic relations with Nicaragua's government on Tuesday over the detentions.",
     "broke off", ("Paraguay's government", "PRY", "GOV"), ("Nicaragua's government", "NIC", "GOV")),
    ("Beijing stages drills near Kinmen.", "150", "stages", ("Beijing", "CHN", None, "gpe"), None,
     "Chinese forces began live-fire drills near the island of Kinmen on Tuesday.",
     "began", ("Chinese forces", "CHN", "MIL"), None),
]


@pytest.mark.parametrize("b_text,code,b_verb,b_src,b_tgt,w_text,w_verb,w_src,w_tgt", BRIEFS)
def test_a_brief_naming_the_state_by_country_joins_the_wire(b_text, code, b_verb, b_src, b_tgt, w_text, w_verb,
                                                           w_src, w_tgt):
    brief = _one("brief", b_text, code, b_verb, b_src, b_tgt, day="2029-05-08", date_source="published")
    wire = _one("wire", w_text, code, w_verb, w_src, w_tgt)
    (mb,), (mw,) = mentions_of(brief), mentions_of(wire)
    assert mb.source.state
    # the brief's states and the wire's organs agree as one country and sector family: a link on its own, not only
    # a partial report's weaker join (before: 0.4 for each role, under the link threshold without shared words)
    pair = compare(mb, mw, 0.0)
    assert pair.parts["actors"] == STATE_AS_ORGAN and pair.evidence >= LINK_THRESHOLD
    where = _events([brief, wire])
    assert where[mb.key] == where[mw.key]


@pytest.mark.parametrize("b_text,code,b_verb,b_src,b_tgt,w_text,w_verb,w_src,w_tgt", BRIEFS)
def test_a_brief_stays_apart_from_another_partner_or_another_day(b_text, code, b_verb, b_src, b_tgt, w_text, w_verb,
                                                                 w_src, w_tgt):
    brief = _one("brief", b_text, code, b_verb, b_src, b_tgt, date_source="published")
    # another doer: a third country's organ doing the same that day
    other = _one("other", w_text, code, w_verb, (w_src[0], "SOM", w_src[2]), w_tgt)
    # another day that both texts name: two acts (a condemnation or drills a week later)
    later = _one("later", w_text, code, w_verb, w_src, w_tgt, day="2029-05-15", published="2029-05-15")
    wire = _one("wire", w_text, code, w_verb, w_src, w_tgt)
    where = _events([brief, other, later, wire])
    (mb,), (mo,), (ml,), (mw,) = (mentions_of(r) for r in (brief, other, later, wire))
    assert where[mb.key] != where[mo.key] and where[mw.key] != where[mo.key]
    assert where[ml.key] != where[mw.key] and where[ml.key] != where[mb.key]


def test_in_joint_acts_the_state_is_its_government_only_in_a_report_of_one_joint_act():
    """A deal or a meeting: the country named as the actor is its government where each report tells one joint act of
    its parties (clustering.states_as_government); an article telling two (a treaty, and a trade pledge of the same
    leaders) tells them apart, and another report's deal of those parties may be either."""
    from lapwing.store.clustering import states_as_government
    from lapwing.store.evidence import compare_codes

    brief = _one("brief", "Nairobi signs power deal.", "057", "signs", ("Nairobi", "KEN", None, "gpe"),
                 date_source="published")
    wire = _one("wire", "The Kenyan government signed an agreement with Ethiopia on Tuesday to buy power.", "057",
                "signed", ("The Kenyan government", "KEN", "GOV"), ("Ethiopia", "ETH", None, "gpe"))
    (mb,), (mw,) = mentions_of(brief), mentions_of(wire)
    c = compare_codes(mb, mw)
    assert c[0]["actors"] == 0.4  # in compare: one country, as before
    assert states_as_government(mb, mw, c)[0]["actors"] == STATE_AS_ORGAN
    firms = _one("firms", "Kenyan power traders signed a supply contract on Tuesday.", "057", "signed",
                 ("Kenyan power traders", "KEN", "BUS"))
    (mf,) = mentions_of(firms)
    cf = compare_codes(mb, mf)  # a country in diplomacy is never its businesses: nothing lifts them
    assert cf is None or states_as_government(mb, mf, cf)[0]["actors"] < STATE_AS_ORGAN
    condemn = _one("condemn", "Nairobi condemns the raid.", "111", "condemns", ("Nairobi", "KEN", None, "gpe"),
                   date_source="published")
    (mc,) = mentions_of(condemn)
    assert states_as_government(mc, mw, (dict(c[0]), c[1])) == (dict(c[0]), c[1])  # not joint: compare reads it
    assert _events([brief, wire])[mb.key] == _events([brief, wire])[mw.key]


def test_a_country_named_as_the_actor_is_not_its_businesses():
    brief = _one("brief", "Nairobi, Addis Ababa sign power deal.", "057", "sign", ("Nairobi", "KEN", None, "gpe"),
                 ("Addis Ababa", "ETH", None, "gpe"), date_source="published")
    firms = _one("firms", "Kenyan power traders signed a supply contract with Ethiopian Electric Power on Tuesday.",
                 "057", "signed", ("Kenyan power traders", "KEN", "BUS"), ("Ethiopian Electric Power", "ETH", "BUS"))
    where = _events([brief, firms])
    (mb,), (mf,) = mentions_of(brief), mentions_of(firms)
    assert where[mb.key] != where[mf.key]


def test_the_states_reading_depends_on_no_order():
    rows = [_one("brief", *BRIEFS[0][:5], date_source="published"), _one("wire", BRIEFS[0][5], "111", *BRIEFS[0][6:9]),
            _one("brief2", *BRIEFS[1][:5], date_source="published"), _one("wire2", BRIEFS[1][5], "161", *BRIEFS[1][6:9]),
            _one("firms", "Kenyan power traders signed a supply contract with Ethiopian Electric Power on Tuesday.",
                 "057", "signed", ("Kenyan power traders", "KEN", "BUS"), ("Ethiopian Electric Power", "ETH", "BUS"))]
    first = _partition(rows)
    assert frozenset({"brief", "wire"}) in first and frozenset({"brief2", "wire2"}) in first
    for seed in range(4):
        shuffled = rows[:]
        random.Random(seed).shuffle(shuffled)
        assert _partition(shuffled) == first
    assert _partition(rows) == first  # a re-run gives the same events
