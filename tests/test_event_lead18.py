"""Event coder, eighteenth round, lead (issue 10): classes found on news nobody here had labelled (a seeded
political sample of Reuters stories, ``scripts/corpus_sample.py --seed 18511``, read for events a careful
coder would code and Lapwing did not), checked in many phrasings written for this test, next to uses of the
same words that must stay as they are:

- armed forces or a state attacking, invading or retaliating with no object ("rebels attacked at dawn", "Iran attacked across the
  border") are still attacking;
- fighting off an attack ("crushed / beat back / fought off / fended off an X attack") is fighting the
  attacker (never "foiled" or "thwarted", which is prevention, often by arrests);
- occupations that strike and march (seamen, civil servants, midwives, street vendors, ...) are actors;
- a military rank gives way to the sector its modifier names ("a *police* lieutenant" is police; "an army
  captain" is military; a bare "captain" has no sector: ships and teams have captains);
- captors, kidnappers and armed groups freeing captives is a release (0841) though they are not political;
  activists for democracy are the opposition;
- protesters' and strikers' demands and appeals are political events (residents' and fans' are not);
- armed forces capturing posts, trenches, defences, bridges, palaces or stations, or seizing posts and bridges, take
  ground (192; seizing a station or a plant stays a seizure of property, 1711); abandoning an oasis, an
  area or an airport gives it up (0874);
- "a 14-year-old" is a person (a target, a victim), also when the parse reads the age as an adjective;
  recognising a person by sight is no diplomatic recognition;
- a legislature, a court or an army removing an office holder ("impeached", "voted to remove", "toppled",
  "overthrew") is 172, the code the examples accept for a removal from office; "ousted" and "deposed" are left out
  (the actors read them as "former" cues and the mention swallows the verb);
- a union, workers or students threatening a strike or a protest is dissent (133), though they are not political;
- "killed in a joint operation by A and B": a noun that is not violence, in the in / during / by phrase of a verb of
  violence, frames the killing (the killing is coded, the noun is no cooperation event of its own).
"""

from __future__ import annotations

import pytest

from event_helpers import events, show

CLAIMED = ("asserted", "attributed", "future")


def _coded(evs, root):
    return [e for e in evs if e.cameo.startswith(root) and e.status in CLAIMED]


# -- attacking with no object ----------------------------------------------------------------------------
@pytest.mark.parametrize("text,src", [
    ("The rebels attacked at dawn near the northern town of Kidal.", None),
    ("Russian forces attacked from three directions on Sunday.", "RUS"),
    ("Iran attacked across the mountains of northeastern Iraq last week.", "IRN"),
    ("Taliban insurgents attacked overnight in Kunduz province.", None),
    ("Militants attacked again on Tuesday, the army said.", None),
    ("Eritrean troops attacked along the border with Ethiopia on Monday.", "ERI"),
])
def test_intransitive_attack_by_armed_or_state(pipe, text, src):
    evs = events(pipe, text)
    got = _coded(evs, "19")
    assert got, show(evs)
    assert got[0].source is not None and (src is None or got[0].source.country == src), show(evs)


@pytest.mark.parametrize("text", [
    "The striker attacked down the left wing in the second half.",
    "Critics attacked on social media after the speech.",
    "The senator attacked during the televised debate.",
    "The champion attacked on the final climb of the stage.",
])
def test_intransitive_attack_needs_armed_or_state(pipe, text):
    evs = events(pipe, text)
    assert not _coded(evs, "19"), show(evs)


# -- fighting off an attack ----------------------------------------------------------------------------
@pytest.mark.parametrize("text,src,tgt", [
    ("Iraqi forces crushed an Iranian attack on the mountain post.", "IRQ", "IRN"),
    ("Afghan troops beat back a Taliban offensive in Helmand province.", "AFG", None),
    ("Malian troops fought off a jihadist assault on the garrison town.", "MLI", None),
    ("Nigerian soldiers fended off an attack by Boko Haram fighters on their base.", "NGA", None),
    ("Government forces fought off a rebel assault on the town.", None, None),
    ("Ukrainian troops crushed a Russian offensive near Bakhmut.", "UKR", "RUS"),
])
def test_fighting_off_an_attack(pipe, text, src, tgt):
    evs = events(pipe, text)
    got = [e for e in _coded(evs, "19") if e.trigger.text.split()[0] in (
        "crushed", "beat", "fought", "fended")]
    assert got, show(evs)
    e = got[0]
    assert e.source is not None and (src is None or e.source.country == src), show(evs)
    assert e.target is not None and (tgt is None or e.target.country == tgt), show(evs)


