"""Token helpers over the UD parse: subjects, objects, obliques, clauses, noun-phrase spans.

Everything here reads one token and its dependents; nothing knows about patterns, actors or codes.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.docfacts import sentence_of
from lapwing.extract.events.call_purpose import call_message
from lapwing.extract.events.clauses import to_clause_on_object
from lapwing.extract.events.parse_memo import _per_token, children_of
# word-level helpers, re-exported: the coder's modules read them from here
from lapwing.extract.events.syntax_words import (  # noqa: F401
    _MONTH_PREV, _MONTHS, _VERB_BASES, _WORDS, _YEAR, AGENTIVE_ADJ, CUSTODY_NOUNS, JUDGED_THING_VERBS, GERUND_OBJ_CONTROL, PICTURE_NOUNS, SEEN_DOING, OBJ_CONTROL, PASS_SUBJ,
    PASSIVE_WITH_OBJECT, PERSONISH, PREVENT_VERBS, PUNISHMENT_NOUNS, SUBJ, SUBJECT_CONTROL, TEMPORAL_WORDS, _is_month, _singulars, _verb_bases, _words, for_subject, lemma_of, plan_owner, verb_bases,
)
# a token's function words and the time words, re-exported likewise
from lapwing.extract.events.syntax_cases import _NAME_PARTS, _cases, _children, _particles  # noqa: F401
from lapwing.extract.events.syntax_time import _CLOCK, _DAY_HALVES, _DAY_WORDS, _ERAS, _era_year, _is_temporal  # noqa: F401


#: people named by the bodies they serve in ("the commanders *of the army, the navy and the air force*")
_OFFICE_HOLDERS = frozenset({"commander", "chief", "head", "leader", "member", "officer", "representative", "delegate"})


def _office_holders(rel: Token, h: Token) -> Token | None:
    """"the commanders of the army, the navy and the air force, *who* had assured him ...": "who" is the people
    whose bodies the of-phrase lists (the clause hangs on the list's last body); None otherwise."""
    if rel.lower_ not in ("who", "whom"):
        return None
    top = h
    while top.dep_ == "conj" and top.head.i < top.i:
        top = top.head
    owner = top.head
    if top is h or not top.dep_.startswith("nmod") or "of" not in {x.lower_ for x in children_of(top) if x.dep_ == "case"}:
        return None
    return owner if owner.pos_ == "NOUN" and lemma_of(owner) in _OFFICE_HOLDERS else None


#: verbs with no use without an object (so a conjunct of a passive verb with no subject and no object of its own, in a
#: form that is both past tense and participle, is passive too): custody and its steps
TRANSITIVE_ONLY = frozenset({"send", "remand", "lodge", "arrest", "detain", "book", "nab", "produce", "shift", "hold",
                             "parade", "bundle", "whisk", "haul", "handcuff", "interrogate", "question", "release"})

#: passives whose agent stands for their subject: "a commission *led by* the ministry"
_LED_BY = frozenset({"lead", "head", "chair", "run", "command", "direct", "control", "operate", "back", "fund", "sponsor"})


@_per_token
def _is_passive(t: Token, _depth: int = 0) -> bool:
    kids = children_of(t)  # (each child's Token made once)
    if any(c.dep_ in PASS_SUBJ or c.dep_ == "aux:pass" for c in kids):
        return True
    if t.dep_ == "conj" and (t.tag_ == "VBN" or (t.tag_ == "VBD" and lemma_of(t) in TRANSITIVE_ONLY)) and _depth < 3 \
            and t.head.i < t.i and not any(c.dep_ in SUBJ or c.dep_ in ("aux", "cop") for c in kids) \
            and not _active_kids(t, kids):
        # "was shot and *killed* by police"; also a past form the tagger read as a past tense, of a verb that has no
        # use without an object: "were produced before a magistrate and *sent* to judicial custody"
        return _is_passive(t.head, _depth + 1)
    # a reduced relative with its agent: "five civilians *killed by militants*"; not a perfect with its own subject
    # ("reporters that *she had spoken by telephone* with ...": "by telephone" is a means, "she" the doer)
    return t.tag_ == "VBN" and t.dep_ in ("acl", "acl:relcl") and any(c.dep_ == "obl:agent" for c in kids) \
        and not any(c.dep_ in SUBJ for c in kids)


def _active_kids(t: Token, kids: list[Token]) -> bool:
    """``t``'s dependents show an active verb: an object (not of a verb whose passive keeps one: "was *handed* a
    sentence"), a that-clause, or the to-clause of a verb that has no passive with one ("*vowed* to fight")."""
    lemma = lemma_of(t)
    for c in kids:
        if c.dep_ in ("obj", "dobj") and lemma not in PASSIVE_WITH_OBJECT and c.pos_ in ("NOUN", "PROPN", "PRON") \
                and not _is_temporal(c):
            return True
        if c.dep_ == "ccomp" and c.i > t.i:
            return True
        if c.dep_ == "xcomp" and lemma in SUBJECT_CONTROL and any(g.lower_ == "to" for g in children_of(c)):
            return True
        if c.dep_ in ("xcomp", "advcl") and c.i > t.i and any(g.dep_ == "mark" and g.lower_ == "to" for g in children_of(c)) \
                and any(o.dep_.startswith("obl") and o.i < c.i and _cases(o) & {"on", "upon"} and not _is_temporal(o) for o in kids):
            return True  # "was sworn in and *called on* Y to end the war": an "on" object that does the to-clause
    return False


def active_conjunct(t: Token) -> bool:
    """"The opposition leader was freed on Monday *and vowed* to fight on", "X was re-elected *and accused* Russia of
    ...": a conjunct of a passive verb, with no subject or auxiliary of its own, that is active by its dependents
    (``_active_kids``): the passive's subject is its doer."""
    if t.dep_ != "conj" or t.head.i >= t.i or t.pos_ != "VERB" or not _is_passive(t.head):
        return False
    kids = children_of(t)
    if any(c.dep_ in SUBJ or c.dep_ in PASS_SUBJ or c.dep_ in ("aux", "aux:pass", "cop") for c in kids):
        return False
    return _active_kids(t, kids)


@_per_token
def _xcomp(t: Token) -> Token | None:
    for c in children_of(t):
        if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX", "ADJ", "NOUN"):
            return c
    for c in children_of(t):
        if c.dep_ == "advcl" and c.i > t.i and "to" in _cases(c) and c.pos_ in ("VERB", "AUX"):
            return c
    return to_clause_on_object(t)  # "ordered [the rebels [to withdraw]]"


@_per_token
def _ccomp(t: Token) -> Token | None:
    for c in children_of(t):
        if c.dep_ == "ccomp":
            return c
    for c in children_of(t):  # "demanded that Hamas renounce ...", parsed as an adverbial clause, and
        # the content clause of a noun: "its demand *that Israel ease restrictions*"
        if c.dep_ in ("advcl", "acl") and c.i > t.i and "that" in _cases(c) and c.pos_ in ("VERB", "AUX"):
            return c
    return None


@_per_token
def _subj_token(t: Token, depth: int = 0) -> Token | None:
    """The (active) subject of predicate ``t``; inherited through control, conjunction, relative clauses."""
    if depth > 4:
        return None
    passive = _is_passive(t)
    kids = children_of(t)  # (each child's Token made once)
    if passive:
        for c in kids:
            if c.dep_ == "obl:agent":
                return _np_head(c)
        for c in kids:
            if c.dep_.startswith("obl") and "by" in _cases(c):
                return c
        for x in kids:  # "was caught red-*handed by the ACB*": the agent hung on the participle adverb
            if x.dep_ == "advmod" and x.tag_ == "VBN" and x.i == t.i + 3 and x.doc[x.i - 1].tag_ == "HYPH":
                a = next((g for g in children_of(x) if g.dep_.startswith("obl") and "by" in _cases(g)), None)
                if a is not None:
                    return _np_head(a) if a.dep_ == "obl:agent" else a
        for x in kids:  # "was arrested and charged *by police*": the agent of the coordinated participle
            if x.dep_ == "conj" and x.tag_ == "VBN" and x.i < t.i + 4 and depth < 4 \
                    and not any(g.dep_ in SUBJ or g.dep_ in PASS_SUBJ for g in children_of(x)):
                a = next((g for g in children_of(x) if g.dep_ == "obl:agent" or (g.dep_.startswith("obl") and "by" in _cases(g))), None)
                if a is not None:
                    return _np_head(a) if a.dep_ == "obl:agent" else a
        if t.dep_ == "conj" and t.tag_ == "VBN" and not any(g.dep_ in SUBJ or g.dep_ in PASS_SUBJ for g in kids):
            # "was shot and *killed* by a deputy" with the by-phrase hung on the first participle: it follows both
            a = next((g for g in children_of(t.head) if g.i > t.i and (g.dep_ == "obl:agent" or (
                g.dep_.startswith("obl") and "by" in _cases(g)))), None)
            if a is not None:
                return _np_head(a) if a.dep_ == "obl:agent" else a
        return None
    if t.pos_ == "ADJ" and lemma_of(t) in AGENTIVE_ADJ and not any(c.dep_ in SUBJ for c in kids):
        for c in kids:  # "Syria says *it* is willing to withdraw": "it" parsed as an expletive
            if c.dep_ == "expl" and c.lower_ == "it":
                return c
    for c in kids:
        if c.dep_ in SUBJ and not _is_temporal(c):  # "the Council today agreed": "today" is no subject
            if c.tag_ in ("WDT", "WP") and t.dep_ in ("acl:relcl", "acl") and t.head.pos_ in ("NOUN", "PROPN", "PRON"):
                return _object_relative(t) or _office_holders(c, t.head) or t.head
            return c
    if t.dep_ in ("acl:relcl", "acl") and t.head.pos_ in ("NOUN", "PROPN", "PRON") and t.tag_ != "VBN":
        h = t.head
        if (f := for_subject(t)) is not None:  # "Washington's support *for Islamabad* to negotiate": Islamabad does it
            return f
        if (o := plan_owner(t)) is not None:  # "China condemned *Japan's* decision to deploy troops": Japan deploys
            return o
        if t.dep_ == "acl" and t.tag_ == "VBG" and "for" in _cases(t) and h.dep_ in ("obj", "dobj") and (
                lemma_of(h.head) in GERUND_OBJ_CONTROL or _into_custody(h.head)):
            return h  # "apprehended [a bus conductor *for stabbing*] a passenger": the one arrested did it
        if t.dep_ == "acl" and t.tag_ == "VBG" and lemma_of(h) in PICTURE_NOUNS and (shown := next((
                c for c in children_of(h) if c.dep_ == "nmod" and h.i < c.i < t.i and "of" in _cases(c)), None)) is not None:
            return shown  # "a video of [the activist] making an apology": whom the picture shows (syntax_words.py)
        if t.dep_ == "acl" and h.pos_ == "NOUN" and not (_words(h) & PERSONISH) and (
                h.dep_ in ("obj", "dobj") or (h.dep_.startswith("obl") and "to" in _cases(t))):
            # "the government passed a bill lifting the ban", "police resorted to a baton charge to
            # disperse the mob": the doer of the governing verb; not of a verb judging the thing ("the UN
            # condemned an attack *killing* five", "lawyers challenged a decree *expelling* ..."): nobody named
            v = h.head
            judged = lemma_of(v) in JUDGED_THING_VERBS or (lemma_of(v) in ("strike", "struck") and "down" in _particles(v))
            return None if judged else _subj_token(h.head, depth + 1)
        return h
    if t.dep_ == "csubj" and (f := for_subject(t)) is not None:
        return f  # "it is important *for Kenya* to sign"
    if t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp", "ccomp", "obl") and t.head.pos_ == "VERB" \
            and any(c.dep_ in ("mark", "case") and c.lower_ == "from" for c in kids):
        if verb_bases(t.head) & PREVENT_VERBS and (o := _obj_token(t.head)) is not None and o.i < t.i:
            return o  # "police prevented *him* from leading a march": the one kept from it would have done it (rf67)
    if t.dep_ == "xcomp" or (t.dep_ == "advcl" and "to" in _cases(t)) or (t.dep_ == "advmod" and t.pos_ == "ADJ"):
        if (f := for_subject(t)) is not None:  # "welcomed the proposal *for Riyadh* to host"
            return f
        h = t.head  # (an adjective read as an adverb: "stayed *loyal* to ...")
        if lemma_of(h) in OBJ_CONTROL and not call_message(h, t):  # ("called Ali *to express* support": the caller)
            for c in children_of(h):
                if c.dep_ == "obj":
                    return c
            for c in children_of(h):
                if c.dep_.startswith("obl") and _cases(c) & {"on", "upon"}:
                    return c
        elif (ps := _PREP_CONTROL.get(lemma_of(h))) is not None:
            for c in children_of(h):  # "Ankara is looking *to Trump* to veto ...", "counting *on Washington* to send"
                if c.dep_.startswith("obl") and c.i < t.i and _cases(c) & ps:
                    return c
        if t.dep_ == "xcomp" and _is_passive(h):
            # "Blinken *is expected to meet* the crown prince", "the envoy was asked to mediate": the passive's
            # subject does what its to-clause says
            subj = next((c for c in children_of(h) if c.dep_ in PASS_SUBJ), None)
            if subj is not None:
                return subj
        return _subj_token(h, depth + 1)
    if (g := _outer_doer(t, kids)) is not None:
        return _subj_token(g, depth + 1)
    if t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX", "ADJ"):
        if active_conjunct(t) or (t.head.i < t.i and _is_passive(t.head) and any(c.dep_ == "aux" for c in kids)
                                  and lemma_of(t.head) not in _LED_BY):
            # "X was freed and *vowed* to fight", "X was questioned by police and *is cooperating*": the passive's
            # subject (a conjunct with its own active auxiliary and no subject is not the by-agent's act; but a
            # body "led / run by" someone acts for them: "will be led by the ministry and will investigate")
            subj = next((c for c in children_of(t.head) if c.dep_ in PASS_SUBJ), None)
            if subj is not None:
                return subj
        return _subj_token(t.head, depth + 1)
    if t.dep_ in ("advcl", "acl") and t.tag_ == "VBG" and _cases(t) & {"of", "for"} \
            and (lemma_of(t.head) in GERUND_OBJ_CONTROL or _into_custody(t.head)):
        # "accused the rebels of killing civilians", "blamed Iran for attacking": the object did it
        for c in children_of(t.head):
            if c.dep_ in ("obj", "dobj") or (c.dep_ == "xcomp" and c.pos_ in ("PROPN", "NOUN") and c.i < t.i):
                return c  # (a noun object misread as xcomp: "Russia accused [Ukraine] of attacking")
        if _is_passive(t.head):
            return next((c for c in children_of(t.head) if c.dep_ in ("nsubj:pass", "nsubjpass")), None)
        return None
    if t.dep_ == "advcl" and t.tag_ == "VBG" and "for" in _cases(t) and (p := _punished(t.head, t)) is not None:
        return p  # "ordered the arrest of Marek and his deputies *for ignoring* an order": Marek ignored it
    if t.dep_ == "advcl" and t.tag_ == "VBG":  # "..., killing one person"
        if lemma_of(t.head) in SEEN_DOING and _is_passive(t.head) and t.i > t.head.i:
            # "a constable was *caught on camera slapping* a farmer", "was filmed kicking ...": the one seen did it
            subj = next((c for c in children_of(t.head) if c.dep_ in PASS_SUBJ), None)
            if subj is not None:
                return subj
        return _subj_token(t.head, depth + 1)
    if t.dep_ in ("ROOT", "root") and t.tag_ in ("VBD", "VBZ", "VBP"):
        return _fragment_subject(t)
    return None


def _into_custody(v: Token) -> bool:
    """``v`` takes someone into custody: "took a priest *into custody*", "taken into judicial custody"."""
    return lemma_of(v) in ("take", "send", "remand", "place") and any(
        c.dep_.startswith("obl") and lemma_of(c) in CUSTODY_NOUNS and _cases(c) & {"into", "in", "to"}
        for c in children_of(v))


def _punished(v: Token, gerund: Token) -> Token | None:
    """The "of" complement of a punishment noun that is the object of ``v`` before ``gerund`` ("ordered *the arrest
    of Dodik* ... for ignoring"), or None."""
    for c in children_of(v):
        if c.dep_ in ("obj", "dobj") and c.i < gerund.i and lemma_of(c) in PUNISHMENT_NOUNS:
            return next((x for x in children_of(c) if x.dep_ == "nmod" and _cases(x) & {"of"}), None)
    return None


#: verbs whose prepositional object does what their to-clause says ("looked *to Trump* to veto ...")
_PREP_CONTROL = {"look": {"to"}, "count": {"on", "upon"}, "rely": {"on", "upon"}, "depend": {"on", "upon"},
                 "bank": {"on"}, "wait": {"for"}}


def _fragment_subject(t: Token) -> Token | None:
    """A parser slip: the subject left as a separate fragment before the verb
    ("Chilean President Ana Soto | on Friday | lifted a curfew"): the nearest preceding
    nominal fragment root that is not a date."""
    sent_start = sentence_of(t.doc, t.i)[0]  # t.sent.start, without building the Span
    for j in range(t.i - 1, sent_start - 1, -1):
        x = t.doc[j]
        if x.dep_ in ("ROOT", "root") and x.i != t.i:
            if x.pos_ in ("NOUN", "PROPN", "PRON") and not _is_temporal(x):
                return x
            if x.pos_ in ("VERB", "AUX"):
                return None
    return None


_BACK_PRONOUNS = frozenset({"him", "her", "them"})
#: what the police do to a suspect, never a suspect to his victim (not "overpower", "restrain": robbers do that too)
_CUSTODY_GERUNDS = frozenset({"arrest", "detain", "nab", "apprehend", "handcuff"})


def _outer_doer(t: Token, kids: list[Token]) -> Token | None:
    """"Police used spray on [a man *who* attacked officers ... *before arresting him*]": a gerund after "before" or
    "after", hung on a relative clause whose subject is "who", with "him", "her" or "them" as its object, is not done by
    that antecedent to itself (that would be "himself") nor, for a custody verb, to its victim: its doer is the doer of
    the verb the antecedent's phrase hangs on. That verb, else None."""
    if t.dep_ != "advcl" or t.tag_ != "VBG" or lemma_of(t) not in _CUSTODY_GERUNDS \
            or not (_cases(t) & {"before", "after"}):
        return None
    p = next((c for c in kids if c.dep_ in ("obj", "dobj") and c.lower_ in _BACK_PRONOUNS), None)
    r = t.head
    if p is None or r.dep_ != "acl:relcl" or not any(c.dep_ in SUBJ and c.tag_ == "WP" for c in children_of(r)):
        return None
    g = r.head.head  # (through "a crowd *of men* who ...")
    for _ in range(2):
        if g.pos_ in ("NOUN", "PROPN") and g.dep_ not in ("ROOT", "root"):
            g = g.head
    return g if g.pos_ == "VERB" and g.i < r.head.i else None


#: the passives of custody that take the first verb's subject (the custody verbs and a few more)
_CUSTODY_STEPS = TRANSITIVE_ONLY | {"apprehend", "jail", "imprison", "catch", "take"}


def _active_head_subject(t: Token, kids: list[Token]) -> Token | None:
    """The patient of a passive conjunct with its own auxiliary joined to an active verb: "he *surrendered* at the
    police station and *was arrested*", "the accused appeared before the magistrate and *was remanded* in custody":
    the first verb's subject (not a relative pronoun, not a date) is the one the passive happened to. Only for custody
    and its steps: elsewhere ("... told a network that X had a plane waiting but *had been persuaded* ...") the coder's
    other checks were tuned without this patient."""
    h = t.head
    if lemma_of(t) not in _CUSTODY_STEPS or not any(c.dep_ in ("aux:pass", "auxpass") for c in kids) \
            or any(c.dep_ in SUBJ for c in kids) or h.pos_ != "VERB" or _is_passive(h):
        return None
    s = next((c for c in children_of(h) if c.dep_ == "nsubj"), None)
    if s is None or s.tag_ in ("WP", "WDT", "EX") or _is_temporal(s):
        return None
    return s


def _np_head(t: Token) -> Token:
    return t


@_per_token
def _obj_token(t: Token) -> Token | None:
    kids = children_of(t)  # (each child's Token made once)
    if _is_passive(t):
        for c in kids:
            if c.dep_ in PASS_SUBJ:
                if c.tag_ in ("WP", "WDT") and t.dep_ in ("acl:relcl", "relcl") and t.head.pos_ in ("NOUN", "PROPN"):
                    return t.head  # "the envoy, *who* was expelled by Russia": the antecedent
                return c
        if t.dep_ == "conj" and t.head.i < t.i:  # "the journalist was shot and *killed*": the shared patient
            for c in children_of(t.head):
                if c.dep_ in PASS_SUBJ:
                    return c
            if (s := _active_head_subject(t, kids)) is not None:
                return s
        if t.dep_ in ("acl", "acl:relcl") and t.head.pos_ in ("NOUN", "PROPN"):
            return t.head  # "a camp ... attacked by militiamen"
        return None
    for c in kids:
        if c.dep_ in ("obj", "dobj"):
            if c.lower_ in _DAY_WORDS:
                continue  # "resigned *yesterday*", "met *Monday*": a day read as the object
            if c.lower_ == "that" and c.i < t.i and t.dep_ in ("ccomp", "xcomp", "advcl", "conj") and any(
                    s.dep_ in SUBJ and c.i < s.i < t.i for s in kids):
                continue  # "said *that* Italy had freed two hostages": the complementizer read as the object
            if c.tag_ in ("WP", "WDT") and t.dep_ in ("acl:relcl", "relcl", "acl") \
                    and t.head.pos_ in ("NOUN", "PROPN", "PRON"):
                return t.head  # "the prisoners *whom* Israel released": the antecedent
            return c
    for c in kids:  # an indirect object with no direct one is the object the parser mislabelled
        if c.dep_ == "iobj" and c.i > t.i:  # ("Lavrov warned [U.S. Secretary of State Mike Pompeo] ...")
            return c
    if any(p.dep_ == "compound:prt" for p in kids):
        for c in kids:  # "called off [a five-day strike]" with the noun read as a complement
            if c.dep_ == "xcomp" and c.pos_ == "NOUN" and c.i > t.i and any(d.dep_ == "det" for d in children_of(c)):
                return c
    for c in kids:
        # "shot and killed [two guards]", "captured and executed [the men]": a verb with no object of its
        # own, coordinated right before one that has an object and no subject of its own, shares it
        if c.dep_ == "conj" and c.pos_ == "VERB" and t.i < c.i <= t.i + 3 \
                and any(x.dep_ == "cc" and x.lower_ in ("and", "or") for x in children_of(c)) \
                and not any(x.dep_ in SUBJ or x.dep_ in PASS_SUBJ for x in children_of(c)) and not _is_passive(c):
            o = next((x for x in children_of(c) if x.dep_ in ("obj", "dobj") and x.i > c.i), None)
            if o is not None:
                return o
    if _object_relative(t) is not None and t.head.pos_ in ("NOUN", "PROPN"):
        return t.head  # "the convoy, *which* rebels attacked": the antecedent
    if _bare_relative(t, kids):
        return t.head  # "a move (*that*) opposition leaders condemned as reckless": the antecedent
    for c in kids:  # "met [Chinese President Xi Jinping]" with the name read as a clause
        if c.i > t.i and c.left_edge.i == t.i + 1 and _name_as_clause(c) and not _cases(c):
            return c
    return _loose_obj(t)


_CLAUSE_DEPS = frozenset({"advcl", "acl", "xcomp", "ccomp", "parataxis"})
_CLAUSE_PARTS = frozenset({"nsubj", "nsubj:pass", "obj", "dobj", "aux", "aux:pass", "cop", "mark", "expl"})


def _name_as_clause(c: Token) -> bool:
    """A titled name the parser read as a clause ("*Xi Jinping*" tagged a verb for its "-ing"): a capitalised word
    in a clause relation whose word before is a name word hung on it, with no subject, object or auxiliary."""
    if c.dep_ not in _CLAUSE_DEPS or not c.text[:1].isupper() or c.tag_ not in ("NNP", "NNPS", "VBG"):
        return False
    if c.i == 0 or c.doc[c.i - 1].head.i != c.i or c.doc[c.i - 1].pos_ != "PROPN" or c.doc[c.i - 1].dep_ not in _NAME_PARTS:
        return False
    return not any(x.dep_ in _CLAUSE_PARTS for x in children_of(c))


def _object_relative(t: Token) -> Token | None:
    """The subject of a relative clause whose relative pronoun, its object, was read as a second subject ("the
    convoy, *which rebels* attacked"): the noun subject after the pronoun; None for any other clause."""
    if t.dep_ not in ("acl:relcl", "relcl") or t.pos_ != "VERB":
        return None
    subs = [c for c in children_of(t) if c.dep_ in SUBJ and c.i < t.i]
    if len(subs) == 2 and subs[0].tag_ in ("WDT", "WP") and subs[0].lower_ in ("which", "whom", "that", "who") \
            and subs[1].pos_ in ("NOUN", "PROPN", "PRON") and subs[1].tag_ not in ("WDT", "WP"):
        if subs[0].lower_ == "that" and any(c.dep_ in ("obj", "dobj") for c in children_of(t)):
            return None  # "reports *that* troops shelled the village": a complementizer, the clause has its object
        return subs[1]
    return None


#: nouns of an act or a word that a relative clause with no pronoun of its own judges ("a move the opposition
#: condemned", "a decision that Beijing rejected": "that" read as a complementizer) (session 36, round rv73)
_JUDGED_NOUNS = frozenset({
    "move", "decision", "step", "plan", "policy", "measure", "law", "bill", "ruling", "verdict", "action", "deal",
    "agreement", "ban", "sanction", "decree", "resolution", "reform", "initiative", "crackdown", "raid", "strike",
    "attack", "visit", "referendum", "vote", "appointment", "purge"})
#: (no noun of words, "allegation", "claim", "charge", "demand", "call": their "that" opens their content, "allegations
#: that soldiers tortured the detainees")


def _bare_relative(t: Token, kids: list) -> bool:
    """``t`` heads an object relative clause with no relative pronoun of its own, on a noun of an act or a word
    before it ("a move *opposition leaders condemned*", "a decision *that Beijing rejected*" with "that" read as a
    mark): an active verb with a subject between the noun and itself, and no object or clause of its own."""
    if t.dep_ not in ("acl", "acl:relcl", "relcl") or t.pos_ != "VERB" or t.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    h = t.head
    if h.pos_ != "NOUN" or h.i >= t.i or h.lemma_.lower() not in _JUDGED_NOUNS:
        return False
    if any(c.dep_ in ("obj", "dobj", "ccomp", "xcomp", "iobj") for c in kids):
        return False
    if not any(c.dep_ in SUBJ and h.i < c.i < t.i and c.tag_ not in ("WDT", "WP") for c in kids):
        return False
    marks = [c for c in kids if c.dep_ == "mark"]
    return all(m.lower_ == "that" and h.i < m.i < t.i for m in marks)


def _loose_obj(t: Token) -> Token | None:
    """A parser slip: the noun right after a transitive verb hung elsewhere ("freed 37 prisoners late
    on Tuesday" parsed with 'prisoners' under 'late'). Only a caseless noun within three tokens, in
    the verb's own subtree, with no verb in between."""
    if t.pos_ != "VERB" or t.tag_ not in ("VBD", "VBZ", "VBP", "VB", "VBG"):
        return None
    doc = t.doc
    for j in range(t.i + 1, min(t.i + 4, sentence_of(doc, t.i)[1])):  # (t.sent.end)
        x = doc[j]
        if x.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "PUNCT", "CCONJ") or x.dep_ == "case":
            return None
        if x.pos_ in ("NOUN", "PROPN") and x.dep_ in ("obl:unmarked", "obl:npmod", "nmod:npmod", "dep", "nmod:tmod_", "compound"):
            if any(c.dep_ == "case" for c in children_of(x)) or x.lower_ in _DAY_WORDS:
                return None  # (nor a day: "resigned *Monday*")
            h, hops = x.head, 0
            while h.i != t.i and h.head.i != h.i and hops < 2:
                h, hops = h.head, hops + 1
            if h.i == t.i and x.dep_ != "compound":
                return x
            return None
    return None
