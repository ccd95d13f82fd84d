"""Session 38, round sc76 (issue 10): border, migration and expulsion classes read off the reference batch 33
(tests/data/event_reference/33_borders_migration.tsv), each fixed by a general rule with controls. Sentences written
for these tests.

* a border post named by its place and a common noun, "shut the Kerem Shalom goods *crossing*", with "crossing" read
  as a participle on the verb (repair 264 widened as parse repair 291), and a border or crossing closed with no
  with/to party (``close_border_site``, 191);
* people forced or turned back with "back" read as an adverb, also in the passive with no doer (174; a passive of
  "forced" with "back" or "out" is people driven away, not a need: ``hazard_cause.forced_by_need``);
* asylum granted or given, told in the passive (075);
* a person who is no envoy declared persona non grata ("persona" read as a verb: parse repair 292), and an order to
  leave within a deadline (174), told once when
  the order takes the person up by a pronoun (``sentence_dedupe._told_again``);
* entry barred, visa-free travel suspended and visa requirements imposed (160);
* aid agencies let into a place, a road reopened to aid convoys (0863);
* an offer's to-clause after a time phrase read as the purpose of the verb that rejects the offer (parse repair 293):
  the offered act is the offer's content, its maker named by a from-phrase ("an offer from Thailand to send"), not an
  act of the rejecter; vessels a police force seizes (speedboats, dinghies, lorries) are property (1711).
"""

from __future__ import annotations

import pytest

from event_helpers import events, show

PUB = "2026-12-09"  # a Wednesday


def _coded(evs, prefix: str, status: str | None = "asserted"):
    return [e for e in evs if e.cameo.startswith(prefix) and (status is None or e.status == status)]


# ---- border posts and borders closed ------------------------------------------------------------------------------


@pytest.mark.parametrize("text,country", [
    ("Pakistan closed the Torkham crossing on Monday.", "PAK"),
    ("Israel shut the Erez crossing on Sunday after a rocket attack.", "ISR"),
    ("Georgia closed the Sarpi crossing to Turkish lorries on Tuesday, citing a strike by customs officers.", "GEO"),
    ("Chad closed the Adre border crossing on Monday.", "TCD"),
    ("Serbian police on Friday closed the Horgos checkpoint for 12 hours.", "SRB"),
])
def test_crossing_closed_is_restricted_movement(pipe, text, country):
    evs = events(pipe, text, PUB)
    got = [e for e in _coded(evs, "191") if e.source is not None and e.source.country == country]
    assert got, show(evs)


@pytest.mark.parametrize("text", [
    "Troops began crossing the river at dawn on Monday.",
    "Refugees kept crossing into Chad through the night.",
    "The bank closed its branch in the border town on Monday.",
    "The museum closed the exhibition on Sunday after a month.",
])
def test_crossing_controls_get_no_closure(pipe, text):
    evs = events(pipe, text, PUB)
    assert not _coded(evs, "191", None), show(evs)


def test_closing_told_as_manner_of_sanctions_is_not_a_second_event(pipe):
    evs = events(pipe, "West African leaders imposed sanctions on Guinea on Sunday, closing land borders and "
                      "freezing the country's assets.", PUB)
    assert _coded(evs, "163") and not _coded(evs, "191", None), show(evs)


# ---- people forced or turned back ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Iranian border guards forced back hundreds of Afghans on Monday.",
    "Hundreds of Afghans were forced back across the border at Dogharoun on Tuesday, officials said.",
    "Thai soldiers turned the refugees back at the border on Friday.",
    "About 80 Sudanese families were forced back into the desert by Libyan police.",
])
def test_people_forced_back_are_expelled(pipe, text):
    evs = events(pipe, text, PUB)
    assert _coded(evs, "17", None), show(evs)
    assert [e for e in evs if e.cameo in ("174", "170")], show(evs)


@pytest.mark.parametrize("text", [
    "Peru has been forced back to the negotiating table.",
    "The company was forced back into the red by rising costs.",
    "Ukrainian troops forced back Russian forces near Kupiansk.",
    "Officials turned the clock back by an hour on Sunday.",
])
def test_forced_back_controls_are_no_expulsion(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo == "174"], show(evs)


