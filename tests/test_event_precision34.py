"""Event coder, round 34 (issue 10, precision on news nobody has labelled): classes of wrong events found by reading
the coder's output on unlabelled stories (docs/events.md, session 24, round 34). Every sentence here was written for
this test:

* a subheading that lost its line break when the page was flattened ("... loans. Fresh concerns The opposition
  accused ...") is a sentence of its own (:mod:`lapwing.nlp.subheadings`): before, the parser read it as part of the
  next sentence's subject and the doer was lost;
* a law, accord, pact or decree as the doer of a material act in the present tense ("the agreement, which provides
  Moldova with aid"): what a text says is no act done.

Taken out (on branch pr34-candidates, with their tests): "condemned a law to jail X" read as a court's sentence (116),
animals as doers of force ("a crocodile killed a fisherman"), approval of a product or a merger as an endorsement
(051). Each holds on its invented phrasings but changed no event of the blind samples nor of part b.
"""

from __future__ import annotations

import pytest

from event_helpers import events as _events, show as _show, with_trigger
from lapwing import nlp as nlp_mod

CLAIMED = ("asserted", "attributed", "future")


@pytest.fixture(scope="module")
def model():
    return nlp_mod.load()


def _sentences(nlp, text):
    return [s.text for s in nlp(text).sents if s.text.strip()]


# -- run-together subheadings ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, heading, after", [
    ("Ghana repaid part of its loans. Fresh concerns The Ghanaian opposition accused the government of hiding debt.",
     "Fresh concerns", "The Ghanaian opposition accused"),
    ("The talks ended on Friday. Border tensions In March, Peruvian troops crossed into the disputed valley.",
     "Border tensions", "In March, Peruvian troops"),
    ("Rebels took the town in May. Humanitarian toll According to the Red Cross, thousands have fled.",
     "Humanitarian toll", "According to the Red Cross"),
    ("\u201cWe will not retreat,\u201d he said. Regional support vital Lula, speaking Monday, thanked Chile for its help.",
     "Regional support vital", "Lula, speaking Monday"),
    ("The vote was delayed twice. The escape The inmates broke out of the jail near Port-au-Prince at dawn.",
     "The escape", "The inmates broke out"),
    ("Prices rose again. Jobs and savings The new plant in Galicia employs three hundred people.",
     "Jobs and savings", "The new plant"),
    ("The visitors won in April. Mensah He's missed four games with a knee injury, his coach said.",
     "Mensah", "He's missed four games"),
])
def test_a_run_together_subheading_is_a_sentence_of_its_own(model, text, heading, after):
    sents = _sentences(model, text)
    assert heading in sents, sents
    assert any(s.startswith(after) for s in sents), sents


@pytest.mark.parametrize("text", [
    "The deal collapsed. Israeli newspaper The Times of Haifa reported the arrests.",
    "The case went before The Hague court in 2019.",
    "Many young Kenyans, however, say they will not vote.",
    "Talks stalled. Opposition leader Rahul Mehta, speaking Monday, accused the minister of lying.",
    "Police said. In a letter last week to The Hague tribunal, Somalia set out its claim.",
    "Nothing changed. And I think Moscow was not expecting it.",
])
def test_ordinary_sentences_are_not_cut(model, text):
    sents = _sentences(model, text)
    assert not any(len(s.split()) <= 3 and not s.endswith((".", "!", "?")) for s in sents), sents


@pytest.mark.parametrize("text, trigger, country", [
    ("Ghana repaid part of its loans. Fresh concerns The Ghanaian opposition accused the government of hiding debt.",
     "accused", "GHA"),
    ("Brazil hosted the summit. Regional support vital Lula, speaking Monday, thanked Argentina for its backing.",
     "thanked", "BRA"),
    ("The ceasefire held for a week. New clashes The Sudanese army shelled the outskirts of El Fasher on Sunday.",
     "shelled", "SDN"),
])
def test_the_sentence_after_a_subheading_keeps_its_doer(pipe, text, trigger, country):
    evs = with_trigger(_events(pipe, text), trigger, CLAIMED)
    assert evs and evs[0].source is not None and evs[0].source.country == country, _show(evs)


# -- a text as the doer of a material act, in the present tense --------------------------------------------------------
# ("the agreement, which provides Ukraine with aid": what a text says is no act done)
@pytest.mark.parametrize("text, trigger", [
    ("The agreement, which provides Moldova with 40 million euros in aid, was approved in Brussels.", "provides"),
    ("The pact, which gives Armenia new weapons, was signed in Paris.", "gives"),
    ("The accord, which hands Serbia control of the border crossing, was signed in Vienna.", "hands"),
])
def test_a_text_does_no_material_act_in_the_present(pipe, text, trigger):
    evs = _events(pipe, text)
    assert not with_trigger(evs, trigger, CLAIMED), _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("The deal, which freed 50 Israeli hostages, was brokered by Qatar.", "freed"),
    ("Egypt jails bloggers who criticise the army.", "jails"),
    ("The UN resolution imposed sanctions on North Korea.", "imposed"),
    ("The president's decree bans rallies of more than ten people in Bishkek.", "bans"),
])
def test_a_done_act_and_a_state_doer_stay(pipe, text, trigger):
    evs = _events(pipe, text)
    assert with_trigger(evs, trigger, CLAIMED), _show(evs)
