"""Precision on unseen wire news, session 33 round fr63 (issue 10): commerce told in the words of cooperation.

- a promise, a cooperation, an aid or a concession whose other side is a firm's trading party (customers, buyers,
  shareholders) is commerce (``commerce_acts.commerce_party``);
- an export, import or tender licence granted is trade, no easing of political freedoms (``trade_licence``);
- exports or trade raised by one country with no partner are a quantity, no economic cooperation
  (``partnerless_trade``);
- the by-clause of a requested act is how the party asked would do it, no act of the asker (``means_of_request``);
- a resignation from a firm's post is no political yielding (``firm_resignation``);
- the noun "opposition" (or "resistance") with a from / to / within phrase or a degree word is an attitude, no doer
  (``attitude_doer.py``): "opposition from three senators forced her to rewrite the bill";
- a firm, or a firm's officer, that the article names as such elsewhere ("Bexlon Inc said ...", then "Bexlon
  president, Mark Dorian, said ...") makes no political statement or request (``firm_names.py``);
- the country of a currency ("2.5 billion *Canadian* dlrs") is no target (``money_party``).

Controls: the same verbs between political actors still code. All sentences are invented.
"""

from __future__ import annotations

import pytest

from event_helpers import events, show, with_trigger


@pytest.mark.parametrize("text, trigger", [
    ("Kuwait's national oil company made price concessions to Korean customers in the new contracts.", "concessions"),
    ("The state mining firm offered concessions on delivery terms to its Italian buyers.", "concessions"),
    ("Nigeria has committed itself to its European crude buyers for the whole year.", "committed"),
    ("Venezuela pledged to supply more crude to its American refiners next year.", "pledged"),
    ("Norway promised steady gas deliveries to German customers through the winter.", "promised"),
    ("Brazil agreed to cooperate with foreign shareholders of the steel group on the sale.", "agreed"),
])
def test_concessions_and_promises_to_trading_parties_are_commerce(pipe, text, trigger):
    evs = events(pipe, text)
    assert not with_trigger(evs, trigger), show(evs)


@pytest.mark.parametrize("text, trigger, root", [
    ("Ukraine made concessions to Hungary on the language law.", "concessions", "08"),
    ("The government made concessions to the striking miners on Tuesday.", "concessions", "08"),
    ("Nigeria has committed itself to a ceasefire with the rebels.", "committed", "03"),
    ("Venezuela pledged to supply more crude to Cuba next year.", "pledged", "03"),
    ("Norway promised humanitarian aid to Sudan.", "promised", "03"),
])
def test_concessions_and_promises_to_states_stay(pipe, text, trigger, root):
    evs = events(pipe, text)
    assert with_trigger(evs, trigger, root=root), show(evs)


@pytest.mark.parametrize("text", [
    "The EC Commission granted 40,000 tonnes of barley export licences at the weekly tender.",
    "The ministry granted import licences for 20,000 tonnes of sugar on Monday.",
    "The Indonesian government granted new drilling permits to three oil companies.",
    "Brussels granted wheat export licences to traders at Wednesday's tender.",
])
def test_trade_licences_are_no_easing_of_freedoms(pipe, text):
    evs = events(pipe, text)
    assert not [e for e in evs if e.cameo == "0811"], show(evs)


@pytest.mark.parametrize("text", [
    "Egypt granted accreditation to foreign journalists.",
    "The Hungarian government reinstated the licence of the opposition radio.",
    "Russia restored the licence of the independent broadcaster.",
])
def test_licences_of_the_press_stay_0811(pipe, text):
    evs = events(pipe, text)
    assert [e for e in evs if e.cameo == "0811"], show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("Qatar managed to boost its exports of fertiliser in March.", "boost"),
    ("Indonesia boosted its exports of plywood last year.", "boosted"),
    ("Malaysia will increase its exports of palm oil next season.", "increase"),
    ("Argentina expanded grain exports sharply in the first quarter.", "expanded"),
])
def test_trade_raised_with_no_partner_is_a_quantity(pipe, text, trigger):
    evs = events(pipe, text)
    assert not [e for e in with_trigger(evs, trigger) if e.cameo.startswith("06")], show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("India and Bangladesh boosted trade with a new rail link.", "boosted"),
    ("China boosted trade with Pakistan last year.", "boosted"),
    ("Vietnam doubled its exports to Cambodia last year.", "doubled"),
])
def test_trade_raised_with_a_partner_stays(pipe, text, trigger):
    evs = events(pipe, text)
    assert [e for e in with_trigger(evs, trigger) if e.cameo.startswith("06")], show(evs)


@pytest.mark.parametrize("text, asker, means", [
    ("The trade envoy plans to ask Tokyo to open its market to citrus by lifting the ban on imports.", "ask", "lifting"),
    ("The minister urged Seoul to open its beef market by lifting the quota on imports.", "urged", "lifting"),
    ("Washington pressed Tokyo to cut its surplus by easing restrictions on foreign cars.", "pressed", "easing"),
    ("The envoy will ask Bonn to help the talks by lifting its curbs on steel imports.", "ask", "lifting"),
])
def test_the_means_of_a_requested_act_is_no_act_of_the_asker(pipe, text, asker, means):
    evs = events(pipe, text)
    assert with_trigger(evs, asker, root="02") or with_trigger(evs, asker, root="10"), show(evs)
    assert not with_trigger(evs, means), show(evs)


