"""Event coder, seventeenth round (issue 10): classes found on a crisis report written for the examples
(``examples/articles.jsonl``, the Peru report, coded by hand before the coder was run on it) and checked in
many phrasings written for this test, next to the uses of the same words that must stay as they are:

- the active conjunct of a passive verb ("X was freed on Monday *and vowed* to fight on") is done by the
  passive's subject; a conjunct that shares the passive ("was arrested *and charged*") is not;
- "supporters of *the former* president" are neither former officials nor the government's side;
- a country named by a dictionary organisation ("*Peruvian* police") counts as named in its sentence, so
  the dateline's country is still lent to the other actors there ("protesters", "Congress");
- "she" / "he" after a sentence whose one named person is an object ("voted to remove President X, and
  *she* was detained") is that person;
- the predicate of a naming verb read as something else: 'called her arrest *"a disgrace"*', "branded
  the visit *a provocation*", "labelled the election *a farce*" (repair 61);
- a that-clause hung on the channel noun ("said *in a statement* that ...", "told reporters *at a news
  conference* that ...") is what was said: reported speech (repair 62);
- a past verb after "and" read as an adjective on the last noun ("blocked roads near A and B *and
  clashed* with police", repair 63) or joined to a passive that-clause ("said 23 people had been detained
  *and accused* 'agitators' of ...", repair 38) is the main clause's;
- content: "agreed to *surrender their weapons*" is de-escalation, not military aid; "planned to
  *request asylum*" is an appeal; following or obeying orders is yielding, "would not follow orders" a
  refusal; a "security detail" is police.
"""

from __future__ import annotations

import pytest

from event_helpers import events, show

CLAIMED = ("asserted", "attributed", "future")


def _one(evs, root, status=CLAIMED):
    got = [e for e in evs if e.cameo.startswith(root) and e.status in status]
    assert got, show(evs)
    return got[0]


# -- the active conjunct of a passive ------------------------------------------------------------------
@pytest.mark.parametrize("text,root,src,tgt", [
    ("The opposition leader was released from prison on Monday and vowed to fight the government.", "13", "opposition leader", "government"),
    ("The minister was sworn in on Friday and met the Chinese ambassador.", "04", "minister", "ambassador"),
    ("The rebels were defeated and agreed to surrender their weapons.", "03", "rebels", None),
    ("The Kenyan opposition leader was freed on bail and accused the police of torture.", "11", "opposition leader", "police"),
    ("The Sudanese general was promoted in May and criticised the peace deal with the rebels.", "11", "general", None),
])
def test_active_conjunct_of_passive_takes_the_passive_subject(pipe, text, root, src, tgt):
    e = _one(events(pipe, text), root)
    assert e.source is not None and src in e.source.text, show([e])
    if tgt:
        assert e.target is not None and tgt in e.target.text, show([e])


@pytest.mark.parametrize("text,root", [
    ("Two journalists were arrested and charged with espionage.", "17"),
    ("The former president was convicted and handed a ten-year sentence.", "11"),
    ("The suspect was detained and questioned by police.", "17"),
])
def test_shared_passive_keeps_its_subject_a_target(pipe, text, root):
    evs = events(pipe, text)
    e = _one(evs, root)
    assert e.target is not None, show(evs)
    assert all(x.source is None or x.source.text not in e.target.text for x in evs), show(evs)


def test_surrender_weapons_is_de_escalation_not_military_aid(pipe):
    for text in ("The rebels agreed to surrender their weapons.", "The militia agreed to hand over its weapons.",
                 "The insurgents agreed to give up their arms."):
        evs = events(pipe, text)
        assert any(e.cameo.startswith("035") for e in evs), show(evs)
        assert not any(e.cameo.startswith("0332") for e in evs), show(evs)
    evs = events(pipe, "The United States agreed to send weapons to Ukraine.")
    assert any(e.cameo == "0332" for e in evs), show(evs)


# -- former ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Supporters of the former president blocked roads near Puno.",
    "Relatives of the former dictator protested outside the court in Lima.",
    "Supporters of the former prime minister protested outside parliament in Nairobi.",
])
def test_group_of_a_former_leader_is_not_elite_nor_government(pipe, text):
    evs = events(pipe, text)
    assert evs and all(e.source is None or e.source.sector not in ("ELI", "GOV") for e in evs), show(evs)


def test_former_title_still_makes_an_elite(pipe):
    e = _one(events(pipe, "Former Defence Minister Ana Ruiz accused the army of torture."), "11")
    assert e.source.sector == "ELI", show([e])
    e = _one(events(pipe, "Supporters of the president rallied in the capital on Sunday."), "14")
    assert e.source.sector == "GOV", show([e])


