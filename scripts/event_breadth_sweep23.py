"""A sweep of four classes of missed or miscoded events that session 22 left (issue 10, session 23, branch rc23).

    PYTHONPATH=src .venv/bin/python scripts/event_breadth_sweep23.py [--show N] [--kind KIND]

Kinds: ``cause_noun`` (a noun event as the object of a causing verb: "the ruling *sparked clashes* between X and Y"),
``coordinated`` (two verbs sharing a subject, each with a pattern of its own: "police *arrested and beat* the men"),
``plural_plan`` (a plural nationality + noun subject before "plan / vow / threaten ... to": "Nigerian soldiers *plan*
to arrest"), ``future_posture`` (a patrol or deployment announced: a posture, not a threat, unless a threat is
worded), ``time_subject`` ("The Security Council *today* agreed ...": the subject read as the time word's
compound). Each sentence lists checks ``(trigger, roots, source)``: a claimed event (asserted, attributed, future) whose
trigger is ``trigger`` (any trigger when None), whose CAMEO code starts with one of ``roots`` and whose source text
contains ``source`` (when given). A root written ``!13`` means no claimed event coded 13... (with that trigger) may be
found. A sentence is right when every check holds. All sentences are written for Lapwing.
"""

from __future__ import annotations

from sweep_runner import print_failures, run, sweep_args

CLAIMED = ("asserted", "attributed", "future")

