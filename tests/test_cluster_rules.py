"""The clustering's rules for reports that word one happening differently, on mentions built by hand (no
model): the authorities as the force that acted, a crowd described its own way by each outlet, a country
named for something else, the article's setting for an event without a place (and a setting in one party's
country), a capital named by its country, a place the text calls a region, the place a statement is about,
a collective actor, the parties one trigger names, single linkage under cannot-link constraints, one article's
mentions always compared, and partial reports joining the one happening of several reports they fit. Each rule is checked both ways: where it joins and where it must not.
The cluster gold set's figures are checked in tests/test_happenings.py."""

from __future__ import annotations

import random
from datetime import date, timedelta

from lapwing.schema import Article, ArticleRecord, Place
from lapwing.schema import Actor
from lapwing.store.clustering import cluster
from lapwing.store.evidence import compare, place_agreement
from lapwing.store.mentions import ActorKey, Mention, PlaceKey, actor_key, article_setting, capital_in, place_key

NAIROBI = PlaceKey("Nairobi", "KEN", -1.286, 36.817, "city")
MOMBASA = PlaceKey("Mombasa", "KEN", -4.043, 39.668, "city")
DAKAR = PlaceKey("Dakar", "SEN", 14.693, -17.447, "city")
WASHINGTON = PlaceKey("Washington", "USA", 38.895, -77.037, "city")
CHINA = PlaceKey("China", "CHN", 35.0, 105.0, "country")
SENEGAL = PlaceKey("Senegal", "SEN", 14.5, -14.5, "country")


def actor(text, country=None, sector=None, names=()):
    return ActorKey(text, country, sector, frozenset(names))


POLICE = actor("Kenyan police", "KEN", "COP")
AUTHORITIES = actor("Kenyan authorities", "KEN", "GOV")
PROTESTERS = actor("protesters", "KEN", "CVL")
STUDENTS = actor("students", "KEN", "EDU")
OPPOSITION = actor("opposition supporters", "KEN", "OPP")
ODINGA = ActorKey("Raila Odinga", "KEN", "OPP", frozenset({"raila", "odinga"}), person=True)


def mention(aid, idx, cameo, src, tgt, day=None, precise=True, place=None, sentence="", trigger=-1):
    d0 = d1 = date.fromisoformat(day) if day else None
    if d0 and not precise:
        d0 = d1 - timedelta(days=3)
    return Mention(aid, idx, cameo, None, 4, -5.0, "asserted", src, tgt, d0, d1, precise, place,
                   sentence, day, aid, 0.8, trigger_start=trigger)


def groups(ms):
    return sorted(sorted(ms[i].key for i in c.members + c.copies) for c in cluster(ms))


# ------------------------------------------------------------------------------------ actors


def test_the_authorities_may_be_the_force_that_acted_but_not_the_speaker_of_a_statement():
    arrest = mention("a", 0, "173", POLICE, PROTESTERS, "2024-03-05")
    assert compare(arrest, mention("b", 0, "173", AUTHORITIES, PROTESTERS, "2024-03-05")) is not None
    # a statement by the government is not one by the police
    said = mention("a", 1, "111", POLICE, OPPOSITION, "2024-03-05")
    assert compare(said, mention("b", 1, "111", AUTHORITIES, OPPOSITION, "2024-03-05")) is None


def test_a_crowd_is_described_by_each_outlet_its_own_way_in_a_protest():
    a = mention("a", 0, "141", PROTESTERS, None, "2024-03-26")
    assert compare(a, mention("b", 0, "141", STUDENTS, None, "2024-03-26")) is not None
    assert compare(a, mention("c", 0, "141", OPPOSITION, None, "2024-03-26")) is not None
    # a named leader is not "protesters"; another country's crowd is another crowd; outside protest and
    # force (a meeting) the sectors still tell actors apart
    assert compare(a, mention("d", 0, "141", ODINGA, None, "2024-03-26")) is None
    assert compare(a, mention("e", 0, "141", actor("protesters", "UGA", "CVL"), None, "2024-03-26")) is None
    met = mention("f", 0, "040", PROTESTERS, POLICE, "2024-03-26")
    assert compare(met, mention("g", 0, "040", OPPOSITION, POLICE, "2024-03-26")) is None


# ------------------------------------------------------------------------------------ places


def test_a_country_none_of_the_actors_belongs_to_contradicts_nothing():
    usa, iran = actor("the United States", "USA"), actor("Iranian oil firms", "IRN", "BUS")
    a = mention("a", 0, "163", usa, iran, "2024-03-06", place=WASHINGTON)
    b = mention("b", 0, "163", usa, iran, "2024-03-06", place=CHINA)  # "... for shipping crude to China"
    assert compare(a, b) is not None
    # but the country where unnamed protesters rallied is where they rallied
    crowd = actor("protesters", None, "CVL")
    c = mention("c", 0, "141", crowd, None, "2024-03-05", place=NAIROBI)
    d = mention("d", 0, "141", crowd, None, "2024-03-05", place=SENEGAL)
    assert compare(c, d) is None


