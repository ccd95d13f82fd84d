"""Word-level helpers of the event coder: dependency-label sets, word lists (person nouns, time words,
control verbs) and a token's lemma, word forms and verb bases. Nothing here reads a dependent.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

SUBJ = ("nsubj", "nsubj:outer", "csubj")
PASS_SUBJ = ("nsubj:pass", "nsubjpass", "csubj:pass")
OBJ_CONTROL = {"urge", "ask", "order", "force", "persuade", "invite", "encourage", "tell", "allow",
               "permit", "press", "implore", "beseech", "compel", "instruct", "direct", "require",
               "call", "appeal", "help", "expect", "convince", "push", "pressure", "pressurise", "pressurize",
               "lobby", "exhort", "prod", "nudge", "beg", "entreat", "advise", "counsel",
               # causers and pressers: "to make *the country* give up its weapons", "pushed Kyiv to negotiate"
               "make", "let", "cause", "enable", "prompt", "authorize", "authorise", "oblige", "warn", "want"}
#: verbs whose passive keeps an object ("was *handed* a ten-year sentence", "was *given* asylum"): an object on their
#: conjunct is no sign that the conjunct is active
PASSIVE_WITH_OBJECT = frozenset({"give", "hand", "award", "grant", "offer", "deny", "show", "send", "pay", "lend", "tell",
                                 "ask", "teach", "fine", "charge", "serve", "issue", "allow", "assign", "bar", "ban",
                                 "refuse", "promise", "owe", "spare", "cost", "sentence", "order", "name", "elect",
                                 "appoint", "call", "declare", "make", "keep", "leave", "find", "consider", "label"})
#: verbs whose to-clause is done by their subject and that have no passive with one ("*vowed* to fight")
SUBJECT_CONTROL = frozenset({"vow", "pledge", "promise", "refuse", "decline", "agree", "threaten", "try", "seek",
                             "decide", "want", "hope", "plan", "intend", "attempt", "offer", "fail", "vote"})
PERSONISH = {
    "protester", "demonstrator", "people", "resident", "villager", "student", "worker", "official",
    "leader", "minister", "president", "government", "soldier", "troop", "force", "police", "rebel",
    "militant", "activist", "supporter", "crowd", "civilian", "group", "party", "opposition", "army",
    "authority", "envoy", "ambassador", "diplomat", "delegation", "spokesman", "spokeswoman",
    "spokesperson", "negotiator", "side", "faction", "militia", "fighter", "gunman", "insurgent",
    "guerrilla", "guerilla", "prisoner", "hostage", "detainee", "journalist", "refugee", "man",
    "woman", "child", "member", "lawmaker", "parliament", "court", "judge", "prosecutor",
    "administration", "cabinet", "ministry", "regime", "council", "union", "coalition",
    "chief", "commander", "general", "officer", "agency", "organization", "organisation",
    "movement", "country", "state", "nation", "kingdom", "republic", "counterpart", "premier",
    "king", "queen", "prince", "emir", "sheikh", "cleric", "farmer", "landowner", "youth", "mob",
    "inmate", "settler", "migrant", "demonstration", "monitor", "observer", "inspector", "team",
    "national", "citizen", "personnel", "staff", "crew", "bomber", "attacker", "assailant",
    "kidnapper", "separatist", "extremist", "jihadist", "terrorist", "dissident", "critic", "senator",
    "congress", "senate", "legislature", "assembly", "mayor", "governor", "secretary", "chancellor",
    "tribe", "clan", "community", "family", "neighbor", "neighbour", "ally", "partner", "rival",
    "enemy", "foe", "embassy", "consulate", "mission", "contingent", "unit", "battalion", "brigade",
    "navy", "military", "warplane", "jet", "helicopter", "tank", "drone",
    "guard", "jailer", "warder", "warden", "bodyguard", "sniper", "assassin", "raider", "captor",
    "abductor", "looter", "rioter", "thug", "vigilante", "mercenary", "trooper", "policeman", "cop",
    "ranger", "marine", "pilot", "agent", "gunmen", "policemen", "militiaman", "militiamen",
    "constable", "policewoman", "jawan", "gendarme",
}
#: participles that make an order's small clause a custody or a release ("ordered the activist *detained*", "...
#: *released*"), and those that do only with a word of custody or a stay below them ("ordered him *held* in custody",
#: "... *held* for two months"; not "ordered the battalions *held* back")
CUSTODY_PARTICIPLES = frozenset({"detain", "jail", "imprison", "remand", "arrest", "incarcerate", "gaol", "intern",
                                 "release", "free", "discharge"})
CUSTODY_PLACING = frozenset({"hold", "keep", "place", "put", "send", "return", "lock", "confine"})
CUSTODY_WORDS = frozenset({"custody", "detention", "arrest", "prison", "jail", "gaol", "cell", "remand", "bail", "bond",
                           "day", "days", "week", "weeks", "month", "months", "year", "years"})
TEMPORAL_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
    "tomorrow", "tonight", "week", "weekend", "month", "year", "day", "morning", "evening", "night",
    "afternoon", "january", "february", "march", "april", "may_", "june", "july", "august", "september",
    "october", "november", "december", "time", "hour", "minute", "decade", "century",
    "jan.", "feb.", "mar.", "apr.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "jan", "feb",
    "aug", "sept", "oct", "nov", "dec",
}

_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan.", "feb.", "mar.", "apr.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
           "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_YEAR = re.compile(r"^(1[0-9]{3}|20[0-9]{2})s?$")
#: words before a capitalised "March" that make it the month ("in March", "since March", "last March")
_MONTH_PREV = {"in", "since", "last", "next", "early", "late", "mid", "until", "till", "by", "of", "from",
               "through", "this", "every", "before", "after", "during", "between", "and", "or", "to"}
#: article-level off-topic topics: an article dominated by their cues (and without a political
#: adjectives whose subject is a doer ("X is willing / ready to ..."), so that an "it" subject parsed as
#: an expletive is a real subject (unlike "it is important / likely to ...")
AGENTIVE_ADJ = {"willing", "ready", "prepared", "determined", "eager", "keen", "unwilling", "reluctant",
                "committed", "able", "unable", "poised", "resolved", "intent"}
# "X accused / blamed / charged Y of / for V-ing": Y is V's subject
GERUND_OBJ_CONTROL = {"accuse", "blame", "charge", "suspect", "convict", "indict", "condemn", "criticize",
                      "criticise", "denounce", "fault", "punish", "sentence", "arrest", "praise", "thank", "credit",
                      "attack", "ban", "jail", "imprison", "detain", "fine", "sanction", "sue", "expel", "reprimand",
                      "rebuke", "slam", "commend", "hail", "applaud", "reward", "honor", "honour", "fire", "dismiss",
                      # the arrest verbs of regional news ("police *booked* a youth *for assaulting* ...")
                      "book", "nab", "apprehend", "remand", "round", "pick", "lift", "collar", "net"}
#: verbs of seeing whose passive subject does what their -ing clause says ("was *caught on camera* slapping ...")
SEEN_DOING = frozenset({"catch", "film", "see", "record", "capture", "spot", "show", "photograph", "videotape", "tape"})
#: an arrest told with a custody noun: "took a priest *into custody* for abusing ..." (the object did it)
CUSTODY_NOUNS = frozenset({"custody", "detention", "lock-up", "lockup"})
#: nouns of a punishment whose "of" complement did what a "for V-ing" clause on their verb says ("ordered *the
#: arrest of* Marek and his deputies *for ignoring* an order")
PUNISHMENT_NOUNS = frozenset({"arrest", "detention", "prosecution", "trial", "expulsion", "extradition", "punishment",
                              "conviction", "indictment", "dismissal", "sacking", "impeachment", "deportation",
                              "suspension", "jailing", "imprisonment"})
# nouns whose "of" complement is a place name: "the towns of Bocaranga and Bazoum"


def _is_month(t: Token) -> bool:
    """A capitalised "March" that is the month: "in March", "March 3", "March 2019", a DATE entity."""
    if t.text not in ("March", "MARCH"):
        return False
    if t.ent_type_ == "DATE":
        return True
    doc = t.doc
    if t.i + 1 < len(doc) and (doc[t.i + 1].like_num or _YEAR.match(doc[t.i + 1].text)):
        return True
    if t.i > 0 and doc[t.i - 1].lower_ in _MONTH_PREV:
        return True
    return False


#: a lemma's hash -> the lemma lower-cased, across documents (a hash names the same string in every vocabulary;
#: emptied past 200,000 entries): ``lemma_of`` without a look-up in the string store or a ``lower()`` per call
_LEMMA_LOWER: dict[int, str] = {}


def lemma_of(t: Token) -> str:
    got = _LEMMA_LOWER.get(h := t.lemma)
    if got is None:
        lemma = t.lemma_
        if not lemma:  # (no lemma: the lower-case form)
            return t.lower_
        if len(_LEMMA_LOWER) > 200_000:
            _LEMMA_LOWER.clear()
        got = _LEMMA_LOWER[h] = lemma.lower()
    return got


#: (lemma hash, lower-case form hash) -> _words() / verb_bases() of a token, across articles (a hash names
#: the same string in every vocabulary; emptied past 200,000 entries)
_WORDS: dict[tuple[int, int], frozenset[str]] = {}
_VERB_BASES: dict[tuple[int, int], frozenset[str]] = {}


def _singulars(w: str) -> set[str]:
    out = set()
    if w.endswith("men") and len(w) > 4:
        out.add(w[:-3] + "man")
    if w.endswith("ies") and len(w) > 4:
        out.add(w[:-3] + "y")
    if w.endswith("es") and len(w) > 3:
        out.add(w[:-2])
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        out.add(w[:-1])
    return out


def _words(t: Token) -> set[str]:
    """Lemma, lower-cased form and naive singulars: all are tried against word lists."""
    got = _WORDS.get(key := (t.lemma, t.lower))
    if got is None:
        if len(_WORDS) > 200_000:
            _WORDS.clear()
        low = t.lower_
        got = _WORDS[key] = frozenset({lemma_of(t), low} | _singulars(low))
    return set(got)


def verb_bases(t: Token) -> set[str]:
    """Lemma candidates of a verb form, robust to the lemmatiser's misses ("planned" -> plan)."""
    got = _VERB_BASES.get(key := (t.lemma, t.lower))
    if got is None:
        if len(_VERB_BASES) > 200_000:
            _VERB_BASES.clear()
        got = _VERB_BASES[key] = frozenset(_verb_bases(t))
    return set(got)


