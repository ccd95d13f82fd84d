"""The fifteenth round's clustering rules, on mentions and records built by hand (no model), each checked both ways: an
act of aid with no coded target is for the place its sentence names after "for" or "to"; two unnamed actors of one count
("45 people", "Forty-five") agree as one country and sector family do."""

from __future__ import annotations

from datetime import date

from lapwing.schema import Actor, Article, ArticleRecord, Event, Place, Span, Trigger
from lapwing.store.clustering import cluster
from lapwing.store.evidence import actor_agreement, compare, compare_codes
from lapwing.store.mention_counts import head_count
from lapwing.store.mentions import ActorKey, Mention, PlaceKey, mentions_of


def _actor(text: str, country: str | None, sector: str | None, names: tuple[str, ...] = ()) -> ActorKey:
    return ActorKey(text, country, sector, frozenset(names))


def _m(aid: str, cameo: str, src: ActorKey | None, tgt: ActorKey | None, day: str,
       place: PlaceKey | None = None, sentence: str = "", precise: bool = True, status: str = "asserted") -> Mention:
    d = date.fromisoformat(day)
    return Mention(aid, 0, cameo, None, 1, 5.0, status, src, tgt, d, d, precise, place, sentence, day, aid, 0.8)


# ------------------------------------------------------------------------------------ whom aid is for

def _aid(aid: str, text: str, trigger: str, cameo: str, places: list[tuple[str, str | None, str]],
         target: str | None = None) -> ArticleRecord:
    """One act of aid by Norway (its trigger the first ``trigger`` of ``text``), with the places ``(phrase, country,
    kind)`` of the text."""
    ps = [Place(text=w, start=text.index(w), end=text.index(w) + len(w), name=w, country=c, kind=k) for w, c, k in places]
    t0 = text.index(trigger)
    who = Actor(text="Norway", country="NOR", start=text.index("Norway"), end=text.index("Norway") + 6, kind="gpe")
    tgt = None
    if target is not None:
        tgt = Actor(text=target, country="SOM", start=text.index(target), end=text.index(target) + len(target), kind="gpe")
    ev = Event(cameo=cameo, quad_class=1, goldstein=7.0, plover=None, sentence=Span(start=0, end=len(text)),
               trigger=Trigger(text=trigger, start=t0, end=t0 + len(trigger)), date="2026-03-02", date_source="text",
               source=who, target=tgt)
    return ArticleRecord(article=Article(id=aid, text=text, published="2026-03-02T12:00:00"), places=ps, events=[ev])


def test_an_act_of_aid_is_for_the_place_its_sentence_names_after_for_or_to():
    yemen = mentions_of(_aid("a", "Norway pledged $20 million in food aid for Yemen on Monday.", "pledged", "0333",
                             [("Norway", "NOR", "country"), ("Yemen", "YEM", "country")]))[0]
    assert yemen.target is not None and yemen.target.country == "YEM"
    haiti = mentions_of(_aid("b", "Norway also pledged $5 million in food aid to the people of Haiti on Monday.",
                             "pledged", "0333", [("Norway", "NOR", "country"), ("Haiti", "HTI", "country")]))[0]
    assert haiti.target is not None and haiti.target.country == "HTI"
    assert compare_codes(yemen, haiti) is None  # one donor, one day, two recipients: two pledges
    given = mentions_of(_aid("c", "Norway sent 40 tonnes of medicine to Yemen, officials said.", "sent", "073",
                             [("Norway", "NOR", "country"), ("Yemen", "YEM", "country")]))[0]
    assert given.target is not None and given.target.country == "YEM"


def test_the_recipient_is_read_only_for_aid_without_a_target_and_never_as_the_donor():
    text = "Norway agreed to expand its fisheries cooperation, a model for Norway's partners in Africa."
    deal = mentions_of(_aid("a", text, "agreed", "030", [("Norway", "NOR", "country"), ("Africa", None, "continent")]))[0]
    assert deal.target is None  # the generic intent to cooperate is no act of aid
    own = mentions_of(_aid("b", "Norway pledged aid for Norwegian fishermen after the storm.", "pledged", "0333",
                           [("Norway", "NOR", "country"), ("Norwegian", "NOR", "adjectival")]))[0]
    assert own.target is None  # the donor's own country is not whom its aid abroad is for
    coded = mentions_of(_aid("c", "Norway pledged aid to Somalia and to Yemen.", "pledged", "0333",
                             [("Norway", "NOR", "country"), ("Somalia", "SOM", "country"), ("Yemen", "YEM", "country")],
                             target="Somalia"))[0]
    assert coded.target is not None and coded.target.country == "SOM"  # the coder's target stands
    before = mentions_of(_aid("d", "For Yemen, Norway pledged more aid on Monday.", "pledged", "0333",
                              [("Yemen", "YEM", "country"), ("Norway", "NOR", "country")]))[0]
    assert before.target is None  # only a place after the trigger


# ------------------------------------------------------------------------------------ a count outlets repeat

def test_the_count_an_actors_words_begin_with():
    assert head_count("45 people") == 45 and head_count("Forty-five") == 45 and head_count("forty five students") == 45
    assert head_count("the 14 Indian fishermen") == 14 and head_count("at least 11 civilians") == 11
    assert head_count("1,200 workers") == 1200 and head_count("a dozen protesters") == 12
    assert head_count("several hundred supporters") is None and head_count("Police") is None
    assert head_count("dozens of students") is None


def _counted(text: str, country: str | None = None, sector: str | None = "CVL") -> ActorKey:
    return ActorKey(text, country, sector, frozenset(), count=head_count(text))


def test_two_unnamed_actors_of_one_count_agree_and_other_counts_contradict_nothing():
    assert actor_agreement(_counted("Forty-five", None, None), _counted("45 people", "KEN")) == 0.7
    assert actor_agreement(_counted("Twelve", None, None), _counted("45 people", "KEN")) == 0.1  # no contradiction
    assert actor_agreement(_counted("three", None, None), _counted("3 people", "KEN")) == 0.1  # too common a number
    assert actor_agreement(_counted("45 people", "UGA"), _counted("45 people", "KEN")) is None  # two countries
    assert actor_agreement(_counted("45 soldiers", "KEN", "MIL"), _counted("45 people", "KEN")) is None  # two sectors


def test_a_report_that_gives_only_the_count_joins_the_arrests_it_counts():
    nairobi = PlaceKey("Nairobi", "KEN", -1.29, 36.82, "city")
    police = _actor("Kenyan police", "KEN", "COP")
    wire = _m("wire", "173", police, _counted("45 people", "KEN"), "2026-03-03", nairobi,
              "Kenyan police fired tear gas outside parliament in Nairobi on Tuesday and arrested 45 people.")
    later = _m("daily", "173", None, _counted("Forty-five", None, None), "2026-03-03", None,
               "Forty-five of them were taken in for questioning, a spokesman said.", precise=False)
    pair = compare(wire, later, 0.05)
    assert pair is not None and pair.evidence >= 0.45
    assert [sorted(c.members) for c in cluster([wire, later])] == [[0, 1]]
    other = _m("daily", "173", None, _counted("Twelve", None, None), "2026-03-03", None,
               "Twelve of them were taken in for questioning, a spokesman said.", precise=False)
    assert compare(wire, other, 0.05) is None  # nothing says who: no link
    assert len(cluster([wire, other])) == 2
