"""Event coder, round pr26 (issue 10, precision on news nobody has labelled): classes of wrongly emitted events found
by judging the coder's output on a seeded sample of unlabelled wire news (seed 2626; docs/events.md, round pr26).
Every sentence here was written for this test; each class is tested in several phrasings next to uses of the same
words that must stay as they are:

* an act whose object is nothing or "no X" was not done ("the ministry *made no comment*", "Ghana *signed no
  agreement* with Togo", "police *arrested nobody*"): negated (``events/status_wire.none_object``), while "no fewer
  than" / "no more than" are bounds and "no longer" is the verb's;
* a rank word that opens a firm's name is no title ("General Widget believes ..." where the article names "General
  Host Corp"; ``actors/titles.rank_companies``), and a role word after a firm's name is the firm's officer
  ("Wexford vice-president Lena Orr" where the article names "Wexford Pump Co"; ``actors/analysis._firm_before``):
  neither is the military or the government, so the firm's statements are no political events;
* the to-clause of an adjective has the "for" phrase between them as its doer, not the adjective's subject ("Western
  aid is *crucial for Kyiv to negotiate*", "it is *important for Kenya to sign*"; ``events/syntax_words.for_subject``),
  and is a prospect, not a happening, also when the parse gave it that subject ("*will be essential for Pyongyang to
  return* to talks"; ``events/status._for_infinitive``);
* what someone is suspected of is a suspicion, not an asserted act ("*suspected of attacking*", "on *suspicion of
  attacking*", "detained over their *alleged role in protesting*"): not emitted, like an accusation's content
  (``events/status_alleged``); "arrested two men *for attacking* a driver" is left (regional news tells it as a
  fact: the police set labels such an act), and so is a verdict ("jailed for attacking");
* the gerund an adjective of attitude or ability takes is a prospect ("*wary of attacking*", "*capable of
  attacking*", "*serious about negotiating*", "*close to reaching* a deal", "*intent on crushing*"):
  hypothetical (``events/status_cues.INTEREST_ADJ``); "guilty of", "responsible for" keep their act;
* lexicon row: "*gave* Turkey a foothold / leverage / momentum" is no aid (07).
"""

from __future__ import annotations

import pytest

from event_helpers import events as _events, show as _show, with_trigger as _with


# -- an object that is nothing -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("The Kenyan interior ministry made no comment.", "made"),
    ("The Brazilian foreign ministry made no immediate comment on the expulsion.", "made"),
    ("The Peruvian government has made no statement on the shooting.", "made"),
    ("Ghana signed no agreement with Togo.", "signed"),
    ("Germany gave no aid to the rebels in Chad.", "gave"),
    ("Police in Lagos arrested nobody after the riot.", "arrested"),
])
def test_an_act_on_nothing_is_not_done(pipe, text, trigger):
    evs = _events(pipe, text)
    got = _with(evs, trigger)
    assert got and all(e.status == "negated" for e in got), _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("The Peruvian government made a statement on the shooting.", "made"),
    ("Police in Lagos arrested no more than five people.", "arrested"),
    ("Ghana signed an agreement with Togo on Monday.", "signed"),
    ("Germany gave tanks to Ukraine in March.", "gave"),
])
def test_an_act_on_something_stays(pipe, text, trigger):
    evs = _events(pipe, text)
    assert _with(evs, trigger, statuses=("asserted",)), _show(evs)


def test_no_longer_stays_the_verbs_negation(pipe):
    evs = _events(pipe, "The Kenyan government no longer funds the militia.")
    assert _with(evs, "funds", statuses=("negated",)), _show(evs)


# -- firms named with a rank word or before a role word ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "General Widget Corp said on Monday it would challenge the verdict in Ohio. General Widget thinks the judge erred "
    "and agreed to meet union leaders.",
    "Admiral Widgets Inc agreed to buy the plant on Monday. Admiral Widgets said it would also meet union leaders.",
    "Directors of Wexford Pump Co said they would reject the offer. Wexford vice-president Lena Orr said the board met "
    "on Monday to discuss the merger. The deal had been given until May 2 to win approval, Orr said.",
])
def test_a_firm_is_no_military_or_government(pipe, text):
    evs = _events(pipe, text)
    assert not [e for e in evs if e.source is not None and e.source.sector in ("MIL", "GOV")], _show(evs)


@pytest.mark.parametrize("text, sector", [
    ("General Milley met his Chinese counterpart in Beijing.", "MIL"),
    ("General Dynamics Corp said on Monday that General Milley met his Chinese counterpart in Beijing.", "MIL"),
    ("General Haftar said his forces would attack Tripoli. General Haftar met Egyptian officials in Cairo on Monday.",
     "MIL"),
    ("Directors of Orinoco Mining Corp met on Monday. Venezuela vice-president Delcy Rodriguez met Russian officials "
     "in Caracas.", "GOV"),
    ("Brazilian vice-president Hamilton Mourao said the army would not intervene.", "GOV"),
])
def test_a_rank_or_office_before_a_person_stays(pipe, text, sector):
    evs = _events(pipe, text)
    assert [e for e in evs if e.source is not None and e.source.sector == sector], _show(evs)


