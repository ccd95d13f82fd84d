"""What talks and statements are about is not who takes part in them; the head of a multinational alliance or bloc
is the organisation's, not the sentence's country's (issue 10, session 25, round 38).

"The two leaders held talks on Ukraine": Ukraine is the topic, neither the target of the consultation nor the
country of "the two leaders" (`events/topics.py`); the hearers still are ("talks *with* Kenya", "told Hungary").
Every sentence is written for this test."""

from __future__ import annotations

import pytest

from test_actor_context13 import _no_user_files, codes, nlp, run  # noqa: F401  (fixtures)

CLAIMED = ("asserted", "attributed")


def claimed(pipe, text):
    from lapwing.schema import Article

    return [e for e in pipe.analyse(Article(id="t", text=text, published="2024-03-05")).events
            if e.status in CLAIMED]


@pytest.mark.parametrize("text, topic", [
    ("The two leaders held talks on Ukraine on Tuesday.", "UKR"),
    ("The Nigerian president held a meeting on Niger last week.", "NER"),
    ("The two presidents held a phone call on Gaza.", "PSE"),
    ("The Turkish president made a statement on Syria.", "SYR"),
    ("Both foreign ministers held consultations about Myanmar in Jakarta.", "MMR"),
    ("The Canadian minister held consultations on Iran with European allies.", "IRN"),
])
def test_a_topic_is_not_the_target_nor_the_sides_country(pipe, text, topic):
    evs = [e for e in claimed(pipe, text) if e.cameo[:2] in ("01", "03", "04", "05")]
    assert evs, claimed(pipe, text)
    for e in evs:
        assert e.target is None or e.target.country != topic, (e.cameo, e.target)
        assert e.source is None or e.source.country != topic, (e.cameo, e.source)


@pytest.mark.parametrize("text, source, target", [
    ("Australia's prime minister held talks with Indonesia on trade.", "AUS", "IDN"),
    ("The Chilean president held talks with Peru's president about the border.", "CHL", "PER"),
    ("The Egyptian foreign minister met his Sudanese counterpart for talks on Libya.", "EGY", "SDN"),
])
def test_the_hearer_stays_the_target(pipe, text, source, target):
    evs = [e for e in claimed(pipe, text) if e.cameo.startswith("04")]
    assert any(e.source and e.source.country == source and e.target and e.target.country == target for e in evs), evs


@pytest.mark.parametrize("text, source, target", [
    ("The Kenyan government imposed sanctions on Eritrea.", "KEN", "ERI"),
    ("The Kenyan foreign minister called on Uganda to withdraw its troops.", "KEN", "UGA"),
])
def test_on_still_marks_the_target_of_other_acts(pipe, text, source, target):
    assert any(e.source and e.source.country == source and e.target and e.target.country == target
               for e in claimed(pipe, text)), claimed(pipe, text)


@pytest.mark.parametrize("text, phrase, other", [
    ("The head of the Western military alliance said Ukraine needed more air defence.", "alliance", "UKR"),
    ("The chief of the regional bloc warned Mali against delaying the vote.", "bloc", "MLI"),
    ("The secretary-general of the military alliance met Finland's president on Monday.", "alliance", "FIN"),
    ("MANILA, Philippines (Reuters) - The head of the regional grouping urged the government to free the activists.",
     "grouping", "PHL"),
    ("Leaders of the trade bloc rejected Argentina's request on Thursday.", "bloc", "ARG"),
])
def test_the_head_of_an_alliance_of_states_is_the_organisation(nlp, pipe, text, phrase, other):
    got = codes(run(nlp, text), phrase)
    assert got is not None and got[1] == "IGO" and got[0] is None, got
    for e in claimed(pipe, text):
        if e.source is not None and phrase in e.source.text:
            assert e.source.country != other and e.source.sector == "IGO", e.source


@pytest.mark.parametrize("text, phrase, want", [
    ("The chief of Kenya's army visited Somalia on Monday.", "army", ("KEN", "MIL")),
    # (the one country its sentence names is an opposition's own since round ac74: article_country.py)
    ("The opposition alliance said it would boycott the vote in Zambia.", "alliance", ("ZMB", "OPP")),
    ("The head of the UN refugee agency visited Sudan.", "agency", ("UNO", "IGO")),
])
def test_national_and_named_bodies_keep_their_codes(nlp, text, phrase, want):
    assert codes(run(nlp, text), phrase) == want


@pytest.mark.parametrize("text, phrase", [
    ("The head of the 15-nation West African bloc said Mali would return.", "bloc"),
    ("The 27-member bloc imposed new sanctions on Belarus.", "bloc"),
    ("NAIROBI, Kenya (Reuters) - The chairman of the eight-nation regional grouping urged the government to talk.",
     "grouping"),
    ("The leader of the 10-member Southeast Asian bloc visited Myanmar.", "bloc"),
])
def test_a_bloc_counted_by_its_member_states_is_an_organisation_of_states(nlp, text, phrase):
    assert codes(run(nlp, text), phrase) == (None, "IGO")


@pytest.mark.parametrize("text, phrase", [
    ("The 5,000-member union called a strike at the port.", "union"),  # workers, not states
    ("A 12-member delegation from Ghana arrived in Lome.", "delegation"),
])
def test_other_counted_groups_are_not_organisations_of_states(nlp, text, phrase):
    got = codes(run(nlp, text), phrase)
    assert got is None or got[1] != "IGO", got


@pytest.mark.parametrize("text, country", [
    ("Senegal conferred its highest honour on Modi, and the prime ministers signed three accords.", "SEN"),
    ("Ghana bestowed a medal on President Lula, and the two ministers signed a trade pact.", "GHA"),
])
def test_an_on_phrase_of_a_gift_is_no_topic(pipe, text, country):
    """"conferred an honour on X" gives to X: X still counts among the sentence's countries, so the unnamed
    ministers take neither side's country."""
    for e in claimed(pipe, text):
        if e.source is not None and "ministers" in e.source.text:
            assert e.source.country != country, e.source


@pytest.mark.parametrize("text, topic", [
    ("Chile and Argentina have agreed to share data on Bolivia next year.", "BOL"),
    ("The two defence ministers agreed to exchange intelligence about Libya.", "LBY"),
    ("Peru offered to share its experience on Bolivia with the new government.", "BOL"),
])
def test_what_information_is_about_is_no_target(pipe, text, topic):
    evs = [e for e in claimed(pipe, text) if e.cameo.startswith("03")]
    for e in evs:
        assert e.target is None or e.target.country != topic, (e.cameo, e.target)
        assert e.source is None or e.source.country != topic, (e.cameo, e.source)


@pytest.mark.parametrize("text, target", [
    ("The Kenyan president agreed to share intelligence with Uganda on Somalia.", "UGA"),
    ("Iran threatened to impose sanctions on Britain.", "GBR"),
    ("Egypt agreed to hold talks on Libya with Tunisia.", "TUN"),
])
def test_the_party_of_the_content_stays_the_target(pipe, text, target):
    assert any(e.target is not None and e.target.country == target for e in claimed(pipe, text)), claimed(pipe, text)
