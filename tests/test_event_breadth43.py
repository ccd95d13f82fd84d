"""Round 43 (session 27, branch rc43), issue 10: measures announced as nouns and people seized in the passive.

1. A light verb with a punitive measure noun and its "on / against" target is CAMEO 163 ("placed an embargo on",
   "put new tariffs on", "declared an oil embargo against", "announced an embargo on", "agreed new sanctions
   against"); a measure undone is 085, never 163; a measure with no party it is on, or only talked about, is none.
2. A person seized by police, customs or coast guards is an arrest (173, source the doer, target the person seized); by
   gunmen, rebels, pirates or troops an abduction (181), which ``custody_doer.state_custody`` (round 41) makes custody
   (173) when troops take a suspect; a thing seized stays a seizure of property (1711) and "held by the court to be"
   is no detention.

All sentences were written for Lapwing."""

from __future__ import annotations

import pytest

from lapwing.schema import Article


def _events(pipe, text):
    return [e for e in pipe.analyse(Article(id="t", text=text)).events if e.status in ("asserted", "attributed")]


def _one(pipe, text, code):
    found = [e for e in _events(pipe, text) if e.cameo == code]
    assert found, (text, [(e.cameo, e.rule) for e in _events(pipe, text)])
    return found[0]


# (sentence, source text, target text)
MEASURES = [
    ("Japan placed a trade embargo on North Korea in October.", "Japan", "North Korea"),
    ("Ottawa has placed fresh sanctions on six Iranian generals.", "Ottawa", "Iranian generals"),
    ("Australia put an arms embargo on Fiji after the coup.", "Australia", "Fiji"),
    ("The Kremlin put heavy duties on Ukrainian grain last month.", "Kremlin", "Ukrainian"),
    ("The Organization of American States declared a trade embargo against Haiti.", "Organization of American States",
     "Haiti"),
    ("Egypt and Bahrain announced an embargo on Qatar on Monday.", "Egypt", "Qatar"),
    ("European Union foreign ministers agreed new sanctions against Minsk on Monday.", "European Union", "Minsk"),
    ("The Nigerian government has agreed fresh sanctions on the junta in Niamey.", "Nigerian government", "junta"),
]


@pytest.mark.parametrize("text,src,tgt", MEASURES)
def test_a_light_verb_with_a_measure_noun_is_a_sanction(pipe, text, src, tgt):
    e = _one(pipe, text, "163")
    assert e.source is not None and src in e.source.text
    assert e.target is not None and tgt in e.target.text


@pytest.mark.parametrize("text", [
    "Washington put the sanctions on hold pending the talks.",          # no party the measure is on
    "The council placed the embargo on its agenda for next week.",
    "Sanctions talks between Tehran and Brussels resumed in Geneva.",    # a talk about sanctions
    "Seoul announced an end to its embargo on Pyongyang.",               # a measure ended
    "Britain lifted its embargo on Libya on Tuesday.",
    "The ministers agreed that the sanctions on Iran should stay.",
])
def test_measures_undone_or_only_named_are_no_new_sanction(pipe, text):
    assert not [e for e in _events(pipe, text) if e.cameo == "163" and e.rule in (
        "place_sanctions", "put_sanctions", "announce_embargo", "declare_embargo", "agree_sanctions")]


def test_an_embargo_lifted_is_easing(pipe):
    codes = {e.cameo for e in _events(pipe, "Britain lifted its embargo on Libya on Tuesday.")}
    assert "085" in codes and "163" not in codes


# (sentence, CAMEO code, source text, target text)
SEIZED = [
    ("The two men were seized by Egyptian police near Aswan on Tuesday.", "173", "Egyptian police", "men"),
    ("A Moroccan trader was seized by Spanish customs officers in Ceuta.", "173", "customs officers", "trader"),
    ("Two suspected smugglers were seized by Nigerian troops near the border.", "173", "Nigerian troops", "smugglers"),
    ("The opposition mayor has been seized by army troops outside his office.", "181", "army troops", "mayor"),
    ("Three Turkish truck drivers were seized by militants in Mosul.", "181", "militants", "truck drivers"),
    ("The provincial governor was seized by rebels outside Goma on Sunday.", "181", "rebels", "governor"),
    ("Two Indian engineers were seized by gunmen in the south of Yemen.", "181", "gunmen", "Indian"),
]


@pytest.mark.parametrize("text,code,src,tgt", SEIZED)
def test_people_seized_in_the_passive_take_the_by_agent_as_source(pipe, text, code, src, tgt):
    e = _one(pipe, text, code)
    assert e.source is not None and src in e.source.text
    assert e.target is not None and tgt in e.target.text


def test_truck_drivers_are_people_not_a_truck(pipe):
    assert "1711" not in {e.cameo for e in _events(pipe, "Three Turkish truck drivers were seized by militants in Mosul.")}


@pytest.mark.parametrize("text", [
    "The ruling was held by the court to be unconstitutional.",
    "The summit was held by the two leaders in Geneva.",
    "Two tonnes of cocaine were seized by customs officers at the port.",
])
def test_no_arrest_without_a_person_held(pipe, text):
    assert not [e for e in _events(pipe, text) if e.cameo in ("173", "181")]


def test_a_ship_seized_stays_a_seizure_of_property(pipe):
    codes = {e.cameo for e in _events(pipe, "The tanker was seized by Iranian commandos in the Gulf.")}
    assert "1711" in codes and not codes & {"173", "181"}


@pytest.mark.parametrize("text,src,tgt", [
    ("The Organization of American States declared a trade embargo against Haiti.", "Organization of American States",
     "Haiti"),
    ("Canberra placed an arms embargo on Fiji.", "Canberra", "Fiji"),
])
def test_repair_170_a_measure_read_as_an_adverb_of_its_kind(pipe, text, src, tgt):
    e = _one(pipe, text, "163")
    assert src in e.source.text and tgt in e.target.text


def test_repair_170_leaves_the_shared_doc_untouched(pipe):
    doc = pipe.nlp("The Organization of American States declared a trade embargo against Haiti.")
    before = [(t.dep_, t.head.i, t.tag_) for t in doc]
    from lapwing.extract.events.parse_repair import repaired

    fixed = repaired(doc)
    assert [(t.dep_, t.head.i, t.tag_) for t in doc] == before
    emb = next(t for t in fixed if t.lower_ == "embargo")
    if doc[emb.i].dep_ == "advmod":  # (the trained model's misreading this repair is for)
        assert emb.dep_ == "obj" and emb.head.lower_ == "declared" and fixed[emb.i - 1].dep_ == "compound"
