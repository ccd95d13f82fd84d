"""Aid and peacekeeping go to the place they serve (issue 10; events/place_targets.py, session 27 round 43).

Every sentence is written for this test. Troops or equipment sent to a peacekeeping force or mission *in* a country
are given to that country (the force is the channel); a promise of aid or peacekeeping (033-0334) goes to the place
the aid would go to, as given aid does. Other acts on a force keep the force; a named recipient stays the target;
the doer's own country is never its target by this rule."""

from __future__ import annotations

import pytest

CLAIMED = ("asserted", "attributed", "future")


def claimed(pipe, text, root):
    from lapwing.schema import Article

    return [e for e in pipe.analyse(Article(id="t", text=text)).events
            if e.status in CLAIMED and e.cameo.startswith(root)]


def _show(evs):
    return [(e.cameo, e.source and e.source.text, e.target and (e.target.text, e.target.country)) for e in evs]


@pytest.mark.parametrize("text, root, source, country", [
    # troops or equipment for a force or mission in a country
    ("Sweden is deploying 200 soldiers to the UN peacekeeping mission in Mali.", "074", "SWE", "MLI"),
    ("Bangladesh sent 500 peacekeepers to the UN mission in South Sudan last year.", "074", "BGD", "SSD"),
    ("Ireland is ready to contribute helicopters to a United Nations force in Lebanon.", "033", "IRL", "LBN"),
    ("Japan pledged to send engineers to the peacekeeping operation in Cambodia.", "033", "JPN", "KHM"),
    # a promise of aid or peacekeeping, the place in the promised act's phrase
    ("Portugal has agreed to an expansion of its peacekeeping force in Bosnia.", "033", "PRT", "BIH"),
    ("Germany is ready to provide humanitarian aid in Yemen.", "033", "DEU", "YEM"),
])
def test_place_served_is_target(pipe, text, root, source, country):
    evs = [e for e in claimed(pipe, text, root) if e.source is not None and e.source.country == source]
    assert evs, _show(claimed(pipe, text, root[:2]))
    assert any(e.target is not None and e.target.country == country for e in evs), _show(evs)


def test_attack_on_a_mission_keeps_the_mission(pipe):
    # force, not aid: the mission attacked is the target, not the country it serves in
    evs = claimed(pipe, "Rebels attacked the UN peacekeeping mission in Mali.", "19")
    assert evs and all(e.target is not None and "mission" in e.target.text for e in evs), _show(evs)


def test_named_recipient_is_kept(pipe):
    # the people named as receivers stay the target: the place only says where they are
    evs = claimed(pipe, "Canada is ready to send aid to Haitian families in the Dominican Republic.", "03")
    assert evs and all(e.target is not None and e.target.country == "HTI" for e in evs), _show(evs)


def test_own_country_is_no_target(pipe):
    # a force serving in the doer's own country gives no self-target by this rule
    evs = claimed(pipe, "Nigeria sent troops to its peacekeeping force in Nigeria.", "07")
    assert evs and all(e.target is None or e.target.text != "Nigeria" for e in evs), _show(evs)


def test_talks_promise_takes_no_place(pipe):
    # a promise to talk is no aid: the place stays where, not whom
    evs = claimed(pipe, "Russia is ready to discuss a ceasefire in Syria.", "03")
    assert evs and all(e.target is None for e in evs), _show(evs)


@pytest.mark.parametrize("text", [
    # a promise by no party with a country gets no place (and so no event only the place would carry)
    "Journalists said they want to show their support for Kenya's reforms.",
    "Reporters say they want to voice their support for Ghana's new rules.",
])
def test_promise_without_a_party_takes_no_place(pipe, text):
    evs = [e for e in claimed(pipe, text, "033") if e.source is None or not e.source.country]
    assert not any(e.target is not None for e in evs), _show(evs)
