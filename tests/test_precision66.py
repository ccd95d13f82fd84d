"""Event coder, session 34, round fp66 (issue 10, precision first): classes of wrongly typed or wrongly claimed events
found by a blind audit drawn by PLOVER type (up to 12 claimed events of each type, seed 6601, on the VOA stories;
docs/events.md, round fp66). Every sentence here was written for this test; each class is tested in several
phrasings next to uses of the same words that must stay as they are:

* pulling out of an agreement (a deal, an accord, a treaty, a ceasefire) is rejecting it, 127 as "quit the deal" and
  "exited the accord" are, not a military retreat (087): lexicon rows ``pull_out_deal`` (the of-phrase) and
  ``pull_out_deal_rel`` (a relative clause on the agreement: "the treaty, which Washington pulled out of");
  a state pulling out of a country or its troops out of a town stays 087, forces 0874, talks 164, a party leaving a
  coalition 160;
* a paper or a meal prepared for someone is no force made ready (150): ``prepare_force`` has ``!obj=@c16_paperwork``;
  the to-clause after such a paper is what the paper is for, not an act (``status_doubt.OWED_NOUNS``: brief, memo,
  draft, study, report, paper, dossier, blueprint, roadmap, strategy); troops or soldiers prepared to attack, and
  "preparing to attack", stay 150;
* an act told ahead in a relative clause on the predicate of a guessed identity is a guess: "these men *might be* the
  group that *will be deported*", "they could be the people who will be sent back" (``status_doubt.guessed_identity``:
  hypothetical); a past act told of the guessed one is presupposed and stays ("may be the fighters who attacked the
  convoy"), as does a plain identity ("are the people who will be sent back").
"""

from __future__ import annotations

import pytest

from event_helpers import events as _events, show as _show, with_root as _root, with_trigger as _with

CLAIMED = ("asserted", "attributed", "future")


# -- pulling out of an agreement -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, country", [
    ("Mali pulled out of the peace accord with the Tuareg rebels on Monday.", "MLI"),
    ("The Ethiopian government has pulled out of the ceasefire with the Tigrayan forces.", "ETH"),
    ("The Kenyan government pulled out of the trade agreement with Uganda last year.", "KEN"),
    ("The 2015 treaty, which Washington pulled out of last year, limited Iranian enrichment.", "USA"),
    ("Britain and France, which stay parties to the nuclear accord, which the first Trump administration pulled out "
     "of, called a meeting of the council.", "USA"),
])
def test_pulling_out_of_an_agreement_is_a_rejection(pipe, text, country):
    evs = _events(pipe, text)
    got = _with(evs, "pulled", statuses=CLAIMED)
    assert got and all(e.cameo == "127" for e in got), _show(evs)
    assert all(e.source is not None and e.source.country == country for e in got), _show(evs)
    assert not _root(evs, "087"), _show(evs)


@pytest.mark.parametrize("text, code", [
    ("Uganda has pulled out of Somalia.", "087"),
    ("Uganda pulled its troops out of Somalia last year.", "087"),
    ("Israel pulled back its tanks from the Gaza border.", "087"),
    ("Russian forces pulled out of the city of Kherson last week.", "0874"),
    ("The Malian rebels pulled out of the peace talks in Algiers.", "164"),
    ("The Maoist Centre pulled out of the coalition government on Tuesday.", "160"),
])
def test_pulling_out_of_a_place_talks_or_a_coalition_stays(pipe, text, code):
    evs = _events(pipe, text)
    got = _with(evs, "pulled", statuses=("asserted", "attributed"))
    assert got and got[0].cameo == code, _show(evs)


# -- a paper prepared ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Ghanaian researcher is preparing a policy brief for the Malian government to fight malaria.",
    "The ministry prepared a report for parliament to support the fight against graft.",
    "The Kenyan ministry is preparing a study for parliament to curb Somali piracy.",
    "The commission prepared a memo for the Nigerian president to end the strike.",
    "The charity prepared meals for displaced Sudanese families to help them through the winter.",
])
def test_a_paper_prepared_for_someone_is_no_force_made_ready(pipe, text):
    evs = _events(pipe, text)
    assert not _root(evs, "15"), _show(evs)
    assert not [e for e in evs if e.status in CLAIMED and e.cameo[:2] in ("02", "05", "06", "07", "17", "18", "19")], \
        _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("The Nigerian army prepared its troops to attack the rebel camp.", "prepared"),
    ("The army prepared its soldiers to storm the Somali port.", "prepared"),
    ("The Kenyan army is preparing to attack the militant camp.", "preparing"),
    ("The Macedonian army prepared to resume shelling rebel villages.", "prepared"),
    ("The army is preparing an assault on the city.", "preparing"),
])
def test_forces_made_ready_stay(pipe, text, trigger):
    evs = _events(pipe, text)
    assert _with(evs, trigger, statuses=CLAIMED, root="15"), _show(evs)


@pytest.mark.parametrize("text, trigger, root", [
    ("Kenyan police used tear gas to disperse the crowd in Nairobi.", "used", "17"),
    ("The United Nations sent a team to investigate the killings in Darfur.", "investigate", "09"),
])
def test_purpose_clauses_of_acts_stay(pipe, text, trigger, root):
    evs = _events(pipe, text)
    assert _with(evs, trigger, statuses=("asserted", "attributed"), root=root), _show(evs)


# -- an act told ahead of a guessed identity -------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("The Uyghurs could be the people who will be sent back to China, activists fear.", "sent"),
    ("These five Uyghurs might be the group that will be sent back to China first, a Thai lawmaker said.", "sent"),
    ("The detained Ethiopians may be the migrants who will be deported to Addis Ababa next week.", "deported"),
])
def test_an_act_told_ahead_of_a_guessed_identity_is_not_claimed(pipe, text, trigger):
    evs = _events(pipe, text)
    assert not _with(evs, trigger, statuses=CLAIMED), _show(evs)


@pytest.mark.parametrize("text, trigger, statuses", [
    ("These men may be the fighters who attacked the Malian convoy, officials said.", "attacked", ("asserted", "attributed")),
    ("The Kenyan suspects might be the gang that kidnapped the engineers.", "kidnapped", ("asserted", "attributed")),
    ("The Uyghurs are the people who will be sent back to China, activists said.", "sent", CLAIMED),
    ("These men were the fighters who attacked the Malian convoy, officials said.", "attacked", ("asserted", "attributed")),
])
def test_a_past_act_of_a_guessed_identity_and_a_plain_identity_stay(pipe, text, trigger, statuses):
    evs = _events(pipe, text)
    assert _with(evs, trigger, statuses=statuses), _show(evs)
