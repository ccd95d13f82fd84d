"""Lower-cased news, session 24 round 34: a person named once is named again by the surname (issue 10).

Sentences here are written for these tests; the people in them are made up.
"""

from __future__ import annotations

import pytest

from lapwing.nlp.truecase import recase
from lapwing.schema import Article


def rc(text: str) -> str:
    out = recase(text, "lower")
    assert out is not None and len(out) == len(text) and out.lower() == text.lower()
    return out


# ---------------------------------------------------------------------------------------------
# the surname alone, after the full name was recased


@pytest.mark.parametrize("text,expected", [
    # a surname no English has: every later mention
    ("interior minister ann koroma announced a curfew in the capital on monday. residents stayed "
     "indoors. \"the army will patrol the streets,\" koroma said on tuesday.", "Koroma said on"),
    ("foreign minister tomas vrabec flew to the summit. the talks had failed, vrabec's office said.",
     "failed, Vrabec's office"),
    ("police spokesman duncan mwangale confirmed the arrests. the suspects, mwangale told reporters, "
     "had fled across the border.", "Mwangale told"),
    ("two days later, opposition leader priya ravindran had been released. she thanked supporters, and "
     "ravindran urged the government to hold the vote.", "and Ravindran urged"),
    # a surname that is also an English word: only where a name stands, before a verb of saying
    ("finance minister paul hunter presented the budget on friday. \"we have no choice,\" hunter told "
     "lawmakers.", "Hunter told"),
    ("treasury secretary janet baker opposed the tax. \"it would hurt savers,\" baker said.", "Baker said"),
    ("prime minister laura fox visited the port. dockers cheered, and fox said the strike was over.",
     "and Fox said"),
    ("governor maria fisher closed the schools. on monday, fisher demanded federal help.",
     "Fisher demanded"),
    ("president omar brown signed the decree. aides said that brown was tired but pleased.",
     "that Brown was"),
])
def test_a_surname_alone_is_capitalised(text, expected):
    assert expected in rc(text)


@pytest.mark.parametrize("text,kept", [
    # the English word where it is no name: after an article or adjective, or not before a verb of saying
    ("finance minister paul hunter presented the budget. the hunter said he had seen nothing.",
     "hunter said he"),
    ("treasury secretary janet baker opposed the tax. a local baker told reporters prices rose.",
     "local baker told"),
    ("treasury secretary janet baker opposed the tax. bread from the baker was scarce.", "the baker was"),
    ("prime minister laura fox visited the port. the fox was seen near the bins.", "fox was seen"),
    ("governor maria fisher closed the schools. a young fisher demanded water.", "fisher demanded water"),
    ("president omar brown signed the decree. bakers sold brown bread at dawn.",
     "sold brown bread"),
    # no full name first: a bare unknown word stays as it is
    ("\"we will not negotiate,\" koroma said on tuesday.", "koroma said"),
])
def test_an_ordinary_word_or_an_unintroduced_name_stays_lower_case(text, kept):
    assert kept in rc(text)


# ---------------------------------------------------------------------------------------------
# a middle initial inside a name after a title


@pytest.mark.parametrize("text,expected", [
    ("federal judge howard t. okonkwo blocked the order on friday.", "Howard T. Okonkwo blocked"),
    ("former president george w. hallworth met the envoy.", "George W. Hallworth met"),
    ("senator mary j. adeyemi said the bill would pass, and adeyemi vowed to fight on.",
     "Mary J. Adeyemi said the bill would pass, and Adeyemi vowed"),
    ("chief minister ravi k. pattanayak inaugurated the bridge.", "Ravi K. Pattanayak inaugurated"),
])
def test_a_middle_initial_is_part_of_the_name(text, expected):
    assert expected in rc(text)


@pytest.mark.parametrize("text,kept", [
    ("the inspector said a. the rest left.", "said a. the rest"),
    ("the minister a. said nothing.", "minister a. said"),
])
def test_a_letter_that_is_no_initial_stays(text, kept):
    assert kept in rc(text)


@pytest.mark.parametrize("text,expected", [
    # an irregular past form after a name is the verb, not the name's last word
    ("district judge amara okonkwo heard the case.", "Amara Okonkwo heard"),
    ("police commissioner femi adebayo-cole shown on television denied it.", "Femi Adebayo-Cole shown"),
    ("interior minister tariq nawabzada upset the opposition.", "Tariq Nawabzada upset"),
])
def test_an_irregular_verb_form_ends_the_name(text, expected):
    assert expected in rc(text)


# ---------------------------------------------------------------------------------------------
# the pipeline: the statement of the surname alone keeps its speaker's country in lower case


@pytest.mark.parametrize("text,country", [
    ("Kenyan Interior Minister Joseph Mwangale ordered the closure of the camp on Tuesday. Aid groups "
     "protested. \"There is no room for talks,\" Mwangale said on Wednesday, adding that the government "
     "would not change course.", "KEN"),
    ("Ghanaian Finance Minister Kofi Adjetey presented the budget on Friday. Markets fell. The new levy "
     "would be temporary, Adjetey said in an interview with a local radio station.", "GHA"),
    ("Peruvian Foreign Minister Lucia Quispecahua met her Chilean counterpart on Monday. The ministers "
     "signed two agreements. \"Relations have never been better,\" Quispecahua said.", "PER"),
    ("U.S. District Judge Howard T. Okonkwo heard the case on Monday. Lawyers argued for hours. \"The law is "
     "clear,\" Okonkwo told reporters after the hearing.", "USA"),
    ("Turkish Energy Minister Selim Karabulutoglu visited the plant on Sunday. Engineers were present. "
     "\"The pipeline will be finished next year,\" Karabulutoglu told state television.", "TUR"),
])
def test_lower_cased_statement_by_surname_keeps_its_source(pipe, text, country):
    last = text.rsplit(". ", 1)[1]  # the last sentence: the surname's statement
    for variant in (text, text.lower()):
        rec = pipe.analyse(Article(id="t", text=variant, published="2024-02-08"))
        got = {(e.cameo[:2], e.source.country if e.source else None) for e in rec.events
               if e.trigger.start >= len(text) - len(last)}
        assert ("01", country) in got, (variant, got)
