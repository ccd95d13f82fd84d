"""Round 44 (session 27, branch ex43), issue 10: blame told as a bare "X was responsible".

1. A statement, belief or finding that a named party "was responsible" (or culpable), with no for-phrase at all, is
   blame (112) aimed at that party: the harmful act was named before ("... tankers were hit. Washington said Iran
   was responsible."). A pronoun subject may be the speaker's own claim and stays a plain statement; a for-phrase
   names what the party answers for, and only a harmful act makes it blame ("responsible for security" is a duty).
2. A verbal act of a bare state, told by that state's own official, is the official's saying (asserted, not merely
   reported); a finding told in the past perfect ("the minister said Chile had concluded that ...") holds when it
   is told; an earlier act ("said Chile had condemned ...") was only reported until round sr67 (session 34), which
   made a party's report of its own act asserted (tests/test_self_reports67.py).

All sentences were written for Lapwing."""

from __future__ import annotations

import pytest

from lapwing.schema import Article


def _events(pipe, text):
    return [e for e in pipe.analyse(Article(id="t", text=text)).events if e.status in ("asserted", "attributed")]


# (sentence, source text, target text)
BARE = [
    ("The Thai army said the separatist movement was responsible.", "Thai army", "separatist movement"),
    ("German officials believe Moscow was responsible, citing the type of nerve agent used.", "German officials",
     "Moscow"),
    ("The Dutch government concluded on Friday that Russia was responsible.", "Dutch government", "Russia"),
    ("The Indian foreign ministry insisted that Pakistan was responsible.", "Indian foreign ministry", "Pakistan"),
    ("Nigeria's information minister says Boko Haram is responsible.", "information minister", "Boko Haram"),
    ("The Colombian defence ministry stated that the ELN rebels were culpable.", "Colombian defence ministry", "ELN"),
    ("The Swedish government has determined that Moscow was responsible.", "Swedish government", "Moscow"),
]


@pytest.mark.parametrize("text,src,tgt", BARE)
def test_a_bare_responsible_party_is_blamed(pipe, text, src, tgt):
    found = [e for e in _events(pipe, text) if e.cameo[:3] == "112"]
    assert found, (text, [(e.cameo, e.rule) for e in _events(pipe, text)])
    e = found[0]
    assert e.source is not None and src in e.source.text
    assert e.target is not None and tgt in e.target.text


@pytest.mark.parametrize("text", [
    "The rebel group said it was responsible.",                                        # the speaker's own claim
    "The Kenyan police said the interior ministry was responsible for security at the stadium.",  # a duty
    "The Brazilian president said the governor was responsible for the road programme.",
    "Officials said the driver was responsible.",                                      # no political speaker
    "The Peruvian government said nobody knew who was responsible.",                   # no party named
])
def test_no_blame_without_a_named_party_a_political_speaker_or_with_a_duty(pipe, text):
    assert not [e for e in _events(pipe, text) if e.cameo[:3] == "112"], \
        (text, [(e.cameo, e.rule) for e in _events(pipe, text)])


def test_the_harm_pattern_still_comes_first(pipe):
    e = next(e for e in _events(pipe, "The Ghanaian police said the gang was responsible for the bombing.")
             if e.cameo[:3] == "112")
    assert e.rule == "say_responsible"


@pytest.mark.parametrize("text,src,tgt", [
    ("Britain's foreign secretary said Britain had concluded that Russia was responsible.", "Britain", "Russia"),
    ("The Thai foreign minister said Thailand had concluded that the Cambodian militia was responsible for the "
     "shelling.", "Thailand", "Cambodian militia"),
    ("Japan's foreign minister said Japan had determined that North Korea was responsible for the attack.", "Japan",
     "North Korea"),
])
def test_a_finding_told_by_the_states_own_official_is_asserted(pipe, text, src, tgt):
    found = [e for e in _events(pipe, text) if e.cameo[:3] == "112"]
    assert found, (text, [(e.cameo, e.rule, e.status) for e in _events(pipe, text)])
    e = found[0]
    assert src in e.source.text and tgt in e.target.text
    assert e.status == "asserted"


def test_an_earlier_act_of_the_officials_own_state_is_its_own_report(pipe):
    # round sr67: the state's own official telling its earlier act gives the state's own account, asserted
    text = "Chilean Foreign Minister Pedro Alvarado said Chile had condemned the raid."
    evs = [e for e in _events(pipe, text) if e.cameo[:3] in ("111", "112")]
    assert evs and all(e.status == "asserted" and e.attributed_to is not None for e in evs), text


@pytest.mark.parametrize("text", [
    "Chilean Foreign Minister Pedro Alvarado said Argentina had condemned the raid.",        # another state's act
    "Chilean Foreign Minister Pedro Alvarado said Argentina had concluded that Bolivia was responsible.",  # another state
])
def test_an_earlier_act_or_another_states_finding_stays_reported(pipe, text):
    evs = [e for e in _events(pipe, text) if e.cameo[:3] in ("111", "112")]
    assert evs, (text, [(e.cameo, e.rule) for e in _events(pipe, text)])
    assert all(e.status == "attributed" for e in evs)
