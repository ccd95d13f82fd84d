"""Word lists of the status detector (``status.py``): negation and hedging words, the verbs and nouns that
govern a clause's status (deny, plan, urge, accuse, report ...), and the marks of clauses told aside."""

from __future__ import annotations

#: "n't" as typeset news writes it, with a typographic apostrophe ("didn’t", "won’t"): the tokenizer splits it off
#: as "n’t", which the plain "n't" in the sets below never matched (round 33)
NT_FORMS = frozenset({"n't", "n’t", "n‘t", "nʼt", "nt"})
NEG_WORDS = {"not", "never", "no"} | NT_FORMS
#: adverbs of rarity that deny the act as much as "not" does: "seldom criticized China", "hardly ever met them"
RARE_ADVERBS = {"seldom", "rarely", "hardly", "scarcely"}
#: verbs whose complement did not happen: "denied attacking", "failed to reach"
NEG_GOVERNORS = {"deny", "fail", "avoid", "refrain", "neglect", "stop", "cease", "refuse", "decline", "reject",
                 "cancel", "halt", "scrap", "abandon", "shelve", "forgo", "forego",
                 # an act vetoed or blocked did not happen: "vetoed the EU aid package", "blocked the deportation of X"
                 # (session 39, round sc78)
                 "veto", "block"}
#: phrasal verbs that negate their complement: "ruled out sending troops", "turned down calls to ..."
NEG_PHRASAL = {("rule", "out"), ("turn", "down"), ("call", "off"), ("hold", "back"), ("vote", "down")}
_TIME_MARKS = {"after", "before", "when", "while", "as", "since", "once", "until", "because"}
#: verbs that call off a plan: "cancel plans to sell weapons", "halted the planned deployment"
CANCEL_VERBS = {"cancel", "halt", "stop", "scrap", "abandon", "shelve", "drop", "suspend", "freeze", "reject",
                "refuse", "decline", "deny", "veto", "block"}
#: verbs that undo a restriction, and the restrictions they undo: "lifted sanctions on X" is no sanctioning
UNDO_VERBS = {"lift", "ease", "relax", "loosen", "remove", "revoke", "repeal", "rescind", "scrap", "roll", "end",
              "drop", "waive", "suspend", "withdraw"}
RESTRICTION_NOUNS = {"sanction", "embargo", "ban", "blockade", "siege", "curfew", "restriction", "closure", "lockdown",
                     "boycott", "tariff", "freeze", "cordon", "travel_ban", "measure", "penalty", "control"}
#: nouns of a plan or proposal whose to-clause is only planned: "plans to sell", "an offer to host"
PLAN_NOUNS = {"plan", "proposal", "intention", "bid", "scheme", "programme", "program", "decision", "offer",
              "threat", "call", "demand", "appeal", "request", "attempt", "effort", "move", "idea", "invitation"}
#: nouns of asking whose to-clause is what is asked for, not done: "X *calls* on Serbia to release ..." read as a noun
_CALL_NOUNS = {"call", "demand", "appeal", "request", "invitation", "plea"}
#: nouns of a striving whose to-clause is not done: "efforts were on *to arrest* them", "a hunt is on to trace"
EFFORT_NOUNS = {"effort", "attempt", "bid", "search", "hunt", "manhunt", "drive", "endeavour", "endeavor"}
#: verbs of trying: their to-clause was set out on, not reached ("tried to free the soldiers"; status_gates.py)
ATTEMPT_VERBS = {"try", "attempt", "strive", "endeavour", "endeavor"}
#: appeal verbs: what they ask for is not (yet) done: "invited Y to resume talks", "pressed X to withdraw"
APPEAL_GOVERNORS = {"invite", "encourage", "press", "urge", "advise", "beg", "implore", "exhort", "persuade",
                    "pressure", "pressurise", "pressurize", "lobby", "appeal", "ask", "call", "challenge",
                    "instruct", "order", "tell", "request", "push", "entreat", "plead", "convince", "prod", "nudge",
                    "counsel", "direct", "require", "oblige"}
#: subordinators whose clause did not happen: "without arresting anyone", "rather than cracking down",
#: "instead of firing": (word, the fixed word that must follow it or None)
NEG_MARKS = (("without", None), ("rather", "than"), ("instead", "of"))
#: means of force whose purpose clause reports what the force was used for, not a plan ("resorted to a
#: lathi-charge to disperse the mob", "used water cannon to break up the protest")
FORCE_MEANS = {"charge", "lathi-charge", "lathicharge", "gas", "teargas", "shell", "bullet", "ammunition", "cannon",
               "baton", "grenade", "pellet", "force", "firing", "fire", "canister", "truncheon", "whip"}

