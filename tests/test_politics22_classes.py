"""Session 35 (round rh70, issue 10): classes of coder errors read off the thirteenth reference batch, domestic politics
and the courts told as the wires tell them (tests/data/event_reference/22_politics_justice.tsv), each fixed by a
general pattern. Sentences written for these tests.

* "charged X *with* Y" where the parser hangs the with-phrase on a long object with an apposition ("charged the
  chairman of the party, X, with incitement"): the charge's (173, `f_charge_with_obj`); a baton charge on a crowd and
  "charged that ..." stay what they were. (A charge told by a gerund, "charged X on Friday *with abusing* his office",
  parsed as a clause marked by "with", was read as the with-phrase too, then taken out: it lowered the part-b PLOVER
  precision; it stays missed.)
* a judgement in "called X Y" with the words politics and the courts use ("unjust", "unfair", "harassment",
  "persecution": `@c16_judgement`; `call_judgement_modobj` for a judged act the parser left as a modifier of the
  judgement noun); an ambush, a coup or retaliation only with a political or judicial qualifier ("a political
  ambush", "a judicial coup", "political retaliation": `@c16_polwords`, `call_judgement_political*`), since "called
  the strikes retaliation for ..." describes; praise ("a victory") stays no criticism;
* an office holder suspended from office or duty by a court or a legislature (172, `f_suspend_office_holder`), not
  when told in a participle after an impeachment ("voted to impeach X, suspending him": the frame condition
  `!participle`); suspending one's participation in talks and a player's ban stay what they were;
* a state regulator of the media ("media regulator", "media authority", "communications authority") is government,
  not the media, so its suspension of a licence is coded (1721; `agents.tsv`); state media stays the media;
* a court or a minister ordering the closure or the shutdown of a news outlet or site (1721) or the dissolution or
  closure of a party (1722) (`f_order_closure_media`, `f_order_closure_party`; sites added to `f_closure_media_n`);
  closing schools or a border is neither;
* a state of emergency, martial law or a curfew *decreed* (1724, 1723, as declared); a decreed day of mourning is none;
* prosecutors raiding premises search them (170, as a police raid), not an armed raid (190) (`f_raid_prosecutor`);
* a plea of not guilty is a denial (016, `plead_not_guilty`); a guilty plea and pleading with someone are not.
"""

from __future__ import annotations

import pytest

from event_helpers import events, hits, show

PUB = "2026-12-11"  # a Friday
DL = "NAIROBI, Kenya (Lapwing Wire) - "


# ---------------------------------------------------------------------------------------------
# charged with


@pytest.mark.parametrize("text, source", [
    (DL + "Prosecutors on Tuesday charged the chairman of the opposition Orange party, Peter Otieno, with incitement.",
     "Prosecutors"),
    (DL + "Kenyan prosecutors charged the editor of the weekly Nation Review, Jorge Cruz, with fraud.", "prosecutors"),
    (DL + "Prosecutors charged the former mayor on Thursday with fraud.", "Prosecutors"),
])
def test_a_charge_with_after_a_long_object_is_173(pipe, text, source):
    evs = events(pipe, text, PUB)
    assert hits(evs, "173", source=source, country="KEN"), show(evs)


def test_charge_controls(pipe):
    evs = events(pipe, DL + "The opposition charged that the government had rigged the vote.", PUB)
    assert hits(evs, "112", source="opposition") and not hits(evs, "173"), show(evs)
    evs = events(pipe, DL + "Mounted police charged the crowd with batons near the stadium.", PUB)
    assert hits(evs, "175", source="police") and not hits(evs, "173"), show(evs)


# ---------------------------------------------------------------------------------------------
# called X a judgement


@pytest.mark.parametrize("text, source", [
    (DL + "The opposition leader called the verdict unjust.", "opposition leader"),
    (DL + "The senator called the vote a political ambush.", "senator"),
    (DL + "The governor called the raid political retaliation.", "governor"),
    (DL + "The opposition called the court's decision a judicial coup.", "opposition"),
    (DL + "The opposition called the verdict judicial harassment.", "opposition"),
    (DL + "The Law Society called the sentences unfair.", "Law Society"),
])
def test_calling_an_act_a_judgement_is_criticism(pipe, text, source):
    evs = events(pipe, text, PUB)
    assert hits(evs, "111", source=source), show(evs)


@pytest.mark.parametrize("text", [
    DL + "The rights group called the ruling a victory for civil society.",
    DL + "The president called a snap election for March.",
    # an ambush, a coup or retaliation named with no political or judicial qualifier describes, it does not judge
    "TEHRAN, Iran (Lapwing Wire) - Iran's army described the missile attack as retaliation for the killing of its "
    "commander.",
    "BAMAKO, Mali (Lapwing Wire) - The army called the attack an ambush by jihadist fighters.",
    "NIAMEY, Niger (Lapwing Wire) - The junta called its takeover a correction, not a coup.",
])
def test_praise_a_description_or_a_called_election_is_no_criticism(pipe, text):
    evs = events(pipe, text, PUB)
    assert not hits(evs, "11"), show(evs)


# ---------------------------------------------------------------------------------------------
# suspended from office


