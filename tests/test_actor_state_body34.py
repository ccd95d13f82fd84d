""""The government", "the army", "the authorities" after the article named that body of one country (issue 10,
session 24, round 34; `actors/context_refs.state_body_reference`, rule `coref:body`).

With no dateline or main country, a bare "the government" had no country even when the article had just named
"the Ghanaian government"; a pronoun after it then had none either. It now takes the country of the one earlier
body with the same head word and sector. Not when two countries' bodies were named, not in a sentence naming another
country and not that one, never from a country named alone. Sentences written for this test."""

from __future__ import annotations

import pytest

from test_actor_context13 import _no_user_files, codes, nlp, run  # noqa: F401  (fixtures)


@pytest.mark.parametrize("text, phrase, nth, expected", [
    ("The Ghanaian government has cut fuel subsidies. The government said it hoped prices would fall.",
     "The government", 0, ("GHA", "GOV")),
    ("Peru's army launched an offensive against the rebels on Friday. The army said it had taken two villages.",
     "The army", 0, ("PER", "MIL")),
    ("The government of Chile said on Monday it would raise taxes. The government also said it would cut spending.",
     "The government", 1, ("CHL", "GOV")),
    ("Malian authorities detained two journalists last week. The authorities accused them of spreading rumours.",
     "The authorities", 0, ("MLI", "GOV")),
    ("Nepal's cabinet approved the budget. Later, the cabinet was criticised by farmers.", "the cabinet", 0,
     ("NPL", "GOV")),
])
def test_the_body_after_one_countrys_body_is_that_countrys(nlp, text, phrase, nth, expected):
    assert codes(run(nlp, text), phrase, nth=nth) == expected


@pytest.mark.parametrize("text, phrase, nth", [
    # two countries' governments named: no choice is made
    ("The Chilean government criticised the Argentine government. The government said it would complain.",
     "The government", 0),
    # only a country named, no body of it
    ("Officials in Kenya said fuel prices would rise. The government said it would not back down.",
     "The government", 0),
    # a sentence naming another country and not this one
    ("The Ghanaian government has cut fuel subsidies. In Togo, the government said it would follow suit.",
     "the government", 0),
    # a body of another head word gives nothing
    ("Kenyan lawmakers debated the budget on Tuesday. The government said it hoped the bill would pass.",
     "The government", 0),
])
def test_the_body_stays_without_a_country_otherwise(nlp, text, phrase, nth):
    got = codes(run(nlp, text), phrase, nth=nth)
    assert got is None or got[0] is None
