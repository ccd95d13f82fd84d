"""Status cues read from unlabelled wire news (session 18, issue 10: precision).

* ``doubted_clause`` (read by ``status_cues.content_status``): the that-clause of an adjective of likelihood is a
  guess, not an act: "the vote *makes it unlikely that* Congress will approve the aid", "it made it *likely* the army
  will move in" (the clause the parse hangs on the adjective as its complement; "it is unlikely that ..." is read
  by the adjective rule of ``status.py``), also when the tagger reads the adjective as a modifier of the clause's
  subject ("makes it *unlikely Congress* will approve ...");
* ``failed_clause`` (read by ``status_cues.content_status``): the to-clause of a noun of failure or refusal did not
  happen: "over Obama's *failure to sell* missiles to Turkey", "the Kremlin's *refusal to withdraw*", "its
  *reluctance to endorse* the proposal" (as the adjectives of ``status_means.unwilling``: "reluctant to join").

* ``ongoing_stop`` (read by ``status.event_status``, session 19): what someone is told to stop goes on: "the army *must
  stop killing* civilians", "urged Moscow *to stop bombing* hospitals", "*Stop detaining* migrants!" (the act is told as
  going on; "the army stopped shelling the town" and "refused to stop" keep the stop's negation).

* ``caused_in_purpose`` (read by ``status.event_status``, session 19): what a purpose clause would make someone do is
  not done: "ramped up sanctions *to make* the country *give up* its weapons", "*to force* Baghdad *to withdraw*"
  (a cause told as done stays: "the sanctions *made* the country *give up* its weapons").

* ``owed_noun_clause`` (read by ``status.event_status``, session 26, round 40): the to-clause of a noun of asking,
  obligation, licence or readiness is what is asked, owed or allowed, not done, also when the parse hangs it on the
  verb or on a name before it: "must honour their *duty to protect* refugees", "spurned a *plea* from the governor *to lay
  down* their guns", "gave the police the *power to detain* suspects" (a right used is left to the
  act: "*used* its veto *power to block* the draft").

* ``asked_for_clause`` (read by ``status.event_status``, session 26, round 40): the to-clause after a for-phrase of a
  verb of asking, waiting or hoping is what is asked or waited for: "Kenya is *pushing for* Uganda *to withdraw* its
  troops", "families were *waiting for* the army *to release* the bodies" (the parse hangs the clause on the verb,
  the for-phrase as its oblique).

  Session 29, round 52: also after the for-phrase of a noun of pressure or asking, or of a verb whose subject is one
  (``PRESSING_NOUNS``), the for-phrase right before the to-clause: "*pressure is mounting for* Poland *to expel* the
  envoy", "*calls are growing for* Berlin *to send* tanks", "there is *pressure for* Serbia *to arrest* him".

* ``time_for`` (read by ``status_cues.content_status``, session 19): "it is time for X to V", "the time has come for
  X to V", "now is not the time to V": an appeal, not an act.

* ``topic_gerund`` (read by ``status.event_status``, session 35, round fp70): a gerund phrase on a noun of a topic, an
  aim or a hurdle is not told as done: "a *condition for releasing* loans", "*difficulties in obtaining* a loan",
  "a *treaty on cutting* missiles" (a plan, a proposal or a scheme is left to the plan rules).

(Tried and taken out: a nominal trigger keeping its own "possible" or "planned" when its clause is a verb above it,
"comes amid the *possible* eviction of families": PLOVER part b lost one type with it; docs/events.md, session 18.)
"""

from __future__ import annotations

from spacy.tokens import Token
from lapwing.extract.events.parse_memo import children_of


#: adjectives of likelihood whose clause is a guess ("unlikely that", "likely that", "possible that")
DOUBT_ADJ = frozenset({"unlikely", "likely", "possible", "probable", "improbable", "doubtful", "uncertain", "unclear",
                       "conceivable", "questionable"})
