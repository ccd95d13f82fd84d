"""A sweep of the event coder's source and target actors over written sentences (issue 10, session 17).

    PYTHONPATH=src .venv/bin/python scripts/event_args_sweep.py [--out failures.tsv] [--kind meet] [--show N]

Each event kind (meet, accuse, sanction, attack, arrest, expel, aid, ...) is written in several target
constructions (direct object; at / against / on / with / to / into phrases; the by-agent of a passive; the
possessor or of / by phrase of a nominal event; a dative; "called on Y to"; an object relative clause;
control "agreed to V Y"; coordinated targets), and each construction with a dozen source phrasings (names,
titles, "X's Y", "the X-based Y", apposition, "X and Y", a time word after the subject, a pronoun after a
named antecedent). All sentences are written for Lapwing. A sentence passes when, for every expected
(source country, target country) pair, some claimed event has that pair; otherwise the events on its trigger
words decide the class: no event, source missing / wrong, target missing / wrong. Precision sentences (a
place, a time, a quantity, or the theme is the only phrase) pass when no event on the trigger has a coded
target other than the source's own country.
"""

from __future__ import annotations

import argparse
import collections
import sys
from dataclasses import dataclass

# -- sources: (subject form, by-phrase form, possessive form or None, countries, prefix sentence) --------------
@dataclass(frozen=True)
class Src:
    subj: str
    by: str
    poss: str | None
    countries: tuple[str, ...]
    prefix: str = ""
    name: str = ""
    roles: str = "v"  # "v": speaks and negotiates; "f": uses force; "vf": both


SOURCES = [
    Src("Russia", "Russia", "Russia's", ("RUS",), name="name", roles="vf"),
    Src("French President Emmanuel Macron", "French President Emmanuel Macron", "French President Emmanuel Macron's",
        ("FRA",), name="title+name"),
    Src("The Turkish foreign minister", "the Turkish foreign minister", "the Turkish foreign minister's", ("TUR",),
        name="nationality title"),
    Src("Iran's foreign minister", "Iran's foreign minister", None, ("IRN",), name="X's Y"),
    Src("Sergei Lavrov, Russia's foreign minister,", "Sergei Lavrov, Russia's foreign minister,", None, ("RUS",),
        name="appositive"),
    Src("Britain and France", "Britain and France", None, ("GBR", "FRA"), name="conjunction", roles="vf"),
    Src("Ukrainian President Volodymyr Zelensky on Monday", "Ukrainian President Volodymyr Zelensky", None, ("UKR",),
        name="time after subject"),
    Src("He", "him", "His", ("CHN",), prefix="Chinese Premier Li Qiang arrived in the region on Sunday. ",
        name="pronoun"),
    Src("The Nigerian army", "the Nigerian army", "the Nigerian army's", ("NGA",), name="force", roles="f"),
    Src("The Kabul-based Taliban government", "the Kabul-based Taliban government", None, ("AFG",),
        name="X-based Y", roles="vf"),
    Src("Venezuelan opposition leader Maria Corina Machado", "Venezuelan opposition leader Maria Corina Machado",
        None, ("VEN",), name="stacked title"),
    Src("Japan's government", "Japan's government", "the Japanese government's", ("JPN",), name="X's government"),
    Src("Israeli troops", "Israeli troops", None, ("ISR",), name="plural force", roles="f"),
    Src("Russian forces", "Russian forces", "Russian forces'", ("RUS",), name="plural force", roles="f"),
    Src("Iraqi security forces on Monday", "Iraqi security forces", None, ("IRQ",), name="time after subject",
        roles="f"),
    Src("The Sudanese military, which has ruled since the coup,", "the Sudanese military", None, ("SDN",),
        name="relative on subject", roles="f"),
    Src("The Houthi rebels and their allies", "the Houthi rebels and their allies", None, ("YEM",),
        name="group and allies", roles="f"),
    Src("They", "them", "Their", ("COL",), prefix="Colombian police raided the camp at dawn. ", name="pronoun",
        roles="f"),
]

