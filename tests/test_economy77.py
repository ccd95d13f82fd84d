"""Session 38, round sd77 (issue 10): economic and material cooperation classes read off the reference batch 34
(tests/data/event_reference/34_economy_cooperation.tsv), each fixed by lexicon rows with several phrasings and
controls. Sentences written for these tests.

* energy supplies, deliveries, shipments or exports of gas, oil, fuel, coal or power cut, halted, stopped or suspended
  by a political doer (163, an embargo: ``cut_energy`` and its kin; before the aid rows, which gave 162); a storm, a
  fire or a firm that cuts power or halts exports is no doer of an embargo;
* new lending suspended, halted or stopped, with the gerund "lending" parsed as the verb's clause (1621);
* imports, exports and transit cut off, stopped or halted (163);
* a surtax slapped on or imposed (163, as a tariff);
* the sale of weapons approved or cleared (072) and blocked, halted, frozen or suspended (1622), the buyer named in the
  to-phrase on the sale or on the weapons.
"""

from __future__ import annotations

import pytest

from event_helpers import events, hits, show

PUB = "2026-12-09"  # a Wednesday


# ---- energy supplies cut --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,src,tgt", [
    ("Russia cut off oil supplies to Belarus on Monday in a row over transit fees.", "RUS", "BLR"),
    ("Kazakhstan halted coal deliveries to Kyrgyzstan on Friday.", "KAZ", "KGZ"),
    ("Iran stopped gas exports to Turkey in January.", "IRN", "TUR"),
    ("Qatar suspended fuel shipments to Lebanon on Sunday.", "QAT", "LBN"),
    ("The Algerian government cut off gas deliveries to Morocco in October.", "DZA", "MAR"),
])
def test_energy_supplies_cut_are_an_embargo(pipe, text, src, tgt):
    evs = events(pipe, text, PUB)
    assert hits(evs, "163", country=src, tcountry=tgt), show(evs)


@pytest.mark.parametrize("text", [
    "Heavy snow cut power to 30,000 homes on Tuesday.",
    "The storm cut off gas supplies to three towns in the valley.",
    "The company halted oil exports after a fire at the terminal.",
    "Engineers stopped the gas flow to repair a leaking pipe.",
])
def test_energy_cut_controls_are_no_embargo(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo.startswith("16")], show(evs)


def test_aid_deliveries_halted_stay_aid_cuts(pipe):
    evs = events(pipe, "The Dutch government halted its aid deliveries to Rwanda on Tuesday.", PUB)
    assert hits(evs, "162", country="NLD", tcountry="RWA") and not hits(evs, "163"), show(evs)


# ---- lending suspended ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,src,tgt", [
    ("The Asian Development Bank suspended new lending to Myanmar on Monday.", "IGO", "MMR"),
    ("The World Bank suspended new lending to Zimbabwe on Tuesday over its arrears.", "WBK", "ZWE"),
    ("The Inter-American Development Bank stopped new lending to Nicaragua.", "IGO", "NIC"),
    ("The African Development Bank halted new lending to Guinea after the coup.", "IGO", "GIN"),
    ("The IMF halted lending to Guinea on Monday.", "IMF", "GIN"),
])
def test_lending_suspended_is_economic_aid_stopped(pipe, text, src, tgt):
    evs = events(pipe, text, PUB)
    assert [e for e in hits(evs, "1621", tcountry=tgt) if e.source is not None
            and src in (e.source.country, e.source.sector)], show(evs)


def test_lending_resumed_is_no_cut(pipe):
    evs = events(pipe, "The World Bank resumed lending to Sudan on Monday.", PUB)
    assert not hits(evs, "162"), show(evs)


# ---- imports, exports and transit cut off ---------------------------------------------------------------------------


@pytest.mark.parametrize("text,src", [
    ("Beijing cut off imports of Japanese seafood on Thursday.", "CHN"),
    ("China cut off imports of Australian coal on Friday.", "CHN"),
    ("Poland stopped the transit of Russian grain through its territory on Monday.", "POL"),
    ("Kazakhstan halted the transit of Russian coal to Ukraine.", "KAZ"),
])
def test_trade_cut_off_is_an_embargo(pipe, text, src):
    evs = events(pipe, text, PUB)
    assert hits(evs, "163", country=src), show(evs)


@pytest.mark.parametrize("text", [
    "The farmer cut off the dead branches of the apple trees.",
    "The train stopped in transit at the border station for an hour.",
])
def test_trade_cut_controls(pipe, text):
    evs = events(pipe, text, PUB)
    assert not hits(evs, "163"), show(evs)


