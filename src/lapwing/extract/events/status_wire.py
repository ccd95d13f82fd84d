"""Status cues read from unlabelled wire news (session 16, issue 10: precision), used by ``status.event_status``.

Each cue was found by judging the coder's output on a seeded sample of Reuters-21578 and VOA stories
(docs/events.md, session 16) and is written for the construction, not for a sentence:

* ``scheduled``: "X *is due to* visit Y", "talks *are slated to* open", "*was set to* sign", "*is to* meet": a
  timetable, not an act (future), whatever the parse made of "due" (a root adjective, a mark, an advcl head); "*has
  yet to* respond" is not done (negated);
* ``condition_gerund``: "the sale is *subject to* the governments *signing* an accord", "conditional on X releasing":
  a condition, not done (hypothetical);
* ``future_time``: a verb not in a past tense with a time still to come ("a team *going* to Washington *next week*",
  "he *goes* to Canada *later this week*"): future;
* ``guessed``: an adverb of a guess on the verb ("officials *probably* intend to ...", "*perhaps* shelled"):
  supposed, not reported (hypothetical);
* ``asked_frame``: "*Asked if* the talks had failed, the minister said ...": the sentence-initial participle of a
  question put to the speaker; the parse makes "Asked" the root and the answer its complement, so the answer read
  as something asked for (hypothetical). The answer is the sentence's main clause;
* ``permitted``: what a law, a decree or a body authorizes, allows or empowers someone to do is not done by that
  ("a law that *authorizes* firing on foreign vessels", "the decree *allows* police to detain suspects");
* ``correlative``: "*the more* X bullies Y, *the more* support Y gets": a comparative correlative states a general
  tendency, not an act;
* ``excluded_conjunct``: a subject set apart by "not" ("X, *but not* Y, will attend", "X *and not* Y signed"), or
  one that names no one ("*none of* the members has asked", "*few* politicians were prepared to"): not done;
* ``denying_modifier``: "the minister *dismissed* reports that ..." parsed with the denying verb as the claim noun's
  participle modifier: the claim is still denied;
* ``no_plan``: "has *no plans* to withdraw", "*no intention* of rescheduling": not going to happen (negated);
* ``future_when``: a when/after/once clause in the present tense under a clause about the future ("the ceasefire
  will take effect *when* both sides *sign* the accord"; "said the appointment becomes effective *when* they
  *sign*"): the signing has not happened.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.attrs import LOWER, TAG
from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import sentence_of
from lapwing.extract.events.parse_memo import _FROZEN, children_of
from lapwing.extract.events.status_means import conditional_main
from lapwing.extract.events.status_words import NT_FORMS
from lapwing.extract.events.token_index import _columns
from lapwing.extract.events.syntax import verb_bases
from lapwing.extract.events.word_positions import positions_of

_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "'re", "’s", "’re", "am"})
#: words of a timetable between "be" and "to V": "is *due* to", "are *slated* to", "was *set* to", "is *about* to"
TIMETABLE = frozenset({"due", "slated", "scheduled", "set", "poised", "about", "timetabled"})
_ADVS = frozenset({"also", "now", "still", "already", "originally", "initially", "then", "not", "expected"}) | NT_FORMS


def scheduled(anchor: Token) -> str | None:
    """The anchor verb is the "to V" of "be due / slated / set / scheduled / poised / about to V" or of "is to V"
    ("De Zeeuw *is to meet* the committee tomorrow"): "future"; of "has / is yet to V": "negated". Read off the words
    before its "to" (the parse hangs "due" in several ways)."""
    if anchor.tag_ != "VB":
        return None
    doc = anchor.doc
    to = next((c for c in children_of(anchor) if c.dep_ == "mark" and c.lower_ == "to" and c.i < anchor.i), None)
    if to is None and anchor.i > 0 and doc[anchor.i - 1].lower_ == "to":
        to = doc[anchor.i - 1]  # ("is *due to* travel" read as a fixed "due to", its "to" no mark of the verb)
    if to is None or to.i < 2:
        return None
    j = to.i - 1
    if doc[j].lower_ == "yet" and doc[j - 1].lower_ in _BE | {"has", "have", "had"}:
        return "negated"  # "Tehran has yet to respond"
    if doc[j].lower_ in _BE and doc[j].pos_ in ("AUX", "VERB"):
        subj = next((c for c in (*children_of(anchor), *children_of(doc[j].head))
                     if c.dep_ in ("nsubj", "nsubj:pass", "nsubj:outer")), None)
        if subj is not None and subj.lemma_.lower() not in PURPOSE_NOUNS and subj.tag_ not in ("WP", "WDT"):
            return "future"  # "the minister is to visit Cairo" (not "what we want is to", "his mission was to brief")
        return None
    if doc[j].lower_ not in TIMETABLE:
        return None
    j -= 1
    while j >= 0 and doc[j].lower_ in _ADVS:
        j -= 1
    return "future" if j >= 0 and doc[j].lower_ in _BE else None


#: subjects of "be to V" that name a purpose, not a timetable ("his *mission* was to brief Shultz")
PURPOSE_NOUNS = frozenset({"mission", "aim", "goal", "purpose", "task", "job", "idea", "plan", "objective", "intention",
                           "priority", "role", "duty", "point", "way", "solution", "answer", "option", "strategy",
                           "policy", "reason", "step", "move", "effort", "challenge", "thing", "what", "problem",
                           "intent", "target", "hope", "wish", "desire", "ambition", "agenda", "approach", "idea"})


#: adjectives of a condition whose to / on phrase names what must happen first ("subject to X signing")
CONDITION_WORDS = frozenset({"subject", "conditional", "contingent", "dependent", "conditioned", "pending"})
_FUTURE_TIME_NOUNS = frozenset({"week", "month", "year", "weekend", "monday", "tuesday", "wednesday", "thursday",
                                "friday", "saturday", "sunday", "spring", "summer", "autumn", "winter", "session"})


def condition_gerund(anchor: Token) -> bool:
    """"the sale is *subject to* the two governments *signing* an agreement", "conditional on Kenya signing the
    accord", "*pending* the court approving it": a gerund that is a condition, not yet done. Read off the few words
    before the gerund (its subject between), as the parse hangs the gerund in several ways."""
    if anchor.tag_ != "VBG":
        return False
    doc, lo = anchor.doc, max(anchor.sent.start, anchor.i - 7)
    for j in range(anchor.i - 1, lo - 1, -1):
        t = doc[j]
        if t.lower_ == "pending":
            return True
        if t.lower_ in ("to", "on", "upon") and j > 0 and doc[j - 1].lower_ in CONDITION_WORDS:
            return True
        if t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":"):
            return False
    return False


def future_time(anchor: Token) -> bool:
    """A verb not in a past tense with a time still to come: "a team *going* to Washington *next week*", "he *goes*
    to Canada *later this week*", "*tomorrow*" ("the next day" tells a story's past, so days are left out)."""
    if anchor.tag_ not in ("VB", "VBP", "VBZ", "VBG") or anchor.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("aux", "aux:pass") and (c.tag_ in ("VBD", "VBN") or c.lower_ in ("has", "have")) for c in children_of(anchor)):
        return False  # "had been going to Washington next week", "has left"
    for c in children_of(anchor):
        if not c.dep_.startswith(("obl", "advmod", "nmod", "npadvmod")):
            continue
        low = c.lower_
        if low == "tomorrow":
            return True
        if c.lemma_.lower() in _FUTURE_TIME_NOUNS and any(
                m.lower_ in ("next", "coming") or (m.lower_ == "this" and any(x.lower_ == "later" for x in c.subtree))
                for m in children_of(c)):
            return True
    return False


