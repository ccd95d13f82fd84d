"""The eighteenth round's clustering rules, on mentions built by hand (no model), each checked both ways.

One joint act (consult, cooperate, agree, a truce) is coded with other dyads by each report: "South Korea and Japan
agreed" is one mention per party with no target, "Japan signed an agreement with South Korea" one dyad. Two reports
in other articles whose triggers name the same two parties or more agree on the actors as one country and one sector
family do, unless an article tells two acts of that root family by those parties. A syndicated copy's mention joins
the canonical article's mention of the same code when the sentence they share tells two acts of one root. A
round-up's item labelled by its country ("Jordan: Border guards shot dead ...") is set in that country.
The cluster gold set's figures (part l, written this round) are checked in tests/test_happenings.py."""

from __future__ import annotations

from datetime import date, timedelta

from lapwing.schema import Actor, Article, ArticleRecord, Event, Place, Span, Trigger
from lapwing.store.clustering import SAME_PARTIES, cluster, same_parties
from lapwing.store.mentions import ActorKey, Mention, PlaceKey, mentions_of


def _state(text: str, country: str, sector: str | None = None) -> ActorKey:
    return ActorKey(text, country, sector, frozenset(), state=sector is None)


def _said(aid: str, idx: int, cameo: str, src: ActorKey | None, tgt: ActorKey | None, day: str, sentence: str,
          trigger: int, *, precise: bool = True, place: PlaceKey | None = None, status: str = "asserted") -> Mention:
    """Mention ``idx`` of article ``aid``; mentions of one article with one ``trigger`` offset are one unit."""
    d = date.fromisoformat(day)
    return Mention(aid, idx, cameo, None, 1, 4.0, status, src, tgt, d if precise else d - timedelta(days=3), d,
                   precise, place, sentence, day + "T18:00:00", aid, 0.8, trigger_start=trigger)


SEOUL = PlaceKey("Seoul", "KOR", 37.57, 126.98, "city")
AGREED = "South Korea and Japan agreed on Friday to share missile warning data, their ministers said after talks."
SIGNED = "Japan signed an agreement with South Korea yesterday on exchanging radar data, the ministry said."


def _agreed(aid: str = "wire", day: str = "2027-05-21") -> list[Mention]:
    """ "South Korea and Japan agreed": the coder's one mention per party, neither with a target."""
    return [_said(aid, 0, "0314", _state("South Korea", "KOR"), None, day, AGREED, 0, place=SEOUL),
            _said(aid, 1, "0314", _state("Japan", "JPN"), None, day, AGREED, 0, place=SEOUL)]


def test_one_joint_act_told_with_other_dyads_joins():
    signed = _said("tokyo", 0, "057", _state("Japan", "JPN"), _state("South Korea", "KOR"), "2027-05-21", SIGNED, 4)
    ms = _agreed() + [signed]
    assert [sorted(c.members) for c in cluster(ms)] == [[0, 1, 2]]
    assert same_parties(ms[0], signed, frozenset({"KOR", "JPN"}), frozenset({"JPN", "KOR"})) and SAME_PARTIES < 1.0
    # another pair of parties (Japan with the Philippines): the same words join nothing
    other = _said("tokyo", 0, "057", _state("Japan", "JPN"), _state("the Philippines", "PHL"), "2027-05-21",
                  SIGNED.replace("South Korea", "the Philippines"), 4)
    assert len(cluster(_agreed() + [other])) == 2
    # the same parties a week later: another act
    later = _said("tokyo", 0, "057", _state("Japan", "JPN"), _state("South Korea", "KOR"), "2027-05-28", SIGNED, 4)
    assert len(cluster(_agreed() + [later])) == 2


def test_a_truce_told_as_agreed_and_as_reached_joins():
    agreed = "Pakistan and Afghanistan agreed on Thursday to an immediate ceasefire after talks mediated by Qatar."
    reached = "Islamabad and Kabul reached a truce in Doha last night, a day after the clashes."
    ms = [_said("doha", 0, "0356", _state("Pakistan", "PAK"), None, "2026-04-02", agreed, 0),
          _said("doha", 1, "0356", _state("Afghanistan", "AFG"), None, "2026-04-02", agreed, 0),
          _said("karachi", 0, "0871", _state("Islamabad", "PAK", "GOV"), _state("Kabul", "AFG"), "2026-04-02",
                reached, 7)]
    assert [sorted(c.members) for c in cluster(ms)] == [[0, 1, 2]]
    # a truce of other parties that day stays apart
    ms[2] = _said("karachi", 0, "0871", _state("Islamabad", "PAK", "GOV"), _state("New Delhi", "IND"), "2026-04-02",
                  reached, 7)
    assert len(cluster(ms)) == 2