# -- figures of speech after "give" ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The new port deal gives Turkey a foothold in the Red Sea.",
    "The agreement gave Iran leverage over its neighbours.",
    "The victory gave the Georgian opposition momentum before the vote.",
])
def test_a_figure_of_speech_given_is_no_aid(pipe, text):
    evs = _events(pipe, text)
    assert not [e for e in evs if e.cameo.startswith("07")], _show(evs)


def test_weapons_given_stay_aid(pipe):
    evs = _events(pipe, "The United States gave weapons to the Kurdish fighters.")
    assert [e for e in evs if e.cameo.startswith("07") and e.status == "asserted"], _show(evs)


# -- the doer of an adjective's to-clause ------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger, doer", [
    ("Western support is crucial for Kyiv to negotiate a ceasefire with Moscow.", "negotiate", "Kyiv"),
    ("Egypt's help is vital for Hamas to release the hostages.", "release", "Hamas"),
    ("It is important for Kenya to sign the agreement with Somalia.", "sign", "Kenya"),
    ("Chinese pressure will be essential for Pyongyang to return to talks with Seoul.", "return", "Pyongyang"),
])
def test_the_for_phrase_of_an_adjective_names_the_doer(pipe, text, trigger, doer):
    evs = _events(pipe, text)
    got = _with(evs, trigger)
    assert got and all(e.source is not None and e.source.text == doer and e.status == "hypothetical"
                       for e in got), _show(evs)


@pytest.mark.parametrize("text, trigger, doer", [
    ("The deal made it possible for Iran to resume talks with the IAEA.", "resume", "Iran"),
    ("Egypt is ready to help Hamas release the hostages.", "ready", "Egypt"),
    ("The Kenyan army was quick to deploy troops to the border.", "deploy", "The Kenyan army"),
])
def test_other_doers_of_a_to_clause_stay(pipe, text, trigger, doer):
    evs = _events(pipe, text)
    assert [e for e in _with(evs, trigger) if e.source is not None and e.source.text == doer], _show(evs)


# -- what someone is suspected of --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("The Ugandan activist is suspected of attacking a police station.", "attacking"),
    ("Police arrested a Kenyan man on suspicion of attacking a police station.", "attacking"),
    ("A Kenyan lawmaker was put under investigation in Nairobi for her alleged role in rioting near parliament last "
     "week, the Daily Nation reported.", "rioting"),
    ("Two students were detained over their alleged role in protesting against the government in Dhaka.",
     "protesting"),
])
def test_what_a_suspect_is_suspected_of_is_not_emitted(pipe, text, trigger):
    evs = _events(pipe, text)
    assert not _with(evs, trigger), _show(evs)


@pytest.mark.parametrize("text, kept", [
    ("Police arrested a Kenyan man on suspicion of attacking a police station.", "arrested"),
    ("Two students were detained over their alleged role in protesting against the government in Dhaka.", "detained"),
    ("Police in Lagos arrested two men for attacking a bus driver.", "attacking"),
    ("Two Kenyan men were jailed for attacking a police station.", "attacking"),
    ("The man was convicted of killing a police officer in Nairobi.", "killing"),
])
def test_the_arrest_and_an_act_told_as_fact_stay(pipe, text, kept):
    evs = _events(pipe, text)
    assert _with(evs, kept, statuses=("asserted", "attributed")), _show(evs)


# -- what an attitude or an ability is about ---------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("The rebels were wary of attacking the police station.", "attacking"),
    ("Russia is capable of attacking NATO countries within five years, the Estonian minister said.", "attacking"),
    ("The junta is intent on crushing the protests in Yangon.", "crushing"),
    ("The Kenyan government is serious about negotiating with the Somali rebels.", "negotiating"),
    ("Kenya and Somalia are close to reaching a deal on the border.", "reaching"),
    ("The Ugandan president is open to talking with the opposition.", "talking"),
])
def test_what_an_attitude_is_about_is_a_prospect(pipe, text, trigger):
    evs = _events(pipe, text)
    got = _with(evs, trigger)
    assert got and all(e.status == "hypothetical" for e in got), _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("The soldiers were guilty of killing two civilians in Gao.", "killing"),
    ("The Kenyan army was responsible for killing two civilians in Garissa.", "killing"),
])
def test_a_guilt_keeps_its_act(pipe, text, trigger):
    evs = _events(pipe, text)
    assert _with(evs, trigger, statuses=("asserted",)), _show(evs)
