"""Actors of events on unseen news (issue 10, session 24): a side's words ("Berisha's opponents", "China's critics",
"Russia's allies") do not take their possessor's codes in the event coder; a name introduced with a sector word ("the
ruling National Unity League", "the opposition People's Front") keeps its codes when repeated; a bare "the
administration" is the one the article named, else the dateline's; historical states (West and East Germany, the
Soviet Union, Yugoslavia, Czechoslovakia); a union local's officials. Each rule has its counter-case. Sentences and
articles written for this test."""

from __future__ import annotations

import pytest

from event_helpers import events, show


def source(evs, trigger):
    """(source text, country, sector) of the first event whose trigger is ``trigger``; None if no such event."""
    for e in evs:
        if e.trigger is not None and e.trigger.text == trigger:
            return e.source and (e.source.text, e.source.country, e.source.sector)
    return None


def codes_of(evs, trigger):
    s = source(evs, trigger)
    return s and s[1:]


# -- a side's words: opponents, rivals, critics, enemies, allies -----------------------------------------------------
@pytest.mark.parametrize("text,trigger,want", [
    # opponents of a person in office are his country's opposition; of an opposition figure, his country's only
    ("The king's opponents demanded his resignation.", "demanded", (None, "OPP")),
    ("The Iraqi prime minister's rivals threatened to leave the coalition.", "threatened", ("IRQ", "OPP")),
    ("Berisha's opponents accused the government of rigging the vote.", "accused", ("ALB", None)),
    # allies of a person: his country's, of no known sector (he leads a government, they need not)
    ("Maduro's allies praised the army for its loyalty.", "praised", ("VEN", None)),
])
def test_a_sides_words_take_the_side_not_the_possessor(pipe, text, trigger, want):
    evs = events(pipe, text)
    assert codes_of(evs, trigger) == want, show(evs)


@pytest.mark.parametrize("text,trigger,wrong", [
    ("China's critics condemned the arrest of the activist.", "condemned", "CHN"),
    ("Israel's enemies threatened to strike the city.", "threatened", "ISR"),
    ("Russia's allies rejected the Western proposal at the meeting.", "rejected", "RUS"),
    ("Apple's rivals cut their prices on Monday.", "cut", "USA"),
])
def test_a_country_or_company_is_not_its_critics_or_allies(pipe, text, trigger, wrong):
    evs = events(pipe, text)
    assert all(e.source is None or e.source.country != wrong for e in evs if e.trigger is not None
               and e.trigger.text == trigger), show(evs)


def test_the_possessor_s_name_is_not_the_opponents_name(pipe):
    evs = events(pipe, "Berisha's opponents accused the government of rigging the vote.")
    e = next(e for e in evs if e.trigger is not None and e.trigger.text == "accused")
    assert e.source is not None and e.source.name is None, show(evs)


@pytest.mark.parametrize("text,trigger,want", [
    # counter-cases: aides and supporters are still their principal's side; an appositive names the rival itself
    ("Netanyahu's aides rejected the report.", "rejected", ("ISR", "GOV")),
    ("Erdogan's supporters attacked the offices of the newspaper.", "attacked", ("TUR", "GOV")),
    ("Iran's regional rival, Saudi Arabia, condemned the attack.", "condemned", ("SAU", None)),
    ("Opponents of the government staged a rally in Caracas.", "staged", ("VEN", "OPP")),
])
def test_aides_supporters_and_named_rivals_keep_their_codes(pipe, text, trigger, want):
    evs = events(pipe, text)
    assert codes_of(evs, trigger) == want, show(evs)


# -- a name introduced with a sector word --------------------------------------------------------------------------
def test_a_ruling_party_s_name_keeps_its_codes_when_repeated(pipe):
    evs = events(pipe, "LUSAKA, May 2 - The ruling National Unity League expelled three members on Tuesday. A week "
                       "later the National Unity League accused the opposition of inciting violence.")
    assert codes_of(evs, "accused") == ("ZMB", "PTY"), show(evs)


