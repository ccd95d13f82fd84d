"""Event coder, seventh round (issue 10): wire-report verbs that gave no event. Security forces that
patrol a place (a show of force), people captured in the passive with no doer named, captured people
whose names the entity recogniser missed or counted ("hundreds of suspects"), a city the recogniser
took for a person, children as victims, and a participle that describes the subject read as the
subject ("a man *riding* a motorcycle was shot"). Sentences written for this test, each case in several
phrasings, with the uses that must stay as they are next to them."""

from __future__ import annotations

import pytest

from lapwing.eval.event_triggers import _joined
from tests.test_event_repairs5 import _all, _coded, events


def _has(got, root, src=None, tgt=None):
    return any(c[:len(root)] == root and (src is None or (s and src in s)) and (tgt is None or (t and tgt in t))
               for c, s, t in got)


# -- security forces patrolling a place: 150, a show of force ---------------------------------------------
@pytest.mark.parametrize("text, src", [
    ("Riot police patrolled the streets of the capital on Friday.", "police"),
    ("Soldiers patrolled nearly empty streets in Srinagar as shops stayed closed.", "Soldiers"),
    ("The zone is patrolled by British troops based in Turkey.", "troops"),
    ("Large numbers of police were patrolling the central streets of Bishkek.", "police"),
    ("Dozens of soldiers patrolled the market in Kirkuk after the attack.", "soldiers"),
    ("Israeli tanks patrolled the deserted streets of Nablus on Thursday.", "tanks"),
    ("UN peacekeepers patrol the buffer zone between the two armies.", "peacekeepers"),
])
def test_forces_patrolling_show_force(pipe, text, src):
    got = _coded(pipe, text)
    assert _has(got, "150", src), got


@pytest.mark.parametrize("text", [
    "Volunteers patrolled the dike around the clock to guard against floods.",
    "The lifeguards patrolled the beach all weekend.",
    "Neighbours patrolled the street after a spate of burglaries.",
])
def test_others_patrolling_are_no_event(pipe, text):
    assert not [e for e in _all(pipe, text) if e[0].startswith("15")], _all(pipe, text)


# -- captured people: an arrest (173) by the forces, or in the passive by no one named ----------------------
@pytest.mark.parametrize("text, src, tgt", [
    ("Police captured Rahim in the northern town of Kasur on June 14.", "Police", None),
    ("Colombian regional authorities captured a third of the cartel's suspected bosses in 2021.", "authorities", None),
    ("U.S. forces captured two Taliban commanders near Kandahar on Saturday.", "forces", "commanders"),
    ("Marines captured two alleged kidnappers during a raid on the village.", "Marines", "kidnappers"),
])
def test_forces_capturing_people_arrest_them(pipe, text, src, tgt):
    got = _coded(pipe, text)
    assert _has(got, "173", src, tgt), got


@pytest.mark.parametrize("text, tgt", [
    ("The insurgents were captured late Sunday in the village of Tumaco.", "insurgents"),
    ("Retired colonel Ivo Marek was captured in Portugal and transferred to the tribunal.", "Marek"),
    ("Ramzi Binalshibh, a suspected planner of the attacks, was captured after a gunbattle in Karachi.",
     "Binalshibh"),
    ("Four gang members were later captured near the town of Ampatuan.", "gang members"),
])
def test_people_captured_with_no_doer_named(pipe, text, tgt):
    got = _coded(pipe, text)
    assert _has(got, "173", None, tgt), got
    assert not [x for x in got if x[0] == "173" and x[1]], got  # no source is invented


@pytest.mark.parametrize("text", [
    "Okoro captured the title with a brilliant display in the final round.",
    "Norway captured the women's team sprint silver medal on Sunday.",
    "Zimbabwe captured the wickets of Sarwan and Samuels in quick succession.",
    "The photographer captured the moment on camera.",
    "Her speech captured the imagination of many executives.",
])
def test_capturing_a_prize_or_a_picture_is_no_event(pipe, text):
    assert not _all(pipe, text), _all(pipe, text)


@pytest.mark.parametrize("text", [
    "The rebel leader's fighters captured Goma, the province's largest city, last Friday.",
    "Rebel fighters captured Kisangani after a week of fighting.",
])
def test_a_captured_city_is_a_place_not_a_prisoner(pipe, text):
    got = _coded(pipe, text)
    assert _has(got, "19"), got
    assert not _has(got, "173") and not _has(got, "181"), got


