"""Session 37 (round rm74, issue 10): material acts the coder missed or coded wrong, each fixed by a general rule.
Sentences written for these tests.

* weapons named as rockets, mortars, bombs or explosives are military aid when supplied, provided or shipped to a
  party (072; the ``aid_arms_0610`` content class of ``event_patterns.content.tsv``), as missiles and tanks were;
* arms *sent* to a coded party are military aid (072, ``send_weapons_party``), not a deployment of one's own forces
  (154): tanks sent to a border or warplanes sent to an ally stay deployments;
* "handed X *back* to Y" with "back" read as an adverb of the to-phrase returns property (0842, ``hand_back_adv``);
* aid trucks or convoys *let* into or through a place are humanitarian access (0863, ``let_aid_in``);
* a coup: the army, soldiers or officers seizing, grabbing or taking power, or staging, launching or mounting a coup,
  is unconventional violence (180) with the soldiers as its source (``f_seize_power_coup`` ...); a party taking
  power after an election is no event;
* premises of a party searched by police, prosecutors or investigators are coerced as in a raid (170,
  ``f_search_premises*``); rescuers searching rubble, or a search *for* someone, are no event;
* a disbursement with no of-phrase ("approved a $1.2 billion disbursement *for Ghana*") is economic aid (071,
  ``release_funds_n_disbursement_for``), as a loan approved is, and a bailout is an aid object of "approve" or "grant";
* a vow to lead, organise or launch protests is a threat of dissent (133, ``vow_dissent``), not the bare intent 030;
  repair 197 reads "vowed *to stage* / *to organise* demonstrations" (the verb misread as a compound noun) as a
  to-clause;
* repair 198: "conceded *to demands* that ..." with "to" read as the marker of a clause on the plural noun: "to" is its
  preposition and the noun the verb's oblique, so the concession is coded (083);
* "would not impose sanctions" stays a negated sanction, not a refusal (the reference README's refusal convention is
  for cooperation declined: "will not accept"); "refused to impose sanctions" is the refusal.
"""

from __future__ import annotations

import pytest

from event_helpers import events, hits, show, with_root

PUB = "2026-12-07"


# ---------------------------------------------------------------------------------------------
# arms supplied, provided or sent to a party


@pytest.mark.parametrize("text, src, tgt", [
    ("Tehran supplied rockets to the Houthi rebels.", "IRN", "YEM"),
    ("Iran supplied rockets to Hamas.", "IRN", "PSE"),
    ("Syria supplied mortars to the Lebanese militia.", "SYR", "LBN"),
    ("Iran has supplied Hezbollah with rockets.", "IRN", "LBN"),
    ("Belarus shipped rockets to the Russian army.", "BLR", "RUS"),
    ("Qatar provided the Libyan rebels with rockets.", "QAT", "LBY"),
])
def test_rockets_and_explosives_supplied_are_military_aid(pipe, text, src, tgt):
    evs = events(pipe, text, PUB)
    assert hits(evs, "072", country=src, tcountry=tgt), show(evs)


@pytest.mark.parametrize("text, src, tgt", [
    ("The United States sent air defence missiles to Israel.", "USA", "ISR"),
    ("Britain sent tanks to Ukraine last year.", "GBR", "UKR"),
    ("Germany sent howitzers to Ukraine last spring.", "DEU", "UKR"),
    ("Iran sent rockets and ammunition to the Houthis.", "IRN", "YEM"),
])
def test_arms_sent_to_a_party_are_military_aid(pipe, text, src, tgt):
    evs = events(pipe, text, PUB)
    assert hits(evs, "072", country=src, tcountry=tgt), show(evs)
    assert not with_root(evs, "15"), show(evs)


@pytest.mark.parametrize("text, src", [
    ("Russia sent tanks to the border.", "RUS"),
    ("India sent missiles to its northern border.", "IND"),
    ("Russia sent warplanes to Syria.", "RUS"),
    ("Russia sent troops to Kazakhstan.", "RUS"),
])
def test_forces_sent_to_a_place_or_an_ally_stay_a_deployment(pipe, text, src):
    evs = events(pipe, text, PUB)
    assert hits(evs, "154", country=src), show(evs)
    assert not with_root(evs, "07"), show(evs)


