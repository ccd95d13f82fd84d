"""The speaker's own announced act told in a that-clause (session 34, round in68).

* "X said it would take measures against Y", "said Cairo would use force", "said it will take decisive action
  against ...", "said it would retaliate": the speaker's own announced act, with no coded event of its own, is a
  threat (13x: the content table's threat class, else 130) rather than a bare statement (010), asserted as the
  ``say_*`` threat patterns are, with the "against" party as target (``coding.py``, ``code_shifts.own_announced_act``,
  ``announced_threat``);
* announced acts that already have a pattern stay coded by it (an intent 03x, a threat 13x, future);
* controls: another party's act ("said Germany would ..."), a forecast ("prices would rise"), a state of things
  ("the border would stay closed"), a guess ("would probably"), a refusal-shaped negation, a harmless measure
  ("steps to boost exports") and a plain response ("respond to the letter") keep their statement.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from event_helpers import events, show, with_trigger


@pytest.mark.parametrize("text, code, country, tcountry", [
    ("Pakistan said it would take measures against India.", "130", "PAK", "IND"),
    ("The Russian embassy said Moscow would take countermeasures against Berlin.", "130", "RUS", "DEU"),
    ("Turkey said it will take decisive action against the militants.", "130", "TUR", None),
    ("Egypt's foreign minister said Cairo would take all measures needed to protect its water rights.", "130", "EGY",
     None),
    ("The Indian government said it would take firm action against Pakistan.", "130", "IND", "PAK"),
    ("Iran said it will take reciprocal measures against the European Union.", "130", "IRN", "EUR"),
    ("The Serbian army said it would use force against the smugglers.", "13", "SRB", None),
    ("The Venezuelan government said it would punish the protest leaders.", "13", "VEN", None),
    ("Belarus said it would respond decisively against Lithuania.", "130", "BLR", "LTU"),
    ("The Chinese defence ministry said it would retaliate against the Philippines.", "13", "CHN", "PHL"),
    ("The Nigerian army said it will take tough action against the bandits.", "130", "NGA", None),
    ("The Thai government said it would take all necessary steps against the protesters.", "130", "THA", None),
    ("Israel said it would use force against the flotilla.", "13", "ISR", None),
])
def test_own_announced_threat_is_a_threat_not_a_bare_statement(pipe, text, code, country, tcountry):
    evs = events(pipe, text)
    hit = [e for e in evs if e.cameo.startswith(code) and e.status in ("asserted", "future")]
    assert hit, show(evs)
    assert hit[0].source is not None and hit[0].source.country == country, show(evs)
    if tcountry:
        assert hit[0].target is not None and hit[0].target.country == tcountry, show(evs)
    assert not [e for e in evs if e.cameo == "010"], show(evs)


@pytest.mark.parametrize("text, trigger, root", [
    ("France said it will send aid to Lebanon.", "send", "03"),
    ("Poland said it would expel the Russian diplomats.", "expel", "13"),
    ("Brazil said it would cooperate with Argentina on border security.", "cooperate", "03"),
    ("The government said it would impose sanctions on Russia.", "impose", "13"),
    ("Japan said it planned to send a delegation to Seoul.", "send", "03"),
    ("The ministry said it intended to open talks with the rebels.", "open", "03"),
    ("Turkey said it was ready to mediate between Russia and Ukraine.", "ready", "03"),
    ("Egypt said it would host talks between Israel and Hamas.", "host", "03"),
    ("The unions said they would hold demonstrations across the country.", "hold", "13"),
])
def test_announced_acts_with_a_pattern_keep_their_code(pipe, text, trigger, root):
    evs = events(pipe, text)
    assert with_trigger(evs, trigger, root=root), show(evs)


@pytest.mark.parametrize("text", [
    "The Kenyan government said Germany would take measures against the smugglers.",
    "The central bank said prices would rise next year.",
    "The interior ministry said the border would stay closed.",
    "Analysts said Russia would probably take measures against Georgia.",
    "The government said it would not take any measures against the strikers.",
    "The ministry said it would take steps to boost exports.",
    "The government said it would respond to the letter next week.",
    "The ministry said it would take measures to help farmers.",
    "The government said Ukraine would take measures against the smugglers.",
    "The mayor said it would rain tomorrow.",
    "The minister said it would take years to rebuild the city.",
    "The ministry said it would take measures to improve safety on the roads.",
    "The government said it would take action to reduce inflation.",
    "Officials said the talks would resume next week.",
])
def test_others_acts_forecasts_and_harmless_measures_are_no_threat(pipe, text):
    evs = events(pipe, text)
    assert not [e for e in evs if e.cameo.startswith("13") and (e.rule or "").endswith("+own-threat")], show(evs)
    assert not [e for e in evs if e.cameo == "130"], show(evs)
