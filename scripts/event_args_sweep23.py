"""A fifth sweep of the event coder's arguments: the target classes of part a's events whose source is right and
target missing (issue 10 item 2, session 23).

    cd scripts && PYTHONPATH=../src:. ../.venv/bin/python event_args_sweep23.py [--kind K] [--show N]

Kinds (every sentence written for Lapwing, each frame with a cast of pairs):

- ``recip``: "X and Y (have) agreed to VERB ... / agreed on ...": an agreement the two make with each other; some
  claimed event has one side as source and the other as target;
- ``recip-none``: "X and Y agreed to impose sanctions on Z", "X and Y condemned the attack": the target is Z or
  none, never the partner;
- ``forwar``: "X mobilized its reservists for a war against Y", "massed troops for an offensive on Y": a show of
  force readied against Y (root 15); ``forwar-none``: "mobilized reservists for a parade", "for an operation against
  smuggling": no target;
- ``mediate``: "X began a peace effort to heal the split between Y and Z", "... on Sunday between Y and
  Z": the sides are the targets (source X, target Y);
- ``timeprep``: "X established ties on Saturday with Y", "X signed a deal on Monday with Y": a time word between
  the verb and its phrase; Y is the target.

A sentence passes when some claimed event has the expected (source country, target country) pair (for ``recip``
either order); for ``recip-none`` when no claimed event has the partner as target and, where a third party Z is
named, some claimed event has Z as target.
"""

from __future__ import annotations

from sweep_runner import print_failures, run, sweep_args

CLAIMED = ("asserted", "attributed", "future")

#: (first side, code, second side, code)
PAIRS = [("Kenya", "KEN", "Tanzania", "TZA"), ("Chile", "CHL", "Peru", "PER"), ("Ghana", "GHA", "Togo", "TGO"),
         ("The Indian government", "IND", "Bangladesh", "BGD"), ("Poland", "POL", "Lithuania", "LTU"),
         ("President Ruto", "KEN", "Ugandan President Yoweri Museveni", "UGA"),
         ("Vietnam", "VNM", "the Philippines", "PHL"), ("Egypt", "EGY", "Sudan", "SDN")]
RECIP_FRAMES = ["{a} and {b} have agreed to sign a trade deal.", "{a} and {b} agreed to share intelligence on smuggling.",
                "{a} and {b} agreed on the draft text of a border accord.",
                "{a} and {b} agreed to hold joint military exercises next month.",
                "{a} and {b} agreed on Tuesday to reopen their embassies.",
                "{a} and {b} have agreed to resume direct flights, officials said.",
                "{a} and {b} agreed to settle the dispute through talks."]
#: (third party, code)
THIRD = [("Iran", "IRN", "Iranian"), ("North Korea", "PRK", "North Korean"), ("Myanmar", "MMR", "Burmese"),
         ("Belarus", "BLR", "Belarusian")]
NONE_FRAMES = ["{a} and {b} agreed to impose sanctions on {z}.", "{a} and {b} condemned the attack.",
               "{a} and {b} have agreed to send aid to {z}.", "{a} and {b} criticised the decision on Monday.",
               "{a} and {b} welcomed the ruling.", "{a} and {b} agreed to lift tariffs on {z_adj} steel.",
               "{a} and {b} have agreed to ease the ban on {z_adj} imports."]
#: (doer, code, target, code)
WAR_CAST = [("Armenia", "ARM", "Azerbaijan", "AZE"), ("Israel", "ISR", "Hezbollah", "LBN"), ("Russia", "RUS", "Ukraine", "UKR"),
            ("The Turkish army", "TUR", "Kurdish militants", None), ("Ethiopia", "ETH", "Eritrea", "ERI"),
            ("The Sudanese army", "SDN", "the RSF", None), ("India", "IND", "Pakistan", "PAK"),
            ("Nigerian forces", "NGA", "Boko Haram", None)]
WAR_FRAMES = ["{a} mobilized its reservists for a possible war against {b}.",
              "{a} mobilised thousands of troops for a ground assault against {b}.",
              "{a} massed troops on the border for an offensive against {b}.",
              "{a} deployed tanks and artillery for an attack on {b}.",
              "On Monday {a_l} mobilized the army for a battle against {b}.",
              "{a} sent more troops to the frontier for a new offensive on {b}, officials said."]
