"""Round pv65 (session 33): boycotts of a sitting and vetoes of aid money. Sentences written for this round.

* a boycott of a legislature's sitting (a parliamentary / budget / opening session, a sitting of the house, or a
  bare session boycotted by a party or its members) is a boycott (143), not a refusal to negotiate (125); a
  session of talks stays 125;
* repair 260: a participle after "have" and an adverb ("have also intensified attacks", "has again intensified
  attacks"), read as the noun's adjective or adverb, is the clause's verb, as right after "have" (repair 12 / 254);
* repair 261: a present-tense trigger verb after a coordination of names, read as a compound of its object ("Both
  X and Y deny reports of ..."), is the root with the names its subject;
* blocking an aid package, a tranche, a loan or financial assistance is a veto (129); blocking aid convoys or
  deliveries on the ground stays a blockade (191).
"""

from __future__ import annotations

import pytest

from event_helpers import claimed, events, show

POSITIVE = [
    # boycotts of a sitting
    ("The main opposition party boycotted the parliamentary session on Tuesday.", "143", None, None),
    ("Opposition lawmakers boycotted the session of parliament in Dhaka.", "143", None, None),
    ("The ruling party's rivals boycotted the opening session of the assembly.", "143", None, None),
    ("The opposition boycotted the session.", "143", None, None),
    ("The opposition bloc boycotted the budget session on Monday.", "143", None, None),
    ("Ruling-party deputies boycotted a sitting of the lower house.", "143", None, None),
    ("Kurdish lawmakers boycotted Tuesday's session.", "143", None, None),
    ("Opposition senators boycotted the legislative session in protest.", "143", None, None),
    # an adverb between "have" and the participle (260)
    ("Taliban fighters have recently intensified attacks on police posts.", "190", "AFG", None),
    ("Boko Haram militants have also intensified attacks on villages in Borno.", "190", "NGA", None),
    ("Al-Shabaab has again intensified attacks on African Union troops.", "190", "SOM", None),
    ("Houthi fighters have also intensified attacks on shipping in the Red Sea.", "190", "YEM", None),
    # a present verb after coordinated names (261)
    ("Both Iran and Syria deny reports of a new arms shipment.", "016", "IRN", None),
    ("Both Ethiopia and Eritrea deny claims of troop movements on the border.", "016", "ERI", None),
    ("Kenya and Uganda reject reports of a border clash.", "016", "UGA", None),
    # vetoes of aid money
    ("Hungary blocked a package of EU aid for Ukraine.", "129", "HUN", "UKR"),
    ("Hungary blocked an EU aid package for Ukraine on Thursday.", "129", "HUN", "UKR"),
    ("Slovakia blocked the European Union's financial aid to Kyiv.", "129", "SVK", "UKR"),
    ("Slovakia blocked a tranche of European loans for Kyiv.", "129", "SVK", None),
    ("Austria blocked financial assistance to Moldova.", "129", "AUT", "MDA"),
    ("Poland blocked the bailout for Greece on Friday.", "129", "POL", None),
]


@pytest.mark.parametrize("text, code, country, tcountry", POSITIVE)
def test_verbs65_codes(pipe, text, code, country, tcountry):
    evs = claimed(pipe, text)
    ok = [e for e in evs if e.cameo.startswith(code)
          and (country is None or (e.source is not None and e.source.country == country))
          and (tcountry is None or (e.target is not None and e.target.country == tcountry))]
    assert ok, show(evs)


CONTROLS = [
    # talks stay a refusal to negotiate
    ("The Palestinian Authority boycotted the talks with Israel.", "125"),
    ("The rebels boycotted the negotiation session in Geneva.", "125"),
    ("The government boycotted the peace session in Doha.", "125"),
    # aid stopped on the ground stays a blockade
    ("Israeli forces blocked aid deliveries to northern Gaza.", "191"),
    ("Ethiopian troops blocked aid convoys to Tigray.", "191"),
    ("The government blocked humanitarian aid to the region.", "191"),
    # no verb to repair: adverb after "have" on a noun that is no trigger, a negation, nouns after names
    ("The army has also intensified training of new recruits.", None),
    ("The hospital has also admitted wounded soldiers.", None),
    ("Both Iran and Syria state media footage of the parade.", None),
    ("Iran and Syria arms shipments to the region.", None),
    # other blocks
    ("Protesters blocked the road to the airport.", "144"),
    ("Turkey blocked Sweden's bid to join NATO.", "129"),
]


@pytest.mark.parametrize("text, code", CONTROLS)
def test_verbs65_controls(pipe, text, code):
    evs = claimed(pipe, text)
    if code is None:
        assert not evs, show(evs)
        return
    assert [e for e in evs if e.cameo.startswith(code)], show(evs)
    if code != "129":
        assert not [e for e in evs if e.cameo.startswith("129")], show(evs)
    if code == "125":
        assert not [e for e in evs if e.cameo.startswith("143")], show(evs)


def test_negation_after_have_stays_negated(pipe):
    evs = events(pipe, "Iran has not lifted sanctions on the firms.")
    assert not [e for e in evs if e.status in ("asserted", "attributed")], show(evs)
