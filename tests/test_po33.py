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


# -- "they were picked up from ...", "caught after a chase", "caught red-handed": passives with a pronoun or a count ---
@pytest.mark.parametrize("text", [
    "Ludhiana: The two brothers ran a fake visa racket for a year. They were picked up from a guest house in Jagraon "
    "on Sunday, police said.",
    "He was picked up from his shop in the old city late on Thursday night, his wife told reporters.",
    "Kericho: Three men stole a motorbike from a market on Monday. They were caught after a chase through the tea "
    "estates.",
    "The two were caught red-handed while accepting a bribe of Rs 15,000 from a farmer in Sangrur.",
    "Bhagalpur: she was caught after a search of the village by a team from the thana.",
])
def test_custody_passive_with_a_pronoun_or_count(pipe, text):
    got = _labels(pipe, text)
    assert "arrest" in got, (got, _rules(pipe, text))


@pytest.mark.parametrize("text", [
    "The pupils were picked up from school by their parents at noon.",
    "She was picked up from the airport by her brother on Friday.",
    "The two fishermen were picked up from the sea by a navy boat after their trawler sank.",
    "The delegates were caught in traffic on the way to the summit.",
    "He was caught on camera dancing at a wedding in Jaipur.",
])
def test_other_pick_ups_and_catches_stay_unlabelled(pipe, text):
    got = _labels(pipe, text)
    assert "arrest" not in got, (got, _rules(pipe, text))


# -- "the three men are in police custody": a custody state told in the present or the plain past -----------------
@pytest.mark.parametrize("text", [
    "Mombasa: Four suspects are in police custody over the theft of fuel from a pipeline.",
    "narsinghpur: the gang's two leaders are in custody, an officer said on tuesday.",
    "The driver of the lorry was in police custody on Sunday night, a spokesman for the county said.",
])
def test_a_custody_state_is_an_arrest(pipe, text):
    got = _labels(pipe, text)
    assert "arrest" in got, (got, _rules(pipe, text))


@pytest.mark.parametrize("text", [
    "The children are in the custody of their grandmother in Kisii.",
    "The man has been in custody since 2019, when he was charged with fraud.",
    "The judge asked whether the accused would be in custody during the hearing.",
    "Custody of the twins is at the heart of a long dispute between the parents.",
])
def test_other_custody_words_stay_unlabelled(pipe, text):
    got = _labels(pipe, text)
    assert "arrest" not in got, (got, _rules(pipe, text))
