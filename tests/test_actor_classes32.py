"""Session 23 round 32 (branch ac32, issue 10): actor classes that hold on unseen text. A country on a "-backed"
modifier is the backer's, not the actor's ("Russia-backed rebels"); a company suffix (Corp, Ltd, Inc, plc, GmbH)
makes a company (BUS), never a person; suspects are criminals (CRM) unless a modifier says otherwise; job
words (analyst, manager, office manager, managing director) are people that a later he or she can be. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from event_helpers import events, show


def _actor(evs, trigger, role="source"):
    found = [e for e in evs if e.trigger is not None and e.trigger.text == trigger and getattr(e, role) is not None]
    assert found, show(evs)
    return getattr(found[0], role)


@pytest.mark.parametrize("text, trigger, backer", [
    ("Russia-backed separatist rebels shelled Ukrainian army positions near Donetsk.", "shelled", "RUS"),
    ("Moscow-backed separatists shelled positions near the border on Tuesday.", "shelled", "RUS"),
    ("Iranian-backed militias attacked a base in the desert.", "attacked", "IRN"),
    ("Turkish-funded fighters attacked Kurdish positions near the river.", "attacked", "TUR"),
    ("Russia-backed rebels have shelled villages near the front.", "shelled", "RUS"),
])
def test_a_backers_country_is_not_the_actors(pipe, text, trigger, backer):
    src = _actor(events(pipe, text), trigger)
    assert src.country != backer, (src.text, src.country, src.rule)


@pytest.mark.parametrize("text, trigger, country", [
    ("The Saudi-led coalition bombed the port on Friday.", "bombed", "SAU"),
    ("Ethiopian troops attacked the rebels near the border.", "attacked", "ETH"),
])
def test_a_countrys_own_forces_keep_their_country(pipe, text, trigger, country):
    src = _actor(events(pipe, text), trigger)
    assert src.country == country, (src.text, src.country, src.rule)


@pytest.mark.parametrize("text, trigger", [
    ("Halvard Mining Ltd accused the Zambian government of breaking the contract.", "accused"),
    ("Nordvik Bank Corp said it would sue the Norwegian government.", "sue"),
    ("Kessler Holdings Plc criticised the British government on Wednesday.", "criticised"),
    ("Brightwater Energy Inc. condemned the Canadian regulator's decision.", "condemned"),
    ("Osterholm Logistik GmbH accused the Austrian customs service of delays.", "accused"),
])
def test_a_company_suffix_makes_a_company(pipe, text, trigger):
    src = _actor(events(pipe, text), trigger)
    assert src.sector == "BUS", (src.text, src.country, src.sector, src.rule)


@pytest.mark.parametrize("text, trigger", [
    ("Police arrested three suspects in Nairobi on Monday.", "arrested"),
    ("Detectives detained two robbery suspects after the raid.", "detained"),
    ("Officers in Accra arrested a murder suspect on Sunday.", "arrested"),
])
def test_suspects_are_criminals(pipe, text, trigger):
    tgt = _actor(events(pipe, text), trigger, "target")
    assert tgt.sector == "CRM", (tgt.text, tgt.sector, tgt.rule)


@pytest.mark.parametrize("text, trigger, name", [
    ("Ahmed Nasser visited Cairo. The office manager, Paul Grant, said the company would sue. He accused the ministry "
     "of fraud.", "accused", "Paul Grant"),
    ("Rania Saleh toured Amman on Monday. The plant manager, Omar Haddad, said the strike had ended. He accused the "
     "ministry of fraud.", "accused", "Omar Haddad"),
])
def test_a_later_pronoun_can_be_the_manager(pipe, text, trigger, name):
    src = _actor(events(pipe, text), trigger)
    assert src.name == name, (src.text, src.name, src.rule)


def _speakers(pipe, text):
    from lapwing.schema import Article

    return [q.speaker for q in pipe.analyse(Article(id="t", text=text, published="2026-11-02")).quotes]


@pytest.mark.parametrize("text", [
    'The Bill of Rights was cited by the judge. "This ruling protects everyone," he said.',
    'The Bill of Rights protects free speech, a lawyer argued on Monday. "Nobody is above it," he said.',
    'The Bill of Rights guarantees a fair trial. "The court ignored it," he told reporters.',
    'The Patriot Act was debated by the senators on Tuesday. "This law is dangerous," she said.',
    'The Declaration of Independence was read aloud at the rally. "We are free," he said.',
])
def test_a_document_is_no_speaker(pipe, text):
    for sp in _speakers(pipe, text):
        assert sp is None or not (sp.name or "").endswith(("Rights", "Act", "Independence")), sp


@pytest.mark.parametrize("text, name", [
    ('Bill Hale met the governor on Monday. "We will appeal," he told reporters.', "Bill Hale"),
    ('Judge Omar Reyes cited the Charter of Rights on Monday. "The police broke the law," he said.', "Omar Reyes"),
])
def test_a_person_beside_a_document_keeps_the_quote(pipe, text, name):
    assert any(sp is not None and sp.name == name for sp in _speakers(pipe, text)), _speakers(pipe, text)


@pytest.mark.parametrize("text, trigger, name", [
    ("Chrysler Corp accused the government of breaking the contract.", "accused", "Chrysler Corp"),
    ("The Halvard Mining Ltd accused the Zambian government of fraud.", "accused", "Halvard Mining Ltd"),
])
def test_a_company_keeps_its_name(pipe, text, trigger, name):
    src = _actor(events(pipe, text), trigger)
    assert src.name == name and src.sector == "BUS", (src.text, src.name, src.sector)


@pytest.mark.parametrize("text, trigger", [
    ("Gunmen killed four frontier corps personnel in Pakistan on Monday.", "killed"),
    ("Rebels ambushed two marine corps officers near the base.", "ambushed"),
])
def test_corps_is_no_company(pipe, text, trigger):
    tgt = _actor(events(pipe, text), trigger, "target")
    assert tgt.sector != "BUS", (tgt.text, tgt.sector, tgt.rule)


@pytest.mark.parametrize("text, trigger", [
    ("Gregory Hale, a senior Iran analyst at a consultancy, accused Tehran of hiding the ship.", "accused"),
    ("Lena Ortiz, a veteran Venezuela analyst, criticised Caracas on Tuesday.", "criticised"),
])
def test_a_country_an_analyst_studies_is_not_theirs(pipe, text, trigger):
    src = _actor(events(pipe, text), trigger)
    assert src.country is None, (src.text, src.country, src.rule)


def test_i_suspect_is_a_verb(pipe):
    evs = events(pipe, '"I suspect the administration sees little chance of talks," said Robert Mann, a fellow.')
    assert all(e.source is None or "suspect" not in e.source.text.lower() for e in evs), show(evs)


@pytest.mark.parametrize("text, first", [
    ("Standard and Poor's Corp said it downgraded the debt of the Brazilian bank.", "Standard"),
    ("Hartwell's Ltd said it would close its plant in the Welsh valleys.", "Hartwell"),
])
def test_a_possessive_inside_a_company_name_keeps_the_name_whole(pipe, text, first):
    sp = _speakers(pipe, text)
    assert sp and sp[0] is not None and sp[0].text.startswith(first), sp
