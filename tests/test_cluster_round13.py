"""The thirteenth round's clustering rules, on mentions and records built by hand (no model), each checked both ways: a
truce is the agreement signed or agreed, not praise of it; one city named by two reports agrees even where one reads
it as a place abroad; claims of responsibility for an act in one town are one claim however worded; a country's
parliament or presidential palace named by the country, and a capital named by no country, are that country's
capital; an unnamed crowd and a named union or party of a crowd's sector may be one actor in a protest; an acronym
the gazetteer took for a town is no place.
The cluster gold set's figures (part h, written this round) are checked in tests/test_happenings.py."""

from __future__ import annotations

from datetime import date

from lapwing.schema import Actor, Article, ArticleRecord, Event, Place, Span, Trigger
from lapwing.store.evidence import actor_agreement, compare, compare_codes, place_agreement, type_agreement, unsaid
from lapwing.store.mentions import ActorKey, Mention, PlaceKey, mentions_of


def _actor(text: str, country: str | None, sector: str | None, names: tuple[str, ...] = ()) -> ActorKey:
    return ActorKey(text, country, sector, frozenset(names))


def _m(aid: str, cameo: str, src: ActorKey | None, tgt: ActorKey | None, day: str,
       place: PlaceKey | None = None, sentence: str = "", precise: bool = True) -> Mention:
    d = date.fromisoformat(day)
    return Mention(aid, 0, cameo, None, 1, 5.0, "asserted", src, tgt, d, d, precise, place, sentence, day, aid, 0.8)


def _record(aid: str, text: str, trigger: str, cameo: str, places: list[Place], *, day: str = "2026-08-24",
            source: Actor | None = None, target: Actor | None = None, place_at: str | None = None) -> ArticleRecord:
    """One event whose trigger is the first ``trigger`` of ``text``, placed by the coder at the place whose text
    starts where ``place_at`` first stands (or nowhere)."""
    t0 = text.index(trigger)
    at = text.index(place_at) if place_at else -1
    ev = Event(cameo=cameo, quad_class=4, goldstein=-5.0, plover=None, sentence=Span(start=0, end=len(text)),
               trigger=Trigger(text=trigger, start=t0, end=t0 + len(trigger)), date=day, date_source="text",
               source=source, target=target, place=next((p for p in places if p.start == at), None))
    return ArticleRecord(article=Article(id=aid, text=text, published=day + "T15:00:00"), places=places, events=[ev])


def _place(text: str, phrase: str, name: str | None, country: str | None, lat: float | None = None,
           lon: float | None = None, kind: str | None = "city") -> Place:
    i = text.index(phrase)
    return Place(text=phrase, start=i, end=i + len(phrase), name=name, country=country, lat=lat, lon=lon, kind=kind)


def _who(text: str, phrase: str, country: str | None, sector: str | None, kind: str = "agent") -> Actor:
    i = text.index(phrase)
    return Actor(text=phrase, country=country, sector=sector, start=i, end=i + len(phrase), kind=kind)


# ------------------------------------------------------------------------------------ truces and praise of them

MALI_GOV = _actor("Mali's government", "MLI", "GOV")
REBELS = _actor("the northern rebels", "MLI", "REB")


def test_a_truce_is_the_agreement_signed_or_agreed_not_praise_of_it():
    declared = _m("radio", "0871", _actor("Mali's rival factions", "MLI", "PTY"), None, "2026-08-14")
    signed = _m("wire", "057", MALI_GOV, REBELS, "2026-08-14")
    agreed = _m("daily", "0356", _actor("the government", None, "GOV"), None, "2026-08-14")
    assert type_agreement(declared, signed) == 0.4 and type_agreement(agreed, declared) == 0.4
    # "the AU chairman welcomed the ceasefire" (051) and "rallied support for it" (053) are about the truce, not it
    welcomed = _m("au", "051", _actor("the AU chairman", "AFR", "IGO", ("au",)), MALI_GOV, "2026-08-14")
    assert type_agreement(declared, welcomed) is None and type_agreement(welcomed, declared) is None
    assert compare_codes(declared, welcomed) is None
    assert type_agreement(declared, _m("x", "053", MALI_GOV, None, "2026-08-14")) is None
    # the agreements' family itself still takes praise as a neighbour of a deal (its own reading, unchanged)
    assert type_agreement(signed, welcomed) == 0.6


# ------------------------------------------------------------------------------------ one city, one report abroad

