"""Session 31's clustering speed (issue #11: 10,000 articles' mentions in under 60 s): the same clusters, found with
less work. Candidate pairs come as sorted numbers from one array (``candidate_codes``), and the pairs whose days
contradict one happening whatever else they say are set aside on all pairs at once (``_compared``), their units
marked as compared, as the full comparison would mark them. Mentions built by hand (no model)."""

from __future__ import annotations

import dataclasses
import random
from collections import defaultdict
from datetime import timedelta

from lapwing.store.clustering import _compared, _countries, _weeks, candidate_codes, candidate_pairs, cluster, family_of
from lapwing.store.evidence import compare_codes
from tests.test_cluster_round19 import _actor, _m


def _reference_pairs(mentions):
    """The blocking as written before session 31: every pair added one by one."""
    blocks, by_family_week, by_family = defaultdict(list), defaultdict(list), defaultdict(list)
    for i, m in enumerate(mentions):
        fam = family_of(m.block_root)
        by_family[fam].append(i)
        for w in _weeks(m):
            by_family_week[(fam, w)].append(i)
            for c in _countries(m):
                blocks[(fam, w, c)].append(i)
    out = set()

    def add(here, near):
        out.update((min(i, j), max(i, j)) for i in here for j in near if i != j)

    by_article = defaultdict(list)
    for i, m in enumerate(mentions):
        by_article[(family_of(m.block_root), m.article_id)].append(i)
    for here in by_article.values():
        add(here, here)
    for (fam, w, c), here in blocks.items():
        if w == -1:
            add(here, by_family[fam])
            continue
        for w2 in (w, w + 1):
            add(here, by_family_week.get((fam, w2), []) if c == "*" else
                blocks.get((fam, w2, c), []) + blocks.get((fam, w2, "*"), []))
    return out


ACTORS = [_actor("Kenyan police", "KEN", "COP"), _actor("protesters", None, "CVL"), _actor("Peruvian troops", "PER", "MIL"),
          _actor("gunmen", None, "INS"), _actor("the Chilean government", "CHL", "GOV"), None]
CODES = ["190", "193", "173", "141", "145", "042", "036", "057", "0871", "111"]
SENTENCE = "Officers in the capital detained several people after a march on {}."


def _mentions(n: int, seed: int):
    rng = random.Random(seed)
    out = []
    for k in range(n):
        day = (rng.choice(["2027-03-01", "2027-03-05", "2027-03-09"]))
        m = _m(f"art-{rng.randrange(n // 3)}", rng.choice(CODES), rng.choice(ACTORS), rng.choice(ACTORS), day,
               SENTENCE.format(day), idx=k, trigger=k)
        shift = rng.choice([0, 0, 1, 2, 3, 8])
        if rng.random() < 0.1:
            m = dataclasses.replace(m, day_from=None, day_to=None)
        elif rng.random() < 0.15:
            m = dataclasses.replace(m, day_to=m.day_from + timedelta(days=30))  # a month
        else:
            m = dataclasses.replace(m, day_from=m.day_from + timedelta(days=shift), day_to=m.day_to + timedelta(days=shift))
        out.append(m)
    return out


