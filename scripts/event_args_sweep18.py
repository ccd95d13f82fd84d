"""A second sweep of the event coder's source and target actors: new constructions and a new cast (issue 10, session 18).

    PYTHONPATH=src .venv/bin/python scripts/event_args_sweep18.py [--out failures.tsv] [--kind meet] [--show N]

Written after session 17's sweep (``scripts/event_args_sweep.py``, whose judge and counts it reuses) with
constructions that one does not have: object control ("gave Y 48 hours to leave", "ordered Y to withdraw",
"persuaded Y to return"), the active conjunct after a passive or a copula ("was sworn in and called on Y"), a
relative clause or a participle aside on the subject, raising ("is expected to meet Y"), a reported clause ("said it
would sanction Y"), an adverbial participle ("after meeting Y, X said"), a subject and its partner joined by "and"
("X and Y held talks"), nominal events ("talks between X and Y", "the deportation of Y by X", "X's recognition of
Y"), datives ("denied Y entry", "offered Y a loan"), toward / over / from phrases, present-tense headlines, ties cut
and envoys recalled, vessels and aircraft as doers ("a Chinese coast guard ship rammed ..."), and precision frames
(no event may take a target other than the source's own: the theme, a place, a time, an event with no doer). The
cast is new: officials with a country word and a title but no name ("the Kenyan interior minister"), a person named
by surname after first mention, "It" after a named government, an appositive "X's president, NAME,", a former
official, and target countries the first sweep did not use. All sentences are written for Lapwing.
"""

from __future__ import annotations

import argparse
import collections
import sys

from event_args_sweep import CLAIMED, Src, _cap, _targets, judge, report

SOURCES = [
    Src("Argentina", "Argentina", "Argentina's", ("ARG",), name="name", roles="vf"),
    Src("Mexican President Claudia Sheinbaum", "Mexican President Claudia Sheinbaum",
        "Mexican President Claudia Sheinbaum's", ("MEX",), name="title+name"),
    Src("The Kenyan interior minister", "the Kenyan interior minister", "the Kenyan interior minister's", ("KEN",),
        name="country word + title, no name"),
    Src("Vietnam's foreign ministry", "Vietnam's foreign ministry", None, ("VNM",), name="X's Y"),
    Src("Boric", "Boric", "Boric's", ("CHL",), prefix="Chilean President Gabriel Boric flew to the summit on Sunday. ",
        name="surname after first mention"),
    Src("Norway and Denmark", "Norway and Denmark", None, ("NOR", "DNK"), name="conjunction", roles="vf"),
    Src("It", "it", "Its", ("MAR",), prefix="The Moroccan government issued a statement on Sunday. ",
        name="it after a named government"),
    Src("Tunisia's president, Kais Saied,", "Tunisia's president, Kais Saied,", None, ("TUN",),
        name="X's title, NAME"),
    Src("Thai police on Wednesday", "Thai police", None, ("THA",), name="time after subject", roles="f"),
    Src("The Peruvian government, which took office in October,", "the Peruvian government", None, ("PER",),
        name="relative on subject", roles="vf"),
    Src("A Chinese coast guard ship", "a Chinese coast guard ship", None, ("CHN",), name="vessel", roles="f"),
    Src("Algerian fighter jets", "Algerian fighter jets", None, ("DZA",), name="aircraft", roles="f"),
    Src("The Burmese military", "the Burmese military", "the Burmese military's", ("MMR",), name="force", roles="f"),
    Src("Former Bolivian President Evo Morales", "former Bolivian President Evo Morales", None, ("BOL",),
        name="former + title + name"),
    Src("The Qatari emir, speaking in Doha,", "the Qatari emir", None, ("QAT",), name="participle aside"),
]

TARGETS = {
    "state": [("Cuba", "CUB", False), ("the Hungarian government", "HUN", False),
              ("Azerbaijani President Ilham Aliyev", "AZE", False), ("Serbia", "SRB", False),
              ("Nicaragua's president", "NIC", False), ("the Zimbabwean authorities", "ZWE", True),
              ("Belarus", "BLR", False), ("the Bangladeshi prime minister", "BGD", False)],
    "force": [("Eritrean rebels", "ERI", True), ("the Malian army", "MLI", False), ("Chadian troops", "TCD", True),
              ("the Sudanese army", "SDN", False), ("Burundian soldiers", "BDI", True)],
    "site": [("Eritrean positions", "ERI", True), ("a Chadian army base", "TCD", False),
             ("Armenian villages", "ARM", True), ("a Malian military airport", "MLI", False)],
    "people": [("two Swiss journalists", "CHE", True), ("an Irish aid worker", "IRL", False),
               ("three Filipino fishermen", "PHL", True), ("a Dutch citizen", "NLD", False),
               ("four Cuban dissidents", "CUB", True)],
    "diplomat": [("the Czech ambassador", "CZE", False), ("two Cuban diplomats", "CUB", True),
                 ("Hungary's envoy", "HUN", False), ("the Greek consul", "GRC", False)],
    "place": [("Cuba", "CUB", False), ("Serbia", "SRB", False), ("Belarus", "BLR", False),
              ("Nicaragua", "NIC", False), ("Zimbabwe", "ZWE", False), ("Haiti", "HTI", False)],
    "vessel": [("a Philippine boat", "PHL", False), ("a Vietnamese fishing vessel", "VNM", False),
               ("a Japanese patrol ship", "JPN", False), ("an Indonesian navy vessel", "IDN", False)],
}

