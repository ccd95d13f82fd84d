"""Round p0167 (session 34): plain statements (CAMEO 010) and refusals by statement. Sentences written for this round.
(The round's gate for a saying that only reports things done lowered a part-b figure and is on branch
p0167-candidates, not here.)

* kept statements: a content about what is or will be ("would raise", "had the unrest under control", "was following",
  "could not afford"), or a perfect coordinated with a clause of its own that is not ("had reached ... and that the
  president would visit"), and blame ("the UN says both sides *have committed* abuses");
* a plain saying whose content is its own side's "will not" / "cannot" do something that codes nothing by itself is a
  refusal (120, asserted: the README's convention for a refusal by statement; ``act_checks.own_refusal``): "the prime
  minister said the government *would not amend* the law"; not a modal of knowing or being ("could not confirm",
  "would not be easy") and not another party's ("said Germany would not attend": coded on its own).
"""

from __future__ import annotations

import pytest

from event_helpers import events, show


def _statements(pipe, text):
    return [e for e in events(pipe, text) if e.cameo.startswith("01")]


@pytest.mark.parametrize("text, country", [
    ("The French foreign ministry said it was following events in Niamey closely.", "FRA"),
    ("The Brazilian president said the government would raise the minimum wage next year.", "BRA"),
    ("The Bolivian government said it had the unrest under control.", "BOL"),
    ("The Thai foreign minister said the border would stay open.", "THA"),
    ("The Indonesian army said its troops had reached the crash site and that the president would visit on Friday.",
     "IDN"),
    ("Ghana's finance minister said inflation was falling and the cedi would recover.", "GHA"),
])
def test_statement_about_what_is_or_will_be_kept(pipe, text, country):
    evs = [e for e in _statements(pipe, text) if e.cameo == "010"]
    assert evs and evs[0].source is not None and evs[0].source.country == country, show(_statements(pipe, text))


@pytest.mark.parametrize("text, country", [
    ("The UN says both sides have committed grave abuses.", "UNO"),
    ("The Kenyan opposition leader said the government had failed.", "KEN"),
])
def test_blame_content_kept(pipe, text, country):
    evs = [e for e in _statements(pipe, text) if e.cameo == "010"]
    assert evs and evs[0].source.country == country, show(events(pipe, text))


@pytest.mark.parametrize("text, country", [
    ("The Thai prime minister said the government would not amend the law.", "THA"),
    ("The Thai prime minister told reporters on Sunday that the government would not amend the law.", "THA"),
    ("The Greek labour minister said the government could not afford a bigger increase.", "GRC"),
    ("The Egyptian prime minister said the country could not afford new subsidies.", "EGY"),
    ("The Greek labour minister said the government had already raised the wage twice and could not afford more.",
     "GRC"),
])
def test_own_refusal_by_statement(pipe, text, country):
    evs = events(pipe, text)
    ref = [e for e in evs if e.cameo.startswith("12") and e.status == "asserted"]
    assert ref and ref[0].source.country == country and not _statements(pipe, text), show(evs)


@pytest.mark.parametrize("text", [
    "The Peruvian minister said he could not confirm the reports.",
    "The Greek minister said it would not be easy.",
    "\"We will not rest until the hostages are home,\" the Israeli prime minister said.",
    "The Turkish defence minister said the army would not watch the region slide into chaos.",
    "The Iranian foreign minister said Tehran would not hesitate to respond.",
    "The Brazilian president said the government would raise the minimum wage next year.",
])
def test_no_refusal_from_knowing_being_or_doing(pipe, text):
    evs = events(pipe, text)
    assert not [e for e in evs if e.cameo.startswith("12")], show(evs)