def _verb_bases(t: Token) -> set[str]:
    w = t.lower_
    out = {lemma_of(t), w}
    for suf in ("ing", "ed", "es", "s", "d"):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            b = w[: -len(suf)]
            out.add(b)
            if suf in ("ing", "ed"):
                out.add(b + "e")
                if len(b) > 2 and b[-1] == b[-2]:
                    out.add(b[:-1])
            if suf == "ed" and b.endswith("i"):
                out.add(b[:-1] + "y")
    return out


def for_subject(t: Token) -> Token | None:
    """The subject a "for" phrase gives the to-clause of a noun: "Washington's support *for Islamabad* to negotiate",
    "China's call *for Japan* to apologize" (Islamabad negotiates, not Washington); None without one."""
    if t.dep_ not in ("acl", "advcl", "csubj") or t.tag_ != "VB" or not any(
            c.dep_ == "mark" and c.lower_ == "to" for c in t.children):
        return None
    h = t.head
    if t.dep_ == "advcl" and h.lemma_.lower() in ("come", "arrive"):  # "the time has come *for Washington* to ..."
        return next((c for c in h.children if h.i < c.i < t.i and c.dep_ == "obl" and c.pos_ == "PROPN"
                     and any(x.dep_ == "case" and x.lower_ == "for" for x in c.children)), None)
    if h.pos_ == "ADJ" and t.dep_ in ("advcl", "csubj"):
        # the to-clause of an adjective: "Western aid is *crucial for Kyiv to negotiate*", "it is *important for
        # Kenya to sign*": the "for" phrase between them names the doer, not the adjective's subject
        return next((c for c in h.children if h.i < c.i < t.i and c.dep_ in ("obl", "nmod")
                     and c.pos_ in ("PROPN", "NOUN", "PRON")
                     and any(x.dep_ == "case" and x.lower_ == "for" for x in c.children)), None)
    if t.dep_ == "csubj":
        return None
    if t.dep_ == "advcl":  # the clause hung on the verb of the noun: "welcomed the proposal for Riyadh to host"
        h = next((c for c in h.children if c.dep_ in ("obj", "dobj") and c.i < t.i and c.pos_ == "NOUN"), None)
        if h is None:
            return None
    for c in h.children:
        if h.i < c.i < t.i and c.dep_ in ("nmod", "obl") and c.pos_ in ("PROPN", "NOUN", "PRON") \
                and any(x.dep_ == "case" and x.lower_ == "for" for x in c.children):
            return c
    return None


