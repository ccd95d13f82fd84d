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


# -- "they were caught after a chase", "caught red-handed": a custody passive with a pronoun or a count ------------
@pytest.mark.parametrize("text", [
    "Kericho: Three men stole a motorbike from a market on Monday. They were caught after a chase through the tea "
    "estates.",
    "The two were caught red-handed while accepting a bribe of Rs 15,000 from a farmer in Sangrur.",
    "Bhagalpur: she was caught after a search of the village by a team from the thana.",
    "Four of them were caught after a manhunt that lasted two days.",
])
def test_custody_passive_of_catch_with_a_pronoun_or_count(pipe, text):
    got = _labels(pipe, text)
    assert "arrest" in got, (got, _rules(pipe, text))


@pytest.mark.parametrize("text", [
    "The delegates were caught in traffic on the way to the summit.",
    "He was caught on camera dancing at a wedding in Jaipur.",
    "They were caught in a heavy downpour after a long trek to the temple.",
    "The fishermen were caught in a storm after a search for a lost net.",
])
def test_other_catches_stay_unlabelled(pipe, text):
    got = _labels(pipe, text)
    assert "arrest" not in got, (got, _rules(pipe, text))


# -- "Police pepper-sprayed several protesters": repair 127 widened (156) ------------------------------------------
@pytest.mark.parametrize("text", [
    "Police pepper-sprayed several protesters outside the town hall on Friday.",
    "Officers pepper-sprayed a man who refused to leave the bus station in Tamworth.",
    "Riot police pepper-sprayed dozens of students at the gate of the university on Tuesday.",
    "police pepper-sprayed several farmers outside the district office on monday.",
    "KISUMU — Police pepper-sprayed a group of traders outside the county offices on Monday when they tried to enter "
    "the building, witnesses said.",
    "BULAWAYO — Police pepper-sprayed dozens of vendors near the city hall on Friday, a witness said.",
])
def test_hyphenated_force_verb_after_a_root_noun_half(pipe, text):
    got = _labels(pipe, text)
    assert "force" in got, (got, _rules(pipe, text))


@pytest.mark.parametrize("text", [
    "Volunteers hand-picked several hundred mangoes at the orchard on Friday.",
    "Villagers sun-dried several sacks of chillies outside the panchayat office.",
])
def test_other_hyphenated_verbs_stay_unlabelled(pipe, text):
    got = _labels(pipe, text)
    assert not got, (got, _rules(pipe, text))
