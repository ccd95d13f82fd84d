"""The twelfth round's clustering rules, on mentions and records built by hand (no model), each checked both ways: a
truce declared is the agreement other outlets report it as; a building named like a city is not that city; criminals
are of the armed groups' family; a place the gazetteer does not know takes the place the sentence says holds it; an
act told in the present progressive happens the day the live report is published; an unnamed crowd protests at home;
a demonstration and a road blockade are one protest.
The cluster gold set's figures are checked in tests/test_happenings.py."""

from __future__ import annotations

from datetime import date

from lapwing.schema import Actor, Article, ArticleRecord, Event, Place, Span, Trigger
from lapwing.store.clustering import cluster, family_of
from lapwing.store.evidence import actor_agreement, compare, compare_codes, place_agreement, type_agreement
from lapwing.store.mentions import ActorKey, Mention, PlaceKey, mentions_of, place_key


def _actor(text: str, country: str | None, sector: str | None, names: tuple[str, ...] = (),
           state: bool = False) -> ActorKey:
    return ActorKey(text, country, sector, frozenset(names), state=state)


def _m(aid: str, cameo: str, src: ActorKey | None, tgt: ActorKey | None, day: str,
       place: PlaceKey | None = None, sentence: str = "", status: str = "asserted") -> Mention:
    d = date.fromisoformat(day)
    return Mention(aid, 0, cameo, None, 1, 5.0, status, src, tgt, d, d, True, place, sentence, day, aid, 0.8)


def _record(aid: str, text: str, trigger: str, cameo: str, places: list[Place], *, day: str = "2026-06-05",
            date_source: str = "text", source: Actor | None = None, place_at: str | None = None) -> ArticleRecord:
    """One event whose trigger is the first ``trigger`` of ``text``, placed by the coder at the place whose text
    starts where ``place_at`` first stands."""
    t0 = text.index(trigger)
    at = text.index(place_at) if place_at else -1
    ev = Event(cameo=cameo, quad_class=4, goldstein=-5.0, plover=None, sentence=Span(start=0, end=len(text)),
               trigger=Trigger(text=trigger, start=t0, end=t0 + len(trigger)), date=day, date_source=date_source,
               source=source, place=next((p for p in places if p.start == at), None))
    return ArticleRecord(article=Article(id=aid, text=text, published=day + "T15:00:00"), places=places, events=[ev])


def _place(text: str, phrase: str, name: str | None, country: str | None, lat: float | None = None,
           lon: float | None = None, kind: str | None = "city", admin1: str | None = None) -> Place:
    i = text.index(phrase)
    return Place(text=phrase, start=i, end=i + len(phrase), name=name, country=country, lat=lat, lon=lon, kind=kind,
                 admin1=admin1)


# ------------------------------------------------------------------------------------ truces

SSD_GOV = _actor("South Sudan's government", "SSD", "GOV")
WARRING = ActorKey("South Sudan's warring parties", "SSD", "PTY", frozenset(), collective=True)


def test_a_truce_declared_is_the_agreement_other_outlets_report():
    declared = _m("ruto", "0871", WARRING, None, "2026-06-05")
    signed = _m("wire", "057", SSD_GOV, _actor("the SPLM-IO", "SSD", "OPP"), "2026-06-05")
    agreed = _m("juba", "0356", _actor("the government", None, "GOV"), None, "2026-06-05")
    # compared in the agreements' block, with the weak agreement of neighbouring types
    assert declared.block_root == "05" and family_of(declared.block_root) == family_of(signed.block_root)
    assert type_agreement(declared, signed) == 0.4 and type_agreement(agreed, declared) == 0.4
    assert compare_codes(declared, signed) is not None
    # not any intent or any other way of yielding: a plan to talk (036), a release (0841), a retreat (0874)
    assert type_agreement(declared, _m("x", "036", SSD_GOV, None, "2026-06-05")) is None
    assert type_agreement(declared, _m("x", "0841", SSD_GOV, None, "2026-06-05")) is None
    assert _m("x", "0841", SSD_GOV, None, "2026-06-05").block_root == "08"
    assert compare(declared, signed, 0.1) is not None
    # another country's truce that day stays apart
    sudan = _m("sudan", "0356", _actor("Sudan's army", "SDN", "MIL"), _actor("the RSF", "SDN", "REB"), "2026-06-05")
    assert compare(declared, sudan, 0.1) is None


