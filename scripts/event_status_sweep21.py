"""A sweep of the event coder's status: events that did not (or not yet) happen, as a class (issue 10, session 21).

    PYTHONPATH=src .venv/bin/python scripts/event_status_sweep21.py [--show N] [--kind KIND]

The scorers count an event with status asserted, attributed or future as a claim; negated and hypothetical are not
claims. Each sentence here names its main event's trigger word and what a careful coder says of it: ``claim`` (it
happened, is reported, or is planned) or ``not`` (a condition, a question or doubt, a failed or prevented act, what is
asked for, a possibility, a denial or a negation). Every kind has its controls: the same words where the event did
happen ("failed to stop *the attack*": the attack happened).

A sentence is *right* when the coder's events with that trigger agree (``claim``: at least one claimed; ``not``: none
claimed), *wrong* when they disagree, and *missing* when no event has that trigger (for ``not``, counted right: no
false claim is made). Each frame is written with two or three casts of actors, so that a rule does not learn a
name. All sentences are written for Lapwing. Session 22 (recall, branch rc22) added seven frames, marked "session
22": plans and reported acts coded at the act's verb, an assault not halted, and their controls.
"""

from __future__ import annotations

import collections

from sweep_runner import run, sweep_args

CLAIMED = ("asserted", "attributed", "future")

#: states acting on states: (subject, object, subject's possessive)
STATES = [("Russia", "Ukraine", "its"), ("Ethiopia", "Eritrea", "its"), ("Pakistan", "India", "its")]
#: forces acting on people: (subject, object)
FORCES = [("Kenyan police", "opposition supporters"), ("Colombian troops", "FARC rebels"),
          ("Nigerian soldiers", "Boko Haram fighters")]

