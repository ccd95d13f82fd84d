"""Event coder, session 29 (issue 10): argument classes that hold on unseen wire text. Sentences written for this
test, each class in several phrasings with different names and countries, next to the uses of the same words that
must stay as they are:

- "visiting" before a guest's title and name is the guest's adjective, not a visit by the host (repair 130): "met
  visiting Indian Prime Minister X", "talks with visiting German Chancellor Y";
- a nationality adjective hung on the weapon word (or on the weapon's name) before a violent noun names the
  attacker: "Russian Grad rocket attacks", "Israeli Hellfire missile strikes";
- a place or building word among an attack noun's modifiers names what was hit, not who hit it: "the Russian
  embassy bombing", "an Iraqi police station attack";
- a claim of responsibility for an act on someone has that someone as its target: "claimed responsibility for an
  attack on a Kenyan army base".
"""

from __future__ import annotations

import pytest

from event_helpers import events as _events

CLAIMED = ("asserted", "attributed", "future")


def _show(evs):
    return [(e.cameo, e.status, e.source and (e.source.text, e.source.country),
             e.target and (e.target.text, e.target.country), e.rule) for e in evs]


def _claimed(evs, root):
    return [e for e in evs if e.cameo.startswith(root) and e.status in CLAIMED]


# -- "visiting" + a guest (repair 130) ------------------------------------------------------------------------

@pytest.mark.parametrize("text,root,host,guest", [
    ("President Tokayev met visiting Indian Prime Minister Narendra Modi in Astana on Monday.", "04", "Tokayev", "Modi"),
    ("Chinese Premier Li Qiang held talks with visiting German Chancellor Olaf Scholz.", "04", "Li Qiang", "Scholz"),
    ("Kenyan President William Ruto received visiting Ethiopian Foreign Minister Taye Atske on Friday.", "04", "Ruto", "Taye"),
])
def test_visiting_guest_is_the_partner_not_a_visit_target(pipe, text, root, host, guest):
    evs = _events(pipe, text)
    meet = [e for e in _claimed(evs, root) if e.source and host in e.source.text and e.target and guest in e.target.text]
    assert meet, _show(evs)
    # the host does not "visit" the guest
    assert not [e for e in _claimed(evs, "042") if e.target and guest in e.target.text], _show(evs)


def test_visiting_guest_after_against_is_no_visit_by_the_court(pipe):
    text = "A Belgian court issued a warrant against visiting Rwandan minister Paul Kagaba."
    evs = _events(pipe, text)
    assert not [e for e in _claimed(evs, "042") if e.source and "court" in e.source.text], _show(evs)


@pytest.mark.parametrize("text", [
    "The envoy was arrested for visiting Kabul last year.",
    "Before visiting Nairobi, the minister stopped in Kampala.",
])
def test_visiting_a_place_is_left_alone(pipe, text):
    from lapwing.extract.events.parse_repair import repaired

    doc = repaired(pipe.nlp(text), reparse=pipe.nlp)
    v = next(t for t in doc if t.lower_ == "visiting")
    assert v.dep_ != "amod" and v.pos_ == "VERB"


# -- a nationality on the weapon -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,country", [
    ("Russian Grad rocket attacks killed five civilians in Kharkiv.", "RUS"),
    ("Israeli Hellfire missile strikes killed three militants near Jenin.", "ISR"),
    ("Syrian Scud missile attacks hit the outskirts of Aleppo on Tuesday.", "SYR"),
])
def test_nationality_on_the_weapon_is_the_attacker(pipe, text, country):
    evs = _events(pipe, text)
    assert any(e.source and e.source.country == country for e in _claimed(evs, "19")), _show(evs)


# -- the place hit is not the attacker -------------------------------------------------------------------------

@pytest.mark.parametrize("text,country", [
    ("The Russian embassy bombing killed two guards.", "RUS"),
    ("An Iraqi police station attack killed six officers.", "IRQ"),
    ("Gunmen carried out a Nigerian army base attack in Borno.", "NGA"),
])
def test_place_modifier_of_an_attack_is_not_its_source(pipe, text, country):
    evs = _events(pipe, text)
    for e in _claimed(evs, "1") + _claimed(evs, "2"):
        assert not (e.source and e.source.country == country), _show(evs)


def test_site_owner_is_the_target_of_the_attack_noun(pipe):
    evs = _events(pipe, "Gunmen carried out a Turkish army base attack near the border.")
    assert any(e.target and e.target.country == "TUR" for e in _claimed(evs, "19")), _show(evs)


def test_actor_modifier_without_a_place_stays_the_source(pipe):
    evs = _events(pipe, "Turkish drone strikes killed four fighters on Monday.")
    assert any(e.source and e.source.country == "TUR" for e in _claimed(evs, "19")), _show(evs)


# -- claim of responsibility: the act's target -----------------------------------------------------------------

@pytest.mark.parametrize("text,src,tgt", [
    ("Al-Shabaab claimed responsibility for an attack on a Kenyan army base near Lamu.", "Al-Shabaab", "KEN"),
    ("Boko Haram claimed credit for the raid on Nigerian troops in Borno.", "Boko Haram", "NGA"),
    ("The Houthis claimed responsibility for the drone attack on the Saudi oil facility.", "Houthis", "SAU"),
])
def test_claim_of_responsibility_targets_the_one_attacked(pipe, text, src, tgt):
    evs = _events(pipe, text)
    claims = [e for e in _claimed(evs, "015") if e.source and src in e.source.text]
    assert claims and claims[0].target is not None and claims[0].target.country == tgt, _show(evs)


def test_claim_of_responsibility_for_an_attack_in_a_place_has_no_target(pipe):
    evs = _events(pipe, "The Islamic State group claimed responsibility for the attack in Kabul on Sunday.")
    claims = _claimed(evs, "015")
    assert claims and all(e.target is None for e in claims), _show(evs)
