"""A third sweep of the event coder's targets: the content clause of a promise, threat, refusal or offer (issue 10,
session 20).

    PYTHONPATH=src .venv/bin/python scripts/event_args_sweep20.py [--show N] [--kind own|phrase|place]

"X promised / threatened / refused / agreed / is ready to VERB ..." takes its target from the clause (the ``xobj``
spec). Three kinds of sentence, each written with every source of a new cast (a name, a title and name, a country
word and a title, "X's Y", a plural force, "it" after a named government, a group with "their") and every verb:

- ``own``: the clause's object is the doer's own ("to withdraw *its troops* from Y", "to lay down *their weapons* in
  Y"): the target is the named party or place Y, never the doer's own troops, funds or weapons;
- ``phrase``: the object is a thing whose phrase names the party by a country word ("to lift the ban *on Cypriot
  ships*", "to close its border *with Iraqi* territory", "to lift sanctions *on Venezuelan oil*"): the target is that
  country;
- ``ownword``: the object is the doer's own thing named by its country word ("to cut *French* aid to Mali"): the
  target is the party (Mali), and with no party (``ownword-none``: "to cut French aid to the region") none of the
  doer's own;
- ``passive``: "Two American journalists were deported from Egypt", "The Danish ambassador was ordered out of Russia"
  (no by-agent): the country they were sent from is the doer;
- ``outof``: "forced Swiss aid workers out of the Rakhine State": the people are the target, not the place (the
  "of" of "out of" is no owner's);
- ``forphrase``: an appeal's for-phrase names the party ("called for talks *with Honduras*", "pushed for sanctions
  *against* Y"); ``forphrase-none``: a thing or a manner there ("called for a vote on the budget") gives none;
- ``place``: precision, the doer's own with no other party ("to withdraw its troops from the border"): no target of
  the doer's own.

A sentence passes when some claimed event has the expected (source country, target country) pair (``own``,
``phrase``) or when no claimed event has a target of the doer's own (``place``: a target whose words begin with a
possessive pronoun, or whose country is the source's). All sentences are written for Lapwing.
"""

from __future__ import annotations

from sweep_runner import print_failures, run, sweep_args

CLAIMED = ("asserted", "attributed", "future")
OWN_WORDS = ("its ", "their ", "his ", "her ", "our ")

#: (subject, its possessive pronoun, country, prefix sentence, country word)
SOURCES = [
    ("Ecuador", "its", "ECU", "", "Ecuadorian"),
    ("Indonesian President Prabowo Subianto", "his", "IDN", "", "Indonesian"),
    ("The Senegalese defence minister", "his", "SEN", "", "Senegalese"),
    ("Jordan's government", "its", "JOR", "", "Jordanian"),
    ("Lithuanian troops", "their", "LTU", "", "Lithuanian"),
    ("It", "its", "GTM", "The Guatemalan government met on Friday. ", "Guatemalan"),
    ("The Namibian army", "its", "NAM", "", "Namibian"),
    ("Slovakia's prime minister", "his", "SVK", "", "Slovak"),
]

#: (verb phrase before the clause, clause verb, own thing, preposition) - the doer's own thing sent, pulled or cut
OWN_FRAMES = [
    ("promised to", "withdraw", "troops", "from"),
    ("agreed to", "pull", "soldiers", "out of"),
    ("threatened to", "cut", "funding", "to"),
    ("is ready to", "send", "troops", "to"),
    ("pledged to", "double", "contribution", "to"),
    ("refused to", "return", "ambassador", "to"),
    ("is willing to", "move", "forces", "closer to"),
    ("vowed to", "redeploy", "warships", "toward"),
]
OWN_TARGETS = [("Colombia", "COL"), ("Peru", "PER"), ("the Philippines", "PHL"), ("Lebanon", "LBN")]
OWN_PLACES = ["the border", "the region", "the capital", "the disputed area"]

#: (verb phrase before the clause, clause text with {adj} for the country word)
PHRASE_FRAMES = [
    ("refused to", "lift the ban on {adj} ships"),
    ("agreed to", "lift sanctions on {adj} oil"),
    ("threatened to", "close its border with {adj} territory"),
    ("promised to", "ease the restrictions on {adj} imports"),
    ("vowed to", "keep the embargo on {adj} weapons"),
    ("is ready to", "reopen the crossing with {adj} territory"),
    ("threatened to", "impose tariffs on {adj} steel"),
    ("refused to", "end the blockade of {adj} ports"),
]
PHRASE_TARGETS = [("Cypriot", "CYP"), ("Iraqi", "IRQ"), ("Venezuelan", "VEN"), ("Syrian", "SYR")]

#: (verb phrase before the clause, clause text with {own} for the doer's own country word and {t} for the party)
OWNWORD_FRAMES = [
    ("threatened to", "cut {own} aid to {t}"),
    ("promised to", "increase {own} investment in {t}"),
    ("threatened to", "pull {own} funding from {t}"),
    ("refused to", "lower {own} tariffs on {t}"),
    ("agreed to", "resume {own} arms sales to {t}"),
    ("vowed to", "halt {own} exports to {t}"),
]

#: the passive with no by-agent whose from / out of phrase names the country that sent them away (``passive``)
PASSIVE_PEOPLE = [("Two American journalists", "USA"), ("The Danish ambassador", "DNK"),
                  ("Three Filipino workers", "PHL"), ("A British diplomat", "GBR"), ("Four Nepali nationals", "NPL"),
                  ("Two French envoys", "FRA")]
PASSIVE_VERBS = ["were deported from", "were expelled from", "were ordered out of", "have been deported from",
                 "have been expelled from", "were sent home from"]
