"""The tokenizer cuts double quotation marks off the words and commas they are glued to in news copy
(`said,“Look`, `win,”he`, `"Yes."She`), so that every mark is a token of its own, on the shipped model and on
the blank pipeline. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lapwing import nlp as nlp_mod
from lapwing.nlp.components import split_quote_marks


@pytest.fixture(scope="module", params=["shipped", "blank"])
def nlp(request):
    return nlp_mod.load(None if request.param == "shipped" else "blank")


def words(nlp, text: str) -> list[str]:
    return [t.text for t in nlp.make_doc(text)]


@pytest.mark.parametrize("text, expected", [
    # an opening mark glued to the cue's comma, colon or dash
    ("Holm said,\u201cWe stay.\u201d", ["Holm", "said", ",", "\u201c", "We", "stay", ".", "\u201d"]),
    ('Holm said,"We stay."', ["Holm", "said", ",", '"', "We", "stay", ".", '"']),
    ("Berg replied:\u201cNever.\u201d", ["Berg", "replied", ":", "\u201c", "Never", ".", "\u201d"]),
    ("Ruiz shouted\u2014\u201cOut!\u201d", ["Ruiz", "shouted", "\u2014", "\u201c", "Out", "!", "\u201d"]),
    # a closing mark glued to the speaker after it
    ("\u201cWe stay,\u201dhe said.", ["\u201c", "We", "stay", ",", "\u201d", "he", "said", "."]),
    ('"We stay,"she said.', ['"', "We", "stay", ",", '"', "she", "said", "."]),
    ("\u201cWhy now?\u201dasked Berg.", ["\u201c", "Why", "now", "?", "\u201d", "asked", "Berg", "."]),
    ("\u201cNo.\u201dShe left.", ["\u201c", "No", ".", "\u201d", "She", "left", "."]),
    # marks inside a word run, and guillemets and low marks
    ("the\u201cplan\u201dfailed", ["the", "\u201c", "plan", "\u201d", "failed"]),
    ("Ek said,\u00abNon.\u00bb", ["Ek", "said", ",", "\u00ab", "Non", ".", "\u00bb"]),
    ("Ek said,\u201eJa.\u201c", ["Ek", "said", ",", "\u201e", "Ja", ".", "\u201c"]),
])
def test_a_double_quotation_mark_is_a_token_of_its_own(nlp, text, expected):
    assert words(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # apostrophes and single marks inside words stay where they were
    ("It\u2019s fine, isn't it?", ["It", "\u2019s", "fine", ",", "is", "n't", "it", "?"]),
    ("The \u201990s were rock 'n' roll.", ["The", "\u2019", "90s", "were", "rock", "'", "n", "'", "roll", "."]),
    # marks already spaced off and commas between words are cut as before
    ("\u201cWe stay,\u201d he said.", ["\u201c", "We", "stay", ",", "\u201d", "he", "said", "."]),
    ("apples,pears and figs", ["apples", ",", "pears", "and", "figs"]),
    ("a 1,500-strong crowd", ["a", "1,500", "-", "strong", "crowd"]),
])
def test_words_without_double_quotation_marks_are_cut_as_before(nlp, text, expected):
    assert words(nlp, text) == expected


def test_adding_the_quote_infixes_twice_changes_nothing(nlp):
    before = nlp.tokenizer.infix_finditer.__self__.pattern
    split_quote_marks(nlp)
    assert nlp.tokenizer.infix_finditer.__self__.pattern == before
    assert words(nlp, 'said,"Go"') == ["said", ",", '"', "Go", '"']


def test_a_quote_glued_to_its_cue_keeps_its_speaker():
    """Before the marks were cut off, 'said,\u201cThe' was one token and the cue was lost; a straight mark closing
    before a glued word ('repairs,"said') closes the quote."""
    from quote_helpers import run

    nlp = nlp_mod.load()
    for text, speaker in [
        ("Mayor Ana Ruiz said,\u201cThe bridge will reopen on Monday after the repairs.\u201d", "Ana Ruiz"),
        ("\u201cThe bridge will reopen on Monday after the repairs,\u201dMayor Ana Ruiz said.", "Ana Ruiz"),
        ('"The bridge will reopen on Monday after the repairs,"said Mayor Ana Ruiz.', "Ana Ruiz"),
        ("Ms. Berg, the head of the port authority, told reporters,\u201cThe ships will sail again next week.\u201d",
         "Berg"),
    ]:
        quotes = run(nlp, text)
        assert [q.kind for q in quotes] == ["direct"], text
        assert quotes[0].text.startswith("The "), quotes[0].text
        assert '"' not in quotes[0].text and "\u201d" not in quotes[0].text, quotes[0].text
        assert quotes[0].speaker is not None and speaker in quotes[0].speaker.text, text
