"""A cue clause closing its sentence after a comma ('A, the ministry said.') read on the words when the parser hangs it
elsewhere (session 23, round 31, issue 16; quotes/closing_cue.py, rule indirect:closing-cue)."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, run, no_actors  # noqa: F401 (fixtures)


@pytest.mark.parametrize("text, content, speaker", [
    # an apposition on the last noun before the cue clause
    ("Nine soldiers and a driver were held, among them the brigade commander, Colonel Amadu Kone, the army said.",
     "Nine soldiers and a driver were held, among them the brigade commander, Colonel Amadu Kone", "army"),
    ("Three journalists were beaten outside the court, including the editor of the daily Sauti, Amina Juma, the press "
     "union said.", "Three journalists were beaten outside the court, including the editor of the daily Sauti, Amina "
     "Juma", "press union"),
    # an 'until' clause before the cue clause
    ("Water will be rationed until the reservoir refills, regional water authority chief Lena Moreau said on "
     "Wednesday.", "Water will be rationed until the reservoir refills", "Lena Moreau"),
    # an opening 'Of the N ...' phrase
    ("Of the 60 wounded, 22 are children, the Red Crescent reported.", "Of the 60 wounded, 22 are children",
     "Red Crescent"),
    ("Of the 14 arrested, six are students, the city police reported.", "Of the 14 arrested, six are students",
     "police"),
    # an absolute phrase before the cue clause
    ("In Goma, thousands of residents marched to the governor's office on Friday, some waving empty jerrycans, "
     "witnesses said.", "In Goma, thousands of residents marched to the governor's office on Friday, some waving "
     "empty jerrycans", "witnesses"),
])
def test_cue_clause_closing_the_sentence(nlp, no_actors, text, content, speaker):
    qs = [q for q in run(nlp, text) if q.kind == "indirect"]
    assert [q.text for q in qs] == [content]
    assert qs[0].speaker is not None and speaker in qs[0].speaker.text


@pytest.mark.parametrize("text", [
    "But when the council cut the bus subsidy last year, the drivers said enough.",       # an answer, not a clause
    "Speaking to senior officers gathered in Oslo on Tuesday, Defence Minister Lea Vos stressed the need for drones.",
    "When the bridge collapsed in March, the engineers said nothing.",
])
def test_no_closing_cue_without_a_reported_clause(nlp, no_actors, text):
    """A time clause before '..., X said enough', or a cue with an object of its own, reports no clause before it."""
    assert not [q for q in run(nlp, text) if q.text.startswith(("But when", "Speaking", "When"))]
