"""Rules of the cross-article clustering's seventh round (errors read on the gold set's parts a, c and d, and on
the VOA stories without gold): a background event recalled in a "when" clause, a planned meeting and the
meeting, a country named as the party of a statement, meeting or deal, words for the two parties just named,
statements known by what they say, and dates of a month or a year. Each rule is checked both
ways: where it joins or parts, and where it must not. Mentions and records are built by hand (no model)."""

from __future__ import annotations

import dataclasses

from datetime import date

import pytest

from lapwing.schema import Actor, Article, ArticleRecord, Date, Event, Span, Trigger
from lapwing.store.clustering import cluster, family_of
from lapwing.store.evidence import compare, compare_codes, type_agreement
from lapwing.store.mention_days import event_days
from lapwing.store.mentions import ActorKey, Mention, PlaceKey, actor_key

ANKARA = PlaceKey("Ankara", "TUR", 39.920, 32.854, "city")
SANTIAGO = PlaceKey("Santiago", "CHL", -33.457, -70.648, "city")


def _actor(text: str, country: str | None, sector: str | None = "GOV", kind: str | None = None) -> Actor:
    return Actor(text=text, country=country, sector=sector, start=0, end=len(text), kind=kind)


def _m(aid: str, cameo: str, src: ActorKey | None, tgt: ActorKey | None, place: PlaceKey | None,
       day: str = "2025-10-21", status: str = "asserted", sentence: str = "") -> Mention:
    d = date.fromisoformat(day)
    return Mention(aid, 0, cameo, None, 1, 1.0, status, src, tgt, d, d, True, place, sentence, day, aid, 0.8)


# ------------------------------------------------------------------------------------ recalled in a "when" clause


def _record(text: str, published: str, dates: list[tuple[str, str]], trigger: str, value: str) -> ArticleRecord:
    ds = [Date(text=t, start=text.index(t), end=text.index(t) + len(t), value=v, rule="weekday") for t, v in dates]
    t0 = text.index(trigger)
    ev = Event(cameo="195", quad_class=4, goldstein=-10.0, plover=None, sentence=Span(start=0, end=len(text)),
               trigger=Trigger(text=trigger, start=t0, end=t0 + len(trigger)), date=value, date_source="text",
               source=Actor(text="Israeli jets", country="ISR", sector="MIL", start=0, end=5))
    return ArticleRecord(article=Article(id="t", text=text, published=published), dates=ds, events=[ev])


@pytest.mark.parametrize("text, dates, when", [
    ("Sunday's strike was the first on Beirut since June, when Israeli jets bombed a drone workshop.",
     [("Sunday", "2025-11-23"), ("June", "2025-06")], (date(2025, 6, 1), date(2025, 6, 30), False)),
    ("The raid on Monday was the worst since 2023, when jets bombed the same camp.",
     [("Monday", "2025-11-24"), ("2023", "2023")], (date(2023, 1, 1), date(2023, 12, 31), False)),
    ("It was the deadliest attack since March 4, when jets bombed a market, officials said on Sunday.",
     [("March 4", "2025-03-04"), ("Sunday", "2025-11-23")], (date(2025, 3, 4), date(2025, 3, 4), True)),
])
def test_an_event_in_a_when_clause_after_a_time_happened_at_that_time(text, dates, when):
    rec = _record(text, "2025-11-25", dates, "bombed", "2025-11-23")  # the coder dated it by the news' day
    assert event_days(rec, rec.events[0]) == when


@pytest.mark.parametrize("text, dates", [
    ("Jets bombed a drone workshop on Sunday when residents were asleep.", [("Sunday", "2025-11-23")]),
    ("In June, the army said, and on Sunday, when jets bombed the workshop, nobody was hurt.",
     [("June", "2025-06"), ("Sunday", "2025-11-23")]),
    ("Since June, when talks began, jets bombed the workshop. They returned on Sunday.",
     [("June", "2025-06"), ("Sunday", "2025-11-23")]),
])
def test_other_sentences_keep_the_coders_day(text, dates):
    # the when-clause is the act's own time (the same day), another time lies between, or the act is not in it
    rec = _record(text, "2025-11-25", dates, "bombed", "2025-11-23")
    assert event_days(rec, rec.events[0]) == (date(2025, 11, 23), date(2025, 11, 23), True)


# ------------------------------------------------------------------------------------ a plan and the meeting


SUDANI = actor_key(_actor("Iraqi Prime Minister Mohammed Shia al-Sudani", "IRQ", kind="person"))
ERDOGAN = actor_key(_actor("Turkish President Tayyip Erdogan", "TUR", kind="person"))


def test_a_planned_visit_joins_the_meeting_it_announces():
    plan = _m("preview", "036", SUDANI, actor_key(_actor("Ankara", "TUR", None, "gpe")), ANKARA, status="future",
              sentence="Iraqi Prime Minister Mohammed Shia al-Sudani will visit Ankara on Tuesday to meet Erdogan.")
    met = _m("wire", "040", ERDOGAN, SUDANI, ANKARA,
             sentence="Turkish President Tayyip Erdogan met Iraqi Prime Minister Mohammed Shia al-Sudani in Ankara.")
    assert plan.block_root == "04" and family_of(plan.block_root) == family_of(met.block_root)
    assert type_agreement(plan, met) == 0.4
    assert [len(c.members) for c in cluster([plan, met])] == [2]


