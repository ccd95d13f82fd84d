"""Word classes of verbs and nouns that the event coder's frames and parse repairs share (data, no
logic): verbs that carry a nominal event ("held talks"), verbs of which a nominal event is the
subject ("clashes erupted"), and the regular past forms of the carrying verbs."""

from __future__ import annotations

from functools import lru_cache

#: people named by a noun compound whose first word is no thing they stand for ("aid workers")
_COMPOUND_PEOPLE = frozenset({"worker", "official", "staff", "staffer", "volunteer", "employee", "expert", "chief",
                              "spokesman", "spokeswoman", "spokesperson", "director", "coordinator",
                              # bodies named after their work: the "Counter *Terrorism* Department" is no terrorism
                              "department", "ministry", "unit", "squad", "bureau", "agency", "cell", "wing",
                              "branch", "directorate", "commission", "committee", "council", "office", "division",
                              "team", "authority", "command", "court", "tribunal"})

LIGHT_VERBS = {
    "hold", "stage", "launch", "carry", "conduct", "mount", "organize", "organise", "sign", "impose",
    "begin", "start", "continue", "resume", "open", "reach", "conclude", "make", "issue", "announce",
    "wage", "unleash", "step", "lead", "join", "call", "declare", "take", "host", "attend", "convene",
    "go", "head", "spearhead", "initiate", "undertake", "perform", "commit", "stage", "plan",
    "prepare", "order", "authorize", "authorise", "approve", "extend", "expand", "intensify",
    "escalate", "lift", "maintain", "hold", "use", "deliver", "send", "give", "provide", "offer",
    "pledge", "promise", "mark", "accept", "have", "seal", "finalize", "finalise", "clinch", "broker",
    "complete", "finish", "carry_out", "pursue", "press", "stage", "hold", "sustain",
    "reiterate", "renew", "repeat", "restate", "voice", "fight", "wage", "restart", "reopen",
    "unveil", "slap", "introduce", "enact", "tighten",
    "cast",  # (round 61) "cast a veto against the draft"
    # a campaign made fiercer: "ramped up attacks on", "redoubled its raids", "heightened its patrols"
    "ramp", "redouble", "heighten",
    "relaunch",  # (round rc63) "the militia has relaunched its offensive"
}
#: verbs that carry on a nominal event with a particle (session 27, round 45): "*kept up* their hunger strike" (the
#: event the object), "*pressed on with* their strike", "*pushed ahead with* the march" (the event after "with")
CARRY_ON_VERBS = {"keep": {"up"}, "press": {"on", "ahead"}, "push": {"on", "ahead"}, "carry": {"on"},
                  "go": {"ahead", "on"}, "forge": {"ahead", "on"}}
HAPPEN_VERBS = {
    "erupt", "break", "take", "occur", "happen", "continue", "rage", "intensify", "escalate", "kill",
    "leave", "injure", "wound", "hit", "rock", "shake", "spread", "resume", "flare", "begin", "start",
    "end", "claim", "target", "destroy", "damage", "be", "plan", "schedule", "expect", "set", "open",
    "close", "conclude", "collapse", "fail", "stall", "succeed", "last", "go", "get", "turn",
    # a relation that grows: "cooperation between X and Y *will likely develop*" tells its status at the verb
    "develop", "grow", "deepen", "improve", "strengthen", "flourish", "evolve", "expand", "materialize",
    "materialise", "emerge",
}


@lru_cache(maxsize=1)
def light_past_forms() -> dict[str, str]:
    """Regular past forms of :data:`LIGHT_VERBS` ("intensified", "stepped", "staged") -> lemma."""
    out: dict[str, str] = {}
    for v in LIGHT_VERBS:
        if "_" in v or v in ("have", "be", "go", "make", "take", "give", "lead", "hold", "begin", "send", "break"):
            continue  # irregular or multiword: not formed with -ed
        if v.endswith("e"):
            out[v + "d"] = v
        elif v.endswith("y") and v[-2] not in "aeiou":
            out[v[:-1] + "ied"] = v
        else:
            out[v + "ed"] = v
            if len(v) > 2 and v[-1] in "bdgmnprt" and v[-2] in "aeiou" and v[-3] not in "aeiou" and len(v) <= 4:
                out[v + v[-1] + "ed"] = v  # "stepped"
    return out
