"""The day an event mention can have happened on: an undated event whose sentence names one day takes it;
and a place the text says holds villages."""

from __future__ import annotations

from datetime import date

import pytest

from lapwing.schema import Actor, Article, ArticleRecord, Date, Event, Span, Trigger
from lapwing.store.evidence import compare
from lapwing.store.mentions import event_days, mention_of


def _record(text: str, published: str, dates: list[tuple[str, str]], events: list[tuple[str, str, str | None, str]],
            aid: str = "t") -> ArticleRecord:
    """A record of ``text``: ``dates`` as (phrase, value); ``events`` as (trigger word, cameo, date, date source),
    each in the sentence that holds its trigger, with "the Guards" / "gunmen" style actors left out."""
    ds = [Date(text=t, start=text.index(t), end=text.index(t) + len(t), value=v, rule="weekday") for t, v in dates]
    evs = []
    for trig, cameo, value, source in events:
        t0 = text.index(trig)
        s0 = text.rfind(". ", 0, t0)
        s0 = 0 if s0 < 0 else s0 + 2
        s1 = text.find(".", t0) + 1 or len(text)
        evs.append(Event(cameo=cameo, quad_class=4, goldstein=-9.0, plover=None, sentence=Span(start=s0, end=s1),
                         trigger=Trigger(text=trig, start=t0, end=t0 + len(trig)), date=value, date_source=source,
                         source=Actor(text="Gunmen", country="NGA", sector="UAF", start=0, end=6)))
    return ArticleRecord(article=Article(id=aid, text=text, published=published), dates=ds, events=evs)


def _days(rec: ArticleRecord, i: int = 0) -> tuple[date | None, date | None, bool]:
    return event_days(rec, rec.events[i])


def test_an_undated_event_takes_the_one_day_its_sentence_names():
    text = "The Guards seized a foreign tanker smuggling fuel in the Gulf on Friday, state media reported."
    rec = _record(text, "2024-07-06", [("Friday", "2024-07-05")], [("seized", "1711", "2024-07-06", "published")])
    assert _days(rec) == (date(2024, 7, 5), date(2024, 7, 5), False)
    # without a day in its sentence it happened on the day of publication or up to three days before
    plain = _record("The Guards seized a foreign tanker smuggling fuel in the Gulf.", "2024-07-06", [],
                    [("seized", "1711", "2024-07-06", "published")])
    assert _days(plain) == (date(2024, 7, 3), date(2024, 7, 6), False)


@pytest.mark.parametrize("text, dates", [
    ("Police have detained 40 people since Monday, officials said.", [("Monday", "2024-07-01")]),
    ("The rebels must withdraw until Friday, the ministers said.", [("Friday", "2024-07-05")]),
    ("Troops shelled the town on Monday and on Wednesday, residents said.",
     [("Monday", "2024-07-01"), ("Wednesday", "2024-07-03")]),
    ("Police detained the organisers, who had marched on March 2, officials said.", [("March 2", "2024-03-02")]),
])
def test_a_bound_several_days_or_an_old_day_leave_the_publication_window(text, dates):
    trigger = text.split()[1]
    rec = _record(text, "2024-07-06", dates, [(trigger, "173", "2024-07-06", "published")])
    assert _days(rec) == (date(2024, 7, 3), date(2024, 7, 6), False)


def test_the_days_decide_which_reports_can_join():
    tuesday = _record("The Guards seized a container ship near Hormuz on Tuesday.", "2024-07-02",
                      [("Tuesday", "2024-07-02")], [("seized", "1711", "2024-07-02", "text")], aid="tue")
    friday = _record("The Guards seized a foreign tanker smuggling fuel in the Gulf on Friday, media said.",
                     "2024-07-05", [("Friday", "2024-07-05")], [("seized", "1711", "2024-07-05", "published")],
                     aid="fri")
    m_tue, m_fri = mention_of(tuesday, 0, tuesday.events[0]), mention_of(friday, 0, friday.events[0])
    assert compare(m_tue, m_fri) is None  # three days apart: two seizures, not one
    # a text date is the coder's: it is kept
    assert m_tue.day_from == m_tue.day_to == date(2024, 7, 2) and m_tue.precise


def test_a_town_named_like_its_region_that_holds_villages_is_the_region():
    from lapwing.schema import Place
    from lapwing.store.evidence import place_agreement
    from lapwing.store.mentions import place_key

    def sagaing(text: str, at: int) -> Place:
        return Place(text="Sagaing", start=at, end=at + 7, name="Sagaing", country="MMR", lat=21.88, lon=95.98,
                     kind="city", admin1="Sagaing")

    kanbalu = place_key(Place(text="Kanbalu", start=0, end=7, name="Kanbalu", country="MMR", lat=23.2, lon=95.52,
                              kind="city", admin1="Sagaing"))  # 150 km from Sagaing town, in Sagaing region
    for text in ("Jets bombed a village in Sagaing on Wednesday.", "A strike hit Kanbalu township of Sagaing."):
        area = place_key(sagaing(text, text.index("Sagaing")), text)
        assert area.region and not area.point_like
        assert place_agreement(area, kanbalu) == 0.5
    # the bare name may mean the town or its region: it agrees weakly with a town of the region, and a text that
    # calls it a town ("Sagaing town", "the town of Sagaing") makes it the town, 150 km from Kanbalu
    bare = "Troops shelled Sagaing on Wednesday."
    assert place_agreement(place_key(sagaing(bare, bare.index("Sagaing")), bare), kanbalu) == 0.3
    for town in ("Troops shelled Sagaing town on Wednesday.", "Troops shelled the town of Sagaing."):
        assert place_agreement(place_key(sagaing(town, town.index("Sagaing")), town), kanbalu) is None
    magway = place_key(Place(text="Magway", start=0, end=6, name="Magway", country="MMR", lat=20.15, lon=94.93,
                             kind="city", admin1="Magway"))
    assert place_agreement(place_key(sagaing(bare, bare.index("Sagaing")), bare), magway) is None  # another region
    # "the village of X" names the village; a town not named like its division keeps being a town
    village = "Gunmen raided the village of Sagaing."
    assert place_key(sagaing(village, village.index("Sagaing")), village).point_like
    other = "Jets bombed a village in Monywa."
    monywa = Place(text="Monywa", start=other.index("Monywa"), end=other.index("Monywa") + 6, name="Monywa",
                   country="MMR", lat=22.11, lon=95.13, kind="city", admin1="Sagaing")
    assert place_key(monywa, other).point_like
