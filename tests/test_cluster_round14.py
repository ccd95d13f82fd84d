"""The fourteenth round's clustering rules, on mentions built by hand (no model), each checked both ways: in a truce,
an opposition and the rebels of one country may be one party (an armed opposition is "the opposition" to one outlet
and "fighters" to another), and stay apart elsewhere and across countries or names; one sentence's two triggers coded as
two acts of one verbal root are two acts, except statements and encounters (one act told with several verbs)."""

from __future__ import annotations

from datetime import date

from lapwing.store.clustering import cluster
from lapwing.store.evidence import actor_agreement, compare_codes
from lapwing.store.mentions import ActorKey, Mention, PlaceKey


def _actor(text: str, country: str | None, sector: str | None, names: tuple[str, ...] = ()) -> ActorKey:
    return ActorKey(text, country, sector, frozenset(names))


def _m(aid: str, cameo: str, src: ActorKey | None, tgt: ActorKey | None, day: str,
       place: PlaceKey | None = None, sentence: str = "", precise: bool = True) -> Mention:
    d = date.fromisoformat(day)
    return Mention(aid, 0, cameo, None, 1, 5.0, "asserted", src, tgt, d, d, precise, place, sentence, day, aid, 0.8)


ADDIS = PlaceKey("Addis Ababa", "ETH", 9.03, 38.74, "city")
CHAD_GOV = _actor("Chad's government", "TCD", "GOV")
CHAD_OPP = _actor("the armed opposition", "TCD", "OPP")
CHAD_REBELS = _actor("FACT fighters", "TCD", "REB")


# ------------------------------------------------------------------------------------ an armed opposition in a truce

def test_an_opposition_and_rebels_of_one_country_are_one_party_of_a_truce():
    assert actor_agreement(CHAD_OPP, CHAD_REBELS, truce=True) == 0.4
    assert actor_agreement(CHAD_OPP, CHAD_REBELS) is None  # outside a truce: two actors, as before
    signed = _m("wire", "057", CHAD_GOV, CHAD_OPP, "2026-03-06", ADDIS,
                "Chad's government and the armed opposition signed a ceasefire agreement in Addis Ababa on Friday.")
    reached = _m("local", "0871", CHAD_REBELS, None, "2026-03-06", ADDIS,
                 "FACT fighters clashed with troops on Sunday, two days after the sides reached a truce in Addis Ababa.")
    assert compare_codes(signed, reached) is not None
    assert [sorted(c.members) for c in cluster([signed, reached])] == [[0, 1]]


def test_an_opposition_and_rebels_stay_apart_across_countries_names_and_other_acts():
    sudan_rebels = _actor("RSF fighters", "SDN", "REB")
    assert actor_agreement(CHAD_OPP, sudan_rebels, truce=True) is None  # another country
    named_opp = _actor("the UFR opposition", "TCD", "OPP", ("ufr",))
    named_reb = _actor("FACT fighters", "TCD", "REB", ("fact",))
    assert actor_agreement(named_opp, named_reb, truce=True) is None  # two named groups
    leader = ActorKey("opposition leader Ali Mahamat", "TCD", "OPP", frozenset({"ali", "mahamat"}), person=True)
    assert actor_agreement(leader, CHAD_REBELS, truce=True) is None  # a person is no armed group
    # a protest by the opposition and an attack by rebels on one day are not one act, truce or no truce
    march = _m("a", "141", CHAD_OPP, None, "2026-03-06", ADDIS, "The opposition marched through the capital.")
    attack = _m("b", "190", CHAD_REBELS, None, "2026-03-06", ADDIS, "Rebels attacked an army post.")
    assert compare_codes(march, attack) is None
    # praise of a truce is not the truce, whoever its actors
    praise = _m("c", "051", CHAD_OPP, None, "2026-03-06", ADDIS, "The opposition welcomed the ceasefire.")
    truce = _m("d", "0871", CHAD_REBELS, None, "2026-03-06", ADDIS, "Rebels declared a ceasefire.")
    assert compare_codes(praise, truce) is None


# ------------------------------------------------------------------------------------ two verbal acts of one sentence

def _in(aid: str, idx: int, cameo: str, start: int, sentence: str) -> Mention:
    d = date(2026, 5, 9)
    greece = _actor("Greece", "GRC", None)
    return Mention(aid, idx, cameo, None, 2, -2.0, "asserted", greece, None, d, d, True, None, sentence,
                   "2026-05-09", aid, 0.8, trigger_start=start)


