"""Event arguments, session 30 round 55 (issue 10, branch ar49). Sentences written for this test, in several
phrasings, with controls that must stay as they are:

- **a stance adjective's about / of / over phrase is its target** (lexicon: ``skeptical``, ``pessimistic``,
  ``optimistic`` ...; ``express_optimism`` / ``voice_optimism`` take the object's phrase): "Egypt is optimistic
  about *the Sudanese government*"; a thing no actor owns stays no target ("optimistic about the negotiations").
- **repair 207**: "the government said *it* is skeptical of X" with "it" read as an expletive of the adjective: the
  pronoun is the adjective's subject (true expletives, "it is doubtful that ...", stay).
- **a claim of responsibility is aimed at the target of the attack claimed**: "claimed responsibility for the attack
  *on the Indian embassy*", "for the bombing *in Kenya*" (lexicon ``claim_resp``); an attack with no party or
  country named gives no target.
- **a message's participle clause is aimed at the message's addressee** (``contact_targets.message_addressee``):
  "sent a letter *to the Indian government* threatening to cut aid"; a clause after sending troops is no message.
"""

from __future__ import annotations

import pytest

from event_helpers import events as _events, show


def _with_code(evs, prefix):
    return [e for e in evs if (e.cameo or "").startswith(prefix)]


def _pair(evs, src_country, tgt_country):
    return [e for e in evs if e.source is not None and e.target is not None
            and e.source.country == src_country and e.target.country == tgt_country]


# -- stance adjectives ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, code, src, tgt", [
    ("The Egyptian foreign minister is optimistic about the Sudanese government.", "013", "EGY", "SDN"),
    ("The German chancellor is pessimistic about the Russian president.", "012", "DEU", "RUS"),
    ("The Kenyan government said it was sceptical about Ethiopia's proposal.", "012", "KEN", "ETH"),
    ("The Qatari foreign minister expressed optimism about the Iranian proposal.", "013", "QAT", "IRN"),
    ("Nigeria's president is hopeful about the Ghanaian government.", "013", "NGA", "GHA"),
])
def test_stance_adjective_takes_its_about_phrase(pipe, text, code, src, tgt):
    evs = _with_code(_events(pipe, text), code)
    assert _pair(evs, src, tgt), show(_events(pipe, text))


@pytest.mark.parametrize("text, code", [
    ("The Egyptian foreign minister is optimistic about the negotiations.", "013"),
    ("The British government is sceptical about the peace plan.", "012"),
    ("The Irish prime minister is hopeful about the deal.", "013"),
])
def test_stance_adjective_about_a_thing_has_no_target(pipe, text, code):
    evs = _with_code(_events(pipe, text), code)
    assert evs and all(e.target is None for e in evs), show(_events(pipe, text))


# -- repair 207 ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, code, tgt", [
    ("The Kenyan government said it is skeptical of the Somali government.", "012", "SOM"),
    ("The Chilean foreign ministry said on Monday it was sceptical of the Peruvian government.", "012", "PER"),
    ("The Indian government says it is optimistic about Pakistan.", "013", "PAK"),
])
def test_it_before_a_stance_adjective_is_its_subject(pipe, text, code, tgt):
    evs = _with_code(_events(pipe, text), code)
    assert any(e.source is not None and e.target is not None and e.target.country == tgt for e in evs), \
        show(_events(pipe, text))


@pytest.mark.parametrize("text", [
    "It is doubtful that Iran will agree to the deal.",
    "It is hopeful news for the Kenyan government.",
    "It is clear that the Syrian army shelled the town.",
])
def test_true_expletive_it_stays(pipe, text):
    doc = pipe.nlp(text)
    from lapwing.extract.events.parse_repair import repaired
    out = repaired(doc)
    assert [t.dep_ for t in out] == [t.dep_ for t in doc] or out[0].dep_ != "nsubj" or out[0].head.lower_ not in (
        "doubtful", "hopeful", "clear")


