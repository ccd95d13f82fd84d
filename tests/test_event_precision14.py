"""Event coder, fourteenth round (issue 10, precision): classes of wrongly emitted events found by reading the
false positives of the shared scorers' development halves. Each class is tested with sentences written for
this test in several phrasings, next to the uses of the same words that must stay as they are:

* acts told as background in a relative clause on a participant (``events/background.py``);
* an earlier act named in a since-clause that dates a superlative;
* a claim noun's that-clause the parser read as a relative clause ("denied charges ... that it tortured");
* a day and month read as the target of "call on" ("On Nov. 2, X called Y to discuss ...");
* a judging light verb ("called the bombing an act of terror", "declared the strike illegal");
* a "should" demand with no one it is made on; coercion whose subject is a cause ("mass protests forced ...");
* "both sides" after the speaker who addresses them; "the coalition" after "the Saudi-led coalition";
* a to-clause the parser hung on a name ("an appeal from President X *to lay down* their arms");
* a noun's gerund complement that names an act ("her possible role *in rioting*").
"""

from __future__ import annotations

import pytest

from lapwing.schema import Article

CLAIMED = ("asserted", "attributed", "future")


def _events(pipe, text):
    return pipe.analyse(Article(id="t", text=text, published="2026-11-02")).events


def _show(evs):
    return [(e.cameo, e.status, e.trigger.text if e.trigger else None, e.source and (e.source.text, e.source.country),
             e.target and (e.target.text, e.target.country), e.confidence) for e in evs]


def _claimed(evs, root=None, trigger=None):
    return [e for e in evs if e.status in CLAIMED and (root is None or e.cameo.startswith(root))
            and (trigger is None or (e.trigger is not None and e.trigger.text == trigger))]


# -- background: an act in a relative clause on a participant --------------------------------------------------
@pytest.mark.parametrize("text, main_root, main_trigger, background_trigger", [
    ("A court in Ankara released the journalist, who was arrested last year on terrorism charges.",
     "08", "released", "arrested"),
    ("Iran announced the release of two Kuwaiti fishermen who had been recently arrested for illegal entry.",
     "08", "release", "arrested"),
    ("Rebels who overran the town last month were driven out by the army on Sunday.",
     "19", "driven", "overran"),
    ("A Czech court released the Kurdish leader, whom Turkey wanted extradited.",
     "08", "released", "wanted"),
    ("The Kenyan government expelled the envoy, who had accused the president of fraud.",
     "16", "expelled", "accused"),
    ("Police in Lagos arrested the activist who had called for a general strike in June.",
     "17", "arrested", "called"),
    ("Ethiopia freed the opposition leader, whose party had boycotted the election in 2020.",
     "08", "freed", "boycotted"),
])
def test_participant_background_is_not_the_news(pipe, text, main_root, main_trigger, background_trigger):
    evs = _events(pipe, text)
    assert _claimed(evs, main_root, main_trigger), _show(evs)
    assert not _claimed(evs, trigger=background_trigger), _show(evs)


@pytest.mark.parametrize("text, trigger, root", [
    # what an event noun's relative clause tells is the event itself
    ("Gunmen stormed a mosque in an attack that killed 30 worshippers.", "killed", "19"),
    ("The Pentagon said it hit five bases after a rocket attack that killed a contractor.", "killed", "19"),
    ("The minister condemned the bombing that wounded twelve police officers.", "wounded", "19"),
    # protest and force by a participant, told in the same time as the news
    ("National Guard troops fired tear gas at demonstrators who threw stones at them.", "threw", "14"),
    ("Police arrested the gunmen who attacked the hotel.", "attacked", "19"),
    ("Soldiers shot two men who tried to storm the checkpoint in Kidal.", "shot", "19"),
])
def test_event_relative_clauses_stay(pipe, text, trigger, root):
    evs = _events(pipe, text)
    assert _claimed(evs, root, trigger), _show(evs)


