"""Where a quote's content starts and ends (session 27, round 44, branch q46, issue 16): an appeal whose hearer and
infinitive are parted by the writer's channel or time ('called on X in a televised address on Monday to "..."'), an
accusation whose object the parser read as a complement ('accused X of promoting "..."'), a told-that clause the parser
hung on the hearer before the writer's ', hours after ...', and a closing cue clause followed by the writer's 'in what
it called ...'. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, run, no_actors, quote_starting  # noqa: F401 (fixtures)


_one = quote_starting


# -- an appeal parted from its hearer by the writer's channel or time (quotes/objects.py) --------------------------

@pytest.mark.parametrize("text, content, speaker", [
    ('Prime Minister Lena Varga called on the police in a televised speech on Sunday to "protect every polling '
     'station".', "protect every polling station", "Lena Varga"),
    ('The archbishop urged worshippers at a packed mass in Krakow on Easter morning to "pray for the victims".',
     "pray for the victims", "archbishop"),
    ("Governor Tomas Okafor asked residents in a radio address late on Monday to stay off the roads.",
     "stay off the roads", "Tomas Okafor"),
    ("Mayor Sofia Brandt called on the unions at a news conference on Tuesday to end the strike.",
     "end the strike", "Sofia Brandt"),
])
def test_appeal_past_the_channel_is_the_action_asked(nlp, no_actors, text, content, speaker):
    q = _one(run(nlp, text), content)
    assert q.text == content and q.kind == "indirect"
    assert q.speaker is not None and speaker in q.speaker.text


@pytest.mark.parametrize("text, content", [
    # controls: the place belongs to the hearer; nothing between the hearer and 'to'; the channel after the clause
    ("Ruiz urged voters in Tucson to reject the measure.", "voters in Tucson to reject the measure"),
    ("The union urged its members to strike on Monday.", "its members to strike on Monday"),
    ('Senator Ivo Marić called on the government to "act now" in a speech on Friday.', "the government to"),
    # a time alone between the hearer and 'to'
    ("Mendes called on the army on Monday to stay in its barracks.", "the army on Monday to stay in its barracks"),
])
def test_appeal_controls_start_at_the_hearer(nlp, no_actors, text, content):
    assert _one(run(nlp, text), content)


# -- 'accused X of ...' with the object read as a complement (quotes/objects.py) -----------------------------------

@pytest.mark.parametrize("text, content, speaker", [
    ('The president accused Ortega of promoting "a coup disguised as a reform".',
     'Ortega of promoting "a coup disguised as a reform"', "president"),
    ('The mayor accused the governor of blocking "every road out of the city".',
     'the governor of blocking "every road out of the city"', "mayor"),
    ('The minister accused Kiev of preparing "a dirty bomb".', 'Kiev of preparing "a dirty bomb"', "minister"),
    ('The senator accused Lindqvist of promoting "a dangerous plan".', 'Lindqvist of promoting "a dangerous plan"',
     "senator"),
    ('The president accused Castillo of staging "a farce".', 'Castillo of staging "a farce"', "president"),
    ('The ministry accused Oslo of staging "a propaganda show".', 'Oslo of staging "a propaganda show"', "ministry"),
    # (read right before too)
    ('Chancellor Petra Holm accused Moller of spreading "dangerous lies about the budget".',
     'Moller of spreading "dangerous lies about the budget"', "Petra Holm"),
    ('Rivera accused her rival of hiding "millions in offshore accounts".',
     'her rival of hiding "millions in offshore accounts"', "Rivera"),
])
def test_accusation_keeps_whom_and_of_what(nlp, no_actors, text, content, speaker):
    qs = run(nlp, text)
    q = _one(qs, content)
    assert q.text == content and q.kind == "indirect"
    assert q.speaker is not None and speaker in q.speaker.text
    assert len(qs) == 1, [x.text for x in qs]  # the gerund inside gives no quote of its own


def test_whole_quoted_object_keeps_its_marks(nlp, no_actors):
    qs = run(nlp, 'The ministry condemned "any attempt to seize power".')
    assert [q.text for q in qs] == ['"any attempt to seize power"']


# -- 'told X that A, hours after B' (quotes/reported.py) -----------------------------------------------------------

@pytest.mark.parametrize("text, content, speaker", [
    ("Kenya's President Daniel Mwangi on Monday told the country's police chiefs that the riots had been "
     '"contained", hours after protesters burned two buses in Nairobi.', 'the riots had been "contained"',
     "Daniel Mwangi"),
    ("The governor told lawmakers that the dam was safe, days after engineers found cracks in its wall.",
     "the dam was safe", "governor"),
    ("Colonel Rui Sanches told his officers that the revolt had been put down, shortly after loyal troops retook "
     "the airport.", "the revolt had been put down", "Rui Sanches"),
])
def test_told_that_ends_before_the_writers_when(nlp, no_actors, text, content, speaker):
    q = _one(run(nlp, text), content)
    assert q.text == content
    assert q.speaker is not None and speaker in q.speaker.text


def test_bare_after_may_be_the_speakers(nlp, no_actors):
    # control: ', after ...' with no time span before it stays in the content
    q = _one(run(nlp, "The minister told reporters that the talks had collapsed, after the envoys left the city."),
             "the talks had collapsed")
    assert q.text.endswith("left the city")


# -- 'A, X said, in what it called ...' (quotes/cue_after.py, quotes/reported.py) --------------------------------

@pytest.mark.parametrize("text, content, speaker", [
    ("Governor Alvarez visited the flooded towns in Sonora on Sunday, her spokesman said, in what he called an "
     "effort to reassure farmers.", "Governor Alvarez visited the flooded towns in Sonora on Sunday", "spokesman"),
    ("King Harald pardoned the two journalists on Friday, the palace said, in what officials called a sign of "
     "change.", "King Harald pardoned the two journalists on Friday", "palace"),
    ("The army freed 40 prisoners on Sunday, the defence ministry said, in what it described as a goodwill gesture.",
     "The army freed 40 prisoners on Sunday", "defence ministry"),
])
def test_closing_cue_before_a_what_phrase(nlp, no_actors, text, content, speaker):
    qs = run(nlp, text)
    q = _one(qs, content)
    assert q.text == content and q.kind == "indirect"
    assert q.speaker is not None and speaker in q.speaker.text
    assert not [x for x in qs if x.text.startswith("in what")]


@pytest.mark.parametrize("text, name", [
    ("Governor Alvarez visited the flooded towns in Sonora on Sunday, her spokesman said, in what he called an "
     "effort to reassure farmers.", "an effort to reassure farmers"),
    ("King Harald pardoned the two journalists on Friday, the palace said, in what officials called a sign of "
     "change.", "a sign of change"),
])
def test_what_it_called_gives_the_name_not_an_appeal(nlp, no_actors, text, name):
    qs = [q for q in run(nlp, text) if q.text.startswith(name)]
    assert qs and qs[0].rule == "indirect:object" and qs[0].text == name


def test_appeal_with_two_quotations_keeps_their_marks(nlp, no_actors):
    # the action asked in two quotations joined by the writer's words: the marks stay with the words they hold
    q = _one(run(nlp, "Mayor Ines Duarte urged her voters at a rally in Porto to \u201cgo to the polls early\u201d and "
                      "then \u201cstay until the count is done\u201d."), "\u201cgo to the polls early\u201d")
    assert q.speaker is not None and "Ines Duarte" in q.speaker.text
