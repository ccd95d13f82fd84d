"""The twenty-sixth round's clustering rules (issue #11: one event per happening): the classes behind the
development happenings the event coder's round-23 changes split (see docs/events-across-articles.md, twenty-sixth
round). Mentions built by hand (no model), each rule checked both ways."""

from __future__ import annotations

from lapwing.store.clustering import cluster
from lapwing.store.evidence import compare_codes
from lapwing.store.mentions import ActorKey, PlaceKey, mentions_of
from tests.test_cluster_round19 import _m, _record

DAY = "2027-10-11"
OTHER_DAY = "2027-10-14"
SUMY = PlaceKey("Sumy", "UKR", 50.91, 34.80, "city", admin1="Sumy")
KHARKIV = PlaceKey("Kharkiv", "UKR", 49.99, 36.23, "city", admin1="Kharkiv")


def _a(text: str, country: str | None, sector: str | None, *names: str) -> ActorKey:
    return ActorKey(text, country, sector, frozenset(names))


def _together(clusters, *keys) -> bool:
    where = {k: n for n, c in enumerate(clusters) for k in c.members}
    return len({where[k] for k in keys}) == 1


# ------------------------------------------------------------------------------------ one article's two acts, one report

def _happening() -> list:
    """Two outlets' reports of a drone strike on a clinic in Sumy, linked to each other."""
    return [
        _m("wire", "1952", _a("A Russian drone", "RUS", "MIL"), _a("a clinic", "UKR", "HLH"), DAY,
           "A Russian drone struck a clinic in Sumy on Monday, the regional governor said.", place=SUMY),
        _m("radio", "1952", _a("Russian drones", "RUS", "MIL"), _a("a clinic", "UKR", "HLH"), DAY,
           "Russian drones hit a clinic in the centre of Sumy on Monday morning.", place=SUMY),
    ]


def _recalled(day: str = DAY) -> list:
    """A later story recalls the strike in one sentence with two verbs: the coder gives each its event (a drone
    strike, 1952, and a killing, 190), with an actor of no country, so neither links to the other reports."""
    sentence = "Rescuers cleared the last rubble in Sumy, three days after a drone struck a clinic there and killed two."
    return [
        _m("later", "1952", _a("a drone", None, None), None, day, sentence, place=SUMY, idx=0, trigger=50),
        _m("later", "190", _a("a drone", None, None), None, day, sentence, place=SUMY, idx=1, trigger=74),
    ]


def test_one_articles_two_triggers_of_one_act_join_the_happening_as_one_partial_report():
    ms = _happening() + _recalled()
    cs = cluster(ms)
    assert _together(cs, 0, 1, 2, 3)
    # the two triggers link only to each other (one sentence): without the other reports they stay one event
    alone = cluster(_recalled())
    assert len(alone) == 1


def test_one_articles_group_stays_apart_where_it_contradicts_the_happening():
    # another day for a one-day act: the recalled strike contradicts the reports and stays apart
    ms = _happening() + _recalled(OTHER_DAY)
    cs = cluster(ms)
    assert _together(cs, 0, 1) and not _together(cs, 0, 2) and _together(cs, 2, 3)
    # the same words about a strike in another town (Kharkiv, 140 km away): apart too
    sentence = "Rescuers cleared the last rubble in Kharkiv, three days after a drone struck a clinic there and killed two."
    kharkiv = [_m("later", "1952", _a("a drone", None, None), None, DAY, sentence, place=KHARKIV, idx=0, trigger=53),
               _m("later", "190", _a("a drone", None, None), None, DAY, sentence, place=KHARKIV, idx=1, trigger=77)]
    cs = cluster(_happening() + kharkiv)
    assert _together(cs, 0, 1) and not _together(cs, 0, 2) and not _together(cs, 0, 3)


def test_two_articles_linked_to_each_other_are_no_partial_report():
    # two outlets' bare reports of no country that link to each other are a happening of their own, not one report
    sentence = "A drone struck a clinic in Sumy on Monday."
    pair = [_m("blog", "1952", _a("a drone", None, None), None, DAY, sentence, place=SUMY),
            _m("feed", "1952", _a("a drone", None, None), None, DAY, sentence, place=SUMY)]
    cs = cluster(_happening() + pair)
    assert _together(cs, 2, 3) and _together(cs, 0, 1)


# ------------------------------------------------------------------------------------ a counterpart's country

def test_an_actor_whose_country_was_guessed_from_its_counterpart_is_of_no_known_country():
    text = "The Foreign Minister met her Peruvian counterpart in Lima yesterday to discuss fishing rights."
    rec = _record("courier", text, "040", "met", ("The Foreign Minister", "PER", "GOV", "title+sentence-country"),
                  ("her Peruvian counterpart", "PER", "GOV", "nationality+group"), day=DAY)
    m = mentions_of(rec)[0]
    assert m.source.country is None and m.source.sector == "GOV"
    assert m.target.country == "PER"
    wire = _m("wire", "040", _a("Chilean Foreign Minister Ana Soto", "CHL", "GOV", "ana", "soto"),
              _a("Peruvian Foreign Minister Luis Rojas", "PER", "GOV", "luis", "rojas"), DAY,
              "Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Rojas in Lima on Monday.")
    m2 = _m("courier", "040", m.source, m.target, DAY, text)
    assert compare_codes(m2, wire) is not None


def test_a_counterparts_country_stays_where_the_actor_names_its_own_or_no_counterpart_is_named():
    # the actor's own words give the country: kept
    text = "Peru's Foreign Minister met her Peruvian counterpart from the region in Lima yesterday."
    rec = _record("courier", text, "040", "met", ("Peru's Foreign Minister", "PER", "GOV", "country+title"),
                  ("her Peruvian counterpart", "PER", "GOV", "nationality+group"), day=DAY)
    assert mentions_of(rec)[0].source.country == "PER"
    # no counterpart: the guess stays (in diplomacy it tells one minister from another)
    text = "The Foreign Minister met Peruvian fishing leaders in Lima yesterday."
    rec = _record("courier", text, "040", "met", ("The Foreign Minister", "PER", "GOV", "title+sentence-country"),
                  ("Peruvian fishing leaders", "PER", "BUS", "nationality+group"), day=DAY)
    assert mentions_of(rec)[0].source.country == "PER"
