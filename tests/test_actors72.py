"""Actor gaps that cost source and target countries (session 36, round ac72). Each class with controls that keep
their codes:

- role words of local administration, of village, clan and tribal leadership, of regional legislatures and of a
  state's audit bodies (``agents.tsv``): with a dateline they take its country like any other role word;
- a dictionary person's full name written with one letter wrong after a title of office is that person
  (``actors/near_names.py``); with no title, other given names, or two people within one letter: no guess;
- a nationality word after "ethnic" names a people, not a state (``actors/ethnic.py``): the phrase takes the one
  other country of the sentence, else the article's main country, else none.

Articles written for this test."""

from __future__ import annotations

import pytest

from lapwing.extract.actors.near_names import one_edit
from test_actor_context13 import _no_user_files, codes, nlp, run  # noqa: F401  (fixtures)

DAY = "2026-12-10"


# -- local administrators, village leaders, regional legislatures, audit bodies -------------------------------------
@pytest.mark.parametrize("text, phrase, expected", [
    ("NAIROBI, Kenya (Lapwing Wire) - The district commissioner banned all public meetings on Tuesday.",
     "commissioner", ("KEN", "GOV")),
    ("DODOMA, Tanzania (Lapwing Wire) - A regional commissioner ordered the arrest of two traders.", "commissioner",
     ("TZA", "GOV")),
    ("ACCRA, Ghana (Lapwing Wire) - The municipal chief executive said the market would stay shut.", "executive",
     ("GHA", "GOV")),
    ("ISLAMABAD, Pakistan (Lapwing Wire) - Local elders in the tribal district said the army had shelled a village.",
     "elders", ("PAK", "CVL")),
    ("BAGHDAD, Iraq (Lapwing Wire) - A village chief said militants had burned the crops.", "chief", ("IRQ", "CVL")),
    ("MOGADISHU, Somalia (Lapwing Wire) - A clan leader said the fighters had left the town.", "leader",
     ("SOM", "CVL")),
    ("ABUJA, Nigeria (Lapwing Wire) - A traditional leader in the north said bandits had seized 20 people.",
     "leader", ("NGA", "CVL")),
    ("LAHORE, Pakistan (Lapwing Wire) - The provincial assembly passed a bill on Tuesday banning the group.",
     "assembly", ("PAK", "LEG")),
    ("BOGOTA, Colombia (Lapwing Wire) - The regional assembly of Antioquia voted against the mining plan.",
     "assembly", ("COL", "LEG")),
    ("MUMBAI, India (Lapwing Wire) - The state legislature adopted the bill on Friday.", "legislature",
     ("IND", "LEG")),
    ("MANILA, Philippines (Lapwing Wire) - The Commission on Audit flagged irregular spending by a department.",
     "Commission", ("PHL", "GOV")),
    ("LIMA, Peru (Lapwing Wire) - The national audit office said two ministries had overspent.", "office",
     ("PER", "GOV")),
])
def test_local_and_state_body_words_take_the_datelines_country(nlp, text, phrase, expected):
    assert codes(run(nlp, text, DAY), phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # a police rank keeps its own sector
    ("NAIROBI, Kenya (Lapwing Wire) - Police commissioner Japheth Odongo said officers had been deployed.", "Odongo",
     ("KEN", "COP")),
    # an adjective "elder" is no elder of a village
    ("The elder brother of the victim told reporters he wanted justice.", "brother", (None, "CVL")),
    # the UN's assembly stays the UN's
    ("The UN General Assembly adopted the resolution on Friday.", "Assembly", ("UNO", "IGO")),
    # no dateline, no country named: a village chief of nowhere in particular
    ("A village chief said militants had burned the crops.", "chief", (None, "CVL")),
    # another country named in the sentence: no dateline guess (the body's own "in Pakistan" places it there since
    # round sd78, located_agents.py)
    ("KABUL, Afghanistan (Lapwing Wire) - A district commissioner in Pakistan closed the border crossing.",
     "commissioner", ("PAK", "GOV")),
])
def test_controls_of_the_new_role_words(nlp, text, phrase, expected):
    got = codes(run(nlp, text, DAY), phrase)
    assert got == expected


# -- a known name with one letter wrong --------------------------------------------------------------------------
@pytest.mark.parametrize("text, phrase, expected", [
    ("Rebels dismissed an appeal from President Abdelaziz Bouteflicka to lay down their arms.", "Bouteflicka",
     ("DZA", "GOV")),
    ("Algerian President Abdelaziz Boutefilka arrived in Rome on Monday.", "Boutefilka", ("DZA", "GOV")),
    ("Rebels demanded the removal of President Juvenal Habyariman at the talks.", "Habyariman", ("RWA", "GOV")),
    ("Prime Minister Benjamin Netanyhu said the strikes would go on. Netanyhu spoke after a cabinet meeting.",
     "Netanyhu", ("ISR", "GOV")),
])
def test_a_misspelt_known_name_after_a_title_is_the_known_person(nlp, text, phrase, expected):
    assert codes(run(nlp, text, "2005-06-01"), phrase) == expected