def test_an_intent_reported_as_done_is_an_act_of_its_own():
    # "met ... and agreed to start talks on a trade pact": the agreeing happened; it is no report of the meeting
    agreed = _m("asia", "036", SUDANI, None, ANKARA, sentence="They met and agreed to start talks on a trade pact.")
    met = _m("wire", "040", ERDOGAN, SUDANI, ANKARA)
    assert agreed.block_root == "03" and type_agreement(agreed, met) is None
    # a planned deal is still compared with deals, a planned attack with attacks: only the intent to meet moves
    assert _m("x", "057", SUDANI, ERDOGAN, ANKARA, status="future").block_root == "05"
    assert _m("x", "0311", SUDANI, ERDOGAN, ANKARA, status="future").block_root == "03"


# ------------------------------------------------------------------------------------ a country as the party


CHILE = actor_key(_actor("Chile", "CHL", None, "gpe"))
MILEI = actor_key(_actor("Argentine President Javier Milei", "ARG", kind="person"))


def test_a_country_named_as_party_to_a_meeting_is_not_its_businesses():
    # the coder gave the Boric-Milei meeting the source "Chile"; Milei met Chilean mining executives that evening
    state_meeting = _m("wire", "040", CHILE, MILEI, SANTIAGO)
    executives = _m("miners", "040", MILEI, actor_key(_actor("Chilean mining executives", "CHL", "BUS", "agent")),
                    SANTIAGO)
    assert CHILE.state and compare_codes(state_meeting, executives) is None
    # the state's own sectors still agree with it: the president, the army, the courts
    boric = _m("boric", "040", actor_key(_actor("Chilean President Gabriel Boric", "CHL", kind="person")), MILEI,
               SANTIAGO)
    assert compare_codes(state_meeting, boric) is not None


def test_a_country_named_as_actor_of_force_may_be_any_of_its_people():
    # outside statements, meetings and deals the reading does not apply: "Russia attacked" is its soldiers'
    russia = actor_key(_actor("Russia", "RUS", None, "gpe"))
    civilians = actor_key(_actor("six civilians", "UKR", "CVL", "agent"))
    ukraine = actor_key(_actor("Ukraine", "UKR", None, "gpe"))
    strike = _m("a", "190", russia, ukraine, None, day="2024-03-21")
    killed = _m("b", "190", actor_key(_actor("Russian missiles", "RUS", "MIL", "agent")), civilians, None,
                day="2024-03-21")
    assert compare_codes(strike, killed) is not None
    # nor to an actor with no sector, or to an actor naming several parties
    assert compare_codes(_m("a", "040", CHILE, MILEI, SANTIAGO),
                         _m("b", "040", actor_key(_actor("Chileans", "CHL", None, "norp")), MILEI, SANTIAGO)) is not None


# ------------------------------------------------------------------------------------ the two parties just named


def _meeting_record(text: str, signer: str, aid: str = "wire") -> ArticleRecord:
    """A meeting of Erdogan (TUR) and al-Sudani (IRQ), then a deal whose source is ``signer`` with no target."""
    met, signed = text.index("met"), text.index("signed")
    second = text.find(". ") + 2 if text.find(". ") < signed and text.find(". ") >= 0 else 0
    s0, s1 = (0, len(text)) if not second else (0, second - 1)
    evs = [
        Event(cameo="040", quad_class=1, goldstein=1.0, plover=None, sentence=Span(start=s0, end=s1),
              trigger=Trigger(text="met", start=met, end=met + 3), date="2025-10-21", date_source="text",
              source=Actor(text="Tayyip Erdogan", country="TUR", sector="GOV", start=0, end=5, kind="person"),
              target=Actor(text="Mohammed Shia al-Sudani", country="IRQ", sector="GOV", start=0, end=5, kind="person")),
        Event(cameo="057", quad_class=1, goldstein=8.0, plover=None,
              sentence=Span(start=second, end=len(text)) if second else Span(start=s0, end=s1),
              trigger=Trigger(text="signed", start=signed, end=signed + 6), date="2025-10-21", date_source="text",
              source=Actor(text=signer, country="TUR", sector="GOV", start=0, end=5, kind="agent")),
    ]
    return ArticleRecord(article=Article(id=aid, text=text, published="2025-10-21"), events=evs)


