"""Police action, session 24 (issue 10, the gap between parts a and b): classes read on the new part f (wire copy,
ALL-CAPS headlines over lower-cased bodies, arrests by forces that are not police) and on parts a, c, d, e. Each
class in several phrasings written for this test, with the uses of the same words that must stay as they are next
to them: the reason of an arrest ("booked a youth *for assaulting* ...") is the arrested man's act, not the
police's; "killed after they resisted arrest *and fired at police*" names the killer; an order to use force is not
force; arrests told as "taken to a police station", "hauled off to", "sent to judicial custody" (a pronoun too),
"caught red-handed by the ACB"; "dispersed ... with truncheons"; deaths in a lock-up or at a police station."""

from __future__ import annotations

import pytest

from event_helpers import police_labels, police_rules


_labels, _rules = police_labels, police_rules


# -- the reason of an arrest is the arrested man's act ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Meerut: The police have booked a youth for assaulting a shopkeeper.",
    "Meerut: Police took a teacher into custody for thrashing a student.",
    "thrissur: the police have taken a 52-year-old temple priest into custody for allegedly sexually abusing a minor.",
    "Meerut: Cops nabbed two men for shooting at a trader.",
    "Agra: The Tajganj police apprehended a bus conductor for stabbing a passenger.",
])
def test_reason_of_arrest_is_not_police_force(pipe, text):
    got = _labels(pipe, text)
    assert "force" not in got and "kill" not in got, (got, _rules(pipe, text))


def test_reason_of_arrest_keeps_a_policeman_who_did_it(pipe):
    # the one booked is a policeman: his beating is police force
    assert "force" in _labels(pipe, "Meerut: Police booked the SHO for beating a dalit youth.")


# -- killed after resisting and firing at the police ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Bacolod: Two suspected drug pushers were killed after they allegedly resisted arrest and fired at police "
    "operatives in a buy-bust operation on Thursday.",
    "Manila: A suspect was killed after he resisted arrest and shot at policemen during a raid.",
    "Lahore: A robber was shot dead after he tried to flee and opened fire on the police team.",
    "Manila: A suspect was killed after he fought back against policemen.",
])
def test_killed_after_resisting_police(pipe, text):
    assert {"kill", "force"} <= _labels(pipe, text), _rules(pipe, text)


@pytest.mark.parametrize("text", [
    "Kano: Two kidnappers were killed after they resisted arrest and fired at soldiers.",  # the army: not police
    "Manila: A suspect was killed after he resisted arrest and shot at a rival gang member.",
])
def test_killed_after_resisting_others(pipe, text):
    assert "kill" not in _labels(pipe, text), _rules(pipe, text)


# -- an order to use force or to arrest is not done --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Abuja: He said officers had been directed to use minimum force where necessary.",
    "Patna: The constables were instructed to detain anyone found without a pass.",
    "Patna: Policemen were ordered to fire at anyone who tried to cross the barricade.",
    "Patna: The SP directed the SHO to arrest the accused within 24 hours.",
])
def test_ordered_force_or_arrest_is_no_label(pipe, text):
    assert not _labels(pipe, text), _rules(pipe, text)


def test_forced_to_fire_is_still_force(pipe):
    assert "force" in _labels(pipe, "Patna: Police were forced to fire in the air to disperse the mob.")


# -- arrests told as a removal to the station, a remand, a catch -------------------------------------------------
@pytest.mark.parametrize("text", [
    "Quetta: The journalist was taken to a police station and released after two hours.",
    "Quetta: Police took the journalist to the police station.",
    "Meerut: Ten protesters were hauled off to the police station.",
    "Meerut: They were hauled off to the police station.",
    "QUEZON CITY \u2014 Fifteen drivers were hauled off to the precinct, a police official said.",
    "Jaipur: He was later sent to judicial custody.",
    "Jaipur: They were remanded in police custody for two days.",
    "Jaipur: A junior engineer was caught red-handed by the Anti-Corruption Bureau while accepting a bribe of "
    "Rs 15,000 on Tuesday.",
    "Bhopal: A patwari was caught red-handed by the Lokayukta police taking a bribe.",
])
def test_arrest_phrasings(pipe, text):
    assert "arrest" in _labels(pipe, text), _rules(pipe, text)


@pytest.mark.parametrize("text", [
    "Jaipur: They were sent to the hospital.",
    "Jaipur: The injured were taken to the railway station by their relatives.",
    "Ludhiana: The team was sent to the police station to collect the documents on Monday, but returned empty-handed.",
])
def test_not_arrests(pipe, text):
    assert "arrest" not in _labels(pipe, text), _rules(pipe, text)


# -- force: dispersed with weapons -------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "QUEZON CITY \u2014 Police officers dispersed protesting jeepney drivers with truncheons on Monday.",
    "Quezon City: Police officers dispersed the drivers with truncheons on Monday.",
    "Lahore: Police dispersed the nurses with batons outside the secretariat.",
    "harare: riot police dispersed the vendors with teargas in the city centre.",
])
def test_dispersed_with_weapons(pipe, text):
    assert "force" in _labels(pipe, text), _rules(pipe, text)


def test_dispersed_peacefully_is_no_force(pipe):
    assert "force" not in _labels(pipe, "Lahore: The nurses dispersed peacefully after talks with the police.")


# -- deaths in a lock-up or at a police station ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Nairobi: A 19-year-old student died at Kilimani police station hours after he was arrested for allegedly "
    "breaking curfew, his family said.",
    "Kanpur: A labourer died in the lock-up of the Chakeri police station on Wednesday.",
    "Kanpur: A labourer died in the police lock-up on Wednesday.",
    "Kanpur: A man arrested for a mobile phone theft died in the lock-up of the Chakeri police station on Wednesday "
    "morning.",
    "aligarh: a youth died in the lock-up of the gandhi park police station on tuesday night.",
])
def test_custody_deaths(pipe, text):
    assert {"kill", "force"} <= _labels(pipe, text), _rules(pipe, text)


@pytest.mark.parametrize("text", [
    "Kanpur: A head constable died at the police station after a heart attack.",
    "Kanpur: A man died at the bus station after a heart attack.",
])
def test_deaths_that_are_not_custody(pipe, text):
    assert "kill" not in _labels(pipe, text), _rules(pipe, text)


# -- seen doing it: the passive subject of "caught on camera", "filmed", "seen" did what the -ing clause says ------
@pytest.mark.parametrize("text", [
    "Shahjahanpur: A constable was caught on camera slapping a farmer.",
    "Shahjahanpur: The SHO of Tilhar police station was suspended on Thursday after he was caught on camera slapping a "
    "farmer.",
    "Indore: A sub-inspector was filmed kicking a handcuffed suspect.",
    "Meerut: A head constable was caught on CCTV kicking a vendor outside the kotwali.",
])
def test_police_seen_doing_force(pipe, text):
    assert "force" in _labels(pipe, text), _rules(pipe, text)


@pytest.mark.parametrize("text", [
    "Patna: Two youths were caught on camera beating a constable near the station.",  # police the victim
    "Patna: Protesters were seen throwing stones at the police.",
])
def test_others_seen_doing_force(pipe, text):
    assert "force" not in _labels(pipe, text), _rules(pipe, text)
