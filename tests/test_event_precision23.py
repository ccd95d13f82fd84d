"""Event coder, round 23 (issue 10, precision on news nobody has labelled): classes of wrongly emitted events found
by judging the coder's output on a seventh seeded sample of unlabelled wire news (seed 2323; docs/events.md,
session 20, round 23). Every sentence here was written for this test; each class is tested in several phrasings
next to uses of the same words that must stay as they are:

* what a step *paves the way for* is a prospect, not an act ("signed a treaty, *paving the way for deepening*
  military cooperation"), and the gerund a verb of consequence or requirement takes is not a happening ("being in
  the opposition *means speaking out*", "peace *requires disarming* the militias"): hypothetical
  (``events/status_means``);
* a gerund clause the parser hung beside its own predicate under a verb of saying or thinking is that predicate's
  subject, a kind of act ("analysts believe *negotiating* with the Taliban *is* the only way"), and a verb with its
  own gerund clause is no participle on its subject (repair 16 no longer fires on "ministers *said negotiating*
  with rebel groups is considered a crime");
* repair 95: a relative clause set off by no comma that swallowed the main verb ("The general *who led the effort
  to remove* the president *signed* a peace agreement": the signing was read into the clause, hypothetical);
* lexicon rows: "*occupied* a gray area / a central place / a senior position" is no occupation (192), "*gave*
  Japan a taste of its own medicine / a boost / a mandate" is no aid (07).
"""

from __future__ import annotations

import pytest

from event_helpers import events as _events, hits as _hits, show as _show, with_trigger as _with


# -- a prospect: what a step paves the way for ----------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Russian and North Korean leaders signed a treaty, paving the way for further deepening their military "
     "cooperation.", "deepening"),
    ("The ceasefire paved the way for releasing the hostages held by Hamas.", "releasing"),
    ("Kenya and Ethiopia signed a pact, opening the door to deploying troops along the border.", "deploying"),
    ("The vote cleared the way for sending Kenyan police to Haiti.", "sending"),
    ("Japan and the Philippines held a summit, laying the groundwork for expanding military cooperation.",
     "expanding"),
])
def test_what_a_step_paves_the_way_for_is_not_done(pipe, text, trigger):
    evs = _events(pipe, text)
    got = _with(evs, trigger)
    assert got and all(e.status == "hypothetical" for e in got), _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("The government released the hostages, paving the way for talks.", "released"),
    ("Kenyan police opened fire on protesters in Nairobi.", "opened"),
    ("Police cleared the way for the convoy and arrested two men in Lagos.", "arrested"),
])
def test_an_act_beside_a_way_opened_stays(pipe, text, trigger):
    evs = _events(pipe, text)
    assert _with(evs, trigger, statuses=("asserted",)), _show(evs)


# -- what something means or needs ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Being in the opposition means speaking out against the government.", "speaking"),
    ("Peace in Sudan requires disarming the militias.", "disarming"),
    ("Being a journalist in Belarus means criticizing the government at great risk.", "criticizing"),
    ("The job of the envoy involves meeting Taliban leaders in Kabul.", "meeting"),
])
def test_what_something_means_or_needs_is_not_done(pipe, text, trigger):
    evs = _events(pipe, text)
    got = _with(evs, trigger)
    assert got and all(e.status == "hypothetical" for e in got), _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("The decision means that the army has withdrawn from the town.", "withdrawn"),
    ("The decision means the Kenyan army withdrew from the town.", "withdrew"),
])
def test_a_clause_with_its_own_subject_after_mean_is_left(pipe, text, trigger):
    evs = _events(pipe, text)
    assert _with(evs, trigger, statuses=("asserted", "attributed")), _show(evs)


# -- a gerund subject the parser hung beside its predicate ----------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("The ministers said negotiating with rebel groups is considered a crime.", "negotiating"),
    ("Analysts believe negotiating with the Taliban is the only way forward.", "negotiating"),
])
def test_a_gerund_subject_under_a_verb_of_saying_is_a_kind_of_act(pipe, text, trigger):
    evs = _events(pipe, text)
    got = _with(evs, trigger)
    assert got and all(e.status == "hypothetical" for e in got), _show(evs)


@pytest.mark.parametrize("text, trigger, source", [
    ("The president said negotiating with the rebels was the army's job, and Kenya attacked the camps.",
     "attacked", "KEN"),
    ("The man said to be the leader of the gang was arrested by Kenyan police on Monday.", "arrested", "KEN"),
])
def test_a_reported_act_and_a_reduced_relative_stay(pipe, text, trigger, source):
    evs = _events(pipe, text)
    got = _with(evs, trigger, statuses=("asserted", "attributed"))
    assert got and got[0].source is not None and got[0].source.country == source, _show(evs)


