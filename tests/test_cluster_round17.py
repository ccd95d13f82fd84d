"""The seventeenth round's clustering rules, on records and mentions built by hand (no model), each checked both ways:
local officials named by their state or city act in its jurisdiction (so two states' demolitions of one day stay
apart); joint exercises and patrols (062) are compared with the drills and patrols of force posture (15).
The cluster gold set's figures (part k, written this round) are checked in tests/test_happenings.py."""

from __future__ import annotations

from datetime import date

from lapwing.schema import Actor, Article, ArticleRecord, Event, Place, Span, Trigger
from lapwing.store.clustering import cluster, cluster_by_family
from lapwing.store.evidence import compare_codes, place_agreement
from lapwing.store.mentions import ActorKey, Mention, mentions_of


def _record(aid: str, text: str, trigger: str, cameo: str, places: list[Place], *, day: str = "2026-07-13",
            source: Actor | None = None, target: Actor | None = None, place_at: str | None = None) -> ArticleRecord:
    t0 = text.index(trigger)
    at = text.index(place_at) if place_at else -1
    ev = Event(cameo=cameo, quad_class=4, goldstein=-5.0, plover=None, sentence=Span(start=0, end=len(text)),
               trigger=Trigger(text=trigger, start=t0, end=t0 + len(trigger)), date=day, date_source="text",
               source=source, target=target, place=next((p for p in places if p.start == at), None))
    return ArticleRecord(article=Article(id=aid, text=text, published=day + "T15:00:00"), places=places, events=[ev])


def _place(text: str, phrase: str, name: str, country: str, lat: float | None, lon: float | None, kind: str,
           admin1: str | None = None) -> Place:
    i = text.index(phrase)
    return Place(text=phrase, start=i, end=i + len(phrase), name=name, country=country, lat=lat, lon=lon, kind=kind,
                 admin1=admin1)


def _who(text: str, phrase: str, country: str | None, sector: str | None) -> Actor:
    i = text.index(phrase)
    return Actor(text=phrase, country=country, sector=sector, start=i, end=i + len(phrase), kind="agent")


# ------------------------------------------------------------------------------------ the jurisdiction of local officials

def _kano() -> ArticleRecord:
    text = "KANO, July 13 (NB) - Kano State officials pulled down 300 market stalls near the Sabon Gari market on Monday."
    places = [_place(text, "KANO", "Kano", "NGA", 12.0, 8.52, "city", "Kano"),
              _place(text, "Kano State", "Kano", "NGA", None, None, "admin1", "Kano")]
    return _record("kano", text, "pulled", "1712", places, source=_who(text, "Kano State officials", "NGA", "GOV"),
                   place_at="KANO")


def _kaduna() -> ArticleRecord:
    text = "Bulldozers of the Kaduna State government demolished shops in Kaduna's central market on Monday, traders said."
    places = [_place(text, "Kaduna State", "Kaduna", "NGA", None, None, "admin1", "Kaduna"),
              _place(text, "Kaduna", "Kaduna", "NGA", 10.52, 7.44, "city", "Kaduna")]
    places = [places[0], Place(text="Kaduna", start=text.index("Kaduna's"), end=text.index("Kaduna's") + 6,
                               name="Kaduna", country="NGA", lat=10.52, lon=7.44, kind="city", admin1="Kaduna")]
    return _record("kaduna", text, "demolished", "1712", places,
                   source=_who(text, "the Kaduna State government", "NGA", "GOV"))


def test_local_officials_act_in_the_state_that_names_them():
    (kano,) = mentions_of(_kano())
    # the dateline tells where the story was filed; the officials' state tells where they acted
    assert kano.place is not None and kano.place.region and kano.place.admin1 == "Kano"
    (kaduna,) = mentions_of(_kaduna())
    assert kaduna.place is not None and kaduna.place.admin1 == "Kaduna"
    assert place_agreement(kano.place, kaduna.place) is None  # two states' demolitions of one day
    assert compare_codes(kano, kaduna) is None
    assert len(cluster([kano, kaduna])) == 2


def test_a_capital_or_a_statement_names_no_jurisdiction():
    # "Abuja officials": a capital stands for the state, and says nothing of where
    text = "Abuja officials demolished hundreds of shops on Monday, residents said."
    places = [_place(text, "Abuja", "Abuja", "NGA", 9.06, 7.5, "city", "Federal Capital Territory")]
    (m,) = mentions_of(_record("abuja", text, "demolished", "1712", places,
                               source=_who(text, "Abuja officials", "NGA", "GOV")))
    assert m.place is None or m.place.inferred  # at most the article's setting, not an own place
    # a statement by state officials is not placed by their state (verbal acts name places they are about)
    text = "Kano State officials said on Monday that the market would be rebuilt."
    places = [_place(text, "Kano State", "Kano", "NGA", None, None, "admin1", "Kano")]
    (said,) = mentions_of(_record("said", text, "said", "010", places,
                                  source=_who(text, "Kano State officials", "NGA", "GOV")))
    assert said.place is None
    # and a crowd named by its city is no local authority: "Kano traders" may protest in Abuja
    text = "Kano traders blocked a road on Monday over the demolitions."
    places = [_place(text, "Kano", "Kano", "NGA", 12.0, 8.52, "city", "Kano")]
    (crowd,) = mentions_of(_record("crowd", text, "blocked", "144", places,
                                   source=_who(text, "Kano traders", "NGA", "BUS")))
    assert crowd.place is None or crowd.place.inferred  # at most the article's setting, not an own place


