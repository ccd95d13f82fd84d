"""Quote content and speaker leftovers (session 28, round 49, branch q49, issue 16): a complementiser 'that' kept in the
content when the tagger read the plural subject after it as a verb ('warned that attempts to ... would fail'); a
speaking role's 'for' phrase kept in the speaker's words and codes ('A spokesman for the army said'); a cue whose
subject stands before it, set off by a relative clause or an apposition, read as a closing cue with its object as the
speaker ('Zuma, who ..., denies any wrongdoing'). Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, run, no_actors, quote_starting  # noqa: F401 (fixtures)


# -- 'that' before a plural subject the tagger read as a verb (quotes/reported_bounds.py) ---------------------------

@pytest.mark.parametrize("text, content", [
    ("The minister warned that attempts to stage a coup would fail.", "attempts to stage a coup would fail"),
    ("The ministry warned that attempts to block the vote would be punished.",
     "attempts to block the vote would be punished"),
    ("Ruiz warned that attempts to divide the party would not succeed.", "attempts to divide the party would not succeed"),
    ("The envoy warned that moves to expel the mission would backfire.", "moves to expel the mission would backfire"),
    ("Holm argued that bids to privatise the railway would hurt workers.",
     "bids to privatise the railway would hurt workers"),
    ("The president insisted that attempts to topple him would fail.", "attempts to topple him would fail"),
])
def test_complementiser_before_a_subject_read_as_a_verb_is_left_out(nlp, no_actors, text, content):
    quotes = run(nlp, text)
    assert not [q for q in quotes if q.text.startswith("that ")], [q.text for q in quotes]
    assert quote_starting(quotes, content).text == content


@pytest.mark.parametrize("text, content", [
    # controls: 'that' is the subject of a verb of its own
    ("Ruiz warned that was a mistake.", "that was a mistake"),
    ("Okafor said that helps nobody.", "that helps nobody"),
    ("He said that seems to suggest the plan will fail.", "that seems to suggest the plan will fail"),
    ("She said that leads to problems that are serious.", "that leads to problems that are serious"),
    # the parser read the 'that' as the complementiser: it was always left out
    ("The mayor said that rumours of a curfew were false.", "rumours of a curfew were false"),
    ("She said that claims of fraud had been investigated.", "claims of fraud had been investigated"),
    # a plural subject tagged as a noun: the 'that' was always left out
    ("The envoy said that threats against the mission would not work.", "threats against the mission would not work"),
])
def test_complementiser_controls(nlp, no_actors, text, content):
    assert quote_starting(run(nlp, text), content).text == content


# -- a speaking role's 'for' phrase (quotes/for_phrase.py) ----------------------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("A spokesman for the army said the soldiers had returned to their barracks.", "A spokesman for the army"),
    ("A spokeswoman for Kenya's foreign ministry said the talks would resume on Monday.",
     "A spokeswoman for Kenya's foreign ministry"),
    ("The talks will resume next week, a spokesperson for the French foreign ministry said.",
     "a spokesperson for the French foreign ministry"),
    ("Lawyers for the opposition leader told reporters that he would appeal the verdict.",
     "Lawyers for the opposition leader"),
    ("A negotiator for the rebels said a ceasefire was close.", "A negotiator for the rebels"),
    ("Earlier this month, lawyers for both Tomas Holm and Ana Holm told the court that the files should stay sealed.",
     "lawyers for both Tomas Holm and Ana Holm"),
])
def test_for_phrase_stays_in_the_speakers_words(nlp, no_actors, text, speaker):
    quotes = run(nlp, text)
    assert len(quotes) == 1 and quotes[0].speaker is not None
    assert quotes[0].speaker.text == speaker


@pytest.mark.parametrize("text, speaker", [
    # controls: 'for its part', 'for years' name nobody spoken for; an 'of' phrase as before
    ("The army, for its part, said the soldiers had returned.", "The army"),
    ("The lawyer for years argued that the law was void.", "The lawyer"),
    ("The commander of the navy said the ship had been recalled.", "The commander of the navy"),
    ("A spokesman said the ministry would reply for the government on Monday.", "A spokesman"),
    # a role sent to a place is not on the list: the place is not whom it speaks for
    ("The UN envoy for Syria said the talks would resume in Geneva.", "The UN envoy"),
    ("A spokesman for 20 years, Ruiz said the plan had failed.", "Ruiz"),
])
def test_for_phrase_controls(nlp, no_actors, text, speaker):
    quotes = run(nlp, text)
    assert quotes and quotes[0].speaker is not None and quotes[0].speaker.text == speaker


def _analysed(text: str):
    from lapwing.pipeline import analyse
    from lapwing.schema import Article

    return analyse(Article(id="t", title="Test", text=text, published="2024-05-01"))


@pytest.mark.parametrize("text, country, sector", [
    ("A spokesman for the army said the soldiers had returned to their barracks.", None, "MIL"),
    ("A spokesman for the Nigerian army said the soldiers had returned.", "NGA", "MIL"),
    ("A spokeswoman for Kenya's foreign ministry said the talks would resume on Monday.", "KEN", "GOV"),
])
def test_for_phrase_gives_the_speaker_its_codes(nlp, text, country, sector):
    quotes = _analysed(text).quotes
    assert len(quotes) == 1 and quotes[0].speaker is not None
    assert (quotes[0].speaker.country, quotes[0].speaker.sector) == (country, sector)


@pytest.mark.parametrize("text, speaker", [
    # a surname the coder reads as a role word gives no sector; a body written with capitals and 'the' does
    ("Senator Ivo Porter backed the bill on Monday, a spokesman for Porter said.", "a spokesman for Porter"),
    ("A spokesman for the Army said the base had been closed.", "A spokesman for the Army"),
])
def test_for_phrase_codes_guard(nlp, text, speaker):
    quotes = _analysed(text).quotes
    assert quotes and quotes[0].speaker is not None and quotes[0].speaker.text == speaker
    assert quotes[0].speaker.sector == (None if "Porter" in speaker else "MIL")


def test_closing_cue_after_a_relative_clause_and_a_clause_of_its_own_stays():
    # control: 'X, which holds A, stands to lose B, said Y': the words before the cue hold more finite verbs than
    # the relative clause's, so they are Y's however the parser hangs the main verb
    text = ("Nevertheless, Norbank, which holds about 3 billion crowns in Chilean loans, stands to lose 20 mln "
            "crowns if Chile pays no interest for a year, said Ola Nordby, an analyst with Fjord Securities.")
    quotes = _analysed(text).quotes
    assert quotes and quotes[0].text.startswith("Nevertheless, Norbank") and "Nordby" in quotes[0].speaker.text


def test_role_with_codes_of_its_own_keeps_them(nlp):
    q = _analysed("A spokesman for the rebels said the army had shelled the town.").quotes
    # the rebels' codes, whatever the lexicon gives them, never a government's
    assert q and q[0].speaker is not None and q[0].speaker.text == "A spokesman for the rebels"
    assert q[0].speaker.sector != "GOV"


# -- a cue's object after a subject set off by commas (quotes/cue_after.py) -----------------------------------------

@pytest.mark.parametrize("text, content, speaker", [
    ("Zuma, who faces 16 charges of fraud, denies any wrongdoing.", "any wrongdoing", "Zuma"),
    ("The minister, who was arrested in May, denies the charges.", "the charges", "The minister"),
    ("The company, which runs the mine, denied any responsibility.", "any responsibility", "The company"),
    # (neighbouring phrasings the parser already read right)
    ("The bank, which lent the money, denies any link to the scheme.", "any link to the scheme", "The bank"),
    ("Mbeki, who resigned in 2008, has always denied the claims.", "the claims", "Mbeki"),
    ("Senator Lina Ortiz, whose aides are under investigation, rejects the allegations.", "the allegations",
     "Lina Ortiz"),
])
def test_object_after_a_set_off_subject_is_no_speaker(nlp, no_actors, text, content, speaker):
    quotes = run(nlp, text)
    # the subject and its relative clause are not words said, and the object is not who said them
    assert len(quotes) == 1, [q.text for q in quotes]
    assert quotes[0].text == content and quotes[0].speaker is not None and speaker in quotes[0].speaker.text


@pytest.mark.parametrize("text, content, speaker", [
    # controls: a cue after its content with its speaker after it
    ("Prices will keep rising, warned the central bank.", "Prices will keep rising", "the central bank"),
    ("The economy will shrink this year, said Ana Ruiz.", "The economy will shrink this year", "Ana Ruiz"),
    ("The talks failed, said the mediator.", "The talks failed", "the mediator"),
    ("The plan, which the minister unveiled on Monday, will fail, warned the union.",
     "The plan, which the minister unveiled on Monday, will fail", "the union"),
])
def test_closing_cue_controls(nlp, no_actors, text, content, speaker):
    q = quote_starting(run(nlp, text), content)
    assert q.text == content and q.speaker is not None and q.speaker.text == speaker