# -- children are civilians ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, tgt", [
    ("A Palestinian boy was shot dead by Israeli troops in Gaza.", "boy"),
    ("Two Afghan girls were killed when a bomb exploded at a school in Kabul.", "girls"),
    ("Soldiers wounded a Syrian baby during the shelling of the town.", "baby"),
])
def test_children_are_coded_victims(pipe, text, tgt):
    got = _coded(pipe, text)
    assert _has(got, "1", None, tgt) or _has(got, "2", None, tgt), got


# -- "a man riding a motorcycle was shot": the participle describes the subject ------------------------------
@pytest.mark.parametrize("text, tgt", [
    ("In Jenin on Tuesday, a young man driving a tractor was shot and killed near a checkpoint.", "man"),
    ("A Kenyan farmer tending his cattle was killed by bandits near the border.", "farmer"),
])
def test_participle_describing_the_subject(pipe, text, tgt):
    got = _coded(pipe, text)
    assert _has(got, "1", None, tgt), got
    assert not any(t and ("motorcycle" in t or "cattle" in t) for _c, _s, t in got), got


@pytest.mark.parametrize("text", [
    "Smoking cigarettes harms your health.",
    "Winning the election was the party's only goal.",
])
def test_gerund_subjects_stay_subjects(pipe, text):
    assert not _all(pipe, text), _all(pipe, text)


# -- the wire-verb measure: "shot and killed" is one event on "killed" -------------------------------------
def test_event_triggers_count_coordinated_verbs_once():
    text = "Gunmen shot and killed two guards; police stormed, searched and sealed the house."
    shot, killed = text.index("shot"), text.index("killed")
    assert _joined(text, shot + 4, killed)
    stormed, sealed = text.index("stormed"), text.index("sealed")
    assert not _joined(text, stormed + 7, sealed)  # "searched and" stands between them
    assert _joined(text, text.index("searched") + 8, sealed)
    assert not _joined(text, killed + 6, text.index("stormed"))  # another clause


# -- a named person no table knows, doing an act only a political actor does ----------------------------------
@pytest.mark.parametrize("text, root, src", [
    ("Tomas Arce declared the state of siege on June 9.", "17", "Tomas Arce"),
    ("Roberto Ferrer declared a 30-day state of siege in the south.", "17", "Roberto Ferrer"),
    ("Maria Lopez expelled the ambassador on Tuesday.", "16", "Maria Lopez"),
    ("Anna Berg resigned from the cabinet on Monday.", "08", "Anna Berg"),
    ("John Ramirez signed the peace treaty in Oslo.", "05", "John Ramirez"),
])
def test_named_person_doing_a_political_act(pipe, text, root, src):
    got = _coded(pipe, text)
    assert _has(got, root, src), got


@pytest.mark.parametrize("text", [
    "John Smith signed a contract with the club.",
    "Pete Wilson criticized the referee after the match.",
    "Tom Barker declared his love for jazz.",
    "Sara Jones resigned from the board of the bank.",
])
def test_named_person_doing_an_ordinary_act_is_no_event(pipe, text):
    assert not _coded(pipe, text), _coded(pipe, text)


# -- the content of a claim is someone's word; of a denied claim, denied -----------------------------------------
@pytest.mark.parametrize("text, status", [
    ("Mr Hale has firmly rejected an allegation that he attacked a nurse.", "negated"),
    ("The general rejected the claim that his soldiers killed civilians in the village.", "negated"),
    ("There were reports that troops shelled the town overnight.", "attributed"),
    ("The report that the army shelled the town angered residents.", "attributed"),
])
def test_claimed_and_denied_acts(pipe, text, status):
    got = [e for e in _all(pipe, text) if e[0][:2] in ("18", "19")]
    assert got and all(e[1] == status for e in got), _all(pipe, text)


# -- a demonym used as a noun is a person of that country ---------------------------------------------------
@pytest.mark.parametrize("text, root, src, tgt", [
    ("A Palestinian detonated a bomb near a Jewish settlement on Friday.", "18", "Palestinian", None),
    ("An Israeli was shot dead near Ramallah on Sunday.", "19", None, "Israeli"),
    ("The Palestinian was arrested at a checkpoint near Jenin.", "17", None, "Palestinian"),
])
def test_demonym_as_a_person(pipe, text, root, src, tgt):
    got = _coded(pipe, text)
    assert _has(got, root, src, tgt), got


