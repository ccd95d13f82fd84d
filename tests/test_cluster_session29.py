"""Session 29's clustering reading (issue #11: one event per happening), on articles invented for these tests and
coded by hand (no model), each checked both ways: reports of one happening that join, and distractors (another
person's arrest the same day) that stay apart: a town the gazetteer found abroad by an alternate name the article
does not bear out is no place (store/stray_places.py)."""

from __future__ import annotations

from lapwing.schema import Actor, Article, ArticleRecord, Event, Place, Span, Trigger
from lapwing.store.clustering import cluster
from lapwing.store.mentions import mentions_of
from lapwing.store.stray_places import spelling_of, stray

DAY = "2028-02-15"


def _place(text: str, phrase: str, name: str, cc: str, lat: float, lon: float, kind: str = "city",
           rule: str = "ner/gazetteer") -> Place:
    i = text.index(phrase)
    return Place(text=phrase, start=i, end=i + len(phrase), name=name, country=cc, lat=lat, lon=lon, kind=kind,
                 rule=rule)


def _actor(text: str, phrase: str, country: str | None, sector: str | None, kind: str = "agent",
           name: str | None = None) -> Actor:
    i = text.index(phrase)
    return Actor(text=phrase, start=i, end=i + len(phrase), country=country, sector=sector, kind=kind, name=name)


def _record(aid: str, text: str, cameo: str, verb: str, source: Actor | None, target: Actor | None,
            places: list[Place], place: Place | None = None, day: str = DAY, outlet: str | None = None) -> ArticleRecord:
    t0 = text.index(verb)
    ev = Event(cameo=cameo, quad_class=4, goldstein=-5.0, plover=None, sentence=Span(start=0, end=len(text)),
               trigger=Trigger(text=verb, start=t0, end=t0 + len(verb)), date=day, date_source="text",
               source=source, target=target, place=place)
    return ArticleRecord(article=Article(id=aid, text=text, published=day, source=outlet or aid),
                         places=sorted(places, key=lambda p: p.start), events=[ev])


def _events(*records: ArticleRecord) -> int:
    return len(cluster([m for r in records for m in mentions_of(r)]))


# ------------------------------------------------------------------------------------ a town found abroad by another name

ALT = "ner/gazetteer:alternate-name+context"


def _detained_in_a_quarter(aid: str, leader: str, quarter: str) -> ArticleRecord:
    """A local paper's arrest in a quarter of the capital whose name is an alternate name of a town in Iran."""
    text = f"Detectives detained {leader}, the head of the Popular Renewal Party, in the capital's {quarter} " \
           f"quarter on Tuesday morning."
    far = _place(text, quarter, "Qom", "IRN", 34.64, 50.88, rule=ALT)
    return _record(aid, text, "173", "detained", _actor(text, "Detectives", None, "COP"),
                   _actor(text, leader, None, "OPP", "person", leader), [far], far)


def _wire_arrest(aid: str, leader: str) -> ArticleRecord:
    text = f"Police in Bangladesh arrested opposition leader {leader} at his home on Tuesday on charges of incitement."
    bgd = _place(text, "Bangladesh", "Bangladesh", "BGD", 24.0, 90.0, "country")
    return _record(aid, text, "173", "arrested", _actor(text, "Police", "BGD", "COP"),
                   _actor(text, f"opposition leader {leader}", "BGD", "OPP", "person", leader), [bgd], bgd)


def test_a_quarter_named_like_a_town_abroad_does_not_place_the_arrest_abroad():
    local = _detained_in_a_quarter("local", "Farid Hossain", "Banani")
    (m,) = mentions_of(local)
    assert m.place is None  # not Qom, Iran
    assert m.source.country is None  # and the detectives are not Iran's police
    assert _events(local, _wire_arrest("wire", "Farid Hossain")) == 1
    # without the reading the quarter's namesake put the arrest in Iran, and the two reports stayed apart
    assert stray(local, local.places[0])


def test_another_leaders_arrest_the_same_day_stays_apart():
    local = _detained_in_a_quarter("local", "Farid Hossain", "Banani")
    assert _events(local, _wire_arrest("wire", "Nadia Rahman")) == 2


def test_a_spelling_of_a_town_or_a_town_the_article_bears_out_stays_a_place():
    # another language's spelling of the town's name: the article names nothing else, and it is the town
    text = "Dock workers walked out in Antwerpen on Tuesday over pension cuts."
    antwerp = _place(text, "Antwerpen", "Antwerp", "BEL", 51.22, 4.40, rule=ALT)
    rec = _record("dock", text, "141", "walked out", _actor(text, "Dock workers", None, "LAB"), None, [antwerp], antwerp)
    assert spelling_of("Antwerpen", "Antwerp") and not stray(rec, antwerp)
    assert mentions_of(rec)[0].place.name == "Antwerp"
    # a nickname, but the article names the town's country too: borne out
    text = "Sudanese troops shelled Sandtown, the old quarter of Kadugli, on Monday."
    nick = _place(text, "Sandtown", "Kadugli", "SDN", 11.01, 29.72, rule=ALT)
    sudan = _place(text, "Sudanese", "Sudan", "SDN", 15.0, 30.0, "adjectival")
    rec = _record("shell", text, "194", "shelled", _actor(text, "Sudanese troops", "SDN", "MIL"), None,
                  [nick, sudan], nick)
    assert not stray(rec, nick) and mentions_of(rec)[0].place.name == "Kadugli"


def test_a_spelling_abroad_is_no_place_unless_a_neighbour_is_named():
    # a village in Chad spelt like a town of Italy: the article names Chad only
    text = "Gunmen raided Marota, a village in eastern Chad, on Sunday, killing four herders."
    far = _place(text, "Marota", "Marotta", "ITA", 43.77, 13.13, rule=ALT)
    chad = _place(text, "Chad", "Chad", "TCD", 15.0, 19.0, "country")
    rec = _record("raid", text, "190", "raided", _actor(text, "Gunmen", None, "UAF"), None, [far, chad], far)
    assert stray(rec, far)
    assert mentions_of(rec)[0].place is None  # not Italy (a bare country names no setting)
    # a town of Ukraine in a story that names only Russia: fighting crosses borders, the town stays
    text = "Russian drones struck Kharkiv overnight, wounding nine people."
    kharkiv = _place(text, "Kharkiv", "Kharkov", "UKR", 49.98, 36.25, rule=ALT)
    russia = _place(text, "Russian", "Russia", "RUS", 60.0, 100.0, "adjectival")
    rec = _record("drones", text, "195", "struck", _actor(text, "Russian drones", "RUS", "MIL"), None,
                  [russia, kharkiv], kharkiv)
    assert not stray(rec, kharkiv) and mentions_of(rec)[0].place.country == "UKR"


def test_a_dateline_named_by_another_name_is_read_as_a_dateline():
    text = "BOMBAY, Feb 15 (XW) - Dock workers walked out on Tuesday."
    dl = _place(text, "BOMBAY", "Mumbai", "IND", 19.07, 72.88, rule="dateline/gazetteer:alternate-name+dateline")
    rec = _record("dl", text, "141", "walked out", _actor(text, "Dock workers", None, "LAB"), None, [dl], dl)
    assert not stray(rec, dl)