def test_beds_supplied_to_a_hospital_are_no_aid(pipe):
    evs = events(pipe, "The firm supplied the hospital with beds.", PUB)
    assert not with_root(evs, "07"), show(evs)


# ---------------------------------------------------------------------------------------------
# territory handed back; aid let through


@pytest.mark.parametrize("text, src, tgt", [
    ("Britain handed Hong Kong back to China.", "GBR", "CHN"),
    ("Israel handed the Sinai back to Egypt.", "ISR", "EGY"),
    ("Azerbaijan handed back the villages to Armenia on Friday.", "AZE", "ARM"),
])
def test_territory_handed_back_is_returned(pipe, text, src, tgt):
    evs = events(pipe, text, PUB)
    assert hits(evs, "0842", country=src, tcountry=tgt), show(evs)


def test_a_ball_handed_back_is_no_event(pipe):
    evs = events(pipe, "The referee handed the ball back to the goalkeeper.", PUB)
    assert not with_root(evs, "08"), show(evs)


@pytest.mark.parametrize("text, src", [
    ("Egypt let aid trucks into Gaza on Monday.", "EGY"),
    ("Israel let the convoys through the crossing on Sunday.", "ISR"),
    ("Turkey allowed aid convoys through the border crossing on Tuesday.", "TUR"),
])
def test_aid_let_through_is_humanitarian_access(pipe, text, src):
    evs = events(pipe, text, PUB)
    assert hits(evs, "0863", country=src), show(evs)


def test_inspectors_let_in_stay_inspection(pipe):
    evs = events(pipe, "Iran let the inspectors into the site.", PUB)
    assert hits(evs, "0862"), show(evs)
    assert not with_root(evs, "0863"), show(evs)


# ---------------------------------------------------------------------------------------------
# coups


@pytest.mark.parametrize("text, country", [
    ("The army seized power in Gabon on Wednesday.", "GAB"),
    ("Army officers seized power in Niger last July.", "NER"),
    ("Mutinous soldiers grabbed power in Bamako.", "MLI"),
    ("The military took power in Guinea on Sunday.", "GIN"),
    ("Soldiers staged a coup in Conakry on Sunday.", "GIN"),
])
def test_an_army_seizing_power_is_a_coup_with_its_source(pipe, text, country):
    evs = events(pipe, text, PUB)
    assert hits(evs, "180", country=country), show(evs)


def test_a_coup_against_a_president_names_its_target(pipe):
    evs = events(pipe, "The army took power from President Kabore on Monday.", PUB)
    assert hits(evs, "180", source="army", target="Kabore"), show(evs)
    evs = events(pipe, "Renegade officers launched a coup against the president.", PUB)
    assert hits(evs, "180", source="officers", target="president"), show(evs)


@pytest.mark.parametrize("text", [
    "The party took power after winning the election.",
    "The opposition took power in 2019.",
    "Labour took power from the Conservatives.",
    "The theatre staged a comedy about a coup.",
])
def test_power_won_in_an_election_is_no_coup(pipe, text):
    evs = events(pipe, text, PUB)
    assert not with_root(evs, "18"), show(evs)


def test_rebels_seizing_control_of_a_city_stay_an_occupation(pipe):
    evs = events(pipe, "Houthi rebels on Monday seized control of Sanaa.", PUB)
    assert with_root(evs, "192"), show(evs)
    assert not with_root(evs, "180"), show(evs)


# ---------------------------------------------------------------------------------------------
# searches of premises


@pytest.mark.parametrize("text, source", [
    ("Police searched the offices of the broadcaster.", "Police"),
    ("FBI agents searched the home of the former adviser.", "FBI agents"),
    ("Prosecutors searched the health ministry on Tuesday.", "Prosecutors"),
    ("Police searched the offices of the independent weekly on Monday.", "Police"),
])
def test_premises_searched_by_police_or_prosecutors_are_coerced(pipe, text, source):
    evs = events(pipe, text, PUB)
    assert hits(evs, "170", source=source), show(evs)


@pytest.mark.parametrize("text", [
    "Rescuers searched the rubble for survivors.",
    "Police searched for the missing girl.",
    "Police searched the forest for the missing hiker.",
    "She searched the office for her keys.",
])
def test_a_search_for_someone_or_of_rubble_is_no_event(pipe, text):
    evs = events(pipe, text, PUB)
    assert not with_root(evs, "17"), show(evs)


