"""Event coder, round 37 (issue 10, precision on news nobody has labelled): classes of wrong events found by reading
the coder's output on unlabelled stories (docs/events.md, session 25, round 37). Every sentence here was written for
this test:

* a material act in the simple present with an adverb of habit ("security forces *routinely detain* activists") is a
  practice, not an act done (:mod:`lapwing.extract.events.habitual`);
* a cause that is no doer ("*fear* of unrest forced Egypt to delay the reform", "low oil *prices* forced Nigeria to
  borrow") coerces and destroys nothing (``!subj=@circumstance`` on the force and destroy rows);
* a press or news conference is no talks (``!objmod=press|news`` on the hold / start / convene / attend / chair rows;
  a joint news conference of two leaders, or one held with another leader, still is);
* declining to forecast or predict is declining to comment (011), not a refusal (12);
* a battle with the courts, a hospital or a regulator is no fighting;
* a condition opened by "should" after the main clause ("it would act *should ministers fail* to reach an accord")
  is hypothetical, as the fronted one was (``gates._inverted_should``);
* the on- or about-gerund of talks is their topic, not a thing done ("agreed to talks *on signing* a pact":
  ``status_cues.talks_topic``).
"""

from __future__ import annotations

import pytest

from event_helpers import events as _events, show as _show, with_root, with_trigger

CLAIMED = ("asserted", "attributed", "future")


# -- habitual acts -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Security forces in Tehran regularly detain student activists.", "detain"),
    ("Police in Minsk routinely arrest opposition journalists, the group said.", "arrest"),
    ("Militants usually attack army convoys at night in the north of Mali.", "attack"),
    ("The Syrian army typically shells rebel villages before an offensive.", "shells"),
    ("Guards at the camp frequently assault detainees, former prisoners say.", "assault"),
    ("Detainees are often beaten by guards at the Kenyan camp, the report said.", "beaten"),
    ("In Nigeria, soldiers sometimes torture suspects to obtain confessions.", "torture"),
])
def test_a_habitual_material_act_is_no_event(pipe, text, trigger):
    evs = _events(pipe, text)
    assert not with_trigger(evs, trigger, CLAIMED), _show(evs)


@pytest.mark.parametrize("text, trigger, root", [
    ("Police in Minsk arrested two opposition journalists on Monday.", "arrested", "17"),
    ("Police arrest two journalists in Minsk", "arrest", "17"),
    ("Militants attacked an army convoy near Gao on Sunday night.", "attacked", "19"),
    ("The Syrian army shelled rebel villages near Idlib on Tuesday.", "shelled", "19"),
    ("Guards beat three detainees at the camp last week, a lawyer said.", "beat", "18"),
])
def test_a_dated_or_plain_act_stays(pipe, text, trigger, root):
    evs = _events(pipe, text)
    assert with_trigger(evs, trigger, CLAIMED, root), _show(evs)


# -- causes that are no doer -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Fear of unrest has forced Egypt to delay the subsidy reform.",
    "Fears of a recession forced the Chilean central bank to cut rates.",
    "Low oil prices forced Nigeria to borrow from the World Bank.",
    "A shortage of fuel has forced the Gaza authorities to close two hospitals.",
    "The personnel squeeze is forcing employers in Ohio to raise wages.",
])
def test_a_circumstance_forces_no_one(pipe, text):
    evs = _events(pipe, text)
    assert not with_trigger(evs, "forced", CLAIMED) and not with_trigger(evs, "forcing", CLAIMED), _show(evs)


def test_a_circumstance_destroys_nothing(pipe):
    evs = _events(pipe, "Cheap imports and high costs have destroyed hundreds of factories in the Ruhr.")
    assert not with_trigger(evs, "destroyed", CLAIMED), _show(evs)


@pytest.mark.parametrize("text, trigger, root", [
    ("The rebels forced the mayor of Goma to resign.", "forced", "17"),
    ("Armed settlers forced the Palestinian villagers to leave their homes.", "forced", "20"),
    ("Israeli forces destroyed five Palestinian homes in Jenin.", "destroyed", "17"),
])
def test_a_doer_still_forces_and_destroys(pipe, text, trigger, root):
    evs = _events(pipe, text)
    assert with_trigger(evs, trigger, CLAIMED, root), _show(evs)


