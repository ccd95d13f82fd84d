"""Event coder, session 28 round 49 (issue 10): collective and formation heads. "Protesters hurled stones *at lines of
officers*", "*Rows of* soldiers fired on the crowd", "a *cordon of* riot police": the head word only groups the people
of its "of" phrase, who are the actor (country and sector) as a source and as a target; the event's words stay the
whole phrase ("lines of officers"). Sentences written for this test, in several phrasings and countries, with uses of
the same words that must stay as they are ("a line of credit", "rows of houses", "a group of lawyers").

- ``participants.COLLECTIVE_HEADS`` now holds formation words (line, row, rank, cordon, phalanx, ...) and
  ``participants.collective_content`` gives the words they stand for, read by the argument lookup
  (``Participants._collective``), by a frame's ``src=`` condition (``frames._collective_of``) and by the plain force
  word read through the article (``context_force``: "lines of *officers*" after the article named the police);
- the actor extractor reads the same formation words like a quantity (``actors.common.FORMATIONS``, joined to
  ``QUANTITIES``): the mention is "lines of Serbian police", coded as the police, as "dozens of soldiers" was;
- ``throw_at`` / ``hurl_at`` also take the at-phrase the parse hangs on the object ("hurled [bottles *at* ...]");
- ``fire_at_protest``: a crowd firing stones, fireworks or arrows at someone is a violent protest (145), only with
  someone aimed at; riot-control rounds ("rubber bullets", "tear gas canisters") stay force (175).
"""

from __future__ import annotations

import pytest

from event_helpers import events as _events, hits, show, with_root


# -- a collective head as the source --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, root, country, sector, words", [
    ("Rows of Georgian soldiers fired on the crowd.", "19", "GEO", "MIL", "Rows of Georgian soldiers"),
    ("A column of Ethiopian soldiers fired on the demonstrators.", "19", "ETH", "MIL", "A column of Ethiopian soldiers"),
    ("A cordon of Kenyan police fired tear gas at the students.", "17", "KEN", "COP", "A cordon of Kenyan police"),
    ("Lines of riot police fired tear gas at the marchers.", "17", None, "COP", "Lines of riot police"),
    ("Rows of soldiers fired on the crowd.", "19", None, "MIL", "Rows of soldiers"),
    # (a capitalised formation word opening the sentence, tagged as a name: the actor extractor's reading)
    ("Ranks of Chilean riot police fired tear gas at the crowd.", "17", "CHL", "COP", "Ranks of Chilean riot police"),
])
def test_collective_head_source_is_its_people(pipe, text, root, country, sector, words):
    evs = _events(pipe, text)
    got = [e for e in with_root(evs, root) if e.source is not None and e.source.sector == sector
           and e.source.country == country]
    assert got, show(evs)
    assert got[0].source.text == words, show(evs)


def test_collective_source_meets_a_frame_source_condition(pipe):
    # "src=@protester" of throw_at holds for "rows of protesters": the head word is no protester itself
    evs = _events(pipe, "Rows of protesters threw stones at the police.")
    assert hits(evs, "145", source="Rows of protesters", target="police"), show(evs)


# -- a collective head as the target --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, country, sector, words", [
    ("Protesters threw stones at a cordon of Georgian riot police.", "GEO", "COP", "a cordon of Georgian riot police"),
    ("Demonstrators hurled bottles at a cordon of riot police.", None, "COP", "a cordon of riot police"),
    ("Students threw rocks at lines of Serbian police.", "SRB", "COP", "lines of Serbian police"),
    ("Youths hurled eggs at ranks of Armenian troops.", "ARM", "MIL", "ranks of Armenian troops"),
    ("Protesters in Lima hurled bottles at a line of police.", None, "COP", "a line of police"),
])
def test_collective_head_target_is_its_people(pipe, text, country, sector, words):
    evs = _events(pipe, text)
    got = [e for e in with_root(evs, "14") if e.target is not None and e.target.sector == sector
           and e.target.country == country]
    assert got and got[0].target.text == words, show(evs)


def test_collective_of_force_word_takes_the_article_police(pipe):
    text = "Bolivian riot police cleared the square on Monday. Later, protesters hurled stones at lines of officers."
    evs = _events(pipe, text)
    assert hits(evs, "145", source="protesters", target="lines of officers", tcountry="BOL"), show(evs)
    assert [e.target.sector for e in hits(evs, "145", target="lines of officers")] == ["COP"], show(evs)