def test_police_raids_stay_coercion_not_force(pipe):
    evs = events(pipe, "Indian police raided the offices of the BBC in New Delhi.", PUB)
    assert hits(evs, "170", country="IND"), show(evs)
    assert not with_root(evs, "19"), show(evs)


# ---------------------------------------------------------------------------------------------
# vows to protest; negated sanctions


@pytest.mark.parametrize("text", [
    "The opposition leader vowed to lead protests against the government.",
    "Farmers vowed to organise demonstrations across the country.",
    "Farmers vowed to stage demonstrations across the country.",
    "The opposition vowed to launch a general strike next week.",
])
def test_a_vow_to_protest_is_a_threat_of_dissent(pipe, text):
    evs = events(pipe, text, PUB)
    assert with_root(evs, "133"), show(evs)
    assert not with_root(evs, "030"), show(evs)


@pytest.mark.parametrize("text", [
    "The coach vowed to lead the team to victory.",
    "The minister vowed to lead the party into the election.",
])
def test_a_vow_to_lead_a_team_or_party_is_no_protest(pipe, text):
    evs = events(pipe, text, PUB)
    assert not with_root(evs, "13"), show(evs)


@pytest.mark.parametrize("text", [
    "The European Union would not impose sanctions on Turkey, the minister said.",
    "Washington will not impose new sanctions on Venezuela.",
])
def test_a_sanction_not_to_be_imposed_is_negated_not_a_refusal(pipe, text):
    evs = events(pipe, text, PUB)
    assert [e for e in evs if e.cameo.startswith("16") and e.status == "negated"], show(evs)
    assert not with_root(evs, "16") and not with_root(evs, "12"), show(evs)


def test_a_refusal_to_impose_sanctions_is_a_refusal(pipe):
    evs = events(pipe, "The EU refused to impose sanctions on Israel.", PUB)
    assert hits(evs, "12", country="EUR", tcountry="ISR"), show(evs)


# ---------------------------------------------------------------------------------------------
# loans and disbursements approved


@pytest.mark.parametrize("text, src, tgt", [
    ("The IMF approved a $1.2 billion disbursement for Ghana.", "IMF", "GHA"),
    ("The IMF approved the next disbursement for Ghana on Friday.", "IMF", "GHA"),
    ("The IMF approved a loan of $3 billion for Pakistan.", "IMF", "PAK"),
    ("The European Union granted a bailout to Greece.", "EUR", "GRC"),
])
def test_a_loan_or_disbursement_approved_is_economic_aid(pipe, text, src, tgt):
    evs = events(pipe, text, PUB)
    assert hits(evs, "071", country=src, tcountry=tgt), show(evs)


def test_a_disbursement_of_a_firm_is_no_aid(pipe):
    evs = events(pipe, "The company announced a dividend disbursement to its shareholders.", PUB)
    assert not with_root(evs, "07"), show(evs)


# ---------------------------------------------------------------------------------------------
# repair 198: "to" before a plural noun is a preposition


@pytest.mark.parametrize("text", [
    "The government conceded to demands that exiles should be allowed to vote.",
    "The Lebanese government conceded to demands that public wages be raised.",
    "The president bowed to demands that he dismiss the police chief.",
])
def test_a_government_conceding_to_demands_accedes(pipe, text):
    evs = events(pipe, text, PUB)
    assert with_root(evs, "083"), show(evs)


def test_repair_198_reads_to_before_a_plural_noun_as_a_preposition(pipe):
    from lapwing.extract.events.parse_repair import repaired

    doc = repaired(pipe.nlp("The government conceded to demands that exiles should be allowed to vote."))
    to, noun = doc[3], doc[4]
    assert (to.dep_, noun.dep_, noun.head.lower_) == ("case", "obl", "conceded")


@pytest.mark.parametrize("text, root", [
    ("Turkey offered to host talks between the two sides.", "036"),
    ("Hamas threatened to fire rockets at Israel.", "138"),
])
def test_an_infinitive_after_to_stays_a_clause(pipe, text, root):
    evs = events(pipe, text, PUB)
    assert with_root(evs, root), show(evs)
