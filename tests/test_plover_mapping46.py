"""PLOVER type of a right CAMEO code (session 27, round 45, branch pr46; issue 10).

``cameo.tsv`` follows the published CAMEO-to-PLOVER table (2021) code by code, with one documented departure:

- 1712 (destroy property) is ``ASSAULT`` with mode ``destroy``, as the table and the PLOVER manual's ASSAULT
  modes have it (it was ``COERCE``/``destroy``); its ACLED type stays "Strategic developments / Looting/property
  destruction", whatever the target;
- looting (loot, plunder, pillage, ransack, sack) takes property and destroys none: it is 171 (seize or damage
  property, ``COERCE``/``seize``), no longer 1712;
- 163 (impose embargo, boycott or sanctions) stays ``SANCTION`` (the manual's SANCTION section lists it; the
  2021 table's COERCE is the departure, documented in ``cameo.tsv``).

All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from lapwing.extract.events.lexicon_loader import load_cameo
from lapwing.schema import Article


def _events(pipe, text):
    return pipe.analyse(Article(id="t", text=text, published="2024-05-01")).events


def test_table_rows():
    rows = load_cameo()
    assert (rows["1712"].plover_type, rows["1712"].plover_mode) == ("ASSAULT", "destroy")
    assert (rows["171"].plover_type, rows["171"].plover_mode) == ("COERCE", "seize")
    assert rows["163"].plover_type == "SANCTION"


DESTROYED = [
    "Paramilitary fighters torched three villages in Darfur on Tuesday.",
    "Soldiers demolished a Bedouin family's house near Hebron last week.",
    "Insurgents blew up a gas pipeline in northern Iraq.",
    "militants burned down a primary school in Waziristan.",
    "Settlers have set fire to a mosque in the village of Qusra.",
]


@pytest.mark.parametrize("text", DESTROYED)
def test_destroyed_property_is_assault(pipe, text):
    evs = [e for e in _events(pipe, text) if e.cameo == "1712"]
    assert evs, [(e.cameo, e.rule) for e in _events(pipe, text)]
    for e in evs:
        assert e.plover is not None and (e.plover.type, e.plover.mode) == ("ASSAULT", "destroy")
        assert e.acled is not None
        assert (e.acled.event_type, e.acled.sub_event_type) == (
            "Strategic developments", "Looting/property destruction")


LOOTED = [
    "Gunmen looted a warehouse of the World Food Programme in Juba.",
    "Rebel fighters plundered the national museum in Bangui.",
    "Militiamen pillaged two villages in Ituri province.",
    "troops ransacked the headquarters of the opposition party.",
]


@pytest.mark.parametrize("text", LOOTED)
def test_looting_is_seizure(pipe, text):
    evs = _events(pipe, text)
    got = [(e.cameo, e.rule, e.plover and e.plover.type) for e in evs]
    assert not any(e.cameo == "1712" for e in evs), got
    seized = [e for e in evs if e.cameo == "171"]
    assert seized, got
    for e in seized:
        assert (e.plover.type, e.plover.mode) == ("COERCE", "seize")
        assert (e.acled.event_type, e.acled.sub_event_type) == (
            "Strategic developments", "Looting/property destruction")


SANCTIONS = [
    "The European Union imposed sanctions on Belarus on Monday.",
    "Washington slapped new sanctions on Venezuelan officials.",
]


@pytest.mark.parametrize("text", SANCTIONS)
def test_sanctions_stay_sanction(pipe, text):
    evs = [e for e in _events(pipe, text) if e.cameo == "163"]
    assert evs, [(e.cameo, e.rule) for e in _events(pipe, text)]
    assert all(e.plover.type == "SANCTION" for e in evs)
