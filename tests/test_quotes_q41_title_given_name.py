"""A title opening a sentence is no given name (session 26, round 41, issue 16; quotes/full_name.py): a word any title
list of the project reads as a title ('Principal', 'Councilwoman', 'Superintendent'), capitalised because it opens
its sentence, is not taken into the full name of a surname-only speaker; a real given name still is. Every sentence
here is invented for the test."""

from __future__ import annotations

import pytest

from lapwing.pipeline import analyse
from lapwing.schema import Article


def _name_of(text: str, content: str) -> str | None:
    got = [(q.text, None if q.speaker is None else q.speaker.name) for q in analyse(Article(id="t", title="", text=text)).quotes]
    found = [name for t, name in got if t.startswith(content)]
    assert found, (content, got)
    return found[0]


@pytest.mark.parametrize("text, content, surname, title", [
    ('Principal Whitcombe closed the school for two days after the flood.\n\n"We cannot put children in a building '
     'with no heating at all," Whitcombe told parents.', "We cannot put children", "Whitcombe", "Principal"),
    ('Councilwoman Drabble voted against the zoning plan on Tuesday night.\n\n"This plan is a gift to developers and '
     'nothing else," Drabble said after the vote.', "This plan is a gift", "Drabble", "Councilwoman"),
    ('Principal Okonjo sent the pupils home at noon. Okonjo said the water supply had failed.',
     "the water supply had failed", "Okonjo", "Principal"),
])
def test_a_title_opening_the_sentence_is_no_given_name(text, content, surname, title):
    name = _name_of(text, content)
    assert name is not None and surname in name and title not in name, name


def test_a_given_name_opening_the_sentence_still_counts():
    name = _name_of('Tendai Moyo arrived in Harare on Monday.\n\n"We have agreed on the next steps for the talks with '
                    'the union," Moyo said.', "We have agreed")
    assert name == "Tendai Moyo", name