def test_candidate_pairs_are_the_pairs_the_blocking_names_in_order():
    for seed in (1, 2, 3):
        mentions = _mentions(120, seed)
        codes = candidate_codes(mentions)
        pairs = [(int(c) // len(mentions), int(c) % len(mentions)) for c in codes]
        assert pairs == sorted(_reference_pairs(mentions)) and len(pairs) > 100
        assert candidate_pairs(mentions) == _reference_pairs(mentions)
    assert candidate_pairs([]) == set() and len(candidate_codes([])) == 0


def test_pairs_days_apart_are_set_aside_and_their_units_marked():
    police, crowd = _actor("Kenyan police", "KEN", "COP"), _actor("protesters", None, "CVL")
    sentence = "Police fired tear gas at protesters in Nairobi."
    friday = _m("a", "145", crowd, police, "2027-06-04", sentence)
    saturday = _m("b", "145", crowd, police, "2027-06-05", sentence)
    tuesday = _m("c", "145", crowd, police, "2027-06-08", sentence)
    month = dataclasses.replace(_m("d", "145", crowd, police, "2027-06-01", sentence),
                                day_to=_m("d", "145", crowd, police, "2027-06-30", sentence).day_from)
    sub = [friday, saturday, tuesday, month]
    compatible: dict[tuple[int, int], bool] = {}
    kept = _compared(sub, [0, 1, 2, 3], compatible)
    # a day apart, or inside the month: compared in full; Friday and Tuesday: set aside, marked incompatible
    assert (0, 1) in kept and (0, 3) in kept and (2, 3) in kept
    assert (0, 2) not in kept and compatible[(0, 2)] is False and compare_codes(friday, tuesday) is None
    assert (1, 2) not in kept and compatible[(1, 2)] is False
    # one unit's own pairs are never compared
    assert _compared(sub[:2], [0, 0], {}) == []


def test_the_clusters_are_those_of_the_full_comparison():
    """Every pair set aside is one ``compare_codes`` rejects, so the clusters of random mentions are unchanged by the
    shortcut: checked against the comparison of every candidate pair."""
    for seed in (4, 5):
        mentions = _mentions(90, seed)
        compatible: dict[tuple[int, int], bool] = {}
        kept = set(_compared(mentions, list(range(len(mentions))), compatible))
        for a, b in _reference_pairs(mentions):
            if (a, b) not in kept:
                assert compare_codes(mentions[a], mentions[b]) is None
                assert compatible[(a, b)] is False
        shuffled = mentions[:]
        random.Random(seed).shuffle(shuffled)
        one = {frozenset(mentions[i].key for i in c.members) for c in cluster(mentions)}
        two = {frozenset(shuffled[i].key for i in c.members) for c in cluster(shuffled)}
        assert one == two


def test_a_mentions_root_is_read_once_and_not_carried_by_a_copy():
    m = _m("a", "190", _actor("troops", "PER", "MIL"), None, "2027-06-04", "Troops fired on the camp.")
    assert m.root == "19" and m.block_root == "19"
    other = dataclasses.replace(m, cameo="173")
    assert other.root == "17" and other.block_root == "17" and other != m
    assert dataclasses.replace(other, cameo="190") == m


# ------------------------------------------------------------------------------------ a capital standing for its state

from lapwing.store.mentions import mentions_of  # noqa: E402
from tests.test_cluster_session29 import _actor as _named, _events, _place, _record  # noqa: E402

APPEAL_DAY = "2028-05-08"


def _urged(aid: str, speaker: str, speaker_cc: str, capital: str, cc: str, lat: float, lon: float,
           cameo: str = "020", verb: str = "urged") -> "object":
    """A report whose target is a capital standing for its government: the capital is the coder's place too."""
    text = f"{speaker} on Monday {verb} {capital} to lift the new tariffs on steel and aluminium."
    where = _place(text, capital, capital, cc, lat, lon)
    return _record(aid, text, cameo, verb, _named(text, speaker, speaker_cc, "GOV"),
                   _named(text, capital, cc, "GOV"), [where], where, day=APPEAL_DAY)


def _called_from_home(aid: str, speaker: str, speaker_cc: str, country: str, cc: str, home: str,
                      lat: float, lon: float) -> "object":
    text = f"{speaker} called on {country} on Monday to lift the steel tariffs, a spokesman told reporters in {home}."
    where = _place(text, home, home, speaker_cc, lat, lon)
    return _record(aid, text, "020", "called on", _named(text, speaker, speaker_cc, "GOV"),
                   _named(text, country, cc, "GOV"), [_place(text, country, country, cc, 39.8, -98.6, "country"), where],
                   where, day=APPEAL_DAY)


def test_a_capital_named_as_the_target_of_a_statement_does_not_place_it():
    for speaker, cc, home, lat, lon in [("China's foreign ministry", "CHN", "Beijing", 39.9, 116.4),
                                        ("The Brazilian government", "BRA", "Brasilia", -15.8, -47.9)]:
        wire = _urged("wire", speaker, cc, "Washington", "USA", 38.9, -77.0)
        (m,) = mentions_of(wire)
        assert m.place is not None and m.place.aside  # the state, not the city
        assert _events(wire, _called_from_home("home", speaker, cc, "the United States", "USA", home, lat, lon)) == 1
    # told in other words: "warned Moscow", a demand
    warned = _urged("warned", "The Polish government", "POL", "Moscow", "RUS", 55.75, 37.62, cameo="1012", verb="warned")
    (m,) = mentions_of(warned)
    assert m.place is not None and m.place.aside


def test_a_capital_named_apart_from_the_actors_or_a_visit_keeps_its_place():
    # "told reporters in Washington": the capital is where it was said
    text = "The Mexican ambassador urged the United States on Monday to lift the steel tariffs, speaking in Washington."
    where = _place(text, "Washington", "Washington", "USA", 38.9, -77.0)
    said = _record("said", text, "020", "urged", _named(text, "The Mexican ambassador", "MEX", "GOV"),
                   _named(text, "the United States", "USA", "GOV"), [where], where, day=APPEAL_DAY)
    (m,) = mentions_of(said)
    assert m.place is not None and not m.place.aside and m.place.country == "USA"
    # a visit to a capital the coder made the target happens there
    text = "Kenya's president began a state visit to Ankara on Monday."
    ankara = _place(text, "Ankara", "Ankara", "TUR", 39.93, 32.86)
    visit = _record("visit", text, "042", "visit", _named(text, "Kenya's president", "KEN", "GOV"),
                    _named(text, "Ankara", "TUR", "GOV"), [ankara], ankara, day=APPEAL_DAY)
    (m,) = mentions_of(visit)
    assert m.place is not None and not m.place.aside and m.place.country == "TUR"


def test_another_speakers_appeal_the_same_day_stays_apart():
    wire = _urged("wire", "China's foreign ministry", "CHN", "Washington", "USA", 38.9, -77.0)
    other = _called_from_home("other", "Canada's trade minister", "CAN", "the United States", "USA", "Ottawa", 45.4, -75.7)
    assert _events(wire, other) == 2


# ------------------------------------------------------------------------------------ a facility named after a sea

from lapwing.schema import Place  # noqa: E402
from lapwing.store.mention_places import place_key  # noqa: E402


def _embedded(text: str, phrase: str, name: str, kind: str, cc: str | None = None) -> Place:
    i = text.index(phrase)
    return Place(text=phrase, start=i, end=i + len(phrase), name=name, country=cc, lat=0.0, lon=-30.0, kind=kind,
                 rule="ner/gazetteer:embedded")


def test_a_facility_named_after_a_sea_or_a_continent_is_no_place():
    for phrase, name, kind in [("Grand Atlantic Hotel", "Atlantic Ocean", "region"),
                               ("Indian Ocean Conference Centre", "Indian Ocean", "region"),
                               ("Africa Unity Hall", "Africa", "continent"),
                               ("Caribbean Pearl Resort", "Caribbean Sea", "region")]:
        text = f"The two ministers met at the {phrase} on Monday."
        assert place_key(_embedded(text, phrase, name, kind), text) is None
    # the sea itself, a city's hospital and a country's university stay places
    text = "The navy patrolled the Atlantic Ocean near the Nairobi Hospital and Kenya University."
    assert place_key(_embedded(text, "Atlantic Ocean", "Atlantic Ocean", "region"), text) is not None
    nairobi = Place(text="Nairobi Hospital", start=text.index("Nairobi"), end=text.index("Nairobi") + 16,
                    name="Nairobi", country="KEN", lat=-1.29, lon=36.82, kind="city")
    assert place_key(nairobi, text).country == "KEN"
    kenya = _embedded(text, "Kenya University", "Kenya", "country", "KEN")
    assert place_key(kenya, text).country == "KEN"


def test_an_event_at_a_hotel_named_after_an_ocean_takes_the_articles_setting():
    text = "Samoa and Tonga signed a fisheries pact at the Grand Atlantic Hotel on Monday. Officials in Apia said " \
           "the pact covers tuna."
    hotel = _embedded(text, "Grand Atlantic Hotel", "Atlantic Ocean", "region")
    apia = _place(text, "Apia", "Apia", "WSM", -13.83, -171.76)
    rec = _record("pact", text[:text.index(" Officials")] + text[text.index(" Officials"):], "057", "signed",
                  _named(text, "Samoa", "WSM", "GOV"), _named(text, "Tonga", "TON", "GOV"), [hotel, apia], hotel)
    (m,) = mentions_of(rec)
    assert m.place is not None and m.place.country == "WSM" and m.place.name == "Apia"


def test_the_cycle_collector_is_paused_while_clustering_and_restored():
    import gc

    from lapwing.store import clustering

    seen = []
    real = clustering._cluster
    try:
        clustering._cluster = lambda ms, copy_of=None: seen.append(gc.isenabled()) or real(ms, copy_of)
        mentions = _mentions(30, 7)
        assert gc.isenabled()
        out = cluster(mentions)
        assert seen == [False] and gc.isenabled() and out == real(mentions)
        gc.disable()
        cluster(mentions)
        assert not gc.isenabled()  # a caller's own pause is kept
    finally:
        gc.enable()
        clustering._cluster = real
