"""Round sc61 (session 32): acts reported inside said-clauses, and acts inside conditions. Sentences written for
this round.

Said-clauses (CAMEO: the reported act is coded, attributed to its reporter; 112 only where the words are blame):

* "X said (on DAY) that Y attacked Z": Y's act, status attributed, ``attributed_to`` X; no 112 of X is added (as
  "X accused Y of attacking" codes one event, the accusation, and not also the act);
* "X said (on DAY) that Y was behind / responsible for the bombing": X's 112 aimed at Y. Parse repair 257 (repairs
  148 and 150 on a copular that-clause) keeps Y: "that" read as a second subject, or the clause read as a relative
  clause of the day, had lost the target or the whole blame;
* a neutral reporter (a news agency, a witness, residents) gives the attributed act and no accusation.

Conditions (docs/events.md, statuses):

* the act of an if / unless / in case / until / once clause under a thing to come is hypothetical; "in case" is a
  condition as "if" is (``status_clause._mark_words``); a past form the tagger read as a present ("the rebels
  *freed* [VBP] the hostages once ...") is past, so the once-clause under it happened (``status_clause._not_past``);
* "Y would boycott the vote unless ..., *a spokesman* said": a hostile act announced under a condition with the
  saying put after it and a bare spokesman-like voice (``code_shifts.bare_voice``) is the conditional threat (13x)
  the same sentence gives with "Y said it would boycott ... unless"; not another's forecast ("an analyst said"), a
  voice of a named other party ("a Western diplomat"), or a friendly act.
"""

from __future__ import annotations

import pytest

from event_helpers import events, show

CLAIMED = ("asserted", "attributed", "future")


def _attr(e):
    return (e.attributed_to.text if e.attributed_to is not None else "") or ""


# --------------------------------------------------------------------------------------------- said-clauses
@pytest.mark.parametrize("text, root, country, reporter", [
    ("The Ukrainian defence ministry said on Monday that Russian forces had shelled the village overnight.", "19",
     "RUS", "ministry"),
    ("the defence ministry said on monday that russian forces had shelled the village overnight.", "19", "RUS",
     "ministry"),
    ("The Pakistani army said on Sunday that Indian troops fired on a border post.", "19", "IND", "army"),
    ("Iran said on Sunday that Israeli agents had killed the nuclear scientist.", "1", "ISR", "Iran"),
    ("The Syrian government said on Friday that Turkish drones had struck a village near Qamishli.", "19", "TUR",
     "government"),
    ("Ethiopia said on Thursday that Eritrean soldiers had attacked its border town.", "19", "ERI", "Ethiopia"),
    ("Armenia said on Tuesday that Azerbaijani forces had opened fire on its positions.", "19", "AZE", "Armenia"),
    ("Venezuela said on Saturday that Colombian paramilitaries had attacked its soldiers.", "19", "COL", "Venezuela"),
    ("The Congolese government said on Thursday that Rwandan troops had invaded its territory.", "19", "RWA",
     "government"),
    ("Seoul said on Friday that North Korea had fired two ballistic missiles.", "19", "PRK", "Seoul"),
    ("Kyiv said on Tuesday that Moscow had ordered the attack on the power station.", "19", "RUS", "Kyiv"),
    ("Ankara said on Friday that Kurdish militants had carried out the car bombing.", "18", None, "Ankara"),
    ("The Sudanese army said on Monday that the Rapid Support Forces had shelled a hospital in El Fasher.", "19", "SDN",
     "army"),
    ("the sudanese army said on monday that the rapid support forces had shelled a hospital.", "19", None, "army"),
    ("Manila said on Wednesday that Chinese coast guard ships had rammed a supply boat.", "1", "CHN", "Manila"),
])
def test_act_in_said_clause_is_the_doers_attributed(pipe, text, root, country, reporter):
    evs = events(pipe, text)
    got = [e for e in evs if e.cameo.startswith(root) and e.status == "attributed" and reporter in _attr(e)
           and e.source is not None and (country is None or e.source.country == country)]
    assert got, show(evs)
    # the act is coded, not the saying as a bare statement or an added accusation
    assert not [e for e in evs if e.cameo[:2] in ("01", "11") and e.status in CLAIMED], show(evs)