#: a second cast, written after the classes were fixed, to check that the fixes carry to other names (``--fresh``)
FRESH_SOURCES = [
    Src("Germany", "Germany", "Germany's", ("DEU",), name="name", roles="vf"),
    Src("Indian Prime Minister Narendra Modi", "Indian Prime Minister Narendra Modi", "Indian Prime Minister Narendra Modi's",
        ("IND",), name="title+name"),
    Src("The Egyptian interior minister", "the Egyptian interior minister", "the Egyptian interior minister's", ("EGY",),
        name="nationality title"),
    Src("Brazil's defence minister", "Brazil's defence minister", None, ("BRA",), name="X's Y"),
    Src("Antony Blinken, the U.S. secretary of state,", "Antony Blinken, the U.S. secretary of state,", None, ("USA",),
        name="appositive"),
    Src("Spain and Italy", "Spain and Italy", None, ("ESP", "ITA"), name="conjunction", roles="vf"),
    Src("Polish President Andrzej Duda on Tuesday", "Polish President Andrzej Duda", None, ("POL",),
        name="time after subject"),
    Src("She", "her", "Her", ("ITA",), prefix="Italian Prime Minister Giorgia Meloni landed in the capital on Monday. ",
        name="pronoun"),
    Src("The Ethiopian army", "the Ethiopian army", "the Ethiopian army's", ("ETH",), name="force", roles="f"),
    Src("The Tripoli-based government", "the Tripoli-based government", None, ("LBY",), name="X-based Y", roles="vf"),
    Src("Nigerian opposition leader Atiku Abubakar", "Nigerian opposition leader Atiku Abubakar", None, ("NGA",),
        name="stacked title"),
    Src("Turkey's government", "Turkey's government", "the Turkish government's", ("TUR",), name="X's government"),
    Src("Syrian troops", "Syrian troops", None, ("SYR",), name="plural force", roles="f"),
    Src("Chinese forces", "Chinese forces", "Chinese forces'", ("CHN",), name="plural force", roles="f"),
    Src("Kenyan police on Friday", "Kenyan police", None, ("KEN",), name="time after subject", roles="f"),
    Src("The Myanmar junta, which seized power in 2021,", "the Myanmar junta", None, ("MMR",),
        name="relative on subject", roles="f"),
    Src("They", "them", "Their", ("PAK",), prefix="Pakistani troops crossed the river before dawn. ", name="pronoun",
        roles="f"),
]
FRESH_TARGETS = {
    "state": [("Colombia", "COL", False), ("the Saudi government", "SAU", False),
              ("Russian President Vladimir Putin", "RUS", False), ("South Korea", "KOR", False),
              ("Ghana's president", "GHA", False), ("the Iraqi authorities", "IRQ", True),
              ("Lebanon", "LBN", False), ("Japanese Prime Minister Fumio Kishida", "JPN", False)],
    "force": [("Yemeni rebels", "YEM", True), ("the Afghan army", "AFG", False), ("Malian troops", "MLI", True),
              ("the Libyan army", "LBY", False), ("Congolese soldiers", "COD", True)],
    "armed": [("Yemeni rebels", "YEM", True), ("the Afghan army", "AFG", False), ("Malian troops", "MLI", True),
              ("the Libyan army", "LBY", False), ("Congolese soldiers", "COD", True), ("Somali militias", "SOM", True)],
    "site": [("Lebanese positions", "LBN", True), ("an Iranian naval base", "IRN", False), ("Armenian villages", "ARM", True),
             ("a Sudanese military airport", "SDN", False), ("Georgian border towns", "GEO", True),
             ("an Afghan police post", "AFG", False)],
    "soldiers": [("two Yemeni soldiers", "YEM", True), ("three Afghan policemen", "AFG", True),
                 ("a Malian officer", "MLI", False), ("six Congolese troops", "COD", True),
                 ("a Lebanese border guard", "LBN", False), ("four Iraqi soldiers", "IRQ", True)],
    "leader": [("Russian President Vladimir Putin", "RUS", False), ("the Saudi foreign minister", "SAU", False),
               ("Ghana's president", "GHA", False), ("Japanese Prime Minister Fumio Kishida", "JPN", False),
               ("the Colombian envoy", "COL", False), ("France's president", "FRA", False)],
    "people": [("two Australian journalists", "AUS", True), ("a Canadian aid worker", "CAN", False),
               ("dozens of Syrians", "SYR", True), ("three Sri Lankan fishermen", "LKA", True),
               ("an American citizen", "USA", False), ("five Eritrean refugees", "ERI", True)],
    "diplomat": [("the Swedish ambassador", "SWE", False), ("two Iranian diplomats", "IRN", True),
                 ("Belgium's envoy", "BEL", False), ("the Austrian consul", "AUT", False)],
    "place": [("Lebanon", "LBN", False), ("Ghana", "GHA", False), ("South Korea", "KOR", False),
              ("Colombia", "COL", False), ("Yemen", "YEM", False), ("Iraq", "IRQ", False)],
}