WAR_NONE = ["{a} mobilized its reservists for a military parade.", "{a} deployed troops for an operation against smuggling.",
            "{a} mobilised the army for a relief operation in the flooded north."]
#: (mediator, code, side, code, other side)
MEDIATORS = [("Oman", "OMN", "Kenya", "KEN", "Somalia"), ("Kuwait", "KWT", "Qatar", "QAT", "Bahrain"),
             ("The African Union", "AFR", "Sudan", "SDN", "South Sudan"), ("Turkey", "TUR", "Russia", "RUS", "Ukraine"),
             ("Norway", "NOR", "Colombia", "COL", "the ELN rebels"), ("Egypt", "EGY", "Israel", "ISR", "Hamas"),
             ("South Africa", "ZAF", "Ethiopia", "ETH", "Eritrea"), ("The Vatican", "VAT", "Venezuela", "VEN", "Guyana")]
MEDIATE_FRAMES = ["{a} launched a mediation effort on Sunday between {b} and {c}.",
                  "{a} began a peace effort to heal the split between {b} and {c}.",
                  "{a} has launched a mediation effort to end the dispute between {b} and {c}.",
                  "{a} began mediation efforts to defuse the crisis between {b} and {c}.",
                  "{a} started a mediation bid to try to avert a conflict between {b} and {c}."]
TIME_FRAMES = ["{a} established diplomatic ties on Saturday with {b}.", "{a} signed a trade deal on Monday with {b}.",
               "{a} held talks on Thursday with {b}.", "{a} broke off relations last week with {b}.",
               "{a} restored diplomatic relations on Friday with {b}.", "{a} signed a defence pact in May with {b}."]


def sentences(kind: str | None):
    for k, (a, acc, b, bcc) in enumerate(PAIRS):
        for f in RECIP_FRAMES:
            if kind in (None, "recip"):
                yield "recip", f.format(a=a, b=b), acc, bcc
        for j, f in enumerate(NONE_FRAMES):
            z, zcc, z_adj = THIRD[(k + j) % len(THIRD)]
            if kind in (None, "recip-none"):
                yield "recip-none", f.format(a=a, b=b, z=z, z_adj=z_adj), (acc, bcc), (zcc if "{z" in f else None)
        a2, acc2, b2, bcc2 = WAR_CAST[k]
        a2_l = a2[0].lower() + a2[1:] if a2.startswith("The") else a2
        for f in WAR_FRAMES:
            if kind in (None, "forwar"):
                yield "forwar", f.format(a=a2, a_l=a2_l, b=b2), acc2, bcc2 or "any"
        for f in WAR_NONE:
            if kind in (None, "forwar-none"):
                yield "forwar-none", f.format(a=a2), acc2, "none"
        m, mcc, b3, bcc3, c3 = MEDIATORS[k]
        for f in MEDIATE_FRAMES:
            if kind in (None, "mediate"):
                yield "mediate", f.format(a=m, b=b3, c=c3), mcc, bcc3
        for f in TIME_FRAMES:
            if kind in (None, "timeprep"):
                yield "timeprep", f.format(a=a, b=b), acc, bcc


def judge(kind, evs, src, tgt) -> str:
    claimed = [e for e in evs if e.status in CLAIMED]
    pairs = {(e.source.country if e.source else None, e.target.country if e.target else None) for e in claimed}
    if kind == "recip-none":
        a, b = src
        if (a, b) in pairs or (b, a) in pairs:
            return "partner as target"
        if tgt is not None and not any(t == tgt for _s, t in pairs):
            return "third party missing"
        return "ok"
    if tgt == "none":
        return "ok" if all(e.target is None for e in claimed if e.cameo.startswith("15")) else "thing as target"
    if not claimed:
        return "no event"
    if tgt == "any":  # a party with no country: a source of the right country and a target in the root
        return "ok" if any(e.source and e.source.country == src and e.target is not None and e.cameo.startswith("15")
                           for e in claimed) else "target missing"
    if (src, tgt) in pairs or (kind == "recip" and (tgt, src) in pairs):
        return "ok"
    if not any(s in (src, tgt) for s, _t in pairs):
        return "source wrong"
    return "target missing" if all(t is None for _s, t in pairs) else "target wrong"


def main() -> None:
    args = sweep_args()
    print_failures(run(sentences(args.kind), judge, args.show))


if __name__ == "__main__":
    main()
