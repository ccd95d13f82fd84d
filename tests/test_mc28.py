"""Session 26, branch mc28 (issue 10): material cooperation that came out as no event.

Sentences written for these tests: joint exercises of two states (062, not a show of force), rescue and medical
teams deployed (073), and "yielded to demands that ..." with the noun read as a to-clause (parse repair 140)."""

from __future__ import annotations

import pytest

from lapwing.schema import Article


def _codes(pipe, text: str) -> list[tuple[str, str | None]]:
    rec = pipe.analyse(Article(id="t", text=text, published="2024-05-01"))
    return [(e.cameo, e.rule) for e in rec.events if e.status == "asserted"]


@pytest.mark.parametrize("text", [
    "Brazil and Uruguay held naval exercises off Montevideo.",
    "Poland and Lithuania conducted military drills near Suwalki.",
    "Greece and Cyprus carried out air force exercises south of Crete.",
    "The exercise was staged by Indian marines and Omani troops.",
])
def test_joint_exercise_of_two_states_is_military_cooperation(pipe, text):
    codes = [c for c, _ in _codes(pipe, text)]
    assert "062" in codes and "150" not in codes


@pytest.mark.parametrize("text", [
    "The Egyptian army and navy conducted exercises in Sinai.",
    "Police and soldiers staged a drill at the airport.",
    "The Iranian navy held exercises in the Gulf.",
])
def test_exercise_of_one_state_stays_a_show_of_force(pipe, text):
    codes = [c for c, _ in _codes(pipe, text)]
    assert "062" not in codes and "150" in codes


@pytest.mark.parametrize("text", [
    "Qatar deployed two search-and-rescue teams to Libya.",
    "Spain deployed rescue teams after the earthquake in Morocco.",
    "The Italian government deployed a medical team to Albania.",
])
def test_rescue_team_deployed_is_humanitarian_aid(pipe, text):
    assert "073" in [c for c, _ in _codes(pipe, text)]


def test_riot_team_is_no_aid(pipe):
    assert not any(c.startswith("07") for c, _ in _codes(pipe, "The police deployed riot teams to the square."))


@pytest.mark.parametrize("text", [
    "The Kyrgyz government conceded to demands that the vote be annulled.",
    "The government of Chad yielded to demands that the curfew be lifted.",
    "The Malian junta bowed to the demands that elections be held next year.",
])
def test_yielding_to_demands_that(pipe, text):
    assert "083" in [c for c, _ in _codes(pipe, text)]

