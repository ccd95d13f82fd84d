"""Event coder, fourteenth round (issue 10): classes found by a second sweep of 30 new events (breaking ties,
blockades, deportations, vetoes, pardons ...) through 14 kinds of subject and 8 sentence frames. A main clause
and a later "after/before/as" clause parsed apart (repair 50); an object with its own modifiers before the
subordinator (41), two subjects of the later verb (41b); a name read as the object noun's compound (19c);
the perfect ("has lifted") hung on a noun (12e); a headline's present tense in a verbless sentence (21p);
people right after the verb read as an apposition or a measure (27b); a state that blockades or protests
(the frame condition ``srcstate``); a restriction undone is no restriction imposed. Sentences written for
this test, each class in several phrasings, next to the uses of the same words that must stay as they are."""

from __future__ import annotations

import pytest

from event_helpers import events as _events


CLAIMED = ("asserted", "attributed", "future")


def _find(pipe, text, root, country=None):
    """The claimed events of ``text`` with this CAMEO root (or code prefix) whose source has ``country``."""
    evs = _events(pipe, text)
    hits = [e for e in evs if e.cameo.startswith(root) and e.status in CLAIMED
            and (country is None or (e.source is not None and e.source.country == country))]
    return hits, [(e.cameo, e.status, e.source and (e.source.text, e.source.country), e.rule) for e in evs]


# -- repair 50: the main clause and the later clause parsed apart ------------------------------------------
@pytest.mark.parametrize("text, root, country", [
    ("Nigerian police blamed Cameroon for the clashes after talks broke down.", "112", "NGA"),
    ("Hezbollah imposed a boycott on Danish goods after the cartoons appeared.", "1", "LBN"),
    ("Chadian President Idriss Kaka imposed sanctions on Sudan after the talks collapsed.", "163", "TCD"),
    ("Polish officials deported hundreds of Belarusian migrants after the border crossing closed.", "174", "POL"),
    ("Peruvian troops shelled rebel camps near the border before the truce took effect.", "19", "PER"),
])
def test_main_clause_parsed_apart_from_a_later_clause(pipe, text, root, country):
    hits, got = _find(pipe, text, root, country)
    assert hits, got


@pytest.mark.parametrize("text, root, country", [
    ("Police who arrived after the blast arrested two men.", "173", None),  # a relative clause stays whole
    ("Hours after the attack, Kenyan police arrested two men.", "173", "KEN"),  # a fronted clause
])
def test_other_shapes_with_a_subordinator_stay_as_they_were(pipe, text, root, country):
    hits, got = _find(pipe, text, root, country)
    assert hits, got


# -- 41 with the object's own modifiers; 41b: two subjects of the later verb -------------------------------
@pytest.mark.parametrize("text, root, country", [
    ("Syria fired rockets at Turkish border posts after talks broke down.", "19", "SYR"),
    ("Ghana recognized the independence of Somaliland after the referendum ended.", "05", "GHA"),
    ("Mali expelled the French ambassador to Bamako after the protests spread.", "16", "MLI"),
])
def test_object_before_a_later_clause(pipe, text, root, country):
    hits, got = _find(pipe, text, root, country)
    assert hits, got


# -- 12e / 19c: the perfect and a name hung on the object noun ---------------------------------------------
@pytest.mark.parametrize("text, code, country", [
    ("Canada has lifted sanctions on Cuba.", "085", "CAN"),
    ("Britain said on Friday it had lifted sanctions on Libya.", "085", "GBR"),
    ("The Sudanese army has lifted the curfew in Port Sudan.", "0813", "SDN"),
    ("Japan lifted sanctions on Iran after the inspectors left.", "085", "JPN"),
])
def test_perfect_and_name_on_the_object_noun(pipe, text, code, country):
    hits, got = _find(pipe, text, code, country)
    assert hits, got


def test_a_participle_adjective_after_have_stays_an_adjective(pipe):
    assert not _find(pipe, "The jail has convicted killers on every floor.", "1")[0]
    assert not _find(pipe, "The camp has displaced families in every tent.", "0")[0]
    assert not _find(pipe, "The village has armed guards at every gate.", "1")[0]


# -- a restriction undone is no restriction imposed ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Egyptian army lifted sanctions on Libya after talks broke down.",
    "On Tuesday, Chile and Peru lifted sanctions on Bolivia.",
    "The sanctions on Iran were eased in March.",
    "The ban on Russian flights was lifted on Monday.",
])
def test_lifted_sanctions_are_never_imposed_sanctions(pipe, text):
    evs = _events(pipe, text)
    assert not [e for e in evs if e.cameo.startswith("16") and e.status in CLAIMED], [(e.cameo, e.rule) for e in evs]


