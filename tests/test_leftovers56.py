"""Left-over classes of the event coder (session 30, round 55, branch lf56).

Every sentence is written for this test.

- An aid group named by its proper name, whose own compound noun ("the Dutch *aid group* Open Hands") or apposition
  ("Green Path, a Danish *charity*") says what it is: its expulsion is CAMEO 1663, not the expulsion of a person
  (``frame_parts._name_class_nouns``); the named group is the target.
- A hired agent with no country of its own ("hackers *working for* Russian military intelligence", "agents *employed
  by* X") takes the country of the state body that employs it (``participants._Actors._employer``); the event stays
  when its target has no country.
Controls: a person in apposition stays a person (174), a common noun phrase is unchanged, a backer ("backed by")
is not an employer, workers of a firm keep their own reading, hackers with no employer are not coded as a state's.
"""

from __future__ import annotations

import pytest

from event_helpers import claimed, hits, show


@pytest.mark.parametrize("text, source, target_country", [
    ("The government of Chad ordered the expulsion of the Dutch aid group Open Hands.", "TCD", "NLD"),
    ("Niger ordered the expulsion of the Belgian aid group Clear Water.", "NER", "BEL"),
    ("Eritrea expelled Hope Across Borders, a Danish charity, on Monday.", "ERI", "DNK"),
    ("Chad expelled Green Path, a Danish aid organisation.", "TCD", "DNK"),
    ("Somalia expelled Safe Harbour, a British humanitarian organisation, in June.", "SOM", "GBR"),
])
def test_a_named_aid_group_is_expelled_as_an_aid_group(pipe, text, source, target_country):
    evs = claimed(pipe, text)
    assert hits(evs, "1663", country=source, tcountry=target_country), show(evs)
    assert not hits(evs, "174"), show(evs)


@pytest.mark.parametrize("text, source", [
    ("Chad expelled international aid agencies.", "TCD"),
    ("Sudan expelled the Norwegian relief agency on Friday.", "SDN"),
])
def test_common_aid_group_nouns_still_code(pipe, text, source):
    evs = claimed(pipe, text)
    assert hits(evs, "1663", country=source), show(evs)


@pytest.mark.parametrize("text", [
    "Eritrea expelled Anna Berg, a Danish journalist, on Monday.",
    "Mali expelled Peter Lund, a Canadian reporter.",
])
def test_a_named_person_is_still_a_person(pipe, text):
    evs = claimed(pipe, text)
    assert hits(evs, "174"), show(evs)
    assert not hits(evs, "1663"), show(evs)


@pytest.mark.parametrize("text, country", [
    ("Hackers working for Russian military intelligence attacked the computer networks of three towns.", "RUS"),
    ("Hackers employed by Chinese state security attacked the servers of several clinics.", "CHN"),
    ("Agents working for Russian intelligence hacked the email accounts of several reporters.", "RUS"),
])
def test_a_hired_agent_takes_its_state_employer_country(pipe, text, country):
    evs = claimed(pipe, text)
    assert hits(evs, "176", source="ackers" if "ackers" in text else "gents", country=country), show(evs)


@pytest.mark.parametrize("text, root, country", [
    ("Militants backed by Iran attacked a base.", "19", "IRN"),  # (a backer: read as before)
    ("Russian hackers attacked the networks of three German towns.", "176", "RUS"),
])
def test_controls_read_as_before(pipe, text, root, country):
    evs = claimed(pipe, text)
    assert hits(evs, root, country=country), show(evs)


@pytest.mark.parametrize("text", [
    "Hackers attacked the computer networks of three towns.",
    "Hackers working for a Chinese company attacked the servers of a rival.",
])
def test_hackers_with_no_state_employer_are_no_state(pipe, text):
    evs = claimed(pipe, text)
    assert not [e for e in evs if e.source is not None and e.source.country], show(evs)