_QUESTION_MARKS = frozenset({"if", "whether", "about", "what", "why", "how", "when", "who"})


def asked_frame(edge: str, child: Token, gov: Token) -> bool:
    """``gov`` is a sentence-initial, subjectless "Asked (if / whether / about ...)" ("When asked ...") and ``child``
    the clause the parse hung on it that has a subject of its own and no question word: the answer, the main clause
    of the sentence, not what was asked."""
    if edge not in ("ccomp", "parataxis", "conj", "xcomp") or gov.lemma_.lower() != "ask" or gov.tag_ not in ("VBN", "VBD"):
        return False
    start = gov.sent.start
    if gov.i != start and not (gov.i == start + 1 and gov.doc[start].lower_ == "when"):
        return False
    if any(c.dep_ in ("nsubj", "nsubj:pass", "obj", "iobj") and c.i < gov.i for c in children_of(gov)):
        return False
    subj = next((c for c in children_of(child) if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is None or subj.i < gov.i:
        return False
    if any(c.dep_ == "mark" and c.lower_ in _QUESTION_MARKS for c in children_of(child)):
        return False  # the question itself: "asked *whether* troops would withdraw"
    # the answer's subject comes after the comma that closes the question
    return any(t.text == "," for t in gov.doc[gov.i + 1:subj.left_edge.i])


#: verbs that authorize an act: what they allow is not done by them
PERMIT_VERBS = frozenset({"authorize", "authorise", "allow", "permit", "empower", "entitle", "license", "licence",
                          "enable"})


#: nouns of a permission given: "gave *approval* for the UN to deliver aid", "granted *permission* to land"
PERMISSION_NOUNS = frozenset({"approval", "permission", "go-ahead", "authorization", "authorisation", "clearance",
                              "mandate", "consent", "licence", "license", "leave"})


def _permission(t: Token) -> bool:
    """A noun of permission: "approval", "permission", "the *green light*"."""
    low = t.lemma_.lower()
    return low in PERMISSION_NOUNS or (low == "light" and any(c.lower_ == "green" for c in children_of(t)))


def permitted(edge: str, child: Token, gov: Token) -> bool:
    """``child`` is what ``gov`` (authorize, allow, permit, empower) permits: its to-clause ("allows police *to
    detain*"), or its gerund object ("authorizes *firing* on foreign vessels"); or the to-clause of a permission
    given ("gave *approval* for the UN *to deliver* aid", the clause hung on the noun, on its for-phrase or on the
    verb)."""
    to = any(c.dep_ == "mark" and c.lower_ == "to" for c in children_of(child))
    if to and edge in ("acl", "advcl", "xcomp"):
        for g in (gov, gov.head):
            if _permission(g) or any(c.dep_ in ("obj", "dobj") and _permission(c) and c.i < child.i for c in children_of(g)):
                return True
    if not verb_bases(gov) & PERMIT_VERBS:
        return False
    if edge in ("xcomp", "ccomp", "advcl") and to:
        return True
    return edge in ("obj", "dobj", "xcomp") and child.tag_ == "VBG"


_COMPARATIVE = frozenset({"JJR", "RBR"})
_MORE = ("more", "less", "fewer")


def _comparative_thes(doc: Doc) -> list[int] | None:
    """For the coder's frozen document: the positions of every "the" followed by a comparative (``correlative``'s
    test of a token), in order, worked out once (``word_positions``); None for any other document."""
    thes = positions_of(doc, "the")
    if thes is None:
        return None
    memo = _FROZEN[1]
    got = memo.get(_comparative_thes)
    if got is None:
        # (the next token's tag and form read from the coder's attribute array as string hashes: no Token made)
        nxt = [k + 1 for k in thes if k + 1 < len(doc)]
        got = []
        if nxt:
            strings = doc.vocab.strings
            tags, lows = _comparative_hashes(strings)
            got = [k - 1 for k, (tag, low) in zip(nxt, _columns(doc, [TAG, LOWER])[nxt].tolist())
                   if tag in tags or low in lows]
        memo[_comparative_thes] = got
    return got


def _comparative_hashes(strings) -> tuple[frozenset[int], frozenset[int]]:
    """The string hashes of ``_COMPARATIVE``'s tags and of ``_MORE``'s words."""
    return frozenset(strings[w] for w in _COMPARATIVE), frozenset(strings[w] for w in _MORE)


def correlative(anchor: Token) -> bool:
    """The anchor's sentence is a comparative correlative ("the more X V-s, the more Y ...", "the longer the talks
    drag on, the harder ..."): two "the" + comparative pairs, the first at the start of the sentence."""
    doc = anchor.doc
    thes = _comparative_thes(doc)
    if thes is None:
        sent = anchor.sent
        start = sent.start
        pairs = [t.i for t in sent[:-1] if t.lower_ == "the" and (t.nbor().tag_ in _COMPARATIVE
                                                                  or t.nbor().lower_ in _MORE)]
    else:  # (the coder's frozen document: its pairs found once, the sentence's cut out of them)
        start, end = sentence_of(doc, anchor.i)
        pairs = thes[bisect_left(thes, start):bisect_left(thes, end - 1)]
    if len(pairs) < 2:
        return False
    first = pairs[0] - start
    if first == 0:
        return True
    before = anchor.doc[pairs[0] - 1]  # "..., the more", "but the more", "analysts say the more"
    return before.lower_ in ("that", ",", "but", "and", ":") or (before.pos_ in ("VERB", "AUX") and first <= 6)


_WHEN_MARKS = frozenset({"when", "once", "after", "whenever"})
_REPORT = frozenset({"say", "tell", "announce", "state", "add", "report", "indicate"})


def future_when(edge: str, child: Token, gov: Token) -> bool:
    """``child`` is a present-tense when / once / after clause of ``gov``, and ``gov`` speaks of the future: a
    "will" or a modal, or a present tense in what someone said ("said the appointment *becomes* effective when
    ...")."""
    if edge != "advcl" or not any(c.dep_ in ("mark", "advmod") and c.lower_ in _WHEN_MARKS and c.i < child.i
                                  for c in children_of(child)):
        return False
    kids = [c for c in children_of(child) if c.dep_ in ("aux", "aux:pass")]
    # (a present plural the tagger read as a base form: "when both sides *sign*"; a present passive: "is signed")
    bare = child.tag_ == "VB" and not kids and not any(c.lower_ == "to" for c in children_of(child))
    passive = child.tag_ == "VBN" and any(a.tag_ in ("VBP", "VBZ") and a.lower_ not in ("has", "have") for a in kids)
    if child.tag_ not in ("VBP", "VBZ") and not bare and not passive:
        return False
    gaux = {c.lower_ for c in children_of(gov) if c.dep_ in ("aux", "aux:pass")}
    if gaux & {"will", "shall", "'ll", "’ll", "would", "could", "may", "might", "can", "should", "must"}:
        return True
    present = gov.tag_ in ("VBP", "VBZ") or any(c.dep_ == "cop" and c.tag_ in ("VBP", "VBZ") for c in children_of(gov))
    return present and gov.dep_ == "ccomp" and gov.head.tag_ == "VBD" and bool(verb_bases(gov.head) & _REPORT)


#: words after "not" that add a party rather than set one apart ("and *not only* the European Community")
_ADDITIVE = frozenset({"only", "just", "merely", "simply"})


def excluded_conjunct(tok: Token | None) -> bool:
    """``tok`` (an event's source) is a conjunct set apart by "not": "Tanaka, *but not* Mori, is due to attend",
    "Egypt *and not* Jordan signed the accord" (a "not" on the token or right before it, after "but" or "and")."""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    doc = tok.doc
    if any((c.lower_ == "not" or c.lower_ in NT_FORMS) and c.dep_ in ("advmod", "neg") and c.i < tok.i
           and doc[c.i + 1].lower_ not in _ADDITIVE for c in children_of(tok)):  # ("and *not only* the EU": one more)
        return True
    first = tok.left_edge.i
    if first >= 2 and doc[first - 1].lower_ == "not" and doc[first - 2].lower_ in ("but", "and", ","):
        return True
    return negative_quantifier(tok)


#: words of a subject that names no one: "*none* of the members has asked", "*no* country recognised"
_NONE_WORDS = frozenset({"none", "nobody", "neither", "noone", "no-one"})


def negative_quantifier(tok: Token) -> bool:
    """The source is "none (of ...)", "nobody", "neither", "no X", or "few X" (not "a few X"): no one did it."""
    if tok.lower_ in _NONE_WORDS or (tok.lower_ == "one" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "no"):
        return True
    if tok.doc[tok.left_edge.i].lower_ == "neither" or (tok.dep_ == "conj" and any(
            c.dep_ == "cc" and c.lower_ == "nor" for c in children_of(tok))):
        return True  # "*neither* Russia *nor* its allies attacked"
    for c in children_of(tok):
        if c.dep_ in ("det", "amod", "advmod", "nummod") and c.i < tok.i and (
                c.lower_ in ("no", "neither") or (c.lower_ == "few" and not (c.i > 0 and tok.doc[c.i - 1].lower_ == "a"))):
            return True
    return False


#: adverbs of a guess: "Chinese officials *probably* intend to ...", "the army *possibly* shelled the town"; "likely"
#: read as an adverb too ("Russia *will likely* attack the port", "cooperation *will likely* develop": round fp63)
GUESS_ADVERBS = frozenset({"probably", "possibly", "perhaps", "maybe", "conceivably", "presumably", "likely"})


def guessed(anchor: Token) -> bool:
    """The anchor verb carries an adverb of a guess: the act is supposed, not reported ("officials *probably*
    intend to use the law", "the missile *possibly* came from the north")."""
    return anchor.pos_ in ("VERB", "AUX") and any(c.dep_ == "advmod" and c.lower_ in GUESS_ADVERBS
                                                  for c in children_of(anchor))


def anchor_cue(anchor: Token) -> tuple[str, str] | None:
    """The status one of this module's cues gives the anchor itself, and the cue: ("future", "due to"),
    ("negated", "yet to"), ("hypothetical", "the more" / "subject to" / "would ... if"), ("future", "next week"), or
    None."""
    sch = scheduled(anchor)
    if sch is not None:
        return sch, ("yet to" if sch == "negated" else "due to")
    if correlative(anchor):
        return "hypothetical", "the more"
    if condition_gerund(anchor):
        return "hypothetical", "subject to"
    if guessed(anchor):
        return "hypothetical", "probably"
    if conditional_main(anchor):
        return "hypothetical", "would ... if"  # (status_means.py)
    if future_time(anchor):
        return "future", "next week"
    return None


#: objects that name nothing: "said *nothing*", "arrested *nobody*"
_NOTHING_WORDS = frozenset({"nothing", "nobody", "none", "noone", "no-one"})
#: words after "no" that make it a bound, not a denial: "killed *no fewer than* 30 people", "*no more than*"
_BOUND_WORDS = frozenset({"fewer", "less", "more", "longer", "later", "sooner", "earlier"})


def none_object(anchor: Token) -> bool:
    """The anchor verb's object (its passive subject) is nothing or "no X": the act was not done ("the ministry *made
    no comment*", "Ghana *signed no agreement* with Togo", "*no statement was issued*", "police *arrested nobody*").
    "killed no fewer than 30 people" is a bound, and a "no" on another word ("no longer") is not the object's."""
    if anchor.pos_ not in ("VERB", "AUX"):
        return False
    doc = anchor.doc
    for c in children_of(anchor):
        if c.dep_ not in ("obj", "dobj", "nsubj:pass", "nsubjpass"):
            continue
        if c.lower_ in _NOTHING_WORDS or (c.lower_ == "one" and c.i > 0 and doc[c.i - 1].lower_ == "no"):
            return True
        if any(d.dep_ == "det" and d.lower_ == "no" and d.i < c.i and not (
                d.i + 1 < len(doc) and doc[d.i + 1].lower_ in _BOUND_WORDS) and not hyphened_no(d) for d in children_of(c)):
            return True
    return False


def hyphened_no(d: Token) -> bool:
    """A "no" that opens a hyphenated modifier ("a *no*-confidence motion", "a *no*-fly zone"): no denial (round sc73)."""
    doc = d.doc
    return d.whitespace_ == "" and d.i + 1 < len(doc) and doc[d.i + 1].text == "-"


_DENYING = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "disprove", "dispute", "discount", "debunk"})


