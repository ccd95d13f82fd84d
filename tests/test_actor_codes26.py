"""Session 26 (branch ac26, issue 10): actor codes of events. A counterpart's nationality is not the other side's; a
group's leaders by its name take the group's codes; a named journalist takes the article's country; leaders of the
1980s in the dictionary. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_helpers import events, show


def _source(evs, trigger):
    found = [e for e in evs if e.trigger is not None and e.trigger.text == trigger and e.source is not None]
    assert found, show(evs)
    return found[0].source


@pytest.mark.parametrize("text, trigger, country", [
    ("NEW DELHI - The Prime Minister met his Japanese counterpart in Tokyo on Monday.", "met", "IND"),
    ("TOKYO - The foreign minister held talks with his Chinese counterpart.", "held", "JPN"),
    ("BRASILIA - The defence minister met her Argentine counterpart and signed a border pact.", "signed", "BRA"),
])
def test_counterpart_country_is_not_the_subjects(pipe, text, trigger, country):
    src = _source(events(pipe, text), trigger)
    assert src.country == country, (src.text, src.country, src.rule)


def test_counterpart_without_article_country_leaves_the_subject_uncoded(pipe):
    evs = events(pipe, "The Prime Minister met his Japanese counterpart on Monday and signed a trade pact.")
    for trig in ("met", "signed"):
        assert _source(evs, trig).country is None, show(evs)
    met = [e for e in evs if e.trigger is not None and e.trigger.text == "met"][0]
    assert met.target is not None and met.target.country == "JPN", show(evs)


@pytest.mark.parametrize("text, trigger, sector", [
    ("The opposition Popular Front said on Sunday it would boycott the vote. Popular Front leaders accused the "
     "election commission of fraud.", "accused", "OPP"),
    ("The opposition Unity Alliance won ten seats. Alliance officials accused the ruling party of intimidation.",
     "accused", "OPP"),
    ("The rebel Liberation Front seized two towns. Front leaders threatened to march on the capital.", "threatened",
     "REB"),
])
def test_a_groups_leaders_take_the_groups_sector(pipe, text, trigger, sector):
    src = _source(events(pipe, text), trigger)
    assert src.sector == sector, (src.text, src.sector, src.rule)


def test_leaders_of_a_ruling_coalition_stay_government(pipe):
    src = _source(events(pipe, "The ruling coalition won the vote. Coalition leaders praised the election commission."),
                  "praised")
    assert src.sector == "GOV", (src.text, src.sector, src.rule)


@pytest.mark.parametrize("text, role", [
    ("NAIROBI, Kenya - Journalist Otieno Wafula accused the police of beating protesters on Tuesday.", "source"),
    ("NAIROBI, Kenya - Police arrested journalist Otieno Wafula on Tuesday.", "target"),
    ("Kenyan police arrested three men in Nairobi. Kenya's government denied the claims. Kenya's opposition said "
     "Kenya must change. Reporter Otieno Wafula accused the police of torture.", "source"),
])
def test_named_journalist_takes_the_articles_country(pipe, text, role):
    evs = events(pipe, text)
    actors = [getattr(e, role) for e in evs if getattr(e, role) is not None and "Wafula" in getattr(e, role).text]
    assert actors and all(a.country == "KEN" and a.sector == "MED" for a in actors), show(evs)


@pytest.mark.parametrize("text, country", [
    ("NAIROBI, Kenya - BBC journalist Tom Hardy accused the police of beating protesters.", "GBR"),
    ("NAIROBI, Kenya - American journalist Tom Hardy accused the police of beating protesters.", "USA"),
])
def test_a_foreign_journalist_keeps_his_own_country(pipe, text, country):
    src = _source(events(pipe, text), "accused")
    assert src.country == country, (src.text, src.country, src.rule)


@pytest.mark.parametrize("text, name, country, sector", [
    ("Reagan imposed new tariffs on imported computer chips on Friday.", "Reagan", "USA", "GOV"),
    ("Prime Minister Yasuhiro Nakasone accused the opposition of blocking the budget.", "Nakasone", "JPN", "GOV"),
    ("Shultz urged Israel to accept the peace plan.", "Shultz", "USA", "GOV"),
    ("Finance Minister Gerhard Stoltenberg criticised the central bank's decision.", "Stoltenberg", "DEU", "GOV"),
])
def test_leaders_of_the_1980s(pipe, text, name, country, sector):
    evs = events(pipe, text, published="1987-04-10")
    srcs = [e.source for e in evs if e.source is not None and name in e.source.text]
    assert srcs and all((s.country, s.sector) == (country, sector) for s in srcs), show(evs)


def test_a_later_namesake_keeps_the_surname(pipe):
    evs = events(pipe, "Stoltenberg urged Russia to withdraw its troops.", published="2015-06-01")
    srcs = [e.source for e in evs if e.source is not None and "Stoltenberg" in e.source.text]
    assert srcs and all(s.country == "NAT" for s in srcs), show(evs)


def test_the_arabic_article_written_with_a_hyphen(pipe):
    evs = events(pipe, "The emir, Sheikh Hamad bin Khalifa al-Thani, accused Bahrain of meddling.", published="2005-03-01")
    src = _source(evs, "accused")
    assert (src.country, src.sector) == ("QAT", "GOV"), (src.text, src.country, src.rule)


@pytest.mark.parametrize("text", [
    "Al-Qaeda threatened new attacks on the United States.",
    "An al-Qaeda spokesman threatened to attack the embassy.",
])
def test_transnational_jihadists_are_img(pipe, text):
    src = _source(events(pipe, text), "threatened")
    assert (src.country, src.sector) == ("IMG", "INS"), (src.text, src.country, src.rule)