@pytest.mark.parametrize("text, main_trigger, earlier_trigger", [
    ("The young worker who had been taken into custody was released on bail on Monday night.", "released", "taken"),
    ("The two students who had been detained by police were freed on Friday.", "freed", "detained"),
])
def test_earlier_force_on_a_participant_is_told_but_not_the_news(pipe, text, main_trigger, earlier_trigger):
    evs = _events(pipe, text)
    main, earlier = _claimed(evs, trigger=main_trigger), _claimed(evs, trigger=earlier_trigger)
    assert main and earlier, _show(evs)
    assert earlier[0].confidence < main[0].confidence, _show(evs)


def test_a_relative_clause_alone_keeps_its_event(pipe):
    # no event in the main clause: nothing to be background to
    evs = _events(pipe, "These are the men who attacked the police station in Kano.")
    assert _claimed(evs, "19", "attacked"), _show(evs)


# -- an earlier act named as the reference of a superlative ------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("It was the biggest turnout since security forces broke up a protest camp outside the ministry on June 3.",
     "broke"),
    ("It was the first visit by an Israeli leader since Egypt signed a peace treaty with Israel.", "signed"),
    ("The march was the largest since police dispersed the sit-in in April.", "dispersed"),
])
def test_since_reference_point_dropped(pipe, text, trigger):
    evs = _events(pipe, text)
    assert not _claimed(evs, trigger=trigger), _show(evs)


@pytest.mark.parametrize("text, root", [
    ("Police have arrested 40 people since protesters blocked the highway on Monday.", "17"),
    ("Soldiers have killed twelve rebels since the army launched its offensive on Friday.", "19"),
])
def test_since_clause_of_a_news_event_keeps_the_news(pipe, text, root):
    evs = _events(pipe, text)
    assert _claimed(evs, root), _show(evs)


# -- a claim noun's that-clause read as a relative clause ----------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("The Guatemalan government Monday denied charges by Central American clergymen that it tortured and "
     "drugged a Jesuit priest.", "tortured"),
    ("The government denied charges by human rights groups that it tortured prisoners.", "tortured"),
    ("The army on Friday rejected claims by local activists that it shelled the village.", "shelled"),
])
def test_denied_claim_content_is_negated(pipe, text, trigger):
    evs = _events(pipe, text)
    assert not _claimed(evs, trigger=trigger), _show(evs)
    assert [e for e in evs if e.cameo.startswith("01") or e.cameo.startswith("12")], _show(evs)


# -- a date read as "call on"'s target ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "On Nov. 2, the British foreign secretary called the Russian foreign minister to discuss the crisis.",
    "On 14 March, the German chancellor called the French president to talk about the summit.",
])
def test_a_day_and_month_is_no_call_on(pipe, text):
    evs = _events(pipe, text)
    assert not [e for e in evs if e.cameo.startswith("02")], _show(evs)


@pytest.mark.parametrize("text, country, target", [
    ("On Nov. 2, the British foreign secretary called on Russia to withdraw its troops.", "GBR", "RUS"),
    ("On Monday, the Turkish president called on Sweden to extradite the suspects.", "TUR", "SWE"),
])
def test_call_on_after_a_date_stays(pipe, text, country, target):
    evs = _events(pipe, text)
    hits = [e for e in _claimed(evs, "02") if e.source and e.source.country == country
            and e.target and e.target.country == target]
    assert hits, _show(evs)


# -- judging light verbs -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, not_root", [
    ("The Iraqi government called the attack a crime.", "19"),
    ("The government called the bombing an act of terror.", "18"),
    ("The government declared the strike illegal.", "14"),
    ("The court declared the strike unlawful.", "14"),
])
def test_judging_an_event_is_not_doing_it(pipe, text, not_root):
    evs = _events(pipe, text)
    assert not _claimed(evs, not_root), _show(evs)


