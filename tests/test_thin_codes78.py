"""Session 39, round sb78 (issue 10): CAMEO codes the reference set tested once or never, read off the reference batch
36 (tests/data/event_reference/36_thin_codes.tsv) and fixed by general rules and lexicon rows with several phrasings,
each with controls. Sentences written for these tests.

* parse repair 302: a bare verb after "to" and a time phrase read as an adjective of the noun it governs, with
  modifiers of the noun between ("threatened on Monday *to sever* diplomatic relations with"): the to-clause's verb;
* content classes: a party deregistered or proscribed is a ban (1322 threatened); a curfew threatened is 1323 and a
  state of emergency 1324, not a party ban; emergency rule ended or a ban ended is an administrative sanction eased
  (0351 promised, 0251 asked for); sanctions ended are 1054 when demanded; mediation accepted or welcomed is 038 /
  028, not an offer to mediate (039); investment and trade asked for are economic cooperation (0211); free speech,
  free assembly and press freedom are rights (1043, 0243); the verb and a noun compound on its object are a key of
  their own ("end *emergency* rule" -> end_emergency);
* a warning to someone that the warner will act, or that a measure will be taken with no doer named, is a threat of
  that content against the one warned (``warn_obj_that_pron``, ``warn_obj_that_pass``, frame condition
  ``xagentless``);
* a ban, suspension or dissolution of a party lifted, ended, overturned, revoked or reversed is 0812, a ban on rallies
  or the press lifted 0811;
* a demand or call whose for-phrase the parse hangs on its light verb after a time phrase ("issued a demand *on
  Tuesday* for ...") takes that phrase as its content;
* "walk out of" the talks read as one preposition ("out_of") is a walk-out (164), and so is "will walk out of the
  talks" parsed with the talks as the object of the particle verb (a threat to halt talks, 134, under "will ... if");
* the object of the content verb of a fixed-code pattern ("threatened to impose *a curfew*") is part of its content,
  as a family pattern's is: no act of its own (1723 beside the threat 1323);
* a mediator's role ended, abandoned or quit is mediation halted (165); inspectors let visit, inspect or enter a site
  are received (0862).
"""

from __future__ import annotations

import pytest

from event_helpers import events, show

PUB = "2026-12-09"  # a Wednesday


def coded(evs, code, country=None, tcountry=None, statuses=("asserted", "attributed", "future")):
    """The events coded exactly ``code`` with one of ``statuses`` (source / target country checked when given)."""
    return [e for e in evs if e.cameo == code and e.status in statuses
            and (country is None or (e.source is not None and e.source.country == country))
            and (tcountry is None or (e.target is not None and e.target.country == tcountry))]


# ---- repair 302: "threatened on Monday to sever diplomatic relations" ----------------------------------------------


@pytest.mark.parametrize("text,src,tgt", [
    ("Bolivia threatened on Friday to sever diplomatic relations with Chile over the river dispute.", "BOL", "CHL"),
    ("Somalia threatened on Sunday to break diplomatic ties with Kenya.", "SOM", "KEN"),
    ("Iran threatened last week to expel European diplomats if the sanctions were renewed.", "IRN", None),
])
def test_threat_after_a_time_phrase_keeps_its_content(pipe, text, src, tgt):
    evs = events(pipe, text, PUB)
    assert coded(evs, "1313", country=src, tcountry=tgt), show(evs)


@pytest.mark.parametrize("text", [
    "The envoy travelled on Monday to distant mountain provinces.",
    "The minister spoke on Friday to angry local farmers.",
])
def test_a_place_after_a_time_phrase_is_no_threat(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo.startswith("13")], show(evs)


# ---- content classes ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,src", [
    ("Uganda's electoral commission threatened to deregister the opposition party FDC.", "UGA"),
    ("The Pakistani government threatened to proscribe the Tehreek party after the riots.", "PAK"),
])
def test_a_party_deregistered_or_proscribed_is_a_ban_threatened(pipe, text, src):
    evs = events(pipe, text, PUB)
    assert coded(evs, "1322", country=src), show(evs)


def test_a_boycott_threatened_stays_a_sanctions_threat(pipe):
    evs = events(pipe, "Malaysia threatened to boycott Danish goods over the cartoons.", PUB)
    assert coded(evs, "1312", country="MYS") and not coded(evs, "1322"), show(evs)


@pytest.mark.parametrize("text,code,src", [
    ("The Thai army warned the protest leaders that it would impose a curfew on Bangkok if the sit-ins went on.",
     "1323", "THA"),
    ("Kenya's interior minister warned traders in Mombasa that a night curfew would be imposed if the looting "
     "continued.", "1323", "KEN"),
    ("Peru's prime minister warned the miners that a state of emergency would be declared in Puno if the blockades "
     "went on.", "1324", "PER"),
])
def test_a_curfew_or_emergency_threatened_is_not_a_party_ban(pipe, text, code, src):
    evs = events(pipe, text, PUB)
    assert coded(evs, code, country=src) and not coded(evs, "1322"), show(evs)