@pytest.mark.parametrize("text, trigger, root", [
    ("Japan lifted the ban on rice imports on Monday.", "lifted", "08"),
    ("Seoul opened its beef market by lifting the ban on imports.", "lifting", "08"),
])
def test_the_own_lifting_of_a_ban_stays(pipe, text, trigger, root):
    evs = events(pipe, text)
    assert with_trigger(evs, trigger, root=root), show(evs)


@pytest.mark.parametrize("text", [
    "Acme Banking Corp said John Miller has resigned as treasurer of its savings unit.",
    "Peter Hall resigned as chairman of Northern Foods Ltd to pursue other business interests.",
    "The company said its finance director had resigned from the board of directors.",
])
def test_a_resignation_from_a_firm_is_no_yielding(pipe, text):
    evs = events(pipe, text)
    assert not [e for e in evs if e.cameo == "0831"], show(evs)


@pytest.mark.parametrize("text", [
    "The Pakistani prime minister resigned after the protests.",
    "The governor resigned as head of the central bank after the protests.",
    "The interior minister resigned as leader of the ruling party on Friday.",
])
def test_political_resignations_stay(pipe, text):
    evs = events(pipe, text)
    assert [e for e in evs if e.cameo == "0831"], show(evs)


@pytest.mark.parametrize("text", [
    "Opposition from three senators forced her to rewrite the bill.",
    "Opposition to the plan forced the government to withdraw the bill.",
    "Strong opposition within the ruling party forced the prime minister to resign.",
    "Growing resistance among lawmakers forced the president to drop the tax.",
])
def test_an_attitude_of_opposition_is_no_doer(pipe, text):
    evs = events(pipe, text)
    assert not with_trigger(evs, "forced"), show(evs)


@pytest.mark.parametrize("text, trigger, root", [
    ("The opposition forced the government to call early elections.", "forced", "17"),
    ("The opposition to Maduro called for protests on Saturday.", "called", "02"),
    ("Resistance fighters attacked the convoy near the border.", "attacked", "19"),
])
def test_the_opposition_party_still_acts(pipe, text, trigger, root):
    evs = events(pipe, text)
    assert with_trigger(evs, trigger, root=root), show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("Bexlon Inc said it had completed the purchase of a sensor maker. Bexlon president, Mark Dorian, said the deal "
     "would add to earnings.", "said"),
    ("Harwick Steel Co said it will open a second mill in June. Harwick Steel President Anne Coles said output would "
     "double.", "said"),
    ("DMX International Inc said it agreed to sell its Asian units. DMX said the price would exceed 500 mln dlrs.",
     "said"),
    ("Mitsui chairman and chief executive officer Hiro Tanaka said sales rose. Tanaka also noted that the weak yen "
     "helped exports.", "noted"),
])
def test_a_firm_named_as_such_elsewhere_makes_no_statement(pipe, text, trigger):
    evs = events(pipe, text)
    second = text.split(". ", 1)[1]
    assert not [e for e in with_trigger(evs, trigger) if e.sentence.start >= text.index(second)], show(evs)


@pytest.mark.parametrize("text, trigger, country", [
    ("Reagan Holdings Ltd is a Hong Kong firm. President Reagan said the United States would retaliate.", "said", "USA"),
    # (a plan with no code of its own, "said it would lift the ban on beef imports", gives no bare 010 since round
    # rv75: the state's plan here codes as an intent)
    ("Japan Airlines Co said it would buy ten new jets. Japan said it would lift its sanctions on Iran.", "lift", "JPN"),
    ("The United States Steel Corp said it would close two mills. The United States warned Iran on Monday.", "warned",
     "USA"),
    ("General Motors Corp said sales fell. General Ruiz said the army would stay in its barracks.", "said", None),
])
def test_states_and_officials_beside_a_firm_of_a_like_name_stay(pipe, text, trigger, country):
    evs = events(pipe, text)
    second = text.split(". ", 1)[1]
    hit = [e for e in with_trigger(evs, trigger) if e.sentence.start >= text.index(second)]
    assert hit and (country is None or hit[0].source.country == country), show(evs)


@pytest.mark.parametrize("text, country", [
    ("The Ontario government will reschedule debts of 2.5 billion Canadian dlrs next year.", "CAN"),
    ("The Hong Kong government will guarantee loans of two billion Hong Kong dlrs for the new port.", "HKG"),
    ("Brazil's finance minister agreed to reschedule 4 billion U.S. dollars of debt.", "USA"),
    ("The Swiss government promised to guarantee 300 mln Swiss francs of export credits.", "CHE"),
])
def test_the_country_of_a_currency_is_no_target(pipe, text, country):
    evs = events(pipe, text)
    assert not [e for e in evs if e.target is not None and e.target.country == country
                and e.target.text.split()[-1] in ("dlrs", "dollars", "francs", "Canadian", "Kong", "U.S.", "Swiss")], \
        show(evs)


@pytest.mark.parametrize("text, trigger, country", [
    ("Japan agreed to lend 500 mln U.S. dlrs to Mexico.", "agreed", "MEX"),
    ("The United States pledged aid to Mexico.", "pledged", "MEX"),
    ("Britain froze the assets of the Iranian bank.", "froze", "IRN"),
])
def test_targets_beside_an_amount_of_money_stay(pipe, text, trigger, country):
    evs = events(pipe, text)
    assert [e for e in with_trigger(evs, trigger) if e.target is not None and e.target.country == country], show(evs)