@pytest.mark.parametrize("text", [
    "Police foiled an attack on the embassy, arresting four men.",
    "Security services thwarted a planned attack on the stadium.",
    "The company fended off a takeover bid from its rival.",
    "The minister fought off criticism from his own party.",
    "Shares beat back earlier losses in afternoon trading.",
])
def test_preventing_or_fending_off_words_are_no_fight(pipe, text):
    evs = events(pipe, text)
    assert not [e for e in _coded(evs, "19") if e.trigger.text.split()[0] in (
        "foiled", "thwarted", "fended", "fought", "beat")], show(evs)


# -- occupations that strike -------------------------------------------------------------------------
@pytest.mark.parametrize("text,sector", [
    ("Seamen went on strike on Monday over unpaid wages.", "LAB"),
    ("The seamen began a national strike on Friday.", "LAB"),
    ("Civil servants went on strike across the country.", "GOV"),
    ("Public servants staged a walkout over pay in Harare.", "GOV"),
    ("Midwives went on strike at the main maternity hospital.", "HLH"),
    ("Pharmacists staged a one-day strike over drug prices.", "HLH"),
    ("University lecturers went on strike for the third week.", "EDU"),
    ("Street vendors protested outside city hall against the eviction order.", "BUS"),
    ("Court clerks went on strike, halting hearings in Nairobi.", "JUD"),
    ("Garbage collectors went on strike in Beirut.", "LAB"),
])
def test_occupations_as_strikers(pipe, text, sector):
    evs = events(pipe, text)
    got = _coded(evs, "14")
    assert got and got[0].source is not None and got[0].source.sector == sector, show(evs)


# -- military ranks give way to the sector of their modifier -----------------------------------------
@pytest.mark.parametrize("text,sector", [
    ("A police lieutenant was shot dead in Tijuana.", "COP"),
    ("A police sergeant was shot dead outside his home in Acapulco.", "COP"),
    ("An army captain has been arrested for his role in the bombing of the academy.", "MIL"),
    ("A colonel was shot dead by gunmen in Benghazi.", "MIL"),
    ("A rebel commander was captured by the army near Goma.", "REB"),
])
def test_rank_takes_sector_of_its_modifier(pipe, text, sector):
    evs = events(pipe, text)
    got = [e for e in evs if e.status in CLAIMED and e.target is not None]
    assert got and got[0].target.sector == sector, show(evs)


# -- invading and retaliating with no object ----------------------------------------------------------
@pytest.mark.parametrize("text,src", [
    ("Several months later, North Korea invaded.", "PRK"),
    ("Russian troops invaded from the north in February.", "RUS"),
    ("Israel retaliated with airstrikes on Hezbollah positions in southern Lebanon.", "ISR"),
    ("The Pakistani army retaliated against the militants on Sunday.", "PAK"),
    ("Turkish forces retaliated with artillery fire across the border.", "TUR"),
])
def test_invading_and_retaliating_by_force(pipe, text, src):
    evs = events(pipe, text)
    got = _coded(evs, "19")
    assert got and got[0].source is not None and got[0].source.country == src, show(evs)


@pytest.mark.parametrize("text", [
    "Tourists invaded the beaches this summer.",
    "The minister retaliated with a sharp statement on Monday.",
    "The striker retaliated after a heavy tackle.",
])
def test_invading_and_retaliating_without_force(pipe, text):
    evs = events(pipe, text)
    assert not _coded(evs, "19"), show(evs)


def test_threat_to_retaliate_with_force_is_a_threat(pipe):
    evs = events(pipe, "Israel has said it will retaliate with force.")
    assert _coded(evs, "13") and not [e for e in evs if e.cameo.startswith("19") and e.status == "asserted"], show(evs)


# -- captors free captives; activists for democracy and environment groups speak --------------------------
@pytest.mark.parametrize("text,src_sector", [
    ("More than 200 schoolgirls kidnapped in Zamfara state were freed by their captors on Tuesday.", "CRM"),
    ("The kidnappers freed the two aid workers after a ransom was paid.", "CRM"),
    ("The abductors released the journalist near the border on Sunday.", "CRM"),
    ("Rebels released 40 soldiers they had captured in the offensive.", "REB"),
])
def test_captors_freeing_captives(pipe, text, src_sector):
    evs = events(pipe, text)
    got = [e for e in _coded(evs, "08") if e.cameo.startswith("0841")]
    assert got and got[0].source is not None and got[0].source.sector == src_sector, show(evs)