def test_a_crowd_throwing_at_someone_does_not_take_the_target_country(pipe):
    # the at-phrase is the target's: the youths are not Armenian for being near "Armenian troops"
    evs = _events(pipe, "Youths hurled eggs at ranks of Armenian troops.")
    assert [e.source.country for e in with_root(evs, "14") if e.source is not None] == [None], show(evs)


# -- firing what is no weapon -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, target", [
    ("Rioters fired arrows at rows of soldiers.", "rows of soldiers"),
    ("Protesters fired fireworks at the police.", "the police"),
    ("Demonstrators fired stones at Turkish soldiers from slingshots.", "Turkish soldiers"),
])
def test_a_crowd_firing_stones_or_arrows_is_a_violent_protest(pipe, text, target):
    evs = _events(pipe, text)
    assert hits(evs, "145", target=target), show(evs)


@pytest.mark.parametrize("text, root", [
    ("Police fired rubber bullets at the protesters.", "175"),
    ("Riot police fired tear gas canisters at the students.", "175"),
])
def test_riot_rounds_stay_force(pipe, text, root):
    evs = _events(pipe, text)
    assert with_root(evs, root) and not with_root(evs, "14"), show(evs)


@pytest.mark.parametrize("text", [
    "Protesters fired fireworks into the night sky.",  # no one aimed at
    "Soldiers fired stones at the protesters.",  # no crowd
])
def test_firing_with_no_target_or_no_crowd_is_no_protest(pipe, text):
    assert not with_root(_events(pipe, text), "14")


# -- controls: the same words that are no collective of people ------------------------------------------------------
@pytest.mark.parametrize("text, words", [
    ("The bank extended a line of credit to Ghana.", "line of credit"),
    ("Rows of houses were destroyed by the storm.", "Rows of houses"),
    ("The army deployed rows of tanks along the border.", "rows of tanks"),
])
def test_collective_words_of_things_are_no_actor(pipe, text, words):
    evs = _events(pipe, text)
    assert not any(a is not None and words in a.text for e in evs for a in (e.source, e.target)), show(evs)


def test_group_of_people_keeps_its_own_coding(pipe):
    evs = _events(pipe, "A group of Nigerian lawyers sued the government.")
    assert hits(evs, "115", source="A group of Nigerian lawyers", country="NGA"), show(evs)
    assert [e.source.sector for e in with_root(evs, "11")] == ["JUD"], show(evs)


# -- the actor mentions: a formation word is read like a quantity ("dozens of") -------------------------------------
@pytest.fixture(scope="module")
def actor_mentions(pipe):
    from lapwing.extract.actors import extract_actors
    from lapwing.extract.registry import Context
    from lapwing.schema import Article, ArticleRecord

    def run(text):
        art = Article(id="t", text=text)
        ctx = Context(doc=pipe.nlp(text), article=art, record=ArticleRecord(article=art), config={})
        extract_actors(ctx)
        return [(m.actor.text, m.actor.country, m.actor.sector) for m in ctx.data["actors"]]
    return run


@pytest.mark.parametrize("text, mention", [
    ("Students threw rocks at lines of Serbian police.", ("lines of Serbian police", "SRB", "COP")),
    ("Rows of Georgian soldiers fired on the crowd.", ("Rows of Georgian soldiers", "GEO", "MIL")),
    ("Youths hurled eggs at ranks of Armenian troops.", ("ranks of Armenian troops", "ARM", "MIL")),
    ("Groups of young men clashed with Nepalese police.", ("Groups of young men", None, "CVL")),
    ("A cordon of Kenyan police fired tear gas at the students.", ("A cordon of Kenyan police", "KEN", "COP")),
])
def test_formation_word_heads_the_actor_mention(actor_mentions, text, mention):
    assert mention in actor_mentions(text), actor_mentions(text)


@pytest.mark.parametrize("text, words", [
    ("The bank extended a line of credit to Ghana.", "line of credit"),
    ("Rows of houses were destroyed by the storm.", "Rows of houses"),
    ("A convoy of Turkish trucks crossed the border.", "convoy"),
])
def test_formation_word_of_things_makes_no_mention(actor_mentions, text, words):
    assert not any(words in m[0] for m in actor_mentions(text)), actor_mentions(text)
