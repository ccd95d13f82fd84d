"""Event coder, session 35, round fp70 (issue 10, precision first): classes of wrongly typed or wrongly claimed events
found by a blind audit drawn by PLOVER type (up to 12 claimed events of each type, seed 7001, on Reuters-21578 wire
copy; docs/events.md, round fp70). Every sentence here was written for this test; each class is tested in several
phrasings next to uses of the same words that must stay as they are:

* "forced to" with no one forcing is a need, a law or a circumstance, no coercion (170): an agentless passive ("was
  forced to import rice"), or a subject that is a common noun and no person ("a slump in demand compelled ...",
  "the budget law forces the treasury to ..."): ``hazard_cause.forced_by_need``. A doer that is an actor, a pronoun
  doer, and people driven out ("were forced to flee") stay;
* a trade figure is no act of economic cooperation (061): a past trade verb with a counted object and the period the
  figure covers ("exported 800 mln dlrs worth of goods to Finland in 1986"): ``commerce_acts.traded_quantity``. An
  export with no figure, or one on a day, or an export announced ahead stays;
* a gerund phrase hung on a noun of a topic, an aim or a hurdle ("a condition for releasing loans", "difficulties in
  obtaining a loan", "the terms for providing aid") is not told as done: ``status_doubt.topic_gerund``
  (hypothetical). A gerund under a verb ("accused of releasing") or under a noun of a part played ("a role in
  releasing") stays, as does the act told as a verb; a plan, a proposal or a scheme is read by the plan rules
  (its act is an intent: "proposed a plan for supporting Ukraine").
"""

from __future__ import annotations

import pytest

from event_helpers import events as _events, show as _show, with_root as _root

CLAIMED = ("asserted", "attributed", "future")


# -- "forced to" by a need, a law or a circumstance -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Peru has been forced to import rice to cover a poor harvest, the farm ministry said.",
    "Falling copper revenue forced the Chilean government to borrow from abroad.",
    "Argentina was forced to devalue the peso last month.",
    "A slump in demand compelled the Nigerian government to cut its spending plans.",
    "The Brazilian government was obliged to postpone the auction.",
    "A long shake-out among lenders forced the Thai government to take over two banks.",
])
def test_forced_by_need_is_no_coercion(pipe, text):
    evs = _events(pipe, text)
    assert not _root(evs, "17"), _show(evs)


@pytest.mark.parametrize("text, src", [
    ("Protesters forced the Serbian government to withdraw the mining bill.", None),
    ("Russian troops forced Ukrainian teachers to adopt the new curriculum.", "RUS"),
    ("Police forced the demonstrators in Nairobi to disperse.", "KEN"),
    ("He forced the Chadian ministers to sign the document.", None),
    ("Russian occupiers forced Ukrainian teachers to adopt the Russian curriculum.", None),
    ("Militants forced the Malian villagers to pay a tax.", None),
])
def test_forcing_by_a_doer_stays(pipe, text, src):
    evs = _events(pipe, text)
    got = _root(evs, "17")
    assert got, _show(evs)
    if src is not None:
        assert got[0].source is not None and got[0].source.country == src, _show(evs)


def test_people_forced_to_flee_stay(pipe):
    evs = _events(pipe, "Thousands of villagers were forced to flee their homes in Sudan.")
    assert _root(evs, "20") or _root(evs, "17"), _show(evs)


# -- a trade figure ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Kazakhstan exported 3 mln tonnes of grain to Iran last year, customs figures show.",
    "The Soviet Union exported 800 mln dlrs worth of goods to Finland in the first half of the year.",
    "Official figures show Angola exported 40 mln barrels of crude to China in 1986.",
])
def test_trade_figure_is_no_cooperation(pipe, text):
    evs = _events(pipe, text)
    assert not _root(evs, "06"), _show(evs)


@pytest.mark.parametrize("text, root", [
    ("Ukraine exported grain to Egypt.", "06"),
    ("Qatar began exporting gas to Egypt under the new deal.", "06"),
    ("Russia exported 2 mln tonnes of wheat to Egypt on Monday.", "06"),
    ("Saudi Arabia will export 500,000 barrels of oil to Japan next year.", "03"),
])
def test_trade_acts_stay(pipe, text, root):
    evs = _events(pipe, text)
    assert _root(evs, root), _show(evs)


# -- a gerund phrase naming a noun's topic, aim or hurdle -------------------------------------------------------------
@pytest.mark.parametrize("text, root", [
    ("The IMF set a condition for releasing new loans to Peru.", "07"),
    ("Peru is having difficulties in obtaining a loan from the World Bank.", "07"),
    ("Ecuador and the IMF debated the terms for providing aid to Quito.", "07"),
    ("Japanese officials raised the possibility of lifting sanctions on Iran.", "08"),
])
def test_topic_gerund_is_not_done(pipe, text, root):
    evs = _events(pipe, text)
    assert not _root(evs, root, CLAIMED), _show(evs)


@pytest.mark.parametrize("text, root", [
    ("The World Bank released new loans to Peru.", "07"),
    ("The army was accused of releasing the prisoners.", "08"),
    ("Kenya played a role in releasing the hostages held by Somali rebels.", "08"),
    ("Japan lifted sanctions on Iran on Monday.", "08"),
    ("The European Union has proposed a plan for rearming Europe and supporting Ukraine.", "03"),
])
def test_acts_beside_topic_gerunds_stay(pipe, text, root):
    evs = _events(pipe, text)
    assert _root(evs, root, CLAIMED), _show(evs)
