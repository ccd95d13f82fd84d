"""Event coder, session 35, round fc71 (issue 10, precision): wrong codes in business and economic wire copy, the
classes round fp70's audit of Reuters-21578 left (docs/events.md, round fc71). Every sentence here was written for
this test; each class is tested in several phrasings next to the real acts that must stay as they are:

* a state's intent to change its own economic policy (privatise, cut its deficit or taxes, stimulate its economy,
  devalue) is a policy intent, 0342 (content class ``policy``), not the bare 030 nor economic aid 0331; an appeal,
  a demand or a refusal of it takes the policy codes too (0242, 1042, 1232). A loan or aid promised stays 0331;
* "received" a regulator's approval, a clearance or a sum of money is no hosting of a visitor (043): ``receive``;
* one state "charging" another with violations is an accusation (112 and its content codes), not a legal charge
  (173): ``charge_state_with``, a state's object and a charge of violations, incursions, interference and the like.
  Prosecutors or a government charging a person or a firm ("five counts of ...") stay 173;
* a bank or a firm "taken over" by a state, a bank or a buyer is no occupation (192): ``f_take_over_place``; armed
  men taking over a bank (``f_take_over_bank_armed``), a town or an airport stay 192;
* a debtor stopping payments on its debt or to its creditor banks is a moratorium, no cut of aid (1621, 162);
  a donor's cut of loans, funding or disbursements to a country stays 1621;
* "left OPEC stronger" (leave + an adjective small clause) is no leaving of an organisation (160): ``leave_org``
  and ``quit_org``; a government leaving a bloc stays 160.
"""

from __future__ import annotations

import pytest

from event_helpers import events as _events, show as _show, with_root as _root

CLAIMED = ("asserted", "attributed", "future")


def _codes(evs):
    return {e.cameo for e in evs}


# -- a state's own economic policy intent is 0342 ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Peruvian government pledged to privatise forty state firms by 1995.",
    "Thailand promised to cut its budget deficit next year.",
    "The Italian government agreed to reduce taxes on small farms.",
    "Sweden intends to stimulate its economy with lower interest rates.",
    "The Kenyan government is prepared to devalue the shilling.",
])
def test_own_economic_policy_intent_is_0342(pipe, text):
    evs = _events(pipe, text)
    assert "0342" in _codes(evs), _show(evs)
    assert not {"030", "0331", "033"} & _codes(evs), _show(evs)


@pytest.mark.parametrize("text,code", [
    ("The IMF urged Brazil to cut its budget deficit.", "0242"),
    ("Egypt refused to cut food subsidies.", "1232"),
])
def test_appeal_and_refusal_of_economic_policy(pipe, text, code):
    evs = _events(pipe, text)
    assert code in _codes(evs), _show(evs)


@pytest.mark.parametrize("text", [
    "Japan will lend 50 billion yen to Kenya.",
    "The World Bank intends to provide a loan of 200 mln dlrs to Ghana.",
])
def test_promised_loans_stay_economic_aid(pipe, text):
    evs = _events(pipe, text)
    assert "0331" in _codes(evs), _show(evs)


# -- receiving an approval or money is no hosting ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The mining firm received Securities and Exchange Commission approval to issue new shares.",
    "Mexico received the first 300 mln dlrs of a credit from a Japanese bank.",
    "The company said it had received Justice Department clearance for the merger.",
    "The utility has received Energy Commission permission to raise its rates.",
])
def test_received_approval_or_money_is_no_hosting(pipe, text):
    evs = _events(pipe, text)
    assert not _root(evs, "04"), _show(evs)


@pytest.mark.parametrize("text", [
    "The Saudi king received the Iraqi prime minister.",
    "The Brazilian president received the American envoy in Brasilia.",
])
def test_receiving_a_visitor_stays_hosting(pipe, text):
    evs = _events(pipe, text)
    assert "043" in _codes(evs), _show(evs)


# -- a state charging another state is an accusation ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Iran has charged Iraq with repeated infringements of the ceasefire line.",
    "Greece charged Turkey with violations of its air space.",
    "The Indian government charged Pakistan with fresh border incursions.",
    "The Canadian government charged Norway with violations of the fishing treaty.",
])
def test_state_charging_a_state_is_an_accusation(pipe, text):
    evs = _events(pipe, text)
    assert _root(evs, "112"), _show(evs)
    assert "173" not in _codes(evs), _show(evs)


@pytest.mark.parametrize("text", [
    "Prosecutors charged the former Brazilian president with corruption.",
    "The Kenyan government charged the opposition leader with treason.",
    "The Swedish environment ministry charged the chemical firm Nordkem with five counts of illegal waste disposal.",
])
def test_charging_a_person_stays_a_legal_charge(pipe, text):
    evs = _events(pipe, text)
    assert "173" in _codes(evs), _show(evs)


# -- a bank or a firm taken over is no occupation ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Two failing banks were taken over by the Thai central bank.",
    "The finance ministry took over the failing lender on Friday.",
    "The Chilean state took over three insolvent banks last year.",
    "The troubled insurance company was taken over by the government.",
])
def test_bank_taken_over_is_no_occupation(pipe, text):
    evs = _events(pipe, text)
    assert not _root(evs, "19"), _show(evs)


@pytest.mark.parametrize("text", [
    "Troops took over the airport.",
    "Rebels took over the town of Goma.",
    "Rebel fighters took over the central bank in the capital.",
])
def test_places_taken_over_stay_occupation(pipe, text):
    evs = _events(pipe, text)
    assert "192" in _codes(evs), _show(evs)


# -- a debtor's moratorium is no cut of aid -----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Brazil halted payments on its foreign debt last February.",
    "Brazil suspended payments to its foreign commercial bank creditors.",
    "Ecuador has stopped payments on its foreign loans since March.",
    "Peru froze debt payments to foreign banks.",
])
def test_debt_moratorium_is_no_aid_cut(pipe, text):
    evs = _events(pipe, text)
    assert not _root(evs, "162"), _show(evs)


@pytest.mark.parametrize("text", [
    "The European Commission froze its funding for Hungary.",
    "The IMF halted disbursements to Zambia.",
    "The World Bank suspended loans to Mozambique.",
])
def test_donor_cuts_stay_aid_cuts(pipe, text):
    evs = _events(pipe, text)
    assert _root(evs, "162"), _show(evs)


# -- "left OPEC stronger" is no leaving -------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Saudi government left OPEC stronger after the price war.",
    "The minister said the Saudi government would leave OPEC stronger and more united.",
    "The Nigerian government's decision left the bloc weaker than before.",
])
def test_leaving_an_organisation_stronger_is_no_exit(pipe, text):
    evs = _events(pipe, text)
    assert not _root(evs, "16"), _show(evs)


@pytest.mark.parametrize("text", [
    "The Malian government left the regional bloc.",
    "The Burundian government quit the International Criminal Court.",
])
def test_leaving_a_bloc_stays_160(pipe, text):
    evs = _events(pipe, text)
    assert "160" in _codes(evs), _show(evs)