@pytest.mark.parametrize("text, code", [
    ("The EU imposed sanctions on Belarus.", "163"),
    ("Washington slapped fresh sanctions on Pyongyang.", "163"),
])
def test_imposed_sanctions_stay(pipe, text, code):
    assert _find(pipe, text, code)[0]


# -- 21p: a headline's present tense in a verbless sentence --------------------------------------------------
@pytest.mark.parametrize("text, root, country", [
    ("Italy's interior ministry deports dozens of Tunisian migrants", "174", "ITA"),
    ("Norway boycotts the summit in Minsk", "12", "NOR"),
    ("The Malian army bombs a bridge near Gao", "18", "MLI"),
    ("Zambian President Joseph Banda pardons 300 prisoners", "08", "ZMB"),
    ("The Chadian military sentences a rebel leader to life in prison", "116", "TCD"),
])
def test_headline_present_tense(pipe, text, root, country):
    hits, got = _find(pipe, text, root, country)
    assert hits, got


@pytest.mark.parametrize("text", [
    "Police arrests in Lagos",  # a plural noun after "police" is no verb
    "New US sanctions on Iran",
    "Gaza ceasefire talks in Cairo",
])
def test_headline_nouns_stay_nouns(pipe, text):
    evs = _events(pipe, text)
    assert not [e for e in evs if e.cameo.startswith("17")], [(e.cameo, e.rule) for e in evs]


# -- 27b: people right after the verb are its object ---------------------------------------------------------
@pytest.mark.parametrize("text, root", [
    ("Police detained five men on Monday.", "173"),
    ("Soldiers arrested three students on Friday in Bamako.", "173"),
    ("Gunmen abducted four nurses on Sunday.", "181"),
])
def test_people_after_the_verb_are_its_object(pipe, text, root):
    hits, got = _find(pipe, text, root)
    assert hits and hits[0].target is not None, got


def test_diplomats_after_a_reported_verb_are_its_object(pipe):
    # "two diplomats" was read as a measure of the verb ("two hours"): the expulsion had no object
    assert _find(pipe, "The ministry said it had expelled two diplomats.", "16")[0]


@pytest.mark.parametrize("text", ["The talks lasted two hours.", "The army marched five miles.", "The strike lasted three days."])
def test_measures_after_the_verb_stay_measures(pipe, text):
    assert not [e for e in _events(pipe, text) if e.target is not None]


# -- srcstate: a state blockades (191) and protests (114); people obstruct (144) and demonstrate (141) -------
@pytest.mark.parametrize("text, code, country", [
    ("Egypt blockaded the port of Suakin.", "191", "EGY"),
    ("The Eritrean government has blockaded the port of Assab.", "191", "ERI"),
    ("Kenyan President Daniel Mwangi blockaded the port.", "191", "KEN"),
    ("Farmers blockaded the port of Antwerp.", "144", None),
    ("Truckers blockaded the border crossing on Monday.", "144", None),
    ("Brazil protested the detention of its citizens in Angola.", "114", "BRA"),
    ("The Egyptian army protested the arrest of its officers.", "114", "EGY"),
    ("Students protested outside the Chinese embassy.", "141", None),
    ("Brazilians protested in Sao Paulo against the president.", "141", "BRA"),
])
def test_states_and_people_blockade_and_protest_differently(pipe, text, code, country):
    hits, got = _find(pipe, text, code, country)
    assert hits and hits[0].cameo == code, got


# -- 13f: a headline's -s verb read as a noun with a subject; 21p with a sum or a participle in the subject ----
@pytest.mark.parametrize("text, root, country", [
    ("Hezbollah calls on Lebanon to free the detainees", "02", "LBN"),
    ("The Kenyan army calls on Somalia to release the hostages", "02", "KEN"),
    ("Opposition chief Marek Dal calls on Peru to free the prisoners", "02", None),
    ("Ghana urges Togo to reopen the border", "02", "GHA"),
    ("Norway's foreign minister pledges $20 million to Haiti", "03", "NOR"),
    ("Ruling party chief Anna Voss praises Kenya for the peaceful vote", "05", None),
])
def test_headline_verbs_with_their_subjects(pipe, text, root, country):
    hits, got = _find(pipe, text, root, country)
    assert hits, got


@pytest.mark.parametrize("text", [
    "Hezbollah calls on Lebanon to free the detainees",
    "The Kenyan army calls on Somalia to release the hostages",
    "Opposition chief Marek Dal calls on Peru to free the prisoners",
])
def test_what_a_call_asks_for_is_not_done(pipe, text):
    # the release asked for is no release by the caller, nor by the one called on
    evs = _events(pipe, text)
    assert not [e for e in evs if e.cameo.startswith("08") and e.status == "asserted"], [(e.cameo, e.status) for e in evs]