# -- claims of responsibility --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, tgt", [
    ("The Pakistani Taliban claimed responsibility for the attack on the Indian embassy.", "IND"),
    ("Al-Shabaab claimed responsibility for Monday's bombing in Kenya.", "KEN"),
    ("Boko Haram claimed responsibility for the suicide bombings against Nigerian soldiers.", "NGA"),
    ("The Islamic State group has claimed responsibility for last week's attack in Kabul.", "AFG"),
])
def test_claim_of_responsibility_is_aimed_at_the_attack_target(pipe, text, tgt):
    evs = _with_code(_events(pipe, text), "015")
    assert any(e.target is not None and e.target.country == tgt for e in evs), show(_events(pipe, text))


@pytest.mark.parametrize("text", [
    "Hamas claimed responsibility for the rocket attack, a spokesman said.",
    "The Taliban claimed responsibility for the ambush in the forest.",
])
def test_claim_with_no_party_named_has_no_target(pipe, text):
    evs = _with_code(_events(pipe, text), "015")
    assert evs and all(e.target is None for e in evs), show(_events(pipe, text))


# -- a message's participle clause ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, code, src, tgt", [
    ("The Canadian prime minister sent a letter to the Indian government threatening to cut aid.", "13", "CAN", "IND"),
    ("Last week the Swedish foreign minister sent a letter to the Turkish government warning against new "
     "sanctions.", "", "SWE", "TUR"),
    ("The Kenyan president sent a note to the Ugandan president threatening to close the border.", "13", "KEN", "UGA"),
    ("The French president wrote to the Iranian government threatening to cut aid.", "13", "FRA", "IRN"),
    ("On Friday Italian Prime Minister Mario Rossi sent an angry letter to the director of the International "
     "Monetary Fund (IMF), threatening to cut Italian contributions.", "13", "ITA", "IMF"),
])
def test_message_participle_is_aimed_at_the_addressee(pipe, text, code, src, tgt):
    evs = _with_code(_events(pipe, text), code)
    assert _pair(evs, src, tgt), show(_events(pipe, text))


@pytest.mark.parametrize("text", [
    "The Kenyan president sent troops to Somalia, saying the attacks must stop.",
])
def test_participle_after_sending_troops_is_no_message(pipe, text):
    evs = [e for e in _events(pipe, text) if (e.cameo or "").startswith("10")]
    assert all(e.target is None for e in evs), show(_events(pipe, text))


# -- repair 208 and the addressed pronoun ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, src, tgt", [
    ("The Canadian prime minister sent a letter to the Indian prime minister urging him to release the activists.",
     "CAN", "IND"),
    ("The German chancellor wrote a letter to the Russian president asking him to free the prisoners.", "DEU", "RUS"),
    ("On Monday the Kenyan president sent a note to the Ugandan president threatening to close the border.", "KEN",
     "UGA"),
])
def test_participle_read_as_the_to_phrase_noun(pipe, text, src, tgt):
    evs = [e for e in _events(pipe, text) if (e.cameo or "")[:2] in ("02", "13")]
    assert _pair(evs, src, tgt), show(_events(pipe, text))


@pytest.mark.parametrize("text, words", [
    ("The Kenyan president sent a note to the Ugandan president threatening to close the border.",
     {"president": "obl", "threatening": "acl"}),
    ("The Canadian prime minister sent a letter to the Indian prime minister urging him to release the activists.",
     {"minister": "obl", "urging": "acl"}),
])
def test_repair_208_relabels(pipe, text, words):
    from lapwing.extract.events.parse_repair import repaired
    out = repaired(pipe.nlp(text))
    got = {t.text: t.dep_ for t in out if t.text in words and t.i > 3}
    assert got == words, [(t.text, t.dep_, t.head.i) for t in out]


@pytest.mark.parametrize("text", [
    "Police sent officers to the training centre on Monday.",
    "The ministry sent aid to the flooding victims.",
    "The minister sent a letter to the training college.",
])
def test_repair_208_leaves_noun_phrases(pipe, text):
    from lapwing.extract.events.parse_repair import repaired
    out = repaired(pipe.nlp(text))
    assert all(t.dep_ not in ("acl", "advcl") for t in out if t.lower_.endswith("ing")), \
        [(t.text, t.dep_, t.head.i) for t in out]