#: nouns of another party that a possessive pronoun relates to its owner: "its *neighbour* Laos", "their *allies*"
RELATION_NOUNS = frozenset({"neighbour", "neighbor", "ally", "partner", "counterpart", "rival", "enemy", "foe",
                            "adversary", "opponent", "critic", "host", "successor", "predecessor"})


#: nouns of a plan or choice whose owner does the act of their to-clause: "Poland's *plan* to militarise the border",
#: "the *decision* by Japan to deploy troops" (Poland and Japan act, not whoever criticised or welcomed it)
PLAN_NOUNS = frozenset({"plan", "decision", "bid", "move", "attempt", "effort", "intention", "intent", "threat",
                        "pledge", "promise", "vow", "refusal", "readiness", "willingness", "determination", "resolve",
                        "commitment", "scheme", "choice", "push", "drive", "ambition", "offer", "proposal"})


def plan_owner(t: Token) -> Token | None:
    """The owner of the plan or decision whose to-clause ``t`` is, who does its act: the named possessor ("*Poland's*
    plan to militarise the border") or the by-phrase ("the decision *by Japan* to deploy troops"); None for other
    nouns, a possessive pronoun (left to the clause's own subject) or a plan nobody owns."""
    h = t.head
    if t.dep_ != "acl" or t.tag_ != "VB" or not any(c.dep_ == "mark" and c.lower_ == "to" for c in t.children):
        return None
    return plan_noun_owner(h, t.i)


