"""Event coder, round 57 (issue 10): named speakers and doers the actor coder cannot code. Every sentence here was
written for this test; each class is tested in several phrasings next to controls that must stay as they are:

* a name the model left untagged opening its sentence as the subject of an event verb ("*Fu Cong* blamed ...") is
  an uncoded person source, not no source (``events/named_subject``): an act in words by nobody is not emitted
  (``voices.unspoken_act``), so the event was lost; a capitalised common noun, a country name and a role word
  opening the sentence are not taken for a name;
* a copular relative clause with a nationality ("X, *who is Azerbaijani*,", "X, *who was Hungarian*,", "X, *who is a
  Kenyan lawyer*,") gives an uncoded person that country, and the pronouns resolved to the person too
  (``actors/relative_nationality``); a clause of any other verb or of place ("who is in Kenya", "who met the Kenyan
  president", "who fled Ethiopia") gives nothing;
* (checked, already working) a surname repeated after the full name with a coded title takes its coding, and a
  nationality in an apposition ("X, a Kenyan activist,") gives its country.
"""

from __future__ import annotations

import pytest

from event_helpers import events as _events, hits as _hits, show as _show, with_trigger as _with


# -- an untagged name opening its sentence ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, root, name", [
    ("Fu Cong blamed the Trump administration for wrecking the accord last year.", "112", "Fu Cong"),
    ("Fu Cong criticized the Japanese government over the island dispute.", "111", "Fu Cong"),
])
def test_an_untagged_name_opening_the_sentence_is_the_source(pipe, text, root, name):
    evs = _events(pipe, text)
    got = _hits(evs, root, source=name)
    assert got and all(e.source.kind == "person" and e.source.country is None for e in got), _show(evs)


@pytest.mark.parametrize("text, root, name", [
    ("Okonkwo accused the Nigerian army of burning the village.", "112", "Okonkwo"),
    ("Tomasz Zielinski accused the Polish government of hiding the report.", "112", "Tomasz Zielinski"),
    ("Kwabena Mensah met the Ghanaian president on Friday.", "04", "Kwabena Mensah"),
    ("Ms. Chaudhry urged India to reopen the border.", "02", "Chaudhry"),
])
def test_tagged_names_keep_their_uncoded_source(pipe, text, root, name):
    evs = _events(pipe, text)
    assert _hits(evs, root, source=name), _show(evs)


@pytest.mark.parametrize("text, trigger, source", [
    ("Police accused the protesters of burning cars.", "accused", "Police"),
    ("Officials urged residents to stay indoors.", "urged", "Officials"),
    ("Nairobi accused Kampala of arming the rebels.", "accused", "Nairobi"),
])
def test_common_nouns_and_places_opening_the_sentence_are_unchanged(pipe, text, trigger, source):
    evs = _events(pipe, text)
    got = _with(evs, trigger)
    assert got and all(e.source is not None and source in e.source.text and e.source.kind != "person"
                       for e in got), _show(evs)


def test_named_subject_refuses_what_is_no_bare_name(pipe):
    from lapwing.extract.events.named_subject import named_subject

    doc = pipe.nlp("Fu Cong blamed the Trump administration for the delay.")
    assert named_subject(doc[0], {})
    assert not named_subject(doc[0], {0: "CHN"})  # a country name or nationality word
    assert not named_subject(doc[4], {})  # not a subject
    doc = pipe.nlp("Police accused the protesters of burning cars.")
    assert not named_subject(doc[0], {})
    doc = pipe.nlp("Fu Cong blamed the fu vendors for the delay.")  # the word written in lower case elsewhere
    assert not named_subject(doc[0], {})


# -- a nationality in a relative clause ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, root, name, country", [
    ("Mehdiyev, who is Azerbaijani, accused the Armenian army of shelling the village.", "112", "Mehdiyev", "AZE"),
    ("Wanjiru, who is Kenyan, accused the Ugandan police of torture.", "112", "Wanjiru", "KEN"),
    ("Tomas Varga, who was Hungarian, criticized the Slovak government.", "111", "Tomas Varga", "HUN"),
    ("Wanjiru, who is a Kenyan lawyer, accused the Ugandan police of torture.", "112", "Wanjiru", "KEN"),
])
def test_a_copular_relative_clause_gives_the_person_its_country(pipe, text, root, name, country):
    evs = _events(pipe, text)
    assert _hits(evs, root, source=name, country=country), _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("Mehdiyev, who is Azerbaijani, said he had met the Armenian envoy in Vienna.", "met"),
    ("Wanjiru, who is Kenyan, accused the Ugandan police of torture. She also urged Uganda to free the prisoners.",
     "urged"),
])
def test_a_pronoun_resolved_to_the_person_takes_the_country(pipe, text, trigger):
    evs = _events(pipe, text)
    got = _with(evs, trigger)
    assert got and all(e.source is not None and e.source.country in ("AZE", "KEN") for e in got), _show(evs)


@pytest.mark.parametrize("text", [
    "Wanjiru, who is in Kenya, accused the Ugandan police of torture.",
    "Wanjiru, who met the Kenyan president last week, accused the Ugandan police of torture.",
    "Wanjiru, who fled Ethiopia in 2019, accused the Ugandan police of torture.",
    "Wanjiru, who is close to the Kenyan president, accused the Ugandan police of torture.",
])
def test_other_relative_clauses_give_no_country(pipe, text):
    evs = _events(pipe, text)
    got = _with(evs, "accused")
    assert got and all(e.source is not None and e.source.country is None for e in got), _show(evs)


# -- already working: apposition and a repeated surname ----------------------------------------------------------------
@pytest.mark.parametrize("text, trigger, country", [
    ("Lena Okafor, a Nigerian activist, accused the police of beating protesters.", "accused", "NGA"),
    ("Ravi Menon, an Indian lawmaker, criticized the Chinese army over the border clash.", "criticized", "IND"),
    ("Kenyan Foreign Minister Amos Wako met Ugandan officials on Monday. Wako urged Uganda to reopen the border.",
     "urged", "KEN"),
    ("Ghana's Interior Minister Kofi Boateng visited Accra's main prison. Boateng later accused the guards of abuse.",
     "accused", "GHA"),
])
def test_apposition_and_repeated_surname_take_the_coding(pipe, text, trigger, country):
    evs = _events(pipe, text)
    got = _with(evs, trigger)
    assert got and all(e.source is not None and e.source.country == country for e in got), _show(evs)