# -- countries named by a dictionary organisation -------------------------------------------------------
def test_dateline_country_lent_beside_a_national_police_force(pipe):
    text = ("LIMA, Oct 9 (Lapwing Wire) - Peruvian police fired tear gas at thousands of protesters who marched "
            "on Congress near the Mexican embassy on Thursday.")
    evs = events(pipe, text)
    e = _one(evs, "17")
    assert e.target is not None and e.target.country == "PER", show(evs)
    m = _one(evs, "14")
    assert m.source.country == "PER" and m.target is not None and m.target.country == "PER", show(evs)


def test_an_organisation_matched_inside_another_name_names_no_country(pipe):
    text = ("ALGIERS, June 21 (Lapwing Wire) - The National Committee for the Liberation of Detainees said at "
            "least 40 people were detained by police in the capital.")
    e = _one(events(pipe, text), "17")
    assert e.target is not None and e.target.country == "DZA", show([e])


# -- she / he after one named person --------------------------------------------------------------------
@pytest.mark.parametrize("text,pron_root", [
    ("LIMA, Oct 9 (Lapwing Wire) - Lawmakers voted to remove President Rosa Quispe on Thursday, and she was "
     "detained hours later by police.", "17"),
    ("QUITO, May 2 (Lapwing Wire) - Prosecutors charged former Vice President Jorge Mena with bribery. He was "
     "arrested by police at his home in Quito.", "17"),
])
def test_pronoun_after_one_named_object_is_that_person(pipe, text, pron_root):
    evs = events(pipe, text)
    e = next((x for x in evs if x.cameo.startswith(pron_root) and x.target is not None
              and x.target.text.lower() in ("she", "he")), None)
    assert e is not None and e.target.sector in ("GOV", "ELI") and e.target.country is not None, show(evs)


def test_pronoun_with_two_named_people_stays_unresolved(pipe):
    text = ("Prosecutors charged Rosa Quispe and Jorge Mena with bribery on Monday. She was arrested by police "
            "at the airport.")
    evs = events(pipe, text)
    assert not any(e.target is not None and e.target.text == "She" and e.target.sector for e in evs), show(evs)


# -- naming verbs ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,src", [
    ('Mexico\'s president said his country was ready to offer her asylum and called her arrest "a disgrace".', "MEX"),
    ('The opposition called the vote "a farce" and vowed to boycott the run-off.', None),
    ('Beijing branded the visit "a provocation".', "CHN"),
    ("The Chinese foreign ministry branded the visit a provocation.", "CHN"),
    ("The Kenyan opposition labelled the election a farce.", "KEN"),
    ("The Iranian government dubbed the sanctions a crime.", "IRN"),
    ("The opposition leader called the president a dictator.", None),
])
def test_naming_verb_with_a_judgement_is_criticism(pipe, text, src):
    evs = events(pipe, text)
    e = _one(evs, "111")
    if src:
        assert e.source.country == src, show(evs)
    assert not any(x.cameo.startswith("17") for x in evs), show(evs)  # "her arrest" is no arrest by the speaker


def test_naming_verb_without_judgement_or_with_a_plain_second_object(pipe):
    assert not any(e.cameo.startswith("11") for e in events(pipe, "Police gave the men a warning."))
    assert not any(e.cameo.startswith("11") for e in events(pipe, "The minister called the committee chairman on Monday."))


# -- reported speech through a channel ------------------------------------------------------------------
@pytest.mark.parametrize("text,root", [
    ("The ministry said in a statement that Israeli jets had bombed a camp near Damascus.", "19"),
    ("She told journalists at a press briefing that police had arrested 9 people.", "17"),
    ("The minister told parliament in a speech that troops had killed 20 militants.", "19"),
    ("A rights group said in a report that officers had shot the man in self-defence.", "19"),
])
def test_that_clause_on_the_channel_is_reported(pipe, text, root):
    e = _one(events(pipe, text), root)
    assert e.status == "attributed", show([e])


def test_own_act_in_a_that_clause_on_the_channel_is_asserted(pipe):
    # the police telling of their own officers' act: its own account, asserted since round sr67 (was attributed)
    e = _one(events(pipe, "Police said in a report that officers had shot the man in self-defence."), "19")
    assert e.status == "asserted" and e.attributed_to is not None, show([e])


def test_future_in_a_statement_is_future_not_hypothetical(pipe):
    evs = events(pipe, "The Chadian army said in a statement that it would hold talks with the rebels next week.")
    e = _one(evs, "0", status=("future", "asserted", "attributed"))
    assert e.status != "hypothetical", show(evs)


