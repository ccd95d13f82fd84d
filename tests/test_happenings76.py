"""Session 38, round cl76 (issue #11: clusters at first sight): on articles invented for these tests and coded by
hand (no model).

* An act of force whose report codes its doer but no target country names the other side in its own words
  ("said it had chased off Sri Lankan trawlers ... and had taken firm action", "shot dead two smugglers who had
  crossed from Iran"): those countries are its parties (``store/sided_parties.py``), and it no longer joins the same
  doer's act of that day against another country. Read from parts w and x (``--why``: happenings merged with their
  distractors), kept because it lifts both and lowers no part.
"""

from __future__ import annotations

import random

import pytest

from happening_records import record, where
from lapwing.schema import ArticleRecord
from lapwing.store.mentions import mentions_of

MONDAY = "2029-04-02"

#: Country words the records of these tests name, with their codes and kinds.
COUNTRY_WORDS = {"India": ("IND", "country"), "Indian": ("IND", "adjectival"), "Sri Lankan": ("LKA", "adjectival"),
                 "Bangladeshi": ("BGD", "adjectival"), "Iran": ("IRN", "country"), "Turkish": ("TUR", "adjectival"),
                 "Syrian": ("SYR", "adjectival"), "Iranian": ("IRN", "adjectival"), "Panama": ("PAN", "country"),
                 "Greek": ("GRC", "adjectival"), "Kenyan": ("KEN", "adjectival"), "Somali": ("SOM", "adjectival"),
                 "Armenian": ("ARM", "adjectival"), "Azerbaijani": ("AZE", "adjectival")}


def _record(aid: str, text: str, cameo: str, verb: str, src, tgt=None, day: str = MONDAY,
            phrase: str | None = "on Monday") -> ArticleRecord:
    return record(aid, text, cameo, verb, src, tgt, day, phrase, COUNTRY_WORDS, goldstein=-9.0)


def _sides(text: str, cameo: str, verb: str, src, tgt=None) -> frozenset[str]:
    return mentions_of(_record("one", text, cameo, verb, src, tgt))[0].sides


_where = where


# --- which countries an act's own words name for its other side ---------------------------------------------------

@pytest.mark.parametrize("text,verb,src,sides", [
    ("India's coast guard said on Monday it had chased off Sri Lankan trawlers that crossed the line and had taken "
     "firm action.", "taken", ("India's coast guard", "IND", "MIL"), {"LKA"}),
    ("Indian border guards shot dead two smugglers who had crossed from Iran on Monday.", "shot",
     ("Indian border guards", "IND", "COP"), {"IRN"}),
    ("Turkish drones struck a convoy of Syrian fighters on Monday.", "struck", ("Turkish drones", "TUR", "MIL"),
     {"SYR"}),
])
def test_the_other_side_named_in_the_acts_own_words(text, verb, src, sides):
    assert _sides(text, "190", verb, src) == sides


@pytest.mark.parametrize("text,verb,src,tgt", [
    # who tells the act is no side of it
    ("Turkish drones struck a convoy on Monday, Syrian state media said.", "struck", ("Turkish drones", "TUR", "MIL"),
     None),
    ("Turkish drones struck a convoy on Monday; Syrian officials say six died.", "struck",
     ("Turkish drones", "TUR", "MIL"), None),
    # a flag or a backer is what is said of a thing
    ("Indian marines boarded a Panama-flagged freighter on Monday.", "boarded", ("Indian marines", "IND", "MIL"),
     None),
    # a reason or an earlier act is another clause
    ("Indian marines boarded the freighter on Monday because it had docked at Greek ports.", "boarded",
     ("Indian marines", "IND", "MIL"), None),
    # a joint doer's partner is its own words, not the other side
    ("Kenyan and Somali troops attacked a militant camp on Monday.", "attacked", ("Kenyan and Somali troops", "KEN",
                                                                                   "MIL"), None),
    # a doer of no country, or a target already coded with a country, takes nothing from the sentence
    ("Gunmen attacked Sri Lankan trawlers on Monday.", "attacked", ("Gunmen", None, "UAF"), None),
    ("Indian sailors attacked Sri Lankan trawlers near Iran on Monday.", "attacked", ("Indian sailors", "IND", "MIL"),
     ("Sri Lankan trawlers", "LKA", None)),
])
def test_no_other_side_from_words_that_are_not_the_acts(text, verb, src, tgt):
    assert _sides(text, "190", verb, src, tgt) == frozenset()


