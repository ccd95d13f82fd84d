"""The speaker's next cue joined to the first by 'and' (session 24, round 33, issue 16, ``quotes/next_cue.py``):

- a cue right after a short quote that does not close with a comma ('condemned X as "..." and urged Y to ...') is the
  next verb of the quote's own clause, not the quote's cue; the appeal after it is a quote of its own;
- 'to free X' read as a preposition and an adjective after the hearer is still the appeal's infinitive;
- an object cue after a reported clause in a modal, the present, the passive or the progressive ('said 40 people had
  been detained and accused X of ...') is the speaker's own cue, not the reported clause's words; a clause in the
  same tense ('said the rebels had shelled the town and accused ...') stays one content (the reported subject may be
  the one accusing);
- an appeal whose to-clause holds the quoted words ('called on the army to "refuse unlawful orders"') reports the
  whole to-clause with its hearer, not the quoted words alone;
- an object's content keeps the quotation marks of its quoted words ('condemned "any attempt ..."')."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, run, no_actors  # noqa: F401 (fixtures)


def _find(quotes, cue_start):
    return [q for q in quotes if q.cue and q.cue.lower().startswith(cue_start)]


@pytest.mark.parametrize("text, first, second, speaker", [
    ('The rebel commander condemned the arrests as "an act of war" and urged the guards to release the prisoners '
     'before dawn.', 'the arrests as "an act of war"', "the guards to release the prisoners before dawn",
     "The rebel commander"),
    ('Senator Paulo Reis criticised the budget as "a betrayal of the poor" and urged parliament to reject it on '
     'Tuesday.', 'the budget as "a betrayal of the poor"', "parliament to reject it on Tuesday", "Paulo Reis"),
    ('Former defence minister Ilse Varga, who has lived in Vienna since her dismissal, denounced the verdict as '
     '"a political farce" and urged the judges to free the jailed mayor.', 'the verdict as "a political farce"',
     "the judges to free the jailed mayor", "Ilse Varga"),
])
def test_cue_after_a_short_quote_and_and_is_the_next_appeal(nlp, no_actors, text, first, second, speaker):
    """'"..." and urged': 'urged' is not the quote's cue; it gives the speaker's second quote."""
    qs = run(nlp, text)
    obj = [q for q in qs if q.text == first]
    urged = _find(qs, "urge")
    assert obj and speaker in obj[0].speaker.text
    assert urged and urged[0].text == second and speaker in urged[0].speaker.text


@pytest.mark.parametrize("text, content, speaker", [
    ("The exiled general condemned the coup and urged the soldiers to free President Aman Teklu, who is held in the "
     "capital.", "the soldiers to free President Aman Teklu", "The exiled general"),
    ("Bishop Carla Mendes urged the guards to free the hostages and called for calm.",
     "the guards to free the hostages", "Carla Mendes"),
])
def test_to_free_read_as_an_adjective_is_the_appeal(nlp, no_actors, text, content, speaker):
    qs = _find(run(nlp, text), "urge")
    assert qs and qs[0].text == content and speaker in qs[0].speaker.text


@pytest.mark.parametrize("text, first, second, speaker", [
    ("Health Minister Ama Owusu said the clinics were running out of fuel and accused the power company of cutting "
     "supplies.", "the clinics were running out of fuel", "the power company of cutting supplies", "Ama Owusu"),
    ("The governor said the curfew would stay in force until Sunday and accused the opposition of stirring up the "
     "crowds.", "the curfew would stay in force until Sunday", "the opposition of stirring up the crowds",
     "The governor"),
    ('The labour minister said the strike would cost millions and accused the union of "holding the country '
     'hostage".', "the strike would cost millions", 'the union of "holding the country hostage"',
     "The labour minister"),
])
def test_object_cue_after_a_reported_clause_in_another_tense(nlp, no_actors, text, first, second, speaker):
    """The reported clause ends before 'and accused'; the accusation is the speaker's own quote."""
    qs = run(nlp, text)
    said = _find(qs, "sa")
    acc = _find(qs, "accus")
    assert said and said[0].text == first
    assert acc and acc[0].text == second and speaker in acc[0].speaker.text


