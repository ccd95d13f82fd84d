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
    # a backer is no employer: the militants are not Iran's (round ar50 took "backed by" out of the sentence's country)
    ("Militants backed by Iran attacked a base.", "19", None),
    ("Russian hackers attacked the networks of three German towns.", "176", "RUS"),
])
def test_controls_read_as_before(pipe, text, root, country):
    evs = claimed(pipe, text)
    assert hits(evs, root, country=country), show(evs)
    if country is None:
        assert not any(e.source is not None and e.source.country for e in evs if e.cameo.startswith(root)), show(evs)


@pytest.mark.parametrize("text", [
    "Hackers attacked the computer networks of three towns.",
    "Hackers working for a Chinese company attacked the servers of a rival.",
])
def test_hackers_with_no_state_employer_are_no_state(pipe, text):
    evs = claimed(pipe, text)
    assert not [e for e in evs if e.source is not None and e.source.country], show(evs)


# repair 225: "offered (on Friday) to host talks" with "host" a noun marked by "to"
@pytest.mark.parametrize("text, source", [
    ("The Omani government offered on Monday to host talks between Yemen and Djibouti.", "OMN"),
    ("Austria offered to host talks between Serbia and Kosovo.", "AUT"),
    ("Ghana has offered to host peace talks between the junta and the rebels.", "GHA"),
])
def test_an_offer_to_host_talks_is_an_offer(pipe, text, source):
    evs = claimed(pipe, text)
    assert hits(evs, "036", country=source), show(evs)
    assert not [e for e in evs if e.cameo.startswith("04") and e.status == "asserted"], show(evs)  # no talks held yet


def test_a_host_city_is_still_a_noun(pipe):
    from lapwing.extract.events.parse_repair import repaired
    doc = repaired(pipe.nlp("The delegates travelled to the host city on Monday."))
    host = next(t for t in doc if t.lower_ == "host")
    assert host.pos_ == "NOUN"


# "agreed to extend sanctions": the sanction decided (163), not a threat (1312)
@pytest.mark.parametrize("text, source, target", [
    ("The European Union agreed to extend its sanctions on Belarus.", "EUR", "BLR"),
    ("EU ministers agreed on Monday to renew sanctions on Syria for a year.", "EUR", "SYR"),
    ("Canada agreed to impose an embargo on North Korea.", "CAN", "PRK"),
])
def test_an_agreement_to_sanction_is_the_sanction(pipe, text, source, target):
    evs = claimed(pipe, text)
    assert hits(evs, "163", country=source, tcountry=target), show(evs)
    assert not hits(evs, "13"), show(evs)


@pytest.mark.parametrize("text, code", [
    ("The United States vowed to impose sanctions on Cuba.", "1312"),  # a vow is still a threat
    ("Japan agreed to lift sanctions on Myanmar.", "0354"),  # easing stays an intent
])
def test_sanction_controls(pipe, text, code):
    evs = claimed(pipe, text)
    assert hits(evs, code), show(evs)


# an order to one's own forces to prepare for force is a show of force (150), not a bare demand (100)
@pytest.mark.parametrize("text", [
    "The president ordered the army to prepare for an offensive.",
    "The defence minister ordered the troops to prepare for war.",
    "The general ordered his soldiers to be ready for an assault on the town.",
])
def test_an_order_to_prepare_for_force(pipe, text):
    evs = claimed(pipe, text)
    assert hits(evs, "15"), show(evs)
    assert not hits(evs, "100"), show(evs)


@pytest.mark.parametrize("text, code", [
    ("The president ordered the army to withdraw from the city.", "1056"),
    ("The minister ordered the police to prepare for the elections.", "1044"),
])
def test_other_orders_read_as_before(pipe, text, code):
    evs = claimed(pipe, text)
    assert hits(evs, code), show(evs)
    assert not hits(evs, "15"), show(evs)
