"""A speaker's own words (session 27, round 44, branch q45, issue 16): a role noun keeps its 'of' phrase ('the clerk
of parliament'), a glued Spanish-agency dateline ('(Agency).-') stays out of the speaker, a sentence with no finite
verb whose cue the tagger read as a participle ('Defeated candidate and former mayor X on Saturday called on ...')
still has its speaker, a quoted text signed at its end ('For the Council, its spokesman, X."') speaks for the body
signed for, and a described speaker is named by the next sentence's 'X made the appeal'. Every sentence here is
invented for the test."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, run, no_actors, speaker_words, quote_starting  # noqa: F401 (fixtures)


_one = quote_starting


# -- a role noun's 'of' phrase (speakers.speaker_span) ---------------------------------------------------------------

@pytest.mark.parametrize("text, content, speaker", [
    ("The bill, drafted last month by two opposition deputies and backed by the farmers' lobby, was passed by a wide "
     "margin, the clerk of parliament said in a statement read on the radio.", "The bill, drafted", "the clerk of parliament"),
    ("The bridge will reopen next month, the speaker of the assembly said on Monday.", "The bridge will reopen",
     "the speaker of the assembly"),
    ("The secretary of the dockers' union told reporters that the strike would go on.", "the strike would go on",
     "The secretary of the dockers' union"),
    ('"We will not give up," the chairman of the village council said.', "We will not give up",
     "the chairman of the village council"),
])
def test_role_noun_keeps_its_of_phrase(nlp, no_actors, text, content, speaker):
    q = _one(run(nlp, text), content)
    assert speaker_words(q) == speaker


@pytest.mark.parametrize("text, content, speaker", [
    # with the actor coder: a mention that ends on the role noun takes its 'of' phrase back
    ("Two ferries were sunk near the harbour, the commander of the coastal fleet said.", "Two ferries were sunk",
     "the commander of the coastal fleet"),
    ("The clinic will close on Friday, the director of the regional hospital told reporters.", "The clinic will close",
     "the director of the regional hospital"),
])
def test_actor_mention_keeps_its_of_phrase(nlp, text, content, speaker):
    q = _one(run(nlp, text), content)
    assert speaker_words(q) == speaker


@pytest.mark.parametrize("text, content, speaker", [
    # controls: no 'of' phrase, a quantity noun (its own rule), a comma before 'of'; a speaking role's 'for' phrase
    # is kept since round 49 (quotes/for_phrase.py, tests/test_quotes_q49_leftovers.py)
    ("The bridge will reopen next month, the mayor said on Monday.", "The bridge will reopen", "the mayor"),
    ("A spokesman for the navy said the convoy was attacked.", "the convoy was attacked", "A spokesman for the navy"),
    ("Hundreds of nurses said they would strike.", "they would strike", "Hundreds of nurses"),
])
def test_of_phrase_controls(nlp, no_actors, text, content, speaker):
    q = _one(run(nlp, text), content)
    assert speaker_words(q) == speaker


# -- a glued dateline '(Agency).-' (nlp.components.DATELINE_INFIXES) -------------------------------------------------

@pytest.mark.parametrize("text, content, speaker", [
    ("Asunción, Mar 3 (Agencia Sur).- The country's main farmers union on Tuesday called on the government to "
     '"open the markets" before the harvest.', "the government to", "The country's main farmers union"),
    ("Quito, May 9 (Prensa Andina).- Ecuador's defence minister said on Friday that troops had secured the port.",
     "troops had secured the port", "Ecuador's defence minister"),
    ("Montevideo, 12 ago (Noticias).– Uruguay's largest trade union said on Monday it would hold a general strike.",
     "it would hold a general strike", "Uruguay's largest trade union"),
])
def test_glued_dateline_stays_out_of_the_speaker(nlp, no_actors, text, content, speaker):
    q = _one(run(nlp, text), content)
    assert speaker_words(q) == speaker


def test_glued_dateline_is_split_into_three_tokens(nlp):
    doc = nlp("Lima, Jun 4 (Agencia Andina).- The mayor spoke.")
    assert [t.text for t in doc][7:10] == [")", ".", "-"]
    # control: a full stop after a bracket with no dash stays as it was
    assert [t.text for t in nlp("The vote passed (narrowly). The mayor spoke.")][5:7] == [")", "."]


# -- a cue read as a participle in a sentence with no finite verb (subject_fixes.verbless_participle_cue) -------------

@pytest.mark.parametrize("text, content, name", [
    ('Defeated opposition candidate and former Tamatave mayor Jean Rabe on Sunday called on his supporters to "stay in '
     'the streets until the votes are counted again".', "his supporters to", "Jean Rabe"),
    ('Jailed opposition leader and former Lyon mayor Marta Olsen on Monday called on her supporters to march to the '
     'palace "as long as it takes".', "her supporters to march", "Marta Olsen"),
    ("Ousted premier and party chief Lena Varga on Friday urged her deputies to boycott the session.",
     "her deputies to boycott the session", "Lena Varga"),
    ("The former mayor and opposition candidate Karim Tazi on Saturday called on his supporters to gather at the "
     "square.", "his supporters to gather", "Karim Tazi"),
])
def test_participle_cue_in_a_verbless_sentence(nlp, no_actors, text, content, name):
    q = _one(run(nlp, text), content)
    assert q.speaker is not None and name in speaker_words(q)


@pytest.mark.parametrize("text", [
    # controls: a participle with its own agent, one that takes nothing, a sentence with a finite verb of its own
    "The plan announced by the minister on Monday to cut fuel subsidies.",
    "The man called Tom on Monday.",
    "Police called to the scene on Monday.",
])
def test_participle_cue_controls(nlp, no_actors, text):
    assert [q for q in run(nlp, text) if q.speaker is not None] == []


# -- a quoted text signed at its end (quotes/signed_text.py) ----------------------------------------------------------

_SIGNED = [
    ('The ruling council read out a statement on radio on Friday. Its text follows.\n\n"The Transitional Council '
     'announces to the nation that the curfew is lifted from midnight.\n\n1. Schools will reopen on Monday.\n\n2. '
     'Markets may open from six in the morning.\n\nDone at the capital, 4 March. For the Transitional Council, its '
     'secretary general, Major Paul Ndayi."\n\nResidents welcomed the decision.',
     "The Transitional Council announces", "Transitional Council"),
    ('The letter to the governor is below.\n\n"The Harbour Committee demands that the port be '
     'reopened to fishing boats.\n\nWe will keep our boats ashore until it is.\n\nOn behalf of the Harbour '
     'Committee, the chairwoman, Grace Mwale."', "The Harbour Committee demands", "Harbour Committee"),
    ('Below is the text of the decree.\n\n"The Military Council for National Recovery suspends all political '
     'parties until further notice.\n\nLong live the Republic. Done at Bamako, 9 June. For the Military Council, its '
     'spokesman, Colonel Ibrahim Sadou."', "The Military Council for National Recovery suspends", "Military Council"),
]


@pytest.mark.parametrize("text, content, body", _SIGNED)
def test_signed_text_speaks_for_the_body(nlp, no_actors, text, content, body):
    q = _one(run(nlp, text), content)
    assert q.speaker is not None and body in speaker_words(q)
    assert q.rule == "direct:signed" and q.cue in ("For", "On")


@pytest.mark.parametrize("text, content", [
    # controls: a slogan that signs nothing, a 'For' clause that is a sentence of its own, a text closed in its own
    # paragraph, another quote opening before the close
    ('The group published its manifesto.\n\n"We want a fair wage for all.\n\nFor the people, by the people."',
     "We want a fair wage for all."),
    ('The notice went up on Sunday.\n\n"The water supply will be cut on Sunday.\n\nFor your safety, Mayor Ana Ruiz '
     'asks you to stay home."', "The water supply will be cut"),
    ('The notice went up on Sunday.\n\n"The water supply will be cut on Sunday.\n\nAsk "the plumber" first.\n\nFor '
     'the Water Board, its director, Tom Reed."', "The water supply will be cut"),
])
def test_signed_text_controls(nlp, no_actors, text, content):
    q = _one(run(nlp, text), content)
    assert q.rule != "direct:signed"


# -- a described speaker named by the next sentence's 'X made the appeal' (quotes/named_after.py) ---------------------

@pytest.mark.parametrize("text, content, name", [
    ('Bogota, May 2 (Prensa Sur).- Colombia\'s main opposition leader on Tuesday called on the army to "respect the '
     'vote".\n\nSenator Lucia Gomez, head of the opposition alliance, made the appeal in a video on her accounts.',
     "the army to", "Lucia Gomez"),
    ("The country's top cleric said on Friday that the vote must be repeated. Archbishop Paul Mensah made the remarks "
     "during a sermon in the capital.", "the vote must be repeated", "Paul Mensah"),
    ("A senior union official warned that the strike would spread to the ports. Victor Osei issued the warning after "
     "talks broke down.", "the strike would spread", "Victor Osei"),
])
def test_described_speaker_named_by_the_next_sentence(nlp, text, content, name):
    q = _one(run(nlp, text), content)
    assert q.speaker is not None and q.speaker.name is not None and name in q.speaker.name
    assert q.speaker.rule == "quotes:named-after"


@pytest.mark.parametrize("text, content", [
    # controls: an indefinite act (another one), a plural subject with no name, a sentence two paragraphs on, a
    # pronoun speaker
    ("The union leader called on workers to stay home. Maria Costa made an appeal to the police as well.",
     "workers to stay home"),
    ("A senior minister said the talks had failed. Aid workers made the same point.", "the talks had failed"),
    ("A senior minister said the talks had failed.\n\nThe markets fell.\n\nJohn Dube made the remarks in Harare.",
     "the talks had failed"),
])
def test_named_after_controls(nlp, text, content):
    q = _one(run(nlp, text), content)
    assert q.speaker is None or q.speaker.rule != "quotes:named-after"