@pytest.mark.parametrize("text", [
    "The company released its quarterly earnings on Friday.",
    "The band released a new album in March.",
])
def test_releasing_things_is_no_event(pipe, text):
    evs = events(pipe, text)
    assert not _coded(evs, "08"), show(evs)


@pytest.mark.parametrize("text,root", [
    ("Chinese democracy activists in exile have accused the channel of spreading government propaganda.", "11"),
    ("Hong Kong pro-democracy activists criticised the new security law.", "11"),
])
def test_democracy_activists_are_opposition(pipe, text, root):
    evs = events(pipe, text)
    got = _coded(evs, root)
    assert got and got[0].source is not None and got[0].source.sector == "OPP", show(evs)


# -- protesters' demands ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text,root", [
    ("Thousands of demonstrators demanded new elections.", "10"),
    ("Since then, protesters have demanded that the ruling party be dissolved.", "10"),
    ("The protesters called for the release of political prisoners.", "02"),
    ("Striking miners demanded a 20 percent pay rise.", "10"),
    ("Marchers in the capital demanded an end to the curfew.", "10"),
])
def test_protesters_demands_are_events(pipe, text, root):
    evs = events(pipe, text)
    got = _coded(evs, root)
    assert got and got[0].source is not None, show(evs)


@pytest.mark.parametrize("text", [
    "Residents demanded better roads.",
    "Fans demanded the coach be sacked after the defeat.",
    "Shoppers called for longer opening hours.",
])
def test_demands_of_people_who_are_not_protesting(pipe, text):
    evs = events(pipe, text)
    assert not (_coded(evs, "10") or _coded(evs, "02")), show(evs)


# -- taking enemy posts ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Iraqi forces captured several Iranian border posts north of Fao.",
    "The Revolutionary Guards had captured heavy defences east of the river.",
    "Rebel fighters seized two army posts near the border on Sunday.",
    "The army captured enemy trenches on the ridge after a night assault.",
    "Russian forces captured the bridge over the river on the road into the town.",
    "Rebels seized two army posts and a bridge near the border on Sunday.",
    "Opposition fighters captured the presidential palace after fierce fighting.",
])
def test_capturing_posts_and_defences(pipe, text):
    evs = events(pipe, text)
    assert [e for e in _coded(evs, "19") if e.cameo.startswith("192")], show(evs)


@pytest.mark.parametrize("text", [
    "The opposition captured the post of speaker in the vote.",
    "Her photograph captured the mood of the crowd.",
    "The photographer captured the moment the bridge collapsed.",
    "The company seized the plant's assets in a dispute over rent.",
])

def test_capturing_a_post_that_is_an_office(pipe, text):
    evs = events(pipe, text)
    assert not _coded(evs, "19"), show(evs)


def test_seizing_a_station_is_seizing_property(pipe):
    evs = events(pipe, "The army seized all four pumping stations along the canal.")
    assert [e for e in _coded(evs, "17") if e.cameo.startswith("1711")], show(evs)


# -- abandoning ground --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Libyan troops were abandoning the oasis of Faya-Largeau.",
    "The rebels abandoned the airport after heavy shelling.",
    "Government forces abandoned the area around the dam on Friday.",
])
def test_armed_forces_abandoning_ground_retreat(pipe, text):
    evs = events(pipe, text)
    assert [e for e in _coded(evs, "08") if e.cameo.startswith("087")], show(evs)


def test_abandoning_an_area_is_no_retreat_for_others(pipe):
    evs = events(pipe, "The climbers abandoned the area after the storm.")
    assert not _coded(evs, "08"), show(evs)



# -- an age names a person; recognising a person by sight ---------------------------------------------------
@pytest.mark.parametrize("text,root", [
    ("Troops shot dead a 14-year-old near the village.", "19"),
    ("Police arrested a 17-year-old in connection with the attack.", "17"),
    ("A 12-year-old was killed by a stray bullet fired by soldiers.", "19"),
    ("Two 15-year-olds were arrested after the riot.", "17"),
])
def test_an_age_names_a_person(pipe, text, root):
    evs = events(pipe, text)
    got = [e for e in _coded(evs, root) if e.target is not None and "old" in e.target.text]
    assert got, show(evs)