def test_only_acts_of_force_take_the_other_side():
    """An arrest (173) or an appeal (02) has no two sides: the countries its sentence names stay out of it."""
    text = "Indian police detained Sri Lankan fishermen on Monday."
    assert _sides(text, "173", "detained", ("Indian police", "IND", "COP")) == frozenset()
    assert _sides(text, "190", "detained", ("Indian police", "IND", "COP")) == {"LKA"}


# --- one doer's two acts of one day against two countries ---------------------------------------------------------

T_WIRE = ("An Indian coast guard ship turned a water cannon on a Sri Lankan trawler near the maritime line on Monday, "
          "a navy officer said.")
T_ACCOUNT = ("India's coast guard said on Monday it had chased off Sri Lankan trawlers that crossed the line and had "
             "taken firm action.")
T_ACCOUNT2 = "Indian coast guards said they had taken firm action on Monday against Sri Lankan boats in their waters."
T_OTHER = "An Indian coast guard ship rammed a Bangladeshi fishing boat in the bay on Monday, officials said."
T_LATER = "Indian coast guards said they had taken firm action against Sri Lankan boats on Monday, a week after the last."


def _sea_reports() -> list[ArticleRecord]:
    return [
        # the water cannon is coded as coercion (175), the coast guard's own account as force (190): two families
        _record("wire", T_WIRE, "175", "turned", ("Indian coast guard ship", "IND", "MIL"),
                ("Sri Lankan trawler", "LKA", None)),
        _record("account", T_ACCOUNT, "190", "taken", ("India's coast guard", "IND", "MIL")),
        _record("account2", T_ACCOUNT2, "190", "taken", ("Indian coast guards", "IND", "MIL")),
        # distractors: the same doer against another country the same day, and its account of a week later
        _record("other", T_OTHER, "190", "rammed", ("Indian coast guard ship", "IND", "MIL"),
                ("Bangladeshi fishing boat", "BGD", None)),
        _record("later", T_LATER, "190", "taken", ("Indian coast guards", "IND", "MIL"), day="2029-04-09"),
    ]


def test_a_doers_own_account_never_joins_its_act_against_another_country_in_any_order():
    """Before the rule, the coast guard's accounts (no target coded) joined its ramming of a Bangladeshi boat the
    same day; they name Sri Lankan trawlers, and stay apart from it, joined to each other."""
    records = _sea_reports()
    assert [mentions_of(r)[0].sides for r in records] == [frozenset(), {"LKA"}, {"LKA"}, frozenset(), {"LKA"}]
    seen = set()
    for seed in range(6):
        order = records[:]
        random.Random(seed).shuffle(order)
        where = _where(order)
        assert where["account"] != where["other"] and where["account2"] != where["other"]
        assert where["account"] == where["account2"]  # two reports of the account, naming one other side
        assert where["later"] != where["account"] and where["wire"] != where["other"]
        seen.add(frozenset(frozenset(k for k, v in where.items() if v == e) for e in set(where.values())))
    assert len(seen) == 1  # the same events whatever the order


def test_an_account_that_names_no_other_side_still_joins():
    """A report that names fewer of the parties contradicts nothing: "said it had taken firm action on Monday" with
    no country besides the doer's joins the same doer's act of that day, as before."""
    records = [
        _record("other", T_OTHER, "190", "rammed", ("Indian coast guard ship", "IND", "MIL"),
                ("Bangladeshi fishing boat", "BGD", None)),
        _record("bare", "India's coast guard said it had taken firm action in the bay on Monday after a boat crossed "
                "the line.", "190", "taken", ("India's coast guard", "IND", "MIL")),
    ]
    assert mentions_of(records[1])[0].sides == frozenset()
    where = _where(records)
    assert where["bare"] == where["other"]


def test_one_side_of_a_clash_with_the_others_target_still_joins():
    """A clash told by one side with the other's posts as its target, and by the other side with no target coded
    but the first side named, name the same two parties: they join, as before."""
    records = [
        _record("yerevan", "Armenian border guards fired on Azerbaijani posts near the border on Monday.",
                "190", "fired", ("Armenian border guards", "ARM", "COP"), ("Azerbaijani posts", "AZE", None)),
        _record("baku", "Azerbaijani border guards said they had fired on Monday at Armenian positions across the "
                "border.", "190", "fired", ("Azerbaijani border guards", "AZE", "COP")),
    ]
    assert mentions_of(records[0])[0].sides == frozenset() and mentions_of(records[1])[0].sides == {"ARM"}
    where = _where(records)
    assert where["yerevan"] == where["baku"]