@pytest.mark.parametrize("text, root", [
    ("The union called a general strike on Monday.", "14"),
    ("The doctors' union declared an indefinite strike on Monday.", "14"),
    ("The rebels declared a ceasefire with the army.", "08"),
])
def test_light_call_and_declare_stay(pipe, text, root):
    evs = _events(pipe, text)
    assert _claimed(evs, root), _show(evs)


# -- demands need someone they are made on (should); must-demands stand alone --------------------------------------
@pytest.mark.parametrize("text", [
    "French President Emmanuel Macron said the swap should open the way for a summit.",
    "The German chancellor said the talks should continue next week.",
    "The Japanese foreign minister stressed that the meeting should be held in Tokyo.",
])
def test_should_without_an_addressee_is_no_demand(pipe, text):
    evs = _events(pipe, text)
    assert not _claimed(evs, "10"), _show(evs)


@pytest.mark.parametrize("text, target", [
    ("Russia said Sudan should return the helicopter.", "SDN"),
    ("The Saudi foreign minister emphasized that Israel should halt settlement building.", "ISR"),
    ("Russia said Sudan must return the helicopter.", "SDN"),
])
def test_should_with_an_addressee_is_a_demand(pipe, text, target):
    evs = _events(pipe, text)
    hits = [e for e in _claimed(evs, "10") if e.target and e.target.country == target]
    assert hits, _show(evs)


def test_must_demand_on_a_state_of_affairs_stays(pipe):
    evs = _events(pipe, "The American president said on Thursday that the oppression of the Cuban people must end.")
    assert _claimed(evs, "10"), _show(evs)


# -- coercion whose subject is a cause --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Mass protests forced President Abdelaziz Bouteflika to resign on April 2.",
    "Months of sanctions forced the government to release the prisoners.",
    "International pressure forced the junta to free the opposition leader.",
])
def test_a_cause_does_not_coerce(pipe, text):
    evs = _events(pipe, text)
    assert not _claimed(evs, "17"), _show(evs)


@pytest.mark.parametrize("text", [
    "The police forced the protesters to disperse.",
    "Russian occupiers forced Ukrainian teachers to adopt the Russian curriculum.",
])
def test_actors_still_coerce(pipe, text):
    evs = _events(pipe, text)
    assert _claimed(evs, "17"), _show(evs)


# -- both sides, the coalition --------------------------------------------------------------------------------
def test_both_sides_are_not_the_speaker_who_addresses_them(pipe):
    text = ("Air strikes by the Saudi-led coalition hit Sanaa on Thursday. The Houthis said the coalition was "
            "trying to cover up its failures. The United Nations envoy for Yemen, Martin Griffiths, called on "
            "both sides to show restraint.")
    evs = [e for e in _claimed(_events(pipe, text), "02") if e.trigger.text == "called"]
    targets = {(e.target.country if e.target else None) for e in evs}
    assert evs and "UNO" not in targets, _show(evs)
    assert {"SAU", "YEM"} <= targets, _show(evs)


@pytest.mark.parametrize("text, country", [
    ("Air strikes by the Saudi-led coalition hit Sanaa on Thursday. The coalition said it had targeted military "
     "sites of the Houthi movement.", "SAU"),
    ("The Russian-led alliance sent troops to Kazakhstan on Thursday. The alliance said its forces would "
     "protect state buildings.", "RUS"),
])
def test_the_coalition_after_a_led_coalition(pipe, text, country):
    evs = _claimed(_events(pipe, text))
    second = [e for e in evs if e.sentence.start > 30 and e.source is not None]
    assert second and second[0].source.country == country, _show(evs)


# -- a to-clause hung on a name is asked or planned ----------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Rebels in the Ivory Coast on Wednesday dismissed an appeal from President Laurent Gbago to lay down their arms.",
     "lay"),
    ("The rebels on Friday rejected a plea from President Alassane Ouattara to free the hostages.", "free"),
])
def test_to_clause_on_a_name_is_not_done(pipe, text, trigger):
    evs = _events(pipe, text)
    assert [e for e in evs if e.cameo.startswith("12")], _show(evs)
    assert not _claimed(evs, trigger=trigger), _show(evs)


