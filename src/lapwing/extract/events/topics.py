"""What talks and statements are about is not who takes part in them (issue 10, session 25, round 38).

"The two leaders held talks *on Ukraine*", "the minister made a statement *on Syria*", "the presidents spoke *about
Gaza*": the country after "on / about / over / regarding / concerning" is the topic. It is not the target of a
statement, an intention, a consultation or a diplomatic act (CAMEO roots 01, 03, 04, 05: the hearers are named by
"with" and "to": "talks *with* Kenya", "told Hungary"), and it lends its country to none of the sentence's
sector-only actors ("the two leaders" are not Ukraine's leaders)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.syntax import _cases, lemma_of

#: CAMEO roots whose object's "on / about ..." phrase is a topic: statements, intentions, consultations, diplomacy
TOPIC_ROOTS = frozenset({"01", "03", "04", "05"})
#: the prepositions of a topic
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
#: nouns and verbs of talking whose "on / about" phrase is a topic ("talks on", "a statement about", "spoke about")
TALK_HEADS = frozenset({
    "talk", "talks", "meeting", "meet", "statement", "discussion", "discuss", "consultation", "conversation",
    "negotiation", "negotiate", "speak", "call", "summit", "conference", "speech", "remark", "comment", "briefing",
    "brief", "address", "chat", "dialogue", "debate", "consult", "communique", "declaration",
    "message", "letter", "interview", "session", "round", "phone"})

#: nouns of what is known or held about something, whose "on / about" phrase is a topic: "to share *information on*
#: North Korea", "their *views on* Syria", "its *position on* Kosovo"
INFO_NOUNS = frozenset({
    "information", "intelligence", "data", "view", "views", "idea", "ideas", "experience", "expertise", "knowledge",
    "detail", "details", "report", "finding", "findings", "evidence", "assessment", "analysis", "opinion", "position",
    "stance", "thought", "thoughts", "concern", "concerns", "update", "updates", "note", "notes", "insight", "insights"})


def topic_noun(t: Token) -> bool:
    """A noun of talk or of information ("talks", "a statement", "information", "views"): its "on / about" phrase is
    what it is about."""
    return t.pos_ in ("NOUN", "PROPN") and (lemma_of(t) in TALK_HEADS or lemma_of(t) in INFO_NOUNS
                                            or t.lower_ in TALK_HEADS or t.lower_ in INFO_NOUNS)


def topic_prep(cases: set[str], code: str | None) -> bool:
    """The prepositions ``cases`` of a phrase on an event's object mark a topic for an act of this CAMEO code."""
    return bool(code) and code[:2] in TOPIC_ROOTS and bool(cases & TOPIC_PREPS)


def names_topic(doc: Doc, start: int, end: int) -> bool:
    """The mention at characters ``start``-``end`` is (or is a conjunct of) the object of "on / about / over /
    regarding / concerning" hung on a word of talking: "talks *on Ukraine*", "spoke about *Gaza and Egypt*"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    up: Token = span.root
    while up.dep_ == "conj" and up.head.i != up.i:
        up = up.head
    if not (up.dep_.startswith(("obl", "nmod")) and _cases(up) & TOPIC_PREPS):
        return False
    head = up.head
    if head.pos_ in ("VERB", "AUX") and lemma_of(head) == "call":
        return False  # "called on Kenya to withdraw": the one appealed to
    return lemma_of(head) in TALK_HEADS or head.lower_ in TALK_HEADS or topic_noun(head)


#: (session 33, round rf64) a state's trade measure named in the sentence: the goods it falls on ("a tariff on
#: Canadian pork", "duties on Chinese-made *electric vehicles*") are its object, not a product story's topic
TRADE_MEASURE_NOUNS = frozenset({"tariff", "tariffs", "levy", "levies", "embargo", "embargoes", "sanction",
                                 "sanctions", "quota", "quotas", "duties"})


def trade_measure_sentence(sent) -> bool:
    """The sentence names a trade measure (a tariff, duties, a levy, an embargo, sanctions, quotas) as a noun: its
    product words do not make it a product story (offtopic_gates.offtopic). "China imposed a tariff on pork, days after Ottawa
    announced duties on Chinese-made electric vehicles" is coded; "the carmaker unveiled two electric vehicle models"
    stays off-topic."""
    return any(t.pos_ in ("NOUN", "PROPN") and (t.lower_ in TRADE_MEASURE_NOUNS or lemma_of(t) in TRADE_MEASURE_NOUNS)
               for t in sent)


def work_setting(sent, hit_idx) -> bool:
    """(session 34, round sc69) A culture cue opens the sentence as its setting: "*In the film*, commandos ambush a
    convoy", "*In the series' first episode*, pirates seize a ship": what follows is told inside a work, so the cue
    counts once more (gates.offtopic). Only a fronted "in" phrase (within the first four words, before its verb)
    counts, the cue being its noun or that noun's possessor; "Gunmen kidnapped a film crew" keeps one cue."""
    for i in hit_idx:
        t = sent.doc[i]
        if t.dep_ in ("nmod:poss", "poss") and t.head.i > t.i:
            t = t.head
        if (t.dep_ in ("obl", "nmod", "obl:tmod") and t.i - sent.start <= 4 and t.head.i > t.i
                and "in" in _cases(t)):
            return True
    return False
