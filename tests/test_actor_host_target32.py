"""An office holder that other states act upon takes the article's country (issue 10, session 23, round 32).

"Kenya's government congratulated President X", "the Chinese embassy congratulated the new prime minister": every
country the sentence names is another side's (a possessor, a nationality adjective, a subject), and the office
holder is the object of the act, so a reader takes them to be the article's own. Counter-cases: an office holder who
is a subject ("Kenya's minister said the president would visit"), and a country named as a place ("on a visit to
Kenya", "met the president in Nairobi"). Sentences written for this test."""

from __future__ import annotations

import pytest

from test_actor_context13 import _no_user_files, codes, nlp, run  # noqa: F401  (fixtures)

#: an article about Malawi (its main country), then the sentence under test
MALAWI = ("LILONGWE, March 4 (Reuters) - Malawi's parliament approved a new cabinet on Monday after a week of "
          "protests in Malawi. ")
#: an article about Bolivia
BOLIVIA = ("LA PAZ, June 9 (Reuters) - Bolivia's electoral tribunal confirmed the result of the run-off on Sunday, "
           "ending weeks of uncertainty in Bolivia. ")


@pytest.mark.parametrize("lead,sentence,phrase,country", [
    (MALAWI, "Kenya's government congratulated President Peter Banda on his victory.", "President Peter Banda", "MWI"),
    (MALAWI, "The Chinese embassy congratulated the new prime minister on Tuesday.", "the new prime minister", "MWI"),
    (MALAWI, "Tanzania, Zambia and the African Union urged calm, and Kenya's government said it stood behind the "
             "new president.", "the new president", "MWI"),
    (BOLIVIA, "Peru's foreign ministry said Lima stood by the president.", "the president", "BOL"),
    (BOLIVIA, "Brazil and Argentina have welcomed President Lucia Quispe's victory, and the government of Chile "
              "said it would back the new president.", "the new president", "BOL"),
    (BOLIVIA, "The Argentine government praised the interior minister for his handling of the vote.",
     "the interior minister", "BOL"),
])
def test_an_office_holder_other_states_act_upon_is_the_articles(nlp, lead, sentence, phrase, country):
    assert codes(run(nlp, lead + sentence), phrase) == (country, "GOV")


@pytest.mark.parametrize("lead,sentence,phrase", [
    # the office holder is a subject: it may be the other state's own
    (MALAWI, "Kenya's foreign minister said the president would visit Nairobi next month.", "the president"),
    (BOLIVIA, "Peru's ambassador said the prime minister had cancelled the trip.", "the prime minister"),
    # a country named as a place still blocks
    (MALAWI, "The president, on a visit to Kenya, praised the trade deal.", "The president"),
    (BOLIVIA, "Chile's foreign minister met the president in Santiago on Friday.", "the president"),
])
def test_an_office_holder_stays_without_a_country_otherwise(nlp, lead, sentence, phrase):
    assert codes(run(nlp, lead + sentence), phrase) == (None, "GOV")
