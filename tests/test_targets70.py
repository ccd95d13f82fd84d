"""Event coder, session 35 round ar70 (issue 10): targets robust to the parses the shipped model makes. Sentences
written for this test, each class in several phrasings, with controls that must stay as they are:

- *an object pronoun in a clause that shares its doer with the clause before it* is the one the first clause acted
  on: "sued Gazprom, accusing *it* of ...", "protested to China, accusing *it* of ...", "condemned the Syrian
  government and urged *it* to ..." (``clause_pronoun.clause_antecedent``): only a noun that agrees with the pronoun
  and is the only such one; a clause with its own subject, a pronoun with no agreeing antecedent and a reflexive
  are left alone;
- *an act done in protest of something* is aimed at it, or at its owner: "kept up their hunger strike *in protest of the
  Belarusian government's refusal*", "in protest against the Egyptian government's emergency law"
  (``protest_phrase.protested_phrase``, asked by the "against" spec); a protest of a thing no one owns stays without
  a target ("in protest of low pay");
- *a protest's purpose clause of opposition* ("marched *to protest the Kenyan government's* decision", "rallied to
  denounce *Israel's* strikes") is aimed at the object or its possessor, a coded one only (``argspecs._demanded``);
  never the of-phrase of the object ("to protest the arrest *of their leader*": the leader is no target);
- *a role noun stands for the body its "for" phrase names*: "expelled two inspectors *for the IAEA*", "inspectors for
  the UN nuclear agency were expelled" (``employer_phrase.employer``); a coded body only, never a country or a place
  ("the UN envoy for Syria" is no Syrian);
- *the people a country's police use force on or detain are of the police's country* when the sentence names no
  other ("*Egyptian* police fired live rounds to scatter the demonstrators", "Kenyan police arrested 20 protesters":
  ``EventSidesMixin._police_people``); never for an army, a foreign group or a sentence with another country.
"""

from __future__ import annotations

import pytest

from event_helpers import claimed, show


def _targets(evs, trigger):
    return [(e.target.text if e.target else None, e.target.country if e.target else None)
            for e in evs if e.trigger is not None and e.trigger.text == trigger]


def _countries(evs):
    return {e.target.country for e in evs if e.target is not None}


# -- an object pronoun after the clause it continues ------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger, country", [
    ("Japan protested to China, accusing it of violating its airspace.", "accusing", "CHN"),
    ("Norway complained to Russia on Friday, accusing it of jamming radio signals.", "accusing", "RUS"),
    ("Ghana lodged a protest with Togo, accusing it of shelling a border post.", "accusing", "TGO"),
])
def test_participle_pronoun_takes_the_first_clauses_party(pipe, text, trigger, country):
    evs = claimed(pipe, text)
    assert country in _countries(evs), show(evs)
    assert all(t[0] not in ("it", None) for t in _targets(evs, trigger)) or not _targets(evs, trigger), show(evs)


@pytest.mark.parametrize("text, country", [
    ("Poland sued Gazprom, accusing it of overcharging for gas.", "RUS"),
    ("Kenya criticised the Ugandan army, accusing it of crossing the border.", "UGA"),
    ("France condemned the Syrian government and urged it to stop the shelling.", "SYR"),
])
def test_pronoun_patient_keeps_the_named_party(pipe, text, country):
    evs = claimed(pipe, text)
    assert evs and all(e.target is not None and e.target.country == country for e in evs), show(evs)


def test_clause_antecedent_reads_the_parse(pipe):
    from lapwing.extract.events.clause_pronoun import clause_antecedent

    nlp = pipe.nlp
    doc = nlp("The lawyer sued the company, accusing it of fraud.")
    it = next(t for t in doc if t.lower_ == "it")
    assert clause_antecedent(it) is not None and clause_antecedent(it).lower_ == "company"
    doc = nlp("The lawyer filed a lawsuit against the minister, accusing him of torture.")
    him = next(t for t in doc if t.lower_ == "him")
    assert clause_antecedent(him) is not None and clause_antecedent(him).lower_ == "minister"


# -- controls -----------------------------------------------------------------------------------------------------------
def test_clause_with_its_own_subject_is_left_alone(pipe):
    evs = claimed(pipe, "Britain criticised Iran, and Iran accused it of meddling.")
    assert all(e.target is None or e.target.country != "IRN" for e in evs if e.source and e.source.country == "IRN"), \
        show(evs)


