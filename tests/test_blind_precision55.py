"""Event coder, round 55 (issue 10, precision first): classes of wrongly emitted events found by judging, by hand,
every event the coder emitted on a seeded random sample of unlabelled wire and VOA news (``scripts/corpus_sample.py
--seed 5555 --reuters 15 --voa 15``; docs/events.md, round 55). Every sentence here was written for this test; each
class is tested in several phrasings next to uses of the same words that must stay as they are:

* (round 55 also left unemitted an act in words or of diplomacy with no source at all; the lead took that rule out
  after the merge: it lowered the held-out ConfliBERT part b by one sentence and dropped real acts whose doer the
  coder misses in seven earlier tests; acts that are news with nobody named stay, as tested below);
* a crowd out in the streets to celebrate is no protest: "poured into the streets *in celebration of*", "flooded
  the streets *to celebrate*", "marched *celebrating*", "*jubilant* crowds" (``events/act_checks.festive_crowd``);
  a crowd that also demands or denounces stays a protest;
* a news outlet that "spoke with" or "met" someone gave an interview, not a consultation (``events/coding``, the
  mirror of "spoke to VOA");
* "The *United* Nations called on X": the name word read as a verb no longer counts as the sentence's second verb,
  so repair 3 makes "called" the verb and the name its subject (``events/repair_root_noun``, 217);
* what is to happen "as soon as" / "as long as" something happens, under a future or a "would", is a condition, not
  a fact: hypothetical (``events/status``); the same clause under a past verb stays asserted.
"""

from __future__ import annotations

import pytest

from event_helpers import events as _events, show as _show, with_root as _root, with_trigger as _with


# -- acts that are news with nobody named, and the same acts with a doer ---------------------------------------
@pytest.mark.parametrize("text, trigger, root", [
    ("The 30 hostages were released on Sunday in northern Mali.", "released", "08"),
    ("The former Nigerian governor was convicted on three charges.", "convicted", "116"),
    ("Sanctions were imposed on the Belarusian state airline last year.", "imposed", "16"),
    ("Two protesters were killed in Conakry on Friday.", "killed", "19"),
    ("Protests were held in several Iranian cities on Friday.", "held", "14"),
])
def test_acts_that_are_news_with_nobody_named_stay(pipe, text, trigger, root):
    evs = _events(pipe, text)
    assert _with(evs, trigger, statuses=("asserted",), root=root), _show(evs)


@pytest.mark.parametrize("text, trigger, root", [
    ("The Kenyan president met the Ugandan foreign minister in Nairobi.", "met", "04"),
    ("A lawsuit filed by Kenyan lawyers accused the government of torturing two students.", "filed", "11"),
    ('"We urge the junta to free the prisoners," the Ghanaian foreign minister said.', "urge", "02"),
])
def test_the_same_acts_with_a_doer_stay(pipe, text, trigger, root):
    evs = _events(pipe, text)
    got = _with(evs, trigger, statuses=("asserted", "attributed"), root=root)
    assert got and all(e.source is not None for e in got), _show(evs)


# -- a celebration is no protest -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Supporters poured into the streets of the capital in celebration of the court ruling.",
    "Crowds flooded the streets of Lusaka to celebrate the election result.",
    "Thousands of Zambians marched through the city celebrating the opposition victory.",
    "Residents of Harare took to the streets in jubilation after the president resigned.",
    "Hundreds of Malians demonstrated in Bamako in celebration of the court's decision.",
    "Jubilant crowds poured into the streets of Lusaka after the result was announced.",
    "Cheering supporters of the new president marched through the capital on Sunday.",
])
def test_a_crowd_out_to_celebrate_is_no_protest(pipe, text):
    evs = _events(pipe, text)
    assert not _root(evs, "14"), _show(evs)


def test_the_celebrated_act_itself_stays(pipe):
    evs = _events(pipe, "Residents of Harare took to the streets in jubilation after the president resigned.")
    assert _with(evs, "resigned", statuses=("asserted",), root="08"), _show(evs)


@pytest.mark.parametrize("text", [
    "Students flooded the streets of Dakar to protest the new tax.",
    "Thousands of Kenyans marched in Nairobi to demand the release of political prisoners.",
    "Protesters rallied outside parliament in Nairobi, celebrating the resignation and demanding new elections.",
    "Angry crowds poured into the streets of Lusaka after the result was announced.",
])
def test_a_protest_stays_a_protest(pipe, text):
    evs = _events(pipe, text)
    assert _root(evs, "14"), _show(evs)


# -- a news outlet's interview -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "VOA spoke with the Peruvian defence minister about the border dispute.",
    "Reuters spoke with the Nigerian defense minister in Abuja.",
    "The BBC met the Ukrainian president in Kyiv last week.",
])
def test_an_outlet_speaking_with_someone_is_no_consultation(pipe, text):
    evs = _events(pipe, text)
    assert not _root(evs, "04"), _show(evs)


@pytest.mark.parametrize("text", [
    "The Ghanaian president spoke with his Togolese counterpart on Tuesday.",
    "The Kenyan foreign minister met the Ugandan ambassador in Nairobi.",
])
def test_leaders_speaking_together_still_consult(pipe, text):
    evs = _events(pipe, text)
    assert _root(evs, "04"), _show(evs)


# -- a condition "as soon as" --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Norway said it would release the aid as soon as Malawi reached an agreement with the World Bank.", "reached"),
    ("Washington said it would restore aid as soon as the junta signed an accord with the opposition.", "signed"),
    ("The donors will pay the grant as soon as Malawi signs an agreement with the IMF.", "signs"),
])
def test_what_a_promise_waits_for_has_not_happened(pipe, text, trigger):
    evs = _events(pipe, text)
    got = _with(evs, trigger)
    assert got and all(e.status == "hypothetical" for e in got), _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("Norway released the aid as soon as Malawi reached an agreement with the World Bank.", "reached"),
    ("The ministers met again as soon as the rebels signed the accord with Mali.", "signed"),
])
def test_as_soon_as_under_a_past_verb_stays_a_fact(pipe, text, trigger):
    evs = _events(pipe, text)
    assert _with(evs, trigger, statuses=("asserted",)), _show(evs)


# -- repair 3 widened (217): "The *United* Nations called on ..." ------------------------------------------------
@pytest.mark.parametrize("text, country", [
    ("The United Nations called on Ethiopia for restraint.", "UNO"),
    ("The United Nations called on Kenya for calm.", "UNO"),
    ("The United Arab Emirates called on Iran for an explanation.", "ARE"),
])
def test_a_name_word_read_as_a_verb_leaves_the_sentence_its_verb(pipe, text, country):
    # the parser reads "United" as a verb and "called" as a reduced relative on the name: the appeal kept its target
    # but lost its doer (and with no doer is no longer emitted at all)
    evs = _events(pipe, text)
    got = _with(evs, "called", statuses=("asserted",), root="02")
    assert got and all(e.source is not None and e.source.country == country for e in got), _show(evs)


def test_a_headline_participle_stays_passive(pipe):
    evs = _events(pipe, "Three Kenyan men arrested in Nairobi.")
    got = _with(evs, "arrested", root="17")
    assert got and all(e.source is None and e.target is not None for e in got), _show(evs)
