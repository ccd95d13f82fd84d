"""Classes left open by round 76 (session 38, round rv77; issue 10).

* A figure after a weekday counts the object, not the date (parse repair 296 in ``repair_time_complement``):
  "Kenya deported on Thursday 12 Somali nationals" had read "Kenya" as the passive subject (a 174 with no doer and
  Kenya its target), "Rebels freed late on Sunday 30 hostages" had no object and no event. "on Sunday 30 March"
  keeps its date.
* A conditional threat to close ports or a strait ("warned that it would close its ports to Turkish ships unless
  ...") had no event: ports, harbours and waters closed to another country's ships are a ban (163, as airspace;
  threatened: 1312), a strait, canal or waterway blocked or closed a blockade (191; threatened: 1381). A port
  closed for repairs, with no party it is closed to, is none.
* "prompting Spain to cancel the summit and Italy *to recall* its envoy": the second party, read as a conjunct of the
  first act's object, is the subject of the second to-clause, itself the first one's conjunct (parse repair 297,
  ``repair_gapped_control``); a second to-clause with no party of its own ("to halt ... and to free ...") keeps the
  first party.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from event_helpers import events, hits, show


@pytest.mark.parametrize("text, root, country, target, tcountry", [
    ("Kenya deported on Thursday 12 Somali nationals.", "174", "KEN", "nationals", "SOM"),
    ("Peru expelled on Tuesday 3 Ecuadorian diplomats.", "161", "PER", "diplomats", "ECU"),
    ("Police detained on Friday 14 students in Nairobi.", "173", "KEN", "students", None),
    ("Rebels freed late on Sunday 30 hostages.", "084", None, "hostages", None),
    ("Police arrested on Wednesday 8 protesters.", "173", None, "protesters", None),
])
def test_figure_after_weekday_counts_the_object(pipe, text, root, country, target, tcountry):
    evs = events(pipe, text)
    assert hits(evs, root, country=country, target=target, tcountry=tcountry), show(evs)


def test_figure_after_weekday_subject_is_the_doer_not_the_target(pipe):
    evs = events(pipe, "Ghana deported on Monday 40 Togolese migrants.")
    assert hits(evs, "174", country="GHA", tcountry="TGO"), show(evs)
    assert not [e for e in evs if e.target is not None and e.target.country == "GHA"], show(evs)


def test_figure_after_weekday_before_a_month_is_the_date(pipe):
    from lapwing.extract.events.parse_repair import repaired

    doc = repaired(pipe.nlp("Rebels freed on Sunday 30 March the last hostages."))
    assert doc[4].text == "30" and doc[4].head.text in ("Sunday", "March", "freed") and doc[4].dep_ != "nummod"
    doc = repaired(pipe.nlp("Rebels freed on Sunday 30 hostages."))
    assert doc[4].dep_ == "nummod" and doc[4].head.text == "hostages" and doc[5].dep_ == "obj"


@pytest.mark.parametrize("text, root, country, tcountry", [
    ("Lithuania closed its ports to Belarusian freighters.", "163", "LTU", "BLR"),
    ("Norway shut its harbours to Russian trawlers.", "163", "NOR", "RUS"),
    ("Greece warned that it would close its ports to Turkish ships unless Ankara withdrew its vessels.", "1312",
     "GRC", "TUR"),
    ("Argentina said it would close its ports to British fishing vessels unless London lifted the ban.", "1312",
     "ARG", "GBR"),
    ("Egypt's navy closed the canal to all tankers.", "191", "EGY", None),
    ("Iran warned that it would block the strait unless the sanctions were lifted.", "1381", "IRN", None),
])
def test_ports_and_straits_closed(pipe, text, root, country, tcountry):
    evs = events(pipe, text)
    assert hits(evs, root, country=country, tcountry=tcountry), show(evs)


@pytest.mark.parametrize("text, country", [
    ("Tehran threatened to close the Strait of Hormuz to oil tankers.", "IRN"),
    ("Egypt threatened to shut the Suez Canal to Israeli ships.", "EGY"),
    ("The rebels vowed to block the waterway to foreign shipping.", None),
    ("Iran threatened on Sunday to block the strait if new sanctions were imposed.", "IRN"),
])
def test_threat_to_close_a_strait_is_a_threat_of_blockade(pipe, text, country):
    """A threat, vow or intent whose content closes or blocks a strait, canal or waterway threatens a blockade (1381:
    the content class "blockade"), not a bare threat (130); a strait named in another act is no blockade."""
    evs = events(pipe, text)
    assert hits(evs, "1381", country=country), show(evs)
    assert not [e for e in evs if e.cameo == "130"], show(evs)


def test_threat_to_sail_through_a_strait_is_no_blockade(pipe):
    evs = events(pipe, "Iran threatened to send warships through the Strait of Hormuz.")
    assert hits(evs, "13") and not hits(evs, "1381"), show(evs)


@pytest.mark.parametrize("text", [
    "The city closed the port for repairs.",
    "Storms forced officials to close the harbour on Monday.",
])
def test_port_closed_to_no_party_is_no_ban(pipe, text):
    evs = events(pipe, text)
    assert not [e for e in evs if e.cameo.startswith(("163", "191", "13"))], show(evs)


@pytest.mark.parametrize("text, root, country", [
    ("The strike halted flights, prompting Spain to cancel the summit and Italy to recall its envoy.", "161", "ITA"),
    ("The raid angered both capitals, prompting Peru to summon the ambassador and Chile to expel two diplomats.",
     "161", "CHL"),
    ("The crisis forced Ghana to shut the border and Togo to recall its ambassador.", "161", "TGO"),
])
def test_second_party_of_a_sending_verb_does_the_second_act(pipe, text, root, country):
    evs = events(pipe, text)
    assert hits(evs, root, country=country), show(evs)


@pytest.mark.parametrize("text, subject", [
    ("The envoy urged Israel to halt the strikes and Hamas to free the hostages.", "Hamas"),
    ("The mediators asked Sudan to withdraw its troops and the rebels to release the prisoners.", "rebels"),
])
def test_second_party_parse(pipe, text, subject):
    from lapwing.extract.events.parse_repair import repaired

    doc = repaired(pipe.nlp(text))
    party = next(t for t in doc if t.text == subject)
    assert party.dep_ == "nsubj" and party.head.dep_ == "conj" and party.head.head.dep_ == "xcomp"


def test_second_to_clause_without_a_party_is_untouched(pipe):
    from lapwing.extract.events.parse_repair import repaired

    doc = repaired(pipe.nlp("Soldiers forced the villagers to leave their homes and to walk to the river."))
    walk = next(t for t in doc if t.text == "walk")
    assert walk.dep_ == "conj" and not [c for c in walk.children if c.dep_ == "nsubj"]