_WILL_OR_MODAL = frozenset({"will", "would", "could", "might", "may", "can", "shall", "'ll", "’ll", "wo", "ll"})


def doubted_clause(edge: str, child: Token, gov: Token) -> bool:
    """True when ``child``, hung on ``gov`` by ``edge``, is the clause of an adjective of likelihood (a guess)."""
    if edge == "ccomp" and gov.pos_ == "ADJ" and gov.lower_ in DOUBT_ADJ:
        return True  # "makes it unlikely that Washington will lift the sanctions"
    if edge == "ccomp" and gov.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "xcomp" and c.pos_ == "ADJ" and c.lower_ in DOUBT_ADJ and gov.i < c.i < child.i for c in children_of(gov)):
        return True  # "makes it possible that police will detain ...": the clause hung on the verb beside its adjective
    if edge in ("xcomp", "ccomp") and gov.pos_ in ("VERB", "AUX") and child.pos_ in ("VERB", "AUX"):
        # "makes it unlikely Congress will approve ...": the adjective read as the subject's modifier
        subj = next((c for c in children_of(child) if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subj is not None and any(m.dep_ == "amod" and m.lower_ in DOUBT_ADJ and m.i == subj.left_edge.i
                                    for m in children_of(subj)) and any(
                a.dep_ == "aux" and a.lower_ in _WILL_OR_MODAL for a in children_of(child)):
            return True
    return False


#: nouns whose to-clause did not happen (or is not being done)
FAILURE_NOUNS = frozenset({"failure", "refusal", "reluctance", "unwillingness", "inability", "hesitance", "hesitancy",
                           "hesitation", "neglect", "omission"})


def failed_clause(edge: str, child: Token, gov: Token) -> bool:
    """True when ``child`` is the to-clause of a noun of failure or refusal ("failure to sell", "refusal to go")."""
    return edge in ("acl", "xcomp") and gov.pos_ == "NOUN" and gov.lemma_.lower() in FAILURE_NOUNS and any(
        c.dep_ == "mark" and c.lower_ == "to" for c in children_of(child))


#: verbs of stopping whose gerund did not happen (any more): "stopped shelling the town"
_STOP_VERBS = frozenset({"stop", "cease", "quit", "halt", "end"})
#: the auxiliaries and governors of an obligation or an appeal to stop: "must stop", "has to stop", "urged X to stop"
_OBLIGING_AUX = frozenset({"must", "should", "ought", "shall"})
_OBLIGING_GOVERNORS = frozenset({"need", "have", "urge", "call", "ask", "press", "demand", "tell", "order", "appeal",
                                 "implore", "pressure", "push", "warn", "beg", "encourage", "want", "force", "compel"})


def ongoing_stop(edge: str, child: Token, gov: Token) -> bool:
    """``child`` is the gerund of a stopping verb ``gov`` that someone must, or is told to, do: the act goes on (it is
    not negated, nor made hypothetical by the obligation above it)."""
    if edge != "xcomp" or child.tag_ != "VBG" or gov.lemma_.lower() not in _STOP_VERBS or gov.tag_ != "VB":
        return False
    top = gov.head if gov.dep_ == "conj" and gov.head.lemma_.lower() in _STOP_VERBS else gov
    if any(c.dep_ == "aux" and c.lower_ in _OBLIGING_AUX for c in children_of(top)):
        return True  # "must stop killing", "must stop the transfers and *stop detaining* migrants"
    gov = top
    if gov.dep_ == "xcomp" and gov.head.lemma_.lower() in _OBLIGING_GOVERNORS:
        return True  # "has to stop", "urged Russia to stop bombing"
    # an order: "Stop detaining migrants!" (a subjectless bare verb at the head of its sentence)
    return gov.dep_ == "ROOT" and gov.i == gov.sent.start and not any(c.dep_.startswith("nsubj") for c in children_of(gov))


_CAUSERS = frozenset({"make", "force", "get", "let", "cause", "compel", "push", "pressure", "pressurize", "pressurise",
                      "prompt", "persuade", "convince", "induce", "oblige", "drive"})


def caused_in_purpose(edge: str, child: Token, gov: Token) -> bool:
    """``child`` is what the causer ``gov`` of a to-clause ("to make X give up", "was imposed to force X to expel")
    would have someone do."""
    return edge == "xcomp" and gov.lemma_.lower() in _CAUSERS and gov.dep_ in ("advcl", "xcomp", "acl") and gov.tag_ == "VB" \
        and any(c.dep_ == "mark" and c.lower_ == "to" for c in children_of(gov))


#: verbs whose object's to-clause tells what the cause brought about, once the causing is told as done ("prompting
#: his supporters *to block* roads", "forced thousands *to flee*"), unlike a verb of asking ("urged X to block")
_RESULT_CAUSERS = frozenset({"prompt", "force", "compel", "drive", "lead", "cause", "spur", "oblige"})
#: efforts a causing verb can lead or drive, whose to-clause is their aim ("led the push to remove ...")
_EFFORT_NOUNS = frozenset({"push", "campaign", "effort", "drive", "bid", "charge", "fight", "movement", "attempt",
                           "struggle", "initiative", "move", "crusade"})


def caused_result(noun: Token) -> bool:
    """``noun`` is the object of a causing verb told as done, its to-clause (read by the parse as the noun's own
    ``acl``) what the cause brought about: "arrested the leader, *prompting his supporters* to block roads", "the
    shelling *drove thousands* to flee" (session 39, round st79). Not a purpose or a plan ("to force Iran to ...",
    "will force them to ...": the causing itself is not done) nor a modal or negated causing."""
    v = noun.head
    if noun.dep_ not in ("obj", "dobj") or v.i == noun.i or v.lemma_.lower() not in _RESULT_CAUSERS:
        return False
    if noun.lemma_.lower() in _EFFORT_NOUNS or noun.lemma_.lower() in OWED_NOUNS:
        return False  # "led *the push* to remove the governor": an effort led, its aim not done
    if v.tag_ not in ("VBD", "VBN", "VBG"):
        return False
    return not any(c.dep_ in ("aux", "aux:pass", "mark", "advmod") and c.lower_ in (
        "to", "will", "would", "could", "might", "may", "must", "should", "not", "never", "n't", "'ll") for c in children_of(v))


_TIME_NOUNS = frozenset({"time", "moment"})


def time_for(edge: str, child: Token, gov: Token) -> bool:
    """``child`` is the to-clause of "time" ("it is time for the EU to impose sanctions", "the time has come for
    Washington to recognize ..."): what it is time to do is asked for, not done."""
    if edge not in ("acl", "advcl") or not any(c.dep_ == "mark" and c.lower_ == "to" for c in children_of(child)):
        return False
    if gov.pos_ == "NOUN" and gov.lemma_.lower() in _TIME_NOUNS:
        return True
    return gov.lemma_.lower() in ("come", "arrive") and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _TIME_NOUNS for c in children_of(gov))


#: nouns whose to-clause is only asked, offered, owed, allowed or within reach, not done ("a plea to disarm", "their
#: duty to protect refugees", "the power to detain", "put pressure on the bank to approve loans": session 28 round 48);
#: not "chance" or "opportunity" ("took the chance to flee": done)
OWED_NOUNS = frozenset({"call", "appeal", "plea", "request", "demand", "invitation", "petition", "proposal", "offer",
                        "ultimatum", "order", "instruction", "plan", "pledge", "promise", "threat", "vow", "bid",
                        "responsibility", "duty", "obligation", "mandate", "authority", "power", "permission",
                        "approval", "authorization", "authorisation", "licence", "license", "right", "ability",
                        "capacity", "readiness", "willingness", "commitment", "determination", "resolve", "wish",
                        "desire", "intention", "pressure"}) | frozenset(AGREEMENT_NOUNS_DOUBT := {
    # (round fp63) what an agreement is for is agreed, not done: "signed a deal with the Taliban in Doha *to pull* its
    # troops", "negotiated a deal with Hanoi *to release* prisoners"
    "deal", "agreement", "pact", "accord", "treaty", "memorandum"}) | frozenset({
    # (round fp66) what a paper is written for is its aim, not an act: "prepared a policy brief for the government *to
    # fight* malaria", "drafted a report for parliament *to support* ..."
    "brief", "memo", "draft", "study", "report", "paper", "dossier", "blueprint", "roadmap", "strategy"})
#: verbs that put a right or power to use: its purpose clause is an act told as done ("used its power to block")
_USING_VERBS = frozenset({"use", "exercise", "employ", "wield", "invoke", "seize", "take", "abuse"})
#: words that may stand between the noun and its to-clause: who asks or owes it ("an appeal *from the president* to")
_NOUN_PHRASE_POS = frozenset({"NOUN", "PROPN", "DET", "ADJ", "ADP", "NUM", "PRON", "CCONJ", "PART"})


def owed_noun_clause(child: Token) -> bool:
    """``child`` is a to-clause whose nearest noun to the left, within one noun phrase, is a noun of asking, obligation,
    licence or readiness (``OWED_NOUNS``) that a verb other than a using verb governs: the clause belongs to the noun,
    whatever word the parse hung it on."""
    if child.tag_ != "VB" or child.i < 2 or child.doc[child.i - 1].lower_ != "to":
        return False
    if any(c.dep_ in ("nsubj", "nsubj:pass") for c in children_of(child)):
        return False  # ("urged the army's commander, *who is due to* ...": a clause with a subject of its own)
    doc, start = child.doc, child.i - 2
    for j in range(start, max(child.sent.start, start - 8) - 1, -1):
        w = doc[j]
        if w.pos_ not in _NOUN_PHRASE_POS or w.lower_ in ("that", "which", "who"):
            return False  # a verb, a comma or a relative word: the to-clause is not the noun's
        if w.pos_ == "NOUN" and w.lemma_.lower() in OWED_NOUNS:
            head = w.head
            return w.dep_ in ("obj", "dobj", "iobj") and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() not in _USING_VERBS
    return False


#: verbs whose for-phrase names who is asked (or awaited) to do what the to-clause says: "pushing *for* Uganda *to
#: withdraw*", "waiting *for* the army *to release*" (not "took three days *for* the army *to retake* the town")
ASKING_FOR_VERBS = frozenset({"call", "press", "push", "lobby", "appeal", "plead", "ask", "beg", "campaign", "clamour",
                              "clamor", "agitate", "petition", "wait", "hope", "pray", "long", "yearn"})


#: nouns of pressure or asking whose growth (or mere being) is told with a for-phrase naming who is pressed: "*pressure*
#: is mounting for Poland to expel the envoy", "*calls* are growing for Berlin to send tanks", "there is *pressure* for
#: Serbia to arrest him" (session 29, round 52)
PRESSING_NOUNS = frozenset({"pressure", "call", "demand", "appeal", "plea", "clamour", "clamor", "push", "campaign",
                            "pressures", "urging", "lobbying", "outcry", "momentum", "impetus"})


def _pressing(gov: Token) -> bool:
    """``gov`` is a noun of ``PRESSING_NOUNS``, or a verb whose subject is one ("Pressure *is mounting*")."""
    if gov.pos_ in ("NOUN", "PROPN"):
        return gov.lemma_.lower() in PRESSING_NOUNS
    return any(c.dep_ in ("nsubj", "nsubj:pass") and c.lemma_.lower() in PRESSING_NOUNS for c in children_of(gov))


def asked_for_clause(edge: str, child: Token, gov: Token) -> bool:
    """``child`` is a to-clause hung on a verb of asking, waiting or hoping ``gov`` after a for-phrase of that verb
    (or with a subject of its own brought by "for"): what is asked or waited for, not done. Also after a for-phrase
    of a noun of pressure or of a verb whose subject is one (``PRESSING_NOUNS``: "pressure is mounting for Poland to
    expel ...", "there is pressure for X to ..."): what someone is pressed to do."""
    pressing = _pressing(gov)
    if edge not in ("advcl", "xcomp", "ccomp") + (("acl",) if pressing else ()) or child.tag_ != "VB" \
            or gov.pos_ not in (("VERB", "AUX", "NOUN") if pressing else ("VERB", "AUX")):
        return False
    if child.i < 1 or child.doc[child.i - 1].lower_ != "to" or not (gov.lemma_.lower() in ASKING_FOR_VERBS or pressing):
        return False
    if any(c.dep_ in ("obl", "nmod", "obj", "dobj") and gov.i < c.i < child.i
           and any(k.dep_ == "case" and k.lower_ == "for" for k in children_of(c))
           and (not pressing or c.right_edge.i == child.i - 2) for c in children_of(gov)):
        return True  # "pushing [for Uganda] [to withdraw]"; "pressure mounted [for Poland] [to expel]" (right before)
    return any(c.dep_ in ("nsubj", "nsubj:pass") and gov.i < c.i < child.i and (c.left_edge.lower_ == "for" or (
        c.left_edge.i > 0 and child.doc[c.left_edge.i - 1].lower_ == "for")) for c in children_of(child))


# -- session 33, round fp63 (issue 10: precision on unseen news) -------------------------------------------------

#: verbs of taking someone on for a deed: its to-clause is the deed assigned, not a deed done ("*hired* a gunman *to
#: kill* the judge", "*recruited* teenagers *to attack* police posts", "*was paid to bomb* the pipeline"); not
#: "send" ("sent experts to investigate" tells the investigation) nor "use"/"employ" (a means used: status_words.py)
HIRING_VERBS = frozenset({"hire", "recruit", "pay", "bribe", "enlist", "commission", "contract", "train"})
#: what is paid rather than hired: "paid a ransom to free the hostages" (the purpose of a payment made)
_PAID_THINGS = frozenset({"ransom", "money", "fee", "sum", "bribe", "price", "compensation", "cash", "dollar", "fine",
                          "amount", "bail", "salary", "wage", "tribute", "million", "billion"})


def hired_for(edge: str, child: Token, gov: Token) -> bool:
    """``child`` is the to-clause (no subject of its own) of a verb of hiring ``gov`` whose object, or passive
    subject, is the one hired: what he was hired for ("hired a hitman to kill the activist", "he was hired to kill
    the reporter"); a payment's purpose is left alone ("paid a ransom to free them")."""
    if edge not in ("xcomp", "advcl") or gov.lemma_.lower() not in HIRING_VERBS or gov.pos_ != "VERB" or child.tag_ != "VB":
        return False
    kids = children_of(child)
    if not any(c.dep_ == "mark" and c.lower_ == "to" for c in kids) or any(c.dep_ in ("nsubj", "nsubj:pass") for c in kids):
        return False
    hired = [c for c in children_of(gov) if c.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass") and c.i < child.i]
    return any(h.lemma_.lower() not in _PAID_THINGS and h.ent_type_ != "MONEY" and not h.like_num for h in hired)


#: adverbs that stop an act short of being done: "was *almost* killed", "*nearly* seized the airport"
SHORT_OF_ADVERBS = frozenset({"almost", "nearly"})


def fell_short(anchor: Token, akids: list[Token]) -> bool:
    """The verb ``anchor`` has "almost" or "nearly" before it, on the verb group itself: the act came close and was
    not done ("the envoy was almost killed", "rebels nearly seized the airport"); not the word of a number or of an
    adverb ("killed nearly 100 people", "nearly 40 were killed", "almost completely destroyed")."""
    if anchor.pos_ not in ("VERB", "AUX"):
        return False
    doc = anchor.doc
    return any(c.dep_ == "advmod" and c.lower_ in SHORT_OF_ADVERBS and c.i < anchor.i
               and all(doc[j].pos_ in ("AUX", "PART") or doc[j].lower_ in ("not", "n't", "been", "be")
                       for j in range(c.i + 1, anchor.i)) for c in akids)


def agreed_in_relative(edge: str, child: Token, gov: Token) -> bool:
    """``child`` is a to-clause (no subject of its own) hung on the verb of a relative clause on an agreement noun:
    "the pact the United States negotiated with the insurgents *to pull* its troops" (what the pact is for)."""
    return edge in ("advcl", "xcomp") and child.tag_ == "VB" and child.i > gov.i and gov.dep_ in ("relcl", "acl:relcl") \
        and gov.head.lemma_.lower() in AGREEMENT_NOUNS_DOUBT and gov.head.pos_ == "NOUN" \
        and any(c.dep_ == "mark" and c.lower_ == "to" for c in children_of(child)) \
        and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in children_of(child))


#: modals of a guess on a copula: "X *might be* the group that ..."
_GUESSED_COPULA_AUX = frozenset({"could", "might", "may"})
#: auxiliaries of an act told ahead in the relative clause ("who *will* be sent back")
_TOLD_AHEAD_AUX = frozenset({"will", "shall", "'ll", "’ll", "wo", "would"})


def guessed_identity(anchor: Token) -> bool:
    """``anchor`` heads a relative clause on the predicate noun of a copula with a modal of a guess: "these men *might
    be* the group that *will be deported*", "they could be the people who will be sent back" (round fp66): an act
    the clause tells ahead of the noun is as much a guess as the identity itself; a past act it tells is not."""
    if anchor.dep_ not in ("acl:relcl", "relcl") or anchor.head.pos_ not in ("NOUN", "PRON", "PROPN"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _TOLD_AHEAD_AUX for c in children_of(anchor)):
        return False  # a past act told of the guessed one is presupposed: "may be the fighters who *attacked* the convoy"
    kids = children_of(anchor.head)
    return any(c.dep_ == "cop" for c in kids) and any(
        c.dep_ == "aux" and c.lower_ in _GUESSED_COPULA_AUX for c in kids)


#: nouns whose gerund phrase ("a condition *for releasing* loans", "difficulties *in obtaining* a loan", "a treaty *on
#: reducing* missiles") names a topic, an aim or a hurdle, not an act told as done (session 35, round fp70); not a plan,
#: a proposal or a scheme, whose act is planned, read by the plan rules ("proposed a plan for rearming Europe": an intent)
TOPIC_NOUNS = frozenset({
    "condition", "precondition", "prerequisite", "requirement", "criterion", "criteria", "term", "rule", "guideline",
    "idea", "option", "possibility", "prospect", "chance", "hope", "difficulty",
    "problem", "obstacle", "hurdle", "way", "means", "method", "basis", "framework", "mechanism", "procedure", "cost",
    "risk", "question", "issue", "debate", "case", "argument", "approach", "treaty", "accord", "agreement", "pact",
    "deal", "talks", "negotiation", "discussion", "study", "law", "bill", "legislation", "objection", "interest"})
_TOPIC_MARKS = frozenset({"for", "on", "in", "of", "about", "over", "toward", "towards"})


def topic_gerund(edge: str, child: Token, gov: Token) -> bool:
    """``child`` is a gerund phrase hung on a noun of ``TOPIC_NOUNS`` by for / on / in / of / about ("set a *condition
    for releasing* new loans", "is having *difficulties in obtaining* a loan", "talks on a *treaty on reducing*
    missiles"): the noun's topic or aim, not an act told as done."""
    if edge != "acl" or child.tag_ != "VBG" or gov.pos_ != "NOUN" or gov.lemma_.lower() not in TOPIC_NOUNS:
        return False
    return any(c.dep_ in ("mark", "case") and c.lower_ in _TOPIC_MARKS for c in children_of(child))