def test_a_warning_that_another_party_will_attack_is_no_threat_of_force(pipe):
    evs = events(pipe, "The army warned villagers that rebels would attack the town.", PUB)
    assert not [e for e in evs if e.cameo.startswith("138")], show(evs)


@pytest.mark.parametrize("text,code,src", [
    ("The Sri Lankan government promised on Friday to end emergency rule in the north by March.", "0351", "LKA"),
    ("Nepal's tourism minister urged the Kathmandu city council to end the ban on night markets.", "0251", "NPL"),
    ("Chilean truckers called on the authorities to end the curfew in Temuco.", "0251", "CHL"),
])
def test_curbs_ended_are_administrative_sanctions_eased(pipe, text, code, src):
    evs = events(pipe, text, PUB)
    assert coded(evs, code, country=src), show(evs)
    assert not [e for e in evs if e.cameo.startswith("13")], show(evs)


@pytest.mark.parametrize("text,src,tgt", [
    ("Cuba demanded on Friday that the United States end its embargo.", "CUB", "USA"),
    ("Syria's foreign minister insisted that the European Union end its sanctions on Syrian banks.", "SYR", "EUR"),
])
def test_sanctions_ended_on_demand_are_1054(pipe, text, src, tgt):
    evs = events(pipe, text, PUB)
    assert coded(evs, "1054", country=src, tcountry=tgt), show(evs)


@pytest.mark.parametrize("text,code,src", [
    ("Mozambique's government said it was ready to accept mediation by the Catholic Church.", "038", "MOZ"),
    ("The Colombian government said it would welcome Cuban mediation in the talks.", "038", "COL"),
    ("The African Union urged Sudan's army to accept mediation by Kenya.", "028", None),
])
def test_mediation_accepted_is_not_an_offer_to_mediate(pipe, text, code, src):
    evs = events(pipe, text, PUB)
    assert coded(evs, code, country=src, statuses=("asserted", "future", "hypothetical")), show(evs)
    assert not coded(evs, "039", statuses=("asserted", "future", "hypothetical")), show(evs)


def test_an_offer_to_mediate_stays_039(pipe):
    evs = events(pipe, "Norway offered on Tuesday to mediate between Colombia and the ELN rebels.", PUB)
    assert coded(evs, "039", country="NOR"), show(evs)


@pytest.mark.parametrize("text,src,tgt", [
    ("Ghana's president urged German companies to invest in the country's cocoa processing plants.", "GHA", "DEU"),
    ("Vietnam appealed to Canada for a new trade partnership on seafood and timber.", "VNM", "CAN"),
])
def test_investment_and_trade_asked_for_are_economic_cooperation(pipe, text, src, tgt):
    evs = events(pipe, text, PUB)
    assert coded(evs, "0211", country=src, tcountry=tgt), show(evs)


@pytest.mark.parametrize("text,code,src", [
    ("Zambian journalists urged the government to respect press freedom.", "0243", "ZMB"),
    ("Armenia's opposition issued a demand on Friday for guarantees of free speech before the vote.", "1043", "ARM"),
])
def test_free_speech_and_press_freedom_are_rights(pipe, text, code, src):
    evs = events(pipe, text, PUB)
    assert coded(evs, code, country=src), show(evs)
    assert not coded(evs, "1053") and not coded(evs, "0253"), show(evs)


# ---- bans on parties and on rallies lifted --------------------------------------------------------------------------


@pytest.mark.parametrize("text,src", [
    ("Guinea's junta lifted the suspension of the opposition parties on Friday.", "GIN"),
    ("Egypt ended its ban on the Wafd party.", "EGY"),
    ("A court in Lusaka overturned the ban on the opposition party.", "ZMB"),
    ("Chad's interior ministry revoked the suspension of the opposition party.", "TCD"),
    ("Myanmar lifted the ban on the opposition party.", "MMR"),
])
def test_party_bans_lifted_are_0812(pipe, text, src):
    evs = events(pipe, text, PUB)
    assert coded(evs, "0812", country=src), show(evs)


@pytest.mark.parametrize("text,src", [
    ("The Ugandan government lifted a ban on opposition rallies on Thursday.", "UGA"),
    ("Kenya's High Court overturned the ban on protests in central Nairobi.", "KEN"),
])
def test_bans_on_rallies_lifted_are_0811(pipe, text, src):
    evs = events(pipe, text, PUB)
    assert coded(evs, "0811", country=src) and not coded(evs, "0812"), show(evs)


