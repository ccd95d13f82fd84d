"""CAMEO code shifts by status: a planned act is an intent (03x) or a threat (13x); "will not
release" is a refusal (12x)."""
from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.status_words import NT_FORMS, future_negation as _future_negation  # noqa: F401  (re-exported)
from lapwing.extract.events.content import WORDS_ONLY_THREATS, _classes_by_key
from lapwing.extract.events.syntax import _cases, _obj_token, verb_bases
from lapwing.extract.events.verb_classes import LIGHT_VERBS

#: a planned action expressed by its actor is, in CAMEO, an expression of intent (03x) or a threat (13x)
_INTENT_PREFIX = [
    ("04", "036"), ("057", "030"), ("05", "032"), ("061", "0311"), ("062", "0312"), ("063", "0313"),
    ("064", "0314"), ("06", "031"), ("071", "0331"), ("072", "0332"), ("073", "0333"),
    ("074", "0334"), ("07", "033"), ("081", "0351"), ("082", "0352"), ("083", "034"), ("084", "0353"),
    ("085", "0354"), ("086", "0355"), ("087", "0356"), ("08", "035"),
    ("14", "133"), ("161", "1313"), ("162", "1311"), ("163", "1312"), ("164", "134"), ("165", "135"),
    ("166", "136"), ("16", "131"), ("1721", "1321"), ("1722", "1322"), ("1723", "1323"),
    ("1724", "1324"), ("172", "132"), ("173", "137"), ("174", "136"), ("175", "137"), ("17", "131"),
    ("191", "1381"), ("192", "1382"), ("204", "1385"), ("18", "138"), ("19", "138"), ("20", "138"),
]
# (no 15 -> 138: a patrol or a deployment announced, "U.S. soldiers *will patrol* the border", is a posture (15x,
# future), not a threat of force; a threat is coded where it is worded, "threatened to deploy troops" (session 23))


#: "X will not release Y" is, in CAMEO, a refusal (12x) rather than a negated release
_REFUSAL_PREFIX = [
    ("03", "120"), ("04", "125"), ("057", "127"), ("05", "120"),
    # (the kind of cooperation or aid refused, as the intents above: "will not send tanks" 1222, round pr76)
    ("061", "1211"), ("062", "1212"), ("063", "1213"), ("064", "1214"), ("06", "121"),
    ("071", "1221"), ("072", "1222"), ("073", "1223"), ("074", "1224"), ("07", "122"),
    ("081", "1241"), ("082", "1242"), ("083", "123"), ("0841", "1243"), ("084", "1243"), ("085", "1244"),
    ("086", "1245"), ("087", "1246"), ("08", "124"),
]


#: governing verbs whose negated complement is a refusal ("refused/rejected/declined holding talks")
_REFUSING = {"refuse", "reject", "decline"}


def refusal_code(code: str) -> str | None:
    for prefix, target in _REFUSAL_PREFIX:
        if code.startswith(prefix):
            return target
    return None


def intent_code(code: str) -> str | None:
    """CAMEO code of the intent to do ``code`` (cooperation -> 03x, conflict -> 13x), or None."""
    for prefix, target in _INTENT_PREFIX:
        if code.startswith(prefix):
            return target
    return None


#: auxiliaries of an announced act ("would", "will"); any other modal ("could", "might") is a guess, not a threat
_ANNOUNCING_AUX = frozenset({"would", "'d", "’d", "will", "shall", "'ll", "’ll", "wo", "ll"})
_GUESSING_AUX = frozenset({"could", "might", "may", "should", "must", "ought", "can"})
#: adverbs of a guess: "said Russia would *probably* attack" is a forecast, whoever says it
_GUESSING_ADVERBS = frozenset({"probably", "likely", "possibly", "perhaps", "maybe", "eventually", "soon"})
#: verbs that carry a threat's words ("said it would", "warned they would", "vowed it would"); not "announced" /
#: "declared": a measure announced is decided, not held over someone ("announced it would deny entry to ...")
_ANNOUNCING_VERBS = frozenset({"say", "warn", "vow", "threaten", "tell", "insist", "reiterate", "pledge", "swear",
                               "stress", "add", "write", "tweet", "post"})


def conditional_announcement(anchor: Token) -> bool:
    """``anchor`` is an act its sayer announces with "would" / "will" that the status rules read as hypothetical
    because a condition hangs on it ("said it *would impose* sanctions *unless* the prisoners were freed", "warned
    they *would target* any ship"): with no guessing modal or adverb, and told as the that-clause of a verb of
    saying or warning. (Whether the doer is the sayer's own side, and the act hostile, is the coder's check.)"""
    kids = list(anchor.children)
    auxes = {c.lower_ for c in kids if c.dep_ in ("aux", "aux:pass")}
    if not auxes & _ANNOUNCING_AUX or auxes & _GUESSING_AUX:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _GUESSING_ADVERBS for c in kids):
        return False
    t = anchor
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ in ("ccomp", "parataxis") and t.head.lemma_.lower() in _ANNOUNCING_VERBS:
        return not _negated(t.head)
    # "the opposition would boycott the vote unless ..., *a spokesman said*": the saying put after the act, which the
    # parse hangs on the act as a loose clause or a conjunct (round sc61)
    return any(c.dep_ in ("parataxis", "conj") and c.i > t.i and c.lemma_.lower() in _ANNOUNCING_VERBS
               and "," in (c.left_edge.text, c.doc[max(0, c.left_edge.i - 1)].text)
               and any(k.dep_ == "nsubj" for k in c.children) and not _negated(c) for c in t.children)