# ---- asylum in the passive ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,src,tgt", [
    ("A Belarusian opposition journalist was granted asylum by Lithuania on Monday, his lawyer said.", "LTU", "BLR"),
    ("The former Bolivian minister was granted political asylum by Mexico.", "MEX", "BOL"),
    ("Two Russian deserters were given asylum by Norway on Tuesday.", "NOR", "RUS"),
])
def test_asylum_granted_in_the_passive(pipe, text, src, tgt):
    evs = events(pipe, text, PUB)
    got = [e for e in evs if e.cameo == "075" and e.source is not None and e.source.country == src]
    assert got and got[0].target is not None and got[0].target.country == tgt, show(evs)


@pytest.mark.parametrize("text", [
    "The grant was given by the foundation on Monday.",
    "The former minister was granted bail by a court in La Paz.",
])
def test_passive_grants_that_are_no_asylum(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo == "075"], show(evs)


# ---- persona non grata and orders to leave ------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Niger declared the head of the aid group Sahel Care persona non grata on Monday.",
    "Burundi's government on Friday declared a Belgian journalist persona non grata.",
    "Niger's junta ordered the director of a French aid group to leave within 72 hours.",
])
def test_person_made_to_leave_is_expelled(pipe, text):
    evs = events(pipe, text, PUB)
    assert [e for e in evs if e.cameo[:3] in ("174", "166", "161") or e.cameo == "1663"], show(evs)


def test_expulsion_told_again_with_a_pronoun_is_one_event(pipe):
    evs = events(pipe, "Juba on Tuesday declared the country director of the aid group Field Bread persona non grata "
                      "and ordered her to leave within 48 hours.", PUB)
    got = [e for e in evs if e.cameo == "174"]
    assert len(got) == 1 and got[0].target is not None and "director" in got[0].target.text, show(evs)


def test_two_coordinated_acts_on_a_pronoun_stay_two(pipe):
    evs = events(pipe, "Police arrested the editor on Monday and beat him in custody.", PUB)
    assert _coded(evs, "173") and _coded(evs, "18"), show(evs)


@pytest.mark.parametrize("text", [
    "The coach ordered the players to leave the pitch within ten minutes.",
    "The manager ordered the staff to leave the building within an hour during the fire drill.",
])
def test_orders_to_leave_that_are_no_expulsion(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo == "174"], show(evs)


# ---- entry and visas ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,src,tgt", [
    ("The United States barred entry on Tuesday to citizens of six African countries.", "USA", None),
    ("The European Union suspended visa-free travel for Georgian officials on Monday.", "EUR", "GEO"),
    ("Mali imposed visa requirements on French nationals on Friday.", "MLI", "FRA"),
    ("Israel denied entry to two Irish lawmakers on Sunday.", "ISR", "IRL"),
])
def test_entry_and_visa_restrictions(pipe, text, src, tgt):
    evs = events(pipe, text, PUB)
    got = [e for e in _coded(evs, "16") if e.source is not None and e.source.country == src]
    assert got, show(evs)
    if tgt is not None:
        assert got[0].target is not None and got[0].target.country == tgt, show(evs)


@pytest.mark.parametrize("text", [
    "The club barred entry to fans without tickets.",
    "The airline imposed new baggage rules on passengers on Friday.",
])
def test_entry_controls_without_a_political_doer(pipe, text):
    evs = events(pipe, text, PUB)
    assert not _coded(evs, "16", None), show(evs)


# ---- humanitarian access ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Aid agencies were allowed into the besieged town of Kafr Malik on Monday.",
    "Armenia reopened the mountain road to Red Cross convoys on Thursday.",
    "Azerbaijan reopened the Lachin road to relief convoys on Thursday after a three-month closure.",
])
def test_humanitarian_access(pipe, text):
    evs = events(pipe, text, PUB)
    assert [e for e in evs if e.cameo == "0863"], show(evs)