@pytest.mark.parametrize("text", [
    "The referee overturned the ban on the striker.",
    "The league lifted the suspension of the goalkeeper after an appeal.",
])
def test_sports_bans_lifted_are_no_event(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo.startswith("081")], show(evs)


# ---- a demand's for-phrase on its light verb ------------------------------------------------------------------------


@pytest.mark.parametrize("text,code,src", [
    ("Malian officials issued a demand on Friday for more UN peacekeepers in the north.", "1034", "MLI"),
    ("Hamas issued a demand on Sunday for the release of all Palestinian prisoners.", "1053", "PSE"),
])
def test_a_demand_for_phrase_after_a_time_phrase_is_its_content(pipe, text, code, src):
    evs = events(pipe, text, PUB)
    assert coded(evs, code, country=src), show(evs)


def test_a_demand_with_no_content_is_no_event(pipe):
    evs = events(pipe, "The union issued a demand on Monday.", PUB)
    assert not [e for e in evs if e.cameo.startswith("10")], show(evs)


# ---- "walk out of" read as one preposition ------------------------------------------------------------------------


@pytest.mark.parametrize("text,src,tgt", [
    ("Serbia walked out of the EU-brokered talks with Kosovo on Monday.", "SRB", "XKX"),
    ("Mali's government walked out of the peace talks with the Tuareg rebels on Friday.", "MLI", None),
])
def test_walking_out_of_talks_is_164(pipe, text, src, tgt):
    evs = events(pipe, text, PUB)
    assert coded(evs, "164", country=src, tcountry=tgt), show(evs)


def test_walking_out_of_a_room_is_no_event(pipe):
    evs = events(pipe, "The minister walked out of the room to take a phone call.", PUB)
    assert not coded(evs, "164"), show(evs)


# ---- the object of a threat's content verb is no act of its own -----------------------------------------------------


@pytest.mark.parametrize("text,src", [
    ("The governor of North Kivu threatened on Friday to impose a curfew on Goma if the riots continued.", "COD"),
    ("Bolivia's army threatened to impose a curfew in Cochabamba.", "BOL"),
])
def test_a_threatened_curfew_is_not_also_imposed(pipe, text, src):
    evs = events(pipe, text, PUB)
    assert coded(evs, "1323", country=src), show(evs)
    assert not [e for e in evs if e.cameo == "1723"], show(evs)


def test_a_curfew_imposed_stays_1723(pipe):
    evs = events(pipe, "Bolivia's army imposed a curfew in Cochabamba on Friday.", PUB)
    assert coded(evs, "1723", country="BOL"), show(evs)


# ---- a mediator's role ended; inspectors let visit ------------------------------------------------------------------


@pytest.mark.parametrize("text,src", [
    ("Norway ended its role as a mediator between the Sri Lankan government and the Tamil rebels.", "NOR"),
    ("Egypt abandoned its role as a mediator in the Gaza talks.", "EGY"),
    ("Kenya quit its role as a broker between the two Sudanese factions.", "KEN"),
])
def test_a_mediators_role_ended_is_mediation_halted(pipe, text, src):
    evs = events(pipe, text, PUB)
    assert coded(evs, "165", country=src), show(evs)


def test_an_actors_role_ended_is_no_event(pipe):
    evs = events(pipe, "The actor ended his role as a villain in the series.", PUB)
    assert not evs, show(evs)


@pytest.mark.parametrize("text,src", [
    ("Pyongyang let a team of UN inspectors visit the Yongbyon reactor on Friday.", "PRK"),
    ("Iraq let the weapons inspectors enter the presidential palaces.", "IRQ"),
])
def test_inspectors_let_visit_are_received(pipe, text, src):
    evs = events(pipe, text, PUB)
    assert coded(evs, "0862", country=src), show(evs)


def test_journalists_let_visit_are_no_inspectors(pipe):
    evs = events(pipe, "The army let a team of journalists visit the front line.", PUB)
    assert not coded(evs, "0862"), show(evs)


@pytest.mark.parametrize("text,src,tgt", [
    ("Serbia will walk out of the talks with Kosovo if Pristina imposes the tax.", "SRB", "XKX"),
    ("The Sudanese army will walk out of the Jeddah talks with the RSF if the shelling goes on, a general said.",
     "SDN", None),
])
def test_a_walk_out_announced_under_a_condition_is_a_threat_to_halt_talks(pipe, text, src, tgt):
    evs = events(pipe, text, PUB)
    assert coded(evs, "134", country=src, tcountry=tgt), show(evs)
    assert not coded(evs, "133"), show(evs)