@pytest.mark.parametrize("text", [
    "An officer recognized her at the checkpoint.",
    "Police recognized the suspect from the video.",
    "The guard recognised him as the man who had fled.",
])
def test_recognising_a_person_is_no_diplomatic_recognition(pipe, text):
    evs = events(pipe, text)
    assert not [e for e in evs if e.cameo.startswith("054")], show(evs)


# -- removing an office holder ------------------------------------------------------------------------------
@pytest.mark.parametrize("text,src_sector", [
    ("The Brazilian Congress impeached President Dilma Rousseff.", "LEG"),
    ("President Yoon was impeached by parliament on Saturday.", "LEG"),
    ("Papua New Guinea's parliament voted on Thursday to remove Prime Minister Joseph Kila.", "LEG"),
    ("Parliament voted to remove the president from office.", "LEG"),
    ("The court removed the governor from office.", "JUD"),
    ("The army toppled the president in a coup on Wednesday.", "MIL"),
    ("Mutinous soldiers overthrew President Ibrahim Keita.", "MIL"),
    ("The Senate began the impeachment of President Andrew Johnson.", "LEG"),
])
def test_removing_an_office_holder(pipe, text, src_sector):
    evs = events(pipe, text)
    got = [e for e in _coded(evs, "17") if e.cameo.startswith("172")]
    assert got and got[0].source is not None and got[0].source.sector == src_sector and got[0].target is not None, \
        show(evs)


@pytest.mark.parametrize("text", [
    "The coach removed her from the starting line-up.",
    "Police removed the protesters from the square.",
    "The army removed the rebels from the town.",
    "Workers removed the statue of the king.",
    "The company removed its chief executive.",
])
def test_removals_that_are_not_from_office(pipe, text):
    evs = events(pipe, text)
    assert not [e for e in evs if e.cameo.startswith("172")], show(evs)


# -- threatening a strike or a protest -------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The union threatened a general strike if the government raised fuel prices.",
    "Teachers threatened to strike over unpaid salaries.",
    "The students threatened to protest if fees rose again.",
])
def test_threatening_dissent_is_an_event(pipe, text):
    evs = events(pipe, text)
    assert [e for e in _coded(evs, "13") if e.cameo.startswith("133")], show(evs)


def test_fans_threatening_a_boycott_is_no_event(pipe):
    evs = events(pipe, "Fans threatened to boycott the final.")
    assert not _coded(evs, "13"), show(evs)


# -- a killing in a joint operation ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Nine militants were killed in a combined raid by Iraqi and Kurdish forces in Kirkuk.",
    "Five militants were killed in a joint operation by the army and police.",
])
def test_killing_in_a_joint_operation_is_the_killing(pipe, text):
    evs = events(pipe, text)
    assert _coded(evs, "19") and not [e for e in evs if e.cameo.startswith("06")], show(evs)


def test_a_joint_operation_alone_is_cooperation(pipe):
    evs = events(pipe, "Afghan and US troops launched a joint operation in Khost on Sunday.")
    assert [e for e in evs if e.cameo.startswith("062")], show(evs)


# -- accepting a deal ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,src", [
    ("Iran accepted the deal on Monday.", "IRN"),
    ("The Sudanese government accepted the compromise offered by the rebels.", "SDN"),
    ("Armenia accepted the peace agreement after weeks of talks.", "ARM"),
])
def test_accepting_a_deal(pipe, text, src):
    evs = events(pipe, text)
    got = _coded(evs, "03")
    assert got and got[0].source is not None and got[0].source.country == src, show(evs)


def test_refusing_a_deal_is_a_rejection(pipe):
    evs = events(pipe, "Iran will never accept the deal, the minister said.")
    assert _coded(evs, "12") and not _coded(evs, "03"), show(evs)


def test_a_union_accepting_a_pay_deal_is_no_political_event(pipe):
    evs = events(pipe, "The union accepted the pay deal offered by the company.")
    assert not _coded(evs, "03"), show(evs)


@pytest.mark.parametrize("text,src", [
    ("The rebels accepted the ceasefire agreement brokered by Qatar.", "REB"),
    ("Hamas has accepted a truce deal proposed by Egypt, its spokesman said.", None),
    ("The army accepted the ceasefire accord on Tuesday.", "MIL"),
])
def test_accepting_a_ceasefire_deal_is_a_truce_not_a_settlement(pipe, text, src):
    # the deal's modifier says what is accepted: a ceasefire (0871), not an intent to settle (037)
    evs = events(pipe, text)
    assert _coded(evs, "0871") and not _coded(evs, "037"), show(evs)
    if src:
        assert _coded(evs, "0871")[0].source.sector == src, show(evs)
