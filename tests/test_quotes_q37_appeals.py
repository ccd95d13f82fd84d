"""Appeals and their speakers in the sentence shapes the example articles still missed (session 25, round 37,
issue 16): a short adverbial between 'and' and the next appeal, a third main verb after a 'whose' clause, a cue
participle after an appeal's to-clause, and a main clause the parser hung inside a fronted 'In a video posted on
...' phrase. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, run, no_actors  # noqa: F401 (fixtures)


def _by_cue(quotes):
    return {q.cue: (q.text, None if q.speaker is None else q.speaker.text) for q in quotes if q.kind == "indirect"}


def _cue(got, prefix):
    found = [v for k, v in got.items() if k.lower().startswith(prefix)]
    assert found, (prefix, got)
    return found[0]


@pytest.mark.parametrize("text, content, speaker", [
    ('Opposition chief Mara Veld rejected the verdict as "a sham" and late on Monday urged her followers to march '
     'on the palace.', "her followers to march on the palace", "Mara Veld"),
    ('Senator Ivo Rask dismissed the report as "pure fiction" and on Tuesday called on the cabinet to resign.',
     "the cabinet to resign", "Rask"),
    ('The union described the offer as "an insult" and then urged its members to walk out.',
     "its members to walk out", "The union"),
])
def test_appeal_after_an_adverbial_is_not_the_quoted_words_cue(nlp, no_actors, text, content, speaker):
    """'... as "a sham" and late on Monday urged A to B': the verb after the adverbial is the next verb of the
    subject's clause, not the cue of the quoted words before it; its appeal is a quote of its own."""
    got = _by_cue(run(nlp, text))
    urged = next((v for v in got.values() if v[0] == content), None)
    assert urged is not None, got
    assert speaker in urged[1]


@pytest.mark.parametrize("text, content, speaker", [
    ('During a speech broadcast on state radio, the defence minister Omar Haddad urged troops to "hold their '
     'positions" and on Friday called on reservists to report for duty.', "reservists to report for duty",
     "Omar Haddad"),
    ('Governor Lucia Brandt asked residents to "stay off the roads" and late on Sunday urged drivers to carry '
     'chains.', "drivers to carry chains", "Lucia Brandt"),
])
def test_second_appeal_after_an_adverbial_has_the_first_ones_speaker(nlp, no_actors, text, content, speaker):
    """'urged A to "B" and on Friday called on C to D': the second appeal ends the first one's content and is the
    same speaker's, not the first appeal's hearer's."""
    got = _by_cue(run(nlp, text))
    second = next((v for v in got.values() if v[0] == content), None)
    assert second is not None, got
    assert speaker in second[1]
    assert not any("and" in v[0].split() and content in v[0] for v in got.values() if v[0] != content)


@pytest.mark.parametrize("text, speaker", [
    ('Green Party leader and former judge Karin Olsen, whose party had been expected to win, rejected the result as '
     '"a fraud" and late on Friday urged her voters to gather at the town hall on Monday.', "Karin Olsen"),
    ("Farmers' union head and former senator Bruno Keller, whose members had been expected to back the deal, "
     'condemned the tariffs as "a betrayal" and on Tuesday called on growers to block the highways.', "Bruno Keller"),
])
def test_third_verb_after_a_whose_clause_has_the_named_speaker(nlp, no_actors, text, speaker):
    """'X, whose party had been expected to ..., rejected A and urged B to C': the parser hangs both main verbs on the
    relative clause's verb; the appeal is X's, named, not the title before the name."""
    got = _by_cue(run(nlp, text))
    appeal = next(v for k, v in got.items() if k.lower() in ("urged", "called"))
    assert speaker in appeal[1]


@pytest.mark.parametrize("text, first, second", [
    ("Union chief and former miner Peter Dorn rejected the offer and urged his members to walk out on Monday, "
     "telling them to stay united.", "his members to walk out on Monday", "them to stay united"),
    ("The mayor urged residents to leave the coast before nightfall, telling them to take only what they could "
     "carry.", "residents to leave the coast before nightfall", "them to take only what they could carry"),
    ("Coach Ana Pirelli called on her players to forget the defeat, asking them to focus on the final.",
     "her players to forget the defeat", "them to focus on the final"),
])
def test_cue_participle_after_an_appeal_is_its_own_quote(nlp, no_actors, text, first, second):
    """'urged A to B, telling them to C': the appeal's content stops before the participle, which is a quote of its
    own."""
    texts = [v[0] for v in _by_cue(run(nlp, text)).values()]
    assert first in texts and second in texts, texts


