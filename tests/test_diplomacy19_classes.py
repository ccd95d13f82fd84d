"""Session 33 (round rf64, issue 10): the classes of coder errors read off the tenth reference batch, diplomacy and
state-to-state pressure (tests/data/event_reference/19_diplomacy.tsv), each fixed by a general rule. Sentences written
for these tests.

* a state's trade measure (a tariff, duties, a levy, an embargo, sanctions, quotas) in a sentence whose goods are
  product words ("duties on Chinese-made *electric vehicles*", "tariffs on *smartphones*") is coded: the product
  words do not make it a product story (offtopic_gates.offtopic, topics.trade_measure_sentence); a product story with no
  trade measure, and a markets story that names tariffs, stay off-topic;
* repair 263: a past verb between a name subject and a possessed object, read as an adjective of the object
  ("Bangladesh *summoned* India's high commissioner on Sunday to protest ...", one noun phrase to the parser), is the
  verb, the name its subject (with its country), the noun its object;
* repair 56 also climbs to a root tagged as a participle with a subject and no auxiliary ("The African Union
  *called* [VBN] on both countries to show restraint *and offered* to mediate"): the offer is the caller's (039),
  not the addressees' hypothetical act.
"""

from __future__ import annotations

import pytest

from event_helpers import events, hits, show

PUB = "2026-12-07"  # a Monday


# ---------------------------------------------------------------------------------------------
# trade measures on product words


@pytest.mark.parametrize("text, source, country", [
    ("China imposed a 25 percent tariff on Canadian pork and seafood on Friday, days after Ottawa announced duties "
     "on Chinese-made electric vehicles.", "China", "CHN"),
    ("The European Union imposed tariffs on Chinese electric vehicles on Tuesday.", "European Union", "EUR"),
    ("OTTAWA, Canada (Lapwing Wire) - China imposed a 25 percent tariff on Canadian pork and seafood on Friday, days "
     "after Ottawa announced duties on Chinese-made electric vehicles and steel.", "China", "CHN"),
])
def test_trade_measure_on_products_is_coded(pipe, text, source, country):
    evs = events(pipe, text, PUB)
    assert hits(evs, "16", source=source, country=country), show(evs)


@pytest.mark.parametrize("text", [
    # product and markets stories with no trade measure by a state: no event
    "The carmaker unveiled two new electric vehicle models and cut prices on its smartphones.",
    "Sales of electric vehicles rose 12 percent as consumers bought more smartphones and laptops.",
    "Asian shares fell on Monday as investors braced for a fresh round of tariff announcements, with the Nikkei "
    "down 1.2 percent.",
])
def test_product_and_market_stories_stay_off_topic(pipe, text):
    evs = events(pipe, text, PUB)
    assert not evs, show(evs)


# ---------------------------------------------------------------------------------------------
# repair 263: "COUNTRY summoned COUNTRY's envoy" read as one noun phrase


@pytest.mark.parametrize("text, root, source, country", [
    ("Bangladesh summoned India's high commissioner to protest against the killing of two villagers.",
     "11", "Bangladesh", "BGD"),
    ("DHAKA, Bangladesh (Lapwing Wire) - Bangladesh summoned India's high commissioner on Sunday to protest against "
     "the killing of two villagers by border guards.", "11", "Bangladesh", "BGD"),
    ("Nepal summoned China's ambassador on Monday to protest against the border fence.", "11", "Nepal", "NPL"),
])
def test_possessed_object_after_past_verb(pipe, text, root, source, country):
    evs = events(pipe, text, PUB)
    assert hits(evs, root, source=source, country=country), show(evs)
    assert not hits(evs, "14"), show(evs)  # ("to protest" is the summons' purpose, no demonstration)


@pytest.mark.parametrize("text, root, source, country, tcountry", [
    # controls, parsed right before: unchanged
    ("Ghana summoned Togo's ambassador on Tuesday over the arrest of two fishermen.", "11", "Ghana", "GHA", "TGO"),
    ("Estonia summoned Russia's envoy after a drone crashed near Tartu.", "11", "Estonia", "EST", "RUS"),
    ("Uganda expelled Kenya's defence attache on Sunday.", "16", "Uganda", "UGA", "KEN"),
])
def test_possessed_object_controls(pipe, text, root, source, country, tcountry):
    evs = events(pipe, text, PUB)
    assert hits(evs, root, source=source, country=country, tcountry=tcountry), show(evs)


def test_possessor_of_subject_is_no_verb(pipe):
    # an adjective on a possessor noun stays an adjective ("The armed men's attack")
    evs = events(pipe, "The armed men's attack killed three people.", PUB)
    assert hits(evs, "19", source="armed men"), show(evs)


# ---------------------------------------------------------------------------------------------
# repair 56 from a root tagged as a participle


@pytest.mark.parametrize("text, source, country", [
    ("The African Union called on both countries to show restraint and offered to mediate.", "African Union", "AFR"),
    ("ALGIERS, Algeria (Lapwing Wire) - The African Union called on both countries to show restraint and offered "
     "to mediate.", "African Union", "AFR"),
    ("Qatar called on both sides to respect the ceasefire and offered to mediate between them.", "Qatar", "QAT"),
])
def test_offer_after_appeal_is_the_callers(pipe, text, source, country):
    evs = events(pipe, text, PUB)
    assert hits(evs, "02", source=source, country=country), show(evs)
    assert hits(evs, "03", source=source, country=country), show(evs)


@pytest.mark.parametrize("text, source", [
    # controls: the second verb already the caller's
    ("Norway urged the two sides to resume talks and offered to host them.", "Norway"),
    ("The minister called on parliament to pass the budget and promised to cut taxes.", "minister"),
])
def test_offer_after_appeal_controls(pipe, text, source):
    evs = events(pipe, text, PUB)
    assert hits(evs, "02", source=source) and hits(evs, "03", source=source), show(evs)