PASSIVE_FROM = [("Egypt", "EGY"), ("Kenya", "KEN"), ("Saudi Arabia", "SAU"), ("Russia", "RUS"), ("Qatar", "QAT"),
                ("Myanmar", "MMR")]


def _passive():
    for i, (who, wcc) in enumerate(PASSIVE_PEOPLE):
        for j, verb in enumerate(PASSIVE_VERBS):
            if who.startswith(("The Danish", "A British")):
                verb = verb.replace("were", "was").replace("have been", "has been")
            place, pcc = PASSIVE_FROM[(i + j) % len(PASSIVE_FROM)]
            yield "passive", f"{who} {verb} {place} on Monday.", pcc, wcc


#: "forced / drove Y out of PLACE": the "of" of "out of" names where from, never whose (``outof``)
OUTOF_PEOPLE = [("Swiss aid workers", "CHE"), ("the Norwegian aid agencies", "NOR"), ("UN peacekeepers", "UNO"),
                ("Dutch journalists", "NLD")]
OUTOF_VERBS = ["forced {y} out of {p}", "has forced {y} out of {p}", "drove {y} out of {p}"]
OUTOF_PLACES = ["the Darfur region", "the Rakhine State", "the northern province of Tigray", "Gaza City"]


def _outof():
    for subj, _pron, cc, prefix, _own in SOURCES:
        for i, (who, wcc) in enumerate(OUTOF_PEOPLE):
            verb = OUTOF_VERBS[i % len(OUTOF_VERBS)]
            place = OUTOF_PLACES[(i + len(subj)) % len(OUTOF_PLACES)]
            yield "outof", f"{prefix}{subj} {verb.format(y=who, p=place)}.", cc, wcc


#: an appeal's for-phrase with its party: "called for talks with Y", "pushed for sanctions against Y" (``forphrase``)
FOR_FRAMES = ["called for talks with {t}", "pushed for a meeting with {t}", "called for sanctions against {t}",
              "called for dialogue with {t}", "called for a tougher line on {t}", "pushed for new negotiations with {t}"]
FOR_TARGETS = [("Honduras", "HND"), ("the Congolese government", "COD"), ("Moldova", "MDA"), ("Bhutan", "BTN")]
FOR_NONE = ["called for a vote on the budget", "called for a ceasefire with immediate effect",
            "pushed for a debate on the reform"]


def _forphrase():
    for subj, _pron, cc, prefix, _own in SOURCES:
        for i, frame in enumerate(FOR_FRAMES):
            tname, tcc = FOR_TARGETS[(i + len(subj)) % len(FOR_TARGETS)]
            yield "forphrase", f"{prefix}{subj} {frame.format(t=tname)}.", cc, tcc
        for frame in FOR_NONE:
            yield "forphrase-none", f"{prefix}{subj} {frame}.", cc, None


def sentences(kind: str | None = None):
    """(kind, text, source country, target country or None for precision)."""
    if kind in (None, "forphrase"):
        yield from _forphrase()
    if kind in (None, "outof"):
        yield from _outof()
    if kind in (None, "passive"):
        yield from _passive()
    for subj, pron, cc, prefix, own in SOURCES:
        for k, (lead, verb, thing, prep) in enumerate(OWN_FRAMES):
            if kind in (None, "own"):
                tname, tcc = OWN_TARGETS[k % len(OWN_TARGETS)]
                yield "own", f"{prefix}{subj} {lead} {verb} {pron} {thing} {prep} {tname}.", cc, tcc
            if kind in (None, "place"):
                place = OWN_PLACES[k % len(OWN_PLACES)]
                yield "place", f"{prefix}{subj} {lead} {verb} {pron} {thing} {prep} {place}.", cc, None
        if kind in (None, "phrase"):
            for k, (lead, clause) in enumerate(PHRASE_FRAMES):
                adj, tcc = PHRASE_TARGETS[k % len(PHRASE_TARGETS)]
                yield "phrase", f"{prefix}{subj} {lead} {clause.format(adj=adj)}.", cc, tcc
        if kind in (None, "ownword"):
            for k, (lead, clause) in enumerate(OWNWORD_FRAMES):
                tname, tcc = OWN_TARGETS[k % len(OWN_TARGETS)]
                yield "ownword", f"{prefix}{subj} {lead} {clause.format(own=own, t=tname)}.", cc, tcc
                yield "ownword-none", f"{prefix}{subj} {lead} {clause.format(own=own, t='the region')}.", cc, None


def _fix_lead(text: str) -> str:
    # plural subjects take "are", not "is"
    return text.replace("troops is ", "troops are ")


def judge(evs, src, tgt) -> str:
    claimed = [e for e in evs if e.status in CLAIMED]
    if not claimed:
        return "no event"
    if tgt is None:
        for e in claimed:
            if e.target is not None and (e.target.text.lower().startswith(OWN_WORDS) or (
                    e.target.country and e.target.country == src)):
                return "own target"
        return "ok"
    if any(e.source and e.target and e.source.country == src and e.target.country == tgt for e in claimed):
        return "ok"
    if any(e.target is not None and e.target.text.lower().startswith(OWN_WORDS) for e in claimed):
        return "own target"
    if not any(e.source and e.source.country == src for e in claimed):
        return "source wrong"
    return "target missing" if all(e.target is None for e in claimed) else "target wrong"


def main() -> None:
    args = sweep_args()
    items = ((kind, _fix_lead(text), src, tgt) for kind, text, src, tgt in sentences(args.kind))
    print_failures(run(items, lambda _kind, evs, src, tgt: judge(evs, src, tgt), args.show))


if __name__ == "__main__":
    main()