# -- repair 95: the main verb swallowed by a relative clause with no comma -------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("The colonel who led the push to remove the governor signed a peace accord in May.", "signed"),
    ("The colonel who led the push to oust Dane and opposition leaders signed a power-sharing accord in "
     "March.", "signed"),
    ("The minister who launched the drive to curb protests visited Moscow on Tuesday.", "visited"),
])
def test_the_main_verb_after_a_bare_relative_clause_is_asserted(pipe, text, trigger):
    evs = _events(pipe, text)
    assert _with(evs, trigger, statuses=("asserted",)), _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("The rebels who wanted to seize the town attacked an army base on Sunday.", "attacked"),
    ("The official who was asked to resign criticized the Kenyan government on Monday.", "criticized"),
    ("The commander who led the campaign to oust the president met the Chadian leader in N'Djamena.", "met"),
])
def test_a_main_verb_the_parser_found_stays(pipe, text, trigger):
    evs = _events(pipe, text)
    assert _with(evs, trigger, statuses=("asserted",)), _show(evs)


def test_the_relative_clauses_own_goal_stays_hypothetical(pipe):
    evs = _events(pipe, "The colonel who led the push to remove the governor signed a peace accord in May.")
    got = _with(evs, "remove")
    assert got and all(e.status == "hypothetical" for e in got), _show(evs)


# -- lexicon rows: a standing, not an occupation; a figure of speech, not aid ---------------------------------------
@pytest.mark.parametrize("text", [
    "Being neither citizens nor visitors, the migrant workers occupied a gray area in the statute.",
    "The Communist Party of Vietnam occupies a central place in politics.",
    "The Russian general occupied a senior position in the army.",
    "Women occupy a third of the seats in Rwanda's parliament.",
])
def test_occupying_a_place_or_a_position_is_no_occupation(pipe, text):
    evs = _events(pipe, text)
    assert not [e for e in evs if e.cameo.startswith("192")], _show(evs)


@pytest.mark.parametrize("text, country", [
    ("Russian troops occupied Crimea.", "RUS"),
    ("Israeli forces occupied an area near the border with Lebanon.", "ISR"),
    ("Houthi rebels occupied the Yemeni capital.", None),
])
def test_an_occupation_stays(pipe, text, country):
    evs = _events(pipe, text)
    assert _hits(evs, "192", country=country), _show(evs)


@pytest.mark.parametrize("text", [
    "Spain chose to give Morocco a taste of its own tactics.",
    "The court ruling gave Kenya's opposition a boost ahead of the vote.",
    "The vote gave the Malian junta a mandate to govern.",
    "The election gave Iraq's Kurds a voice in parliament.",
])
def test_giving_a_figure_of_speech_is_no_aid(pipe, text):
    evs = _events(pipe, text)
    assert not [e for e in evs if e.cameo.startswith("07")], _show(evs)


@pytest.mark.parametrize("text, source, target", [
    ("China gave Pakistan two warships.", "CHN", "PAK"),
    ("Japan gave Ukraine $5 billion in aid.", "JPN", "UKR"),
    ("The United States gave most of the weapons to the Ukrainian army.", "USA", "UKR"),
])
def test_a_gift_stays(pipe, text, source, target):
    evs = _events(pipe, text)
    assert _hits(evs, "07", country=source, tcountry=target), _show(evs)


# -- the punished one did what "for V-ing" says -------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger, doer", [
    ("Serbian judges ordered the arrest of Dodik and his deputies for ignoring a court order.", "ignoring", "Dodik"),
    ("Ugandan police ordered the arrest of Bobi Wine and his aides for defying a ban on rallies.", "defying", "Wine"),
])
def test_the_punished_one_did_what_the_reason_clause_says(pipe, text, trigger, doer):
    evs = _events(pipe, text)
    got = _with(evs, trigger)
    assert got and all(e.source is not None and doer in e.source.text for e in got), _show(evs)


def test_a_doer_of_a_clause_after_force_stays(pipe):
    evs = _events(pipe, "The Kenyan army shelled the town for hours, killing ten people.")
    got = _with(evs, "shelled")  # the killing is the act's result (round p1967)
    assert got and got[0].source is not None and got[0].source.country == "KEN", _show(evs)