#: kinds done by force: their sources are forces and states
FORCE_KINDS = {"attack", "fire on", "fight", "kill", "invade", "arrest", "deport", "blockade"}

# -- targets, by class: (text, country, plural) ------------------------------------------------------------------
TARGETS = {
    "state": [("Ukraine", "UKR", False), ("the Iranian government", "IRN", False),
              ("Chinese President Xi Jinping", "CHN", False), ("North Korea", "PRK", False),
              ("Kenya's president", "KEN", False), ("the Egyptian authorities", "EGY", True),
              ("Syria", "SYR", False), ("Pakistani Prime Minister Shehbaz Sharif", "PAK", False)],
    "force": [("Syrian rebels", "SYR", True), ("the Pakistani army", "PAK", False),
              ("Somali troops", "SOM", True),
              ("the Iraqi army", "IRQ", False), ("Sudanese soldiers", "SDN", True)],
    "armed": [("Syrian rebels", "SYR", True), ("the Pakistani army", "PAK", False), ("Somali troops", "SOM", True),
              ("the Iraqi army", "IRQ", False), ("Sudanese soldiers", "SDN", True), ("Libyan militias", "LBY", True)],
    "site": [("Ukrainian positions", "UKR", True), ("a Syrian army base", "SYR", False), ("Israeli towns", "ISR", True),
             ("an Iraqi military airport", "IRQ", False), ("Lebanese border villages", "LBN", True),
             ("a Pakistani army checkpoint", "PAK", False)],
    "soldiers": [("three Syrian soldiers", "SYR", True), ("two Pakistani policemen", "PAK", True),
                 ("an Iraqi officer", "IRQ", False), ("five Somali troops", "SOM", True),
                 ("a Lebanese soldier", "LBN", False), ("four Malian soldiers", "MLI", True)],
    "leader": [("Chinese President Xi Jinping", "CHN", False), ("the Iranian foreign minister", "IRN", False),
               ("Kenya's president", "KEN", False), ("Pakistani Prime Minister Shehbaz Sharif", "PAK", False),
               ("the Egyptian envoy", "EGY", False), ("Germany's chancellor", "DEU", False)],
    "people": [("two British journalists", "GBR", True), ("a French aid worker", "FRA", False),
               ("dozens of Palestinians", "PSE", True), ("three Indian fishermen", "IND", True),
               ("a German citizen", "DEU", False), ("four Afghan refugees", "AFG", True)],
    "diplomat": [("the German ambassador", "DEU", False), ("two Russian diplomats", "RUS", True),
                 ("Poland's envoy", "POL", False), ("the Dutch consul", "NLD", False)],
    "place": [("Ukraine", "UKR", False), ("Kenya", "KEN", False), ("North Korea", "PRK", False),
              ("Egypt", "EGY", False), ("Venezuela", "VEN", False), ("Syria", "SYR", False)],
}