#: source phrasings that name one person
PERSONS = {"title+name", "country word + title, no name", "surname after first mention", "X's title, NAME",
           "former + title + name", "participle aside"}

#: kinds done by force: their sources are forces, vessels, aircraft and states
FORCE_KINDS = {"attack", "fire on", "ram", "arrest", "deport", "force back", "bomb"}


def T(kind, frame, text, tclass, *triggers, reciprocal=False, precision=False):
    return (kind, frame, text, tclass, tuple(triggers), reciprocal, precision)


TEMPLATES = [
    # object control: the object of the main verb is the target
    T("threaten", "object control: gave Y time to", "{S} gave {T} 48 hours to leave the country.", "diplomat", "gave"),
    T("demand", "object control: ordered Y to", "{S} ordered {T} to withdraw from the border.", "force", "ordered"),
    T("urge", "object control: persuaded Y to", "{S} persuaded {T} to return to the talks.", "state", "persuaded"),
    T("urge", "object control: pressed Y to", "{S} pressed {T} to release the prisoners.", "state", "pressed"),
    T("urge", "object control: asked Y to", "{S} asked {T} to mediate in the dispute.", "state", "asked"),
    T("urge", "coordination under urge", "{S} urged {T} and {T2} to show restraint.", "state", "urged"),
    # the active conjunct after a passive or a copula, a relative clause or raising
    T("urge", "conjunct after passive", "{S} was sworn in on Monday and called on {T} to end the war.", "state", "called"),
    T("meet", "conjunct after passive", "{S} was re-elected last month and met {T} on Friday.", "state", "met",
      reciprocal=True),
    T("accuse", "conjunct after copula", "{S} was furious and accused {T} of lying.", "state", "accused"),
    T("meet", "raising", "{S} is expected to meet {T} next week.", "state", "meet", reciprocal=True),
    T("sanction", "reported clause", "{S} said it would impose sanctions on {T}.", "state", "impose", "sanctions"),
    T("criticise", "participle adjunct", "After meeting {T}, {S} criticised the decision.", "state", "meeting",
      reciprocal=True),
    T("meet", "subject conjunction", "{S} and {T} held talks in Oman on Tuesday.", "state", "talks", "held",
      reciprocal=True),
    # nominal events
    T("talks", "talks between", "Talks between {B} and {T} ended on Friday.", "state", "talks", reciprocal=True),
    T("deport", "nominal by", "The deportation of {T} by {B} drew protests.", "people", "deportation"),
    T("recognise", "nominal possessor", "{P} recognition of {T} angered its neighbours.", "place", "recognition"),
    T("sanction", "nominal possessor", "{P} sanctions on {T} took effect on Monday.", "state", "sanctions"),
    # datives, toward / over / from phrases, ties and envoys
    T("reject", "dative: denied Y entry", "{S} denied {T} entry at the border.", "people", "denied"),
    T("aid", "dative: offered Y a loan", "{S} offered {T} a loan of $2 billion.", "place", "offered"),
    T("threaten", "toward", "{S} took a harder line toward {T}.", "state", "took", "line"),
    T("protest", "to ... over", "{S} protested to {T} over the arrests.", "state", "protested"),
    T("reduce", "ties with", "{S} cut diplomatic ties with {T}.", "state", "cut", "ties"),
    T("reduce", "recalled from", "{S} recalled its ambassador from {T}.", "place", "recalled"),
    T("accuse", "blamed Y for", "{S} blamed {T} for the attack on the convoy.", "state", "blamed"),
    T("threaten", "control: threatened to expel", "{S} threatened to expel {T}.", "diplomat", "threatened", "expel"),
    T("criticise", "headline present", "{S} slams {T} over election.", "state", "slams"),
    # force, vessels and aircraft
    T("ram", "object", "{S} rammed {T} near the disputed shoal.", "vessel", "rammed"),
    T("fire on", "water cannon at", "{S} fired water cannon at {T}.", "vessel", "fired"),
    T("bomb", "object", "{S} bombed {T} on Sunday.", "site", "bombed"),
    T("attack", "against", "{S} launched air strikes against {T}.", "force", "strikes", "launched"),
    T("force back", "object control: forced Y to", "{S} forced {T} to retreat.", "force", "forced"),
    T("arrest", "passive + after", "{Tc} {was} detained by {B} after a protest.", "people", "detained"),
    # precision: the theme, a place, a time, an event with no doer
    T("arrest", "precision: theme", "{S} seized two tonnes of cocaine at the port.", "people", "seized", precision=True),
    T("bomb", "precision: place in own country", "{S} bombed a bridge on Sunday.", "site", "bombed", precision=True),
    T("meet", "precision: time", "{S} met on Thursday to discuss the budget.", "state", "met", precision=True),
]

