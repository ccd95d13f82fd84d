"""The person a state or a body sends, and agent nouns used as verbs (issue 10; session 29, round 52, branch ex47:
the Cambodia-Laos example report).

Every sentence is written for this test.

(a) A subject he/she whose one named person in reach was sent, named or appointed by a state or an organisation
(the object, or the object's apposed name, of a verb whose subject is a country or a body) is that person, with the
sender's country when the person has none of their own (``extract/actors/coref_roles.py``, ``envoy_subject``).
Controls: a person a crowd chants against, a person police arrested (passive "she was released": no sender), two
named persons in reach.

(b) A one-word agent noun the parse makes a verb with an object of its own ("to *press* the junta to ...", "to
*monitor* the vote") names nobody (``extract/actors/lookup.py``, ``_verb_with_object``): the verb's object is the
target, not "press the junta" read as the media. Controls: "the press", "local press" as nouns stay media actors.
"""

from __future__ import annotations

import pytest

from event_helpers import claimed, show


def _with_root(evs, root):
    return [e for e in evs if e.cameo.startswith(root)]


# -- (a) the envoy a state sent ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, root, country, target", [
    # an apposed name after "its foreign minister", a relative clause on the sender
    ("Malaysia, which chairs ASEAN this year, sent its foreign minister, Ahmad Faiz Rahman, to both capitals. "
     "He held talks with Sok Vannarith in Phnom Penh on Sunday.", "04", "MYS", "Sok Vannarith"),
    # "dispatched a special envoy, NAME": the envoy has no country of her own, the sender's is hers
    ("Norway dispatched a special envoy, Ingrid Solberg, to Bogota. She held talks with President Rafael Duarte on "
     "Thursday.", "04", "NOR", "President Rafael Duarte"),
    # a title and name as the object itself, "met" with a foreign leader
    ("Kenya sent Foreign Minister Joseph Mwangi to Addis Ababa on Tuesday. He met Ethiopian Prime Minister Tesfaye "
     "Alemu.", "04", "KEN", "Ethiopian Prime Minister Tesfaye Alemu"),
    # an organisation appoints; the person keeps his own country
    ("The African Union appointed a mediator, former Ghanaian president Kwesi Mensah, on Monday. He met rebel "
     "leaders in Juba on Wednesday.", "04", "GHA", "rebel leaders"),
    # another verb: an appeal by the person sent
    ("Brazil sent its special envoy, Marcos Teixeira, to Caracas last week. He urged the government to free the "
     "detained activists.", "02", "BRA", "the government"),
])
def test_the_person_a_state_sends_is_the_next_he(pipe, text, root, country, target):
    evs = _with_root(claimed(pipe, text), root)
    hit = [e for e in evs if e.source is not None and e.source.text in ("He", "She") and e.target is not None
           and e.target.text == target]
    assert hit, show(evs)
    assert hit[0].source.country == country, show(evs)


@pytest.mark.parametrize("text, pronoun", [
    # a person a crowd chants against: no state or body sent him
    ("Protesters chanted slogans against opposition leader Yusuf Okello on Saturday. He urged the police to "
     "arrest the organisers.", "He"),
    # two named persons in reach: either of them
    ("President Ana Ruiz met the French ambassador, Paul Girard, on Monday. He urged France to lift the sanctions.",
     "He"),
])
def test_no_sender_no_envoy(pipe, text, pronoun):
    evs = claimed(pipe, text)
    calls = _with_root(evs, "02")
    assert calls, show(evs)  # the appeal is coded ...
    assert all(e.source is None or e.source.text != pronoun or e.source.country is None for e in calls), show(evs)


def test_a_person_police_arrested_is_no_envoy(pipe):
    evs = claimed(pipe, "Police in Lagos arrested a journalist, Maria Santos, on Friday. She was released on bail "
                        "on Sunday.")
    arrests = _with_root(evs, "173")
    assert arrests and arrests[0].source.sector == "COP", show(evs)
    assert not any(e.source is not None and e.source.text == "She" for e in evs), show(evs)


# -- (b) agent nouns used as verbs ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, target, sector", [
    ("The envoy flew to Kigali on Monday to press both governments to return to the truce.", "both governments",
     "GOV"),
    ("Sweden's foreign minister travelled to Cairo to press the generals to release the prisoners.", "the generals",
     "MIL"),
    ("The French president will visit Dakar next week to press the junta to hold elections.", "the junta", "MIL"),
])
def test_press_as_a_verb_is_no_media_actor(pipe, text, target, sector):
    evs = claimed(pipe, text)
    appeals = [e for e in evs if e.trigger.text == "press"]
    assert appeals, show(evs)
    assert appeals[0].target is not None and appeals[0].target.text == target, show(evs)
    assert appeals[0].target.sector == sector, show(evs)


@pytest.mark.parametrize("text, media", [
    ("Gunmen attacked the local press in Mosul on Tuesday, the interior ministry said.", "the local press"),
    ("Soldiers attacked the press outside the stadium in Conakry on Friday.", "the press"),
])
def test_press_as_a_noun_stays_the_media(pipe, text, media):
    evs = _with_root(claimed(pipe, text), "19")
    assert any(e.target is not None and e.target.text == media and e.target.sector == "MED" for e in evs), show(evs)
