"""Classes left open by rounds 78-79 (session 39, round sc80; issue 10).

* A strike that is an armed attack is not a labour strike: "urged Israel to halt its strikes on Gaza", "agreed to
  suspend air strikes", "refused to end its missile strikes on X" ask for, promise or refuse de-escalation (0256,
  0356, 1246, 1056), not the easing of dissent (0252, 0352, 1242, 1052). The mark is a modifier of arms (air,
  missile, drone), a phrase naming what it hits ("on" / "against" a place or a site noun, not a date), or a doer that
  is a state named for its place or an armed force (``content.military_strike``); a union's, workers' or teachers'
  strike has none and stays dissent.
* An envoy sent back, returned or reinstated ("pledged to send its ambassador back to X") restores ties: the intent of
  diplomatic cooperation (032, content class c80_envoy_back), not the threat to break relations (1313) the bare word
  "ambassador" names; recalling or threatening to recall the envoy stays a break (161, 1313).
* A completed purchase of arms, "India bought jets from France", is coded as the transfer it reports: CAMEO 072
  ("provide military aid": extend military assistance, arms included) is the act of the one who hands the arms
  over, so the seller is the source and the buyer the target, as in "France sold jets to India". A buyer's promise
  to buy ("agreed to buy submarines from X", round sc78) is a different act, the buyer's own commitment to material
  cooperation with the seller (031, buyer the source): nothing has been handed over yet, and what the buyer promises
  is its part of the exchange.
* Refusing or declining to discuss a political matter ("refused to discuss a referendum on independence") rejects
  talks on it (125, the refusal family with "discuss" as its content), not a refusal to comment (011), which stays for
  a report or a matter left unnamed.
* An embargo blocked or vetoed is a veto (129), not an embargo (163), as round sc78 did for sanctions; after a body's
  name ("the EU embargo on Iranian oil") the model reads "embargo" as an adverb and the on-phrase as the verb's, and
  parse repair 145 (in ``repair_adverb_noun``, repair 272's rule after a proper noun) makes it the object.
* A sum of money names no kind of aid: "$500 million in aid" and "$10 million to X" pledged are economic aid (0331),
  but "$5 million in humanitarian aid" and "20 million pounds in food aid" are humanitarian (0333) and "$40 million in
  military aid" military (0332): the words of a sum are tried after every other word of the content
  (``content.MONEY_WORDS``).

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from event_helpers import events, hits, show


@pytest.mark.parametrize("text, root, country, tcountry", [
    ("Egypt urged Israel to halt its strikes on Gaza.", "0256", "EGY", "ISR"),
    ("Turkey called on Russia to stop its strikes on Idlib.", "0256", "TUR", "RUS"),
    ("Jordan asked Israel to stop the strikes on Rafah.", "0256", "JOR", "ISR"),
    ("The UN urged the Saudi-led coalition to end its air strikes on Yemen.", "0256", None, "SAU"),
    ("France demanded that Azerbaijan halt its strikes on Armenian villages.", "1056", "FRA", "AZE"),
    ("Russia agreed to halt strikes on Ukrainian energy facilities.", "0356", "RUS", None),
    ("Israel agreed to suspend air strikes for 48 hours.", "0356", "ISR", None),
    ("Moscow refused to end its missile strikes on Kharkiv.", "1246", "RUS", None),
])
def test_armed_strikes_halted_are_de_escalation(pipe, text, root, country, tcountry):
    evs = events(pipe, text)
    assert hits(evs, root, country=country, tcountry=tcountry), show(evs)
    assert not [e for e in evs if e.cameo in ("0252", "0352", "1242", "1052")], show(evs)


@pytest.mark.parametrize("text, root", [
    ("The minister urged the teachers to end their strike.", "0252"),
    ("The government called on dockworkers to halt their strike.", "0252"),
    ("The minister urged the teachers to end their strike in Nairobi.", "0252"),
    ("The president urged the union to halt its strike.", "0252"),
    ("The nurses refused to end their strike.", "1242"),
    ("The union refused to end its strike against the pension reform.", "1242"),
    ("The union agreed to halt its strike on Monday.", "0352"),
])
def test_labour_strikes_stay_dissent(pipe, text, root):
    evs = events(pipe, text)
    assert hits(evs, root), show(evs)
    assert not [e for e in evs if e.cameo in ("0256", "0356", "1246", "1056")], show(evs)


@pytest.mark.parametrize("text, country, tcountry", [
    ("Turkey pledged to send its ambassador back to Israel.", "TUR", "ISR"),
    ("Bahrain agreed to send its envoy back to Qatar.", "BHR", "QAT"),
    ("Chile said it would return its ambassador to Caracas.", "CHL", "VEN"),
    ("Ghana promised to reinstate its ambassador to Togo.", "GHA", "TGO"),
])
def test_envoy_sent_back_is_restored_ties(pipe, text, country, tcountry):
    evs = events(pipe, text)
    assert hits(evs, "032", country=country, tcountry=tcountry), show(evs)
    assert not [e for e in evs if e.cameo.startswith(("131", "161"))], show(evs)


@pytest.mark.parametrize("text, root, country", [
    ("Turkey recalled its ambassador from Israel.", "161", "TUR"),
    ("Chile threatened to recall its ambassador from Caracas.", "1313", "CHL"),
    ("Bahrain expelled the Qatari ambassador.", "161", "BHR"),
])
def test_envoy_recalled_or_expelled_stays_a_break(pipe, text, root, country):
    evs = events(pipe, text)
    assert hits(evs, root, country=country), show(evs)
    assert not hits(evs, "032"), show(evs)


@pytest.mark.parametrize("text, country, tcountry", [
    ("India bought jets from France.", "FRA", "IND"),
    ("Egypt bought two frigates from Italy.", "ITA", "EGY"),
    ("France sold jets to India.", "FRA", "IND"),
])
def test_completed_arms_purchase_is_the_sellers_transfer(pipe, text, country, tcountry):
    """The seller hands the arms over (072, seller the source): see the module docstring for why a completed purchase
    and a promise to buy differ."""
    evs = events(pipe, text)
    assert hits(evs, "072", country=country, tcountry=tcountry), show(evs)
    assert not hits(evs, "072", country=tcountry), show(evs)


def test_promise_to_buy_is_the_buyers_cooperation(pipe):
    evs = events(pipe, "Peru agreed to buy helicopters from Brazil.")
    assert hits(evs, "031", country="PER", tcountry="BRA"), show(evs)


@pytest.mark.parametrize("text, country", [
    ("The Spanish government refused to discuss a referendum on independence.", "ESP"),
    ("The Serbian president declined to discuss the status of the province.", "SRB"),
    ("Moscow refused to discuss a ceasefire with Kyiv.", "RUS"),
])
def test_refusing_to_discuss_a_political_matter_rejects_talks(pipe, text, country):
    evs = events(pipe, text)
    assert hits(evs, "125", country=country), show(evs)
    assert not hits(evs, "011"), show(evs)


@pytest.mark.parametrize("text", [
    "The ministry declined to discuss the report.",
    "The French foreign ministry refused to comment on the report.",
])
def test_declining_to_discuss_a_report_stays_no_comment(pipe, text):
    evs = events(pipe, text)
    assert hits(evs, "011"), show(evs)
    assert not hits(evs, "125"), show(evs)


@pytest.mark.parametrize("text, country", [
    ("Austria blocked the EU embargo on Iranian oil.", "AUT"),
    ("Hungary blocked the EU embargo on Russian gas.", "HUN"),
    ("Cyprus vetoed an EU embargo on Belarusian potash.", "CYP"),
])
def test_embargo_blocked_is_a_veto_not_an_embargo(pipe, text, country):
    evs = events(pipe, text)
    assert hits(evs, "129", country=country), show(evs)
    assert not hits(evs, "163"), show(evs)


def test_embargo_imposed_stays_an_embargo(pipe):
    evs = events(pipe, "The EU imposed an embargo on Iranian oil.")
    assert hits(evs, "163", country="EUR", tcountry="IRN"), show(evs)
    assert not hits(evs, "129"), show(evs)


def test_repair_145_embargo_after_a_body_name(pipe):
    from lapwing.extract.events.parse_repair import repaired

    doc = repaired(pipe.nlp("Austria blocked the EU embargo on Iranian oil."))
    assert doc[4].text == "embargo" and doc[4].pos_ == "NOUN" and doc[4].dep_ == "obj" and doc[4].head.i == 1
    assert doc[3].dep_ == "compound" and doc[3].head.i == 4
    assert doc[7].text == "oil" and doc[7].head.i == 4
    doc = repaired(pipe.nlp("Sudan asked Egypt quietly on Monday for help."))  # (no embargo: left as it is)
    assert all(t.pos_ != "NOUN" or t.text != "quietly" for t in doc)


@pytest.mark.parametrize("text, root, country", [
    ("Japan pledged $500 million in aid to Ukraine.", "0331", "JPN"),
    ("Norway pledged $10 million to Somalia.", "0331", "NOR"),
    ("Sweden pledged $8 million in development aid to Mali.", "0331", "SWE"),
    ("Canada pledged $5 million in humanitarian aid to Sudan.", "0333", "CAN"),
    ("Britain promised 20 million pounds in food aid to Yemen.", "0333", "GBR"),
    ("Australia pledged $3 million in emergency relief to Tonga.", "0333", "AUS"),
    ("Germany pledged $40 million in military aid to Kyiv.", "0332", "DEU"),
])
def test_sum_of_money_is_economic_aid_only_where_no_other_kind_is_named(pipe, text, root, country):
    evs = events(pipe, text)
    assert hits(evs, root, country=country), show(evs)
    assert not [e for e in evs if e.cameo.startswith("033") and e.cameo != root], show(evs)
