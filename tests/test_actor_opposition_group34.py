""""The opposition" as a body is a group that "they" and "it" can refer to (issue 10, session 24, round 34).

The agents lexicon flagged "opposition" (and "opposition party / coalition / alliance / movement") as one person,
as for "opposition leader": a later "they" or "it" could then not be the opposition and went to an earlier
government ("The opposition said they would protest" coded as the government). "Opposition leader", "opposition
figure", "dissident" stay persons. Sentences written for this test."""

from __future__ import annotations

import pytest

from test_actor_context13 import _no_user_files, codes, nlp, run  # noqa: F401  (fixtures)


@pytest.mark.parametrize("text, pronoun, expected", [
    ("NAIROBI (Reuters) - The government raised fuel prices on Monday. The opposition said they would protest "
     "against the decision.", "they", ("KEN", "OPP")),
    ("HARARE (Reuters) - The government banned the rally. The opposition said it would challenge the ban in court.",
     "it", ("ZWE", "OPP")),
    ("DHAKA (Reuters) - Police detained dozens of activists. The main opposition party said it would call a strike.",
     "it", ("BGD", "OPP")),
    ("LUSAKA (Reuters) - The cabinet approved the new law. The opposition coalition said they had not been "
     "consulted.", "they", ("ZMB", "OPP")),
])
def test_a_pronoun_after_the_opposition_is_the_opposition(nlp, text, pronoun, expected):
    # ("said it": the pronoun after its speech verb; "it" alone is inside "opposition")
    assert codes(run(nlp, text), "said " + pronoun, word=-1) == expected


@pytest.mark.parametrize("text, pronoun, expected", [
    ("Opposition leader Anna Voss met the president. The opposition leader said she would run again.", "she",
     (None, "OPP")),
    ("The dissident Karel Brun was released on Friday. He said he would leave the country.", "He", (None, "OPP")),
])
def test_opposition_people_stay_persons(nlp, text, pronoun, expected):
    assert codes(run(nlp, text), pronoun) == expected