def test_a_city_the_sentence_is_about_is_not_where_two_actors_met():
    usa, egy = actor("Antony Blinken", "USA", "GOV", {"blinken"}), actor("President Sisi", "EGY", "GOV", {"sisi"})
    cairo = PlaceKey("Cairo", "EGY", 30.044, 31.236, "city")
    rafah = PlaceKey("Rafah", "PSE", 31.297, 34.245, "city")  # "discussed the situation in Rafah"
    assert compare(mention("a", 0, "040", usa, egy, "2024-03-21", place=cairo),
                   mention("b", 0, "040", usa, egy, "2024-03-21", place=rafah)) is not None
    # two venues abroad are two meetings
    rus, ukr = actor("Russia", "RUS", "GOV"), actor("Ukraine", "UKR", "GOV")
    geneva = PlaceKey("Geneva", "CHE", 46.2, 6.15, "city")
    istanbul = PlaceKey("Istanbul", "TUR", 41.01, 28.97, "city")
    assert compare(mention("c", 0, "040", rus, ukr, "2024-03-21", place=geneva),
                   mention("d", 0, "040", rus, ukr, "2024-03-21", place=istanbul)) is None


def _record(aid, *places):
    art = Article(id=aid, text="x" * 200, published="2024-03-06")
    return ArticleRecord(article=art, places=[Place(text=n, start=0, end=1, name=n, country=c, lat=la, lon=lo, kind=k)
                                              for n, c, la, lo, k in places])


def test_the_article_setting_is_its_one_city_or_none():
    nairobi = ("Nairobi", "KEN", -1.286, 36.817, "city")
    s = article_setting(_record("a", ("Kenya", "KEN", 0.0, 38.0, "country"), nairobi, nairobi))
    assert s is not None and s.name == "Nairobi" and s.inferred
    assert article_setting(_record("b", nairobi, ("Mombasa", "KEN", -4.043, 39.668, "city"))) is None  # a round-up
    assert article_setting(_record("c", ("Kenya", "KEN", 0.0, 38.0, "country"))) is None


def test_an_inferred_setting_contradicts_another_city_but_agrees_more_weakly():
    gas = actor("riot police", None, "COP")
    own = mention("a", 0, "175", gas, PROTESTERS, "2024-03-05", place=NAIROBI)
    inferred = PlaceKey("Nairobi", "KEN", -1.286, 36.817, "city", inferred=True)
    set_in = mention("b", 0, "175", gas, PROTESTERS, "2024-03-05", place=inferred)
    assert compare(own, set_in).parts["place"] < compare(own, mention("c", 0, "175", gas, PROTESTERS, "2024-03-05",
                                                                      place=NAIROBI)).parts["place"]
    dakar = PlaceKey("Dakar", "SEN", 14.693, -17.447, "city", inferred=True)
    assert compare(own, mention("d", 0, "175", gas, PROTESTERS, "2024-03-05", place=dakar)) is None


# ------------------------------------------------------------------------------------ clustering


def test_single_linkage_never_puts_two_contradicting_reports_together():
    # b links strongly to both a (Nairobi) and c (Mombasa); a and c contradict: b joins one of them only
    s = "Kenyan police arrested protesters on Tuesday."
    a = mention("a", 0, "173", POLICE, PROTESTERS, "2024-03-05", place=NAIROBI, sentence=s)
    b = mention("b", 0, "173", POLICE, PROTESTERS, "2024-03-05", sentence=s)
    c = mention("c", 0, "173", POLICE, PROTESTERS, "2024-03-05", place=MOMBASA, sentence=s)
    got = groups([a, b, c])
    assert len(got) == 2 and [("a", 0), ("c", 0)] not in [[k for k in g if k != ("b", 0)] for g in got]
    for _ in range(5):
        ms = [a, b, c]
        random.Random(_).shuffle(ms)
        assert groups(ms) == got


def test_one_articles_victims_and_attacker_are_compared_across_blocks():
    # "Six people were killed when Russian missiles hit apartment buildings": one mention codes only the
    # victims (UKR), the other only the attacker (RUS); no country in common, one sentence
    s = "Six people were killed when Russian missiles hit apartment buildings on Thursday."
    victims = mention("w", 0, "190", None, actor("Six people", "UKR", "CVL"), "2024-03-21", sentence=s, trigger=16)
    attacker = mention("w", 1, "190", actor("Russian missiles", "RUS", "MIL"), None, "2024-03-21", sentence=s, trigger=45)
    assert groups([victims, attacker]) == [[("w", 0), ("w", 1)]]


