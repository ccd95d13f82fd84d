"""Lower-cased news, session 13: a person's name after a title is a name (issue 10).

Sentences here are written for these tests; the people in them are made up.
"""

from __future__ import annotations

import pytest

from lapwing.nlp.truecase import recase
from lapwing.schema import Article

TAIL = " officials said the talks would continue next week in the capital, and diplomats agreed."


def rc(text: str) -> str:
    out = recase(text + TAIL, "lower")
    assert out is not None and len(out) == len(text + TAIL) and out.lower() == (text + TAIL).lower()
    return out[: len(text)]


# ---------------------------------------------------------------------------------------------
# what is recased: names after titles, in many phrasings


@pytest.mark.parametrize("text,name", [
    ("russian president ivan petrov imposed sanctions on belarus.", "Ivan Petrov imposed"),
    ("kenyan interior minister peter otieno met the envoy.", "Peter Otieno met"),
    ("the ukrainian president taras kovalenko accused moscow.", "Taras Kovalenko accused"),
    ("nigerian defence minister musa bello threatened the rebels.", "Musa Bello threatened"),
    ("chinese foreign ministry spokesman wang lei called on tokyo to stop.", "Wang Lei called"),
    ("u.n. secretary-general anders holm praised the deal.", "Anders Holm praised"),
    ("sudanese army chief ahmed osman warned the militia.", "Ahmed Osman warned"),
    ("police inspector ramesh kumar said two men were held.", "Ramesh Kumar said"),
    ("taliban spokesman zabihullah noori denied it.", "Zabihullah Noori denied"),
    ("iraqi prime minister ali al-jabouri visited basra.", "Ali Al-Jabouri visited"),
    ("opposition mp john mark okello was arrested.", "John Mark Okello was"),
    ("colombian army commander general jorge castillo met the envoy.", "General Jorge Castillo met"),
])
def test_a_name_after_a_title_is_capitalised(text, name):
    assert name in rc(text)


@pytest.mark.parametrize("text,chain", [
    ("bangladeshi home minister anwar hossain said.", "Home Minister Anwar Hossain"),
    ("saudi crown prince faisal bin nasser arrived.", "Crown Prince Faisal"),
    ("deputy foreign minister lena vogt spoke.", "Deputy Foreign Minister Lena Vogt"),
])
def test_the_title_chain_before_the_name_takes_capitals(text, chain):
    assert chain in rc(text)


@pytest.mark.parametrize("text,name", [
    ("interior minister mark otieno said the officers would be charged.", "Mark Otieno said"),
    ("home minister grace mensah rejected the report.", "Grace Mensah rejected"),
    ("zimbabwean opposition leader faith moyo called for calm.", "Faith Moyo called"),
    ("justice minister hope ndlovu resigned.", "Hope Ndlovu resigned"),
])
def test_a_first_name_that_is_a_common_word_counts_next_to_a_surname(text, name):
    assert name in rc(text)


@pytest.mark.parametrize("text,name,not_this", [
    ("german chancellor olaf brandt criticised warsaw.", "Olaf Brandt", "OLAF"),
    ("mexican president ana robles called on the cartels to disarm.", "Ana Robles", "ANA"),
])
def test_a_lexicon_acronym_inside_a_name_is_a_name(text, name, not_this):
    out = rc(text)
    assert name in out and not_this not in out


@pytest.mark.parametrize("text,expected", [
    ("lucknow: sho vikram singh arrested two men.", "LUCKNOW: SHO Vikram Singh arrested"),
    ("the raid was led by dsp harjinder singh on monday.", "DSP Harjinder Singh on"),
    ("deputy inspector general of police rajesh kumar said.", "of police Rajesh Kumar said"),
    ("superintendent of police anil yadav told reporters.", "of police Anil Yadav told"),
    ("u.s. secretary of state mary collins met the envoy.", "of state Mary Collins met"),
    ("the chief of army staff general asim raza said.", "General Asim Raza said"),
])
def test_police_ranks_and_offices_before_a_name(text, expected):
    assert expected in rc(text)


@pytest.mark.parametrize("text,start", [
    ("bareilly (pti): police arrested two men on friday.", "BAREILLY (pti): Police arrested"),
    ("washington (ap) -- u.s. officials said the talks failed.", "WASHINGTON (ap) -- U.S. officials"),
    ("new delhi, march 3 (reuters) - the government banned the group.", "NEW DELHI, March 3 (reuters) - The"),
])
def test_a_dateline_with_an_agency_in_brackets(text, start):
    assert rc(text).startswith(start)


# ---------------------------------------------------------------------------------------------
# what stays: a title followed by ordinary English


@pytest.mark.parametrize("text", [
    "the president ordered troops to the border.",
    "the minister promised reforms to farmers.",
    "the governor declared a state of emergency.",
    "the commander confirmed that two soldiers died.",
    "the police chief resigned after the raid.",
    "the spokesman denied the report.",
    "the mayor tweeted a photo of the flood.",
    "the general elections were postponed.",
    "the inspector general ordered an inquiry.",
    "the chief guest arrived late.",
    "the chief justice heard the case.",
    "the judge adjourned the hearing.",
    "the inspector concerned was suspended.",
    "the inspector in charge fled.",
    "the minister urges calm.",
    "the commander warns rebels.",
    "the king cobra bit him.",
    "the general manager quit.",
    "the secretary of state said the minister of the interior had resigned.",
    "the minister rose to speak.",
    "a police constable sustained injuries.",
    "the prime minister himself spoke.",
])
def test_a_title_before_ordinary_words_takes_no_name(text):
    out = rc(text)
    assert out[1:] == text[1:], out  # only the sentence start changes


