"""Lower-cased and all-caps articles: the parser sees a recased copy, the record keeps the original.

Sentences and articles here are written for these tests (fictional or well-known public actors).
"""

from __future__ import annotations

import pytest

from lapwing.nlp.truecase import case_of, recase
from lapwing.schema import Article

# ---------------------------------------------------------------------------------------------
# the recasing itself (no model)


def test_case_of_tells_lower_caps_and_normal_text():
    normal = "Police arrested twelve protesters in Lagos on Friday, officials said."
    assert case_of(normal) is None
    assert case_of(normal.lower()) == "lower"
    assert case_of(normal.upper()) == "upper"
    assert case_of("too short") is None  # fewer than 12 letters or three words: nothing to judge
    assert case_of("Too short to judge") is None  # a capital: normally cased
    assert case_of("the un calls for calm in fiji") == "lower"  # a lower-cased headline
    assert case_of("UN demands calm in the capital") == "lower"  # only an acronym in capitals
    # a lower-cased text keeping one acronym is still lower-cased
    assert case_of("police arrested twelve protesters in lagos on friday, the NGO said on saturday. the "
                   "arrests followed a week of marches against fuel prices in the city and in abuja.") == "lower"


def test_normal_text_is_not_recased():
    assert recase("The UN said on Monday that talks in Geneva would resume next week.") is None


@pytest.mark.parametrize("text", [
    "lagos: police arrested twelve protesters in lagos on friday. the u.s. embassy said i was there.",
    "ukraine accused russia of shelling kharkiv. turkey threatened syria. the ngo said kenyan police beat people.",
    "POLICE ARRESTED TWELVE PROTESTERS IN LAGOS ON FRIDAY, THE UN SAID. NATO CONDEMNED THE PRO-RUSSIAN REBELS.",
    "kano - the army said on monday it had killed 20 militants in borno state in march 2021.\n\nresidents fled.",
])
def test_recasing_changes_only_the_case_of_single_characters(text):
    out = recase(text)
    assert out is not None and len(out) == len(text)
    assert out.lower() == text.lower()


def test_what_is_recased():
    out = recase("lagos: police arrested twelve protesters in lagos on friday. the u.s. embassy said i was "
                 "there and i'm sure.\n\nopposition leader juan guaido called on the armed forces to abandon "
                 "president nicolas maduro in march 2019.")
    assert out.startswith("LAGOS: Police arrested twelve protesters in Lagos on Friday. The U.S. embassy said I was")
    assert "I'm sure" in out
    assert "\n\nOpposition leader Juan Guaido called on the armed forces" in out  # paragraph start, actor name
    assert "President Nicolas Maduro in March 2019." in out  # a title before a known person; a month by its year
    out = recase("the ngo said kenyan police beat protesters in nairobi, new delhi and rio de janeiro. "
                 "ukraine accused russia. egypt called on israel and hamas to agree to a truce.")
    for name in ("NGO", "Kenyan", "Nairobi", "New Delhi", "Rio de Janeiro", "Ukraine", "Russia", "Egypt",
                 "Israel", "Hamas"):
        assert name in out, name


@pytest.mark.parametrize("text,kept", [
    ("police may have used excessive force, the commission said on tuesday in its report.", "may have"),
    ("the veterans will march through the capital to the memorial, organisers said on monday.", "will march"),
    ("she cooked a turkey for the family and the guests arrived late in the evening.", "a turkey"),
    ("the minister said the plan would help us all, and that who pays would be decided later.", "help us all"),
    ("the minister said the plan would help us all, and that who pays would be decided later.", "that who pays"),
    ("workers polish the floors of the palace every morning before the guards arrive.", "polish the floors"),
    ("the farmers grew rice and beans near the river, the ministry said in a report.", "grew rice"),
])
def test_ordinary_words_are_not_taken_for_names(text, kept):
    out = recase(text)
    assert out is not None and kept in out, out


