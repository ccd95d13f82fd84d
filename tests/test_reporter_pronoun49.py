"""Who "they" is, and reports' second conjuncts (issue 10; session 28, round 49, branch co48).

Every sentence is written for this test.

(a) The subject they/it of the clause a reporting verb takes is the reporting verb's own subject, every party of a
coordinated one, before any entity of an earlier sentence (``extract/actors/reporter_pronoun.py``), unless the
number or the kind disagrees. Controls: a pronoun in apposition ("said they, the soldiers, had ..."), a plural
pronoun after one person, "it" after two parties.

(b) A media worker (photographer, cameraman, correspondent, photojournalist) is a person an assault, an arrest or an
attack is done to (the ``@lx_person`` and ``@prisoner`` sets, ``f_attack_person``), in a report's second conjunct
as anywhere else."""

from __future__ import annotations

import pytest

from event_helpers import claimed, show


def _sources(evs, root):
    return {e.source.country for e in evs if e.cameo.startswith(root) and e.source is not None}


def _targets(evs, root):
    return {e.target.country for e in evs if e.cameo.startswith(root) and e.target is not None}


# -- (a) the reporter of the clause ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, root, parties, earlier", [
    # two parties, "said ... had", an organisation named in the sentence before
    ("The European Union's foreign policy chief criticised the crackdown and said Brussels would reconsider its "
     "aid to Minsk. Lithuania and Latvia said they had recalled their ambassadors.", "16", ("LTU", "LVA"), "EUR"),
    # the same with the parties in the other order and an adverbial before the verb
    ("The European Union's trade chief criticised the ban and said Brussels would review its trade deal with "
     "Hanoi. On Monday, Estonia and Finland said they had recalled their envoys.", "16", ("EST", "FIN"), "EUR"),
    # "announced", a different bloc before
    ("The Arab League criticised the raid on Friday. Egypt and Jordan announced they had expelled the Israeli "
     "ambassadors.", "16", ("EGY", "JOR"), "ARL"),
    # three parties, future
    ("NATO condemned the missile strike. Poland, Estonia and Lithuania said they would expel Russian diplomats.",
     "13", ("POL", "EST", "LTU"), "NAT"),
    # "declared", a pluperfect
    ("The OSCE condemned the shelling. Armenia and Georgia declared they had closed their borders with Azerbaijan.",
     "19", ("ARM", "GEO"), "OSC"),
    # present reporting verb, future clause
    ("The Commonwealth criticised the arrests. Canada and Australia say they will impose sanctions on Zimbabwe.",
     "13", ("CAN", "AUS"), None),
    # two titled people of two countries
    ("The European Union condemned the strike. French President Paul Marchand and Spanish Prime Minister Luis "
     "Ortega said they had recalled their ambassadors from Minsk.", "16", ("FRA", "ESP"), "EUR"),
])
def test_they_is_every_party_of_the_reporter(pipe, text, root, parties, earlier):
    evs = claimed(pipe, text)
    got = _sources(evs, root)
    assert set(parties) <= got, show(evs)
    assert earlier is None or earlier not in got, show(evs)


@pytest.mark.parametrize("text, root, parties, earlier", [
    # a passive clause: the reporters are the ones acted on
    ("The United Nations criticised the election. Kenya and Uganda said they had been attacked by Somali "
     "militants.", "19", ("KEN", "UGA"), "UNO"),
    ("The United Nations criticised the raid. Brazil and Chile said they had been attacked by Venezuelan hackers.",
     "17", ("BRA", "CHL"), "UNO"),
])
def test_passive_they_is_the_reporters(pipe, text, root, parties, earlier):
    evs = claimed(pipe, text)
    got = _targets(evs, root)
    assert set(parties) <= got and earlier not in got, show(evs)


@pytest.mark.parametrize("text, root, country", [
    # "it": one organisation or country (the event coder's speaker step gave these before; kept)
    ("Following the European Union's decision, Hungary said it would expel two Russian diplomats.", "13", "HUN"),
    ("In a letter to the United Nations, Ethiopia said it had closed its border with Eritrea.", "19", "ETH"),
    ("Responding to the African Union, Sudan's army said it had arrested three rebel commanders.", "17", "SDN"),
    ("The United Nations condemned the attack. Peru's foreign ministry said it had recalled its ambassador to "
     "Bolivia.", "16", "PER"),
])
def test_it_is_the_reporter(pipe, text, root, country):
    evs = claimed(pipe, text)
    assert _sources(evs, root) == {country}, show(evs)