def test_an_article_telling_two_joint_acts_of_the_parties_tells_them_apart():
    """ "Presidents A and B signed a treaty ..." and "The two leaders agreed to raise trade ..." in one article: another
    report's deal of those parties may be either, so the parties alone do not join it to one."""
    signed = "Presidents Tokayev and Mirziyoyev signed a treaty on the joint use of the river's water."
    trade = "The two leaders agreed to raise bilateral trade to $10 billion by 2030."
    kaz, uzb = _state("Presidents Tokayev", "KAZ", "GOV"), _state("Mirziyoyev", "UZB", "GOV")
    points = [_said("points", 0, "057", kaz, uzb, "2027-02-05", signed, 0, precise=False),
              _said("points", 1, "031", _state("The two leaders", "KAZ", "GOV"), None, "2027-02-05", trade, 90,
                    precise=False),
              _said("points", 2, "031", _state("The two leaders", "UZB", "GOV"), None, "2027-02-05", trade, 90,
                    precise=False)]
    wire = _said("wire", 0, "057", _state("Kazakhstan", "KAZ"), _state("Uzbekistan", "UZB"), "2027-02-04",
                 "Kazakhstan and Uzbekistan signed 14 agreements on water, transport and trade on Thursday.", 0)
    groups = [sorted(c.members) for c in cluster(points + [wire])]
    assert [1, 2] in groups and not any({1, 3} <= set(g) for g in groups)
    # the same report beside an article that tells only the trade deal joins it on the parties
    alone = [_said("brief", 0, "031", _state("Kazakhstan", "KAZ"), None, "2027-02-04", trade, 0),
             _said("brief", 1, "031", _state("Uzbekistan", "UZB"), None, "2027-02-04", trade, 0)]
    assert [sorted(c.members) for c in cluster(alone + [wire])] == [[0, 1, 2]]


def test_a_copys_mention_joins_the_canonical_mention_of_its_code():
    """A sentence telling two acts of one root ("deported a journalist ..., two days after she was detained"): the
    copy's detention joins the canonical detention, not the deportation."""
    text = ("HONIARA, May 19 (PW) - Solomon Islands deported an Australian journalist on Wednesday, two days after "
            "she was detained while filming outside a police training centre.")
    slb, aus = _state("Solomon Islands", "SLB"), ActorKey("an Australian journalist", "AUS", "MED", frozenset())
    wire = [_said("wire", 0, "174", slb, aus, "2027-05-19", text, 40),
            _said("wire", 1, "173", None, None, "2027-05-17", text, 110)]
    copy = [_said("copy", 0, "174", slb, aus, "2027-05-19", text, 40),
            _said("copy", 1, "173", None, None, "2027-05-17", text, 110)]
    clusters = cluster(wire + copy, {"copy": "wire"})
    assert sorted((c.members, sorted(c.copies)) for c in clusters) == [([0], [2]), ([1], [3])]


# ------------------------------------------------------------------------------------ a round-up's item labels

def _roundup(text: str, labels: list[tuple[str, str]], trigger: str, sentence: str, source: str) -> ArticleRecord:
    """A round-up whose ``labels`` (name, ISO3) the gazetteer found as countries, with one event: ``trigger`` in
    ``sentence``, done by ``source`` (police of no coded country)."""
    places = [Place(text=n, start=text.index(n), end=text.index(n) + len(n), name=n, country=c, kind="country")
              for n, c in labels]
    s0, t0, a0 = text.index(sentence), text.index(trigger), text.index(source)
    ev = Event(cameo="193", quad_class=4, goldstein=-10.0, plover=None, sentence=Span(start=s0, end=s0 + len(sentence)),
               trigger=Trigger(text=trigger, start=t0, end=t0 + len(trigger)), date="2027-05-30", date_source="text",
               source=Actor(text=source, country=None, sector="COP", start=a0, end=a0 + len(source), kind="agent"))
    return ArticleRecord(article=Article(id="brief", text=text, published="2027-05-31T06:00:00"), places=places,
                         events=[ev])


