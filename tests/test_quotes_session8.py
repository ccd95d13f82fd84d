"""Classes of the eighth quotes session, read on a new sample of PolNeAR's train split (seed 4321): a sentence the
parser ended on a word before the speaker's name, titles in marks used as modifiers or after the word for a show,
and an inverted cue whose speaker comes after it when the parser gave it another subject. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from lapwing.extract import quotes as Q
from lapwing.extract.registry import Context
from lapwing.schema import Article, ArticleRecord
from quote_helpers import nlp, run, speaker_words  # noqa: F401 (fixtures)


def run_split(nlp, text: str, split_before: str):
    """The quotes of ``text`` when the parser starts a sentence at ``split_before`` (as the shipped parser does in
    long paragraphs: '... ," union treasurer | Maria Okafor said.')."""
    doc = nlp.make_doc(text)
    k = next(t.i for t in doc if t.idx == text.index(split_before))
    doc[k].is_sent_start = True
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert any(s.start == k for s in doc.sents)
    art = Article(id="t", text=text)
    ctx = Context(doc=doc, article=art, record=ArticleRecord(article=art))
    Q.quotes(ctx)
    return ctx.record.quotes


@pytest.mark.parametrize("text, split_before, speaker, cue", [
    ('"If the city wants to argue that the budget cannot carry a raise, that is its right," union treasurer Maria '
     'Okafor said.', "Maria", "Maria Okafor", "said"),
    ('"We have heard this promise from three mayors," shop owner Daniel Reyes said in a statement on Monday.',
     "Daniel", "Daniel Reyes", "said"),
    ('"The ships will be unloaded first, and the others will follow," port spokeswoman Anna Lindqvist told '
     'reporters.', "Anna", "Anna Lindqvist", "told"),
])
def test_a_sentence_the_parser_ended_on_a_word_goes_on_to_the_cue(nlp, text, split_before, speaker, cue):
    quotes = [q for q in run_split(nlp, text, split_before) if q.kind == "direct"]
    assert len(quotes) == 1
    assert speaker in speaker_words(quotes[0]) and quotes[0].cue == cue


def test_the_quote_after_the_cue_goes_on_from_the_first_across_the_split(nlp):
    text = ('"If the city wants to argue that the budget cannot carry a raise, that is its right," union treasurer Maria '
            'Okafor said. "But nobody will believe it."')
    quotes = run_split(nlp, text, "Maria")
    assert len(quotes) == 1
    assert quotes[0].text.endswith("nobody will believe it.") and "Okafor" in speaker_words(quotes[0])


def test_a_sentence_that_ends_with_a_full_stop_is_not_joined(nlp):
    # a split after a full stop is a real sentence end: the stand-alone quote's speaker is the sentence's own
    quotes = run_split(nlp, '"The port will reopen on Friday after the repairs." Harbour master Anna Lindqvist '
                            'smiled and left the room.', "Harbour")
    assert [speaker_words(q) for q in quotes if q.kind == "direct"] == [""]


@pytest.mark.parametrize("text, title", [
    ("\u201cEvening Report\u201d host Lena Moss on Friday said that the station would move to a new building.",
     "Evening Report"),
    ("Holm spoke about the plan on his weekly radio show, \u201cTalks with Anna Berg,\u201d the Courier reported.",
     "Talks with Anna Berg"),
    ('The "Harbour Life" presenter told listeners on Monday that the ferry would stop running.', "Harbour Life"),
])
def test_a_title_in_marks_is_no_quote(nlp, text, title):
    quotes = run(nlp, text)
    assert all(title not in q.text or q.kind != "direct" for q in quotes), [(q.kind, q.text) for q in quotes]


@pytest.mark.parametrize("text, fragment", [
    # quoted words of a speaker before a noun they do not modify, and a title-cased quote that is a sentence
    ('"We Will Win," Berg said.', "We Will Win"),
    ('The minister called the plan "a total disaster" on Monday.', "a total disaster"),
])
def test_quotes_that_are_not_titles_stay(nlp, text, fragment):
    assert any(fragment in q.text for q in run(nlp, text))


@pytest.mark.parametrize("text, fragment, speaker", [
    ('"We cannot wait for the ministry to act," like many other mayors, said Anna Ruiz.', "cannot wait", "Anna Ruiz"),
    ('"Prices for bread and milk have risen faster than wages for three years," unlike the cost of fuel, said Petra '
     'Holm, an economist at the central bank.', "Prices for bread", "Petra Holm"),
    ('"The region has never been easy to govern, and now it is harder than ever," said Tomas Ek, the author of "North '
     'and South," a history of the province.', "easy to govern", "Tomas Ek"),
    ('"The harvest is the worst in a decade," like most of the farmers here, said Jonas Berg.', "worst in a decade",
     "Jonas Berg"),
])
def test_an_inverted_cue_speaks_for_the_name_after_it(nlp, text, fragment, speaker):
    q = next(q for q in run(nlp, text) if fragment in q.text)
    assert speaker in speaker_words(q), speaker_words(q)


@pytest.mark.parametrize("text, fragment, speaker", [
    ('The meeting achieved "very little," he added.', "very little", "he"),
    ('"The harvest is the worst in a decade," the farmers said on Monday.', "worst in a decade", "the farmers"),
])
def test_a_cue_with_its_speaker_before_it_keeps_it(nlp, text, fragment, speaker):
    q = next(q for q in run(nlp, text) if fragment in q.text)
    assert speaker_words(q) == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    ('The lawsuit contends that "the deaths of the two guards were caused by the negligent actions" of the mayor, who '
     'was in charge at the time.', "deaths of the two guards", "lawsuit"),
    ('The complaint argues that "the company knew of the fault for years" and hid it from the regulator.',
     "knew of the fault", "complaint"),
    ('The report claims that "the city lost track of its own budget" in the years after the flood.',
     "lost track of its own budget", "report"),
])
def test_a_cue_the_tagger_read_as_a_plural_noun_speaks_for_the_noun_before_it(nlp, text, fragment, speaker):
    q = next(q for q in run(nlp, text) if fragment in q.text)
    assert speaker in speaker_words(q) and q.cue is not None, (speaker_words(q), q.cue)


@pytest.mark.parametrize("text, fragment, speaker", [
    ('"And it worries me, because it would end the kinds of care we have known for decades," she went on.',
     "it worries me", "she"),
    ('"We will not stop," Berg went on, "until the plant is closed for good."', "We will not stop", "Berg"),
    ('"The river has risen by two metres since Sunday, and it is still rising," the mayor goes on.',
     "The river has risen", "the mayor"),
])
def test_went_on_after_a_quote_is_a_cue(nlp, text, fragment, speaker):
    q = next(q for q in run(nlp, text) if fragment in q.text)
    assert speaker_words(q) == speaker and q.kind == "direct"


def test_went_on_without_words_reports_nothing(nlp):
    assert run(nlp, "The talks went on. The strike went on for weeks, and the shops went on selling bread.") == []


@pytest.mark.parametrize("text, first, last", [
    ("\"Jobs, jobs, jobs,\" Ms. Ruiz said on \"The Late Show With Anna Berg\" last month when asked what her husband "
     "would do. \"Nobody did it better, and nobody created more jobs.\"", "Jobs, jobs", "created more jobs."),
    ("\"I have not recovered from her shouting,\" he said on the station's \"Morning Hour.\" \"And I know a lot of "
     "people would say that.\"", "I have not recovered", "would say that."),
])
def test_a_programme_after_on_is_a_title_and_the_quote_goes_on_past_it(nlp, text, first, last):
    quotes = [q for q in run(nlp, text) if q.kind == "direct"]
    assert len(quotes) == 1
    assert quotes[0].text.startswith(first) and quotes[0].text.endswith(last), quotes[0].text


@pytest.mark.parametrize("text, fragment, speaker", [
    ('The union will not represent the drivers but plans to watch the case closely, Ana Ruiz says. "If the city may '
     'pick our statements over months to label us a danger, you silence civil discourse."', "civil discourse",
     "Ana Ruiz"),
    ('The ferry will stop in May and the port will close in June, the mayor said on Monday. "We have no money left '
     'for the boats and the crews."', "no money left", "the mayor"),
    ('The talks broke down after midnight and will not resume this week, union leader Tomas Ek said. "Nobody in that '
     'room wanted a deal, and everybody knew it."', "Nobody in that room", "Tomas Ek"),
])
def test_a_quote_after_a_sentence_closed_by_its_cue_clause_is_that_speakers(nlp, text, fragment, speaker):
    q = next(q for q in run(nlp, text) if fragment in q.text)
    assert speaker in speaker_words(q) and q.kind == "direct", speaker_words(q)



HEADLINE_BODY = "\n\nThe mayor spoke to reporters at the harbour on Monday morning."


@pytest.mark.parametrize("headline, content, speaker, cue", [
    ("Ana Ruiz Says Port Will Reopen Next Week.", "Port Will Reopen Next Week", "Ana Ruiz", "Says"),
    ("Mayor \u2018The Builder\u2019 Could Fix the Harbour, Ana Ruiz Says.", "Mayor \u2018The Builder\u2019 Could Fix "
     "the Harbour", "Ana Ruiz", "Says"),
    ("Conservative Leader Tomas Ek Endorses Ana Ruiz.", "Ana Ruiz", "Tomas Ek", "Endorses"),
    ("Senator Ek Refuses to Back the Harbour Plan.", "to Back the Harbour Plan", "Ek", "Refuses"),
    ("The Latest: Ruiz Urges Calm After the Floods.", "Calm", "Ruiz", "Urges"),  # not the clause of time
    ("Harbour Plan Will Bring Back the Ferries, Governor Tomas Ek Says.", "Harbour Plan Will Bring Back the Ferries",
     "Tomas Ek", "Says"),
])
def test_a_title_cased_headline_names_its_speaker(nlp, headline, content, speaker, cue):
    quotes = [q for q in run(nlp, headline + HEADLINE_BODY) if q.start < len(headline)]
    assert len(quotes) == 1, [(q.text, q.rule) for q in quotes]
    q = quotes[0]
    assert q.text == content and q.cue == cue and speaker in speaker_words(q)
    assert q.speaker.end <= headline.index(cue)  or q.speaker.start > headline.index(cue)  # the name, not the line


@pytest.mark.parametrize("headline", [
    "Port Workers Walk Out Over Pay.",
    "What the Mayor Says About the Harbour.",
    "Harbour Reopens After Three Weeks of Repairs.",
    "Poll Says Ruiz Leads in the Harbour District.",  # not a name: handled, if at all, by the other rules
    "Mayor To Voters Worried About the Harbour: We Will Fix It.",  # a participle, not a cue
    "Ruiz Opens Harbour Office in Three Port States.",  # 'States' at the end, no comma before the name
])
def test_a_headline_without_a_named_speaker_gives_no_headline_quote(nlp, headline):
    quotes = [q for q in run(nlp, headline + HEADLINE_BODY) if q.start < len(headline)]
    assert all(q.rule != "indirect:headline" for q in quotes), [(q.text, q.rule) for q in quotes]


@pytest.mark.parametrize("text, second, speaker", [
    ('"This is simply wrong," Ruiz said. "You pushed the nurses to the limit" to push down the cost of '
     'the wards, she said, referring to the hospital\'s savings plan.', "You pushed", "she"),
    ('"The plan is dead," Berg said. "It was killed by the ministry" for reasons nobody gave, he told reporters.',
     "It was killed", "he"),
    ('"We tried," Holm said. "Nobody listened to the drivers" in the weeks before the strike, the union leader added.',
     "Nobody listened", "the union leader"),
])
def test_a_quote_going_on_to_its_own_cue_clause_is_not_the_one_before(nlp, text, second, speaker):
    quotes = run(nlp, text)
    q = next(q for q in quotes if second in q.text)
    assert not q.text.startswith(text[1:6]) and speaker_words(q) == speaker, [(x.text, speaker_words(x)) for x in quotes]


def test_a_quote_going_on_without_a_cue_of_its_own_is_still_one_quote(nlp):
    quotes = run(nlp, '"This just is not right," Ruiz said. "You squeezed the workers to the breaking point and then '
                      'you blamed them for it."')
    assert len(quotes) == 1 and quotes[0].text.endswith("blamed them for it.")
