"""A speaker named by the surname alone where the article gives the full name (session 26, round 40, issue 16;
quotes/full_name.py): the entity recogniser cuts a given name it does not know ('[Chikondi] Banda'), and a later
mention gives the surname alone ('Moyo said ...' after 'Tendai Moyo arrived'). Titles are never taken for given names,
and a surname two people in the article share keeps the surname. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from lapwing.pipeline import analyse
from lapwing.schema import Article


def _speakers(text: str) -> list[tuple[str, str | None]]:
    rec = analyse(Article(id="t", title="", text=text))
    return [(q.text, None if q.speaker is None else q.speaker.name) for q in rec.quotes]


def _name_of(text: str, content: str) -> str | None:
    got = [name for t, name in _speakers(text) if t.startswith(content)]
    assert got, (content, _speakers(text))
    return got[0]


@pytest.mark.parametrize("text, content, name", [
    # the full name in the speaker's own words, the recogniser keeping the surname only
    ("Malawi's health minister, Chikondi Banda, who toured the clinic on Tuesday, said in a statement that Lilongwe "
     "had enough vaccines.", "Lilongwe had enough vaccines", "Chikondi Banda"),
    # the full name in an earlier sentence, the speaker the surname alone
    ("Zimbabwe's foreign minister, Tendai Moyo, arrived in Lusaka on Monday. Moyo said the talks would go on.",
     "the talks would go on", "Tendai Moyo"),
    ("Tanzania's foreign minister, Neema Mushi, met the envoy on Tuesday. Later, Mushi said the two countries would "
     "reopen the border.", "the two countries would reopen", "Neema Mushi"),
    # a station named after its country, in the speaker's own words
    ("Radio Kenya reported the fighting on Monday. Kenya said the border would stay closed.",
     "the fighting on Monday", "Radio Kenya"),
    # a title before the full name is not part of it
    ("Speaker Mpho Dube arrived in the chamber on Monday. Dube said the session would resume.",
     "the session would resume", "Mpho Dube"),
])
def test_surname_speaker_takes_the_full_name_the_article_gives(text, content, name):
    assert _name_of(text, content) == name


@pytest.mark.parametrize("text, content, name", [
    # two people share the surname: which one is not said
    ("Tendai Moyo and Farai Moyo arrived on Monday. Moyo said the talks would go on.", "the talks would go on",
     "Moyo"),
    # the surname runs on into a longer name ('the Joseph Okafor Family Trust'): no full name of a person
    ("She advises the Joseph Okafor Family Trust. On Monday Okafor said the fund would grow.", "the fund would grow",
     "Okafor"),
    # titles are not given names
    ("Foreign Minister Moyo said the talks would go on.", "the talks would go on", "Moyo"),
    ("President Ochieng said the roads were safe.", "the roads were safe", "Ochieng"),
    # a country's name is never a surname: an earlier 'Radio Kenya' does not name the country
    ("Radio Kenya reported the fighting on Monday. Kenya said the border would stay closed.",
     "the border would stay closed", "Kenya"),
])
def test_surname_speaker_keeps_the_surname_without_one_full_name(text, content, name):
    assert _name_of(text, content) == name