@dataclass(frozen=True)
class Tpl:
    kind: str
    frame: str  # the target construction
    text: str  # {S} subject, {B} by-phrase source, {P} possessive source, {T} target, {T2} a second target,
    #            {was} was/were for {T}, {Tc} target capitalised
    tclass: str
    triggers: tuple[str, ...]
    reciprocal: bool = False
    precision: bool = False  # no target expected (other than the source's own)


def T(kind, frame, text, tclass, *triggers, reciprocal=False, precision=False):
    return Tpl(kind, frame, text, tclass, tuple(triggers), reciprocal, precision)


TEMPLATES = [
    # meet / talks
    T("meet", "object", "{S} met {T} in Geneva.", "state", "met", reciprocal=True),
    T("meet", "with", "{S} met with {T} on the sidelines of the summit.", "state", "met", reciprocal=True),
    T("meet", "coordination", "{S} met {T} and {T2} on Friday.", "state", "met", reciprocal=True),
    T("meet", "control", "{S} agreed to meet {T} next week.", "state", "agreed", "meet", reciprocal=True),
    T("meet", "relative", "{Tc}, whom {s} met last week, called for calm.", "leader", "met", reciprocal=True),
    T("meet", "passive", "{Tc} {was} received by {B} in the capital.", "state", "received", reciprocal=True),
    T("talks", "with", "{S} held talks with {T} in Doha.", "state", "talks", "held", reciprocal=True),
    T("talks", "nominal possessor", "{P} talks with {T} ended without agreement.", "state", "talks", reciprocal=True),
    T("negotiate", "with", "{S} negotiated with {T} for three days.", "state", "negotiated", reciprocal=True),
    T("negotiate", "control", "{S} agreed to negotiate with {T}.", "state", "agreed", "negotiate", reciprocal=True),
    T("talks", "place only", "{S} held talks in Paris.", "state", "talks", "held", precision=True),
    # accuse, criticise, condemn, praise
    T("accuse", "object", "{S} accused {T} of violating the ceasefire.", "state", "accused"),
    T("accuse", "passive", "{Tc} {was} accused by {B} of violating the ceasefire.", "state", "accused"),
    T("accuse", "nominal possessor", "{P} accusations against {T} raised tensions.", "state", "accusations"),
    T("criticise", "object", "{S} sharply criticised {T} on Thursday.", "state", "criticised"),
    T("criticise", "nominal of", "{S} voiced strong criticism of {T}.", "state", "criticism", "voiced"),
    T("criticise", "possessed object", "{S} criticised {T}'s decision to close the border.", "state", "criticised"),
    T("condemn", "object", "{S} condemned {T} for the crackdown.", "state", "condemned"),
    T("condemn", "by-phrase of object", "{S} condemned the attack by {T}.", "force", "condemned"),
    T("condemn", "coordination", "{S} condemned {T} and {T2}.", "state", "condemned"),
    T("praise", "object", "{S} praised {T} for its restraint.", "state", "praised"),
    T("praise", "possessed object", "{S} praised {T}'s efforts to end the war.", "state", "praised"),
    # sanctions
    T("sanction", "on", "{S} imposed new sanctions on {T}.", "state", "imposed", "sanctions"),
    T("sanction", "object", "{S} sanctioned {T} over the nuclear programme.", "state", "sanctioned"),
    T("sanction", "passive", "{Tc} {was} sanctioned by {B} last year.", "state", "sanctioned"),
    T("sanction", "against", "{S} announced sanctions against {T}.", "state", "sanctions", "announced"),
    T("sanction", "control", "{S} threatened to impose sanctions on {T}.", "state", "threatened", "impose", "sanctions"),
    # attack, fire on, fight
    T("attack", "object", "{S} attacked {T} near the border.", "site", "attacked"),
    T("attack", "on", "{S} launched an attack on {T} on Saturday.", "force", "attack", "launched"),
    T("attack", "passive", "{Tc} {was} attacked by {B} overnight.", "force", "attacked"),
    T("attack", "nominal by", "The attack on {T} by {B} left five people dead.", "force", "attack", "killed"),
    T("attack", "relative", "{Tc}, whom {s} attacked on Sunday, withdrew from the town.", "force", "attacked"),
    T("fire on", "on", "{S} opened fire on {T}.", "site", "opened", "fire"),
    T("fire on", "at", "{S} fired rockets at {T}.", "site", "fired"),
    T("fire on", "into", "{S} fired missiles into {T} overnight.", "place", "fired"),
    T("fight", "with", "{S} clashed with {T} near the border.", "armed", "clashed"),
    T("fight", "against", "{S} fought against {T} for control of the town.", "armed", "fought"),
    T("kill", "object", "{S} killed {T} in an ambush.", "soldiers", "killed"),
    T("kill", "passive", "{Tc} {was} killed by {B} in an ambush.", "soldiers", "killed"),
    T("attack", "time only", "{S} launched an attack on Tuesday morning.", "force", "attack", "launched", precision=True),
    T("invade", "object", "{S} invaded {T} in the spring.", "place", "invaded"),
    # arrest, deport, release, expel
    T("arrest", "object", "{S} arrested {T} on spying charges.", "people", "arrested"),
    T("arrest", "passive", "{Tc} {was} arrested by {B} on spying charges.", "people", "arrested"),
    T("arrest", "nominal by", "The arrest of {T} by {B} drew protests.", "people", "arrest"),
    T("arrest", "relative", "{Tc}, whom {s} detained in March, went on hunger strike.", "people", "detained"),
    T("arrest", "quantity only", "{S} arrested 40 people in the capital.", "people", "arrested", precision=True),
    T("deport", "object", "{S} deported {T} last week.", "people", "deported"),
    T("deport", "passive", "{Tc} {was} deported by {B}.", "people", "deported"),
    T("release", "object", "{S} released {T} on Tuesday.", "people", "released"),
    T("release", "nominal possessor", "{P} release of {T} was welcomed.", "people", "release"),
    T("release", "passive", "{Tc} {was} freed by {B} after a year.", "people", "freed"),
    T("release", "control", "{S} agreed to release {T}.", "people", "agreed", "release"),
    T("expel", "object", "{S} expelled {T}.", "diplomat", "expelled"),
    T("expel", "passive", "{Tc} {was} expelled by {B}.", "diplomat", "expelled"),
    T("expel", "nominal possessor", "{P} expulsion of {T} angered Berlin.", "diplomat", "expulsion"),
    # aid, support, recognise
    T("aid", "to", "{S} sent humanitarian aid to {T}.", "place", "sent", "aid"),
    T("aid", "dative", "{S} gave {T} military aid.", "place", "gave", "aid"),
    T("aid", "with", "{S} provided {T} with food aid.", "place", "provided"),
    T("aid", "nominal possessor", "{P} aid to {T} doubled last year.", "place", "aid"),
    T("support", "for", "{S} expressed support for {T}.", "state", "support", "expressed"),
    T("support", "object", "{S} backed {T} in the dispute.", "state", "backed"),
    T("recognise", "object", "{S} recognised {T} as an independent state.", "place", "recognised"),
    # threaten, warn, urge, demand, reject
    T("threaten", "object", "{S} threatened {T} with military action.", "state", "threatened"),
    T("threaten", "control", "{S} threatened to attack {T}.", "site", "threatened", "attack"),
    T("warn", "object", "{S} warned {T} against any provocation.", "state", "warned"),
    T("urge", "object", "{S} urged {T} to release the detainees.", "state", "urged"),
    T("urge", "called on", "{S} called on {T} to end the violence.", "state", "called"),
    T("urge", "appeal to", "{S} appealed to {T} to show restraint.", "state", "appealed"),
    T("demand", "clause", "{S} demanded that {T} withdraw from the border.", "state", "demanded"),
    T("demand", "possessed object", "{S} demanded {T}'s withdrawal from the border.", "state", "demanded"),
    T("reject", "possessed object", "{S} rejected {T}'s proposal for talks.", "state", "rejected"),
    T("reject", "by-phrase of object", "{S} rejected a proposal by {T} for talks.", "state", "rejected"),
    T("reject", "from-phrase of object", "{S} rejected demands from {T} to pay compensation.", "state", "rejected"),
    # visit, host, invite, sign, cooperate, apologise, blockade, protest
    T("visit", "object", "{S} visited {T} this week.", "place", "visited"),
    T("visit", "nominal possessor", "{P} visit to {T} lasted three days.", "place", "visit"),
    T("visit", "nominal by", "The visit to {T} by {B} lasted three days.", "place", "visit"),
    T("host", "object", "{S} hosted {T} at a state dinner.", "state", "hosted", reciprocal=True),
    T("invite", "object", "{S} invited {T} to a summit in March.", "state", "invited"),
    T("sign", "with", "{S} signed a trade agreement with {T}.", "state", "signed", reciprocal=True),
    T("sign", "place only", "{S} signed the agreement in Beijing on Friday.", "state", "signed", precision=True),
    T("cooperate", "control", "{S} agreed to cooperate with {T} on security.", "state", "agreed", "cooperate",
      reciprocal=True),
    T("apologise", "to", "{S} apologised to {T} for the incident.", "state", "apologised"),
    T("blockade", "on", "{S} imposed a naval blockade on {T}.", "place", "blockade", "imposed"),
    T("blockade", "object", "{S} blockaded the ports of {T}.", "place", "blockaded"),
    T("ceasefire", "with", "{S} declared a ceasefire with {T}.", "armed", "declared", "ceasefire", reciprocal=True),
]

