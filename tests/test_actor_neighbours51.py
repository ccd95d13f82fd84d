"""A bare "the government" beside its neighbours' names is the article's main country's (issue 10, session 28,
round 51; ``events/neighbours.py``, ``actor_context.sentence_country``, rule ``+main-country``).

"The government imposed a curfew and closed the land borders with Guinea and Liberia" in a story from Freetown: the
neighbours are the partners of the closure, and "the government" (no country word, no possessor) is Sierra Leone's.
Before, two countries in the sentence left it without a country, and one ("the border with Togo", "arms from
Somalia") gave it that country. The rule takes the main country only when every country of the sentence hangs below
the body's own clause as an object, a partner or a destination. Counter-cases: a country that is a subject
("Liberia said the government would ..."), a body placed in a city of another country ("the government in Lome"),
a fronted place ("In Monrovia, the government ..."), a country the body is in ("the army killed militants in
northern Mali" from Paris). Sentences written for this test."""

from __future__ import annotations

import pytest

from lapwing.schema import Article

#: a lead sentence that sets the article's main country by its dateline
_LEADS = {
    "SLE": "FREETOWN, Dec 5 (Reuters) - Sierra Leone's parliament met in an emergency session on Friday. ",
    "GHA": "ACCRA, May 2 (Reuters) - Ghana's parliament passed the budget on Friday. ",
    "MLI": "BAMAKO, Jan 9 (Reuters) - Mali's transitional council extended its mandate on Monday. ",
    "KEN": "NAIROBI, June 3 (Reuters) - Kenya's president opened a new railway line on Monday. ",
    "PER": "LIMA, April 7 (Reuters) - Peru's congress approved a new cabinet on Tuesday. ",
    "VNM": "HANOI, Oct 4 (Reuters) - Vietnam's prime minister toured the northern provinces on Monday. ",
    "UGA": "KAMPALA, Oct 4 (Reuters) - Uganda's parliament debated the budget on Monday. ",
    "FRA": "PARIS, Feb 1 (Reuters) - France's parliament debated the budget on Monday. ",
}


def _sources(pipe, main: str, sentence: str, head: str) -> list[tuple]:
    text = _LEADS[main] + sentence
    rec = pipe.analyse(Article(id="t", text=text, published="2024-03-05"))
    at = len(_LEADS[main])
    return [(e.cameo, e.source.country, e.source.sector) for e in rec.events
            if e.source is not None and e.sentence.start >= at - 1 and (e.source.text or "").lower().endswith(head)]


@pytest.mark.parametrize("main, sentence, head, sector", [
    # two neighbours as the partners of a closure, in a second conjunct
    ("SLE", "The government imposed a curfew across the capital and closed the land borders with Guinea and Liberia.",
     "government", "GOV"),
    # one neighbour as the partner: before, it gave the body its own country
    ("GHA", "The government closed its border with Togo on Sunday.", "government", "GOV"),
    # neighbours named as places near the act
    ("MLI", "The army attacked militants near the border with Niger and Burkina Faso.", "army", "MIL"),
    # a country the arrested men's arms came from
    ("KEN", "The police arrested two men suspected of smuggling guns from Somalia.", "police", "COP"),
    # partners of "with"
    ("PER", "The government signed a trade agreement with Chile and Bolivia on Wednesday.", "government", "GOV"),
    # destinations of a verb the body's verb controls
    ("VNM", "The government decided to suspend all flights to China and Laos.", "government", "GOV"),
    # an object and a second conjunct naming the other state's capital
    ("UGA", "The authorities expelled a diplomat from Rwanda and accused Kigali of spying.", "authorities", "GOV"),
])
def test_a_bare_body_beside_neighbours_is_the_articles(pipe, main, sentence, head, sector):
    got = _sources(pipe, main, sentence, head)
    assert got, "no event with the bare body as its source"
    assert all(c == main and s == sector for _, c, s in got), got


@pytest.mark.parametrize("main, sentence, head", [
    # a country that is the subject of the reporting clause: the body may be that country's
    ("SLE", "Liberia said the government would close its border with Guinea.", "government"),
    # a fronted place of another country
    ("SLE", "In Monrovia, the government closed its border with Guinea on Tuesday.", "government"),
])
def test_a_bare_body_does_not_take_the_main_country_otherwise(pipe, main, sentence, head):
    got = _sources(pipe, main, sentence, head)
    assert got, "no event with the bare body as its source"
    assert all(c != main for _, c, _ in got), got


def test_a_body_placed_in_another_capital_keeps_that_country(pipe):
    # "the government in Lome" is Togo's, whatever the article's main country
    text = ("ACCRA, May 2 (Reuters) - Ghana's president met Togo's leader on Monday. The government in Lome closed its "
            "border with Benin on Tuesday.")
    rec = pipe.analyse(Article(id="t", text=text, published="2024-03-05"))
    got = [(e.cameo, e.source.country) for e in rec.events if e.source is not None
           and "government" in (e.source.text or "")]
    assert got and all(c == "TGO" for _, c in got), got


def test_a_country_the_army_is_in_is_not_a_neighbour(pipe):
    # "in northern Mali": the army may be Mali's; a story from Paris does not make it French
    got = _sources(pipe, "FRA", "The army killed 20 militants in northern Mali on Sunday.", "army")
    assert got and all(c != "FRA" for _, c, _ in got), got