#: kind -> frames (template, trigger, expected, cast): the template reads {S}, {T}, {P} (the subject's possessive)
FRAMES: dict[str, list[tuple[str, str, str, str]]] = {
    "conditional": [
        ("If {S} attacks {T}, the allies will respond.", "attacks", "not", "states"),
        ("Should {S} invade {T}, sanctions would follow.", "invade", "not", "states"),
        ("{S} would impose sanctions on {T} if the talks collapse.", "impose", "not", "states"),
        ("{S} could expel diplomats from {T} if the dispute worsens, officials said.", "expel", "not", "states"),
        ("In the event that {S} fires missiles at {T}, the council will meet.", "fires", "not", "states"),
        ("Had {S} invaded {T}, the region would have been engulfed in war.", "invaded", "not", "states"),
        ("Were {S} to attack {T}, NATO would respond.", "attack", "not", "states"),
        ("{S} would only meet {T} on condition that the blockade ends.", "meet", "not", "states"),
        ("If {S} arrest {T}, the unrest will spread, analysts warned.", "arrest", "not", "forces"),
        ("Whether or not {S} detain {T}, the rally will go ahead.", "detain", "not", "forces"),
    ],
    "unless": [
        ("{S} will not withdraw from the border unless {T} pays compensation.", "withdraw", "not", "states"),
        ("Unless {S} releases the prisoners, {T} will boycott the talks.", "releases", "not", "states"),
        ("Unless {S} arrest the ringleaders, the protests will continue.", "arrest", "not", "forces"),
        ("{S} would sign the accord with {T} unless the vote fails.", "sign", "not", "states"),
    ],
    "doubt": [
        ("It was unclear whether {S} had shelled {T}.", "shelled", "not", "states"),
        ("It was not clear if {S} fired on {T}.", "fired", "not", "forces"),
        ("Officials could not confirm whether {S} had arrested {T}.", "arrested", "not", "forces"),
        ("Questions remain over whether {S} bombed the convoy.", "bombed", "not", "states"),
        ("There was no evidence that {S} attacked {T}.", "attacked", "not", "states"),
        ("Investigators found no proof that {S} tortured {T}.", "tortured", "not", "forces"),
        ("There is no sign that {S} will withdraw its troops from {T}.", "withdraw", "not", "states"),
        ("It remains to be seen whether {S} will sign the treaty with {T}.", "sign", "not", "states"),
        ("Did {S} shell {T}?", "shell", "not", "states"),
        ("Analysts doubt that {S} will invade {T}.", "invade", "not", "states"),
        ("Whether {S} killed {T} was not known.", "killed", "not", "forces"),
    ],
    "denial": [
        ("{S} denied that its forces shelled {T}.", "shelled", "not", "states"),
        ("{S} denied shelling {T}.", "shelling", "not", "states"),
        ("{S} rejected reports that it had attacked {T}.", "attacked", "not", "states"),
        ("{S} dismissed claims that it bombed {T}.", "bombed", "not", "states"),
        ("{S} denied reports that they had arrested {T}.", "arrested", "not", "forces"),
        ("A spokesman for {S} denied that they had killed {T}.", "killed", "not", "forces"),
        ("{S} rejected allegations that they tortured {T}.", "tortured", "not", "forces"),
        ("Claims that {S} fired on {T} are false, the ministry said.", "fired", "not", "forces"),
        ("{S} refuted accusations that it had expelled diplomats from {T}.", "expelled", "not", "states"),
    ],
    "failed": [
        ("{S} failed to capture the capital of {T}.", "capture", "not", "states"),
        ("{S} failed to arrest {T}.", "arrest", "not", "forces"),
        ("{S} tried to arrest {T} but they escaped.", "arrest", "not", "forces"),
        ("{S} attempted to detain {T} without success.", "detain", "not", "forces"),
        ("{S} were unable to disperse {T}.", "disperse", "not", "forces"),
        ("{S} did not manage to seize the port from {T}.", "seize", "not", "states"),
        ("An attempt by {S} to arrest {T} failed.", "arrest", "not", "forces"),
        ("{S} could not reach an agreement with {T}.", "reach", "not", "states"),
    ],
    "prevented": [
        ("Security services foiled a plot to bomb the embassy of {T}.", "bomb", "not", "states"),
        ("{T} were prevented from marching on parliament by {S}.", "marching", "not", "forces"),
        ("{S} stopped {T} from entering the city.", "entering", "not", "forces"),
        ("Mediators averted a strike by {S} on {T}.", "strike", "not", "states"),
        ("{S} blocked {T} from holding a rally.", "holding", "not", "forces"),
        ("A court barred {S} from deporting {T}.", "deporting", "not", "forces"),
        ("Diplomats headed off a military attack by {S} on {T}.", "attack", "not", "states"),
        ("{S} thwarted an attempt by {T} to storm the prison.", "storm", "not", "forces"),
    ],
    "call": [
        ("The UN urged {S} to withdraw its troops from {T}.", "withdraw", "not", "states"),
        ("The EU called on {S} to release the prisoners from {T}.", "release", "not", "states"),
        ("Amnesty demanded that {S} free {T}.", "free", "not", "forces"),
        ("Washington pressed {S} to resume talks with {T}.", "resume", "not", "states"),
        ("The pope appealed to {S} to stop attacking {T}.", "attacking", "not", "states"),
        ("Rights groups asked {S} to stop torturing {T}.", "torturing", "not", "forces"),
        ("{T} demanded that {S} compensate the victims.", "compensate", "not", "states"),
        ("{T} called for {S} to be sanctioned.", "sanctioned", "not", "states"),
        ("The opposition urged {S} not to arrest {T}.", "arrest", "not", "forces"),
        ("Leaders told {S} to end the blockade of {T}.", "end", "not", "states"),
    ],
    "plan": [  # planned or expected: future, a claim
        ("{S} is expected to impose sanctions on {T}.", "impose", "claim", "states"),
        ("{S} plans to expel diplomats from {T}.", "expel", "claim", "states"),
        ("{S} is due to sign a trade deal with {T} on Friday.", "sign", "claim", "states"),
        ("{S} will host talks with {T} next week.", "host", "claim", "states"),
        ("{S} intends to withdraw its ambassador from {T}.", "withdraw", "claim", "states"),
        ("{S} is set to meet leaders from {T} on Monday.", "meet", "claim", "states"),
        ("{S} will deploy troops against {T}, the minister said.", "deploy", "claim", "forces"),
        ("{S} are scheduled to meet {T} in Geneva.", "meet", "claim", "forces"),
        ("{S} intends to attack {T} within weeks, officials said.", "attack", "claim", "states"),  # session 22
        ("{S} plan to arrest {T} on Monday.", "arrest", "claim", "forces"),  # session 22
    ],
    "modal": [  # a possibility: not a claim
        ("{S} could impose sanctions on {T}.", "impose", "not", "states"),
        ("{S} may expel diplomats from {T}.", "expel", "not", "states"),
        ("{S} might attack {T} within weeks, analysts said.", "attack", "not", "states"),
        ("{S} may arrest {T}, a lawyer warned.", "arrest", "not", "forces"),
        ("{S} could soon recognise {T}.", "recognise", "not", "states"),
        ("{S} is considering sanctions against {T}.", "sanctions", "not", "states"),
        ("{S} is weighing whether to expel diplomats from {T}.", "expel", "not", "states"),
        ("A possible attack by {S} on {T} worries investors.", "attack", "not", "states"),
    ],
    "counterfactual": [
        ("{S} would have attacked {T} but for the ceasefire.", "attacked", "not", "states"),
        ("{S} should have arrested {T}, critics said.", "arrested", "not", "forces"),
        ("{S} could have stopped the raid on {T}.", "stopped", "not", "forces"),
        ("Without the mediation, {S} would have invaded {T}.", "invaded", "not", "states"),
        ("{S} ought to have condemned {T}.", "condemned", "not", "states"),
    ],
    "truth": [  # a that-clause called false, or told as a fact (found on unlabelled news, seed 2121)
        ("It was not true that {S} had attacked {T}, the spokesman said.", "attacked", "not", "states"),
        ("It is false that {S} shelled {T}.", "shelled", "not", "states"),
        ("The minister told reporters it is untrue that {S} detained {T}.", "detained", "not", "forces"),
        ("It is not correct that {S} expelled diplomats from {T}.", "expelled", "not", "states"),
        ("It is true that {S} attacked {T}, the minister conceded.", "attacked", "claim", "states"),
        ("It is clear that {S} shelled {T}.", "shelled", "claim", "states"),
        ("It was evident that {S} had arrested {T}.", "arrested", "claim", "forces"),
    ],
    "rule": [  # a present-tense main clause with an if-clause: a rule or a habit (found on unlabelled news)
        ("If an appeal fails, {T} are deported by {S}.", "deported", "not", "forces"),
        ("If a ship enters the zone, {S} fire on it.", "fire", "not", "forces"),
        ("Whenever {T} protest, {S} arrest them.", "arrest", "not", "forces"),
        ("If a border post is shelled, {S} retaliates against {T}.", "retaliates", "not", "states"),
        ("If {T} refused, {S} shot them, witnesses said.", "shot", "claim", "forces"),
        ("When {T} marched on the palace, {S} fired tear gas.", "fired", "claim", "forces"),
    ],
    "supposed": [  # expected and not done
        ("{S} was supposed to sign a trade deal with {T} on Friday.", "sign", "not", "states"),
        ("{S} were supposed to release {T} last week.", "release", "not", "forces"),
        ("{S} is supposed to withdraw its troops from {T}.", "withdraw", "not", "states"),
    ],
    "rumour": [  # reported: attributed, a claim
        ("{S} reportedly shelled {T} overnight.", "shelled", "claim", "states"),
        ("{S} allegedly tortured {T}.", "tortured", "claim", "forces"),
        ("{S} arrested {T}, witnesses said.", "arrested", "claim", "forces"),
        ("{S} is said to have bombed {T}.", "bombed", "claim", "states"),
        ("According to state media, {S} expelled diplomats from {T}.", "expelled", "claim", "states"),
        ("{S} were reported to have killed {T}.", "killed", "claim", "forces"),
        ("{S} is believed to have shelled {T}.", "shelled", "claim", "states"),  # session 22
        ("{S} reportedly killed {T}.", "killed", "claim", "forces"),  # session 22
    ],
    "negation": [
        ("No clashes took place between {S} and {T}.", "clashes", "not", "forces"),
        ("There were no clashes between {S} and {T}.", "clashes", "not", "forces"),
        ("{S} did not attack {T}.", "attack", "not", "states"),
        ("{S} never recognised {T}.", "recognised", "not", "states"),
        ("Neither {S} nor its allies attacked {T}.", "attacked", "not", "states"),
        ("{S} took the town without firing a shot at {T}.", "firing", "not", "forces"),
        ("{S} refrained from criticizing {T}.", "criticizing", "not", "states"),
        ("{S} stopped short of imposing sanctions on {T}.", "imposing", "not", "states"),
        ("{S} has yet to recognise {T}.", "recognise", "not", "states"),
        ("{S} has not arrested {T}.", "arrested", "not", "forces"),
        ("Nobody attacked {T}, {S} said.", "attacked", "not", "forces"),
        ("{S} refused to meet {T}.", "meet", "not", "states"),
        ("{S} ruled out talks with {T}.", "talks", "not", "states"),
        ("{S} held back from condemning {T}.", "condemning", "not", "states"),
        ("{S} declined to criticise {T}.", "criticise", "not", "states"),
        ("{S} avoided condemning {T}.", "condemning", "not", "states"),
        ("{S} no longer detain {T}.", "detain", "not", "forces"),
        ("{S} does not plan to expel diplomats from {T}.", "expel", "not", "states"),  # session 22
    ],
    "control": [  # the same words where the event did happen: a claim
        ("{S} failed to stop the attack on {T}.", "attack", "claim", "states"),
        ("{S} did not halt the assault on {T}.", "assault", "claim", "states"),  # session 22
        ("{S} halted the assault on {T}.", "assault", "not", "states"),  # session 22
        ("{S} attacked {T} after talks failed.", "attacked", "claim", "states"),
        ("{S} shelled {T}, although it denied any wrongdoing.", "shelled", "claim", "states"),
        ("{S} confirmed that its forces shelled {T}.", "shelled", "claim", "states"),
        ("{S} admitted that it had bombed {T}.", "bombed", "claim", "states"),
        ("{S} arrested {T} who had tried to flee.", "arrested", "claim", "forces"),
        ("{S} arrested {T} when they failed to disperse.", "arrested", "claim", "forces"),
        ("{S} detained {T} without charge.", "detained", "claim", "forces"),
        ("{S} fired tear gas at {T} without warning.", "fired", "claim", "forces"),
        ("{S} condemned {T} for refusing to negotiate.", "condemned", "claim", "states"),
        ("{S} expelled diplomats from {T}, which had refused to apologise.", "expelled", "claim", "states"),
        ("{S} killed {T} who had planned to attack a school.", "killed", "claim", "forces"),
        ("{S} imposed sanctions on {T} even though the EU urged restraint.", "imposed|sanctions", "claim", "states"),
        ("{S} clashed with {T} in the capital.", "clashed", "claim", "forces"),
        ("{S} accused {T} of lying, then attacked its border posts.", "attacked", "claim", "states"),
        ("Unable to reach a deal, {S} imposed tariffs on {T}.", "imposed|tariffs", "claim", "states"),
        ("{S} recognised {T} without consulting its allies.", "recognised", "claim", "states"),
        ("{S} arrested {T} before they could flee.", "arrested", "claim", "forces"),
        ("Despite calls for restraint, {S} shelled {T}.", "shelled", "claim", "states"),
        ("{S} stormed the camp of {T} and seized weapons.", "stormed", "claim", "forces"),
        ("{S} attacked {T} even though it had promised not to.", "attacked", "claim", "states"),
        ("{S} did not hesitate to criticise {T}.", "criticise", "claim", "states"),
        ("{S} never stopped attacking {T}.", "attacking", "claim", "states"),
        ("{S} did not only condemn {T} but also recalled its envoy.", "recalled", "claim", "states"),
    ],
    "control-call": [  # an act beside a call: the act happened
        ("{S} shelled {T} on Monday, prompting the UN to urge restraint.", "shelled", "claim", "states"),
        ("{S} arrested {T}, ignoring calls to free them.", "arrested", "claim", "forces"),
        ("{S} withdrew its troops from {T} after the UN urged it to.", "withdrew", "claim", "states"),
        ("The UN urged calm after {S} attacked {T}.", "attacked", "claim", "states"),
        ("{S} released prisoners from {T}, as demanded by the EU.", "released", "claim", "states"),
    ],
    "control-doubt": [  # an act told as a fact beside a doubt about something else
        ("{S} shelled {T}, but it was unclear how many died.", "shelled", "claim", "states"),
        ("{S} arrested {T}; it was not known where they were taken.", "arrested", "claim", "forces"),
        ("It is unclear why {S} attacked {T}.", "attacked", "claim", "states"),
        ("{S} detained {T}, although it was unclear on what charges.", "detained", "claim", "forces"),
        ("Officials confirmed that {S} had killed {T}.", "killed", "claim", "forces"),
    ],
}