# -- news conferences --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("The Ghanaian prime minister held a press conference in Accra on Tuesday.", "held"),
    ("The governor of Lagos convened a news conference after the vote.", "convened"),
    ("The Peruvian president started the news conference with a statement on the floods.", "started"),
    ("The Turkish foreign minister chaired a press conference on the refugee deal.", "chaired"),
])
def test_a_news_conference_is_no_talks(pipe, text, trigger):
    evs = _events(pipe, text)
    assert not with_root(with_trigger(evs, trigger), "04"), _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("The Iraqi prime minister held talks with the Turkish president in Ankara.", "held"),
    ("The Kenyan and Ugandan presidents held a joint news conference in Kampala.", "held"),
    ("The Turkish president held a news conference with the Russian president in Ankara.", "held"),
    ("The Brazilian president held a press conference in Brasilia with the Argentine president.", "held"),
    ("The African Union convened a summit on Sudan.", "convened"),
])
def test_talks_and_a_joint_news_conference_stay(pipe, text, trigger):
    evs = _events(pipe, text)
    assert with_root(with_trigger(evs, trigger), "04"), _show(evs)


# -- declining to forecast ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Chilean foreign minister declined to predict the outcome of the talks.",
    "The Canadian trade minister declined to forecast the result of the negotiations.",
    "Egypt's finance minister declined to estimate the cost of the new port.",
])
def test_declining_to_forecast_is_no_refusal(pipe, text):
    evs = _events(pipe, text)
    assert not with_root(with_trigger(evs, "declined"), "12"), _show(evs)


def test_declining_to_resume_talks_is_a_refusal(pipe):
    evs = _events(pipe, "Israel declined to resume talks with the Palestinians.")
    assert with_root(with_trigger(evs, "declined"), "12"), _show(evs)


# -- battles that are no fighting --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The lawyers of the Greek family began a long battle with the courts in Athens.",
    "Her parents fought a months-long battle against the hospital in London.",
    "The Kenyan airline lost its battle with the regulator over the new routes.",
])
def test_a_battle_with_a_court_or_a_body_is_no_fighting(pipe, text):
    evs = _events(pipe, text)
    assert not with_root(with_trigger(evs, "battle"), "19"), _show(evs)


def test_a_battle_between_armies_stays(pipe):
    evs = _events(pipe, "Ukrainian forces waged a fierce battle against Russian troops near Bakhmut.")
    assert with_root(with_trigger(evs, "battle"), "19"), _show(evs)


# -- "should" conditions after the main clause -------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("The commission said it would act should ministers fail to reach an accord.", "fail"),
    ("Kenya said it would pull out its troops should the rebels attack the airport in Mogadishu.", "attack"),
    ("The Iranian minister warned that oil prices would soar should Iran close the strait.", "close"),
    ("The army will respond at once should militants fire on the border posts again, the Pakistani general said.",
     "fire"),
])
def test_a_should_condition_after_the_main_clause_is_not_claimed(pipe, text, trigger):
    evs = _events(pipe, text)
    assert not with_trigger(evs, trigger, CLAIMED), _show(evs)


@pytest.mark.parametrize("text, trigger, root", [
    ("Police arrested the two guards who should have watched the depot in Lagos.", "arrested", "17"),
    ("Turkey will impose sanctions on Syria should the talks fail.", "impose", "1"),
])
def test_the_main_clause_and_a_relative_should_stay(pipe, text, trigger, root):
    evs = _events(pipe, text)
    assert with_trigger(evs, trigger, CLAIMED, root), _show(evs)


# -- the topic of talks ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Officials in Lima agreed to talks on signing a trade pact with Chile.", "signing"),
    ("Kenya and Somalia began talks about reopening the border near Mandera.", "reopening"),
    ("The Malian ministers opened a discussion on withdrawing troops from Kidal.", "withdrawing"),
    ("Serbia and Kosovo resumed negotiations over lifting the trade embargo.", "lifting"),
])
def test_the_topic_of_talks_is_not_done(pipe, text, trigger):
    evs = _events(pipe, text)
    assert not with_trigger(evs, trigger, CLAIMED), _show(evs)


@pytest.mark.parametrize("text, trigger, root", [
    ("Kenya and Somalia reopened the border near Mandera after talks in Nairobi.", "reopened", "08"),
    ("After the talks, Mali withdrew its troops from Kidal.", "withdrew", "08"),
])
def test_an_act_done_after_talks_stays(pipe, text, trigger, root):
    evs = _events(pipe, text)
    assert with_trigger(evs, trigger, CLAIMED, root), _show(evs)