def test_headline_name_to_verb_is_planned(pipe):
    evs = _events(pipe, "Maduro to visit Russia next week.")
    hits = [e for e in evs if e.status == "future" and e.target and e.target.country == "RUS"]
    assert hits, _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("Guaido called on the armed forces to abandon Maduro.", "called"),
    ("Opposition leader Juan Guaido urged Venezuelans to join the protests.", "urged"),
])
def test_appeals_to_named_people_stay(pipe, text, trigger):
    evs = _events(pipe, text)
    assert _claimed(evs, "02", trigger), _show(evs)


# -- a noun's gerund complement names an act -------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("A US national has been put under investigation in Italy for her possible role in rioting during a summit.",
     "rioting"),
    ("The report examined the history of rioting in the northern cities.", "rioting"),
])
def test_gerund_after_a_noun_names_an_act(pipe, text, trigger):
    evs = _events(pipe, text)
    assert not _claimed(evs, trigger=trigger), _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("India's army was guilty of violating the ceasefire agreement along the border.", "violating"),
    ("Police dispersed the crowd by firing tear gas.", "firing"),
    ("Two men were arrested for attacking a police officer in Kano.", "attacking"),
])
def test_gerunds_after_verbs_and_adjectives_stay(pipe, text, trigger):
    evs = _events(pipe, text)
    assert _claimed(evs, trigger=trigger), _show(evs)


# -- the main clause carries the news: a subordinate clause's event is the less confident ---------------------------
@pytest.mark.parametrize("text, main_trigger, sub_trigger", [
    ("Brazil's truck drivers called off a four-day strike just hours after President Cardoso threatened to call in "
     "troops against them.", "called", "threatened"),
    ("China has established diplomatic ties with El Salvador, after the country broke off links with Taiwan.",
     "established", "broke"),
    ("Kenya recalled its ambassador from Uganda after Ugandan troops attacked a Kenyan border post.",
     "recalled", "attacked"),
])
def test_main_clause_event_is_the_most_confident(pipe, text, main_trigger, sub_trigger):
    evs = _events(pipe, text)
    main, sub = _claimed(evs, trigger=main_trigger), _claimed(evs, trigger=sub_trigger)
    assert main and sub, _show(evs)
    assert max(e.confidence for e in main) > max(e.confidence for e in sub), _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("UN troops remained on alert after the church attack, which the government blamed on the rebels.", "blamed"),
    ("Iran expelled two inspectors after the agreement, which the United States signed last year, collapsed.",
     "signed"),
    ("The minister condemned the attack, which the rebels claimed on Twitter.", "claimed"),
])
def test_a_reaction_told_in_an_event_nouns_relative_clause_is_background(pipe, text, trigger):
    evs = _events(pipe, text)
    assert _claimed(evs), _show(evs)
    assert not _claimed(evs, trigger=trigger), _show(evs)


# -- what the round's rules must leave alone (found on wire stories) ---------------------------------------------
@pytest.mark.parametrize("text, root, trigger", [
    # a noun's that-clause with a subject of its own is its content, not a relative clause
    ("U.S. lawmakers welcomed Tuesday's announcement that Ukraine had agreed to a 30-day ceasefire.", "03", "agreed"),
    # a day after a light verb's object is no judgement of it
    ("The United States called a private meeting Wednesday of the U.N. Security Council to discuss Iran.", "04",
     "meeting"),
    # a demand on people the table does not code is still a demand
    ("A Nigerian women's rights activist said authorities should declare a state of emergency over the abductions.",
     "10", "said"),
])
def test_round_rules_leave_these_alone(pipe, text, root, trigger):
    evs = _events(pipe, text)
    assert _claimed(evs, root, trigger), _show(evs)
