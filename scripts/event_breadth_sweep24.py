"""A sweep of the two constructions session 24 mended (issue 10, branch rc24), with controls.

    PYTHONPATH=src .venv/bin/python scripts/event_breadth_sweep24.py [--show N] [--kind KIND]

Kinds: ``shot_dead`` ("X *shot dead* Y", "X *shot to death* Y", with "shot" often read as a noun: repair 108),
``count_crowd`` ("Some 30,000 *marched* ...", a bare count read as the verb's number: a repair for it was tried
and taken out, as part b of the wire triggers did not move, so this kind still fails on two of six), and ``control``
(no claimed event of the named root may come out: reduced relatives, nouns, counts that are no subject, an old
year, a possible march; a passive "was shot dead" with a coded victim keeps its doerless shooting, as before). Each sentence lists checks ``(trigger, roots, source)`` as in ``event_breadth_sweep23.py``: a claimed event
(asserted, attributed, future) whose trigger is ``trigger``, whose CAMEO code starts with one of ``roots`` and whose
source text contains ``source`` (when given); a root written ``!19`` means no claimed event coded 19... with that
trigger may be found. All sentences are written for Lapwing.
"""

from __future__ import annotations

from sweep_runner import print_failures, run, sweep_args

CLAIMED = ("asserted", "attributed", "future")

ITEMS: list[tuple[str, str, list[tuple]]] = [
    ("shot_dead", "A masked gunman on Tuesday shot dead a local councillor in Peshawar.", [("shot", ("19",), "gunman")]),
    ("shot_dead", "Unidentified gunmen shot dead three police officers at a checkpoint in Kandahar.",
     [("shot", ("19",), "gunmen")]),
    ("shot_dead", "Nigerian soldiers shot dead two suspected militants near Maiduguri.", [("shot", ("19",), "soldiers")]),
    ("shot_dead", "A Colombian soldier shot dead a rebel commander in the jungle on Friday.",
     [("shot", ("19",), "soldier")]),
    ("shot_dead", "Police in Karachi shot dead four suspected robbers on Sunday.", [("shot", ("19",), "Police")]),
    ("shot_dead", "Rebels shot to death a village chief and his son in Kivu province.", [("shot", ("19",), "Rebels")]),
    ("shot_dead", "A militia shot to death six farmers during a raid in Darfur.", [("shot", ("19",), "militia")]),
    ("shot_dead", "Security forces on Monday shot to death a protester in Srinagar.",
     [("shot", ("19",), "Security forces")]),
    ("shot_dead", "A sniper shot dead an Israeli soldier near the Gaza border fence.", [("shot", ("19",), "sniper")]),
    ("shot_dead", "Bandits shot dead a 12-year-old boy in Zamfara on Wednesday.", [("shot", ("19",), "Bandits")]),
    ("shot_dead", "Taliban fighters shot dead an Afghan policeman outside Kunduz.", [("shot", ("19",), "fighters")]),
    ("shot_dead", "Turkish troops shot dead five PKK rebels in a clash near the border.", [("shot", ("19",), "troops")]),
    ("shot_dead", "A lone attacker shot dead two worshippers at a mosque in Quetta.", [("shot", ("19",), "attacker")]),
    ("shot_dead", "Indian troops shot to death three separatist guerrillas in Kashmir.", [("shot", ("19",), "troops")]),
    ("count_crowd", "Some 20,000 marched through Belgrade against the government on Saturday.",
     [("marched", ("14",), None)]),
    ("count_crowd", "About 3,000 marched in Dhaka to demand the release of the opposition leader.",
     [("marched", ("14",), None)]),
    ("count_crowd", "More than 5,000 demonstrated outside the parliament in Tbilisi.", [("demonstrated", ("14",), None)]),
    ("count_crowd", "Nearly 1,000 rallied in Kampala against the fuel price rise.", [("rallied", ("14",), None)]),
    ("count_crowd", "Some 800 protested in front of the US embassy in Manila.", [("protested", ("14",), None)]),
    ("count_crowd", "About 10,000 marched in Caracas in support of the opposition.", [("marched", ("14",), None)]),
    # controls
    ("control", "Two youths shot dead by officers during the curfew were buried on Sunday.",
     [("buried", ("!19",), None)]),
    ("control", "The man shot dead a week ago was buried on Monday.", [("shot", ("!19",), None)]),
    ("control", "His shot dead centre beat the goalkeeper.", [("shot", ("!19",), None)]),
    ("control", "The striker's shot dead straight at the keeper was saved.", [("shot", ("!19",), None)]),
    ("control", "The film was shot to death row inmates' accounts.", [("shot", ("!19",), None)]),
    ("control", "The 5,000 marched miles across the desert in the exercise.", [("marched", ("!14",), None)]),
    ("control", "Some 300 wounded were taken to hospitals in the city.", [(None, ("!14",), None)]),
    ("control", "In 1968, some 10,000 marched through the city against the war.", [("marched", ("!14",), None)]),
    ("control", "About 2,000 could march through the capital on Sunday if the permit is granted.",
     [("march", ("!14",), None)]),
]


def judge(kind: str, evs, checks) -> str:
    claimed = [e for e in evs if e.status in CLAIMED]
    for trigger, roots, source in checks:
        near = [e for e in claimed if trigger is None or (e.trigger and e.trigger.text == trigger)]
        if roots[0].startswith("!"):
            if any(e.cameo.startswith(roots[0][1:]) for e in near):
                return "wrong event"
            continue
        if not any(e.cameo.startswith(roots) and (source is None or (e.source and source in e.source.text))
                   for e in near):
            return "missed"
    return "ok"


if __name__ == "__main__":
    args = sweep_args()
    items = [(k, t, c) for k, t, c in ITEMS if args.kind in (None, k)]
    print_failures(run(items, judge, args.show))