def plan_noun_owner(h: Token, end: int) -> Token | None:
    """The named possessor of plan noun ``h`` (or a name or nationality before it) or its by-phrase before token ``end``;
    None for other nouns."""
    if h.pos_ != "NOUN" or h.lemma_.lower() not in PLAN_NOUNS:
        return None
    for c in h.children:
        if c.dep_ in ("nmod:poss", "poss") and c.i < h.i and c.pos_ in ("PROPN", "NOUN"):
            return c
        # (session 29) a name or nationality before the noun: "a *US* decision to sell jets", "an *Israeli* plan to
        # expand settlements" (a proper-noun compound, or an adjective the NER tags as a nationality)
        if c.i < h.i and (c.dep_ == "compound" and c.pos_ == "PROPN" or c.dep_ == "amod" and c.ent_type_ == "NORP"):
            return c
        if c.dep_ in ("nmod", "obl", "nmod:agent") and h.i < c.i < end and c.pos_ in ("PROPN", "NOUN") \
                and any(x.dep_ == "case" and (x.lower_ == "by" or x.lower_ == "from" and h.lemma_.lower() in
                                              FROM_OWNED) for x in c.children):
            return c
    return None


#: plan nouns whose from-phrase names their maker: "an offer *from Thailand* to send rescue teams" (round sc76)
FROM_OWNED = frozenset({"offer", "proposal", "plan", "bid", "pledge", "promise"})


#: verbs that judge their object, not do what its participle tells ("condemned an attack killing five", "challenged a
#: decree expelling ..."; the stance verbs of repair 213 but attack, hit, back, support, embrace; and verbs of annulling)
JUDGED_THING_VERBS = frozenset({"accuse", "annul", "appeal", "applaud", "assail", "blame", "blast", "block",
    "castigate", "celebrate", "censure", "challenge", "chide", "commend", "condemn", "contest", "criticise",
    "criticize", "decry", "defend", "denounce", "deny", "deplore", "dismiss", "dispute", "endorse", "fault", "hail",
    "lambast", "lambaste", "lament", "laud", "object", "oppose", "overturn", "praise", "protest", "quash",
    "question", "rebuff", "rebuke", "rebut", "refute", "regret", "reject", "repeal", "reprimand", "rescind",
    "resist", "revoke", "salute", "scold", "scrap", "slam", "suspend", "veto", "warn", "welcome"})

#: pictures and recordings: the gerund hung on one is done by whom it shows, its of-phrase ("a *video of* the
#: activist *making* an apology", "*photos of* troops *shelling* the village": round fp63), not by who shows it
PICTURE_NOUNS = frozenset({"video", "footage", "image", "photo", "photograph", "picture", "clip", "recording", "film",
                           "videotape", "livestream"})

#: verbs of prevention: their from-gerund is kept from happening ("blocked X from holding", "barred X from deporting")
PREVENT_VERBS = frozenset({"prevent", "stop", "bar", "block", "ban", "keep", "prohibit", "deter", "restrain",
                           "forbid", "hinder", "dissuade", "discourage", "preclude", "debar", "disqualify", "restrict"})