def denying_modifier(noun: Token) -> bool:
    """A past form of a denying verb read as the claim noun's modifier, right before it ("the minister *dismissed*
    reports that ...", "police *denied* rumours that ...")."""
    return any(c.dep_ in ("amod", "acl", "compound") and c.i < noun.i and c.tag_ in ("VBD", "VBN")
               and verb_bases(c) & _DENYING for c in children_of(noun))


#: the forms of a denying verb right before the claim it denies ("*denied* reports", "*denies* claims", "*denying*
#: allegations"), read from the words, whatever the tagger made of them ("denied" as a noun's modifier)
_DENYING_FORMS = frozenset({"denied", "deny", "denies", "denying", "dismissed", "dismiss", "dismisses", "dismissing",
                            "rejected", "reject", "rejects", "rejecting", "refuted", "refute", "refutes", "refuting",
                            "rebutted", "rebuts", "disputed", "disputes", "debunked", "debunks"})
_CLAIM_WORDS = frozenset({"report", "claim", "allegation", "accusation", "rumour", "rumor", "suggestion", "assertion",
                          "speculation", "charge"})
#: what may stand between the denying verb and the claim word ("denied *media* reports", "dismissed *the* claims")
_BETWEEN_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "PRP$", "POS"})


#: prepositions of a short phrase that may stand between a claim word and its that-clause ("reports *on* social media"),
#: also the phrase of who makes the claim ("allegations *by* rights groups that ...", round 40)
_CLAIM_PREPS = frozenset({"on", "in", "from", "by"})
_PHRASE_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP$", "POS", "CD"})
#: words of the claim's phrase at most (after the preposition): "charges by *Central American clergymen* that"
_PHRASE_MAX = 4


