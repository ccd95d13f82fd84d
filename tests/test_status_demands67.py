"""Session 34, round st67: an act inside a demand, a call, an order or an exhortation is not a claim that it happened.

* ``status_demands.mandated_clause``: the subjunctive that-clause of a verb of demanding ("requested that X *expel*",
  "ordered that troops *withdraw*", "ordered that the journalist *be released*", "insisted that X *expel*"), also
  with the bare verb tagged as a past;
* ``status_demands.asked_content``: the that-clause of a noun of asking hung elsewhere by the parse because a time word
  stands between the noun and "that" ("repeated its call *on Friday that* X *withdraw*");
* ``status_demands.obliged`` / ``time_that``: a present "has to" / "have to", "it is (high) time that ...";
* ``status_demands.asked_for_to``: "called for the journalists *to be freed*" broken up by the parse;
* ``status_means.means_modality``: the in-gerund of an adjective under a modal ("must be *unanimous in condemning*");
* ``status_demands.told_below``: a verb with a tense of its own between the act and the demanded clause is told, not
  demanded ("demanded that Mali release them, and Mali *freed* them on Sunday").

Controls: the act told as done ("withdrew, as Kenya had demanded", "had withdrawn", "after gunmen killed"), "had to
fire" (done), "the first time that ..." (a fact), and the demand's own event by the demander, which stays coded.
All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from event_helpers import events, show

CLAIMED = ("asserted", "attributed", "future")

MANDATED = [
    ("Colombia requested that Venezuela expel the guerrilla commanders.", "expel"),
    ("The president ordered that troops withdraw from the capital.", "withdraw"),
    ("The court ordered that the journalist be released.", "released"),
    ("The judge ordered that the suspects be held for 15 days.", "held"),
    ("Chile demanded that Peru withdraw its troops from the border.", "withdraw"),
    ("The minister insisted that Ghana expel the diplomat.", "expel"),
    ("Tanzania requested that Burundi withdraw its soldiers from the lake.", "withdraw"),
    ("The governor ordered that the police release the arrested students.", "release"),
    ("Uganda recommended that Kenya close the border crossing.", "close"),
    ("The league requested on Monday that Libya free the detained sailors.", "free"),
    ("The army commander ordered that the rebels be arrested.", "arrested"),
]

ASKED_NOUN = [
    ("Kenya repeated its call on Friday that Somalia withdraw its forces from the border town.", "withdraw"),
    ("Armenia renewed its demand on Tuesday that Azerbaijan withdraw its troops from the disputed area.", "withdraw"),
    ("Serbia repeated its demand yesterday that Kosovo withdraw special police from the north.", "withdraw"),
    ("The UN renewed its appeal on Monday that the militias release the children.", "release"),
    ("Japan reiterated its request this week that Russia return the islands.", "return"),
    ("Kenya's call on Friday that Somalia withdraw its forces was rejected.", "withdraw"),
    ("Mali renewed its demand on Sunday that France pull out its troops.", "pull"),
    ("Greece renewed its call this week that Turkey halt the drilling.", "halt"),
    ("Ethiopia renewed its demand Thursday that Eritrean troops leave Tigray.", "leave"),
]

EXHORTATION = [
    ('"The Security Council has to condemn this massacre," the envoy said.', "condemn"),
    ("Moscow has to withdraw its forces from the plant, the agency chief said.", "withdraw"),
    ('"Washington has to impose sanctions on the generals," the senator said.', "impose"),
    ("The rebels have to release the hostages, the mediator said.", "release"),
    ("It is high time that Israel lifted the blockade, the minister said.", "lifted"),
    ("It is time that the generals returned to their barracks.", "returned"),
    ("The time has come that Serbia recognize Kosovo.", "recognize"),
    ('"The Council must be united in condemning the attack," the envoy said.', "condemning"),
    ("The international community should condemn the coup in Niger.", "condemn"),
    ("Washington ought to impose sanctions on the generals, the senator said.", "impose"),
    ("Sudan needs to release the detained activists, the envoy said.", "release"),
    ("It is time for the European Union to sanction Minsk.", "sanction"),
    ('"It\'s time for Hamas to free the hostages," the president said.', "free"),
    ('"Israel must withdraw from Gaza," the Turkish president said on Tuesday.', "withdraw"),
    ('"We must release the prisoners now," the general said.', "release"),
]

ASKED_TO = [
    ("Poland called on Belarus to release the jailed journalist.", "release"),
    ("The United Nations urged Myanmar to halt its attacks on civilians.", "halt"),
    ("The rebels gave the army 48 hours to leave the city.", "leave"),
    ("Turkey asked Sweden to extradite the suspects.", "extradite"),
    ("Germany appealed to Russia to withdraw its forces from the plant.", "withdraw"),
    ("Japan renewed its call for China to stop military drills near the islands.", "stop"),
    ("Lebanon issued an ultimatum to the militia to disarm by Friday.", "disarm"),
    ("The envoy pressed Hamas to free the hostages.", "free"),
    ("Australia has been pushing for Beijing to lift the trade restrictions.", "lift"),
    ("Kenya wants Somalia to withdraw its forces.", "withdraw"),
    ("The US gave Syria until Friday to withdraw its forces.", "withdraw"),
    ("Activists urged that the government release the detained protesters.", "release"),
    ("Nigeria insisted that Niger reinstate the ousted president.", "reinstate"),
]

ADJECTIVE_MODAL = [
    ("The Council must be unanimous in condemning the coup, the envoy said on Tuesday.", "condemning"),
    ("Western powers should be firm in condemning the crackdown, the activist said.", "condemning"),
    ("The bloc must be resolute in sanctioning the generals, the minister said.", "sanctioning"),
]

ASKED_FOR_TO = [
    ("Rights groups called for the journalists to be freed.", "freed"),
    ("Activists demanded for the officers to be prosecuted.", "prosecuted"),
    ("The EU called for the prisoners to be released immediately.", "released"),
    ("Amnesty urged for the detainees to be released.", "released"),
]

HAPPENED = [
    ("Somalia withdrew its troops, as Kenya had demanded.", "withdrew", "08"),
    ("Armenia said Azerbaijan had withdrawn its troops from the village.", "withdrawn", "08"),
    ("The government released all political prisoners, as the opposition had demanded.", "released", "08"),
    ("France demanded that Mali release the hostages, and Mali freed them on Sunday.", "freed", "08"),
    ("Russia withdrew its troops after Ukraine demanded that it leave the plant.", "withdrew", "08"),
    ("The president insisted that troops withdrew from the town last week.", "withdrew", "08"),
    ("The mayor demanded that police arrest the men after gunmen killed two traders.", "killed", "1"),
    ("Chile demanded that Peru punish the soldiers who attacked the post.", "attacked", "19"),
    ("It was the first time that Israel lifted the blockade.", "lifted", "08"),
    ("By the time that police arrived, the gunmen had killed three villagers.", "killed", "1"),
    ("The opposition insisted that the election was rigged and that police arrested its monitors.", "arrested", "17"),
    ("Iran released the tanker after Britain urged it to do so.", "released", "08"),
    ("The minister said Rwanda withdrew its troops from Congo last week.", "withdrew", "08"),
    ("Israel lifted the blockade on Tuesday, Norway said.", "lifted", "08"),
    ("The protesters demanded the release of students whom police arrested on Sunday.", "arrested", "17"),
    ("Germany condemned Russia for shelling the plant.", "shelling", "19"),
    ("Ghana protested after Togo detained the traders.", "detained", "17"),
    ("The United Nations condemned the attacks and urged Myanmar to halt them.", "condemned", "11"),
    ("Police had to fire tear gas to disperse the stone-throwing crowd.", "fire", "1"),
    ("The judge ordered the release of the activists, who were freed on Monday.", "freed", "08"),
    ("The army waited for the rebels to leave and then attacked the town.", "attacked", "19"),
    ("The minister was not slow in condemning the attack.", "condemning", "11"),
    ("The army was brutal in crushing the protest.", "crushing", "1"),
]

KEPT = [
    ("Kenya demanded that Somalia withdraw its forces.", "demanded", "10"),
    ("Poland called on Belarus to release the journalist.", "called", "02"),
    ("Bolivia insisted that Chile return the seized vessels.", "insisted", "10"),
    ("Tanzania asked that Burundi withdraw its soldiers from the lake.", "asked", "02"),
    ("Greece renewed its call this week that Turkey halt the drilling.", "renewed", "10"),
    ("Kenya repeated its call on Friday that Somalia withdraw its forces from the border town.", "repeated", "02"),
    ("Morocco proposed that Algeria reopen the border.", "proposed", "02"),
    ("The opposition demanded that the government release all political prisoners.", "demanded", "10"),
]


@pytest.mark.parametrize("text, trigger", MANDATED + ASKED_NOUN + EXHORTATION + ASKED_TO + ASKED_FOR_TO + ADJECTIVE_MODAL)
def test_demanded_act_is_not_claimed(pipe, text, trigger):
    evs = events(pipe, text)
    bad = [e for e in evs if e.trigger is not None and e.trigger.text == trigger and e.status in CLAIMED]
    assert not bad, show(evs)


@pytest.mark.parametrize("text, trigger, root", HAPPENED)
def test_act_told_as_done_stays_claimed(pipe, text, trigger, root):
    evs = events(pipe, text)
    assert any(e.trigger is not None and e.trigger.text == trigger and e.status in CLAIMED and e.cameo.startswith(root)
               for e in evs), show(evs)


@pytest.mark.parametrize("text, trigger, root", KEPT)
def test_the_demand_itself_stays_coded(pipe, text, trigger, root):
    evs = events(pipe, text)
    assert any(e.trigger is not None and e.trigger.text == trigger and e.status in CLAIMED and e.cameo.startswith(root)
               for e in evs), show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("Russia to withdraw troops from Kherson", "withdraw"),  # a headline's plan: left to the headline rules
    ("Journalists to be freed on Monday, court says", "freed"),
])
def test_headline_to_clause_is_left_alone(pipe, text, trigger):
    evs = events(pipe, text)
    assert any(e.trigger is not None and e.trigger.text == trigger and e.status in CLAIMED for e in evs), show(evs)


def test_interest_under_will_stays_unclaimed(pipe):
    """"will be interested in V-ing" is an interest (hypothetical), not a future act."""
    evs = events(pipe, "The premier will certainly be interested in encouraging Manila to resist the pressure.")
    assert not [e for e in evs if e.trigger is not None and e.trigger.text == "encouraging" and e.status in CLAIMED], show(evs)


def test_subjunctive_forms(pipe):
    """The clause forms read as a demand: a bare verb with a subject, a bare "be"; not a past or a tense auxiliary."""
    from lapwing.extract.events.parse_repair import repaired
    from lapwing.extract.events.status_demands import subjunctive

    def verb(text, word):
        doc = repaired(pipe.nlp(text))
        return next(t for t in doc if t.lower_ == word)

    assert subjunctive(verb("Chile demanded that Peru withdraw its troops.", "withdraw"))
    assert subjunctive(verb("The court ordered that the journalist be released.", "released"))
    assert not subjunctive(verb("Chile said that Peru withdrew its troops.", "withdrew"))
    assert not subjunctive(verb("Chile said that Peru had withdrawn its troops.", "withdrawn"))
    assert not subjunctive(verb("Chile insisted that the talks resume.", "resume"), strict=True)
