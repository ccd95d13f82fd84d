"""Event coder, session 25 round 39 (branch ex39, issue 10): a class found among the example reports' misses,
checked in phrasings written for this test:

- "..., hours *after rioters looted* and burned *shops* in the capital": the parser hangs the clause's subject on the
  time noun as a nominal modifier marked by the subordinator (or makes it the subject of an adjective), reads the
  past verb as an adjective on the next noun and hangs that noun on the same head; the clause had no verb and its
  event was lost (parse repair 167, ``repair_span_object``). The past form becomes the clause's verb, the first
  noun its subject, the second its object.
"""

from __future__ import annotations

import pytest

from event_helpers import events, hits, show

from lapwing.extract.events.parse_repair import repaired


def _tree(pipe, text):
    doc = repaired(pipe.nlp(text))
    return {t.text: (t.dep_, t.head.text, t.pos_) for t in doc}


@pytest.mark.parametrize("text,verb,subj,obj", [
    ("Fiji's parliament voted on Monday to dissolve the cabinet, hours after rioters looted and burned shops in "
     "several districts of Suva.", "looted", "rioters", "shops"),
    ("Chile's senate approved the reform on Monday, two days after protesters stormed government offices in "
     "Valparaiso.", "stormed", "protesters", "offices"),
    ("The two leaders met in Geneva, weeks before rebels seized border towns.", "seized", "rebels", "towns"),
    # the object hung higher up, on the noun the time phrase joins, or as a second object of the main verb
    ("Nepal's assembly voted on Tuesday to dismiss Prime Minister Ram Thapa, in a motion passed by 150 votes to 90, "
     "hours after rioters looted and torched shops in two districts of the capital for a third night.",
     "looted", "rioters", "shops"),
    ("Kenya's senate backed the bill in a vote carried by 40 votes to 20, days after students looted and burned "
     "shops in Nairobi.", "looted", "students", "shops"),
])
def test_past_verb_after_subordinator_is_the_clause_verb(pipe, text, verb, subj, obj):
    tree = _tree(pipe, text)
    assert tree[verb][0] == "advcl" and tree[verb][2] == "VERB", tree
    assert tree[subj][:2] == ("nsubj", verb), tree
    assert tree[obj][:2] == ("obj", verb), tree


@pytest.mark.parametrize("text,root,source,country", [
    ("Fiji's parliament voted on Monday to dissolve the cabinet, hours after rioters looted and burned shops in "
     "several districts of Suva.", "14", "rioters", "FJI"),
    ("Chile's senate approved the reform on Monday, two days after protesters stormed government offices in "
     "Valparaiso.", "14", "protesters", "CHL"),
    ("Kenya's senate backed the bill in a vote carried by 40 votes to 20, days after students looted and burned "
     "shops in Nairobi.", "14", "students", "KEN"),
])
def test_the_clause_event_is_coded(pipe, text, root, source, country):
    evs = events(pipe, text)
    assert hits(evs, root, source=source, country=country), show(evs)


@pytest.mark.parametrize("text,word", [
    # a participle on a noun that has a verb of its own, after the subordinator: an adjective, as it was
    ("Calm returned to the capital on Sunday, a day after masked men attacked the market.", "masked"),
    ("The market reopened on Friday, weeks after armed gangs looted it.", "armed"),
    ("Aid arrived in the north two days after the floods, and displaced families returned home.", "displaced"),
])
def test_adjective_on_a_subject_stays(pipe, text, word):
    tree = _tree(pipe, text)
    assert tree[word][0] == "amod", tree