@pytest.mark.parametrize("text, target", [
    ("The interior ministry said on Wednesday that rebels were behind the bombing of the market.", "rebels"),
    ("the interior ministry said on wednesday that rebels were behind the bombing.", "rebels"),
    ("The interior ministry said on Wednesday that rebels were behind the bombing.", "rebels"),
    ("The police chief said on Monday that separatists were behind the blast.", "separatists"),
    ("The army said on Sunday that the insurgents were responsible for the ambush.", "insurgents"),
    ("the army said that the insurgents were responsible for the ambush.", "insurgents"),
    ("Israel said on Friday that Hamas was responsible for the rocket attack.", "Hamas"),
    ("Kenya said on Thursday that al-Shabaab was behind the siege of the hotel.", "al-Shabaab"),
    ("The Ukrainian army claimed on Tuesday that Russia was behind the shelling.", "Russia"),
    ("Lithuania said on Saturday that Belarus was behind the hacking of its ministries.", "Belarus"),
    ("The governor said on Monday that bandits were behind the kidnapping of the pupils.", "bandits"),
    ("The foreign ministry said on Thursday that Tehran was responsible for the drone strike.", "Tehran"),
])
def test_blame_in_said_clause_is_an_accusation_with_its_target(pipe, text, target):
    evs = events(pipe, text)
    got = [e for e in evs if e.cameo.startswith("112") and e.status in CLAIMED and e.target is not None
           and target.lower() in e.target.text.lower()]
    assert got, show(evs)


@pytest.mark.parametrize("text, target", [
    ("The army said on Monday that the rebels were to blame for the massacre.", "rebels"),
    ("Kyiv said on Tuesday that Russia was to blame for the blast at the dam.", "Russia"),
    ("the army said that the militants were to blame for the ambush.", "militants"),
    ("Israel said on Friday Hamas was responsible for the attack.", "Hamas"),
])
def test_to_blame_and_blame_after_the_day_are_accusations(pipe, text, target):
    """"Y was to blame for" is blame as "responsible for" is; "said on Friday Hamas was responsible" with no "that"
    (parse repair 258) keeps its target."""
    evs = events(pipe, text)
    assert [e for e in evs if e.cameo.startswith("112") and e.status in CLAIMED and e.target is not None
            and target.lower() in e.target.text.lower()], show(evs)


@pytest.mark.parametrize("text", [
    "The army said on Monday that the rebels blamed the government for the massacre.",
    "Kyiv said on Tuesday that Russian officials blame Ukraine for the blast.",
])
def test_a_reported_blame_is_not_the_sayers(pipe, text):
    """Control: "X said Y blamed Z" is Y's blame, not the sayer's accusation of Y."""
    evs = events(pipe, text)
    assert not [e for e in evs if e.cameo.startswith("112") and e.rule.startswith("say_responsible")], show(evs)


@pytest.mark.parametrize("text, source, reporter", [
    ("Israel said on Friday Hamas fired rockets at Ashkelon.", "Hamas", "Israel"),
    ("Seoul said on Tuesday Pyongyang fired two missiles.", "Pyongyang", "Seoul"),
    ("The ministry said on Sunday militants had attacked a police post.", "militants", "ministry"),
    ("the ministry said on sunday militants had attacked a police post.", "militants", "ministry"),
    ("Kyiv said on Tuesday Russian forces had shelled Kharkiv overnight.", "Russian forces", "Kyiv"),
    ("The police said late on Friday protesters had blocked the highway.", "protesters", "police"),
])
def test_reported_clause_after_the_day_without_that(pipe, text, source, reporter):
    """Parse repair 258: "said on [Friday Hamas] fired": the day is the saying's, the name the doer of the reported
    act, which is attributed to the sayer (it was lost, asserted, or had the day in its doer's name)."""
    evs = events(pipe, text)
    assert [e for e in evs if e.status == "attributed" and reporter in _attr(e) and e.source is not None
            and e.source.text == source], show(evs)


@pytest.mark.parametrize("text, word, not_head", [
    ("Israel warned on Friday Hamas that it would strike back.", "Hamas", "strike"),
    ("The army said on Saturday it had killed ten militants.", "Saturday", "killed"),
    ("The government said on Monday after a cabinet meeting that it would send troops.", "Monday", "send"),
])
def test_day_repair_leaves_addressees_and_own_clauses(pipe, text, word, not_head):
    """Controls of repair 258: the one told ("warned Hamas *that*") is no subject of the clause; a day before a
    pronoun subject or before a clause of its own is not moved into the clause."""
    from lapwing.extract.events.repair_time_complement import repair_day_on_reported_subject
    doc = pipe.nlp(text)
    verb = next(t for t in doc if t.lower_ in ("warned", "said"))
    repair_day_on_reported_subject(verb)
    tok = next(t for t in doc if t.text == word)
    assert tok.head.text != not_head


