"""A fourth sweep of the event coder's arguments: the classes sessions 20's arguments and examples rounds left
(issue 10 item 2, session 21).

    cd scripts && PYTHONPATH=../src:. ../.venv/bin/python event_args_sweep21.py [--kind K] [--show N]

Kinds (every sentence written for Lapwing, each frame with a cast of sources and targets):

- ``orderout``: an envoy or reporters "were ordered out of / sent home from / told to leave X" with no by-agent: the
  country X is the doer (source X, target the envoy's country);
- ``driveout``: "drove / pushed / chased / forced Y out of X": an event (fighters, troops: 190; people: 174) with
  the doer as source and Y as target;
- ``tellto``: "told / instructed / directed X to VERB": an order to X (source the doer, target X);
- ``tellto-none``: "told reporters to ..." (the press is no party): no event with the press as target;
- ``named``: "imposed sanctions on former President X Y and ex-Minister Z W, freezing ...": the titled names (which
  the parser may leave as unlabelled dependents of the verb, with their own preposition) are the targets;
- ``invest``: "to increase / boost / expand investment in Y": Y is the target (a country after "in" with an
  investment, trade or aid noun); ``invest-none``: "investment in infrastructure" gives no target of the doer's own.

A sentence passes when some claimed event has the expected (source country, target country) pair; for a ``-none``
kind when no claimed event has a target of the press or of the doer's own country.
"""

from __future__ import annotations

from sweep_runner import print_failures, run, sweep_args

CLAIMED = ("asserted", "attributed", "future")

#: (envoy phrase, its country)
ENVOYS = [("The Danish ambassador", "DNK"), ("Two French diplomats", "FRA"), ("Canada's envoy", "CAN"),
          ("The Swedish charge d'affaires", "SWE"), ("Three Dutch diplomats", "NLD"), ("Norway's ambassador", "NOR")]
#: (country name, code)
PLACES = [("Russia", "RUS"), ("Mali", "MLI"), ("Iran", "IRN"), ("Venezuela", "VEN"), ("Niger", "NER"),
          ("Nicaragua", "NIC")]
ORDER_FRAMES = ["{e} {be} ordered out of {p} on Monday.", "{e} {be} sent home from {p} after the row.",
                "{e} {be} expelled from {p} last week.", "On Friday {e_l} {be} ordered out of {p}.",
                "{e} {be} sent home from {p} on Tuesday, the ministry said.",
                "{e} {be} ordered out of {p} over the spying row."]

#: (doer, country, verb, thing driven out, its country, code root)
DRIVE = [
    ("Kurdish fighters", "IRQ", "drove", "the Islamic State militants", None, "19"),
    ("The Malian army", "MLI", "drove", "the rebels", None, "19"),
    ("Ukrainian forces", "UKR", "pushed", "Russian troops", "RUS", "19"),
    ("Kenyan troops", "KEN", "chased", "the al-Shabaab fighters", None, "19"),
    ("Israeli settlers", "ISR", "drove", "Palestinian herders", "PSE", "17"),
    ("Greek police", "GRC", "pushed", "Afghan migrants", "AFG", "17"),
    ("The Syrian army", "SYR", "forced", "the rebel fighters", None, "19"),
    ("Sudanese soldiers", "SDN", "chased", "the Chadian traders", "TCD", "17"),
    ("Azerbaijani troops", "AZE", "drove", "Armenian forces", "ARM", "19"),
    ("Nigerian soldiers", "NGA", "drove", "Boko Haram fighters", None, "19"),
]
DRIVE_TAILS = ["out of the town of Kalo.", "out of the northern city on Monday.", "out of their positions near Osa.",
               "out of the border district last week."]

#: (doer, country, verb, addressee, its country)
TELL = [("Putin", "RUS", "told", "Lukashenko", "BLR"), ("Kenya", "KEN", "told", "Ethiopia", "ETH"),
        ("The Chinese government", "CHN", "instructed", "North Korea", "PRK"),
        ("The UN Security Council", "UNO", "directed", "Sudan", "SDN"),
        ("Turkish President Recep Tayyip Erdogan", "TUR", "told", "Sweden", "SWE"),
        ("Washington", "USA", "told", "Israel", "ISR"),
        ("The European Union", "EUR", "instructed", "Hungary", "HUN"),
        ("Egypt", "EGY", "told", "Hamas", "PSE")]
TELL_CLAUSES = ["to close the border.", "to stop the fighting in the north.", "to withdraw its troops from the area.",
                "to release the detained fishermen.", "to hold talks with the opposition."]
PRESS = ["reporters", "journalists", "the press", "a news conference"]

#: (doer, country, verb phrase, first titled name, second titled name)
NAMED = [("Georgia", "GEO", "has imposed sanctions on", "former President Eduard Kvaratskhelia", "ex-Defence Minister Levan Gogoladze"),
         ("Kenya", "KEN", "slapped sanctions on", "former Finance Minister John Mwangi", "ex-Governor Peter Otieno"),
         ("Moldova", "MDA", "imposed travel bans on", "former Prime Minister Ion Ceban", "ex-Interior Minister Vlad Rusu"),
         ("Peru", "PER", "has frozen the assets of", "former President Alberto Quispe", "ex-Finance Minister Rosa Huaman"),
         ("Serbia", "SRB", "imposed sanctions on", "former Defence Minister Milan Petrovic", "ex-Army Chief Goran Ilic")]