def test_pronoun_with_no_agreeing_antecedent_is_left_alone(pipe):
    from lapwing.extract.events.clause_pronoun import clause_antecedent

    doc = pipe.nlp("The mayor visited the hospital, thanking them for their work.")
    them = next(t for t in doc if t.lower_ == "them")
    assert clause_antecedent(them) is None  # one hospital is no "them"
    doc = pipe.nlp("The minister praised the army, thanking him for his work.")
    him = next(t for t in doc if t.lower_ == "him")
    assert clause_antecedent(him) is None  # an army is no "him"


@pytest.mark.parametrize("text", [
    "Police fired tear gas.",
    "Police fired tear gas on Sunday, forcing it back.",
])
def test_no_target_invented(pipe, text):
    evs = claimed(pipe, text)
    assert all(e.target is None for e in evs), show(evs)


def test_withdrawal_from_a_town_gains_no_target_country(pipe):
    evs = claimed(pipe, "Troops withdrew from the town on Monday.")
    assert all(e.target is None or e.target.country is None for e in evs), show(evs)


# -- in protest of ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, country", [
    ("Asylum seekers kept up their hunger strike in protest of the Belarusian government's refusal to register them.",
     "BLR"),
    ("Jailed activists began a hunger strike in protest against the Egyptian government's emergency law.", "EGY"),
    ("Prisoners started a hunger strike in protest at the Turkish government's new prison rules.", "TUR"),
])
def test_in_protest_of_names_the_target(pipe, text, country):
    evs = claimed(pipe, text)
    assert any(e.cameo.startswith("14") and e.target is not None and e.target.country == country for e in evs), \
        show(evs)


def test_in_protest_of_an_ownerless_thing_has_no_coded_target(pipe):
    evs = claimed(pipe, "Teachers began a hunger strike in protest of low pay.")
    assert all(e.target is None or e.target.country is None for e in evs), show(evs)


# -- a protest's purpose clause of opposition ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, country", [
    ("Thousands marched in Nairobi to protest the Kenyan government's decision to raise fuel prices.", "KEN"),
    ("Hundreds of students marched to protest the Ugandan government's ban on rallies.", "UGA"),
    ("Farmers staged a sit-in to denounce the Indian government's new farm laws.", "IND"),
])
def test_protest_purpose_names_the_owner(pipe, text, country):
    evs = claimed(pipe, text)
    assert any(e.cameo.startswith("14") and e.target is not None and e.target.country == country for e in evs), \
        show(evs)


def test_protest_purpose_of_phrase_is_no_target(pipe):
    evs = claimed(pipe, "Students staged a sit-in to protest the arrest of their leader.")
    assert all(e.target is None for e in evs if e.cameo.startswith("14")), show(evs)


# -- the body a role noun works for ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, country", [
    ("Iran expelled two inspectors for the IAEA.", "UNO"),
    ("Two inspectors for the IAEA were expelled from Iran on Monday.", "UNO"),
    ("Three inspectors for the United Nations nuclear agency have been expelled from North Korea.", "UNO"),
])
def test_role_noun_stands_for_its_employer(pipe, text, country):
    evs = claimed(pipe, text)
    assert any(e.target is not None and e.target.country == country for e in evs), show(evs)


def test_envoy_for_a_country_is_not_that_country(pipe):
    from lapwing.extract.events.employer_phrase import employer

    doc = pipe.nlp("The UN envoy for Syria was expelled from Damascus.")
    envoy = next(t for t in doc if t.lower_ == "envoy")
    assert employer(envoy) is None
    evs = claimed(pipe, "The UN envoy for Syria was expelled from Damascus.")
    assert all(e.target is None or e.target.country != "SYR" for e in evs), show(evs)


# -- the police's own people --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, country", [
    ("Egyptian police opened fire on Tuesday to scatter the demonstrators.", "EGY"),
    ("Kenyan police arrested 20 demonstrators on Friday.", "KEN"),
    ("Zambian police fired tear gas at hundreds of protesters.", "ZMB"),
])
def test_police_act_on_their_own_people(pipe, text, country):
    evs = claimed(pipe, text)
    assert evs and all(e.target is not None and e.target.country == country for e in evs if e.target), show(evs)
    assert any(e.target is not None for e in evs), show(evs)


@pytest.mark.parametrize("text, country", [
    ("Israeli troops shot two protesters.", None),
    ("Indian police detained two British tourists.", "GBR"),
    ("Pakistani police clashed with Afghan refugees in Peshawar.", "AFG"),
])
def test_police_people_controls(pipe, text, country):
    evs = claimed(pipe, text)
    assert evs and all(e.target is None or e.target.country == country for e in evs), show(evs)