@pytest.mark.parametrize("text, source", [
    (DL + "The Supreme Court suspended the governor from office on Tuesday.", "Supreme Court"),
    (DL + "Congress suspended the prime minister from duty on Wednesday.", "Congress"),
    (DL + "The Constitutional Court on Monday suspended Prime Minister David Kamau from office.", "Constitutional Court"),
])
def test_an_office_holder_suspended_from_office_is_172(pipe, text, source):
    evs = events(pipe, text, PUB)
    assert hits(evs, "172", source=source), show(evs)


def test_suspension_controls(pipe):
    evs = events(pipe, DL + "The opposition suspended its participation in the talks.", PUB)
    assert hits(evs, "164") and not hits(evs, "172"), show(evs)
    evs = events(pipe, DL + "The football federation suspended the striker from two matches.", PUB)
    assert not hits(evs, "17"), show(evs)
    # a suspension told as the consequence of an impeachment is that act, not a second one
    evs = events(pipe, DL + "The National Assembly voted on Friday to impeach the interior minister, suspending him "
                            "from office.", PUB)
    assert len(hits(evs, "172")) == 1, show(evs)


# ---------------------------------------------------------------------------------------------
# a media regulator is government


@pytest.mark.parametrize("text, source", [
    (DL + "Kenya's media regulator suspended the licence of Radio Mwangaza for a month.", "media regulator"),
    (DL + "The Kenyan Media Authority suspended the broadcaster's licence for 30 days.", "Media Authority"),
    (DL + "The communications authority suspended the licence of a private television channel.",
     "communications authority"),
])
def test_a_media_regulator_suspending_a_licence_is_1721(pipe, text, source):
    evs = events(pipe, text, PUB)
    assert hits(evs, "1721", source=source, country="KEN"), show(evs)
    assert all(e.source.sector == "GOV" for e in hits(evs, "1721")), show(evs)


def test_state_media_stays_the_media(pipe):
    from lapwing.schema import Article

    rec = pipe.analyse(Article(id="t", text=DL + "State media said the president had suspended the licence of a "
                                                 "private radio station.", published=PUB))
    assert not [e for e in rec.events if e.source is not None and e.source.text.lower().startswith("state media")], \
        show(rec.events)


# ---------------------------------------------------------------------------------------------
# closure and dissolution ordered


@pytest.mark.parametrize("text, code, source", [
    (DL + "A Nairobi court ordered the closure of the opposition news website Sauti.", "1721", "court"),
    (DL + "The interior minister ordered the shutdown of two private radio stations.", "1721", "interior minister"),
    (DL + "The Supreme Court ordered the dissolution of the opposition People's Party.", "1722", "Supreme Court"),
])
def test_an_ordered_closure_of_an_outlet_or_a_party(pipe, text, code, source):
    evs = events(pipe, text, PUB)
    assert hits(evs, code, source=source), show(evs)


@pytest.mark.parametrize("text", [
    DL + "The governor ordered the closure of schools because of the floods.",
    DL + "The president ordered the closure of the border with Somalia.",
])
def test_closing_schools_or_a_border_is_no_restriction_on_freedoms(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo in ("1721", "1722")], show(evs)


# ---------------------------------------------------------------------------------------------
# decreed emergencies


@pytest.mark.parametrize("text, code", [
    (DL + "The president decreed a state of emergency in three northern counties.", "1724"),
    (DL + "The junta decreed martial law on Sunday.", "1724"),
    (DL + "The governor decreed a dusk-to-dawn curfew in Mombasa.", "1723"),
])
def test_a_decreed_emergency_or_curfew(pipe, text, code):
    evs = events(pipe, text, PUB)
    assert hits(evs, code), show(evs)


def test_a_decreed_day_of_mourning_is_no_emergency(pipe):
    evs = events(pipe, DL + "The president decreed three days of national mourning.", PUB)
    assert not hits(evs, "172"), show(evs)


# ---------------------------------------------------------------------------------------------
# prosecutors' raids


@pytest.mark.parametrize("text, source", [
    (DL + "Anti-corruption prosecutors raided the home of the former finance minister on Monday.", "prosecutors"),
    (DL + "Prosecutors raided the offices of the opposition party on Tuesday.", "Prosecutors"),
])
def test_a_prosecutors_raid_is_a_search_not_an_assault(pipe, text, source):
    evs = events(pipe, text, PUB)
    assert hits(evs, "170", source=source) and not hits(evs, "19"), show(evs)


def test_a_troops_raid_stays_190(pipe):
    evs = events(pipe, DL + "Somali troops raided an al-Shabaab camp near the border.", PUB)
    assert hits(evs, "190", source="troops"), show(evs)


# ---------------------------------------------------------------------------------------------
# not-guilty pleas


@pytest.mark.parametrize("text, source", [
    (DL + "The former minister pleaded not guilty to corruption charges on Tuesday.", "former minister"),
    (DL + "Twelve opposition activists pleaded not guilty to charges of unlawful assembly.", "activists"),
])
def test_a_not_guilty_plea_is_a_denial(pipe, text, source):
    evs = events(pipe, text, PUB)
    assert hits(evs, "016", source=source), show(evs)


@pytest.mark.parametrize("text", [
    DL + "The former governor pleaded guilty to fraud on Monday.",
    DL + "The president pleaded with the rebels to release the hostages.",
])
def test_a_guilty_plea_or_an_appeal_is_no_denial(pipe, text):
    evs = events(pipe, text, PUB)
    assert not hits(evs, "016"), show(evs)