# ------------------------------------------------------------------------------------ places

def test_a_building_named_like_a_city_tells_its_country_not_that_city():
    text = "Lula received Modi at the Alvorada Palace on Tuesday."
    palace = place_key(_place(text, "Alvorada Palace", "Alvorada", "BRA", -30.0, -51.08, admin1="Rio Grande do Sul"))
    assert palace is not None and palace.country == "BRA" and not palace.point_like and palace.name == "Alvorada Palace"
    brasilia = PlaceKey("Brasilia", "BRA", -15.78, -47.93, "city")
    assert place_agreement(palace, brasilia) == 0.3  # a country and its city
    assert place_agreement(palace, PlaceKey("Delhi", "IND", 28.6, 77.2, "city")) is None
    house = "Modi met Hasina at Hyderabad House."
    assert not place_key(_place(house, "Hyderabad House", "Hyderabad", "IND", 17.38, 78.46)).point_like
    # a city named as itself, and a palace the gazetteer knows as a landmark, keep their points
    city = "Protesters marched in Alvorada on Tuesday."
    assert place_key(_place(city, "Alvorada", "Alvorada", "BRA", -30.0, -51.08)).point_like
    mal = "Marcos met Albanese at Malacanang Palace."
    assert place_key(_place(mal, "Malacanang Palace", "Malacanang Palace", "PHL", 14.59, 120.99,
                            kind="landmark")).point_like


def _strike(aid: str, text: str, at: str, places: list[Place]) -> Mention:
    rec = _record(aid, text, "struck" if "struck" in text else "hit", "1952", places, day="2026-06-13",
                  source=Actor(text="Turkish drones", country="TUR", sector="MIL", start=0, end=14), place_at=at)
    return mentions_of(rec)[0]


def test_a_place_the_gazetteer_does_not_know_takes_the_place_the_sentence_says_holds_it():
    erbil = "Turkish drones struck several villages in Sidakan district of the Kurdistan Region this morning."
    iraq = _strike("erbil", erbil, "Sidakan", [
        _place(erbil, "Sidakan", None, None, kind=None),
        _place(erbil, "Kurdistan Region", "Kurdistan Region", "IRQ", 36.0, 44.0, kind="admin1")])
    assert iraq.place is not None and iraq.place.country == "IRQ"
    syria = "Turkish drones also hit a vehicle near Qamishli in north-east Syria on Saturday."
    syr = _strike("syria", syria, "Qamishli", [
        _place(syria, "Qamishli", None, None, kind=None), _place(syria, "Syria", "Syria", "SYR", 35.0, 38.0,
                                                                 kind="country")])
    assert syr.place is not None and syr.place.country == "SYR"
    assert compare(iraq, syr) is None  # two countries' strikes the same day
    # a known country named later in the sentence for something else does not place the unknown village
    other = "Turkish drones struck Sidakan on Saturday, days after talks with Iraq."
    far = _strike("other", other, "Sidakan", [
        _place(other, "Sidakan", None, None, kind=None), _place(other, "Iraq", "Iraq", "IRQ", 33.0, 44.0,
                                                                kind="country")])
    assert far.place is not None and far.place.country is None


# ------------------------------------------------------------------------------------ actors in force

