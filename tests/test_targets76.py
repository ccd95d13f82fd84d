"""Targets the coder missed, by class (session 38, round ag76, issue 10).

Every sentence is written for this test; the names are well known or invented.

- the doer's own act as the object, coded only through its possessive pronoun ("called off *their strike* against
  X", "suspended *its protest* against Y"), no longer hides the act's other side, also when the parser hung the
  against / on / with phrase on the verb right after the object (events/arguments.py ``_own_act``,
  ``_object_complement_target``); a time or an uncoded thing there is no target;
- an offered, agreed or promised act of a go-between names the first of the parties it serves in its *between*
  phrase ("offered to mediate *between Ethiopia and Eritrea*", "agreed to host talks between X and Y";
  events/argspecs.py ``xobj``), one event for the pair (events/coder.py ``conjuncts``); a between phrase of
  places or things names no target."""

from __future__ import annotations

import pytest

CLAIMED = ("asserted", "attributed")


def claimed(pipe, text, root):
    from lapwing.schema import Article

    return [e for e in pipe.analyse(Article(id="t", text=text)).events
            if e.status in CLAIMED and e.cameo.startswith(root)]


def _show(evs):
    return [(e.cameo, e.source and (e.source.text, e.source.country),
             e.target and (e.target.text, e.target.country, e.target.sector)) for e in evs]


# -- the doer's own act and its other side ------------------------------------------------------------------------

@pytest.mark.parametrize("text, tgt", [
    ("The teachers' union called off its strike against the Kenyan government.", "KEN"),
    ("Dockworkers in Valparaiso called off their boycott against Peruvian shipping firms.", "PER"),
    ("Nurses in Accra suspended their protest against the Ghanaian health ministry.", "GHA"),
    ("Farmers ended their blockade against the French agriculture ministry.", "FRA"),
    ("Argentine dockworkers called off their strike against the Chilean government.", "CHL"),
])
def test_own_act_keeps_its_other_side(pipe, text, tgt):
    evs = claimed(pipe, text, "08")
    assert evs, text
    assert any(e.target is not None and e.target.country == tgt for e in evs), _show(evs)


@pytest.mark.parametrize("text", [
    "The union called off its strike on Monday.",  # a time
    "The union called off its strike against the new pension law.",  # a thing no actor codes
    "Nurses in Accra suspended their protest after two weeks.",
])
def test_own_act_with_no_party_has_no_target(pipe, text):
    evs = claimed(pipe, text, "08")
    assert evs, text
    assert all(e.target is None for e in evs), _show(evs)


def test_own_person_stays_the_target(pipe):
    # a person the doer's pronoun owns is still one acted on: the rule is for acts only
    evs = claimed(pipe, "Greece recalled its ambassador to Turkey.", "16")
    assert any(e.target is not None and e.target.country == "TUR" for e in evs), _show(evs)


# -- a go-between's pair ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, root, src, tgt", [
    ("Norway offered to mediate between Colombia and the ELN rebels.", "03", "NOR", "COL"),
    ("Ghana agreed to host talks between Mali and Niger.", "03", "GHA", "MLI"),
    ("Kenya promised to mediate between Ethiopia and Eritrea.", "03", "KEN", "ETH"),
    ("The Omani sultan offered to mediate between Somalia and Kenya.", "03", "OMN", "SOM"),
    ("Italy offered on Monday to host talks between the warring parties in Libya.", "03", "ITA", "LBY"),
])
def test_go_between_names_the_first_party(pipe, text, root, src, tgt):
    evs = claimed(pipe, text, root)
    assert evs, text
    assert [(e.source.country if e.source else None, e.target.country if e.target else None) for e in evs] \
        == [(src, tgt)], _show(evs)


@pytest.mark.parametrize("text", [
    "Norway offered to build a bridge between the two villages.",
    "Japan agreed to fund a railway between the two ports.",
])
def test_between_things_is_no_target(pipe, text):
    evs = claimed(pipe, text, "03")
    assert evs, text
    assert all(e.target is None for e in evs), _show(evs)


# -- help and whom it is for --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, src, tgt", [
    ("Spain pledged 40 million euros in humanitarian aid for Jordan on Monday.", "ESP", "JOR"),
    ("Qatar pledged $3 billion in reconstruction aid for Iraq at a conference in Kuwait.", "QAT", "IRQ"),
    ("Denmark pledged emergency assistance for Malawi.", "DNK", "MWI"),
    ("Australia sent 50 tonnes of food aid for Fiji.", "AUS", "FJI"),
])
def test_help_for_a_party_names_the_target(pipe, text, src, tgt):
    evs = claimed(pipe, text, "0")
    assert any(e.source is not None and e.source.country == src and e.target is not None
               and e.target.country == tgt for e in evs), _show(evs)


@pytest.mark.parametrize("text", [
    "Denmark pledged aid for reconstruction.",  # a purpose
    "Finland pledged 10 million euros in aid for its own farmers.",  # the doer's own
    "Spain pledged 40 million euros in aid for next year.",  # a time
])
def test_help_for_no_party_has_no_target(pipe, text):
    evs = claimed(pipe, text, "0")
    assert evs, text
    assert all(e.target is None for e in evs), _show(evs)


# -- two bodies of one state in blame and refusal -----------------------------------------------------------------

@pytest.mark.parametrize("text, root, country", [
    ("Hungarian Foreign Minister Laszlo Kovacs criticised the Hungarian president for the delay.", "11", "HUN"),
    ("Romanian Prime Minister Ion Popa blamed the Romanian president for the crisis.", "11", "ROU"),
    ("Bulgarian Justice Minister Petar Ivanov accused the Bulgarian president of shielding corrupt judges.", "11",
     "BGR"),
])
def test_two_bodies_of_one_state_keep_both_sides(pipe, text, root, country):
    evs = claimed(pipe, text, root)
    assert any(e.source is not None and e.source.country == country and e.source.sector == "GOV"
               and e.target is not None and e.target.country == country and e.target.sector == "GOV"
               for e in evs), _show(evs)


@pytest.mark.parametrize("text", [
    "The Czech government criticised the Czech government's own record.",  # one body named twice
    "The Czech government said it blamed itself for the delay.",  # a pronoun
    "Algiers summoned its ambassador home from Madrid on Monday.",  # the doer's own envoy (merge review)
    "The Peruvian government summoned its envoy to Quito home for consultations.",
])
def test_one_body_is_no_target_of_itself(pipe, text):
    evs = claimed(pipe, text, "11")
    assert evs, text
    assert all(e.target is None for e in evs), _show(evs)


def test_an_order_within_one_body_keeps_no_target(pipe):
    # a command inside one state's forces is no dyad of verbal conflict (roots 10 and 13 keep the old rule)
    evs = claimed(pipe, "The Serbian defence minister ordered the Serbian army to prepare for a flood relief "
                        "operation.", "10")
    assert all(e.target is None or (e.target.country, e.target.sector) != ("SRB", "MIL") for e in evs), _show(evs)