#: nouns of asking and offering whose to-clause is only asked or offered
ASKING_NOUNS = {"call", "appeal", "plea", "request", "demand", "invitation", "petition", "bid", "proposal", "offer",
                "ultimatum", "order", "instruction", "plan", "pledge", "promise", "threat"}

#: modal auxiliaries that make an event hypothetical
HYPO_AUX = {"could", "would", "might", "may", "should", "must", "ought", "can"}
#: verbs whose complement is only wished, considered or possible
HYPO_GOVERNORS = {
    "consider", "weigh", "mull", "debate", "hope", "want", "wish", "like", "may", "might",
    "propose", "suggest", "contemplate", "discuss", "envisage", "envision", "imagine", "risk",
    "fear", "threaten", "urge", "ask", "call", "demand", "seek", "need", "try_if", "explore",
    "dream", "predict", "speculate", "warn", "plot", "conspire", "scheme",
    "look", "count", "rely", "depend", "bank",  # ("is looking to Trump to veto ...", "counts on X to send")
}
#: verbs whose prepositional object does what their to-clause says (``syntax._PREP_CONTROL``)
_PREP_CONTROLLERS = frozenset({"look", "count", "rely", "depend", "bank", "wait"}) | (APPEAL_GOVERNORS - {"order", "tell", "instruct", "direct"})
#: verbs whose complement is planned: "plans to", "is expected to", "are planned for"
FUT_GOVERNORS = {
    "plan", "intend", "schedule", "expect", "prepare", "aim", "set", "due", "poise", "go",
    "slate", "scheduled", "planned", "expected", "poised", "slated", "about",
    "vow", "pledge", "promise", "agree", "offer", "ready", "willing", "prepared", "commit",
}
FUT_AUX = {"will", "shall", "'ll", "’ll", "wo", "ll"}
FUT_MODIFIERS = {"planned", "proposed", "upcoming", "forthcoming", "scheduled", "future", "next",
                 "expected", "prospective", "impending", "coming", "anticipated"}
HYPO_MODIFIERS = {"possible", "potential", "hypothetical", "would-be", "likely", "feared",
                  "threatened", "rumoured", "rumored", "alleged_future"}
#: reporting verbs: their that-clause is attributed to their subject
REPORT_VERBS = {
    "say", "report", "claim", "allege", "tell", "announce", "state", "add", "quote", "believe",
    "suspect", "write", "tweet", "post", "insist", "assert", "maintain", "confirm", "reveal",
    "disclose", "note", "explain", "argue", "contend", "indicate", "suggest", "think", "accuse",
    "charge", "testify", "declare", "show", "find", "estimate", "warn", "acknowledge", "admit",
    "stress", "emphasize", "emphasise", "reiterate", "recall", "describe", "brief", "inform",
    "understand", "learn", "hear", "see", "know", "feel", "speculate",
}
# "X accused Y of V-ing": V is X's allegation
ACCUSE_GOVERNORS = {"accuse", "blame", "charge", "suspect", "allege", "indict"}
#: nouns of a claim whose that-clause is someone's word, not a fact
CLAIM_NOUNS = {"allegation", "claim", "accusation", "charge", "report", "rumour", "rumor", "suggestion", "assertion",
               "contention", "speculation"}
#: verbs that deny the claim they take as object
DENYING_VERBS = {"deny", "reject", "dismiss", "refute", "rebut", "disprove", "dispute", "contest", "discount"}
REPORT_ADVERBS = {"reportedly", "allegedly", "purportedly", "supposedly", "apparently", "ostensibly"}
CLAUSE_UP = {"ccomp", "xcomp", "conj", "advcl", "parataxis", "csubj", "acl", "acl:relcl", "root", "ROOT"}

#: marks of a clause told beside its verb, not as what the verb denies or refuses
_ASIDE_MARKS = frozenset({"while", "as", "after", "before", "when", "since", "because", "though", "although", "whilst"})


def future_negation(anchor) -> bool:
    """"will not", "won't", "would not" on the anchor (or the verb that governs its to-clause)."""
    for t in (anchor, anchor.head):
        words = {c.lower_ for c in t.children if c.dep_ in ("aux", "aux:pass")}
        if words & {"will", "wo", "'ll", "’ll", "would", "shall"} and any(
                (c.lower_ in ("not", "never") or c.lower_ in NT_FORMS) for c in t.children):
            return True
    return False