@pytest.mark.parametrize("text, target", [
    ("Officials blamed the blast on militants on Thursday.", "militants"),
    ("officials blamed the blast on militants on thursday.", "militants"),
    ("The government on Monday blamed the attack on Islamist insurgents.", "insurgents"),
    ("Nigeria blamed Boko Haram for the killing of twelve farmers on Saturday.", "Boko Haram"),
    ("Russia accused Ukraine on Monday of shelling the nuclear plant.", "Ukraine"),
    ("The army accused rebels on Friday of killing ten civilians.", "rebels"),
])
def test_blame_and_accusation_verbs_stay_112(pipe, text, target):
    evs = events(pipe, text)
    assert [e for e in evs if e.cameo.startswith("112") and e.status == "asserted" and e.target is not None
            and target.lower() in e.target.text.lower()], show(evs)


@pytest.mark.parametrize("text, root, reporter", [
    ("Reuters reported on Monday that troops had shelled the village.", "19", "Reuters"),
    ("A witness said on Tuesday that soldiers fired on the crowd.", "19", "witness"),
    ("Residents said on Sunday that gunmen had killed five villagers.", "1", "Residents"),
    ("State media reported on Friday that police arrested twenty protesters.", "17", "State media"),
    ("The news agency said on Thursday that rebels had seized the town.", "19", "news agency"),
    ("Witnesses said rebels attacked the market on Saturday.", "19", "Witnesses"),
])
def test_neutral_reporter_gives_the_attributed_act_and_no_accusation(pipe, text, root, reporter):
    evs = events(pipe, text)
    assert [e for e in evs if e.cameo.startswith(root) and e.status == "attributed" and reporter in _attr(e)], show(evs)
    assert not [e for e in evs if e.cameo.startswith("11")], show(evs)


@pytest.mark.parametrize("text, code, status", [
    ("Iran said on Monday it would attend the talks in Vienna.", "036", "future"),
    ("Kenya said on Friday it would send troops to Haiti.", "154", "future"),
    # a party's own act: its own account, asserted since round sr67 (were attributed; tests/test_self_reports67.py)
    ("The army said on Tuesday that it had killed ten militants.", "190", "asserted"),
    ("The government said on Wednesday that it had arrested the opposition leader.", "173", "asserted"),
    ("Russia said on Monday that its forces had captured the village.", "192", "asserted"),
])
def test_own_acts_in_said_clauses_unchanged(pipe, text, code, status):
    evs = events(pipe, text)
    assert [e for e in evs if e.cameo == code and e.status == status], show(evs)
    assert not [e for e in evs if e.cameo.startswith("11")], show(evs)


# --------------------------------------------------------------------------------------------- conditions
@pytest.mark.parametrize("text, trigger", [
    ("In case the rebels attack the base, the troops will evacuate the village.", "attack"),
    ("in case the rebels attack the base, the troops will evacuate the village on monday.", "attack"),
    ("In case the militia attacks the convoy, the army will close the road, officials said on Monday.", "attacks"),
    ("The army will withdraw from the town once the rebels release the hostages, the minister said on Monday.",
     "release"),
    ("The government will resume talks once the rebels release the hostages.", "release"),
    ("The opposition will hold protests until the government releases the detained activists.", "releases"),
    ("The army will keep fighting until the rebels surrender their weapons.", "surrender"),
    ("Unless the junta frees the president, the bloc will impose sanctions on Niger.", "frees"),
    ("If the rebels attack the city, the army will respond with force, the general said on Friday.", "attack"),
    ("Should the rebels attack the capital, the army would respond, the minister said on Tuesday.", "attack"),
    ("The opposition would boycott the vote unless the government released its leaders, a spokesman said on Tuesday.",
     "released"),
])
def test_act_of_a_condition_is_hypothetical(pipe, text, trigger):
    evs = events(pipe, text)
    assert not [e for e in evs if e.trigger is not None and e.trigger.text == trigger and e.status in CLAIMED], show(evs)


