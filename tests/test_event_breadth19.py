"""Recall of session 19 (issue 10): lower-cased headlines and verbs the tagger misreads, in phrasings written for
Lapwing (other actors, tenses and word orders than the sweep's), beside sentences that must stay uncoded.

- a short text with no capital outside its acronyms (a lower-cased headline, a one-line item of fewer than 40
  letters) is recased before parsing as a longer lower-cased article is (``truecase.MIN_SHORT_LETTERS``); ``us``
  after ``the`` is the country;
- a trigger verb's past form read as a preposition or an adverb after its own subject ("The EU *rebuked* Serbia",
  "Israel *intensified* airstrikes"), a name left as the predicate of a past form read as an adjective, the object
  of a particle verb read as an adjective or split at its number ("handed over *the fugitive*"), and a verb form
  read as a compound between a name and a plural noun ("Bolivia *cut* relations with ..."), and a name with a plural
  noun read as a clause after a verb that takes a noun ("reject *UN demands*"); a two-word modifier as a content
  key ("*air defence* systems")."""

from __future__ import annotations

import pytest

from event_helpers import events, show

CLAIMED = ("asserted", "attributed")

# (lower-cased headline, CAMEO root prefix, source text contains, target text contains or None)
HEADLINES = [
    ("the us threatens sanctions on cuba", "13", "us", "cuba"),
    ("the eu pledges new aid for sudan", "03", "eu", None),
    ("the kremlin rejects ceasefire plan", "12", "kremlin", None),
    ("the un urges calm in haiti", "02", "un", None),
    ("the us sends destroyers to the gulf", "15", "us", None),
    ("thailand signs border deal with cambodia", "05", "thailand", "cambodia"),
    ("the us slams iran over drone strikes", "11", "us", "iran"),
    ("japan condemns north korean missile test", "11", "japan", None),
]


@pytest.mark.parametrize("text,code,source,target", HEADLINES)
def test_lower_cased_headline_is_coded_as_its_cased_form(pipe, text, code, source, target):
    evs = events(pipe, text)
    hits = [e for e in evs if e.status in CLAIMED and e.cameo.startswith(code) and e.source is not None
            and source in e.source.text.lower() and (target is None or (e.target and target in e.target.text.lower()))]
    assert hits, show(evs)
    assert all(e.source.country for e in hits), show(hits)


# lower-cased short texts with no event: recasing must not make one
QUIET = [
    "the weather was mild across the us today",
    "markets closed higher in tokyo on friday",
    "the match ended in a draw",
    "turkey prices rise before the holidays",
]


@pytest.mark.parametrize("text", QUIET)
def test_lower_cased_short_text_without_event_stays_quiet(pipe, text):
    evs = events(pipe, text)
    assert not [e for e in evs if e.status in CLAIMED], show(evs)


# verbs the tagger misreads after their own subject (repairs 75-78 of ``parse_repair``; the particle repair):
# (sentence, CAMEO root prefix, source text contains, target text contains or None)
MISREAD = [
    # a past form read as a preposition (the case of its object) or as an adverb of a noun taken for the root
    ("The EU rebuked Serbia over the election.", "11", "EU", "Serbia"),
    ("Beijing rebuked Manila over the collision.", "11", "Beijing", "Manila"),
    ("Rebels intensified their offensive near Goma.", "19", "Rebels", None),
    ("Israel intensified airstrikes on Gaza on Monday.", "19", "Israel", "Gaza"),
    ("Hamas intensified rocket attacks on Israeli towns.", "19", "Hamas", None),
    # a name left as the predicate of a past form read as an adjective
    ("Washington rebuked Beijing for its military drills.", "11", "Washington", "Beijing"),
    # the object of a particle verb read as an adjective or split at its number
    ("Peru handed over the fugitive to Argentine authorities.", "06", "Peru", "authorities"),
    ("Pakistan handed over two suspects to Afghanistan.", "06", "Pakistan", "Afghanistan"),
    ("Kenya handed over the accused to Uganda.", "06", "Kenya", "Uganda"),
    # a verb form read as a noun compound between a name and a plural noun
    ("Saudi Arabia cut ties with Qatar.", "16", "Saudi Arabia", "Qatar"),
    ("Bolivia cut relations with Israel.", "16", "Bolivia", "Israel"),
    # a name + plural noun read as a clause after a verb that takes a noun ("reject UN demands")
    ("The Taliban reject UN demands on women", "12", "Taliban", "UN"),
    ("The junta rejected ECOWAS demands for elections.", "12", "junta", "ECOWAS"),
    ("Myanmar's generals reject UN demands on the Rohingya", "12", "generals", "UN"),
    # a two-word modifier is a content key of its own ("air defence systems": military aid)
    ("The United States supplied Ukraine with air defence systems.", "072", "United States", "Ukraine"),
    ("Iran supplied the Houthis with air defence systems.", "072", "Iran", "Houthis"),
]


@pytest.mark.parametrize("text,code,source,target", MISREAD)
def test_misread_verb_is_coded_with_its_actors(pipe, text, code, source, target):
    evs = events(pipe, text)
    hits = [e for e in evs if e.status in CLAIMED and e.cameo.startswith(code) and e.source is not None
            and source in e.source.text and (target is None or (e.target and target in e.target.text))]
    assert hits, show(evs)


# the same words in their own senses, or in sentences with a verb of their own: no event from the repairs
MISREAD_QUIET = [
    "The budget cut talks resumed in the capital.",  # "cut" a noun, "resumed" the verb
    "Oil price cut fears weigh on markets",
    "The letter, rebuked by many, was read aloud.",
    "An intensified campaign of sermons began on Friday.",
]


@pytest.mark.parametrize("text", MISREAD_QUIET)
def test_misread_repairs_leave_other_senses_alone(pipe, text):
    evs = events(pipe, text)
    assert not [e for e in evs if e.status in CLAIMED and e.cameo[:2] in ("11", "16", "19", "06")], show(evs)