@pytest.mark.parametrize("text, first, second, speaker", [
    ('In a video posted on his website, the former governor called on the police to "obey the law" and urged his '
     'followers to rally in the main square on Sunday.', 'the police to "obey the law"',
     "his followers to rally in the main square on Sunday", "the former governor"),
    ("In a letter published on Monday, the bishop called on the rebels to lay down their arms and urged the "
     "government to open talks.", "the rebels to lay down their arms", "the government to open talks", "the bishop"),
    ('In a message read on national radio, the outgoing president called on the Royal Highland Rifles Regiment to '
     '"remain in barracks" and asked civilians to stay home.', 'the Royal Highland Rifles Regiment to "remain in '
     'barracks"', "civilians to stay home", "the outgoing president"),
])
def test_main_clause_hung_in_a_fronted_phrase(nlp, no_actors, text, first, second, speaker):
    """'In a video posted on ..., the governor called on A to "B" and urged C to D': both appeals are the governor's
    (the parser made him an apposition of the fronted phrase and 'urged' a root with no subject), and the quoted
    words belong to the first appeal, not to the verb after them."""
    got = {v[0]: v[1] for v in _by_cue(run(nlp, text)).values()}
    assert got.get(first) is not None and speaker in got[first], got
    assert got.get(second) is not None and speaker in got[second], got


def test_fronted_phrase_reduced_relative_is_no_speaker(nlp, no_actors):
    """'In a video posted on his page, the mayor said A': a sentence with its own subject keeps it."""
    got = _by_cue(run(nlp, "In a video posted on his page, the mayor said the city would rebuild its harbour."))
    assert _cue(got, "said") == ("the city would rebuild its harbour", "the mayor")


@pytest.mark.parametrize("text, first, second", [
    ("The Chilean foreign ministry said it supported the electoral court and urged all parties to accept the count.",
     "it supported the electoral court", "all parties to accept the count"),
    ("Mayor Ruth Kamau said that she had met the protest leaders and called on residents to stay indoors.",
     "she had met the protest leaders", "residents to stay indoors"),
    ("The Peruvian government said in a statement that it backed the electoral authorities and called on all "
     'candidates to settle their disputes "through the courts".', "it backed the electoral authorities",
     'all candidates to settle their disputes "through the courts'),
])
def test_appeal_after_a_that_clause_of_the_speakers_pronoun(nlp, no_actors, text, first, second):
    """'X said it backed A and called on B to C': with the speaker's own pronoun as the reported clause's subject,
    the appeal after 'and' is the same speaker's either way it is read: a quote of its own, and quoted words inside
    its to-clause go with it."""
    texts = [v[0] for v in _by_cue(run(nlp, text)).values()]
    assert first in texts and any(t.startswith(second) for t in texts), texts


def test_appeal_after_a_that_clause_of_another_subject_stays_inside(nlp, no_actors):
    """'The army said the rebels attacked the town and urged residents to flee': the rebels may have urged it; the
    reported clause keeps the appeal."""
    got = _by_cue(run(nlp, "The army said the rebels attacked the town and urged residents to flee."))
    assert _cue(got, "said")[0] == "the rebels attacked the town and urged residents to flee"


@pytest.mark.parametrize("text, content", [
    ("Canada, Norway and the African Union condemned the arrest of the journalists and urged the authorities and "
     "the rebels to settle their dispute through talks.", "the authorities and the rebels to settle their dispute "
     "through talks"),
    ("The bishops deplored the shooting and called on the police and the protesters to respect the truce.",
     "the police and the protesters to respect the truce"),
    ('In a statement read on state radio, the head of the navy, Admiral Piet Mol, said the fleet would stay "loyal to '
     'the crown" and urged sailors of every rank to remain at their posts.',
     "sailors of every rank to remain at their posts"),
])
def test_appeal_to_a_hearer_of_several_words(nlp, no_actors, text, content):
    """'urged [A and B] to C', 'urged [sailors of every rank] to C': the parser hangs the infinitive on the last
    hearer or on a word of the hearer; it is still the appeal's."""
    texts = [v[0] for v in _by_cue(run(nlp, text)).values()]
    assert content in texts, texts


def test_infinitive_in_a_clause_of_the_object_is_no_appeal(nlp, no_actors):
    """'encouraged growth except in the north, which was expected to lose ...': the infinitive belongs to a relative
    clause inside the object, not to an appeal to a hearer."""
    got = _by_cue(run(nlp, "Mild weather has encouraged growth except in the north, which was expected to lose much "
                           "of its crop to frost."))
    assert not any(k.lower().startswith("encourag") for k in got), got
