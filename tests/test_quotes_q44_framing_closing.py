"""Attributions that frame or close a sentence (session 27, round 43, branch q44, issue 16): a closing 'told reporters'
after an object cue or with an apposed name, a live-blog line closed by 'witnesses told our reporter', a heading
closed by ', army says', 'said [the chief] called for ...' (a clause the parser made an object), a past tense read as a
noun, quoted judgements ('what it called "..."' after a passive, 'a decision X called "..."', 'was condemned by X as
"..."'). Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, run, no_actors, quote_starting  # noqa: F401 (fixtures)


_one = quote_starting


# -- a closing 'told reporters' (quotes/closing_cue.py) ----------------------------------------------------------------

@pytest.mark.parametrize("text, content, speaker", [
    # an object cue inside the closed clause: the spokesman reports the judgement
    ("The president regretted the vote, her spokesman told journalists.", "The president regretted the vote",
     "spokesman"),
    ("The foreign minister strongly condemned the shelling, his spokeswoman told reporters on Friday.",
     "The foreign minister strongly condemned the shelling", "spokeswoman"),
    # an apposed name, and a participle of the cue's own after it
    ("The prime minister strongly condemned the attack, his spokeswoman, Maria Lund, told reporters in Oslo, adding "
     "that the police had made two arrests.", "The prime minister strongly condemned the attack", "Maria Lund"),
    ("The Pope deeply regretted the expulsions, his spokesman, Paolo Ferri, told journalists, saying the church "
     "would keep its schools open.", "The Pope deeply regretted the expulsions", "Paolo Ferri"),
    # a live-blog time stamp before a sentence whose verb the tagger missed
    ("18:15 - Riot police and student protesters clashed outside the parliament building, witnesses told our "
     "correspondent.", "Riot police and student protesters clashed outside the parliament building", "witnesses"),
    ("09:05 - Soldiers fired into the air near the airport, residents told our reporter.",
     "Soldiers fired into the air near the airport", "residents"),
])
def test_closing_told_reporters(nlp, no_actors, text, content, speaker):
    q = _one(run(nlp, text), content)
    assert q.text == content and q.kind == "indirect"
    assert q.speaker is not None and speaker in q.speaker.text


def test_object_inside_the_closed_clause_is_not_the_reporters_words(nlp, no_actors):
    qs = run(nlp, "The president regretted the vote, her spokesman told journalists.")
    assert [q.text for q in qs] == ["The president regretted the vote"]


@pytest.mark.parametrize("text", [
    # controls: the cue's own clause after it, a clause of time, a hearer with a clause of its own
    "The minister told reporters, adding that the talks would resume.",
    "When the vote was counted, the chairman told reporters nothing.",
    "The envoy met the rebels, and his aides told reporters that talks went well.",
])
def test_closing_told_controls(nlp, no_actors, text):
    assert not [q for q in run(nlp, text) if q.rule == "indirect:closing-cue"]


# -- a heading closed by a present-tense cue ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, content, speaker", [
    ("Mutiny crushed in Bissau\n\nrebels hand over weapons at dawn, army says\n\nThe president said on Tuesday that "
     "order had been restored.", "rebels hand over weapons at dawn", "army"),
    ("Port strike\n\ndockers walk out over pay cuts, union says\n\nThe strike began on Monday.",
     "dockers walk out over pay cuts", "union"),
])
def test_heading_closed_by_says(nlp, no_actors, text, content, speaker):
    q = _one(run(nlp, text), content)
    assert q.text == content and speaker in q.speaker.text


def test_heading_needs_its_own_paragraph(nlp, no_actors):
    # a sentence in running text with no verb before its cue clause stays no quote
    text = "The rally was loud. Thousands in the square, police said. The crowd left at dusk."
    assert not [q for q in run(nlp, text) if q.rule == "indirect:closing-cue"]


# -- 'said [the chief] called for ...': a clause the parser made an object (quotes/object_clause.py) ---------------------

@pytest.mark.parametrize("text, start, speaker", [
    ("In Geneva, a spokeswoman said the United Nations high commissioner called for restraint and urged both parties "
     "to free their detainees.", "the United Nations high commissioner called for restraint", "spokeswoman"),
    ("In Brussels, an aide said the NATO secretary-general called for restraint and urged both armies to pull back.",
     "the NATO secretary-general called for restraint", "aide"),
])
def test_clause_read_as_an_object(nlp, no_actors, text, start, speaker):
    q = _one(run(nlp, text), start)
    assert q.rule == "indirect:object-clause" and speaker in q.speaker.text


@pytest.mark.parametrize("text", [
    "The deal holds a bold - critics say reckless - promise given in Rome to halve coal use by 2040.",
    "The pastor said a prayer called the Angelus.",
    "He said the words written on the wall.",
])
def test_clause_read_as_an_object_controls(nlp, no_actors, text):
    assert not [q for q in run(nlp, text) if q.rule == "indirect:object-clause"]


# -- a past tense the tagger read as a noun (quotes/reported.py) --------------------------------------------------------

@pytest.mark.parametrize("text, content, speaker", [
    ("Residents of the Mirador quarter, where the police academy stands, said heavy mortar fire echoed for two "
     "hours.", "heavy mortar fire echoed for two hours", "Residents"),
    ("Residents of the Kibera district said gunfire echoed for hours.", "gunfire echoed for hours", "Residents"),
])
def test_past_tense_read_as_a_noun(nlp, no_actors, text, content, speaker):
    q = _one(run(nlp, text), content)
    assert q.text == content and speaker in q.speaker.text


# -- quoted judgements (quotes/framing.py, quotes/pronouns.py) ---------------------------------------------------------

@pytest.mark.parametrize("text, content, speaker", [
    ("The arrest of the mayor was condemned by the opposition party as \"a political vendetta\".",
     "a political vendetta", "opposition party"),
    ("The closure of the newspaper was denounced by press freedom groups as \"an attack on free speech\".",
     "an attack on free speech", "press freedom groups"),
    ("The new budget was dismissed by Senator Maria Lopez as \"a gimmick\" on Tuesday.", "a gimmick", "Maria Lopez"),
    ("The plan, unveiled on Monday, was hailed by the Kenyan government as \"a turning point for the region\".",
     "a turning point for the region", "Kenyan government"),
])
def test_passive_judgement_is_the_agents(nlp, no_actors, text, content, speaker):
    q = _one(run(nlp, text), content)
    assert q.text == content and q.rule == "partial:passive-agent" and speaker in q.speaker.text


@pytest.mark.parametrize("text", [
    "The attack was described as \"brutal\".",                                  # no agent: nobody's words
    "The stadium was built by a Turkish firm in 1998 and named \"Unity Arena\".",  # a name, not the agent's judgement
])
def test_passive_judgement_controls(nlp, no_actors, text):
    assert not [q for q in run(nlp, text) if q.rule == "partial:passive-agent"]


def test_passive_judgement_needs_as_before_the_words(nlp, no_actors):
    text = "The stadium was built by a Turkish firm, \"the best in the region\", in 1998."
    assert not [q for q in run(nlp, text) if q.rule == "partial:passive-agent"]


@pytest.mark.parametrize("text, content, speaker", [
    ("In a separate move, the regional bloc suspended Mali from its councils until \"order is restored\", a decision "
     "the Malian foreign ministry called \"hasty and unfair\".", "hasty and unfair", "foreign ministry"),
    ("The league fined the club for \"repeated misconduct\", a penalty its owner, Omar Haddad, called \"absurd\" on "
     "Sunday.", "absurd", "Omar Haddad"),
])
def test_naming_verb_after_a_quote_names_the_next_one(nlp, no_actors, text, content, speaker):
    qs = run(nlp, text)
    q = _one(qs, content)
    assert q.text == content and speaker in q.speaker.text
    assert not [x for x in qs if x.start < q.start and x.speaker is not None and speaker in x.speaker.text]


def test_naming_verb_before_a_quote_control(nlp, no_actors):
    # '"...," the party called out': a cue after the quote with no quoted words of its own still gives the quote
    qs = run(nlp, "\"We will fight on,\" the party called out to its members.")
    assert [q.text for q in qs] == ["We will fight on"]


@pytest.mark.parametrize("text, content, name", [
    ("The recount in 12 districts was ordered by the Electoral Council on Sunday, after what it called \"grave "
     "discrepancies\" in the ballots.", "grave discrepancies", "Council"),  # (the coder's name words)
    ("The new tariffs were announced by the European Commission on Monday, in what it called \"a painful but "
     "necessary step\".", "a painful but necessary step", "European Commission"),
    ("The closure of the port was ordered by the Transport Ministry after what it called \"a credible threat\".",
     "a credible threat", "Transport Ministry"),
])
def test_what_it_called_after_a_passive_names_the_agent(nlp, text, content, name):
    q = _one(run(nlp, text), content)
    assert q.speaker is not None and q.speaker.name is not None and name in q.speaker.name


def test_passive_subject_of_a_cue_is_no_document(nlp):
    # 'The report said ... It said ...': a document subject still keeps an 'it' from naming an institution before it
    qs = run(nlp, "The report was published on Monday. It said the economy had shrunk.")
    assert [q.text for q in qs] == ["the economy had shrunk"]


# -- a hyphen inside a name is no dateline dash (quotes/segmentation.py) -----------------------------------------------

@pytest.mark.parametrize("text, content", [
    ("The U.N. Secretary-General deeply regretted the decision, his spokesman, Henrik Holm, told reporters.",
     "The U.N. Secretary-General deeply regretted the decision"),
    ("The E.U. High-Representative welcomed the truce, her spokeswoman told reporters.",
     "The E.U. High-Representative welcomed the truce"),
])
def test_hyphen_after_initials_is_no_dateline(nlp, no_actors, text, content):
    assert _one(run(nlp, text), content[:12]).text == content


def test_glued_dateline_still_cut(nlp, no_actors):
    q = _one(run(nlp, "OSLO-The government will cut fuel taxes next month, the finance ministry said."), "The")
    assert q.text == "The government will cut fuel taxes next month"