#: (kind, text, checks): each check (trigger or None, roots, source substring or None)
ITEMS: list[tuple[str, str, list[tuple]]] = [
    # a noun event as the object of a causing verb
    ("cause_noun", "The decision triggered clashes between protesters and riot police.", [("clashes", ("19",), None)]),
    ("cause_noun", "The ruling sparked clashes between supporters of the two candidates and soldiers in Lagos.",
     [("clashes", ("19",), None)]),
    ("cause_noun", "The killing of the student provoked clashes between demonstrators and soldiers in Khartoum.",
     [("clashes", ("19",), None)]),
    ("cause_noun", "The vote set off clashes between rival militias in Tripoli.", [("clashes", ("19",), None)]),
    ("cause_noun", "The arrest of the cleric ignited clashes between his followers and the police.",
     [("clashes", ("19",), None)]),
    ("cause_noun", "The court's decision triggered fighting between rival factions in the north.",
     [("fighting", ("19",), None)]),
    ("cause_noun", "The killing led to clashes between villagers and soldiers near the border.",
     [("clashes", ("19",), None)]),
    ("cause_noun", "The raid provoked a gunfight between police and the gang in Mombasa.",
     [("gunfight", ("19",), None)]),
    ("cause_noun", "The ban caused clashes between fans and police outside the stadium.", [("clashes", ("19",), None)]),
    ("cause_noun", "His arrest unleashed clashes between students and security forces.", [("clashes", ("19",), None)]),
    ("cause_noun", "The border dispute has triggered skirmishes between Indian and Chinese troops.",
     [("skirmishes", ("19",), None)]),
    ("cause_noun", "The shooting of a teenager sparked clashes with police in the township.",
     [("clashes", ("19",), None)]),
    ("cause_noun", "The eviction triggered violent clashes between residents and the police on Tuesday.",
     [("clashes", ("19",), None)]),
    ("cause_noun", "The announcement prompted clashes between Kurdish fighters and Turkish troops.",
     [("clashes", ("19",), None)]),
    # controls: a possible or a denied cause is no claim
    ("cause_noun", "The decision could trigger clashes between protesters and riot police.", [("clashes", ("!19",), None)]),
    ("cause_noun", "Officials feared the verdict might spark clashes between rival gangs.", [("clashes", ("!19",), None)]),
    # coordinated verbs sharing a subject (and an object where the grammar shares it)
    ("coordinated", "Protesters marched and burned tyres in Nairobi.", [("burned", ("14", "18"), "Protesters")]),
    ("coordinated", "Troops shelled and then stormed the town.", [("shelled", ("19",), "Troops"),
                                                                   ("stormed", ("19", "18"), "Troops")]),
    ("coordinated", "Police arrested and beat the men.", [("arrested", ("17",), "Police"), ("beat", ("18",), "Police")]),
    ("coordinated", "Soldiers detained and tortured three journalists.", [("detained", ("17",), "Soldiers"),
                                                                           ("tortured", ("18",), "Soldiers")]),
    ("coordinated", "Gunmen abducted and killed two aid workers in Darfur.", [("abducted", ("18",), "Gunmen"),
                                                                               ("killed", ("18",), "Gunmen")]),
    ("coordinated", "Russian forces shelled and then captured the village.", [("shelled", ("19",), "Russian"),
                                                                             ("captured", ("19",), "Russian")]),
    ("coordinated", "Militants ambushed and killed four soldiers near the border.", [("ambushed", ("19", "18"), "Militants"),
                                                                                     ("killed", ("18",), "Militants")]),
    ("coordinated", "Israeli jets struck the camp and killed five people.", [("struck", ("19",), "Israeli"),
                                                                            ("killed", ("18", "19"), "Israeli")]),
    ("coordinated", "Police raided the offices and arrested the editor.", [("raided", ("17", "19"), "Police"),
                                                                          ("arrested", ("17",), "Police")]),
    ("coordinated", "Russia condemned the strike and demanded an apology from Ukraine.",
     [("condemned", ("11",), "Russia"), ("demanded", ("10",), "Russia")]),
    ("coordinated", "The Kenyan president visited Uganda and praised its reforms.",
     [("visited", ("04",), "president"), ("praised", ("05",), "president")]),
    ("coordinated", "Rebels attacked and looted the village.", [("attacked", ("19", "18"), "Rebels")]),
    ("coordinated", "Troops surrounded and then attacked the camp.", [("attacked", ("19", "18"), "Troops")]),
    ("coordinated", "Kenyan police fired tear gas and arrested dozens of protesters.",
     [("fired", ("17", "18", "19"), "police"), ("arrested", ("17",), "police")]),
    ("coordinated", "Demonstrators blocked roads and clashed with police in Lima.",
     [("clashed", ("19", "14"), "Demonstrators")]),
    ("coordinated", "Soldiers stormed and then burned the rebel camp.", [("stormed", ("19", "18"), "Soldiers")]),
    ("coordinated", "Gunmen kidnapped and later freed a French engineer.", [("kidnapped", ("18",), "Gunmen")]),
    # a plural nationality + noun subject before plan / vow / threaten ... to
    ("plural_plan", "Nigerian soldiers plan to arrest the militants.", [(None, ("13", "17"), "soldiers")]),
    ("plural_plan", "Kenyan police vow to arrest the protesters.", [(None, ("13", "17"), "police")]),
    ("plural_plan", "Sudanese rebels vow to attack the capital.", [(None, ("13", "19"), "rebels")]),
    ("plural_plan", "Kenyan police threaten to arrest the protesters.", [(None, ("13",), "police")]),
    ("plural_plan", "Ukrainian troops plan to retake the city.", [(None, ("13", "19"), "troops")]),
    ("plural_plan", "Syrian rebels threaten to attack Damascus.", [(None, ("13",), "rebels")]),
    ("plural_plan", "Somali officials pledge to release the prisoners.", [(None, ("03", "08"), "officials")]),
    ("plural_plan", "Colombian rebels promise to free the hostages.", [(None, ("03", "08"), "rebels")]),
    ("plural_plan", "Turkish troops vow to expel the militants from the border area.", [(None, ("13", "17"), "troops")]),
    ("plural_plan", "Israeli forces threaten to demolish the homes.", [(None, ("13",), "forces")]),
    ("plural_plan", "Russian troops vow to shell the port.", [(None, ("13", "19"), "troops")]),
    ("plural_plan", "Pakistani police plan to question the suspects.", [(None, ("13", "17", "03", "09"), "police")]),
    ("plural_plan", "Iranian diplomats plan to meet Saudi officials next week.", [(None, ("03", "04"), "diplomats")]),
    ("plural_plan", "Ethiopian soldiers intend to capture the town.", [(None, ("13", "19"), "soldiers")]),
    ("plural_plan", "Chinese officials threaten to impose sanctions on Taiwan.", [(None, ("13",), "officials")]),
    ("plural_plan", "Malian soldiers vow to hunt down the jihadists.", [(None, ("13", "19", "17"), "soldiers")]),
    # a time word between the subject and its verb, read as the verb's time phrase with the subject its compound
    ("time_subject", "The Security Council today agreed to extend the mandate of the peacekeeping force.",
     [("agreed", ("03",), "Council")]),
    ("time_subject", "The European Commission today imposed sanctions on Belarus.", [("imposed", ("16",), "Commission")]),
    ("time_subject", "The Arab League yesterday condemned the Israeli raid.", [("condemned", ("11",), "League")]),
    ("time_subject", "The National Assembly today rejected the peace plan.", [("rejected", ("12",), "Assembly")]),
    ("time_subject", "The Security Council yesterday demanded the withdrawal of Ethiopian troops from Somalia.",
     [("demanded", ("10",), "Council")]),
    # a patrol or deployment announced: a posture, not a threat, unless a threat is worded
    ("future_posture", "A platoon of U.S. soldiers will patrol the border.", [("patrol", ("!13",), None)]),
    ("future_posture", "French troops will patrol the streets of Bamako from Monday.", [("patrol", ("!13",), None)]),
    ("future_posture", "The navy will patrol the strait next month.", [("patrol", ("!13",), None)]),
    ("future_posture", "Kenyan police will patrol the camps.", [("patrol", ("!13",), None)]),
    ("future_posture", "German troops will deploy to Lithuania next year.", [("deploy", ("!13",), None)]),
    ("future_posture", "Britain will send 500 troops to Estonia, the defence ministry said.", [(None, ("!13",), None)]),
    ("future_posture", "Nigeria is to deploy soldiers to the northern states.", [(None, ("!13",), None)]),
    ("future_posture", "The army will mobilise reservists next week.", [(None, ("!13",), None)]),
    # controls: a threat worded stays a threat
    ("future_posture", "Russia threatened to deploy troops to the border with Ukraine.", [(None, ("13",), "Russia")]),
    ("future_posture", "China warned that its warships would attack any vessel in the strait.",
     [(None, ("13",), None)]),
]


def check(evs, trigger, roots, source) -> bool:
    found = [e for e in evs if e.status in CLAIMED and (trigger is None or (e.trigger and e.trigger.text == trigger))]
    banned = [r[1:] for r in roots if r.startswith("!")]
    if banned:
        return not any(e.cameo.startswith(r) for e in found for r in banned)
    return any(e.cameo.startswith(roots) and (source is None or (e.source and source in e.source.text))
               for e in found)


def judge(kind, evs, checks) -> str:
    bad = [c[0] or "-" for c in checks if not check(evs, *c)]
    return "ok" if not bad else "miss " + ",".join(bad)


def main() -> None:
    args = sweep_args()
    items = [it for it in ITEMS if args.kind is None or it[0] == args.kind]
    counts = run(items, judge, args.show)
    print_failures(counts)
    print(f"all: {sum(c['ok'] for c in counts.values())} of {len(items)} right")


if __name__ == "__main__":
    main()
