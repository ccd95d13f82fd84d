"""Round fx59: events lost to misreadings earlier rounds saw and left. Sentences written for these tests.

* repair 244 (``repair_reported_noun``): "Police said gunmen *shot* two guards" with the reported verb tagged a noun
  that has its own subject and object; repair 13e no longer makes such a clause a noun phrase ("gunmen" a compound,
  "shot" the object of "said"): the noun is the verb;
* repair 245 (``repair_adverb_phrase``): repair 21 with a plain adverb or a short adverbial phrase between subject
  and verb ("Trump *at first* imposed tariffs");
* repair 246 (``repair_with_clause``): "A statement on the council's meeting *with Iran has been released*" with
  "with" read as the mark of a clause: the finite verb is the sentence's, no release of Iran.
"""

from __future__ import annotations

import pytest

from event_helpers import by_root, events, show, with_trigger

# ---------------------------------------------------------------------------------------------
# repair 244


@pytest.mark.parametrize("text, trigger, source, target", [
    ("Police said gunmen shot two guards outside a bank.", "shot", "gunmen", "guards"),
    ("Police said gunmen shot two policemen near the market.", "shot", "gunmen", "policemen"),
    ("Officials said militants shot three soldiers near the border.", "shot", "militants", "soldiers"),
    ("Officials said bandits shot a farmer outside his home.", "shot", "bandits", "farmer"),
])
def test_reported_verb_read_as_a_noun_is_the_verb(pipe, text, trigger, source, target):
    evs = events(pipe, text)
    found = [e for e in with_trigger(evs, trigger) if e.cameo.startswith(("18", "19"))
             and e.source is not None and source in e.source.text and e.target is not None and target in e.target.text]
    assert found, show(evs)


@pytest.mark.parametrize("text, word, dep", [
    ("Cabello urged government supporters to gather outside the palace.", "supporters", "obj"),  # 13e still applies
    ("Police said gunmen shot two guards outside a bank.", "shot", "ccomp"),
])
def test_repair_13e_keeps_its_own_class(pipe, text, word, dep):
    from lapwing.extract.events.parse_repair import repaired
    out = repaired(pipe.nlp(text), reparse=pipe.nlp)
    tok = next(t for t in out if t.text == word)
    assert tok.dep_ == dep, [(t.text, t.dep_, t.head.i) for t in out]


def test_reported_noun_control_a_noun_phrase_stays(pipe):
    from lapwing.extract.events.repair_reported_noun import repair_reported_noun
    doc = pipe.nlp("The coach said the shot was a fine one.")
    assert not any(repair_reported_noun(t) for t in doc if t.text == "shot")


# ---------------------------------------------------------------------------------------------
# repair 245


@pytest.mark.parametrize("text, trigger, root, source", [
    ("Trump at first imposed tariffs on Chinese steel.", "imposed", "16", "Trump"),
    ("Washington at first imposed tariffs on Chinese steel.", "imposed", "16", "Washington"),
    ("The government in response imposed sanctions on Iran.", "imposed", "16", "government"),
])
def test_adverb_phrase_between_subject_and_verb(pipe, text, trigger, root, source):
    evs = events(pipe, text)
    found = [e for e in with_trigger(evs, trigger, root=root) if e.source is not None and source in e.source.text]
    assert found, show(evs)


@pytest.mark.parametrize("text, trigger, root", [
    ("The minister on Monday again imposed restrictions on imports from Turkey.", "imposed", "17"),
    ("The government last week quietly imposed sanctions on three Russian banks.", "imposed", "16"),
    ("Moscow in retaliation expelled three Polish diplomats.", "expelled", "16"),
    ("Police at first arrested three protesters.", "arrested", "17"),
])
def test_adverb_phrase_controls_unchanged(pipe, text, trigger, root):
    assert with_trigger(events(pipe, text), trigger, root=root), show(events(pipe, text))


def test_adverbs_before():
    from lapwing.extract.events.repair_adverb_phrase import adverbs_before

    class T:
        def __init__(self, w, pos):
            self.lower_, self.pos_ = w, pos
    words = [T("trump", "PROPN"), T("at", "ADP"), T("first", "ADJ"), T("imposed", "VERB")]
    assert adverbs_before(words, 3, 0) == 1
    words = [T("trump", "PROPN"), T("then", "ADV"), T("imposed", "VERB")]
    assert adverbs_before(words, 2, 0) == 1
    words = [T("trump", "PROPN"), T("big", "ADJ"), T("imposed", "VERB")]
    assert adverbs_before(words, 2, 0) == 2
    words = [T("at", "ADP"), T("first", "ADJ"), T("imposed", "VERB")]  # no subject word left before the phrase
    assert adverbs_before(words, 2, 0) == 2


# ---------------------------------------------------------------------------------------------
# repair 246


@pytest.mark.parametrize("text", [
    "A statement from the council after its meeting with Iran has been released.",
    "A summary of the council's meeting with Ukraine was released on Monday.",
    "The record of the committee's talks with Venezuela has been released.",
    "The full list of the prisoners freed with the deal with Russia was published.",
])
def test_with_clause_read_for_the_main_verb_codes_no_release(pipe, text):
    evs = events(pipe, text)
    assert not [e for e in by_root(evs, "08") if e.target is not None and e.target.country is not None], show(evs)


def test_with_clause_repaired_tree(pipe):
    from lapwing.extract.events.parse_repair import repaired
    out = repaired(pipe.nlp("A statement from the council after its meeting with Iran has been released."),
                   reparse=pipe.nlp)
    t = {x.text: x for x in out}
    assert t["released"].dep_ == "ROOT" and t["statement"].head.text == "released"
    assert t["Iran"].head.text == "meeting" and t["with"].dep_ == "case"


@pytest.mark.parametrize("text, root, target", [
    ("Ten prisoners were released with the help of the Red Cross.", "08", "prisoners"),
    ("With the hostages released, the talks resumed.", "08", "hostages"),
    ("The rebels released two aid workers with the help of the church.", "08", "aid workers"),
])
def test_with_clause_controls_unchanged(pipe, text, root, target):
    evs = events(pipe, text)
    assert [e for e in by_root(evs, root) if e.target is not None and target in e.target.text], show(evs)