# -- counts: "eighteen of the rebels", "agents captured five suspects", marches down a street ---------------------
@pytest.mark.parametrize("text, root, src, tgt", [
    ("Eighteen of the FARC rebels were captured near Vista Hermosa.", "173", None, "rebels"),
    ("Twelve of the soldiers were captured by the rebels in the ambush.", "18", "rebels", "soldiers"),
    ("Under her direction, agents captured four suspects involved in the kidnapping.", "173", "agents", None),
    ("Protesters marched down the central avenue to the parliament on Sunday.", "14", "Protesters", None),
    ("More than 8,000 protestors marched to the UN offices in central Beirut.", "14", "protestors", None),
])
def test_counted_and_marching_people(pipe, text, root, src, tgt):
    got = _coded(pipe, text)
    assert _has(got, root, src, tgt), got


@pytest.mark.parametrize("text", [
    "The band marched down the street playing music.",
    "Soldiers marched past the reviewing stand during the parade.",
])
def test_parades_are_no_protest(pipe, text):
    assert not [e for e in _all(pipe, text) if e[0].startswith("14")], _all(pipe, text)


# -- "killed about 160 villagers": an approximate number is no preposition ------------------------------------
@pytest.mark.parametrize("text, root, src, tgt", [
    ("Gunmen killed about 160 Fulani villagers in Ogossagou in March.", "19", "Gunmen", "villagers"),
    ("Police arrested nearly 40 protesters in Algiers on Friday.", "17", "Police", "protesters"),
    ("Rebels abducted around 30 Congolese schoolchildren near Beni.", "18", "Rebels", "schoolchildren"),
])
def test_approximate_number_before_the_object(pipe, text, root, src, tgt):
    got = _coded(pipe, text)
    assert _has(got, root, src, tgt), got


# -- "X, whose ..., was shot": the relative clause between commas is not the main clause ----------------------
@pytest.mark.parametrize("text, root, src, tgt", [
    ("The French soldier, whose identity was not made public, was shot in the neck near the front line.",
     "19", None, "soldier"),
    ("The journalist, whose reports angered the government, was detained at the airport.", "17", None, "journalist"),
    ("The opposition leader, whose party won the most seats, called on supporters to march on Friday.",
     "02", "opposition leader", None),
    ("The Kenyan minister, who was appointed last year, was arrested on Monday by anti-corruption police.",
     "17", "police", "minister"),
])
def test_relative_clause_between_commas(pipe, text, root, src, tgt):
    got = _coded(pipe, text)
    assert _has(got, root, src, tgt), got
    assert not any(t and ("identity" in t or "reports" in t or "party" in t) for _c, _s, t in got), got


# -- the owner of a place an event acts on ---------------------------------------------------------------------
@pytest.mark.parametrize("text, root, country", [
    ("Rebels attacked an Iraqi army base near Mosul on Sunday.", "19", "IRQ"),
    ("Rebels captured a Syrian outpost near the border.", "19", "SYR"),
    ("Insurgents shelled a Malian military camp in the north.", "19", "MLI"),
])
def test_nationality_of_an_attacked_place_names_its_owner(pipe, text, root, country):
    evs = [e for e in events(pipe, text) if e.cameo.startswith(root)]
    assert any(e.target is not None and e.target.country == country for e in evs), [
        (e.cameo, e.target) for e in evs]


def test_nationality_on_other_nouns_stays_a_modifier(pipe):
    assert not events(pipe, "Turkish prices rose sharply after the announcement.")


# -- "Russian warplanes bombed rebel positions": the verb read as the object's adjective ---------------------
@pytest.mark.parametrize("text, src", [
    ("Russian warplanes bombed rebel positions near Idlib on Monday.", "warplanes"),
    ("French fighter jets bombed jihadist camps in northern Mali.", "jets"),
    ("Turkish warplanes bombed Kurdish militant hideouts in northern Iraq.", "warplanes"),
])
def test_air_strikes_with_the_verb_read_as_an_adjective(pipe, text, src):
    got = _coded(pipe, text)
    assert _has(got, "19", src), got