@pytest.mark.parametrize("text, phrase", [
    # no title: anyone's name
    ("Emmanuel Macrone, a local baker, won the prize.", "Macrone"),
    ("Abdelaziz Bouteflicka, a shopkeeper, said prices had doubled.", "Bouteflicka"),
    # a title of no state office
    ("Teacher Emmanuel Macrone won the prize.", "Macrone"),
    # another given name
    ("President Paul Bouteflicka opened the fair.", "Bouteflicka"),
    # a word the article writes in lower case too is a common word
    ("Minister Vladimir Putins said the putins were cold.", "Putins"),
])
def test_a_near_name_without_the_evidence_stays_unknown(nlp, text, phrase):
    got = codes(run(nlp, text, "2005-06-01"), phrase)
    assert got is None or got[0] is None


def test_one_edit():
    assert one_edit("gbagbo", "gbago") and one_edit("bouteflika", "bouteflicka") and one_edit("abcdef", "abdcef")
    assert not one_edit("abc", "abc") and not one_edit("abcdef", "abcxyz") and not one_edit("abc", "abcde")


# -- ethnic nationality words ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, phrase, expected", [
    ("SKOPJE, North Macedonia (Lapwing Wire) - The main ethnic Albanian party threatened to quit the government.",
     "party", ("MKD", "PTY")),
    ("BUCHAREST, Romania (Lapwing Wire) - The ethnic Hungarian party said it would back the coalition.", "party",
     ("ROU", "PTY")),
    ("SOFIA, Bulgaria (Lapwing Wire) - The ethnic Turkish party won 30 seats.", "party", ("BGR", "PTY")),
    ("SOFIA, Bulgaria (Lapwing Wire) - Ethnic Turkish politicians walked out of parliament.", "politicians",
     ("BGR", "PTY")),
])
def test_an_ethnic_people_takes_the_datelines_state(nlp, text, phrase, expected):
    assert codes(run(nlp, text, DAY), phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # a people in its own state keeps it
    ("ASTANA, Kazakhstan (Lapwing Wire) - The ethnic Kazakh party won most seats.", "party", ("KAZ", "PTY")),
    # no dateline: the word keeps its country, as before (the sentence's other country may be the adversary's)
    ("Ethnic Armenian forces attacked Azerbaijani positions overnight.", "forces", ("ARM", "MIL")),
    ("Ethnic Albanian rebels clashed with Macedonian troops near the border.", "rebels", ("ALB", "REB")),
    # a dateline, and another country in the sentence: no change either
    ("YEREVAN, Armenia (Lapwing Wire) - Ethnic Azeri traders left Georgia on Monday.", "traders", ("AZE", "BUS")),
    # no "ethnic": the nationality word's country, as before
    ("SKOPJE, North Macedonia (Lapwing Wire) - Albanian police arrested two smugglers at the border.", "police",
     ("ALB", "COP")),
    ("Bosnian Serbs voted on Sunday.", "Serbs", ("BIH", None)),
    ("The Hungarian government protested on Monday.", "government", ("HUN", "GOV")),
])
def test_ethnic_controls(nlp, text, phrase, expected):
    assert codes(run(nlp, text, DAY), phrase) == expected


# -- a place of speaking is not the speaker's country ------------------------------------------------------------
@pytest.mark.parametrize("text, phrase, expected", [
    ("NAIROBI, Kenya (Lapwing Wire) - The foreign minister, speaking in Paris, said the talks would resume.",
     "minister", ("KEN", "GOV")),
    ("NAIROBI, Kenya (Lapwing Wire) - The foreign minister said from Paris that the talks would resume.", "minister",
     ("KEN", "GOV")),
    ("ACCRA, Ghana (Lapwing Wire) - The president told reporters in Berlin that the loan had been agreed.",
     "president", ("GHA", "GOV")),
    # controls: a country the sentence names otherwise still counts
    ("NAIROBI, Kenya (Lapwing Wire) - The foreign minister met officials in Paris on Monday.", "minister",
     (None, "GOV")),
    ("NAIROBI, Kenya (Lapwing Wire) - The Ugandan foreign minister, speaking in Paris, said the talks would resume.",
     "minister", ("UGA", "GOV")),
    # a place put first frames the sentence: it is no place of speaking
    ("NAIROBI, Kenya (Lapwing Wire) - In Uganda, the foreign minister said the talks would resume.", "minister",
     (None, "GOV")),
])
def test_a_place_of_speaking_names_no_country_of_the_sentence(nlp, text, phrase, expected):
    assert codes(run(nlp, text, DAY), phrase) == expected


def _sources(pipe, text):
    from lapwing.schema import Article

    rec = pipe.analyse(Article(id="t", text=text, published=DAY))
    return [(e.source.country, e.source.sector) for e in rec.events if e.source is not None]


@pytest.mark.parametrize("text, sector", [
    ("The opposition leader, speaking from Paris, accused the army of killing protesters.", "OPP"),
    ("Speaking from London, the rebel commander accused the army of shelling a market.", "REB"),
    ("The rebel spokesman told reporters in Nairobi that the group would free the hostages.", "REB"),
])
def test_the_event_source_takes_no_country_from_a_place_of_speaking(pipe, text, sector):
    got = _sources(pipe, text)
    assert got and all(c is None for c, _s in got) and any(s == sector for _c, s in got)


def test_a_place_of_exile_or_action_keeps_its_old_reading(pipe):
    # a place where the act happens still gives the sentence's country (no speech word)
    got = _sources(pipe, "Police in Paris arrested 40 protesters on Monday.")
    assert ("FRA", "COP") in got