PRECISION_NO_SOURCE = [  # an event with no doer: a target from a place's owner is not a claim
    ("An explosion hit {T} on Sunday.", ("hit",), "site"),
    ("A fire broke out at {T} overnight.", ("broke",), "site"),
]


def sentences(kind: str | None = None):
    """(id, kind, frame, source name, text, expected pairs, triggers, reciprocal, precision)."""
    n = 0
    for ti, (tkind, frame, text, tclass, trig, recip, prec) in enumerate(TEMPLATES):
        if kind and tkind != kind:
            continue
        tl = TARGETS[tclass]
        for si, s in enumerate(SOURCES):
            force = tkind in FORCE_KINDS
            if s.name in ("vessel", "aircraft") and not force:
                continue
            if ("f" if force else "v") not in s.roles or ("{P}" in text and s.poss is None):
                continue
            if "conjunct after" in frame and s.name in ("conjunction", "relative on subject", "participle aside",
                                                         "it after a named government"):
                continue  # "was sworn in" wants one person
            if "{B}" in text and s.subj == "It":
                continue
            if frame == "reported clause" and s.name in PERSONS:
                continue  # "said it would": a state or a body
            if frame in ("subject conjunction", "talks between", "participle adjunct") and s.name in (
                    "conjunction", "relative on subject", "participle aside"):
                continue
            for rot in (0, 3):
                pair = _targets(tl, ti + si + rot, s.countries)
                if pair is None:
                    continue
                (t_text, t_cc, plural), (t2_text, t2_cc, _) = pair
                first = s.subj.split()[0]
                mid = s.subj[:1].lower() + s.subj[1:] if first in ("The", "It", "A", "Former") else s.subj
                subj = s.subj if text.startswith("{S}") else mid
                body = text.replace("{S}", subj).replace("{B}", s.by).replace("{P}", s.poss or "")
                if s.countries and len(s.countries) > 1:
                    body = body.replace(" was ", " were ").replace("{was}", "were")
                body = body.replace("{Tc}", _cap(t_text)).replace("{T2}", t2_text).replace("{T}", t_text)
                body = body.replace("{was}", "were" if plural else "was").replace(",,", ",").replace(", .", ".")
                if s.name == "conjunction":
                    body = body.replace(" is expected", " are expected").replace(" slams ", " slam ")
                body = _cap(body)
                targets = [t_cc] + ([t2_cc] if "{T2}" in text else [])
                pairs = [(a, b) for a in s.countries for b in targets]
                n += 1
                yield (f"n{n:05d}", tkind, frame, s.name, s.prefix + body, pairs, trig, recip, prec)
    if kind:
        return
    for text, trig, tclass in PRECISION_NO_SOURCE:
        for t_text, t_cc, _ in TARGETS[tclass]:
            n += 1
            yield (f"n{n:05d}", "no doer", "precision: no doer", "none", _cap(text.replace("{T}", t_text)),
                   [("", t_cc)], trig, False, True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", help="write every failing sentence with its events (TSV)")
    ap.add_argument("--kind")
    ap.add_argument("--show", type=int, default=0, help="print N failures")
    args = ap.parse_args()
    from lapwing.pipeline import Pipeline
    from lapwing.schema import Article

    pipe = Pipeline.create()
    counts, by_frame, by_src = collections.Counter(), collections.Counter(), collections.Counter()
    fails, total = [], 0
    for sid, kind, frame, sname, text, pairs, trig, recip, prec in sentences(args.kind):
        total += 1
        rec = pipe.analyse(Article(id=sid, text=text, published="2026-11-02"))
        src_cc = {a for a, _ in pairs}
        verdict, at = judge(rec.events, pairs, trig, recip, prec, src_cc)
        if sname == "none" and verdict == "ok":  # no doer: no claimed event on the trigger may carry a target
            bad = [e for e in at if e.status in CLAIMED and e.target is not None and e.source is None]
            verdict = "precision: target without doer" if bad else "ok"
        if verdict != "ok":
            counts[verdict] += 1
            by_frame[(kind, frame)] += 1
            by_src[sname] += 1
            shown = "; ".join(f"{e.cameo} {e.status} {e.source and (e.source.text, e.source.country)} -> "
                              f"{e.target and (e.target.text, e.target.country)} [{e.rule}]" for e in at)
            fails.append((sid, kind, frame, sname, verdict, text, shown))
    report(fails, total, counts, by_frame, by_src, args.show, args.out, top=50)


if __name__ == "__main__":
    sys.exit(main())