def test_they_of_the_pair_is_coded_as_the_pair(pipe):
    text = ("The European Union condemned the strike. Finland and Sweden said they had summoned the Russian "
            "ambassador.")
    evs = claimed(pipe, text)
    pair = [e for e in evs if e.source is not None and e.source.text == "they" and e.source.rule == "coref:pair"]
    assert {e.source.country for e in pair} == {"FIN", "SWE"}, show(evs)


# -- (a) controls ---------------------------------------------------------------------------------------------------
def test_they_in_apposition_is_not_the_reporter(pipe):
    text = ("The European Union condemned the raid. Human Rights Watch said they, the soldiers, had detained two "
            "Somali journalists.")
    evs = claimed(pipe, text)
    assert not [e for e in evs if e.source is not None and e.source.rule == "coref:pair"], show(evs)


@pytest.mark.parametrize("text", [
    "The European Union condemned the strike. Foreign Minister Anna Berg said they had recalled the ambassador.",
    "The African Union criticised the coup. Defence Minister Omar Diallo said they would expel the envoys.",
])
def test_plural_pronoun_after_one_person_is_not_the_person(pipe, text):
    evs = claimed(pipe, text)
    assert not [e for e in evs if e.source is not None and e.source.name in ("Anna Berg", "Omar Diallo")
                and e.source.rule == "coref:pronoun"], show(evs)


def test_it_after_two_parties_is_not_a_pair(pipe):
    text = "The African Union condemned the raid. France and Germany said it would impose sanctions on Mali."
    evs = claimed(pipe, text)
    assert not [e for e in evs if e.source is not None and "coref:pair" in (e.source.rule or "")], show(evs)


def test_told_object_is_not_forced_to_the_speaker(pipe):
    # the clause of "told the envoys" may be about the envoys: the rule leaves it to the usual choice
    text = "The European Union condemned the raid. Norway and Denmark told the envoys they had expelled two spies."
    evs = claimed(pipe, text)
    assert not [e for e in evs if e.source is not None and e.source.rule == "coref:pair"], show(evs)


# -- (b) media workers acted on, in a report's second conjunct too -----------------------------------------------
@pytest.mark.parametrize("text, root, target", [
    ("The health ministry said 38 people were treated in hospital, among them 11 policemen, and a photographer "
     "for a local news site was beaten by men in black masks.", "18", "photographer"),
    ("Police said two protesters were detained, and a cameraman was beaten by unidentified men.", "18", "cameraman"),
    ("The army said three soldiers were wounded, and masked men beat a correspondent for a Kenyan radio station.",
     "18", "correspondent"),
    ("Officials said the talks had ended, and gunmen attacked a photojournalist near the border.", "1",
     "photojournalist"),
    ("A photographer was beaten by riot police outside the stadium.", "18", "photographer"),
    ("Riot police detained a photographer outside the court on Tuesday.", "17", "photographer"),
    ("Soldiers arrested two cameramen near the presidential palace, the union said.", "17", "cameramen"),
])
def test_media_workers_are_persons_acted_on(pipe, text, root, target):
    evs = claimed(pipe, text)
    assert [e for e in evs if e.cameo.startswith(root) and e.target is not None and target in e.target.text], show(evs)


@pytest.mark.parametrize("text, wrong", [
    ("Spain's embassy praised the new cabinet, and the government of neighbouring Portugal said it welcomed the "
     "ceasefire.", "ESP"),
    ("Chile's embassy praised the new cabinet, and the government of neighbouring Bolivia said it welcomed the truce.",
     "CHL"),
    ("Kenya's envoy thanked the mediators, and the foreign ministry of Tanzania said it backed the talks.", "KEN"),
])
def test_conjunct_whose_own_subject_the_parse_lost_takes_no_earlier_subject(pipe, text, wrong):
    # (lead, after the merge) a noun between "and" and the reporting verb is the conjunct's own subject, lost by the
    # parse: the first clause's subject is not the reporter of "it"
    evs = claimed(pipe, text)
    assert not [e for e in evs if e.source is not None and e.source.text == "it" and e.source.country == wrong], show(evs)