# -- a verb of the main clause hung inside the content ---------------------------------------------------
@pytest.mark.parametrize("text,root,src", [
    ("The armed forces' joint command said in a statement that it would not follow orders to close the "
     "legislature, and urged Peruvians to stay calm.", "02", "command"),
    ("The ministry said in a statement that it would continue the talks and urged the rebels to lay down their arms.",
     "02", "ministry"),
    ('Interior Minister Teresa Lozano said 23 people had been detained in Lima and accused "agitators" of '
     "attacking police stations.", "112", "Lozano"),
    ("The minister said five suspects had been arrested and urged residents to stay calm.", "02", "minister"),
])
def test_speech_verb_after_the_content_is_the_speakers(pipe, text, root, src):
    e = _one(events(pipe, text), root, status=("asserted",))
    assert e.source is not None and src in e.source.text, show([e])


@pytest.mark.parametrize("text", [
    "Supporters of the former president blocked roads near Juliaca and Puno and clashed with riot police.",
    "Hundreds of miners blocked the highway near Arequipa and Cusco and clashed with police.",
])
def test_past_form_read_as_adjective_after_and_is_a_verb(pipe, text):
    evs = events(pipe, text)
    e = next((x for x in evs if x.trigger.text == "clashed"), None)
    assert e is not None and e.source is not None and e.target is not None and e.target.sector == "COP", show(evs)


def test_police_arrest_and_injure(pipe):
    evs = events(pipe, "Police arrested ten students and injured dozens of others.")
    assert {e.cameo[:2] for e in evs} >= {"17"}, show(evs)
    assert all(e.source is not None and e.source.sector == "COP" for e in evs), show(evs)


# -- content and rows ----------------------------------------------------------------------------------
def test_asylum_request_is_an_appeal(pipe):
    for text in ("The former president planned to request asylum at the Mexican embassy.",
                 "The Russian dissident wants to seek asylum in Sweden."):
        evs = events(pipe, text)
        assert any(e.cameo.startswith("023") for e in evs), show(evs)
        assert not any(e.cameo.startswith("033") for e in evs), show(evs)


@pytest.mark.parametrize("text,root", [
    ("The Bolivian army obeyed the orders of the president.", "08"),
    ("Troops refused to obey orders to fire on protesters.", "12"),
    ("The armed forces said they would not follow the orders of the president.", "12"),
])
def test_orders_obeyed_or_refused(pipe, text, root):
    _one(events(pipe, text), root)


def test_security_detail_is_police(pipe):
    evs = events(pipe, "She was arrested by her own security detail outside the palace in Lima.")
    e = _one(evs, "17")
    assert e.source is not None and e.source.sector == "COP", show(evs)


# -- a bloc or country before an organisation's name ----------------------------------------------------
@pytest.mark.parametrize("text,country", [
    ("The UN Working Group on Arbitrary Detention criticized the verdict.", "UNO"),
    ("The United Nations Working Group criticized the verdict.", "UNO"),
    ("The European Union Election Observation Mission criticized the vote count.", "EUR"),
])
def test_bloc_before_an_organisation_name_owns_it(pipe, text, country):
    e = _one(events(pipe, text), "11")
    assert e.source is not None and e.source.country == country, show([e])


@pytest.mark.parametrize("text", ["Chad Smith criticized the verdict.", "Jordan Henderson criticized the referee."])
def test_country_word_in_a_person_name_is_still_no_country(pipe, text):
    assert not any(e.source is not None and e.source.country in ("TCD", "JOR") for e in events(pipe, text))


@pytest.mark.parametrize("text", [
    "Fighting erupted in the border region, where security forces clashed with militiamen loyal to the ousted governor.",
    "The army sent troops to the town, where soldiers clashed with rebels on Sunday.",
])
def test_clashed_read_as_adjective_in_a_relative_clause(pipe, text):
    evs = events(pipe, text)
    e = next((x for x in evs if x.trigger.text == "clashed"), None)
    assert e is not None and e.source is not None and e.source.sector in ("COP", "MIL"), show(evs)


# -- repair 64: the verb hung on the last noun of a coordinated subject ---------------------------------
@pytest.mark.parametrize("text,root", [
    ("The Houthi rebels and their allies clashed with government forces.", "19"),
    ("Kurdish fighters and their Arab allies clashed with Turkish troops near Kobani.", "19"),
])
def test_verb_after_a_coordinated_subject_phrase(pipe, text, root):
    e = _one(events(pipe, text), root)
    assert e.source is not None and e.target is not None, show([e])


def test_passive_headline_stays_passive(pipe):
    evs = events(pipe, "Two soldiers killed in attack on army base.")
    assert not any(e.source is not None and e.source.text.startswith("Two soldiers") for e in evs), show(evs)


def test_subjunctive_verb_read_as_noun_in_a_that_clause(pipe):
    evs = events(pipe, "The opposition demanded that the president resign immediately.")
    e = _one(evs, "10")
    assert e.target is not None and e.target.text.endswith("president"), show(evs)
    evs = events(pipe, "The minister said that the government plan was flawed.")
    assert not any(e.cameo.startswith("08") for e in evs), show(evs)