# ---- surtaxes -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,src", [
    ("Canada slapped a 25 percent surtax on Chinese steel on Tuesday.", "CAN"),
    ("Mexico imposed a 30 percent surtax on Chinese shoes on Monday.", "MEX"),
    ("India slapped a surtax on imports of Malaysian palm oil.", "IND"),
])
def test_surtax_is_a_sanction(pipe, text, src):
    evs = events(pipe, text, PUB)
    assert hits(evs, "163", country=src), show(evs)


# ---- arms sales approved and blocked --------------------------------------------------------------------------------


@pytest.mark.parametrize("text,src,tgt", [
    ("The State Department approved the sale of 12 attack helicopters to Nigeria.", "USA", "NGA"),
    ("Berlin cleared the sale of 40 tanks to Qatar on Monday.", "DEU", "QAT"),
    ("The US government approved a $2 billion sale of missiles to Taiwan on Friday.", "USA", "TWN"),
])
def test_arms_sale_approved_is_military_aid(pipe, text, src, tgt):
    evs = events(pipe, text, PUB)
    assert hits(evs, "072", country=src, tcountry=tgt), show(evs)


@pytest.mark.parametrize("text,src,tgt", [
    ("The US Senate blocked the sale of 20 fighter jets to Egypt.", "USA", "EGY"),
    ("Ottawa halted the sale of armoured vehicles to Riyadh on Friday.", "CAN", "SAU"),
    ("The German government has frozen the sale of 50 tanks to Turkey.", "DEU", "TUR"),
    ("Spain suspended the sale of 400 bombs to Saudi Arabia.", "ESP", "SAU"),
])
def test_arms_sale_blocked_is_military_aid_stopped(pipe, text, src, tgt):
    evs = events(pipe, text, PUB)
    assert hits(evs, "1622", country=src, tcountry=tgt), show(evs)
    assert not hits(evs, "072"), show(evs)


@pytest.mark.parametrize("text", [
    "The city council approved the sale of the old fire station to a developer.",
    "The court blocked the sale of the football club to a Saudi investor.",
])
def test_sale_controls_are_no_arms_acts(pipe, text):
    evs = events(pipe, text, PUB)
    assert not hits(evs, "072") and not hits(evs, "1622"), show(evs)


# ---- agreements: signed in the passive with a between-phrase, accessions ratified -----------------------------------


@pytest.mark.parametrize("text,src,tgt", [
    ("A gas deal between Turkmenistan and China was signed in Ashgabat on Monday.", "TKM", "CHN"),
    ("An agreement between Egypt and Sudan on sharing the Nile was signed on Friday.", "EGY", "SDN"),
    ("A defence pact between Kenya and Ethiopia was signed in Nairobi on Thursday.", "KEN", "ETH"),
])
def test_agreement_between_signed_in_the_passive(pipe, text, src, tgt):
    evs = events(pipe, text, PUB)
    assert hits(evs, "057", country=src, tcountry=tgt), show(evs)


@pytest.mark.parametrize("text", [
    "The deal was signed after months of talks.",
    "A contract between the club and its coach was signed on Monday.",
])
def test_signed_controls_have_no_state_pair(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in hits(evs, "057") if e.source is not None and e.source.country], show(evs)


@pytest.mark.parametrize("text,src,tgt", [
    ("The Turkish parliament ratified Finland's accession to NATO on Thursday.", "TUR", "FIN"),
    ("Lawmakers in Hungary on Wednesday ratified Sweden's bid to join the alliance.", "HUN", "SWE"),
    ("The Croatian parliament ratified Montenegro's membership of the alliance.", "HRV", "MNE"),
])
def test_accession_ratified_is_an_agreement(pipe, text, src, tgt):
    evs = events(pipe, text, PUB)
    assert hits(evs, "057", country=src, tcountry=tgt), show(evs)


def test_budget_ratified_is_no_agreement(pipe):
    evs = events(pipe, "The parliament ratified the budget on Monday.", PUB)
    assert not hits(evs, "057"), show(evs)


# ---- joint acts of two nationality words on one noun ----------------------------------------------------------------


@pytest.mark.parametrize("text,src,tgt", [
    ("Kenyan and Ugandan troops held joint exercises near Lake Victoria on Monday.", "KEN", "UGA"),
    ("French and German soldiers held joint drills in Alsace last week.", "FRA", "DEU"),
    ("Indonesian and Malaysian marines held joint drills off Borneo on Friday.", "IDN", "MYS"),
])
def test_two_nationality_words_hold_a_joint_exercise(pipe, text, src, tgt):
    evs = events(pipe, text, PUB)
    assert hits(evs, "062", country=src, tcountry=tgt), show(evs)


def test_one_nationality_joint_exercise_keeps_its_partner(pipe):
    evs = events(pipe, "Kenyan troops held joint exercises with Ugandan soldiers on Monday.", PUB)
    assert hits(evs, "062", country="KEN", tcountry="UGA"), show(evs)