NAMED_TAILS = [", freezing their assets, banning them from leaving the country and stripping them of their medals.",
               " on Monday.", ", freezing their bank accounts.", "."]

#: (doer, country, target name, its country)
INVEST = [("China", "CHN", "Zambia", "ZMB"), ("Japan", "JPN", "Vietnam", "VNM"), ("The United Arab Emirates", "ARE",
          "Egypt", "EGY"), ("India", "IND", "Sri Lanka", "LKA"), ("Saudi Arabia", "SAU", "Pakistan", "PAK"),
          ("Germany", "DEU", "Ukraine", "UKR")]
INVEST_FRAMES = ["{s} pledged to increase investment in {t}.", "{s} will boost its investment in {t}.",
                 "{s} promised to expand investment in {t} next year.", "{s} agreed to double its investments in {t}.",
                 "{s} said it would increase trade with and investment in {t}."]
INVEST_NONE = ["{s} pledged to increase investment in infrastructure.", "{s} will boost investment in its ports.",
               "{s} promised to expand investment in renewable energy."]


def sentences(kind: str | None):
    for k, (e, ecc) in enumerate(ENVOYS):
        for j, f in enumerate(ORDER_FRAMES):
            p, pcc = PLACES[(k + j) % len(PLACES)]
            be = "were" if e.split()[0] in ("Two", "Three") else "was"
            e_l = e[0].lower() + e[1:] if e.startswith("The") else e
            if kind in (None, "orderout"):
                yield "orderout", f.format(e=e, e_l=e_l, be=be, p=p), pcc, ecc, None
    for k, (s, scc, verb, obj, occ, root) in enumerate(DRIVE):
        for j, tail in enumerate(DRIVE_TAILS):
            if kind in (None, "driveout") and (k + j) % 2 == 0 or kind == "driveout":
                yield "driveout", f"{s} {verb} {obj} {tail}", scc, occ, root
    for k, (s, scc, verb, t, tcc) in enumerate(TELL):
        for j, c in enumerate(TELL_CLAUSES):
            if kind in (None, "tellto"):
                yield "tellto", f"{s} {verb} {t} {c}", scc, tcc, None
        if kind in (None, "tellto-none"):
            press = PRESS[k % len(PRESS)]
            if press == "a news conference":
                yield "tellto-none", f"{s} told {press} it would not back down.", scc, "press", None
            else:
                yield "tellto-none", f"{s} told {press} to expect more talks next week.", scc, "press", None
    for s, scc, vp, n1, n2 in NAMED:
        for j, tail in enumerate(NAMED_TAILS):
            if kind in (None, "named"):
                text = f"{s} {vp} {n1} and {n2}{tail}" if j % 2 == 0 else f"{s} {vp} {n1}{tail}"
                yield "named", text, scc, "name:" + n1.split()[-1], None
    for k, (s, scc, t, tcc) in enumerate(INVEST):
        for f in INVEST_FRAMES:
            if kind in (None, "invest"):
                yield "invest", f.format(s=s, t=t), scc, tcc, None
        for f in INVEST_NONE:
            if kind in (None, "invest-none"):
                yield "invest-none", f.format(s=s), scc, "own", None


def judge(kind, evs, src, tgt, root) -> str:
    claimed = [e for e in evs if e.status in CLAIMED]
    if tgt == "press":
        bad = [e for e in claimed if e.target is not None and any(
            w in e.target.text.lower() for w in ("reporter", "journalist", "press", "conference"))]
        return "press target" if bad else "ok"
    if tgt == "own":
        bad = [e for e in claimed if e.target is not None and (e.target.country == src or e.target.text.lower()
                                                               .startswith(("its ", "their ")))]
        return "own target" if bad else "ok"
    if not claimed:
        return "no event"
    if tgt.startswith("name:") if tgt else False:
        ok = any(e.source and e.source.country == src and e.target is not None and tgt[5:] in e.target.text
                 for e in claimed)
        return "ok" if ok else "target missing"
    if root is not None:
        claimed = [e for e in claimed if e.cameo.startswith(root)]
        if not claimed:
            return "other root"
    if tgt is None:  # the target has no country: a source of the right country and some target
        ok = any(e.source and e.source.country == src and e.target is not None for e in claimed)
        return "ok" if ok else "target missing"
    if any(e.source and e.target and e.source.country == src and e.target.country == tgt for e in claimed):
        return "ok"
    if not any(e.source and e.source.country == src for e in claimed):
        return "source wrong"
    return "target missing" if all(e.target is None for e in claimed) else "target wrong"


def main() -> None:
    args = sweep_args()
    print_failures(run(sentences(args.kind), judge, args.show))


if __name__ == "__main__":
    main()
