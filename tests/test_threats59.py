"""Threats and criticism carried in reported speech (session 31, round 59).

* a hostile act that the sayer's own side announces with "would" / "will" under a condition ("said it would expel
  the ambassador *if* ...", "warned they would target any ship") is a threat (13x, sub-code by the act's root:
  138 force, 137 repression, 1312 sanctions, 1313 expulsions, 1322 bans), with status future, as an unconditioned
  announcement already was (``coding.py``, ``code_shifts.conditional_announcement``); since session 39, round st79,
  the conditional one is asserted, a threat made (``threat_conditions.threat_made``, test_status79.py);
* another's forecast (an analyst's, a guess with "probably" or "could") and a non-hostile act announced under a
  condition (aid, talks, elections) stay as they were;
* calling something "an act / a pack of" a judgement word, or a quoted judgement noun ("called the decision
  *hysteria*"), is criticism (111) (patterns ``call_judgement_kind``, ``call_judgement_quoted``).

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from event_helpers import events, show, with_trigger


@pytest.mark.parametrize("text, trigger, code, country", [
    ("The European Union said it would impose new sanctions on Belarus unless the prisoners were freed.", "impose",
     "1312", "EUR"),
    ("Venezuela said it would expel the Spanish ambassador if Madrid recognised the opposition leader.", "expel",
     "1313", "VEN"),
    ("The Houthis warned they would target any ship heading to Israeli ports.", "target", "138", "YEM"),
    ("The rebels in Darfur said they would attack El Fasher unless the army withdrew.", "attack", "138", None),
    ("The Ethiopian government said it would arrest the protest leaders if they marched on Sunday.", "arrest",
     "137", "ETH"),
    ("The Russian foreign ministry said Moscow would expel British diplomats if London did so first.", "expel",
     "1313", "RUS"),
    ("The Malian junta said it would ban the opposition party if its leaders kept protesting.", "ban", "1322", "MLI"),
    ("Iran said it would close its airspace to American planes if the sanctions stayed.", "close", "13", "IRN"),
    ("Serbia said it would expel the Croatian consul if the arrests continued.", "expel", "1313", "SRB"),
    ("The Somali government said it would arrest any journalist who interviewed the militants.", "arrest", "137",
     "SOM"),
])
def test_hostile_act_announced_by_its_own_side_under_a_condition_is_a_threat(pipe, text, trigger, code, country):
    evs = events(pipe, text)
    # (asserted since session 39, round st79: a threat made under a condition is asserted, the reference set's
    # convention; test_status79.py)
    hit = [e for e in with_trigger(evs, trigger) if e.cameo.startswith(code) and e.status == "asserted"]
    assert hit, show(evs)
    if country:
        assert hit[0].source is not None and hit[0].source.country == country, show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("An analyst said Russia would probably attack the port within weeks.", "attack"),
    ("Western diplomats said Moscow would perhaps expel more envoys if the sanctions were widened.", "expel"),
    ("Analysts said Iran could strike the tanker if the talks failed.", "strike"),
])
def test_a_guess_or_forecast_is_no_threat(pipe, text, trigger):
    evs = events(pipe, text)
    assert not [e for e in with_trigger(evs, trigger) if e.cameo.startswith("13")], show(evs)


@pytest.mark.parametrize("text, trigger, root", [
    ("Japan said it would send aid to the flood victims if the government asked.", "send", "07"),
    ("Germany said it would provide more tanks to Ukraine if its allies did the same.", "provide", "07"),
    ("France said it would host the peace conference if both sides agreed.", "host", "04"),
])
def test_a_friendly_act_announced_under_a_condition_is_no_threat(pipe, text, trigger, root):
    evs = events(pipe, text)
    assert not [e for e in evs if e.cameo.startswith("13")], show(evs)
    assert [e for e in with_trigger(evs, trigger) if e.cameo.startswith(root) and e.status == "hypothetical"], show(evs)


@pytest.mark.parametrize("text", [
    "The minister said the talks would resume if the ceasefire held.",
    "The government said it would hold elections in March if the security situation allowed.",
    "The Iraqi government said it would not attack the protesters even if they blocked the roads.",
])
def test_no_threat_in_other_conditional_announcements(pipe, text):
    evs = events(pipe, text)
    assert not [e for e in evs if e.cameo.startswith("13")], show(evs)


@pytest.mark.parametrize("text", [
    "The Kenyan government said police had arrested six suspects in Nairobi.",
    "The Nigerian police said officers had arrested twelve men in Kano.",
])
def test_an_arrest_reported_stays_an_arrest(pipe, text):
    # (the police's own officers: the police's own account, asserted since round sr67; another body's, attributed)
    evs = events(pipe, text)
    assert [e for e in with_trigger(evs, "arrested") if e.cameo == "173" and e.status in ("attributed", "asserted")
            and e.attributed_to is not None], show(evs)
    assert not [e for e in evs if e.cameo.startswith("13")], show(evs)


@pytest.mark.parametrize("text, country", [
    ('The Russian foreign ministry called the decision "hysteria".', "RUS"),
    ('The Kremlin called the allegations "propaganda".', "RUS"),
    ("The Chinese embassy called the report a pack of lies.", "CHN"),
    ("The Cuban foreign minister called the seizure of the ship an act of piracy.", "CUB"),
    ("The Iranian president called the sanctions an act of economic terrorism.", "IRN"),
    ('The Venezuelan government called the vote "a farce".', "VEN"),
])
def test_calling_something_a_name_is_criticism(pipe, text, country):
    evs = events(pipe, text)
    hit = [e for e in with_trigger(evs, "called") if e.cameo == "111"]
    assert hit and hit[0].source is not None and hit[0].source.country == country, show(evs)


@pytest.mark.parametrize("text", [
    "The Japanese minister called the visit an act of friendship.",
    "The coach called the team a bunch of heroes.",
    "The Indian president called the treaty a piece of history.",
])
def test_calling_something_a_kind_of_good_thing_is_no_criticism(pipe, text):
    evs = events(pipe, text)
    assert not [e for e in evs if e.cameo.startswith("11")], show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("The Canadian government announced it would freeze the assets of the generals and would deny visas to their "
     "families.", "deny"),
    ("Brazil announced on Monday it would cut fuel exports to the island and would suspend flights there.", "suspend"),
])
def test_a_measure_announced_is_no_threat(pipe, text, trigger):
    evs = events(pipe, text)
    assert not [e for e in with_trigger(evs, trigger) if e.cameo.startswith("13")], show(evs)