PROTESTS = [  # protest sources are people, not states
    ("Thousands of Iraqis", ("IRQ",)), ("Palestinian demonstrators", ("PSE",)), ("Kenyan students", ("KEN",)),
    ("Hundreds of Venezuelans", ("VEN",)), ("Opposition supporters in Georgia", ("GEO",)),
]
PROTEST_TEMPLATES = [
    ("protest", "against", "{S} protested against {T} on Friday.", ("protested",)),
    ("protest", "outside embassy of", "{S} protested outside the embassy of {T}.", ("protested",)),
    ("protest", "purpose clause", "{S} marched to demand that {T} resign.", ("marched",)),
]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _targets(tl, k, countries):
    """The target (and second target) for rotation ``k``, none of the source's own country."""
    for a, b in ((k, k + 1), (k + 2, k + 4)):
        t1, t2 = tl[a % len(tl)], tl[b % len(tl)]
        if not set(countries) & {t1[1], t2[1]} and t1[1] != t2[1]:
            return t1, t2
    return None


def sentences(kind: str | None = None, fresh: bool = False):
    """(id, kind, frame, source name, text, expected pairs, triggers, reciprocal, precision)."""
    n = 0
    sources, target_lists = (FRESH_SOURCES, FRESH_TARGETS) if fresh else (SOURCES, TARGETS)
    for ti, tpl in enumerate(TEMPLATES):
        if kind and tpl.kind != kind:
            continue
        tl = target_lists[tpl.tclass]
        for si, s in enumerate(sources):
            if ("f" if tpl.kind in FORCE_KINDS else "v") not in s.roles or ("{P}" in tpl.text and s.poss is None):
                continue
            for rot in (0, 3):  # two targets for each source
                pair = _targets(tl, ti + si + rot, s.countries)
                if pair is None:
                    continue
                (t_text, t_cc, plural), (t2_text, t2_cc, _) = pair
                mid = s.subj if s.subj.split()[0] not in ("The", "He", "She", "They") else s.subj[:1].lower() + s.subj[1:]
                body = tpl.text.replace("{S}", s.subj).replace("{s}", mid).replace("{B}", s.by).replace("{P}", s.poss or "")
                body = body.replace("{Tc}", _cap(t_text)).replace("{T2}", t2_text).replace("{T}", t_text)
                body = _cap(body.replace("{was}", "were" if plural else "was").replace(",,", ",").replace(", .", "."))
                targets = [t_cc] + ([t2_cc] if "{T2}" in tpl.text else [])
                pairs = [(a, b) for a in s.countries for b in targets]
                n += 1
                yield (f"s{n:05d}", tpl.kind, tpl.frame, s.name, s.prefix + body, pairs, tpl.triggers, tpl.reciprocal,
                       tpl.precision)
    for tk, frame, text, trig in PROTEST_TEMPLATES:
        if kind and tk != kind:
            continue
        for si, (stext, cc) in enumerate(PROTESTS):
            for t_text, t_cc, _ in target_lists["state"][si % 3: si % 3 + 2]:
                n += 1
                body = text.replace("{S}", stext).replace("{T}", t_text)
                yield (f"s{n:05d}", tk, frame, "crowd", body, [(cc[0], t_cc)], trig, False, False)


