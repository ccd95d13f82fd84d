"""Police action, session 24 round 33 (issue 10): arrests and force by a doer named only by a law-enforcement role
word ("Officers", "Inspector X", "deputies"), read on the development parts g, h and d (never part b). Phrasings
written for this test, with the uses that must stay as they are next to them."""

from __future__ import annotations

import pytest

from event_helpers import police_labels, police_rules


_labels, _rules = police_labels, police_rules


# -- "Officers arrested him", "Inspector Mohan Rao nabbed a gangster": a role word doing a custody act is police ------
@pytest.mark.parametrize("text", [
    "Inspector Harish Kumar and his team nabbed a wanted robber at the railway crossing in Sonipat on Tuesday.",
    "inspector lalit mehra arrested two youths with stolen mobile phones near the grain market on friday.",
    "Officers arrested a 41-year-old man outside a pub in Dunmore on Saturday night.",
    "Two deputies detained a teenager in the parking lot of the Elmwood mall late on Friday.",
    "Troopers took the driver into custody after a chase on the interstate near Millbrook.",
    "The robbery suspect was apprehended by officers near the bus depot in Eldoret on Monday.",
])
def test_custody_by_a_role_word_is_a_police_arrest(pipe, text):
    got = _labels(pipe, text)
    assert "arrest" in got, (got, _rules(pipe, text))


@pytest.mark.parametrize("text", [
    "Officers used a stun gun on a man who threw bottles at cars on Harbour Road on Sunday.",
    "Deputies used pepper spray on a crowd of fans who tried to force their way into the arena.",
    "Officers used batons to break up a brawl outside a bar in Wexley early on Saturday.",
])
def test_riot_control_by_a_role_word_is_police_force(pipe, text):
    got = _labels(pipe, text)
    assert "force" in got, (got, _rules(pipe, text))


@pytest.mark.parametrize("text", [
    "Army officers detained the reporter at a checkpoint near the border on Monday.",
    "Election officers held a meeting with the candidates' agents in Nakuru on Monday.",
    "Officers charged the driver with reckless driving on Monday.",
    "Customs officers seized 40 kilograms of gold at the airport on Sunday.",
])
def test_role_words_stay_uncoded_outside_custody_of_people_and_force(pipe, text):
    """Only custody acts on people and riot control make a role word police: an army's officers, a meeting, a charge
    and a seizure of goods do not."""
    from lapwing.schema import Article

    rec = pipe.analyse(Article(id="t", text=text, published="2026-03-01"))
    assert not [e for e in rec.events if e.source is not None and (e.source.rule or "").endswith("+custody-role")], \
        _rules(pipe, text)
    assert not _labels(pipe, text) & {"arrest", "force"}, _rules(pipe, text)
