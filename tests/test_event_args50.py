"""Event arguments, session 30 round 56 (branch ar50). Sentences written for this test, in several phrasings, with
controls that must stay as they are:

- **repair 234** (``repair_affiliation``): "Hackers *linked to X breached* ..." with the affiliation word read as the
  clause's verb and the real verb as its complement: the verb after the phrase is the clause's, the noun its subject
  (the source of the act). The affiliation gives the doer no country of its own (a force "backed by" or "linked
  to" a state is not that state's).
"""

from __future__ import annotations

import pytest

from event_helpers import events as _events, show


def _parse(pipe, text):
    from lapwing.extract.events.parse_repair import repaired

    return repaired(pipe.nlp(text))


def _by_trigger(evs, trigger):
    return [e for e in evs if e.trigger is not None and e.trigger.text == trigger]


# -- repair 234 ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, verb, subj", [
    ("Hackers linked to the Belarusian government breached the servers of Lithuanian ministries.", "breached", "Hackers"),
    ("Fighters allied with the Libyan government shelled Egyptian positions.", "shelled", "Fighters"),
    ("Militants affiliated with Boko Haram abducted twelve farmers.", "abducted", "Militants"),
    ("Gunmen connected to a smuggling ring attacked a Colombian army patrol.", "attacked", "Gunmen"),
    ("Protesters linked to the ruling party blocked the main highway in Lusaka.", "blocked", "Protesters"),
    ("Militias allied to Tehran fired rockets at an American base.", "fired", "Militias"),
    ("Hackers linked to Pyongyang have attacked Japanese exchanges.", "attacked", "Hackers"),
    ("Prosecutors said hackers linked to Moscow attacked Estonian banks.", "attacked", "hackers"),
])
def test_affiliation_word_is_no_verb(pipe, text, verb, subj):
    doc = _parse(pipe, text)
    v = next(t for t in doc if t.text == verb)
    assert any(c.dep_ == "nsubj" and c.text == subj for c in v.children), [(t.text, t.dep_, t.head.i) for t in doc]
    evs = _by_trigger(_events(pipe, text), verb)
    assert evs and all(e.source is not None and subj in e.source.text for e in evs), show(_events(pipe, text))


@pytest.mark.parametrize("text", [
    "Hackers linked to the Belarusian government breached the servers of Lithuanian ministries.",
    "Fighters allied with the Libyan government shelled Egyptian positions.",
    "Gunmen connected to Venezuela attacked a Colombian army patrol.",
])
def test_affiliation_gives_no_country(pipe, text):
    evs = [e for e in _events(pipe, text) if e.source is not None and e.source.text.split()[0] in (
        "Hackers", "Fighters", "Gunmen")]
    assert evs and all(e.source.country in (None, "") for e in evs), show(_events(pipe, text))


def test_allied_with_is_no_alliance(pipe):
    evs = _events(pipe, "Fighters allied with the Libyan government shelled Egyptian positions.")
    assert not [e for e in evs if e.cameo.startswith("05")], show(evs)


@pytest.mark.parametrize("text, verb, head", [
    # a real verb of linking, with its own object, stays the verb
    ("The report linked the hackers to Belarus and accused Minsk of espionage.", "linked", "linked"),
    ("Investigators linked the break-in to Belarus, officials said.", "linked", "said"),
    # a copula or passive auxiliary: "linked" is the predicate
    ("The hackers were linked to Belarus, the Lithuanian government said.", "linked", "said"),
    # a comma and a conjunction: coordinated verbs, not repair 234's
    ("The hackers, linked to Belarus, attacked Lithuanian banks.", "attacked", "attacked"),
])
def test_affiliation_controls(pipe, text, verb, head):
    from lapwing.extract.events.repair_affiliation import affiliation_candidates, repair_affiliation

    doc = pipe.nlp(text).copy()
    assert not any(repair_affiliation(doc[i]) for i in affiliation_candidates(doc))
    assert next(t for t in _parse(pipe, text) if t.text == verb).head.text == head


@pytest.mark.parametrize("text", [
    "Officials close to the Iranian president said the talks would resume.",
    "Soldiers loyal to the Venezuelan president attacked the protesters.",
])
def test_own_side_words_keep_the_sentence_country(pipe, text):
    from lapwing.extract.events.repair_affiliation import affiliate_of

    doc = pipe.nlp(text)
    assert not affiliate_of(doc, doc[0].idx + len(doc[0].text), doc[4].idx)