def _negated(v: Token) -> bool:
    # ("will *no longer* recognise X" is a negation too: in71)
    return any(c.dep_ in ("aux", "advmod") and (c.lower_ in ("not", "never") or c.lower_ in NT_FORMS or (
        c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children))) for c in v.children)


#: nouns of a party's own voice: "..., *a spokesman* said", "..., *its leader* said", "..., *organisers* said"
_VOICE_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative", "organiser",
                          "organizer", "leader"})
_OWNING_PRONOUNS = frozenset({"its", "their", "his", "her"})


def bare_voice(reporter: Token | None) -> bool:
    """``reporter`` is a spokesman-like noun that names no party of its own ("the opposition would boycott the vote
    unless ..., *a spokesman* said", "the union would strike unless ..., *its leader* said"): the voice of the clause's
    doer, the only party the sentence names for it (round sc61). A leader only with an owning pronoun ("a leader" may
    be anyone's); not with a name, an adjective or a possessor noun ("a *Western* spokesman", "*the army's*
    spokesman")."""
    if reporter is None or reporter.pos_ != "NOUN" or reporter.lemma_.lower() not in _VOICE_NOUNS:
        return False
    kids = list(reporter.children)
    if any(c.dep_ not in ("det", "nmod:poss", "punct") or (c.dep_ == "nmod:poss" and c.lower_ not in _OWNING_PRONOUNS)
           for c in kids):
        return False
    return reporter.lemma_.lower() != "leader" or any(c.dep_ == "nmod:poss" for c in kids)


def doerless_refusal_speaker(anchor: Token) -> Token | None:
    """The speaker of a refusal told as an agentless passive in a that-clause: "Mulino said the law *would not be
    withdrawn*", "the minister said the sanctions *will not be lifted*". The act has no doer of its own, so the one
    who announces that it will not be done refuses it (session 32, rf61; as a doer-less threatened act is the
    announcer's threat). Returns the reporting verb's subject, or None."""
    kids = list(anchor.children)
    if not any(c.dep_ in ("aux:pass", "auxpass") for c in kids) or any(c.dep_ in ("obl:agent", "agent") for c in kids):
        return None
    if not _future_negation(anchor) or anchor.dep_ != "ccomp":
        return None
    verb = anchor.head
    if verb.lemma_.lower() not in _ANNOUNCING_VERBS | {"insist", "announce", "declare", "state", "confirm"}:
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj",)), None)


#: the speaker's own announced act with no coded event of its own that is still a threat by its words (session 34,
#: round in68): "said it would *take all necessary measures*", "would *respond* / *retaliate* against ...";
#: a measure or step is a threat only when it is "against" someone or has a threatening modifier ("all necessary")
_THREAT_VERBS = frozenset({"retaliate", "punish", "avenge"})
_RESPONDING = frozenset({"respond", "react", "act"})
_FORCEFUL = frozenset({"firmly", "decisively", "forcefully", "strongly", "harshly", "resolutely", "swiftly"})
_MEASURE_NOUNS = frozenset({"measure", "action", "step", "countermeasure", "response", "reprisal"})
_THREAT_MODIFIERS = frozenset({"all", "necessary", "needed", "decisive", "firm", "strong", "tough", "harsh",
                               "resolute", "appropriate", "retaliatory", "reciprocal", "any", "drastic", "severe"})


