"""A that-clause misread as an argument, and a report noun misread as a time phrase (session 25, round 39, branch
rc39, issue 10; repairs 150 and 134):

- "The army said on Tuesday *that* rebels had killed ..." with "that" read as a second subject of the clause's verb
  (or "reports *that* soldiers had killed civilians" with it a second object) is the clause's mark (150): the
  reported act is found, attributed to the speaker;
- "denied *on Wednesday reports* that ..." with the report noun the head of the verb's time phrase is the verb's
  object (134): the denial is found and the denied act is negated, not a claimed act.

Controls: a relative "that" standing for a missing subject, a demonstrative "that" subject, a time phrase on a
noun, a report that is not denied. All sentences are written for Lapwing."""

from __future__ import annotations

import pytest

from lapwing.schema import Article

CLAIMED = ("asserted", "attributed", "future")


def _all(pipe, text):
    return pipe.analyse(Article(id="t", text=text, published="2026-11-02")).events


def _claimed(pipe, text):
    return [e for e in _all(pipe, text) if e.status in CLAIMED]


@pytest.mark.parametrize("text, root, source", [
    ("The army said on Tuesday that rebels had killed three soldiers.", "19", "rebels"),
    ("The navy said on Sunday that pirates had seized a tanker.", "18", "pirates"),
    ("Niger's junta said on Saturday that jihadists had attacked an army post.", "19", "jihadists"),
])
def test_a_that_read_as_a_second_subject_is_the_mark(pipe, text, root, source):
    evs = [e for e in _claimed(pipe, text) if e.cameo.startswith(root)]
    assert evs and evs[0].source is not None and source in evs[0].source.text, text


@pytest.mark.parametrize("text, root, who", [
    ("The Egyptian army denied on Wednesday reports that soldiers had killed civilians.", "19", "army"),
    ("Turkey's defence ministry rejected on Monday claims that its drones had bombed a hospital.", "19", "ministry"),
    ("The Sudanese army dismissed late on Friday allegations that troops had burned villages.", "17", "army"),
    ("Croatia's police denied on Tuesday allegations that officers had beaten migrants.", "18", "police"),
    ("Myanmar's junta denied early on Monday claims that its jets had bombed a school.", "19", "junta"),
])
def test_a_denied_report_after_the_time_phrase(pipe, text, root, who):
    evs = _all(pipe, text)
    denials = [e for e in evs if e.cameo.startswith("016") and e.status in CLAIMED]
    assert denials and who in (denials[0].source.text if denials[0].source else ""), text
    assert not [e for e in evs if e.cameo.startswith(root) and e.status in CLAIMED], text  # the denied act
    assert [e for e in evs if e.cameo.startswith(root) and e.status == "negated"], text


def test_the_repairs_leave_a_relative_that_alone(pipe):
    from lapwing.extract.events.parse_repair import repaired
    for text, verb in [("The soldiers that killed the farmers were arrested.", "killed"),
                       ("The report that the minister read on Monday was false.", "read"),
                       ("He said that was the end of the talks.", "end")]:
        out = repaired(pipe.nlp(text))
        that = next(t for t in out if t.lower_ == "that")
        assert that.dep_ != "mark" and that.head.text == verb, text


@pytest.mark.parametrize("text", [
    "The ambush on Monday that killed four guards was blamed on bandits.",
    "The minister said on Monday that the deal was a mistake.",
])
def test_no_denial_without_a_denied_report(pipe, text):
    assert not [e for e in _claimed(pipe, text) if e.cameo.startswith("016")], text


def test_the_report_noun_becomes_the_object(pipe):
    from lapwing.extract.events.parse_repair import repaired
    out = repaired(pipe.nlp("The Egyptian army denied on Wednesday reports that soldiers had killed civilians."))
    reports = next(t for t in out if t.text == "reports")
    day = next(t for t in out if t.text == "Wednesday")
    assert reports.dep_ == "obj" and reports.head.text == "denied"
    assert day.head.text == "denied" and day.dep_.startswith("obl")