@pytest.mark.parametrize("text, signer", [
    ("Tayyip Erdogan met Mohammed Shia al-Sudani in Ankara, and the two governments signed a water deal.",
     "the two governments"),
    ("Tayyip Erdogan met Mohammed Shia al-Sudani in Ankara. The leaders signed a water deal.", "The leaders"),
    ("Tayyip Erdogan met Mohammed Shia al-Sudani in Ankara, and both sides signed a water deal.", "both sides"),
])
def test_words_for_the_two_parties_just_named_are_those_parties(text, signer):
    from lapwing.store.mentions import mentions_of

    deal = mentions_of(_meeting_record(text, signer))[1]
    assert {deal.source.country, deal.target.country} == {"TUR", "IRQ"}
    assert not deal.source.names and not deal.target.names  # the governments, not the persons who met
    # so the deal joins another outlet's report of it by the two countries, and not a deal of other parties
    other = _m("iraq", "057", actor_key(_actor("Iraq", "IRQ", "GOV", "gpe")), actor_key(_actor("Turkey", "TUR", "GOV", "gpe")),
               ANKARA, sentence="Iraq and Turkey signed a water-sharing agreement in Ankara.")
    assert compare_codes(deal, other) is not None
    syria = _m("syria", "057", actor_key(_actor("Syria", "SYR", "GOV", "gpe")), actor_key(_actor("Turkey", "TUR", "GOV", "gpe")),
               ANKARA)
    assert compare_codes(deal, syria) is None


@pytest.mark.parametrize("text, signer", [
    # no two parties before: the words keep what the coder gave
    ("The leaders signed a water deal after Tayyip Erdogan met Mohammed Shia al-Sudani.", "The leaders"),
    # not words for the two parties
    ("Tayyip Erdogan met Mohammed Shia al-Sudani in Ankara, and opposition parties signed a water deal.",
     "opposition parties"),
])
def test_other_actors_are_not_read_as_the_two_parties(text, signer):
    from lapwing.store.mentions import mentions_of

    deal = mentions_of(_meeting_record(text, signer))[1]
    assert deal.target is None


# ------------------------------------------------------------------------------------ a statement is what it says


RUBIO = actor_key(_actor("Secretary of State Marco Rubio", "USA", kind="person"))


def _said(aid: str, sentence: str, cameo: str = "010") -> Mention:
    return _m(aid, cameo, RUBIO, None, None, day="2025-03-10", sentence=sentence)


def test_a_speakers_other_statements_of_the_same_days_are_other_statements():
    aid = _said("a", "Rubio said on Friday the United States expects to settle the freeze on loans to Kenya shortly.")
    case = _said("b", "Rubio said the case of the detained student was not about free speech.")
    monitors = _said("c", "Rubio said monitors would be needed if a ceasefire is agreed.")
    assert compare_codes(aid, case) is not None  # nothing contradicts: one speaker, one day
    assert [len(c.members) for c in cluster([aid, case, monitors])] == [1, 1, 1]
    # two outlets' reports of one statement share what was said, and join
    again = _said("d", "The United States expects to settle the freeze on loans to Kenya shortly, Rubio said.")
    assert sorted(len(c.members) for c in cluster([aid, case, monitors, again])) == [1, 1, 2]


def test_reports_of_one_act_need_no_shared_words():
    # the rule is the statements' alone: two reports of one meeting may be worded apart
    met = _m("a", "040", ERDOGAN, SUDANI, ANKARA, sentence="Erdogan met al-Sudani in Ankara on Tuesday.")
    hosted = _m("b", "043", ERDOGAN, SUDANI, ANKARA, sentence="The Turkish leader hosted his Iraqi guest at the palace.")
    assert [len(c.members) for c in cluster([met, hosted])] == [2]


# ------------------------------------------------------------------------------------ a month is weak evidence


def test_a_month_or_a_year_contradicts_nothing_in_it_but_is_weak_evidence():
    from lapwing.store.evidence import date_agreement

    militants = actor_key(_actor("Militants", "PAK", "INS", "agent"))
    train = _m("a", "190", militants, None, None, day="2025-03-11",
               sentence="Militants attacked a passenger train on Tuesday, taking many hostages.")
    convoy = _m("b", "190", militants, None, None, day="2025-03-01",
                sentence="Earlier this month a bomber detonated explosives near a military convoy in Kalat.")
    convoy = dataclasses.replace(convoy, **{"day_to": date(2025, 3, 31), "precise": False})  # "earlier this month"
    assert date_agreement(train, convoy) == 0.1 and compare_codes(train, convoy) is not None
    assert [len(c.members) for c in cluster([train, convoy])] == [1, 1]
    # a report of the same days still agrees as before
    same_days = dataclasses.replace(convoy, **{"day_from": date(2025, 3, 9), "day_to": date(2025, 3, 12)})
    assert date_agreement(train, same_days) == 0.5
    # the day of tolerance is a day's: "last month" and "earlier this month" are two months, not one day apart
    february = dataclasses.replace(convoy, **{"day_from": date(2025, 2, 1), "day_to": date(2025, 2, 28)})
    assert date_agreement(convoy, february) is None
    next_day = dataclasses.replace(train, **{"day_from": date(2025, 3, 12), "day_to": date(2025, 3, 12), "precise": False})
    assert date_agreement(train, next_day) == 0.2  # a day's report one day apart: still maybe one act