def test_an_opposition_front_is_not_the_people(pipe):
    evs = events(pipe, "HARARE, June 3 (Reuters) - The opposition People's Front accused the police of torturing "
                       "its members. The People's Front also called for a general strike.")
    assert codes_of(evs, "accused") == ("ZWE", "OPP"), show(evs)
    assert codes_of(evs, "called") == ("ZWE", "OPP"), show(evs)


def test_a_name_with_no_sector_word_stays_uncoded(pipe):
    # counter-case: nothing said what the league is, so its repetition learns nothing
    evs = events(pipe, "LUSAKA, May 2 - The National Unity League expelled three members on Tuesday. A week "
                       "later the National Unity League accused the opposition of inciting violence.")
    assert codes_of(evs, "accused") in (None, (None, None)), show(evs)


# -- "the administration" -----------------------------------------------------------------------------------------
def test_the_administration_is_the_one_the_article_named(pipe):
    evs = events(pipe, "SEOUL, Feb 3 - North Korea fired two missiles on Tuesday. The Biden administration "
                       "condemned the launch. The administration warned Pyongyang against new tests.")
    assert codes_of(evs, "warned") == ("USA", "GOV"), show(evs)


def test_the_administration_takes_the_dateline_not_the_aid_receiver(pipe):
    evs = events(pipe, "WASHINGTON, Feb 3 - The administration asked Congress for more aid to Ukraine.")
    assert codes_of(evs, "asked") == ("USA", "GOV"), show(evs)


def test_an_administration_of_no_known_country_gives_no_guess(pipe):
    evs = events(pipe, "SEOUL, March 2 (Reuters) - The Zorvan administration urged North Korea to resume talks. "
                       "The administration warned Pyongyang against new tests.", "1987-03-02")
    assert codes_of(evs, "warned") in ((None, "GOV"), None), show(evs)


def test_the_administration_with_nothing_named_is_the_datelines(pipe):
    # counter-case: the dateline's when the article names no administration
    evs = events(pipe, "SEOUL, Feb 3 - North Korea fired two missiles on Tuesday. The administration condemned "
                       "the launch.")
    assert codes_of(evs, "condemned") == ("KOR", "GOV"), show(evs)


# -- historical states -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,trigger,want", [
    ("West Germany and France signed a new trade accord on Monday.", "signed", "DEU"),
    ("Soviet officials rejected the American proposal on Tuesday.", "rejected", "SUN"),
    ("The Soviet Union accused Pakistan of shelling Afghan villages.", "accused", "SUN"),
    ("East German police arrested two dissidents in East Berlin.", "arrested", "DDR"),
    ("Yugoslavia protested to Albania over the border incident.", "protested", "YUG"),
    ("Czechoslovakia expelled a British diplomat.", "expelled", "CSK"),
])
def test_historical_states_are_countries(pipe, text, trigger, want):
    evs = events(pipe, text, "1987-03-02")
    assert (codes_of(evs, trigger) or (None,))[0] == want, show(evs)


def test_a_former_soviet_republic_is_itself(pipe):
    # counter-case: "the former Soviet republic of Georgia" is Georgia
    evs = events(pipe, "The former Soviet republic of Georgia accused Russia of occupying its territory.")
    assert (codes_of(evs, "accused") or (None,))[0] == "GEO", show(evs)


# -- a union local -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "DETROIT, March 2 (Reuters) - The local's officials rejected the company's offer.",
    "DETROIT, March 2 (Reuters) - The union local's president accused the company of breaking the contract.",
])
def test_a_union_local_s_officials_are_not_the_government(pipe, text):
    evs = events(pipe, text, "1987-03-02")
    assert all(e.source is None or e.source.sector != "GOV" for e in evs), show(evs)


def test_local_officials_of_a_town_stay_government(pipe):
    evs = events(pipe, "DETROIT, March 2 - Local officials ordered the evacuation of the town after the flood.")
    assert any(e.source is not None and e.source.sector == "GOV" for e in evs), show(evs)
