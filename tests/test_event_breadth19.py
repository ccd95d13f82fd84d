"""Recall of session 19 (issue 10): lower-cased headlines and verbs the tagger misreads, in phrasings written for
Lapwing (other actors, tenses and word orders than the sweep's), beside sentences that must stay uncoded.

- a short text with no capital outside its acronyms (a lower-cased headline, a one-line item of fewer than 40
  letters) is recased before parsing as a longer lower-cased article is (``truecase.MIN_SHORT_LETTERS``); ``us``
  after ``the`` is the country;"""

from __future__ import annotations

import pytest

from event_helpers import events, show

CLAIMED = ("asserted", "attributed")

# (lower-cased headline, CAMEO root prefix, source text contains, target text contains or None)
HEADLINES = [
    ("the us threatens sanctions on cuba", "13", "us", "cuba"),
    ("the eu pledges new aid for sudan", "03", "eu", None),
    ("the kremlin rejects ceasefire plan", "12", "kremlin", None),
    ("the un urges calm in haiti", "02", "un", None),
    ("the us sends destroyers to the gulf", "15", "us", None),
    ("thailand signs border deal with cambodia", "05", "thailand", "cambodia"),
    ("the us slams iran over drone strikes", "11", "us", "iran"),
    ("japan condemns north korean missile test", "11", "japan", None),
]


@pytest.mark.parametrize("text,code,source,target", HEADLINES)
def test_lower_cased_headline_is_coded_as_its_cased_form(pipe, text, code, source, target):
    evs = events(pipe, text)
    hits = [e for e in evs if e.status in CLAIMED and e.cameo.startswith(code) and e.source is not None
            and source in e.source.text.lower() and (target is None or (e.target and target in e.target.text.lower()))]
    assert hits, show(evs)
    assert all(e.source.country for e in hits), show(hits)


# lower-cased short texts with no event: recasing must not make one
QUIET = [
    "the weather was mild across the us today",
    "markets closed higher in tokyo on friday",
    "the match ended in a draw",
    "turkey prices rise before the holidays",
]


@pytest.mark.parametrize("text", QUIET)
def test_lower_cased_short_text_without_event_stays_quiet(pipe, text):
    evs = events(pipe, text)
    assert not [e for e in evs if e.status in CLAIMED], show(evs)