CLAIMED = ("asserted", "attributed", "future")


def judge(evs, pairs, triggers, reciprocal, precision, src_countries):
    evs = [e for e in evs if e.status in CLAIMED]
    at = [e for e in evs if e.trigger is not None and e.trigger.text.lower() in triggers] or evs
    if precision:
        bad = [e for e in at if e.target is not None and e.target.country and e.target.country not in src_countries]
        return ("ok" if not bad else "precision: target taken"), at
    if not at:
        return "no event", at
    for a, b in pairs:
        ok = any(e.source is not None and e.target is not None and (
            (e.source.country, e.target.country) == (a, b) or (reciprocal and (e.source.country, e.target.country) == (b, a)))
            for e in evs)
        if ok:
            continue
        srcs = {e.source.country if e.source else None for e in at}
        tgts = {e.target.country if e.target else None for e in at}
        if a not in srcs and not (reciprocal and b in srcs):
            return ("source missing" if srcs <= {None} else "source wrong"), at
        if tgts <= {None}:
            return "target missing", at
        return "target wrong", at
    return "ok", at


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", help="write every failing sentence with its events (TSV)")
    ap.add_argument("--kind")
    ap.add_argument("--show", type=int, default=0, help="print N failures")
    ap.add_argument("--fresh", action="store_true", help="the second cast of names (written after the fixes)")
    args = ap.parse_args()
    from lapwing.pipeline import Pipeline
    from lapwing.schema import Article

    pipe = Pipeline.create()
    counts = collections.Counter()
    by_frame = collections.Counter()
    by_src = collections.Counter()
    fails = []
    total = 0
    for sid, kind, frame, sname, text, pairs, trig, recip, prec in sentences(args.kind, args.fresh):
        total += 1
        rec = pipe.analyse(Article(id=sid, text=text, published="2026-11-02"))
        src_cc = {a for a, _ in pairs}
        verdict, at = judge(rec.events, pairs, trig, recip, prec, src_cc)
        if verdict != "ok":
            counts[verdict] += 1
            by_frame[(kind, frame)] += 1
            by_src[sname] += 1
            shown = "; ".join(f"{e.cameo} {e.source and (e.source.text, e.source.country)} -> "
                              f"{e.target and (e.target.text, e.target.country)} [{e.rule}]" for e in at)
            fails.append((sid, kind, frame, sname, verdict, text, shown))
    report(fails, total, counts, by_frame, by_src, args.show, args.out, top=40)

def report(fails, total, counts, by_frame, by_src, show, out, top=40) -> None:
    """Print a sweep's wrong sentences by verdict, by kind and frame and by source phrasing; write them to ``out``."""
    nf = len(fails)
    print(f"{total} sentences, {nf} wrong ({nf / max(total, 1):.3f})")
    for k, v in counts.most_common():
        print(f"  {v:5d}  {k}")
    print("by kind and frame:")
    for (k, f), v in by_frame.most_common(top):
        print(f"  {v:5d}  {k} / {f}")
    print("by source phrasing:")
    for k, v in by_src.most_common():
        print(f"  {v:5d}  {k}")
    for row in fails[:show]:
        print("\t".join(row))
    if out:
        with open(out, "w", encoding="utf-8") as fh:
            for row in fails:
                fh.write("\t".join(row) + "\n")


if __name__ == "__main__":
    sys.exit(main())
