"""The tenth round's clustering rules, on mentions and records built by hand (no model), each checked both
ways: an acronym names the actor whose initials it spells ("EU" and "the European Union"); a place named only
by the dateline is where the story was filed, which tells the country, not the city. The cluster gold set's
figures are checked in tests/test_happenings.py."""

from __future__ import annotations

from datetime import date

from lapwing.schema import Actor, Article, ArticleRecord, Event, Place, Span, Trigger
from lapwing.store.evidence import compare, same_name
from lapwing.store.mentions import ActorKey, Mention, PlaceKey, article_setting, dateline_end, mentions_of

BRUSSELS = PlaceKey("Brussels", "BEL", 50.85, 4.35, "city")


def _actor(text: str, country: str | None, sector: str | None, names: tuple[str, ...] = ()) -> ActorKey:
    return ActorKey(text, country, sector, frozenset(names))


def _m(aid: str, cameo: str, src: ActorKey | None, tgt: ActorKey | None, day: str,
       place: PlaceKey | None = None, sentence: str = "") -> Mention:
    d = date.fromisoformat(day)
    return Mention(aid, 0, cameo, None, 4, -5.0, "asserted", src, tgt, d, d, True, place, sentence, day, aid, 0.8)


IRAN_OFFICIALS = _actor("eight Iranian officials", "IRN", "GOV")


def test_an_acronym_names_the_actor_whose_initials_it_spells():
    assert same_name(frozenset({"eu"}), frozenset({"european", "union"}))
    assert same_name(frozenset({"tnla"}), frozenset({"ta'ang", "national", "liberation", "army"}))
    # other initials, a long word, or one name word against one are other actors
    assert not same_name(frozenset({"un"}), frozenset({"european", "union"}))
    assert not same_name(frozenset({"eu"}), frozenset({"union"}))
    assert not same_name(frozenset({"european"}), frozenset({"economic", "union"}))
    eu = _actor("EU", "EUR", "IGO", ("eu",))
    union = _actor("The European Union", "EUR", "IGO", ("european", "union"))
    brief = _m("brief", "163", eu, IRAN_OFFICIALS, "2026-01-26")
    wire = _m("wire", "163", union, IRAN_OFFICIALS, "2026-01-26", BRUSSELS)
    assert compare(brief, wire) is not None
    # the initials of another body do not make it the same actor
    asean = _actor("The Association of Southeast Asian Nations", "EUR", "IGO", ("association", "southeast", "asian", "nations"))
    assert compare(brief, _m("other", "163", asean, IRAN_OFFICIALS, "2026-01-26")) is None


# ------------------------------------------------------------------------------------ datelines

BERLIN = PlaceKey("Berlin", "DEU", 52.52, 13.405, "city")
HAMBURG = PlaceKey("Hamburg", "DEU", 53.55, 9.993, "city")
CITIES = {"KARLSRUHE": ("DEU", 49.009, 8.404), "Karlsruhe": ("DEU", 49.009, 8.404), "Berlin": ("DEU", 52.52, 13.405),
          "OTTAWA": ("CAN", 45.421, -75.697), "Mexico City": ("MEX", 19.433, -99.133)}


def _arrest_record(text: str, at: str) -> ArticleRecord:
    """One arrest by German police, placed by the coder where ``at`` first stands in the text."""
    places = []
    for name, (cc, lat, lon) in CITIES.items():
        if name in text:
            i = text.index(name)
            places.append(Place(text=name, start=i, end=i + len(name), name=name.title(), country=cc, lat=lat, lon=lon,
                                kind="city"))
    places.sort(key=lambda p: p.start)
    t0 = text.index("detained")
    i = text.index(at)
    ev = Event(cameo="173", quad_class=4, goldstein=-5.0, plover=None, sentence=Span(start=0, end=len(text)),
               trigger=Trigger(text="detained", start=t0, end=t0 + 8), date="2026-01-22", date_source="text",
               source=Actor(text="police", country="DEU", sector="COP", start=0, end=1),
               place=next(p for p in places if p.start == i))
    return ArticleRecord(article=Article(id=at, text=text, published="2026-01-22"), places=places, events=[ev])


def test_a_place_named_only_by_the_dateline_tells_the_country_not_the_city():
    assert dateline_end("KARLSRUHE, Jan 22 (CW) - Police detained six men.") == len("KARLSRUHE, Jan 22 (CW) - ")
    assert dateline_end("Karlsruhe police detained six men.") == 0  # a sentence, not a dateline
    filed = _arrest_record("KARLSRUHE, Jan 22 (CW) - Police detained six suspects on Thursday, prosecutors said.",
                           "KARLSRUHE")
    (m,) = mentions_of(filed)
    assert m.place is not None and m.place.country == "DEU" and not m.place.point_like and m.place.inferred
    in_berlin = _m("wire", "173", _actor("police", "DEU", "COP"), None, "2026-01-22", BERLIN)
    assert compare(m, in_berlin) is not None
    # a place the sentence itself names is the event's own: Karlsruhe in the text is not Berlin
    own = _arrest_record("Police detained six suspects in Karlsruhe on Thursday.", "Karlsruhe")
    (k,) = mentions_of(own)
    assert k.place is not None and k.place.point_like and compare(k, in_berlin) is None
    # the dateline still tells the country: filed from Ottawa is no arrest in Mexico City
    abroad = _arrest_record("OTTAWA, Jan 22 (CW) - Police detained six suspects on Thursday.", "OTTAWA")
    (o,) = mentions_of(abroad)
    assert compare(o, _m("mx", "173", _actor("police", "DEU", "COP"), None, "2026-01-22",
                         PlaceKey("Mexico City", "MEX", 19.433, -99.133, "city"))) is None


