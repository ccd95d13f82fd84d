"""Event arguments, session 29 round 52 (issue 10, branch ar48). Sentences written for this test, in several
phrasings (names, countries, tenses, word orders), with uses of the same words that must stay as they are:

- **"the country" as a subject goes on with the subject country of its sentence** (``events/country_word.py``): "Kenya
  said it could not take in refugees from Somalia, the first time *the country* has threatened ..." is Kenya, not the
  nearer Somalia; the owner of a subject counts ("the Ghanaian government ... and *the country* threatened"); a bloc
  is no country. **Elsewhere it is the nearest country that is not its own clause's subject**: "Nigeria closed its
  borders with Niger and froze *the country's* assets" is Niger. Controls: a country that only owns that subject
  stays ("Kenyan troops ... in *the country*" is Kenya); with no subject country the nearest country named before it is taken, as before; with none
  named, no country.
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
    ("Ghana shut its border with Togo on Monday and recalled its envoy from the country.", "TGO"),
])
def test_the_country_is_not_its_own_clause_subject_nor_a_bloc(pipe, text, country):
    # the subject of the clause "the country" is in would be "its", not "the country"; a bloc is no country
    evs = [e for e in _events(pipe, text) if e.target is not None and e.target.text == "country"]
    assert evs and all(e.target.country == country for e in evs), show(_events(pipe, text))


@pytest.mark.parametrize("text, country", [
    ("Kenyan troops launched an offensive on the last rebel stronghold in the country on Friday.", "KEN"),
    ("Somali forces began an offensive against the remaining militant strongholds in the country.", "SOM"),
])
def test_the_country_of_its_own_subjects_owner(pipe, text, country):
    # only a country that is itself the subject is passed over: an owner of the subject stays, alone it is taken
    evs = [e for e in _events(pipe, text) if e.target is not None and "country" in e.target.text]
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
