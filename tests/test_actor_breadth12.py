"""Actor dictionary breadth (issue 10, session 12): the shipped actor files split by kind under
``lexicons/actors/``, and a selection of the agencies, armed groups, parties, office-holders, NGOs and media
they add, coded with their country and sector in events. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from lapwing import lexicons as L
from lapwing.lexicons import base
from lapwing.lexicons.lint import lint
from lapwing.schema import Article


@pytest.fixture(autouse=True)
def _fresh(monkeypatch):
    monkeypatch.delenv(L.ENV_ACTORS, raising=False)
    monkeypatch.delenv(L.ENV_AGENTS, raising=False)
    yield
    L.clear_caches()


# -- the loader reads several shipped files ---------------------------------------------------------------
def test_shipped_actor_files_are_the_seed_then_the_split_files():
    files = L.shipped_actor_files()
    assert files[0] == L.ACTORS_FILE
    names = [f.name for f in files[1:]]
    assert names == sorted(names) and len(names) >= 8
    assert all(f.parent == L.ACTORS_DIR for f in files[1:])


def test_split_files_load_into_one_dictionary_with_provenance():
    actors = L.load_actors()
    onlf = actors["Ogaden National Liberation Front"]
    assert onlf.at(date(2010, 5, 1)).sector == "REB"
    assert onlf.at(date(2021, 5, 1)).sector == "PTY"  # a party after the 2018 peace
    assert onlf.at(date(2010, 5, 1)).source.startswith("actors/armed_groups.tsv:")
    assert actors["Nicolas Maduro"].at(date(2019, 1, 1)).source.startswith("actors.tsv:")
    assert L.sizes()["actors"] >= 1900


def _write(path, rows):
    path.write_text("name\tvariants\tcountry\tsector\tstart\tend\tkind\tnote\n" + "".join(rows), encoding="utf-8")


def test_lint_keeps_one_actor_in_one_shipped_file(tmp_path, monkeypatch):
    _write(tmp_path / "extra.tsv", ["Nicolas Maduro\t\tVEN\tGOV\t1990\t1991\tperson\n"])
    monkeypatch.setattr(base, "ACTORS_DIR", tmp_path)
    issues = [i for i in lint() if i.severity == "error"]
    assert any(i.code == "split-actor" and "Nicolas Maduro" in i.message for i in issues), issues


def test_lint_finds_a_name_shared_across_shipped_files(tmp_path, monkeypatch):
    _write(tmp_path / "extra.tsv", ["Jane Roe Ruritania\tGuaido\tVEN\tGOV\t2019\t2020\tperson\n"])
    monkeypatch.setattr(base, "ACTORS_DIR", tmp_path)
    issues = [i for i in lint() if i.severity == "error"]
    assert any(i.code == "duplicate-key" and "'Guaido'" in i.message for i in issues), issues
    # the same row in a user file is no error: a user file may reuse shipped names
    monkeypatch.setattr(base, "ACTORS_DIR", tmp_path / "none")
    assert [i for i in lint([tmp_path / "extra.tsv"]) if i.severity == "error"] == []


# -- office-holders by date ----------------------------------------------------------------------------------
@pytest.mark.parametrize("name, day, country, sector", [
    ("Goodluck Jonathan", "2012-03-01", "NGA", "GOV"),
    ("Goodluck Jonathan", "2019-03-01", "NGA", None),  # out of office: the country stays
    ("Hashim Thaci", "1998-08-01", "XKX", "REB"),
    ("Thaci", "2016-08-01", "XKX", "GOV"),
    ("Yulia Tymoshenko", "2009-01-10", "UKR", "GOV"),
    ("Tymoshenko", "2012-01-10", "UKR", "OPP"),
    ("Pushpa Kamal Dahal", "2000-05-01", "NPL", "REB"),
    ("Prachanda", "2023-05-01", "NPL", "GOV"),
    ("Guillaume Soro", "2015-05-01", "CIV", "LEG"),
    ("Condoleezza Rice", "2006-05-01", "USA", "GOV"),
    ("Federica Mogherini", "2016-05-01", "EUR", "IGO"),
    ("Walid al-Moallem", "2015-05-01", "SYR", "GOV"),
    ("Choguel Kokalla Maiga", "2022-05-01", "MLI", "GOV"),
    ("Mohamed Abdullahi Farmajo", "2019-05-01", "SOM", "GOV"),
])
def test_office_holders_by_date(name, day, country, sector):
    got = L.lookup_actor(name, day)
    assert got is not None and (got.country, got.sector) == (country, sector), (name, day, got)


# -- new actors in events ------------------------------------------------------------------------------------
def _events(pipe, text, day="2019-06-15"):
    return pipe.analyse(Article(id="t", text=text, published=day)).events


def _side(pipe, text, name, day="2019-06-15"):
    """(country, sector) of the first event side whose text contains ``name``."""
    for ev in _events(pipe, text, day):
        for a in (ev.source, ev.target):
            if a is not None and name in a.text:
                return a.country, a.sector
    return None


@pytest.mark.parametrize("text, name, country, sector", [
    # UN departments, agencies and missions
    ("DPKO condemned the attack on peacekeepers in Darfur.", "DPKO", "UNO", "IGO"),
    ("The UN Office on Drugs and Crime praised Colombia for the seizure.", "Office on Drugs", "UNO", "IGO"),
    ("UNAMA accused the Taliban of killing civilians in Kandahar.", "UNAMA", "UNO", "IGO"),
    ("MINUSCA peacekeepers clashed with rebels near Bangui.", "MINUSCA", "UNO", "MIL"),
    ("The International Organization for Migration appealed for funds for the displaced.",
     "International Organization for Migration", "UNO", "IGO"),
    # national agencies
    ("USCIS rejected the visa applications of the two journalists.", "USCIS", "USA", "GOV"),
    ("The Mine Safety and Health Administration accused the company of ignoring safety rules.",
     "Mine Safety", "USA", "GOV"),
    ("Agents of the Bureau of Alcohol, Tobacco, Firearms and Explosives arrested two men in Ohio.",
     "Bureau of Alcohol", "USA", "COP"),
    ("The Royal Canadian Mounted Police arrested a man in Ottawa.", "Royal Canadian", "CAN", "COP"),
    ("The Nigerian Air Force bombed a militant camp near Lake Chad.", "Nigerian Air Force", "NGA", "MIL"),
    ("Inter-Services Intelligence accused India of backing the attackers.", "Inter-Services", "PAK", "SPY"),
    ("The Verkhovna Rada condemned the Russian strikes on Kharkiv.", "Verkhovna Rada", "UKR", "LEG"),
    # armed groups, past and present
    ("SPLA-IO fighters clashed with government troops near Juba.", "SPLA-IO", "SSD", "REB"),
    ("The Allied Democratic Forces killed 20 villagers in Beni.", "Allied Democratic Forces", "UGA", "INS"),
    ("Kataib Hezbollah fired rockets at a base in Anbar.", "Kataib Hezbollah", "IRQ", "UAF"),
    ("The Baloch Liberation Army attacked a train in Balochistan.", "Baloch Liberation Army", "PAK", "SEP"),
    ("Jaish-e-Mohammed claimed the attack on the convoy in Pulwama.", "Jaish-e-Mohammed", "PAK", "INS"),
    # parties and leaders in several regions
    ("Kenya's Orange Democratic Movement rejected the election results.", "Orange Democratic", "KEN", "PTY"),
    ("Pakistan Tehreek-e-Insaf accused the election commission of rigging the vote.",
     "Tehreek-e-Insaf", "PAK", "PTY"),
    ("Edi Rama met the Greek prime minister in Tirana.", "Edi Rama", "ALB", "GOV"),
    ("Bilawal Bhutto Zardari criticised the Indian government over Kashmir.", "Bilawal", "PAK", "PTY"),
    ("Police arrested Tundu Lissu in Arusha on Wednesday.", "Tundu Lissu", "TZA", "OPP"),
    # NGOs and media
    ("The Syrian Observatory for Human Rights accused government forces of shelling Idlib.",
     "Syrian Observatory", "GBR", "HRI"),
    ("B'Tselem accused Israeli troops of killing a Palestinian teenager.", "B'Tselem", "ISR", "HRI"),
    ("The Human Rights Commission of Pakistan condemned the disappearance of the activist.",
     "Human Rights Commission of Pakistan", "PAK", "HRI"),
])
def test_new_actors_are_coded_in_events(pipe, text, name, country, sector):
    got = _side(pipe, text, name)
    assert got == (country, sector), (text, got, [(e.cameo, e.source, e.target) for e in _events(pipe, text)])


@pytest.mark.parametrize("text, name, day, country, sector", [
    ("Goodluck Jonathan accused the opposition of inciting violence.", "Goodluck Jonathan", "2013-02-01", "NGA", "GOV"),
    ("Condoleezza Rice met Israeli Prime Minister Ehud Olmert in Jerusalem.", "Condoleezza Rice", "2006-05-01",
     "USA", "GOV"),
    ("Yulia Tymoshenko accused the president of betraying Ukraine.", "Tymoshenko", "2011-09-01", "UKR", "OPP"),
    ("Saddam Hussein threatened Kuwait.", "Saddam Hussein", "1990-07-20", "IRQ", "GOV"),
    ("UNITA fighters attacked a government garrison near Huambo.", "UNITA", "1998-12-10", "AGO", "REB"),
    ("The UNITA party accused the government of fraud.", "UNITA", "2022-08-30", "AGO", "PTY"),
    ("Morgan Tsvangirai called on his supporters to reject the results.", "Tsvangirai", "2005-04-01", "ZWE", "OPP"),
    ("Morgan Tsvangirai accused Mugabe of undermining the unity government.", "Tsvangirai", "2011-04-01", "ZWE",
     "GOV"),
    ("Albin Kurti accused Serbia of arming the gunmen.", "Kurti", "2023-10-01", "XKX", "GOV"),
])
def test_office_holders_in_events_by_publication_date(pipe, text, name, day, country, sector):
    assert _side(pipe, text, name, day) == (country, sector)


# -- organisation names with a country in them -----------------------------------------------------------
@pytest.mark.parametrize("text, name, country, sector", [
    ("The Kenya Defence Forces killed ten militants near the border.", "Kenya Defence Forces", "KEN", "MIL"),
    ("The Uganda Law Society condemned the arrest of the lawyers.", "Uganda Law Society", "UGA", "JUD"),
    ("The Ghana Medical Association accused the government of ignoring the doctors.", "Ghana Medical", "GHA", "HLH"),
    ("The Philippine Council of Churches condemned the killing of the pastor.", "Philippine Council", "PHL", "REL"),
    ("The Kenya Human Rights Commission condemned the killings in Nairobi.", "Kenya Human Rights", "KEN", "HRI"),
    ("The Nigerian Bar Association accused the police of torturing the suspects.", "Nigerian Bar", "NGA", "JUD"),
    # "anti-" that opens a lexicon phrase is no anti-X group word
    ("The Malawi Anti-Corruption Bureau arrested the former minister.", "Anti-Corruption", "MWI", "COP"),
    ("Kenya's anti-corruption commission arrested the governor on Monday.", "anti-corruption", "KEN", "COP"),
])
def test_country_in_an_organisation_name(pipe, text, name, country, sector):
    assert _side(pipe, text, name) == (country, sector)


@pytest.mark.parametrize("word", ["Amazon", "Fox", "Azov", "Total", "Labour", "Santos", "Moro", "Hague", "Petra",
                                  "Dawn", "Elders", "IRA", "PTI", "APC", "ICU", "MENA"])
def test_words_that_are_also_nicknames_are_left_out(word):
    """Left out of the new rows on purpose: a river, a place, a common word or an acronym with a more
    frequent other reading (a rainforest, a television network, a sea, a wire agency, a ward)."""
    assert L.lookup_actor(word, "2019-06-15") is None