@pytest.mark.parametrize("text, trigger, code", [
    ("The rebels freed the hostages once the army withdrew from the town.", "withdrew", "08"),
    ("The army kept fighting until the rebels surrendered on Friday.", "surrendered", "08"),
    ("Troops withdrew from the town on Monday after the ceasefire held.", "withdrew", "08"),
    ("The opposition boycotted the vote on Tuesday.", "boycotted", "14"),
    ("The army attacked the rebels on Friday after they seized the town.", "attacked", "19"),
    ("The rebels released the hostages on Thursday once the ransom was paid.", "released", "08"),
])
def test_past_acts_around_conditions_words_stay_claimed(pipe, text, trigger, code):
    evs = events(pipe, text)
    assert [e for e in evs if e.trigger is not None and e.trigger.text == trigger and e.status in CLAIMED
            and e.cameo.startswith(code)], show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("The opposition would boycott the vote unless the government released its leaders, a spokesman said on Tuesday.",
     "boycott"),
    ("the opposition would boycott the vote unless the government released its leaders, a spokesman said on tuesday.",
     "boycott"),
    ("Protesters would block the highway unless the governor resigned, organisers said on Sunday.", "block"),
    ("The protesters would block the roads unless the governor resigned, organisers said on Sunday.", "block"),
    ("the union would strike unless wages were raised, its leader said on friday.", "strike"),
    ("The Houthis would attack ships in the Red Sea unless Israel ended the war, a spokesman said on Monday.", "attack"),
    ("The opposition said on Monday it would boycott the election unless the electoral commission was reformed.",
     "boycott"),
    ("The union will strike unless the ministry raises salaries, its leader said on Friday.", "strike"),
    ("Farmers would block the motorways unless the subsidies were restored, a spokeswoman said on Wednesday.", "block"),
])
def test_hostile_act_announced_under_a_condition_is_a_threat(pipe, text, trigger):
    evs = events(pipe, text)
    assert [e for e in evs if e.trigger is not None and e.trigger.text == trigger and e.cameo.startswith("13")
            and e.status == "asserted"], show(evs)  # (a threat made: asserted since round st79, test_status79.py)


@pytest.mark.parametrize("text, trigger", [
    ("Russia would attack Ukraine if it joined NATO, an analyst said on Monday.", "attack"),
    ("The European Union would impose sanctions on Belarus if it kept detaining journalists, diplomats said on "
     "Thursday.", "impose"),
    ("The rebels would attack the capital unless the army withdrew, a Western diplomat said on Monday.", "attack"),
    ("Serbia would recognise Kosovo only if the European Union guaranteed rights for Serbs, a spokesman said on "
     "Monday.", "recognise"),
    ("The army could attack the town unless the rebels withdrew, a spokesman said on Monday.", "attack"),
])
def test_forecasts_and_friendly_acts_under_a_condition_stay_hypothetical(pipe, text, trigger):
    evs = events(pipe, text)
    assert not [e for e in evs if e.trigger is not None and e.trigger.text == trigger and e.status in CLAIMED], show(evs)


@pytest.mark.parametrize("text, code, status", [
    ("Iran said on Monday it would attend the talks in Vienna.", "036", "future"),
    ("The rebels said on Thursday they would release the hostages once the government freed their comrades.", "0353",
     "future"),
    ("China said on Saturday it would hold talks with Japan once the dispute was settled.", "036", "future"),
    ("The opposition would boycott the vote, a spokesman said on Tuesday.", "133", "future"),
])
def test_announced_plans_unchanged(pipe, text, code, status):
    evs = events(pipe, text)
    assert [e for e in evs if e.cameo == code and e.status == status], show(evs)


@pytest.mark.parametrize("text, word, voice", [
    ("The rebels would fight on, a spokesman said.", "spokesman", True),
    ("The union would strike, its leader said.", "leader", True),
    ("The protesters would march, organisers said.", "organisers", True),
    ("The rebels would fight on, a leader said.", "leader", False),
    ("The rebels would fight on, a Western spokesman said.", "spokesman", False),
    ("The rebels would fight on, the army's spokesman said.", "spokesman", False),
    ("The rebels would fight on, an analyst said.", "analyst", False),
])
def test_bare_voice_words(pipe, text, word, voice):
    """Only a spokesman-like noun with nothing but an article or an owning pronoun is a bare voice."""
    from lapwing.extract.events.code_shifts import bare_voice
    doc = pipe.nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert bare_voice(tok) is voice
    assert not bare_voice(None)