def test_an_event_placed_in_a_city_keeps_its_own_place():
    text = "Kano State officials demolished 40 homes in Wudil on Monday."
    places = [_place(text, "Kano State", "Kano", "NGA", None, None, "admin1", "Kano"),
              _place(text, "Wudil", "Wudil", "NGA", 11.8, 8.85, "city", "Kano")]
    (m,) = mentions_of(_record("wudil", text, "demolished", "1712", places,
                               source=_who(text, "Kano State officials", "NGA", "GOV"), place_at="Wudil"))
    assert m.place is not None and m.place.name == "Wudil"


# ------------------------------------------------------------------------------------ joint exercises and patrols

def _mention(aid: str, cameo: str, country: str, day: str = "2026-07-14", sentence: str = "",
             partners: frozenset[str] = frozenset()) -> Mention:
    d = date.fromisoformat(day)
    navy = ActorKey("the navy", country, "MIL", frozenset())
    return Mention(aid, 0, cameo, None, 1, 4.0, "asserted", navy, None, d, d, True, None, sentence, day, aid, 0.8,
                   partners=partners)


def test_joint_exercises_are_compared_with_drills():
    joint = _mention("wire", "062", "THA", sentence="The navies of Thailand and Malaysia launched joint patrols.")
    drill = _mention("local", "150", "THA", sentence="The Thai navy began patrolling the Andaman Sea on Tuesday.")
    assert joint.block_root == drill.block_root == "15"
    assert compare_codes(joint, drill) is not None
    assert [sorted(c.members) for c in cluster_by_family([joint, drill], {})] == [[0, 1]]
    # other material cooperation (economic: 061) stays its own root, and so do drills of another day
    trade = _mention("trade", "061", "THA")
    assert trade.block_root == "06"
    later = _mention("later", "150", "THA", day="2026-07-20")
    assert compare_codes(joint, later) is None


def _joint_record(aid: str, text: str, trigger: str, cameo: str, actor: str, country: str,
                  named: list[tuple[str, str, str]], at: tuple[str, str, float, float] | None = None) -> ArticleRecord:
    places = [Place(text=w, start=text.index(w), end=text.index(w) + len(w), name=w, country=c, kind=k)
              for w, c, k in named]
    if at is not None:  # the event's own town
        places.append(_place(text, at[0], at[0], at[1], at[2], at[3], "city"))
    return _record(aid, text, trigger, cameo, places, day="2026-07-14", source=_who(text, actor, country, "MIL"),
                   place_at=at and at[0])


def test_a_joint_actor_names_its_partners():
    # the coder cut the actor after its first country; the list that goes on names the others
    text = "The navies of Thailand, Malaysia and the Philippines launched joint patrols in the Sulu Sea on Tuesday."
    wire = _joint_record("wire", text, "patrols", "062", "The navies of Thailand", "THA",
                         [("Thailand", "THA", "country"), ("Malaysia", "MYS", "country"),
                          ("Philippines", "PHL", "country")])
    (w,) = mentions_of(wire)
    assert w.partners == {"THA", "MYS", "PHL"}
    text = "Thai and Australian warships began a week of naval exercises off Darwin on Tuesday."
    drill = _joint_record("drill", text, "exercises", "150", "Thai and Australian warships", "THA",
                          [("Thai", "THA", "adjectival"), ("Australian", "AUS", "adjectival")],
                          at=("Darwin", "AUS", -12.46, 130.84))
    (d,) = mentions_of(drill)
    assert d.partners == {"THA", "AUS"}
    text = "The Thai navy began patrolling the waters off Satun with its neighbours on Tuesday, the navy chief said."
    local = _joint_record("local", text, "patrolling", "150", "The Thai navy", "THA", [("Thai", "THA", "adjectival")],
                          at=("Satun", "THA", 6.62, 100.07))
    (n,) = mentions_of(local)
    assert n.partners == frozenset()  # one country named: no partners
    # the patrols of three navies are not the exercises of two others: they join the report naming no partner
    events = cluster_by_family([w, d, n], {})
    assert sorted(sorted((w, d, n)[i].article_id for i in c.members) for c in events) == [["drill"], ["local", "wire"]]
