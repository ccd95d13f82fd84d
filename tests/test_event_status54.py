"""Session 29 round 54 (issue 10): a participle of judging or saying after a comma takes the main clause's speaker
and status, not those of the clause it judges.

* repair 213 (``repair_judging_participle``): "Belarus denied that it was *hosting* fighters, *calling* the report a
  fabrication", "Caracas rejected claims that its soldiers had *shelled* a village, *describing* them as lies",
  "Ghana welcomed a decision to *release* the traders, *saying* ...", "Britain said it would not *send* warships,
  *calling* the idea reckless" with the participle hung on the verb of what is judged: it is the main verb's;
* ``status``: a participle after a comma that follows the complement of a verb of denying or refusing is told aside
  ("denied that ..., branding the claims absurd", "refused to withdraw ..., calling the order illegal"): not denied.

Controls: a participle that belongs to the inner clause stays there ("troops who fired on the crowd, killing two", "a
plan to build a dam, flooding three villages"); a naming after a verb of speech may be that act's ("said the governor
had insulted the farmers, calling them criminals"); a person pronoun named after an act on people stays with the act.
"""

from __future__ import annotations

import pytest

from event_helpers import events, show, with_trigger

CLAIMED = ("asserted", "attributed", "future")


def _heads(pipe, text, repair=True):
    """The head word of each word in ``text``, in the repaired parse (or the parser's own)."""
    from lapwing.extract.events.parse_repair import repaired
    doc = pipe.nlp(text)
    if repair:
        doc = repaired(doc)
    return {t.lower_: t.head.lower_ for t in doc}


@pytest.mark.parametrize("text, trigger, country", [
    ("Belarus denied on Monday that it was hosting Wagner fighters near the border, calling the report a fabrication.",
     "calling", "BLR"),
    ("Caracas rejected claims that its soldiers had shelled a Colombian village, describing them as lies.",
     "describing", "VEN"),
    ("Minsk denied that it was training Russian soldiers near the Polish frontier, branding the claims absurd.",
     "branding", "BLR"),
    ("The army refused to withdraw its troops from the town, calling the order illegal.", "calling", None),
    ("Beijing condemned on Thursday a Japanese decision to sell patrol boats to Manila, calling it a grave provocation.",
     "calling", "CHN"),
    ("Tehran criticised a British decision to send a warship to the Gulf, calling it a provocation.", "calling", "IRN"),
])
def test_judging_participle_is_the_speakers_and_asserted(pipe, text, trigger, country):
    evs = events(pipe, text)
    got = with_trigger(evs, trigger, ("asserted",), root="11")
    assert got, show(evs)
    assert all(e.source is not None and e.source.country == country
               and e.source.text.lower() not in ("it", "its soldiers", "japanese", "british") for e in got), show(evs)


@pytest.mark.parametrize("text, participle, main", [
    ("Belarus denied on Monday that it was hosting Wagner fighters near the border, calling the report a fabrication.",
     "calling", "denied"),
    ("Morocco denied on Sunday that it was sheltering the rebel leaders, terming the accusation baseless.",
     "terming", "denied"),
    ("The foreign ministry of Iran denied that Iranian drones had attacked the tanker in the Gulf, describing the "
     "accusation as propaganda.", "describing", "denied"),
    ("Ghana welcomed on Friday a Togolese decision to release the detained traders, saying the move would ease tensions.",
     "saying", "welcomed"),
    ("Britain said it would not send warships to the strait, calling the idea reckless.", "calling", "said"),
    ("Spain welcomed on Tuesday a Moroccan decision to reopen the border crossings to Ceuta, saying it would help "
     "families.", "saying", "welcomed"),
    ("Beijing condemned on Thursday a Japanese decision to sell patrol boats to Manila, calling it a grave provocation.",
     "calling", "condemned"),
    ("Caracas rejected claims that its soldiers had shelled a Colombian village, describing them as lies.",
     "describing", "rejected"),
])
def test_judging_participle_hangs_on_the_main_verb(pipe, text, participle, main):
    assert _heads(pipe, text)[participle] == main


@pytest.mark.parametrize("text, participle", [
    ("Troops who fired on the crowd, killing two, were arrested.", "killing"),
    ("Rebels who stormed the town, torching dozens of homes, have withdrawn.", "torching"),
    ("The council approved a plan to build a dam, flooding three villages.", "flooding"),
    ("Activists said the governor had insulted the farmers, calling them criminals.", "calling"),
    ("The opposition condemned the decision to expel the diplomats, calling them spies.", "calling"),
    ("Witnesses said soldiers beat the prisoners, calling them traitors.", "calling"),
])
def test_participle_of_the_inner_clause_stays(pipe, text, participle):
    assert _heads(pipe, text)[participle] == _heads(pipe, text, repair=False)[participle]


def test_killing_beside_a_relative_keeps_its_doer(pipe):
    evs = events(pipe, "Troops who fired on the crowd, killing two, were arrested.")
    got = with_trigger(evs, "fired", CLAIMED, root="19")  # the killing is the act's result (round p1967)
    assert got and all(e.source is not None and e.source.text == "Troops" for e in got), show(evs)


def test_insult_naming_keeps_its_doer(pipe):
    evs = events(pipe, "Activists said the governor had insulted the farmers, calling them criminals.")
    got = with_trigger(evs, "calling", root="11")
    assert got and all(e.source is not None and e.source.text == "the governor" for e in got), show(evs)


def test_denied_act_stays_denied(pipe):
    # what is denied stays negated; only the naming told beside it is asserted
    evs = events(pipe, "Belarus denied on Monday that it was hosting Wagner fighters near the border, calling the report "
                       "a fabrication.")
    assert with_trigger(evs, "hosting") and not with_trigger(evs, "hosting", CLAIMED), show(evs)