def _claim_word(word: str) -> bool:
    return word in _CLAIM_WORDS or (word.endswith("s") and word[:-1] in _CLAIM_WORDS)


def denied_claim_clause(clause: Token) -> bool:
    """``clause`` opens with "that" right after a claim word that a denying verb takes, with at most two words of
    the claim's phrase between ("Police on Sunday *denied reports that* leaders had been detained", "*denied media
    reports that* ..."), whatever the parse made of them: "denied" as the subject's modifier and "reports" as the root
    verb, or the clause hung on the denial as a conjunct or a relative clause. The claim is denied: not done."""
    doc = clause.doc
    that = clause.left_edge
    if that.lower_ != "that" or that.i < 2:
        return False
    k = that.i - 1
    if not _claim_word(doc[k].lower_):
        # "denied reports *on social media* that ...": a short phrase of place or source on the claim word
        k = next((i for i in range(that.i - 3, max(0, that.i - 3 - _PHRASE_MAX), -1) if _claim_word(doc[i].lower_)), -1)
        if k < 1 or doc[k + 1].lower_ not in _CLAIM_PREPS \
                or any(doc[i].tag_ not in _PHRASE_TAGS for i in range(k + 2, that.i)):
            return False
    j = k - 1
    while j > 0 and k - 1 - j < 2 and doc[j].lower_ not in _DENYING_FORMS and doc[j].tag_ in _BETWEEN_TAGS:
        j -= 1
    if doc[j].lower_ not in _DENYING_FORMS:
        return False
    if doc[k].lower_ in ("charge", "charges") and _relative_that(clause, that):
        return False  # "rejected the charges *that prosecutors brought*": a relative clause, not the charge's content
    return not (j >= 1 and (doc[j - 1].lower_ in ("not", "never") or doc[j - 1].lower_ in NT_FORMS))  # ("has not denied reports that ...")