def test_ambiguous_country_words_are_names_outside_a_noun_phrase():
    out = recase("turkey threatened to launch an operation, while chad sent troops and georgia protested.")
    assert out.startswith("Turkey threatened") and "Chad sent" in out and "Georgia protested" in out


@pytest.mark.parametrize("text,start", [
    ("kano: police arrested 23 protesters in the city on tuesday, a spokesman said.", "KANO: Police arrested"),
    ("new delhi, feb 8: the government banned the group on monday, officials said.", "NEW DELHI, Feb 8: The government"),
    ("lucknow - three men were arrested on sunday for attacking a police team.", "LUCKNOW - Three men"),
    ("update: police said on monday that three men had been arrested after the attack.", "Update: Police said"),
])
def test_a_lead_dateline_is_written_as_wire_datelines_are(text, start):
    assert recase(text).startswith(start)


def test_era_and_months_next_to_numbers():
    out = recase("the roman legions invaded britain in 43 ad under the emperor, a historian said on friday.")
    assert "43 AD" in out and "Britain" in out
    out = recase("elections are due on 12 may, and the vote was delayed in march by the electoral board.")
    assert "12 May" in out and "in March" in out


# ---------------------------------------------------------------------------------------------
# the pipeline: same events on lower-cased / all-caps text, record points into the original


def tuples(rec):
    def a(x):
        return (x.country, x.sector) if x is not None else None

    return sorted(((e.cameo, a(e.source), a(e.target), e.status, e.date,
                    e.place.name if e.place else None) for e in rec.events), key=str)


def check_spans(rec):
    """Every span in the record is a slice of the record's own (original) text."""
    text = rec.article.text
    spans = [*rec.quotes, *rec.counts, *rec.places, *rec.dates]
    for e in rec.events:
        spans += [e.trigger] + [x for x in (e.source, e.target, e.attributed_to, e.place) if x is not None]
    for s in spans:
        assert text[s.start:s.end] == s.text, (s, text[s.start:s.end])
    for e in rec.events:
        assert 0 <= e.sentence.start < e.sentence.end <= len(text)