def test_one_city_named_by_two_reports_agrees_even_where_one_reads_it_as_a_place_abroad():
    algiers = PlaceKey("Algiers", "DZA", 36.75, 3.06, "city")
    # both parties are Malian, so the wire's Algiers is read as a place abroad (what the sentence is about) ...
    wire = _m("wire", "057", MALI_GOV, REBELS, "2026-08-14", algiers, "Mali's government and the rebels signed a "
              "peace accord in Algiers on Friday.")
    local = _m("local", "0356", _actor("the government", None, "GOV"), None, "2026-08-14", algiers,
               "The government agreed in Algiers on Friday to stop the fighting.")
    codes = compare_codes(wire, local)
    assert codes is not None and codes[0]["place"] == 1.0  # ... but both name Algiers: that agrees
    # a place abroad and another city of that country: neither agreement nor contradiction, as before
    oran = PlaceKey("Oran", "DZA", 35.70, -0.63, "city")
    far = _m("x", "0356", _actor("the government", None, "GOV"), None, "2026-08-14", oran)
    codes = compare_codes(wire, far)
    assert codes is not None and codes[0]["place"] == 0.0
    # two reports that both read Algiers as their own place compare as ever
    assert place_agreement(algiers, PlaceKey("Algiers", "DZA", 36.76, 3.05, "city")) == 1.0


# ------------------------------------------------------------------------------------ claims of responsibility

def test_claims_of_responsibility_for_an_act_in_one_town_are_one_claim_however_worded():
    group = _actor("the Baloch Liberation Army", "PAK", "SEP", ("baloch", "liberation"))
    turbat = PlaceKey("Turbat", "PAK", 26.0, 63.05, "city")
    long = _m("wire", "015", group, None, "2026-08-03", turbat,
              "The Baloch Liberation Army said it carried out Sunday's bombing of a bus depot in Turbat.")
    short = _m("brief", "015", group, None, "2026-08-03", turbat, "BLA owns up to Turbat blast.")
    assert not unsaid(long, short, 0.05)
    pair = compare(long, short, 0.05)
    assert pair is not None and pair.evidence >= 0.45
    # the same group's claim of an attack elsewhere that day is another statement: what it says must be shared
    quetta = _m("x", "015", group, None, "2026-08-03", PlaceKey("Quetta", "PAK", 30.18, 67.0, "city"),
                "The group also said it shot two policemen in Quetta.")
    assert compare_codes(long, quetta) is None  # and Quetta, 500 km away, contradicts anyway
    unplaced = _m("y", "015", group, None, "2026-08-03", None, "The group said it was behind the killings.")
    assert unsaid(long, unplaced, 0.05) and compare(long, unplaced, 0.05) is None
    # other statements keep the rule: a speaker's two statements of one day in one town share only the town
    said = _m("a", "010", group, None, "2026-08-03", turbat, "The group said it would fight on.")
    denied = _m("b", "010", group, None, "2026-08-03", turbat, "A spokesman said talks were not possible.")
    assert unsaid(said, denied, 0.05)


# ------------------------------------------------------------------------------------ capitals

def test_a_parliament_named_by_its_country_is_in_the_capital_even_in_a_datelined_story():
    text = "NAIROBI, Aug 24 (XW) - Hundreds of teachers marched on Kenya's parliament on Monday over unpaid wages."
    places = [_place(text, "NAIROBI", "Nairobi", "KEN", -1.28, 36.82), _place(text, "Kenya", "Kenya", "KEN", kind="country")]
    rec = _record("w", text, "marched", "141", places, source=_who(text, "Hundreds of teachers", "KEN", "EDU"),
                  place_at="NAIROBI")
    (m,) = mentions_of(rec)
    assert m.place is not None and m.place.point_like and m.place.country == "KEN" and abs(m.place.lat + 1.28) < 0.2
    # the same march in Mombasa, 440 km away, is another march
    mombasa = _m("m", "141", _actor("teachers", "KEN", "EDU"), None, "2026-08-24",
                 PlaceKey("Mombasa", "KEN", -4.05, 39.67, "city"))
    assert compare_codes(m, mombasa) is None
    # without the parliament the dateline tells only the country
    plain = "NAIROBI, Aug 24 (XW) - Hundreds of teachers marched on Monday over unpaid wages."
    (p,) = mentions_of(_record("w2", plain, "marched", "141", [_place(plain, "NAIROBI", "Nairobi", "KEN", -1.28, 36.82)],
                               source=_who(plain, "Hundreds of teachers", "KEN", "EDU"), place_at="NAIROBI"))
    assert p.place is not None and not p.place.point_like and p.place.country == "KEN"


