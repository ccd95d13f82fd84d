"""Verbal-act classes left by round 72 (session 36, round rv73; issue 10).

* An attack in words ("launched a scathing attack on the commission", a politician's "fresh attack on the president",
  "attacked the government's budget") is a criticism (111), not force (190); an army's attack stays 190.
* A speaker saying that a named other party had rigged, embezzled, stolen or falsified is an accusation (112); a
  passive, a negation, a modal or a pronoun doer keeps the plain statement (010).
* A relative clause with no pronoun of its own on an act noun ("a decision the European Union condemned", "a step
  that rights groups denounced", "that" read as a mark) takes the noun as its object: the criticism is coded.
* "will not join / take part in / participate in sanctions" is a refusal (120), asserted.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from event_helpers import events, show, with_root, with_trigger


@pytest.mark.parametrize("text, country", [
    ("The Turkish opposition leader launched a fresh attack on the president in a speech on Monday.", "TUR"),
    ("The French prime minister launched a blistering attack on the unions in a newspaper column.", "FRA"),
    ("The Polish prime minister launched a scathing attack on the European Commission.", "POL"),
    ("The Turkish opposition leader attacked the president in a speech on Monday.", "TUR"),
    ("The Mexican senator mounted a personal attack on the governor during the debate.", "MEX"),
])
def test_attack_in_words_is_criticism(pipe, text, country):
    evs = events(pipe, text)
    assert not with_root(evs, "19"), show(evs)
    hit = [e for e in with_root(evs, "111") if e.trigger.text.startswith("attack")]
    assert hit and hit[0].source is not None and hit[0].source.country == country, show(evs)


@pytest.mark.parametrize("text", [
    "The Indian army launched a fresh attack on rebel positions in the north.",
    "The Russian president launched an attack on Ukraine.",
    "Israeli troops launched an attack on the camp at dawn.",
])
def test_attack_by_forces_stays_force(pipe, text):
    evs = events(pipe, text)
    assert with_root(evs, "19"), show(evs)
    assert not with_root(evs, "111"), show(evs)


@pytest.mark.parametrize("text, country", [
    ("The Kenyan opposition leader said that the electoral commission had rigged the vote.", "KEN"),
    ("The Brazilian senator said the ministry had embezzled public funds.", "BRA"),
    ("The Zambian opposition claimed that the ruling party had rigged the election.", "ZMB"),
    ("The Peruvian senator alleged that the health ministry had embezzled relief funds.", "PER"),
    ("The Georgian opposition insisted that the government had falsified the results.", "GEO"),
    ("The Nigerian opposition party said the governor had stolen the election.", "NGA"),
])
def test_said_charge_of_wrongdoing_is_accusation(pipe, text, country):
    evs = events(pipe, text)
    hit = with_root(evs, "112")
    assert hit and hit[0].source is not None and hit[0].source.country == country, show(evs)
    assert hit[0].target is not None, show(evs)


@pytest.mark.parametrize("text", [
    "The Kenyan opposition leader said that the vote had been rigged.",
    "The Kenyan electoral commission said that nobody had rigged the vote.",
    "The Kenyan opposition leader said the commission had not rigged the vote.",
    "The Kenyan opposition leader said the ruling party would rig the vote.",
    "The Kenyan opposition leader said they had stolen nothing.",
    "The Kenyan president said that the economy was recovering.",
])
def test_said_without_charge_stays_statement(pipe, text):
    evs = events(pipe, text)
    assert not with_root(evs, "112"), show(evs)
    assert with_root(evs, "010"), show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("Israel approved new settlements, a decision the European Union condemned.", "condemned"),
    ("The junta extended the curfew, a step that rights groups denounced as unlawful.", "denounced"),
    ("The government raised fuel prices, a move which opposition leaders condemned as reckless.", "condemned"),
])
def test_relative_condemnation_on_act_noun(pipe, text, trigger):
    evs = events(pipe, text)
    assert with_trigger(evs, trigger, ("asserted",), "111"), show(evs)


@pytest.mark.parametrize("text", [
    "The government raised fuel prices on the day opposition leaders marched in the capital.",
    "The plan the ministers discussed on Monday would cut taxes.",
    "Officials said the move that the cabinet approved would take effect in May.",
])
def test_relative_controls_code_nothing_new(pipe, text):
    evs = events(pipe, text)
    assert not with_root(evs, "11"), show(evs)


@pytest.mark.parametrize("text, country", [
    ("Hungary said it will not join European Union sanctions on Russian oil.", "HUN"),
    ("The Hungarian government said it would not join the sanctions against Russia.", "HUN"),
    ("China said it would not take part in the sanctions against Iran.", "CHN"),
    ("The Serbian president said Belgrade would not participate in the sanctions against Russia.", "SRB"),
    ("Turkey will not join Western sanctions on Moscow, the foreign minister said.", "TUR"),
])
def test_will_not_join_sanctions_is_refusal(pipe, text, country):
    evs = events(pipe, text)
    hit = with_root(evs, "120")
    assert hit and hit[0].source is not None and hit[0].source.country == country, show(evs)
    assert not [e for e in with_root(evs, "16") if e.source is not None and e.source.country == "EUR"], show(evs)


@pytest.mark.parametrize("text, code", [
    ("Japan joined the sanctions against Russia on Monday.", "163"),
    ("The Turkish government said it would not impose sanctions on Russia.", None),
])
def test_sanction_controls(pipe, text, code):
    evs = events(pipe, text)
    assert not with_root(evs, "12"), show(evs)
    if code:
        assert with_root(evs, code), show(evs)