def test_one_sentences_two_acts_of_one_verbal_root_are_two_acts():
    s = "Greece condemned the attack and summoned the Iranian ambassador on Saturday."
    condemned = _in("athens", 0, "111", s.index("condemned"), s)
    summoned = _in("athens", 1, "114", s.index("summoned"), s)
    assert compare_codes(condemned, summoned) is None
    assert len(cluster([condemned, summoned])) == 2
    # the same two codes in two reports' sentences may still be one act told two ways
    other = _in("wire", 0, "114", 6, "Athens protested to Tehran over the attack on Saturday.")
    assert compare_codes(condemned, other) is not None


def test_one_sentences_two_verbs_of_one_encounter_statement_or_code_stay_one_act():
    s = "The president welcomed the premier to the palace, where the two leaders held talks."
    welcomed = _in("daily", 0, "043", s.index("welcomed"), s)
    talks = _in("daily", 1, "040", s.index("held"), s)
    assert compare_codes(welcomed, talks) is not None  # a visit told with two verbs
    s2 = "Greece condemned the attack and denounced its authors on Saturday."
    a, b = _in("x", 0, "111", s2.index("condemned"), s2), _in("x", 1, "111", s2.index("denounced"), s2)
    assert compare_codes(a, b) is not None  # one code: one act told twice
    s3 = "The minister pointed out that the ban is legal and added that he was hopeful of a deal."
    said, hopeful = _in("y", 0, "010", s3.index("pointed"), s3), _in("y", 1, "013", s3.index("added"), s3)
    assert compare_codes(said, hopeful) is not None  # one statement told with two verbs
    s4 = "The island conferred its highest honour on the visitor, and the prime ministers signed eight pacts."
    honour, pacts = _in("z", 0, "051", s4.index("conferred"), s4), _in("z", 1, "057", s4.index("signed"), s4)
    assert compare_codes(honour, pacts) is None  # praise and a deal: two acts of one root


# ------------------------------------------------------------------------------------ two reports each other's one match

WARSAW = PlaceKey("Warsaw", "POL", 52.23, 21.01, "city")


def _week(aid: str, src: ActorKey | None, place: PlaceKey | None, sentence: str, cameo: str = "173") -> Mention:
    """A report dated only by its week (2026-W19)."""
    return Mention(aid, 0, cameo, None, 4, -5.0, "asserted", src, None, date(2026, 5, 4), date(2026, 5, 10), False,
                   place, sentence, "2026-05-10", aid, 0.8)


def test_two_reports_of_one_act_that_are_each_others_one_match_join():
    from lapwing.store.clustering import LINK_THRESHOLD
    from lapwing.store.evidence import compare
    wire = _m("wire", "173", _actor("Polish police", "POL", "COP"), None, "2026-05-06",
              sentence="Polish police detained a businessman on Wednesday.")
    local = _week("local", _actor("officers", None, "COP"), WARSAW, "Officers took the tycoon into custody in Warsaw.")
    ev = compare(wire, local).evidence
    assert 0.38 <= ev < LINK_THRESHOLD  # too weak to link; strong enough for each other's one match
    assert [sorted(c.members) for c in cluster([wire, local])] == [[0, 1]]


def test_reports_with_two_matches_of_no_country_or_of_two_acts_stay_apart():
    wire = _m("wire", "173", _actor("Polish police", "POL", "COP"), None, "2026-05-06",
              sentence="Polish police detained a businessman on Wednesday.")
    local = _week("local", _actor("officers", None, "COP"), WARSAW, "Officers took the tycoon into custody in Warsaw.")
    other = _m("radio", "173", _actor("Polish police", "POL", "COP"), None, "2026-05-08",
               sentence="Polish police detained a businessman on Friday.")
    # the weekly report matches two arrests of two days equally: it goes nowhere
    assert sorted(len(c.members) for c in cluster([wire, local, other])) == [1, 1, 1]
    # nothing says whose or where: no country in common
    nowhere = _week("local", _actor("officers", None, "COP"), None, "Officers took the tycoon into custody.")
    assert len(cluster([wire, nowhere])) == 2
    # two verbal acts of one root but two codes (an appeal and an urging): not one act
    appeal = _m("a", "026", None, _actor("the government", "NGA", "GOV"), "2026-05-06",
                sentence="Parents appealed to the government.")
    urge = _week("b", _actor("the governor", "NGA", "GOV"), None, "The governor urged calm.", cameo="0253")
    assert len(cluster([appeal, urge])) == 2
