"""A text that ends on the comma after a closing cue ('..., the union said,': a cut feed, a truncated scrape) is read
like any other: the closing-cue reader must not look past the last token (it raised IndexError, and the whole
article failed)."""

from __future__ import annotations

import pytest

from lapwing.pipeline import analyse
from lapwing.schema import Article

CASES = [
    ("Dockworkers ended their strike on Monday, the union said,", "Dockworkers ended their strike on Monday"),
    ("Troops pulled out of the border town, officials told reporters,", "Troops pulled out of the border town"),
    ("The ferry service resumed after three days, the port authority said,", "The ferry service resumed after three days"),
]

@pytest.mark.parametrize("text,content", CASES)
def test_text_ending_on_a_comma_after_a_closing_cue(text, content):
    rec = analyse(Article(id="comma-end", text=text, published="2026-12-01"))
    assert rec.status == "ok", rec.warnings
    assert content in [q.text for q in rec.quotes]

def test_heading_ending_on_a_comma_does_not_fail_the_article():
    rec = analyse(Article(id="comma-heading", text="Rebels hand over their arms,", published="2026-12-01"))
    assert rec.status == "ok", rec.warnings