def test_the_dateline_makes_no_setting_where_the_text_names_a_city():
    both = _arrest_record("KARLSRUHE, Jan 22 (CW) - Police detained six suspects in Berlin on Thursday.", "Berlin")
    s = article_setting(both)
    assert s is not None and s.name == "Berlin" and s.inferred
    only = _arrest_record("KARLSRUHE, Jan 22 (CW) - Police detained six suspects on Thursday.", "KARLSRUHE")
    s = article_setting(only)
    assert s is not None and s.country == "DEU" and not s.point_like


# ------------------------------------------------------------------------------------ whom force falls on

def test_unnamed_people_and_an_unnamed_armed_group_may_be_whom_one_arrest_fell_on():
    police = _actor("German police", "DEU", "COP")
    men = _actor("six men", "DEU", "CVL")
    members = _actor("six suspected members of a far-right militant group", "DEU", "INS")
    arrested = _m("wire", "173", police, members, "2026-01-22", BERLIN)
    assert compare(arrested, _m("spree", "173", police, men, "2026-01-22", BERLIN)) is not None
    # as the ones who act they stay apart: men who protested are no armed group that attacked
    assert compare(_m("a", "190", members, None, "2026-01-22", BERLIN),
                   _m("b", "190", men, None, "2026-01-22", BERLIN)) is None
    # nor in a statement, and a named group is known by its name
    assert compare(_m("a", "112", police, members, "2026-01-22"), _m("b", "112", police, men, "2026-01-22")) is None
    named = _actor("the Eastern Guard", "DEU", "INS", ("eastern", "guard"))
    assert compare(_m("a", "173", police, named, "2026-01-22", BERLIN),
                   _m("b", "173", police, men, "2026-01-22", BERLIN)) is None


# ------------------------------------------------------------------------------------ the event's place

def test_the_event_takes_the_most_specific_place_its_reports_name():
    from lapwing.store.clustering import event_place

    police = _actor("German police", "DEU", "COP")
    brief = _m("brief", "173", police, None, "2026-01-22")
    setting = PlaceKey("Hamburg", "DEU", 53.55, 9.993, "city", inferred=True)
    filed = _m("update", "173", police, None, "2026-01-22", PlaceKey(None, "DEU", None, None, "country", inferred=True))
    germany = _m("tv", "173", police, None, "2026-01-22", PlaceKey("Germany", "DEU", 51.0, 10.0, "country"))
    wire = _m("wire", "173", police, None, "2026-01-22", BERLIN)
    set_in = _m("blog", "173", police, None, "2026-01-22", setting)
    # a brief that names no place: the city the others name, over a country and over an article's setting
    assert event_place([brief, filed, germany, wire, set_in], brief) == BERLIN
    assert event_place([brief, germany, set_in], brief).name == "Germany"
    # nothing named: the representative's setting; a representative's own place stays the event's
    assert event_place([brief, set_in], set_in) == setting
    assert event_place([germany, wire], germany).name == "Germany"


# ------------------------------------------------------------------------------------ meetings over several days

def _talks(text: str, cameo: str, day: str) -> ArticleRecord:
    t0 = text.index("talks") if "talks" in text else text.index("negotiations")
    ev = Event(cameo=cameo, quad_class=1, goldstein=1.0, plover=None, sentence=Span(start=0, end=len(text)),
               trigger=Trigger(text="talks", start=t0, end=t0 + 5), date=day, date_source="text",
               source=Actor(text="the regime", country=None, sector="GOV", start=0, end=1))
    return ArticleRecord(article=Article(id=day + cameo, text=text, published=day), events=[ev])


def test_a_meeting_that_says_how_many_days_it_lasts_spans_them():
    from lapwing.store.mention_days import event_days

    ended = _talks("Three days of negotiations between the regime and the rebels ended on Wednesday.", "046", "2026-02-04")
    assert event_days(ended, ended.events[0]) == (date(2026, 2, 2), date(2026, 2, 6), False)
    second = _talks("The talks entered a second day in Kunming on Tuesday.", "040", "2026-02-03")
    assert event_days(second, second.events[0]) == (date(2026, 2, 2), date(2026, 2, 4), False)
    # a meeting that does not say, or an attack that lasts days, keeps its one day
    plain = _talks("The regime held talks with the rebels on Wednesday.", "040", "2026-02-04")
    assert event_days(plain, plain.events[0]) == (date(2026, 2, 4), date(2026, 2, 4), True)
    fight = _talks("After three days of fighting, talks collapsed on Wednesday.", "190", "2026-02-04")
    assert event_days(fight, fight.events[0]) == (date(2026, 2, 4), date(2026, 2, 4), True)
    # two lengths in one sentence say nothing certain
    both = _talks("A two-day visit ended with three days of talks on Wednesday.", "040", "2026-02-04")
    assert event_days(both, both.events[0])[2] is True