def test_a_round_ups_item_is_set_in_the_country_that_labels_it():
    for text, sentence in [
        ("Jordan: Border guards shot dead five smugglers on Sunday. Lebanon: The army arrested nine people.",
         "Border guards shot dead five smugglers on Sunday."),
        ("Morning briefing\n- Jordan: Border guards shot dead five smugglers on Sunday.\n- Lebanon: Nine arrested.",
         "Jordan: Border guards shot dead five smugglers on Sunday."),
    ]:
        (m,) = mentions_of(_roundup(text, [("Jordan", "JOR"), ("Lebanon", "LBN")], "shot", sentence, "Border guards"))
        assert m.place is not None and m.place.country == "JOR" and m.place.inferred and not m.place.point_like
        assert m.source is not None and (m.source.country, m.source.sector) == ("JOR", "COP")  # police act at home
    # a country named with a colon inside the sentence, or an item that is not the event's: no label
    text = "Border guards shot dead five smugglers on Sunday, the army said of the talks with Lebanon: a first."
    (m,) = mentions_of(_roundup(text, [("Lebanon", "LBN")], "shot", text, "Border guards"))
    assert m.place is None and m.source is not None and m.source.country is None
    text = "Jordan: Floods closed the road. Border guards shot dead five smugglers on Sunday."
    (m,) = mentions_of(_roundup(text, [("Jordan", "JOR")], "shot", "Border guards shot dead five smugglers on Sunday.",
                                "Border guards"))
    assert m.place is None


# ------------------------------------------------------------------------------------ a riot against a force

def _riot(text: str, source: tuple[str, str | None], target: tuple[str, str | None] | None) -> Mention:
    """One riot (145) in ``text``; ``source`` and ``target``: (words, sector) of Senegal."""
    t0 = text.index("clashed")

    def who(words: str, sector: str | None) -> Actor:
        return Actor(text=words, country="SEN", sector=sector, start=text.index(words),
                     end=text.index(words) + len(words), kind="agent")

    ev = Event(cameo="145", quad_class=4, goldstein=-6.5, plover=None, sentence=Span(start=0, end=len(text)),
               trigger=Trigger(text="clashed", start=t0, end=t0 + 7), date="2024-03-04", date_source="text",
               source=who(*source), target=None if target is None else who(*target))
    (m,) = mentions_of(ArticleRecord(article=Article(id="riot", text=text, published="2024-03-04T20:00:00"),
                                     events=[ev]))
    return m


def test_a_riot_against_police_or_soldiers_is_a_fight_with_them():
    m = _riot("Senegalese protesters clashed with police in Dakar on Monday.", ("Senegalese protesters", "CVL"),
              ("police", "COP"))
    assert m.cameo == "190"  # as "Police fought opposition supporters" is
    fought = Mention("herald", 0, "190", None, 4, -10.0, "asserted", ActorKey("Police", "SEN", "COP", frozenset()),
                     ActorKey("opposition supporters", "SEN", "OPP", frozenset()), m.day_from, m.day_to, True, None,
                     "Police fought opposition supporters in Dakar on Monday.", "2024-03-04T21:00:00", "herald", 0.8)
    assert [sorted(c.members) for c in cluster([m, fought])] == [[0, 1]]
    # a riot of a crowd with no force named, or against another crowd, stays a riot
    assert _riot("Senegalese protesters clashed in Dakar on Monday.", ("Senegalese protesters", "CVL"), None).cameo == "145"
    assert _riot("Senegalese protesters clashed with rival supporters in Dakar.", ("Senegalese protesters", "CVL"),
                 ("rival supporters", "PTY")).cameo == "145"


# ------------------------------------------------------------------------------------ a place given as the target

def _posture(text: str, target: str | None, country: str | None) -> Mention:
    t0, s = text.index("moved"), text.index("Venezuela")
    ev = Event(cameo="154", quad_class=3, goldstein=-7.2, plover=None, sentence=Span(start=0, end=len(text)),
               trigger=Trigger(text="moved", start=t0, end=t0 + 5), date="2027-05-15", date_source="text",
               source=Actor(text="Venezuela", country="VEN", start=s, end=s + 9, kind="gpe"),
               target=None if target is None else Actor(text=target, country=country, start=text.index(target),
                                                        end=text.index(target) + len(target), kind="gpe"))
    (m,) = mentions_of(ArticleRecord(article=Article(id="p", text=text, published="2027-05-15T18:00:00"), events=[ev]))
    return m


def test_a_border_or_a_sea_given_as_the_target_is_no_actor():
    for text, words in [("Venezuela moved 3,000 soldiers to its eastern border on Saturday.", "its eastern border"),
                        ("Venezuela moved warships into the Caribbean Sea on Saturday.", "the Caribbean Sea")]:
        assert _posture(text, words, "VEN").target is None  # the coder's code was the possessor's, not a party's
    # the country it borders, a coast guard and an organisation named for borders stay actors
    assert _posture("Venezuela moved troops towards Guyana on Saturday.", "Guyana", "GUY").target.country == "GUY"
    assert _posture("Venezuela moved ships to face the coast guard of Guyana.", "the coast guard", "GUY").target
    assert _posture("Venezuela moved to expel Reporters Without Borders.", "Reporters Without Borders", "NGO").target