SENTENCES = [
    "Police arrested twelve protesters in Lagos on Friday after a march against fuel prices.",
    "Riot police fired tear gas at students in Kampala on Saturday.",
    "Kenyan police arrested 40 protesters in Kisumu on Wednesday.",
    "Ukraine accused Russia of shelling civilian areas of Kharkiv overnight.",
    "Pakistan expelled an Indian diplomat from Islamabad on Tuesday.",
    "The European Union imposed new sanctions on Iran over the crackdown on protesters.",
    "Egypt called on Israel and Hamas to agree to a ceasefire in Gaza.",
    "Opposition leader Juan Guaido called on the armed forces to abandon President Nicolas Maduro.",
    "Gunmen kidnapped 30 villagers in Zamfara state, police said on Monday.",
    "Thousands of workers marched through Paris on Thursday to protest against the pension reform.",
    "Canada imposed sanctions on Russian officials over the war in Ukraine.",
    "The United Nations condemned the killing of peacekeepers in Mali.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_lower_cased_and_all_caps_sentences_give_the_events_of_the_normal_text(pipe, text):
    normal = pipe.analyse(Article(id="n", text=text, published="2024-02-08"))
    assert normal.events, text  # each sentence has an event in normal case
    for variant in (text.lower(), text.upper()):
        rec = pipe.analyse(Article(id="v", text=variant, published="2024-02-08"))
        assert tuples(rec) == tuples(normal), variant
        assert rec.article.text == variant  # the original, not the recased copy
        check_spans(rec)
        assert any("parsed a recased copy" in w for w in rec.warnings)


# the wire form of a "city:" dateline; its lower-cased and all-caps copies must give the same record
ARTICLE = (
    "KANO: Police arrested 23 protesters in Kano on Tuesday after a march against fuel prices turned violent, "
    "a police spokesman said.\n\n"
    "The protesters threw stones at officers, who fired tear gas to disperse them. Two people were killed, "
    "residents said.\n\n"
    "The Nigerian Labour Congress condemned the arrests and called on President Bola Tinubu to release the "
    "detained workers."
)


def test_a_lower_cased_article_with_a_city_dateline_gives_the_same_record(pipe):
    normal = pipe.analyse(Article(id="n", text=ARTICLE, published="2024-02-08"))
    arrest = [e for e in normal.events if e.cameo == "173"]
    assert len(arrest) == 1 and arrest[0].date == "2024-02-06" and arrest[0].place.name == "Kano"
    # the dateline gives the police and the protesters their country
    assert (arrest[0].source.country, arrest[0].target.country) == ("NGA", "NGA")
    for variant in (ARTICLE.lower(), ARTICLE.upper()):
        rec = pipe.analyse(Article(id="v", text=variant, published="2024-02-08"))
        assert rec.status == "ok" and rec.article.text == variant
        assert tuples(rec) == tuples(normal)
        assert [(c.category, c.value) for c in rec.counts] == [(c.category, c.value) for c in normal.counts]
        assert [p.name for p in rec.places] == [p.name for p in normal.places]
        check_spans(rec)
        ev = next(e for e in rec.events if e.cameo == "173")
        assert ev.place.text == variant[ev.place.start:ev.place.end] in ("kano", "KANO")
        assert ev.trigger.text == variant[ev.trigger.start:ev.trigger.end] == ("arrested" if variant.islower()
                                                                                 else "ARRESTED")
        assert ev.source.text in ("police", "POLICE")


def test_truecasing_can_be_turned_off(pipe):
    text = "ukraine accused russia of shelling civilian areas of kharkiv overnight."
    old = dict(pipe.config)
    pipe.config["truecase"] = "off"
    try:
        rec = pipe.analyse(Article(id="off", text=text))
    finally:
        pipe.config.clear()
        pipe.config.update(old)
    assert not any("recased" in w for w in rec.warnings)
    on = pipe.analyse(Article(id="on", text=text))
    assert any(e.cameo == "112" and e.source.country == "UKR" for e in on.events), tuples(on)


def test_a_normally_cased_article_is_parsed_as_it_is(pipe):
    rec = pipe.analyse(Article(id="n", text=SENTENCES[0]))
    assert not any("recased" in w for w in rec.warnings)


@pytest.mark.parametrize("text", [
    "The company fired 200 workers in Lagos on Friday after profits fell.",
    "The striker shot wide in the final minute as Arsenal lost to Chelsea.",
    "Prices attacked resistance at 1,900 dollars before the market closed in London.",
    "Fans marched to the stadium in Manchester before the derby on Sunday.",
    "The Roman legions invaded Britain in 43 AD under Emperor Claudius, historians say.",
])
def test_lower_cased_non_political_sentences_stay_without_events(pipe, text):
    for variant in (text, text.lower(), text.upper()):
        rec = pipe.analyse(Article(id="x", text=variant, published="2024-02-08"))
        assert [e for e in rec.events if e.status in ("asserted", "attributed", "future")] == [], \
            (variant, tuples(rec))


def test_the_example_articles_keep_their_events_when_lower_cased(pipe):
    """The bundled examples (wire, web and feed articles) lower-cased: nearly every event survives."""
    from pathlib import Path

    from lapwing.ingest import read_inputs

    def core(rec):
        def a(x):
            return (x.country, x.sector) if x is not None else None

        return {(e.cameo, a(e.source), a(e.target), e.status) for e in rec.events}

    examples = Path(__file__).resolve().parent.parent / "examples"
    total = kept = extra = 0
    for item in read_inputs([str(examples)]):
        art = item.article
        normal = core(pipe.analyse(art.model_copy()))
        lower = core(pipe.analyse(art.model_copy(update={"text": art.text.lower()})))
        total += len(normal)
        kept += len(normal & lower)
        extra += len(lower - normal)
    assert total >= 40
    assert kept >= 0.85 * total, (kept, total)  # 0 of 67 without truecasing, 62 with (2026-12-02)
    assert extra <= 0.1 * total, (extra, total)