def test_a_fourth_unknown_word_in_a_row_is_no_name():
    out = rc("the president abcde fghij klmno pqrst said.")
    assert "abcde fghij klmno pqrst" in out


def test_normally_cased_text_is_untouched():
    assert recase("Russian President Ivan Petrov imposed sanctions on Belarus on Monday, officials said.") is None


# ---------------------------------------------------------------------------------------------
# the pipeline: the event keeps its root and its source's country on lower-cased text


@pytest.mark.parametrize("text,root,country", [
    ("Russian President Ivan Petrov imposed sanctions on Belarus.", "16", "RUS"),
    ("German Chancellor Olaf Brandt criticised Poland over its treatment of journalists.", "11", "DEU"),
    ("French Foreign Minister Claire Dubois accused Russia of shelling civilian areas.", "11", "FRA"),
    ("Kenyan Interior Minister Peter Otieno praised Canada for its help after the floods.", "05", "KEN"),
    ("Turkish President Kemal Aydin imposed sanctions on Belarus.", "16", "TUR"),
    ("Mexican President Ana Robles threatened Armenia with military action.", "13", "MEX"),
    ("Ghanaian Finance Minister Kwame Asante called on Iran to release the detained activists.", "02", "GHA"),
])
def test_lower_cased_sentences_keep_root_and_source_country(pipe, text, root, country):
    second = " Officials said the talks would continue next week in the capital."
    for variant in (text + second, (text + second).lower()):
        rec = pipe.analyse(Article(id="t", text=variant, published="2024-02-08"))
        got = {(e.cameo[:2], e.source.country if e.source else None) for e in rec.events}
        assert (root, country) in got, (variant, got)


# ---------------------------------------------------------------------------------------------
# acronyms that only their context tells, ranks after a force, common nouns that are also places


@pytest.mark.parametrize("text,expected", [
    ("police detained two mlas and 40 party workers.", "two MLAs and"),
    ("the ngos said the mla had fled.", "The NGOs said the MLA had"),
    ("the sho concerned was suspended.", "The SHO concerned was suspended"),
    ("teachers demanded to be paid in us dollars.", "in US dollars"),
    ("residents said us troops had left the base.", "said US troops had"),
    ("police major jonel abapo said the suspect fired first.", "Police Major Jonel Abapo said"),
    ("army major faisal khan led the raid.", "Army Major Faisal Khan led"),
])
def test_acronyms_and_ranks_in_context(text, expected):
    assert expected in rc(text)


@pytest.mark.parametrize("text,kept", [
    ("he told us that the police took us to the station.", "told us that the police took us to"),
    ("a major earthquake hit the coast.", "major earthquake"),
    ("thirteen people were taken away in a police van.", "police van."),
    ("the bride and her family were stopped at a store.", "bride and her family were stopped at a store"),
    ("it was 5 cm long and 2 cm wide.", "5 cm long"),
])
def test_pronouns_and_common_nouns_stay_lower_case(text, kept):
    assert kept in rc(text)


# ---------------------------------------------------------------------------------------------
# two or three words in a row that no treebank word or lexicon knows: a name


@pytest.mark.parametrize("text,expected", [
    ("ravindra bhosale of kharadwadi had been arrested on friday.", "Ravindra Bhosale of"),
    ("teachers staged a sit-in at ngorongo mandali on thursday.", "at Ngorongo Mandali on"),
    ("the body was found near the oduya ekpeme junction.", "the Oduya Ekpeme junction"),
])
def test_two_unknown_words_in_a_row_are_a_name(text, expected):
    assert expected in rc(text)


@pytest.mark.parametrize("text,kept", [
    ("a four-year-old boy was hit by a tractor near the canal.", "four-year-old boy"),
    ("police seized country-made pistols and cryptocurrency wallets.", "country-made pistols"),
    ("the water cannon was used against the protesters.", "water cannon"),
    ("the death toll rose to nine after the bus fares protest.", "death toll"),
    ("mourners joined the processions and the bus drivers stopped.", "the processions and the bus drivers"),
])
def test_known_words_in_a_row_stay_lower_case(text, kept):
    assert kept in rc(text)


@pytest.mark.parametrize("text,expected", [
    ("fake invoices worth rs 60 crore were seized.", "worth Rs 60 crore"),
    ("a bribe of rs. 5,000 was paid to the clerk.", "of Rs. 5,000 was"),
    ("the trader lost ksh 20,000 to the gang.", "lost KSh 20,000"),
    ("the bond was set at usd 500 by the court.", "at USD 500"),
])
def test_a_currency_before_an_amount(text, expected):
    assert expected in rc(text)


def test_a_currency_word_without_an_amount_stays():
    assert "hers was cheaper" in rc("she said hers was cheaper than the rest.")
