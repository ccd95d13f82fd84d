"""Session 39's code neighbourhood (issue #11: one event per happening; store/code_neighbourhoods.py and
lexicons/code_neighbourhoods.tsv): a prison term told with a verb of custody ("jailed for eight years", 173) is the
court's sentence (116) other reports tell. Articles invented for these tests and coded by hand (no model), checked
both ways: the term joins the sentence; an arrest, a stay in custody and another person's term stay apart."""

from __future__ import annotations

import pytest

from lapwing.schema import Actor, Article, ArticleRecord, Event, Span, Trigger
from lapwing.store import code_neighbourhoods
from lapwing.store.clustering import cluster_by_family
from lapwing.store.evidence import type_agreement
from lapwing.store.mentions import mentions_of

DAY = "2028-10-20"


def _actor(text: str, phrase: str, country: str | None, sector: str | None) -> Actor:
    i = text.index(phrase)
    return Actor(text=phrase, start=i, end=i + len(phrase), country=country, sector=sector, kind="agent")


def _record(aid: str, text: str, cameo: str, verb: str, src: tuple | None, tgt: tuple | None,
            day: str = DAY) -> ArticleRecord:
    t0 = text.index(verb)
    ev = Event(cameo=cameo, quad_class=3 if cameo[:2] < "14" else 4, goldstein=-5.0, plover=None,
               sentence=Span(start=0, end=len(text)), trigger=Trigger(text=verb, start=t0, end=t0 + len(verb)),
               date=day, date_source="text", source=_actor(text, *src) if src else None,
               target=_actor(text, *tgt) if tgt else None, status="asserted")
    return ArticleRecord(article=Article(id=aid, text=text, published=day, source=aid), places=[], events=[ev])


def _where(records: list[ArticleRecord]) -> dict[tuple[str, int], int]:
    ms = [m for r in records for m in mentions_of(r)]
    return {ms[i].key: k for k, c in enumerate(cluster_by_family(ms)) for i in c.members + c.copies}


# (the term's headline, its verb, its target, the court's report, its verb, its court, its target, country, sector)
TERMS = [
    ("Belarusian blogger jailed for eight years.", "jailed", "Belarusian blogger",
     "A Minsk court sentenced the Belarusian blogger Andrei Kovalchuk to eight years in prison on Friday.",
     "sentenced", "A Minsk court", "the Belarusian blogger Andrei Kovalchuk", "BLR", "MED"),
    ("Cambodian union leader imprisoned for 18 months over strike", "imprisoned", "Cambodian union leader",
     "The Phnom Penh municipal court handed the Cambodian union leader Sok Dara an 18-month prison term on Friday.",
     "handed", "The Phnom Penh municipal court", "the Cambodian union leader Sok Dara", "KHM", "LAB"),
    ("Former Peruvian minister sent to prison for two and a half years", "sent to prison",
     "Former Peruvian minister",
     "Peru's supreme court sentenced former minister Lucia Paredes on Friday to 30 months for influence peddling.",
     "sentenced", "Peru's supreme court", "former minister Lucia Paredes", "PER", "GOV"),
]


@pytest.mark.parametrize("h_text,h_verb,h_tgt,c_text,c_verb,c_src,c_tgt,cc,sector", TERMS)
def test_a_prison_term_told_as_custody_joins_the_courts_sentence(h_text, h_verb, h_tgt, c_text, c_verb, c_src,
                                                                 c_tgt, cc, sector):
    brief = _record("brief", h_text, "173", h_verb, None, (h_tgt, cc, sector))
    court = _record("court", c_text, "116", c_verb, (c_src, cc, "JUD"), (c_tgt, cc, sector))
    (m,), (n,) = mentions_of(brief), mentions_of(court)
    assert m.block_root == "11"
    assert type_agreement(m, n) == 0.4
    where = _where([brief, court])
    # without the neighbourhood the jailing (17) and the sentence (11) were never compared
    assert where[m.key] == where[n.key]


@pytest.mark.parametrize("sentence", [
    "Police arrested 40 students in Minsk on Friday after a rally.",  # an arrest, no term
    "The journalist was detained for 48 hours and released without charge.",  # custody, not a term
    "Three activists were held for two weeks without trial.",
    "Officers jailed 30 protesters for a night in the city's stadium.",
])
def test_an_arrest_or_a_stay_in_custody_is_no_prison_term(sentence):
    assert not code_neighbourhoods.CONDITIONS["prison_term"](mentions_of(
        _record("a", sentence, "173", sentence.split()[1], None, None))[0])


@pytest.mark.parametrize("sentence", [
    "Opposition lawmaker jailed for life over coup plot.",
    "A rapper was imprisoned for 10 years on Monday.",
    "The former mayor was jailed for a decade.",
])
def test_a_term_in_several_wordings_is_a_prison_term(sentence):
    assert code_neighbourhoods.CONDITIONS["prison_term"](mentions_of(
        _record("a", sentence, "173", sentence.split()[2], None, None))[0])


def test_an_arrest_beside_a_sentence_stays_apart():
    arrest = _record("arrest", "Belarusian police arrested the blogger Andrei Kovalchuk's lawyer on Friday.",
                     "173", "arrested", ("Belarusian police", "BLR", "COP"),
                     ("the blogger Andrei Kovalchuk's lawyer", "BLR", "LEG"))
    court = _record("court", "A Minsk court sentenced the Belarusian blogger Andrei Kovalchuk to eight years in "
                    "prison on Friday.", "116", "sentenced", ("A Minsk court", "BLR", "JUD"),
                    ("the Belarusian blogger Andrei Kovalchuk", "BLR", "MED"))
    (m,), (n,) = mentions_of(arrest), mentions_of(court)
    assert m.block_root == "17"
    where = _where([arrest, court])
    assert where[m.key] != where[n.key]


def test_another_persons_term_in_another_country_stays_apart():
    brief = _record("brief", "Georgian journalist jailed for two years.", "173", "jailed", None,
                    ("Georgian journalist", "GEO", "MED"))
    court = _record("court", "A Baku court sentenced the Azerbaijani editor Farid Aliyev to nine years in prison "
                    "on Friday.", "116", "sentenced", ("A Baku court", "AZE", "JUD"),
                    ("the Azerbaijani editor Farid Aliyev", "AZE", "MED"))
    (m,), (n,) = mentions_of(brief), mentions_of(court)
    assert m.block_root == "11"
    where = _where([brief, court])
    assert where[m.key] != where[n.key]