def _relative_that(clause: Token, that: Token) -> bool:
    """"that" is the object of ``clause`` and neither the clause's verb nor a verb joined to it has an object of its
    own: a relative clause on the noun before it ("the charges *that* prosecutors brought against him")."""
    if that.head.i != clause.i or that.dep_ not in ("obj", "dobj"):
        return False
    verbs = [clause] + [c for c in children_of(clause) if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    return not any(c.dep_ in ("obj", "dobj") and c.i != that.i for v in verbs for c in children_of(v))


#: nouns of a plan or a wish whose to / of clause, with "no", is not going to happen ("has *no plans* to withdraw")
PLAN_WORDS = frozenset({"plan", "intention", "intent", "desire", "wish", "interest", "aim", "idea", "proposal",
                        "decision", "inclination", "mood", "appetite", "will", "willingness", "reason", "need",
                        "obligation", "hope", "thought", "question", "chance", "prospect"})


def no_plan(edge: str, child: Token, gov: Token) -> bool:
    """``child`` is the to / of clause of a plan or a wish denied: "has *no plans* to withdraw", "*no intention* of
    rescheduling", "does not have *any* plan to attack"."""
    if edge not in ("acl", "advcl", "xcomp") or gov.pos_ not in ("NOUN", "PROPN") or gov.lemma_.lower() not in PLAN_WORDS:
        return False
    if not any(c.dep_ == "mark" and c.lower_ in ("to", "of") for c in children_of(child)):
        return False
    if any(c.dep_ in ("det", "advmod") and c.lower_ == "no" for c in children_of(gov)):
        return True
    h = gov.head
    return any(c.dep_ == "det" and c.lower_ == "any" for c in children_of(gov)) and h.i != gov.i and any(
        c.dep_ in ("advmod", "neg") and (c.lower_ in ("not", "never") or c.lower_ in NT_FORMS) for c in children_of(h))


#: nouns of a will of one's own: "has *no intention* of freeing him", "has *no plans* to lift the curfew" (not a need,
#: a chance or a reason: "there is *no need* to release them" refuses nothing)
WILL_NOUNS = frozenset({"plan", "intention", "intent", "desire", "wish", "inclination", "willingness"})


def own_plan_denied(anchor: Token) -> bool:
    """``anchor`` is the to / of clause of a plan or intention its holder says it has not: "Maduro said he *had no
    intention of freeing* Guevara", "the government *has no plans to lift* the curfew". Said of one's own act, that
    is a refusal (12x, asserted), as "will not free him" is (session 37, round sa74); "there are no plans to ..."
    (no holder) and "sees no need to ..." stay negated acts."""
    gov = anchor.head
    if gov.i == anchor.i or gov.lemma_.lower() not in WILL_NOUNS or not no_plan(anchor.dep_, anchor, gov):
        return False
    have = gov.head
    return gov.dep_ in ("obj", "dobj") and have.lemma_.lower() == "have" and any(
        c.dep_ in ("nsubj",) for c in children_of(have))
