"""Session 20, issue 10: the precision audit by rule (``scripts/event_rule_audit.py``) and the rules it narrowed.

* declining or refusing to give out information ("declined to state a position", "refused to give details",
  "declined to disclose the names") is declining comment (011), not a rejection (12) of what the information is about;
* "X wants Y to do Z" is no intent of X's to do Z (``want_to`` needs no object: "wants to sign" stays an intent);
* an adverb of rarity ("seldom", "rarely", "hardly ever") claims no act, as "never" does.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from event_helpers import events, show, with_trigger

_SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "event_rule_audit.py"


def _audit():
    spec = importlib.util.spec_from_file_location("event_rule_audit", _SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("text,trigger", [
    ("Canada declined to state its position on the proposal.", "declined"),
    ("The ministry declined to give details of the talks with the rebels.", "declined"),
    ("The embassy declined to disclose the names of the detained diplomats.", "declined"),
    ("Police declined to reveal the identity of the suspect.", "declined"),
    ("The army declined to provide figures for the casualties.", "declined"),
    ("Officials refused to give further details about the raid.", "refused"),
    ("The Kenyan government refused to release the names of the arrested men.", "refused"),
    ("The foreign ministry declined to explain the decision.", "declined"),
])
def test_withholding_information_is_declining_comment(pipe, text, trigger):
    evs = with_trigger(events(pipe, text), trigger)
    assert evs and all(e.cameo == "011" for e in evs), show(events(pipe, text))


@pytest.mark.parametrize("text,root", [
    ("The Israeli government declined to resume talks with the Palestinians.", "12"),
    ("Syria refused to release the Jordanian prisoners.", "12"),
    ("The Brazilian government declined to send troops to Haiti.", "12"),
    ("The government refused to provide aid to the rebels, citing intelligence information.", "12"),
    ("The army declined to give up its positions despite the new details of the deal.", "12"),
])
def test_declining_an_act_is_still_a_rejection(pipe, text, root):
    evs = [e for e in events(pipe, text) if e.trigger and e.trigger.text in ("declined", "refused")]
    assert evs and evs[0].cameo.startswith(root), show(events(pipe, text))


@pytest.mark.parametrize("text", [
    "The opposition wants the president to resign before the election.",
    "Kenya's president wants the United Nations peacekeepers to leave by June.",
    "Democrats in the Senate wanted the administration to spend more on schools.",
    "The rebels want the army to withdraw from the north.",
    "Moscow wants Washington to lift the sanctions on its banks.",
])
def test_wanting_another_to_act_is_no_intent_of_ones_own(pipe, text):
    evs = events(pipe, text)
    assert not [e for e in with_trigger(evs, "wants") + with_trigger(evs, "want") + with_trigger(evs, "wanted")
                if e.cameo.startswith("03")], show(evs)


@pytest.mark.parametrize("text,code", [
    ("The Armenian government wants to sign a peace agreement with Azerbaijan.", "03"),
    ("The Iraqi government wants to negotiate with the Kurdish leaders.", "03"),
])
def test_wanting_to_act_oneself_stays_an_intent(pipe, text, code):
    evs = [e for e in events(pipe, text) if e.trigger and e.trigger.text == "wants"]
    assert evs and evs[0].cameo.startswith(code), show(events(pipe, text))


@pytest.mark.parametrize("text,trigger", [
    ("The former prime minister seldom criticized China.", "criticized"),
    ("Pakistan rarely condemns attacks by the militants.", "condemns"),
    ("The government has seldom met opposition leaders since the election.", "met"),
    ("The king hardly ever criticized the army.", "criticized"),
    ("The Egyptian president scarcely criticized Israel in public.", "criticized"),
])
def test_rarity_adverb_claims_no_act(pipe, text, trigger):
    evs = with_trigger(events(pipe, text), trigger)
    assert evs and all(e.status == "negated" for e in evs), show(events(pipe, text))


def test_plain_act_stays_asserted(pipe):
    evs = with_trigger(events(pipe, "The former prime minister often criticized China."), "criticized")
    assert evs and evs[0].status == "asserted", show(evs)


def _record(evs):
    return {"article": {"id": "x", "text": "One sentence."}, "events": evs}


def _ev(cameo, ptype, rule, status="asserted", conf=0.5):
    return {"cameo": cameo, "plover": {"type": ptype} if ptype else None, "rule": rule, "status": status,
            "lexicon": f"rows.tsv:{rule}", "confidence": conf, "sentence": {"start": 0, "end": 13}}


def test_audit_counts_right_and_wrong_by_rule_and_mapping(tmp_path, capsys):
    gold = [{"id": "g1", "event": "ASSAULT", "accept": ["ASSAULT"]}, {"id": "g2", "event": "AGREE", "accept": ["AGREE"]}]
    out = [_record([_ev("190", "ASSAULT", "kill"), _ev("020", "REQUEST", "urge_to")]),
           _record([_ev("030", "AGREE", "vow"), _ev("020", "REQUEST", "urge_to"), _ev("190", "ASSAULT", "kill",
                                                                                    status="negated")])]
    for name, rows in (("plover-dev.gold.jsonl", gold), ("plover-dev.out.jsonl", out)):
        (tmp_path / name).write_text("".join(json.dumps(r) + "\n" for r in rows))
    t = _audit().audit_plover(tmp_path, show=False)
    assert dict((k, (r, w)) for k, r, w in t.rows("rule", min_wrong=0)) == {"urge_to": (0, 2), "kill": (1, 0),
                                                                           "vow": (1, 0)}
    assert t.rows("mapping")[0] == ("02->REQUEST", 0, 2)
    printed = capsys.readouterr().out
    assert "4 claimed events, 2 right, 2 wrong" in printed and "One sentence" not in printed


def test_audit_conflibert_counts_the_deciding_event(tmp_path):
    gold = [{"label": 4}]
    out = [_record([_ev("173", "COERCE", "arrest", conf=0.9), _ev("042", "CONSULT", "visit", conf=0.4)])]
    for name, rows in (("conflibert-dev.gold.jsonl", gold), ("conflibert-dev.out.jsonl", out)):
        (tmp_path / name).write_text("".join(json.dumps(r) + "\n" for r in rows))
    t = _audit().audit_conflibert(tmp_path, show=False)
    assert t.rows("rule", "_deciding", min_wrong=0) == [("arrest", 1, 0)]
    assert ("visit", 0, 1) in t.rows("rule")


def test_audit_mapping_reads_a_code_table(tmp_path):
    table = tmp_path / "table.txt"
    table.write_text("# a table\n163: COERCE, restrict, x # a row\n190: ASSAULT, , # another\n173: COERCE, arrest, legal\n")
    assert _audit().read_mapping(table) == {"163": "COERCE", "190": "ASSAULT", "173": "COERCE"}
    diffs = _audit().audit_mapping(table)
    assert ("163", "SANCTION", "COERCE") in diffs and not [d for d in diffs if d[0] in ("190", "173")]
