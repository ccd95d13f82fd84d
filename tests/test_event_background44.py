"""Event precision, session 27 round 43, branch pr44 (issue 10): earlier acts told in relative clauses.

A relative clause that marks its act as earlier than the news by a past time of its own ("who was detained *last
month*", "whom police arrested *two months ago*", "who *previously* criticised ..."), describes its noun by its past: the
act is background, not an event of the story (``background.earlier_relative``, called in ``coding.py``). The sentence's
own event stays, and so does a relative clause with no such mark ("a man *who attacked* a bus driver"), with only the
pluperfect ("protesters *who had blocked* the road": the acts of one story), a reported clause's pluperfect, and a past
time that dates a noun inside the clause ("which rejected *last month's* proposal").

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from event_helpers import claimed, hits, show, with_trigger


@pytest.mark.parametrize("text, background, main", [
    # (sentence, the trigger of the earlier act told of a noun, (root, source country) of the sentence's own event)
    ("Kenya freed a Somali journalist who was detained last month in Mombasa.", "detained", ("0841", "KEN")),
    ("Nepal released two Indian traders whom police arrested two months ago.", "arrested", ("0841", "NPL")),
    ("Egypt deported a French student who was arrested at a protest in Cairo last year.", "arrested", ("174", "EGY")),
    ("Bolivia expelled a Peruvian diplomat who met opposition leaders three months ago.", "met", ("161", "BOL")),
    ("The Colombian government pardoned five guerrillas who kidnapped a senator in Cali last year.", "kidnapped",
     ("0841", "COL")),
    ("Ethiopia welcomed back the envoy who previously criticised the government in Addis Ababa.", "criticised",
     ("051", "ETH")),
    ("The Kenyan president met the Somali envoy who arrived in Nairobi last month.", "arrived", ("040", "KEN")),
    ("The Philippine army retook the town of Marawi, which militants seized last May.", "seized", ("19", "PHL")),
    ("Tanzania released the Kenyan fishermen, who were detained earlier this month near Pemba.", "detained",
     ("0841", "TZA")),
    # an event noun dated by its own past time ("last month's protests")
    ("Amina Yusuf, who took part in last month's protests in Kano, was received by the Nigerian president.",
     "protests", ("043", "NGA")),
])
def test_an_earlier_act_told_of_a_noun_is_background(pipe, text, background, main):
    evs = claimed(pipe, text)
    assert not with_trigger(evs, background), show(evs)
    assert hits(evs, main[0], country=main[1]), show(evs)


@pytest.mark.parametrize("text, trigger, root", [
    # a relative clause with no mark of an earlier time tells the act with the news
    ("Serbian police on Monday arrested a man who attacked a Kosovar bus driver.", "attacked", "19"),
    ("Israeli police arrested a settler who attacked a Palestinian farmer on Sunday.", "attacked", "18"),
    # a week back may still be the story's news
    ("The senator from Lagos, who was criticised by the Nigerian president last week, resigned.", "criticised", "11"),
    # the pluperfect of a reported clause is no relative clause
    ("Police said they had arrested two men in Lagos.", "arrested", "173"),
    # the pluperfect alone orders the acts of one story
    ("Georgian police detained at least 30 protesters who had blocked the main road to the airport.", "blocked", "14"),
    ("Riot police in Lima arrested dozens of students who had occupied the ministry.", "occupied", "14"),
    # "last month's" / "last year's" dates the noun it stands on, not the act of the clause
    ("Ghana, which rejected last month's proposal, signed the trade deal with Nigeria.", "rejected", "12"),
    ("The Uruguayan minister, who snubbed last year's conference, met the Chinese delegation in Montevideo.",
     "snubbed", "12"),
    ("Ecuador, whose president boycotted last week's summit in Lima, recalled its envoy from Peru.", "boycotted", "12"),
])
def test_acts_without_an_earlier_mark_of_their_own_stay(pipe, text, trigger, root):
    evs = claimed(pipe, text)
    assert [e for e in with_trigger(evs, trigger) if e.cameo.startswith(root)], show(evs)


def test_the_main_clause_keeps_its_event_when_the_relative_clause_is_background(pipe):
    evs = claimed(pipe, "Chile on Tuesday freed the Argentine sailors, who were detained two months ago.")
    assert hits(evs, "0841", country="CHL"), show(evs)
    assert not [e for e in evs if e.cameo.startswith("173")], show(evs)