@pytest.mark.parametrize("text", [
    "The spokesman said the rebels had shelled the town and accused the army of shooting civilians.",
    "Police said the crowd had stormed the ministry and demanded the minister's resignation.",
    "The mayor said the protesters had blocked the bridge and attacked the police with stones.",
])
def test_same_tense_clause_stays_one_content(nlp, no_actors, text):
    """In the same tense the reported subject may be the one accusing: one content, no second quote."""
    qs = run(nlp, text)
    assert len(qs) == 1 and qs[0].text.endswith(text.rstrip(".").split(" and ")[-1])


@pytest.mark.parametrize("text, content, speaker", [
    ('The union leader called on the workers to "hold the line" and urged the employers to return to the table.',
     'the workers to "hold the line"', "The union leader"),
    ('The cardinal called on both camps to "put down their weapons" and urged the faithful to pray for peace.',
     'both camps to "put down their weapons"', "The cardinal"),
    ('The bishop called on soldiers "not to fire on their brothers" and urged calm.',
     'soldiers "not to fire on their brothers"', "The bishop"),
])
def test_appeal_with_quoted_infinitive_keeps_its_hearer(nlp, no_actors, text, content, speaker):
    qs = _find(run(nlp, text), "call")
    assert qs and qs[0].text == content and qs[0].kind == "indirect" and speaker in qs[0].speaker.text


@pytest.mark.parametrize("text, content", [
    ('The regional bloc condemned "any attempt to seize the palace by force".',
     '"any attempt to seize the palace by force"'),
    ('The group, which met in Abuja on Friday, condemned "any attempt to take power by force" and called for calm.',
     '"any attempt to take power by force"'),
    ('In Lagos, the opposition alliance rejected “every plan to delay the vote again” on Monday.',
     '“every plan to delay the vote again”'),
])
def test_object_content_keeps_its_quotation_marks(nlp, no_actors, text, content):
    assert content in [q.text for q in run(nlp, text)]


# -- a claim in a relative clause (``quotes/relative_cue.py``, rule ``indirect:relative``) ----------------------------

@pytest.mark.parametrize("text, content, speaker", [
    ("Lawmakers passed the bill in a sitting the opposition says was held without a quorum.",
     "was held without a quorum", "the opposition"),
    ("The mayor is charged over a speech that his party says was taken out of context.",
     "was taken out of context", "his party"),
    ("The president is seeking a fourth term that the opposition says the charter forbids.",
     "the charter forbids", "the opposition"),
])
def test_claim_in_a_relative_clause(nlp, no_actors, text, content, speaker):
    """'a sitting [the opposition says] was held ...': the rest of the relative clause is the cue subject's claim."""
    qs = [q for q in run(nlp, text) if q.rule == "indirect:relative"]
    assert qs and qs[0].text == content and qs[0].speaker.text == speaker


@pytest.mark.parametrize("text, content", [
    ("The letters he claimed were written by his grandfather turned out to be forgeries.",
     "were written by his grandfather"),
    ("The photographs she said were family heirlooms turned out to be museum prints.", "were family heirlooms"),
])
def test_claim_in_a_subject_relative_clause_stops_before_the_main_verb(nlp, no_actors, text, content):
    """'The letters he claimed [were written by ...] turned out ...': the claim ends before the sentence's own verb."""
    qs = [q for q in run(nlp, text) if q.cue in ("claimed", "said")]
    assert qs and qs[0].text == content


@pytest.mark.parametrize("text", [
    "The minister who said the plan would fail has resigned.",
    "Reporters asked about the letter that the envoy said he had sent.",
])
def test_relative_clause_that_is_no_claim_about_the_noun(nlp, no_actors, text):
    """A relative clause whose cue has a clause of its own ('who said the plan would fail', 'that ... said he had
    sent') is no claim with a gap read by this rule."""
    assert not [q for q in run(nlp, text) if q.rule == "indirect:relative"]


@pytest.mark.parametrize("text, content", [
    ("The talks, which officials said would resume on Monday, were suspended.", "would resume on Monday"),
    ("The Green party, which says the mine will poison the river, has filed a lawsuit.",
     "the mine will poison the river"),
    ("The farmers' union, which argued that the tariffs were unfair, has called a strike for Friday.",
     "the tariffs were unfair"),
])
def test_claim_in_a_relative_clause_ends_with_it(nlp, no_actors, text, content):
    """A claim in a relative clause set off by commas ends with that clause, not with the sentence."""
    assert content in [q.text for q in run(nlp, text)]
