"""Courts and judges acting on people, session 28 round 49 (issue 10, branch rc49).

"A court ordered two activists *held* in pre-trial detention": the model reads the order's bare participle as a
reduced relative on its object ("[activists [held]]"), so the order had no content and the custody no source.
``clauses.to_clause_on_object`` now takes a bare participle of custody or release on an order's object as the order's
small clause (``SMALL_CLAUSE``, ``CUSTODY_PARTICIPLES``; "held / kept / placed" only with a word of custody or a stay
below it, never a reduced relative told with a past time or followed by a to-clause), and the lexicon codes it: custody
(173) or release (0841), the court or judge as source, the person as target. ``order_to``'s demand does not take such
a clause (frame condition ``xpart``). Two more shapes of the class: "placed / put X under house arrest" with the
phrase hung on the object, and "extended the detention of X" / "extended X's detention" (argument ``objposs``).
Sentences invented for this test (names, places, tenses and word orders varied), with controls that must stay as they
are.
"""

from __future__ import annotations

import pytest

from event_helpers import claimed, show


def _code(pipe, text, code):
    evs = claimed(pipe, text)
    found = [e for e in evs if e.cameo == code and e.status == "asserted"]
    assert found, (text, show(evs))
    return found[0], evs


# (sentence, CAMEO code, source words, source country, target words)
ORDERS = [
    ("A district court in Almaty on Thursday ordered the union organiser detained for two months.", "173",
     "court", "KAZ", "organiser"),
    ("The court in Rabat has ordered three student leaders held in custody until the next hearing.", "173",
     "court", "MAR", "student leaders"),
    ("A military court in Kampala ordered the former army commander held in a maximum-security prison.", "173",
     "court", "UGA", "commander"),
    ("A Minsk judge ordered two journalists placed in pre-trial detention on charges of tax evasion.", "173",
     "judge", "BLR", "journalists"),
    ("Magistrates in Kano ordered the cleric remanded in prison custody.", "173", "Magistrates", "NGA", "cleric"),
    ("A magistrate in Mombasa ordered the senator held for ten days while police investigate.", "173",
     "magistrate", "KEN", "senator"),
    ("A Hong Kong court ordered four democracy campaigners remanded in custody.", "173", "court", "HKG",
     "campaigners"),
    ("A court in Lima ordered the former president to be held in pre-trial detention for 18 months.", "173",
     "court", "PER", "president"),
    ("A court in Dhaka ordered the opposition leader released on bail on Wednesday.", "0841", "court", "BGD",
     "opposition leader"),
]


@pytest.mark.parametrize("text,code,src,country,tgt", ORDERS)
def test_a_court_ordering_a_person_held_or_released_is_the_custody_or_release(pipe, text, code, src, country, tgt):
    e, evs = _code(pipe, text, code)
    assert e.source is not None and src in e.source.text and e.source.country == country, show(evs)
    assert e.source.sector == "JUD", show(evs)
    assert e.target is not None and tgt in e.target.text, show(evs)


@pytest.mark.parametrize("text", [
    "A Moscow court ordered the student detained for two months.",
    "A court in Tbilisi ordered two opposition activists held in pre-trial detention.",
    "A judge in Ohio ordered Vargas jailed for contempt.",
])
def test_the_ordered_custody_is_one_event_with_its_source_not_a_second_one_with_none(pipe, text):
    evs = claimed(pipe, text)
    custody = [e for e in evs if e.cameo == "173"]
    assert len(custody) == 1 and custody[0].source is not None, show(evs)


@pytest.mark.parametrize("text,src,tgt", [
    ("A court in Belgrade placed the former mayor under house arrest on Tuesday.", "court", "mayor"),
    ("A Baku court placed the economist under house arrest on Friday.", "court", "economist"),
    ("Police placed the suspects under arrest after the raid.", "Police", "suspects"),
    ("The military junta put the ousted president under house arrest.", "junta", "president"),
])
def test_placed_under_house_arrest_is_custody(pipe, text, src, tgt):
    e, evs = _code(pipe, text, "173")
    assert e.source is not None and src in e.source.text, show(evs)
    assert e.target is not None and tgt in e.target.text, show(evs)


@pytest.mark.parametrize("text,country,tgt", [
    ("A Moscow court on Monday extended the detention of the French researcher by three months.", "RUS",
     "researcher"),
    ("A court in Istanbul extended the arrest of the Kurdish politician by a month.", "TUR", "politician"),
    ("A Baku court extended the journalist's pre-trial custody until June.", "AZE", "journalist"),
    ("Judges in Minsk extended the opposition figure's custody by another month.", "BLR", "opposition figure"),
])
def test_a_court_extending_a_persons_detention_is_custody(pipe, text, country, tgt):
    e, evs = _code(pipe, text, "173")
    assert e.source is not None and e.source.country == country and e.source.sector == "JUD", show(evs)
    assert e.target is not None and tgt in e.target.text, show(evs)


@pytest.mark.parametrize("text", [
    "The judge ordered a recount in three districts.",
    "The court held a hearing on the case on Monday.",
    "The judge ordered the case files sealed.",
    "The court ordered a new trial held in the capital.",
    "The court extended the deadline for appeals by a week.",
    "The court extended its session into the evening.",
    "The general ordered the reserve battalions held back from the front line.",
    "The court ordered the tanker detained at the port.",
    "The minister placed the ministry's budget under review.",
])
def test_orders_and_holdings_of_no_person_into_custody_are_no_custody_or_demand(pipe, text):
    evs = claimed(pipe, text)
    assert not [e for e in evs if e.cameo in ("173", "0841") or e.cameo.startswith("10")], show(evs)


def test_talks_held_stay_talks(pipe):
    e, evs = _code(pipe, "The two presidents held talks in Astana.", "040")
    assert not [x for x in evs if x.cameo == "173"], show(evs)


def test_people_arrested_before_and_ordered_freed_are_a_release_not_an_ordered_custody(pipe):
    evs = claimed(pipe, "The prime minister ordered all the teachers and students arrested during the strike to be "
                        "freed at once.")
    assert not [e for e in evs if e.cameo == "173" and (e.rule or "").startswith("f_order_")], show(evs)
    assert [e for e in evs if e.cameo == "0841" and e.source is not None and "minister" in e.source.text], show(evs)


def test_a_participle_told_with_a_past_time_is_no_ordered_custody(pipe):
    evs = claimed(pipe, "The governor ordered the protesters detained last month released before the holiday.")
    assert not [e for e in evs if (e.rule or "").startswith("f_order_")], show(evs)


@pytest.mark.parametrize("text,code,country", [
    ("A federal grand jury in Denver indicted the former county sheriff on Tuesday.", "173", "USA"),
    ("A jury in Oslo convicted the two men of arson.", "116", "NOR"),
    ("A grand jury has charged the former mayor with bribery.", "173", None),
])
def test_a_jury_is_a_judicial_source(pipe, text, code, country):
    e, evs = _code(pipe, text, code)
    assert e.source is not None and "jury" in e.source.text and e.source.sector == "JUD", show(evs)
    assert country is None or e.source.country == country, show(evs)