def own_announced_act(say: Token) -> tuple[Token, Token] | None:
    """The act a saying announces as its own: the that-clause of a verb of saying or warning ("said it *would
    nominate* ...", "warned Cairo *would take* all measures ...") with "would" / "will", no guessing modal or
    adverb, no negation (a refusal is ``act_checks.own_refusal``'s), and a subject of its own. Returns (act,
    subject), or None; whether the subject is the speaker's own side is the coder's check."""
    if say.lemma_.lower() not in _ANNOUNCING_VERBS or _negated(say):
        return None
    act = next((c for c in say.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    if act is None or act.pos_ != "VERB" or _negated(act):
        return None
    kids = list(act.children)
    auxes = {c.lower_ for c in kids if c.dep_ in ("aux", "aux:pass")}
    if not auxes & _ANNOUNCING_AUX or auxes & _GUESSING_AUX or any(c.dep_ == "aux:pass" for c in kids):
        return None
    if any(c.dep_ == "advmod" and c.lower_ in _GUESSING_ADVERBS for c in kids):
        return None
    # ("said *it* would take measures": the parser may read the pronoun as an expletive)
    subj = next((c for c in kids if c.dep_ == "nsubj" or (c.dep_ == "expl" and c.lower_ == "it")), None)
    return (act, subj) if subj is not None else None


def announced_threat(act: Token) -> bool:
    """``act`` is a threat by its words alone: a verb of retaliation ("would retaliate", "would punish"), a response
    "against" someone or a forceful one ("would respond firmly"), "use force", or "take" measures, action or steps that are "against" someone or carry a
    threatening modifier ("all necessary measures", "firm action")."""
    lemma = act.lemma_.lower()
    obj = next((c for c in act.children if c.dep_ in ("obj", "dobj")), None)
    against = any(k.lower_ == "against" and k.dep_ in ("case", "prep") for h in (act, obj) if h is not None
                  for c in h.children for k in (c, *c.children))
    if lemma in _THREAT_VERBS:
        return True
    if lemma in _RESPONDING:
        return against or any(c.dep_ == "advmod" and c.lower_ in _FORCEFUL for c in act.children)
    if lemma in ("take", "adopt", "use"):
        if obj is None:
            return False
        if obj.lemma_.lower() == "force":
            return True
        if obj.lemma_.lower() in _MEASURE_NOUNS:
            return against or any(m.lower_ in _THREAT_MODIFIERS for m in obj.children
                                  if m.dep_ in ("det", "amod", "advmod", "acl", "predet"))
    return False


def threatened_party(act: Token) -> Token | None:
    """The party an announced act is "against", on the verb or its object ("take measures *against India*")."""
    obj = next((c for c in act.children if c.dep_ in ("obj", "dobj")), None)
    for h in (act, obj):
        for c in (h.children if h is not None else ()):
            if c.dep_ in ("obl", "nmod") and any(k.dep_ == "case" and k.lower_ == "against" for k in c.children):
                return c
    return None


#: content classes a warning's own words fall in (threats when warned, not when merely said: ``announced_threat``
#: judges those; rounds rf67, lf70)
SAID_ONLY_THREATS = WORDS_ONLY_THREATS
#: words that name no act of their own when a speaker announces them ("would *return* to ...", "would *back* ...",
#: "would *visit* ..." (a visit, or access?), "would take *measures*", "would *discuss* the matter"), and verbs whose
#: act is their object's ("would *cut* interest rates" is no cut of aid, "would *release* the report" no freeing)
_LOOSE_ACT_WORDS = frozenset({"return", "visit", "share", "back", "change", "remove", "plan", "measure", "step",
                              "action", "decision", "program", "programme", "policy", "law", "bill", "reform",
                              "free", "release", "right", "discuss", "discussion", "cut", "suspend", "stop", "halt",
                              "withhold", "freeze", "end", "lift", "ease", "relax"})


def own_act_content(classes: list, act: Token, bag: list[str]) -> tuple[str, str, str] | None:
    """What an announced own act is by the content table (session 35, round lf70): ("threat" | "intent", code,
    class name), from the words that name the act itself: its verb's verb + object keys first ("use_force",
    "expel_ambassador", "halt_fighting", "take_measure"), then its verb ("retaliate", "mediate", "recognise"), then
    the object of a light verb ("impose a *blockade*"). A noun alone never makes the act ("would *appoint* a new
    ambassador" is no break of relations, "would *name* a mediator" no mediation). A class with a threat code and no
    friendly intent is a threat; one with a friendly intent (03x) an intent."""
    by_key = _classes_by_key(classes)
    bases = verb_bases(act) | {act.lemma_.lower()}
    compounds = [w for w in bag if "_" in w and w.split("_", 1)[0] in bases]
    bare = sorted(b for b in bases if b not in _LOOSE_ACT_WORDS)
    obj = _obj_token(act)
    if obj is not None and bases & LIGHT_VERBS and obj.lemma_.lower() not in _LOOSE_ACT_WORDS:
        bare.append(obj.lemma_.lower())
    for keys in (compounds, bare):
        for w in keys:
            for cc in by_key.get(w, ()):
                threat, intent = cc.codes.get("threaten"), cc.codes.get("intent")
                if threat and (intent is None or intent.startswith("13")):
                    return "threat", threat, cc.name
                if intent and intent.startswith("03"):
                    return "intent", intent, cc.name
    return None


def intended_party(act: Token) -> list[Token]:
    """Who an announced friendly act is for or with, in order: its object, its indirect object, a party "to",
    "with" or "for" ("would send aid *to Sudan*", "would cooperate *with Chile*")."""
    out = [c for c in act.children if c.dep_ in ("obj", "dobj", "iobj")]
    obj = _obj_token(act)
    for h in (act, obj):
        out += [c for c in (h.children if h is not None else ()) if c.dep_ in ("obl", "nmod")
                and _cases(c) & {"to", "with", "for"}]
    return out