def sentences(kind: str | None = None):
    """(kind, text, trigger, expected) for every frame and cast."""
    for k, frames in FRAMES.items():
        if kind is not None and k != kind:
            continue
        for tmpl, trig, exp, cast in frames:
            casts = STATES if cast == "states" else FORCES
            for row in casts:
                s, t = row[0], row[1]
                p = row[2] if len(row) > 2 else "their"
                text = tmpl.format(S=s, T=t, P=p)
                if text[0].islower():
                    text = text[0].upper() + text[1:]
                yield k, text, trig, exp


def judge(evs, trig: str, exp: str) -> str:
    """"right", "wrong" or "missing" for the events ``evs`` coded in a sentence whose main event is ``trig``."""
    words = trig.lower().split("|")  # (a verb's event may sit on its noun: "imposed sanctions")
    mine = [e for e in evs if e.trigger is not None and e.trigger.text.lower() in words]
    if not mine:
        return "right" if exp == "not" else "missing"
    claimed = any(e.status in CLAIMED for e in mine)
    return "right" if claimed == (exp == "claim") else "wrong"


def main() -> None:
    args = sweep_args()
    counts = run(sentences(args.kind), lambda _kind, evs, trig, exp: judge(evs, trig, exp), args.show, ok="right",
                 label=lambda kind, verdict, trig, exp: f"{kind}: {verdict}, want {exp} at {trig!r}",
                 describe=lambda e: f"{e.cameo} {e.status} {e.trigger.text if e.trigger else None}")
    total = collections.Counter()
    for kind, c in counts.items():
        total.update(c)
        n = sum(c.values())
        print(f"{kind}: {c['right']} of {n} right, {c['wrong']} wrong, {c['missing']} missing")
    n = sum(total.values())
    print(f"all: {total['right']} of {n} right, {total['wrong']} wrong, {total['missing']} missing")


if __name__ == "__main__":
    main()
