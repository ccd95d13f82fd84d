"""Event arguments, session 29 round 52 (issue 10, branch ar48). Sentences written for this test, in several
phrasings (names, countries, tenses, word orders), with uses of the same words that must stay as they are:

- **"the country" is the subject country of its sentence** (``events/country_word.py``): "Kenya said it could not take
  in refugees from Somalia, the first time *the country* has threatened ..." is Kenya, not the nearer Somalia; the
  owner of a subject counts ("the Ghanaian government ... and *the country* threatened"). Controls: not the subject
  of its own clause ("Nigeria closed its borders with Niger and froze *the country's* assets" is Niger), not a bloc
  ("West African leaders"); with no subject country the nearest country named before it is taken, as before; with
  none named, no country.
- **Repair 211: a passive verb's by-agent that is a name, hung on the noun of its other phrase**
  (``events/repair_passive_agent.py``): "returned to the Republic of Cyprus *by Interpol*", "expelled from the
  country *by Tanzania*", "by DEA *and FBI agents*". Controls: a lake, a month, a lower-case noun, the backer of an
  agent ("by U.N.-backed government") and a by-phrase on an act noun are no agent.
"""

from __future__ import annotations

import pytest

from event_helpers import events as _events, show


def _with_code(evs, prefix):
    return [e for e in evs if (e.cameo or "").startswith(prefix)]


# -- "the country" -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, code, country", [
    ("Kenya said it cannot take in more refugees from Somalia, the first time the country has threatened to shut "
     "its border.", "13", "KEN"),
    ("Chad said it would no longer accept migrants from Libya, and the country threatened to expel aid groups.",
     "13", "TCD"),
    ("Thailand has closed its border with Cambodia, and the country has threatened to impose sanctions.", "13", "THA"),
    ("The Ghanaian government recalled its envoy from Togo on Friday, and the country threatened to expel Togolese "
     "diplomats.", "13", "GHA"),
])
def test_the_country_is_the_subject_country(pipe, text, code, country):
    evs = [e for e in _with_code(_events(pipe, text), code) if e.source is not None and e.source.text == "country"]
    assert evs and all(e.source.country == country for e in evs), show(_events(pipe, text))


@pytest.mark.parametrize("text, country", [
    ("Nigeria closed its borders with Niger and froze the country's assets.", "NER"),
    ("Senegal shut its border with Gambia on Monday and suspended flights to the country.", "GMB"),
    ("West African leaders closed the bloc's borders with Mali and froze the country's assets on Sunday.", "MLI"),
])
def test_the_country_is_not_its_own_clause_subject_nor_a_bloc(pipe, text, country):
    # the subject of the clause "the country" is in would be "its", not "the country"; a bloc is no country
    evs = [e for e in _events(pipe, text) if e.target is not None and e.target.text == "country"]
    assert evs and all(e.target.country == country for e in evs), show(_events(pipe, text))


def test_the_country_without_a_subject_country_is_the_nearest(pipe):
    evs = _events(pipe, "North Korean state media said the country had tested a new missile.")
    assert [e for e in evs if e.source is not None and e.source.country == "PRK"], show(evs)


def test_the_country_with_no_country_named_is_no_guess():
    from lapwing import nlp as nlp_mod
    from lapwing.extract.events.country_word import country_word_index

    nlp = nlp_mod.load()
    doc = nlp("State media said the country had tested a new missile.")
    t = next(w for w in doc if w.lower_ == "country")
    assert country_word_index(t, {}) is None
    doc = nlp("Refugees from Sudan said Kenya had closed the border and the country would not reopen it.")
    t = next(w for w in doc if w.lower_ == "country")
    nat = {w.i: c for w, c in ((w, {"Sudan": "SDN", "Kenya": "KEN"}.get(w.text)) for w in doc) if c}
    assert doc[country_word_index(t, nat)].text == "Kenya"  # the subject of "had closed", not "from Sudan"


# -- repair 211: named by-agents -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, code, country", [
    ("The stolen manuscripts were handed over to the Kingdom of Spain by Interpol last week.", "08", "IGO"),
    ("A Kenyan activist was expelled from the country by Tanzania on Sunday.", "17", "TZA"),
    ("Two Afghan refugees were expelled from the camp by Iran last week.", "17", "IRN"),
    ("A carved stone tablet was returned to the Republic of Peru by DEA and FBI agents on June 4, 2009, at the "
     "embassy in Washington.", "08", "USA"),
    ("A dinosaur skeleton was returned to the People's Republic of Mongolia by HSI and CBP officials in May.", "08",
     "USA"),
])
def test_named_by_agent_on_another_phrase_is_the_source(pipe, text, code, country):
    evs = _events(pipe, text)
    assert [e for e in _with_code(evs, code) if e.source is not None and e.source.country == country], show(evs)


def test_people_conjunct_joins_the_named_agent(pipe):
    from lapwing.extract.events.parse_repair import repaired

    text = "A bronze statue was returned to the Hellenic Republic by HSI and CBP officers on May 2, 2012, in Athens."
    doc = repaired(pipe.nlp(text))
    hsi = next(t for t in doc if t.text == "HSI")
    officers = next(t for t in doc if t.lower_ == "officers")
    assert hsi.dep_ == "obl:agent" and hsi.head.lower_ == "returned"
    assert officers.head.i == hsi.i and officers.dep_ == "conj"
    evs = _events(pipe, text)
    assert not [e for e in evs if e.target is not None and "officers" in e.target.text], show(evs)
    assert [e for e in evs if e.source is not None and e.source.country == "USA"], show(evs)


@pytest.mark.parametrize("text, word", [
    ("Two tourists were found dead in a hotel by Lake Victoria.", "Victoria"),
    ("The files were sent to the office of the auditor by January.", "January"),
    ("The parcels were carried to the village by donkey.", "donkey"),
    ("Two Russian citizens were released from captivity by U.N. - backed government on Thursday.", "U.N."),
])
def test_no_agent_from_places_times_things_or_backers(pipe, text, word):
    from lapwing.extract.events.parse_repair import repaired

    raw = pipe.nlp(text)
    doc = repaired(raw)
    w = next(t for t in doc if t.text == word)
    assert (w.dep_, w.head.i) == (raw[w.i].dep_, raw[w.i].head.i), [(t.text, t.dep_, t.head.i) for t in doc]
    assert w.dep_ != "obl:agent"


def test_by_phrase_on_an_act_noun_keeps_its_doer(pipe):
    from lapwing.extract.events.parse_repair import repaired

    doc = repaired(pipe.nlp("Two smugglers were arrested in a raid by Interpol in Lagos."))
    interpol = next(t for t in doc if t.text == "Interpol")
    assert interpol.head.lower_ == "raid", [(t.text, t.dep_, t.head.i) for t in doc]
