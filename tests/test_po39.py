"""Police killings and force, session 25 round 39 (issue 10): kill and force phrasings swept with invented sentences
(never part b's text). Phrasings written for this test, with the uses that must stay as they are next to them."""

from __future__ import annotations

import pytest

from event_helpers import events, police_labels, police_rules, show


_labels, _rules = police_labels, police_rules


# -- repair 158: "On Monday police opened fire ...": a fronted time phrase with no comma swallowing the doer --------
@pytest.mark.parametrize("text, want", [
    ("On Monday police opened fire on the protesters at the toll plaza, killing two.", {"kill", "force"}),
    ("On Tuesday police lathi-charged the agitating teachers at the collectorate.", {"force"}),
    ("On Saturday evening constables beat up the striking loaders at the depot.", {"force"}),
    ("on wednesday police shot dead a wanted dacoit near the canal in etah.", {"kill", "force"}),
    ("On Thursday officers of the anti-riot unit fired tear gas at the traders in Kisumu.", {"force"}),
])
def test_a_fronted_day_without_comma_keeps_the_police_as_doer(pipe, text, want):
    for t in (text, text.lower()):
        got = _labels(pipe, t) - {"arrest"}
        assert got == want, (t, got, _rules(pipe, t))


@pytest.mark.parametrize("text", [
    "On Monday police arrested four men for the robbery of a jeweller in Hapur.",
    "on friday cops detained six youths after the clash at the fair.",
])
def test_a_fronted_day_without_comma_keeps_the_arresting_police(pipe, text):
    for t in (text, text.lower()):
        got = _labels(pipe, t)
        assert "arrest" in got, (t, got, _rules(pipe, t))


@pytest.mark.parametrize("text", [
    # the police are the victims: the doer is someone else
    "On Monday militants opened fire on a police picket in Kupwara, killing a constable.",
    # the time phrase is old: history, not news
    "In 2009 police opened fire on the marchers in the same square.",
    # police only watch or talk
    "On Sunday police stood by as the rival groups traded insults.",
    "On Tuesday police said the situation in the town was under control.",
])
def test_a_fronted_day_without_comma_adds_no_false_police_act(pipe, text):
    for t in (text, text.lower()):
        got = _labels(pipe, t) - {"arrest"}
        assert not got, (t, got, _rules(pipe, t))


# -- history: a participle after a dated clause shares its date ("In 2010, police fired ..., *killing* three") -------
@pytest.mark.parametrize("text", [
    "In 1989, police opened fire on protesters in the main square, killing dozens.",
    "In 2010, police fired on the crowd outside the mill, killing three workers.",
    "in 2011, policemen opened fire on the mourners in the town, killing two youths.",
    "In 2004, the police fired on striking miners at the shaft, wounding eleven.",
])
def test_a_participle_after_an_old_dated_clause_is_history(pipe, text):
    for t in (text, text.lower()):
        got = _labels(pipe, t) - {"arrest"}
        assert not got, (t, got, _rules(pipe, t))


@pytest.mark.parametrize("text", [
    "Police opened fire on the crowd on Monday, killing three men who had been jailed in 2010.",
    "police fired on the marchers in dhaka on sunday, killing four, officials said.",
    "Security forces opened fire on the rally in Bahir Dar, killing two, a year after the 2012 unrest.",
])
def test_a_participle_of_a_current_firing_stays_a_killing(pipe, text):
    for t in (text, text.lower()):
        got = _labels(pipe, t)
        assert {"kill", "force"} <= got, (t, got, _rules(pipe, t))


# -- a clock time is no year: "(1200 GMT)" does not make the clause history (lead, session 25) ---------------------
CLOCK_TIMES = [
    "A car bomb parked outside the market in Kirkuk exploded around noon (1100 GMT), killing four people.",
    "The truck bomb went off at the checkpoint at about 1430 GMT, killing two soldiers.",
    "Gunmen attacked the convoy near Gao at 0930 local time, killing three peacekeepers.",
]


@pytest.mark.parametrize("text", CLOCK_TIMES)
def test_a_clock_time_does_not_make_the_killing_history(pipe, text):
    evs = events(pipe, text)
    # the killing is an event of its own, or (since session 34, round p1967) the coded attack's result, with the
    # killed as its target; either way it is not dropped as history
    assert any(e.cameo.startswith(("18", "19", "20")) and e.status == "asserted" and e.trigger is not None and (
        e.trigger.text == "killing" or e.target is not None and e.target.text.split()[-1] in ("people", "soldiers",
                                                                                           "peacekeepers"))
               for e in evs), show(evs)
