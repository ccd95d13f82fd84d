"""The country an act of restriction or aid is done in, as its target (issue 10; events/place_targets.py).

Every sentence is written for this test; names and places are well known or invented. A curfew, a state of
emergency, martial law or a blockade and their easing bear on the people of the place where they are imposed;
aid and peacekeepers go to the place they are sent to. Posture, ceasefires and force keep no such target."""

from __future__ import annotations

import pytest

CLAIMED = ("asserted", "attributed")


def claimed(pipe, text, root):
    from lapwing.schema import Article

    return [e for e in pipe.analyse(Article(id="t", text=text)).events
            if e.status in CLAIMED and e.cameo.startswith(root)]


@pytest.mark.parametrize("text, root, country, place", [
    ("Sri Lankan police imposed a curfew across parts of Kandy after riots on Monday.", "172", "LKA", "Kandy"),
    ("Pakistani police imposed a curfew in the northern city of Peshawar on Sunday.", "172", "PAK", "Peshawar"),
    ("Officials imposed a curfew in parts of the eastern city of Kolkata late on Tuesday.", "172", "IND", "Kolkata"),
    ("Ethiopia's cabinet lifted the state of emergency in the Tigray region on Thursday.", "081", "ETH", "Tigray"),
    ("Manila has lifted martial law in Mindanao, two years after the siege.", "081", "PHL", "Mindanao"),
    ("The Tunisian president threatened to impose a curfew in Sfax if the unrest went on.", "132", "TUN", "Sfax"),
    ("Norway shipped food aid to the northern province of Idlib last month.", "07", "SYR", "Idlib"),
    ("Portugal has deployed election monitors across Mozambique before the poll.", "07", "MOZ", "Mozambique"),
])
def test_place_is_target(pipe, text, root, country, place):
    evs = claimed(pipe, text, root)
    assert evs, text
    assert any(e.target is not None and e.target.country == country and place in e.target.text for e in evs), \
        [(e.cameo, e.source and e.source.text, e.target and (e.target.text, e.target.country)) for e in evs]


@pytest.mark.parametrize("text, root", [
    # posture says where the troops stand, not at whom
    ("Turkish troops remained on alert in Ankara after the bombing.", "15"),
    ("Mexican soldiers remained on high alert in Sinaloa over the weekend.", "15"),
])
def test_posture_place_is_no_target(pipe, text, root):
    evs = claimed(pipe, text, root)
    assert evs, text
    assert all(e.target is None for e in evs), [(e.cameo, e.target and e.target.text) for e in evs]


def test_named_target_is_kept(pipe):
    # an actor the clause names stays the target: the place only says where
    evs = claimed(pipe, "Kenyan police imposed a curfew on protesters in Nairobi.", "172")
    assert evs and all(e.target is not None and "protesters" in e.target.text for e in evs)


def test_nationality_word_is_no_place(pipe):
    # an unnamed town: no country to take, so no target
    evs = claimed(pipe, "The army has imposed a curfew in the town after clashes.", "172")
    assert evs and all(e.target is None for e in evs)


@pytest.mark.parametrize("text", [
    "Ecuador's government on Friday lifted a state of emergency in Guayas province that was imposed in March "
    "after prison riots there.",
    "The Ethiopian cabinet on Tuesday ended martial law in the Amhara region that was declared in August after "
    "fighting there.",
])
def test_no_doer_no_place_target(pipe, text):
    # an act nobody is named doing (the relative clause's restriction) stays as it was: the place alone does not
    # make it an event
    from lapwing.schema import Article

    evs = [e for e in pipe.analyse(Article(id="t", text=text)).events if e.status in CLAIMED and e.source is None]
    assert not evs, [(e.cameo, e.target.text) for e in evs]