# -- repair 50 at a participle's clause: "X rallied in the capital, demanding ..." ----------------------------
@pytest.mark.parametrize("text, root", [
    ("Thousands of nurses rallied in the Kenyan capital on Friday, demanding the government pay their wages.", "14"),
    ("Hundreds of miners marched through Lima on Monday, demanding the minister resign.", "14"),
])
def test_main_clause_before_a_participle_clause(pipe, text, root):
    hits, got = _find(pipe, text, root)
    assert hits, got


# -- "armed men" are armed: they seize and storm, they do not riot ---------------------------------------------
@pytest.mark.parametrize("text, root", [
    ("Armed men seized more than 40 villagers from a mosque in Zamfara.", "181"),
    ("Armed men stormed a village near Gusau on Sunday.", "19"),
    ("Armed assailants stormed a police post in the north.", "19"),
])
def test_armed_men(pipe, text, root):
    hits, got = _find(pipe, text, root)
    assert hits, got


def test_protesters_still_storm_as_protesters(pipe):
    assert _find(pipe, "Protesters stormed the parliament on Tuesday.", "145")[0]


# -- 21c: a headline whose subject is two names; the base form after a plural subject ---------------------------
@pytest.mark.parametrize("text, code, source, target", [
    ("Bucharest and Chisinau sign gas deal.", "057", "ROU", "MDA"),
    ("Ghana, Togo sign border deal", "057", "GHA", "TGO"),
    ("Peru and Chile hold talks in Lima", "04", "PER", "CHL"),
])
def test_headline_with_two_names(pipe, text, code, source, target):
    hits, got = _find(pipe, text, code, source)
    assert hits and hits[0].target is not None and hits[0].target.country == target, got


@pytest.mark.parametrize("text, code", [
    ("Farmers block highway near Arequipa", "144"),
    ("German defence minister visits Vilnius.", "042"),  # the place read as a vocative
    ("Chile seizes Chinese trawler off Valparaiso", "1711"),
])
def test_more_headlines(pipe, text, code):
    assert _find(pipe, text, code)[0], [(e.cameo, e.rule) for e in _events(pipe, text)]


# -- strikes: workers' strikes (143) and states' or forces' strikes (190) with no modifier ---------------------
@pytest.mark.parametrize("text, code", [
    ("Nurses and midwives in Ghana began a strike on Monday over pay.", "143"),
    ("Dock workers in Mombasa started a strike on Friday.", "143"),
    ("Israel carried out a strike in southern Lebanon on Monday.", "190"),
    ("The air force launched a strike on a rebel camp.", "190"),
    ("Rwandan troops destroyed an insurgent base in Cabo Delgado.", "190"),
])
def test_strikes_by_kind_of_actor(pipe, text, code):
    hits, got = _find(pipe, text, code)
    assert hits and hits[0].cameo == code, got


# -- lower-cased text: a name whose first word the treebanks have, its last unknown --------------------------------
def test_lower_case_names_with_a_known_first_word():
    from lapwing.nlp.truecase import recase

    got = recase("ivan petrov, russia's president, accused rwanda of backing the rebels. it was calm.", "lower")
    assert got.startswith("Ivan Petrov, Russia's president,"), got
    assert "Anna Voss" in recase("the talks with anna voss ended on monday. it was calm.", "lower")
    # a preposition or a compass word before a place is no first name
    assert "highway near Cusco" in recase("farmers blocked the highway near cusco on wednesday. it was calm.", "lower")


@pytest.mark.parametrize("text, root, country", [
    ("ivan petrov, russia's president, imposed sanctions on belarus. officials said the region was calm.", "163", "RUS"),
    ("anna voss, the german chancellor, visited vietnam on monday. officials said it was calm.", "042", "DEU"),
])
def test_lower_case_apposition_subjects(pipe, text, root, country):
    hits, got = _find(pipe, text, root, country)
    assert hits, got


# -- "the group" after the one armed group the article named --------------------------------------------------
@pytest.mark.parametrize("text, country", [
    ("The alliance said it had hit military sites of the Houthi movement, a day after drones launched by the group "
     "struck two pumping stations in Saudi Arabia.", "YEM"),
    ("Al-Shabaab fighters attacked a base near Kismayo on Monday. The group later attacked a police post.", "SOM"),
])
def test_the_group_after_one_armed_group(pipe, text, country):
    evs = _events(pipe, text)
    assert any(e.source is not None and e.source.text.lower() == "the group" and e.source.country == country
               for e in evs), [(e.cameo, e.source and (e.source.text, e.source.country)) for e in evs]


def test_the_group_after_two_groups_stays_uncoded(pipe):
    evs = _events(pipe, "Hamas and Islamic Jihad fired rockets at Sderot. The group later attacked a checkpoint.")
    assert not [e for e in evs if e.source is not None and e.source.text.lower() == "the group" and e.source.country]