def test_criminals_and_an_armed_group_are_one_family_and_their_names_still_tell_them_apart():
    bandits = _actor("armed bandits", None, "CRM")
    gunmen = _actor("Gunmen", "NGA", "UAF")
    assert actor_agreement(bandits, gunmen, force=True) == 0.4
    students = _actor("15 students", "NGA", "EDU")
    one = _m("a", "181", gunmen, students, "2024-03-07")
    assert compare(one, _m("b", "181", bandits, students, "2024-03-07"), 0.1) is not None
    # named gangs and groups are told apart by their names
    assert actor_agreement(_actor("the Los Lobos gang", "ECU", "CRM", ("los", "lobos")),
                           _actor("the Choneros", "ECU", "CRM", ("choneros",)), force=True) is None
    # and criminals are not the police who arrest them
    assert actor_agreement(bandits, _actor("police", "NGA", "COP"), force=True) is None


# ------------------------------------------------------------------------------------ protests

def test_an_act_told_in_the_present_progressive_happens_the_day_the_live_report_is_published():
    from lapwing.store.evidence import date_agreement

    text = "Hundreds of lorry drivers are protesting on the highway this afternoon."
    (live,) = mentions_of(_record("tv", text, "protesting", "141", [], day="2026-06-22", date_source="published"))
    assert live.live and (live.day_from, live.day_to) == (date(2026, 6, 19), date(2026, 6, 22))
    monday = _m("wire", "144", None, None, "2026-06-22")
    assert date_agreement(live, monday) == date_agreement(monday, live) == 1.0
    # a day before its publication is no contradiction (its days are still the three before), but no longer the same
    assert date_agreement(live, _m("wire", "144", None, None, "2026-06-21")) == 0.5
    # a past report dated from its publication, "is planning", or a day the text gives, is no live report
    for sentence, trigger, source in (("Lorry drivers protested on the highway.", "protested", "published"),
                                      ("The union is planning protests on the highway.", "protests", "published"),
                                      ("Drivers are protesting on the highway since Monday.", "protesting", "text")):
        (m,) = mentions_of(_record("x", sentence, trigger, "141", [], day="2026-06-22", date_source=source))
        assert not m.live, sentence
        if source == "published":  # undated: up to three days before its publication, as before
            assert date_agreement(m, monday) == 0.5


SANTA_CRUZ = PlaceKey("Santa Cruz de la Sierra", "BOL", -17.79, -63.18, "city", admin1="Santa Cruz")


def test_an_unnamed_crowd_of_no_coded_country_protests_where_it_is():
    text = "Hundreds of lorry drivers are protesting on the highway to Cotoca."
    places = [_place(text, "Cotoca", "Cotoca", "BOL", -17.82, -63.05, admin1="Santa Cruz")]
    crowd = Actor(text="Hundreds of lorry drivers", sector="CVL", start=0, end=25)
    (m,) = mentions_of(_record("tv", text, "protesting", "141", places, source=crowd, place_at="Cotoca"))
    assert m.source is not None and m.source.country == "BOL"
    # a crowd named by its nationality keeps it; a crowd that is no protest's source keeps none
    abroad = Actor(text="Kenyan exiles", country="KEN", sector="CVL", start=0, end=13)
    (k,) = mentions_of(_record("x", text, "protesting", "141", places, source=abroad, place_at="Cotoca"))
    assert k.source.country == "KEN"
    (a,) = mentions_of(_record("x", text, "protesting", "173", places, source=crowd, place_at="Cotoca"))
    assert a.source.country is None


def test_a_demonstration_and_a_road_blockade_are_one_protest():
    drivers = _actor("Hundreds of lorry drivers", "BOL", "CVL")
    workers = _actor("Transport workers", "BOL", "LAB")
    demo = _m("tv", "141", drivers, None, "2026-06-22", SANTA_CRUZ)
    block = _m("daily", "144", workers, None, "2026-06-22", SANTA_CRUZ)
    assert type_agreement(demo, block) == 0.6
    assert [sorted(c.members) for c in cluster([demo, block])] == [[0, 1]]
    # a hunger strike or a boycott is another act; a blockade in another city is another protest
    assert type_agreement(demo, _m("x", "142", drivers, None, "2026-06-22")) is None
    la_paz = PlaceKey("La Paz", "BOL", -16.5, -68.15, "city", admin1="La Paz")
    assert compare(demo, _m("x", "144", workers, None, "2026-06-22", la_paz)) is None
