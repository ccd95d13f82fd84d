"""Session 30 (branch ac30, issues 10 and 16): actor codes that hold on unseen text. A country named as an example
("neighbours such as Uganda") lends its country to no other actor; a nationality adjective with a region ("Iraqi
Kurdistan") is that country; a US state's office ("the governor of Georgia") is the United States'; "the president"
after "President X" and "Y, president of the Z Party" is X. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_helpers import events, show


def _actor(evs, trigger, role="source"):
    found = [e for e in evs if e.trigger is not None and e.trigger.text == trigger and getattr(e, role) is not None]
    assert found, show(evs)
    return getattr(found[0], role)


@pytest.mark.parametrize("text, trigger", [
    ("The minister urged neighbours such as Uganda to close their borders.", "urged"),
    ("The interior minister warned neighbouring states such as Chad and Niger to stop the smuggling.", "warned"),
    ("The Ghanaian president spoke on Monday. The minister urged neighbours such as Togo to arrest the gunmen.",
     "urged"),
    ("The army chief accused countries including Sudan of arming the militias.", "accused"),
])
def test_an_example_country_lends_itself_to_no_one(pipe, text, trigger):
    src = _actor(events(pipe, text), trigger)
    assert src.country is None, (src.text, src.country, src.rule)


@pytest.mark.parametrize("text, trigger, country", [
    ("BAMAKO - The defence minister accused neighbours such as Niger of sheltering the rebels.", "accused", "MLI"),
    ("KAMPALA, Uganda - Uganda's army said it had killed rebels. The foreign minister on Monday urged neighbouring "
     "states such as Kenya and Rwanda to stop the smuggling.", "urged", "UGA"),
    ("LIMA - The interior minister on Friday urged countries like Bolivia to extradite the smugglers.", "urged", "PER"),
])
def test_past_the_examples_the_articles_country_holds(pipe, text, trigger, country):
    src = _actor(events(pipe, text), trigger)
    assert src.country == country, (src.text, src.country, src.rule)


@pytest.mark.parametrize("text, trigger, role, country", [
    ("Iraqi Kurdistan accused Baghdad of blocking oil exports.", "accused", "source", "IRQ"),
    ("The government of Iraqi Kurdistan condemned the air strikes.", "condemned", "source", "IRQ"),
    ("Fighters from Syrian Kurdistan attacked Turkish troops on Monday.", "attacked", "source", "SYR"),
    ("Turkey accused Iranian Kurdistan of sheltering fighters.", "accused", "target", "IRN"),
    ("Pakistan accused Indian Kashmir's police of torture.", "accused", "target", "IND"),
])
def test_a_nationality_with_a_region_is_that_country(pipe, text, trigger, role, country):
    a = _actor(events(pipe, text), trigger, role)
    assert a.country == country, (a.text, a.country, a.rule)


@pytest.mark.parametrize("text, trigger", [
    ("The governor of Georgia signed a bill on Tuesday banning the protests.", "banning"),
    ("Georgia Governor Dana Hill criticised the president on Monday.", "criticised"),
    ("Georgia's governor on Monday criticised the White House.", "criticised"),
    ("A Georgia senator accused the Justice Department of bias.", "accused"),
    ("A senator from Georgia accused the Pentagon of hiding the report.", "accused"),
])
def test_a_us_states_office_is_the_united_states(pipe, text, trigger):
    src = _actor(events(pipe, text), trigger)
    assert src.country == "USA", (src.text, src.country, src.rule)


@pytest.mark.parametrize("text, trigger", [
    ("The President of Georgia met the Armenian prime minister in Tbilisi.", "met"),
    ("Georgia's prime minister accused Russia of occupying its territory.", "accused"),
    ("Georgia accused Russia of moving the border fences.", "accused"),
])
def test_the_country_georgia_stays_georgia(pipe, text, trigger):
    src = _actor(events(pipe, text), trigger)
    assert src.country == "GEO", (src.text, src.country, src.rule)


@pytest.mark.parametrize("text, trigger, country", [
    ("NAIROBI - President Ali Hassan met opposition leaders. Omar Farah, president of the Unity Party, accused the "
     "government of fraud. The president rejected the claims.", "rejected", "KEN"),
    ("LIMA - President Maria Lopez spoke on Monday. Juan Perez, president of the Farmers Association, criticised the "
     "police. The president denied any wrongdoing.", "denied", "PER"),
    ("ACCRA - Prime Minister Kofi Boateng visited Kumasi. Ama Owusu, prime minister of the student council, "
     "criticised the police. The prime minister praised the army.", "praised", "GHA"),
])
def test_an_office_of_a_body_is_not_the_bare_office(pipe, text, trigger, country):
    src = _actor(events(pipe, text), trigger)
    assert src.country == country and src.rule == "coref:title", (src.text, src.country, src.rule)


@pytest.mark.parametrize("text, trigger, country", [
    ("ATLANTA, Georgia - The governor accused the protesters of violence.", "accused", "USA"),
    ("SAVANNAH, Georgia - Police arrested two men on Monday.", "arrested", "USA"),
    ("TBILISI, Georgia - Police arrested two opposition activists on Monday.", "arrested", "GEO"),
])
def test_a_us_city_dateline_in_georgia_is_the_united_states(pipe, text, trigger, country):
    src = _actor(events(pipe, text), trigger)
    assert src.country == country, (src.text, src.country, src.rule)