def _partial_scenario(with_rival: bool):
    full = "Kenyan police arrested 35 protesters in Nairobi on Tuesday as thousands marched against a fuel tax."
    ms = [
        mention("wire", 0, "173", POLICE, PROTESTERS, "2024-03-05", place=NAIROBI, sentence=full),
        mention("daily", 0, "173", POLICE, PROTESTERS, "2024-03-05", place=NAIROBI,
                sentence="Police in Nairobi detained 35 demonstrators on Tuesday during a march."),
        # a live blog: "Police", no country, no place, no date of its own
        mention("live", 0, "173", actor("Police", None, "COP"), actor("dozens of protesters", None, "CVL"),
                "2024-03-05", precise=False, sentence="Police have arrested dozens of protesters outside parliament."),
    ]
    if with_rival:  # the same arrests reported by two outlets in Mombasa, which the live blog fits as well
        ms += [mention("coast", 0, "173", POLICE, PROTESTERS, "2024-03-05", place=MOMBASA,
                       sentence="Kenyan police arrested 12 protesters in Mombasa on Tuesday."),
               mention("coast2", 0, "173", POLICE, PROTESTERS, "2024-03-05", place=MOMBASA,
                       sentence="Twelve demonstrators were held in Mombasa on Tuesday, police said.")]
    return ms


def test_a_partial_report_joins_the_one_happening_it_fits():
    ms = _partial_scenario(with_rival=False)
    assert compare(ms[0], ms[2]).evidence < 0.45  # too little to link on its own
    assert groups(ms) == [[("daily", 0), ("live", 0), ("wire", 0)]]


def test_a_partial_report_that_fits_two_happenings_stays_apart_in_any_order():
    ms = _partial_scenario(with_rival=True)
    expected = [[("coast", 0), ("coast2", 0)], [("daily", 0), ("wire", 0)], [("live", 0)]]
    rng = random.Random(3)
    for _ in range(6):
        rng.shuffle(ms)
        assert groups(ms) == expected


# ------------------------------------------------------------------------------------ this round's rules


def _text_record(text, *places):
    art = Article(id="t", text=text, published="2024-03-26")
    return ArticleRecord(article=art, places=[Place(text=t, start=text.index(t), end=text.index(t) + len(t), name=n,
                                                    country=c, lat=la, lon=lo, kind=k, admin1=a1)
                                              for t, n, c, la, lo, k, a1 in places])


def test_a_capital_named_by_its_country_is_that_city():
    text = "Demonstrators protested in the Georgian capital on Tuesday. Georgian troops stayed in barracks."
    rec = _text_record(text, ("Georgian", "Georgia", "GEO", 42.0, 43.5, "adjectival", None))
    first = text.index(".") + 1
    tbilisi = capital_in(rec, 0, first)
    assert tbilisi is not None and tbilisi.name == "Tbilisi" and tbilisi.point_like and not tbilisi.inferred
    assert capital_in(rec, first, len(text)) is None  # "Georgian troops": no capital named
    text2 = "Farmers rallied in Poland's capital on Thursday."
    warsaw = capital_in(_text_record(text2, ("Poland", "Poland", "POL", 52.0, 20.0, "country", None)), 0, len(text2))
    assert warsaw is not None and warsaw.name == "Warsaw"


def test_a_place_the_text_calls_a_region_holds_its_cities_and_no_others():
    text = "Jets bombed a village in the Sagaing region on Wednesday, and shelled Sagaing town later."
    rec = _text_record(text, ("Sagaing", "Sagaing", "MMR", 21.88, 95.98, "city", "Sagaing"))
    region = place_key(rec.places[0], text)
    assert region.kind == "admin1" and not region.point_like and region.region
    town = Place(text="Sagaing", start=text.rindex("Sagaing"), end=text.rindex("Sagaing") + 7, name="Sagaing",
                 country="MMR", lat=21.88, lon=95.98, kind="city", admin1="Sagaing")
    assert place_key(town, text).point_like
    kanbalu = PlaceKey("Kanbalu", "MMR", 23.2, 95.52, "city", admin1="Sagaing")  # 150 km from Sagaing town
    magway = PlaceKey("Magway", "MMR", 20.15, 94.93, "city", admin1="Magway")
    assert place_agreement(region, kanbalu) == 0.5
    assert place_agreement(region, magway) is None
    assert place_agreement(place_key(town, text), kanbalu) is None  # two towns 150 km apart


def test_a_setting_in_one_partys_country_does_not_contradict_a_place_in_the_others():
    arm, aze = actor("Armenia", "ARM"), actor("Azerbaijan", "AZE")
    yerevan = PlaceKey("Yerevan", "ARM", 40.18, 44.51, "city", inferred=True)  # the dateline
    gazakh = PlaceKey("Gazakh", "AZE", 41.09, 45.37, "city")
    wire = mention("wire", 0, "057", aze, arm, "2024-04-19", place=yerevan)
    baku = mention("baku", 0, "057", aze, arm, "2024-04-19", place=gazakh)
    assert compare(wire, baku) is not None
    # the event's own place in Armenia is another place than one in Azerbaijan
    assert compare(mention("own", 0, "057", aze, arm, "2024-04-19",
                           place=PlaceKey("Yerevan", "ARM", 40.18, 44.51, "city")), baku) is None