def test_a_capital_named_by_no_country_is_the_capital_of_the_events_country():
    text = "Nurses demonstrated in the centre of the capital today, blocking two avenues."
    rec = _record("tv", text, "demonstrated", "141", [], source=_who(text, "Nurses", "PER", "HLH"))
    (m,) = mentions_of(rec)
    assert m.place is not None and m.place.country == "PER" and m.place.point_like and abs(m.place.lat + 12.05) < 0.2
    # a state's or a province's capital, and the capital of a named division, are not the country's capital
    for other in ("Nurses demonstrated in the state capital today.", "Nurses demonstrated in the capital of Cusco today."):
        (o,) = mentions_of(_record("x", other, "demonstrated", "141", [], source=_who(other, "Nurses", "PER", "HLH")))
        assert o.place is None
    # in force, the attacker's country is not where the capital is: "the capital" is then the target's
    strike = "Russian missiles struck the capital before dawn."
    (s,) = mentions_of(_record("y", strike, "struck", "195", [], source=_who(strike, "Russian missiles", "RUS", "MIL")))
    assert s.place is None
    hit = "Missiles struck Ukrainian power plants in the capital before dawn."
    (h,) = mentions_of(_record("z", hit, "struck", "195", [], source=_who(hit, "Missiles", "RUS", "MIL"),
                               target=_who(hit, "Ukrainian power plants", "UKR", None)))
    assert h.place is not None and h.place.country == "UKR"


# ------------------------------------------------------------------------------------ a crowd and its union

def test_an_unnamed_crowd_and_a_named_union_or_party_may_be_one_actor_in_a_protest():
    crowd = _actor("Demonstrators", "GHA", "CVL")
    union = _actor("the Ghana Federation of Labour", "GHA", "LAB", ("ghana", "federation", "labour"))
    assert actor_agreement(crowd, union, force=True) == 0.4
    assert actor_agreement(union, _actor("students", None, "EDU"), force=True) == 0.2
    # two named bodies stay apart; outside protest and force, a crowd is not a union
    party = _actor("the National Democratic Congress", "GHA", "OPP", ("democratic", "congress"))
    assert actor_agreement(union, party, force=True) is None
    assert actor_agreement(crowd, union) is None
    # a named leader is not the crowd (a person, whatever the sector the coder gives him)
    leader = ActorKey("John Mahama", "GHA", "OPP", frozenset({"john", "mahama"}), person=True)
    assert actor_agreement(crowd, leader, force=True) is None
    march = _m("live", "141", crowd, None, "2026-08-24", PlaceKey("Accra", "GHA", 5.56, -0.2, "city"))
    rally = _m("wire", "1412", union, None, "2026-08-24", PlaceKey("Accra", "GHA", 5.55, -0.21, "city"))
    assert compare(march, rally, 0.05) is not None


# ------------------------------------------------------------------------------------ acronyms taken for towns

def test_an_acronym_the_gazetteer_took_for_a_town_is_no_place():
    from lapwing.store.mentions import article_setting, place_key

    text = "ARAUCA, March 8 (AW) - Fighters of the ELN freed four soldiers near Tame on Sunday."
    elne = _place(text, "ELN", "Elne", "FRA", 42.6, 2.97)
    tame = _place(text, "Tame", "Tame", "COL", 6.46, -71.74)
    dateline = _place(text, "ARAUCA", "Arauca", "COL", 7.08, -70.76)
    assert place_key(elne, text) is None
    assert place_key(tame, text) is not None and place_key(dateline, text) is not None  # a dateline in capitals
    rec = ArticleRecord(article=Article(id="x", text=text, published="2026-03-08"), places=[dateline, elne, tame])
    setting = article_setting(rec)
    assert setting is not None and setting.name == "Tame"  # Elne, 8,000 km away, no longer parts the setting
    # a name in capitals in an all-capitals text is still a town, and so is a country's code
    shouting = "GUNMEN ATTACKED A BUS NEAR TAME."
    assert place_key(_place(shouting, "TAME", "Tame", "COL", 6.46, -71.74), shouting) is not None
    usa = "The talks with the USA ended."
    assert place_key(_place(usa, "USA", "United States", "USA", 39.8, -98.6, kind="country"), usa) is not None