# -- repair 209 ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, src, tgt", [
    ("The Swedish government has provided police training to AMISOM under a new partnership.", "SWE", "AFR"),
    ("The Dutch government has provided logistics support to UNMISS under a new agreement.", "NLD", "UNO"),
    ("Nigeria sent 200 observers to ECOWAS last year.", "NGA", "ECW"),
])
def test_acronym_after_to_is_a_name(pipe, text, src, tgt):
    assert _pair(_events(pipe, text), src, tgt), show(_events(pipe, text))


@pytest.mark.parametrize("text, word", [
    ("The agency plans to ASSIST farmers in the north.", "ASSIST"),
    ("The minister went to Paris to meet officials.", "meet"),
])
def test_repair_209_leaves_real_verbs(pipe, text, word):
    from lapwing.extract.events.parse_repair import repaired
    doc = pipe.nlp(text)
    out = repaired(doc)
    assert [t.pos_ for t in out if t.text == word] == [t.pos_ for t in doc if t.text == word]


# -- "for X to do" ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, src, tgt", [
    ("The EU is pushing for the Kenyan government to hold elections.", "EUR", "KEN"),
    ("Washington has pressed for the Venezuelan president to step down.", "USA", "VEN"),
    ("The African Union on Monday called for the Sudanese army to hand power to civilians.", "AFR", "SDN"),
])
def test_for_phrase_subject_of_the_appeal_clause_is_the_target(pipe, text, src, tgt):
    evs = _with_code(_events(pipe, text), "02")
    assert _pair(evs, src, tgt), show(_events(pipe, text))


@pytest.mark.parametrize("text", [
    "The Egyptian government pushed for a ceasefire.",
    "The UN called for calm to be restored in the region.",
])
def test_appeal_for_a_thing_has_no_party_target(pipe, text):
    evs = _with_code(_events(pipe, text), "02")
    assert evs and all(e.target is None for e in evs), show(_events(pipe, text))


# -- a phrase after an "including" aside ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, src, tgt", [
    ("Ghana on Monday announced the deployment of 300 troops, including 20 officers, to Mali.", "GHA", "MLI"),
    ("Rwanda has deployed 1,000 soldiers, including 50 women, in the Central African Republic.", "RWA", "CAF"),
    ("The EU imposed new sanctions, including travel bans, on Belarus.", "EUR", "BLR"),
])
def test_phrase_after_an_including_aside_is_the_heads(pipe, text, src, tgt):
    assert _pair(_events(pipe, text), src, tgt), show(_events(pipe, text))


def test_phrase_inside_the_aside_stays_there(pipe):
    text = "The police arrested ten people, including two journalists from Kenya."
    evs = _with_code(_events(pipe, text), "17")
    assert evs and all(e.target is None or e.target.text != "Kenya" for e in evs), show(_events(pipe, text))


# -- a thing made or imposed by a party ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, tgt", [
    ("Farmers staged a hunger strike in protest against new laws passed by the Indian government.", "IND"),
    ("Hundreds of students protested against the curfew imposed by the Kenyan government.", "KEN"),
    ("The opposition party criticised the budget cuts announced by the Ghanaian government.", "GHA"),
])
def test_thing_made_by_a_party_is_aimed_at_it(pipe, text, tgt):
    evs = [e for e in _events(pipe, text) if (e.cameo or "")[:2] in ("11", "14")]
    assert any(e.target is not None and e.target.country == tgt for e in evs), show(_events(pipe, text))


def test_thing_with_no_maker_named_stays_untargeted(pipe):
    text = "The opposition party criticised the budget cuts announced on Monday."
    evs = _with_code(_events(pipe, text), "11")
    assert all(e.target is None for e in evs), show(_events(pipe, text))
