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