def test_one_trigger_naming_other_parties_is_another_action():
    # "Azerbaijan and Georgia agreed ..." (one mention per party, one trigger) is not "Azerbaijan and Armenia
    # reached an agreement"; a report naming one party only contradicts neither
    s1 = "Azerbaijan and Georgia agreed on Friday to upgrade the railway."
    geo = [mention("geo", 0, "030", actor("Azerbaijan", "AZE"), None, "2024-04-19", sentence=s1, trigger=24),
           mention("geo", 1, "030", actor("Georgia", "GEO"), None, "2024-04-19", sentence=s1, trigger=24)]
    s2 = "Azerbaijan and Armenia reached an agreement on the border on Friday."
    arm = [mention("arm", 0, "057", actor("Azerbaijan", "AZE"), actor("Armenia", "ARM"), "2024-04-19", sentence=s2),
           mention("arm2", 0, "057", actor("Azerbaijan", "AZE"), actor("Armenia", "ARM"), "2024-04-19", sentence=s2)]
    got = groups(geo + arm)
    assert [("geo", 0), ("geo", 1)] in got and [("arm", 0), ("arm2", 0)] in got
    one = mention("one", 0, "057", actor("Azerbaijan", "AZE"), None, "2024-04-19", sentence=s2)
    assert [("arm", 0), ("arm2", 0), ("one", 0)] in groups(arm + [one])


def _coded(text, cameo, place_text, place):
    """A record with one event of ``cameo`` whose place is ``place_text`` (the first time the text has it)."""
    from lapwing.schema import Event, Span, Trigger

    name, country, lat, lon, kind = place
    at = text.index(place_text)
    pl = Place(text=place_text, start=at, end=at + len(place_text), name=name, country=country, lat=lat, lon=lon,
               kind=kind)
    ev = Event(cameo=cameo, quad_class=1, goldstein=1.0, plover=None, sentence=Span(start=0, end=len(text)),
               trigger=Trigger(text="x", start=0, end=1), date="2024-03-21", date_source="text", place=pl)
    return ArticleRecord(article=Article(id="t", text=text, published="2024-03-21"), places=[pl], events=[ev])


def test_the_place_a_statement_is_about_is_not_where_it_was_made():
    from lapwing.store.mentions import mentions_of

    rafah = ("Rafah", "EGY", 31.28, 34.24, "city")  # the gazetteer's Rafah is the Egyptian town
    cairo = PlaceKey("Cairo", "EGY", 30.044, 31.236, "city")
    text = "The top U.S. diplomat and the Egyptian leader discussed the situation in Rafah during a meeting in Cairo."
    about = mentions_of(_coded(text, "040", "Rafah", rafah))[0].place
    assert about.aside and place_agreement(about, cairo) == 0.0
    # the place of a material act is where it happened, whatever the words before it
    strike = "Russian missiles struck on Rafah on Thursday."
    hit = mentions_of(_coded(strike, "190", "Rafah", rafah))[0].place
    assert not hit.aside and place_agreement(hit, cairo) is None
    # nor is a meeting held in a place about it
    met = "The two leaders met in Rafah on Thursday."
    assert not mentions_of(_coded(met, "040", "Rafah", rafah))[0].place.aside


def test_an_appeal_to_the_warring_parties_is_one_to_each_of_them():
    un = actor("The UN Security Council", "UNO", "IGO", {"un", "council"})
    parties = actor_key(Actor(text="Sudan's warring parties", start=0, end=23, country="SDN", sector="PTY"))
    army, rsf = actor("the Sudanese army", "SDN", "MIL"), actor("the Rapid Support Forces", "SDN", "REB", {"rapid"})
    assert parties.collective
    assert not actor_key(Actor(text="Opposition parties", start=0, end=18, country="PAK", sector="OPP")).collective
    call = mention("a", 0, "0256", un, parties, "2024-03-08")
    assert compare(call, mention("b", 0, "0256", un, army, "2024-03-08")) is not None
    assert compare(call, mention("c", 0, "0256", un, rsf, "2024-03-08")) is not None
    # the parties of another country are other parties; one named party is not another
    assert compare(call, mention("d", 0, "0256", un, actor("Libya's rival factions", "LBY", "PTY"), "2024-03-08")) is None
    assert compare(mention("e", 0, "0256", un, army, "2024-03-08"), mention("f", 0, "0256", un, rsf, "2024-03-08")) is None