@pytest.mark.parametrize("text", [
    "Armenia reopened the mountain road to traffic on Thursday after a landslide.",
    "Students were allowed into the exam hall at nine.",
])
def test_access_controls(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo == "0863"], show(evs)


# ---- the parse repairs --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,verb", [
    ("Israel shut the Kerem Shalom goods crossing into Gaza on Sunday.", "shut"),
    ("Russia closed the Upper Lars crossing to Georgian trucks on Monday.", "closed"),
])
def test_repair_291_crossing_is_the_object(pipe, text, verb):
    from lapwing.extract.events.parse_repair import repaired
    out = repaired(pipe.nlp(text))
    crossing = next(t for t in out if t.lower_ == "crossing")
    assert crossing.pos_ == "NOUN" and crossing.dep_ == "obj" and crossing.head.text == verb


@pytest.mark.parametrize("text,person", [
    ("Burundi's government on Friday declared a Belgian journalist persona non grata.", "journalist"),
    ("Burundi on Friday declared a Belgian journalist persona non grata.", "journalist"),
])
def test_repair_292_persona_is_no_verb(pipe, text, person):
    from lapwing.extract.events.parse_repair import repaired
    out = repaired(pipe.nlp(text))
    who = next(t for t in out if t.lower_ == person)
    persona = next(t for t in out if t.lower_ == "persona")
    assert who.dep_ == "obj" and who.head.lower_ == "declared" and persona.pos_ == "NOUN" and persona.head.i == who.i


# ---- an offer's content, seized vessels ----------------------------------------------------------------------------


@pytest.mark.parametrize("text,maker", [
    ("Myanmar's junta turned down an offer from Thailand on Monday to send rescue teams to the flooded areas.", "THA"),
    ("Eritrea rejected an offer from Kenya last week to send doctors to the border camps.", "KEN"),
])
def test_rejected_offer_content_is_not_the_rejecters_act(pipe, text, maker):
    evs = events(pipe, text, PUB)
    assert _coded(evs, "12"), show(evs)
    sent = [e for e in evs if e.cameo.startswith("07") or e.cameo.startswith("03")]
    assert all(e.status != "asserted" and e.source is not None and e.source.country == maker for e in sent), show(evs)


def test_repair_293_offer_clause_on_the_offer(pipe):
    from lapwing.extract.events.parse_repair import repaired
    out = repaired(pipe.nlp("The junta turned down an offer from Thailand on Monday to send rescue teams."))
    send = next(t for t in out if t.lower_ == "send")
    assert send.dep_ == "acl" and send.head.lower_ == "offer"


def test_purpose_clause_after_a_time_phrase_stays_the_verbs(pipe):
    evs = events(pipe, "Police fired tear gas on Monday to disperse the crowd.", PUB)
    assert _coded(evs, "175"), show(evs)


@pytest.mark.parametrize("text", [
    "Greek police arrested 14 suspected smugglers on Sunday and seized three speedboats.",
    "The Libyan coast guard seized two dinghies off Zuwara on Tuesday.",
    "Bulgarian border police seized a lorry carrying 40 migrants on Friday.",
])
def test_seized_vessels_are_property(pipe, text):
    evs = events(pipe, text, PUB)
    assert [e for e in evs if e.cameo.startswith("171")], show(evs)


# ---- repair 214 after an adverb read for the particle -------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Bangladeshi border guards pushed back on Thursday two boats carrying Rohingya refugees.",
    "Greek coast guards pushed back on Sunday three dinghies carrying about 90 migrants.",
])
def test_object_after_particle_adverb_and_day(pipe, text):
    evs = events(pipe, text, PUB)
    got = [e for e in evs if e.cameo == "174"]
    assert got and got[0].target is not None and got[0].source is not None, show(evs)


def test_pushed_back_against_is_no_expulsion(pipe):
    evs = events(pipe, "Kenya pushed back on Monday against the criticism from donors.", PUB)
    assert not [e for e in evs if e.cameo == "174"], show(evs)
