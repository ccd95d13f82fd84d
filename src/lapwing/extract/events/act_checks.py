"""Checks on what an act says or acts on: a political object, a statement with content, a plain
statement that only explains another event of its speaker."""
from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.syntax import _cases, _obj_token, _words, lemma_of
from lapwing.extract.events.syntax_args import _prep_args
from lapwing.extract.events.status_wire import own_plan_denied  # noqa: F401  (re-exported to the coder)
from lapwing.schema import Actor

_QUOTE_MARKS = {'"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "``", "''"}
_EMPTY_OBJECTS = {"so", "nothing", "something", "anything", "this", "that", "it", "more", "much", "little"}



def political_act(trigger: Token, nominal: bool, sets: dict[str, frozenset[str]]) -> bool:
    """The act is political by what it acts on: a state of emergency or siege, a treaty, a truce, a
    parliament, an ambassador, sanctions... (``@polobject``): the trigger noun itself, its object, or an
    oblique of it, or a compound / modifier / of-phrase of those ("declared *a state of siege*",
    "resigned *from the cabinet*", "expelled *the ambassador*")."""
    pol = sets.get("@polobject", frozenset())
    if nominal and _words(trigger) & pol:
        return True
    heads = [h for _cs, h in _prep_args(trigger)]
    o = _obj_token(trigger)
    if o is not None:
        heads.append(o)
    return any(_words(h) & pol or any(_words(m) & pol for m in h.children if m.dep_ in ("compound", "amod", "nmod"))
               for h in heads)

#: (session 35, round un71) nouns of a state's policy: a union's, a firm's or a civic body's act on one of them is a
#: political act although its doer is no political actor ("the union denounced the new labour law")
STATE_POLICY = frozenset({"law", "bill", "legislation", "decree", "reform", "budget", "tax", "tariff", "levy",
                          "constitution", "regulation", "austerity", "privatisation", "privatization", "nationalisation",
                          "nationalization", "ordinance", "statute", "referendum", "sanction", "curfew", "subsidy"})
#: heads of a change named by a policy word before them: "the fuel *tax* hike", "the *budget* cuts", "the *tariff* plan"
_POLICY_CHANGES = frozenset({"cut", "hike", "rise", "increase", "change", "overhaul", "plan", "proposal", "measure",
                             "rule", "freeze", "cap", "package", "bill", "law", "reform"})
#: possessors of a policy that make it a state's: "*the government's* labour reform", "*France's* new tax"
_STATE_OWNERS = frozenset({"government", "state", "ministry", "minister", "parliament", "cabinet", "congress", "senate",
                           "administration", "country", "nation", "authority", "authorities", "president", "regime"})


def _state_policy_noun(h: Token) -> bool:
    """``h`` names a policy of a state: a policy noun ("the labour *law*", "the pension *reform*"), or a change named by
    one ("the tax *cut*"), owned by no one or by a state ("the government's reform"), not by a firm or a pronoun
    ("the company's pricing policy", "its budget")."""
    if h.pos_ not in ("NOUN", "PROPN"):
        return False
    w = _words(h)
    if not (w & STATE_POLICY or w & _POLICY_CHANGES and any(
            m.dep_ in ("compound", "amod") and _words(m) & STATE_POLICY for m in h.children)):
        return False
    for m in h.children:
        if m.dep_ == "nmod:poss" and not (m.ent_type_ in ("GPE", "NORP") or _words(m) & _STATE_OWNERS):
            return False
    return True


def state_policy_act(trigger: Token, source_tok: Token | None, target_tok: Token | None) -> bool:
    """(session 35, round un71) A verbal act (CAMEO 02-13) aimed at a state's policy: its target, its object or an
    oblique of it is a law, a bill, a reform, a tax, a budget... ("the union *denounced the new labour law*", "the
    employers' federation *welcomed the tax cut*", "the firm *sued over the new levy*"). Such an act of a union, a
    firm or a civic body is political although the doer is no political actor; its dealings with a firm ("rejected
    the pay offer", "criticised the company's management") are not. The doer is the verb's own subject (or that of
    the verb it is coordinated with or completes): "the union welcomed the court *ruling* against the plan" is the
    court's act, not the union's."""
    if source_tok is None or source_tok.dep_ not in ("nsubj", "nsubj:pass") or trigger.pos_ not in ("VERB", "AUX"):
        return False
    h = trigger.head
    if not (source_tok.head.i == trigger.i or source_tok.head.i == h.i and (trigger.dep_ == "conj" or (
            trigger.dep_ == "xcomp" and not any(x.dep_ in ("obj", "dobj", "iobj") for x in h.children)))):
        return False  # (an xcomp after an object is the object's: "welcomed the court *ruling* ...")
    heads = [h for _cs, h in _prep_args(trigger)]
    for h in (target_tok, _obj_token(trigger)):
        if h is not None:
            heads.append(h)
    return any(_state_policy_noun(h) for h in heads)


def statement_content(t: Token) -> bool:
    """A plain statement (010) says something: a that-/to-clause or a quoted clause, or a noun object
    ("stressed the importance of unity"); "X said so", "X said it", "X said on Monday" say nothing."""
    for x in t.children:
        if x.dep_ in ("ccomp", "xcomp", "parataxis", "csubj") and not x.is_punct and (
                x.pos_ in ("VERB", "AUX", "ADJ") or any(not g.is_punct for g in x.children)):
            return True
        if x.dep_ == "advcl" and x.i > t.i and "that" in _cases(x):
            return True
        if x.dep_ in ("obj", "dobj") and x.pos_ != "PRON" and x.lower_ not in _EMPTY_OBJECTS:
            return True
    # the reporting verb of a quotation: "'We will not back down,' the minister said"
    return t.dep_ in ("parataxis", "ccomp") and any(q.text in _QUOTE_MARKS for q in t.sent)


#: aux words that put a content clause in the future, under a condition or a possibility: the statement announces
_NOT_DONE_AUX = frozenset({"will", "would", "'ll", "’ll", "'d", "’d", "shall", "should", "can", "could", "may", "might",
                           "must", "wo", "ca"})
_PLAIN_SAYING = frozenset({"say", "tell"})


def _content_clauses(t: Token) -> list[Token]:
    """The verbs of a saying's content: its that-/quoted clause, the clause a trailing "..., X said" closes, and (a
    misparse of "told reporters that ...") a that-clause hung on the hearer; with the verbs coordinated to each."""
    out = [x for x in t.children if x.dep_ == "ccomp" and x.pos_ in ("VERB", "AUX")]
    if t.dep_ in ("parataxis", "ccomp") and t.head.i < t.i and t.head.pos_ in ("VERB", "AUX") and not out:
        out.append(t.head)
    for o in t.children:
        if o.dep_ in ("obj", "dobj", "iobj"):
            out += [x for x in o.children if x.dep_ == "acl:relcl" and x.pos_ in ("VERB", "AUX")
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in x.children)]
    for v in list(out):  # (a conjunct with no aux, subject or "that" of its own shares the first verb's: "had been
        # stopped and turned back"; one with a "that" is a clause, however tagged: "and that Beijing *opposed* [JJ] ...")
        out += [c for c in v.conjuncts if c not in out and any(
            x.dep_ in ("aux", "aux:pass", "nsubj", "nsubj:pass", "expl") or x.dep_ == "mark" and x.lower_ == "that"
            for x in c.children)]
    return out


def _past_happening(v: Token, trailing: bool) -> bool:
    """The clause tells a thing done: a perfect ("had launched", "has been stopped") or, in a clause a trailing
    "..., X said" closes (no tense shift there), a simple past of a verb that is not "be" or "have" ("two people
    were injured", "a convoy entered", "did not enter"). Not under a modal or future aux ("would reopen", "could not afford")."""
    aux = [a for a in v.children if a.dep_ in ("aux", "aux:pass")]
    if any(m.dep_ == "mark" and m.lower_ in ("because", "as", "since") for m in v.children):
        return False  # "said they were not, *because* the steps had been agreed": a reason for a stance
    if any(a.lower_ in _NOT_DONE_AUX or a.tag_ == "MD" for a in aux):
        return False
    if v.tag_ == "VBN" and any(lemma_of(a) == "have" for a in aux):
        return True
    if not trailing or lemma_of(v) in ("be", "have"):
        return False
    return (v.tag_ == "VBD" and not aux or v.tag_ == "VBN" and any(a.lower_ in ("was", "were") for a in aux)
            or v.tag_ == "VB" and any(a.lower_ == "did" for a in aux))


#: (round p0167) modal words of a negated content that announce the speaker's own refusal: "would not amend the law"
_REFUSING_MODALS = frozenset({"will", "wo", "'ll", "’ll", "would", "shall", "can", "ca", "could"})
#: what "cannot" / "would not" do that is no refusal: not knowing, not saying, not being
_NO_REFUSAL = frozenset({"be", "have", "become", "seem", "confirm", "say", "comment", "verify", "know", "rule",
                         "exclude", "predict", "guarantee", "tell", "determine", "identify", "locate", "find",
                         "estimate", "see", "imagine", "happen", "last", "work", "need", "speculate", "disclose",
                         "reveal", "give", "provide", "elaborate", "discuss", "survive", "continue", "take", "get",
                         # a vow or a warning: "will not rest", "would not watch the country slide into war",
                         # "will not allow / tolerate", "will not hesitate to"
                         "rest", "stop", "watch", "allow", "let", "tolerate", "permit", "stand", "sit", "hesitate",
                         "spare", "forget", "forgive"})


def own_refusal(t: Token, speaker: Actor | None, actor_of) -> bool:
    """(round p0167) A plain "said" / "told" whose content is its own side's "will not" / "cannot" do something that
    codes nothing by itself: "the prime minister told reporters the government *would not amend* the law", "the
    junta's spokesman said the country *would not bow* to pressure". The README's convention: a refusal by statement
    is a 12 code, asserted (``negated_future_as_refusal`` codes it where the act is coded itself). Every content clause
    is such a refusal by the speaker's country (its pronoun, its state, its government) or a thing done."""
    if speaker is None or not speaker.country or lemma_of(t) not in _PLAIN_SAYING:
        return False
    verbs = _content_clauses(t)
    refusals = [v for v in verbs if _own_negated_future(v, speaker, actor_of)]
    return bool(refusals) and all(v in refusals or _past_happening(v, v.i < t.i) for v in verbs)


def _own_negated_future(v: Token, speaker: Actor, actor_of) -> bool:
    if v.pos_ != "VERB" or lemma_of(v) in _NO_REFUSAL:
        return False
    kids = list(v.children)
    if not (any(a.dep_ == "aux" and a.lower_ in _REFUSING_MODALS for a in kids)
            and any(a.dep_ in ("advmod", "aux") and (a.lower_ in ("not", "never", "n't", "n’t")) for a in kids)):
        return False
    if any(x.dep_ == "mark" and x.lower_ == "until" for k in kids for x in k.children):
        return False  # "we will not give up *until* ...": a vow to go on
    subj = next((x for x in kids if x.dep_ == "nsubj"), None)
    if subj is None and v.dep_ == "conj":  # "had raised the wage twice and *could not afford* more": the first verb's
        subj = next((x for x in v.head.children if x.dep_ == "nsubj"), None)
    if subj is None:
        return False
    a = actor_of(subj)
    if a is None:  # "we", "the country" in a speaker's mouth: its own side
        return subj.lower_ == "we" or lemma_of(subj) in ("country", "nation") and not any(
            x.dep_ in ("nmod:poss", "amod", "compound") for x in subj.children)
    if not a.country:  # "the government" with no country of its own: the speaking official's
        return a.sector in ("GOV", "MIL") and speaker.sector in ("GOV", "MIL")
    return a.country == speaker.country and (a.sector or "GOV") in ("GOV", "MIL", speaker.sector)


#: verbs of what befalls the one warned ("X would *face* sanctions", "would *pay* a heavy price"): the warner's threat
_BEFALLING = frozenset({"face", "bear", "suffer", "pay", "lose", "be", "have", "get", "receive", "risk", "meet"})


def forecast_of_another(t: Token, speaker: Actor | None, actor_of) -> bool:
    """(session 37, round sa74) A warning that *another* party will act is a forecast, not the warner's threat: "the
    Pentagon warned that *Russia would invade* Ukraine", "Kyiv warned that Moscow would attack again". The that-clause's
    doer is a coded party of a known country other than the warner's; not a pronoun ("warned that *it* would strike"),
    nor what befalls the one warned ("warned that Israel *would face* sanctions"), nor a passive."""
    if speaker is None or not speaker.country or lemma_of(t) != "warn":
        return False
    x = next((k for k in t.children if k.dep_ == "ccomp" and k.pos_ == "VERB"), None)
    if x is None or lemma_of(x) in _BEFALLING:
        return False
    subj = next((k for k in x.children if k.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is None or subj.dep_ != "nsubj" or subj.pos_ == "PRON":
        return False
    a = actor_of(subj)
    return a is not None and bool(a.country) and a.country != speaker.country


def drop_echo_statements(events: list) -> list:
    """"Berlin rejected the calls, saying it was withholding aid": a plain statement (010) by the
    source of another, non-statement event of the same sentence only explains that event."""
    acts = [e[0] for e in events if not e[0].cameo.startswith("01") and e[0].source is not None]

    def same(a: Actor, b: Actor) -> bool:
        if (a.start, a.end) == (b.start, b.end):
            return True
        return bool(a.country or a.sector) and (a.country, a.sector, a.name) == (b.country, b.sector, b.name)

    return [e for e in events if not (e[0].cameo == "010" and e[0].source is not None
                                      and any(same(e[0].source, f.source) for f in acts))]


#: a crowd's moves toward a place ("gather at the palace", "march on parliament"; not "went on television to defend")
_CROWD_MOVES = frozenset({"gather", "rally", "march", "assemble", "converge", "flock", "mobilise", "mobilize", "descend",
                          "stream", "pour"})
#: words of a verbal act that, as such a move's purpose, name what the crowd means to do there, not words it says
_VERBAL_PURPOSE = frozenset({"defend", "protect"})
#: words of support that, as such a move's purpose, name the crowd's side, not an endorsement of its own (CAMEO 05):
#: "hundreds marched to the town hall *to back* the coalition" is the march (141), told with its aim
_SUPPORT_PURPOSE = frozenset({"back", "support", "cheer", "hail", "salute", "celebrate", "endorse"})


def crowd_purpose(code: str, trigger: Token) -> bool:
    """"urged supporters to gather at the palace *to defend* the president", "thousands marched *to defend* the
    government": a verbal defence (CAMEO 052) named as the purpose of a crowd's move is the crowd's aim, not words
    it says."""
    if not (code == "052" and lemma_of(trigger) in _VERBAL_PURPOSE or code[:2] == "05" and lemma_of(trigger) in _SUPPORT_PURPOSE) \
            or trigger.dep_ not in ("advcl", "xcomp"):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "to" for c in trigger.children):
        return False
    h = trigger.head
    # (after an apposition on the place, the purpose hangs on the appeal: "urged supporters *to gather* at the palace,
    # the president's residence, *to defend* him"); a move with an object is another verb ("gather evidence")
    moves = [h] if lemma_of(h) in _CROWD_MOVES else [
        c for c in h.children if c.dep_ == "xcomp" and c.i < trigger.i and lemma_of(c) in _CROWD_MOVES]
    return any(not any(x.dep_ in ("obj", "dobj") for x in m.children) for m in moves)



#: what a labour body calls its workers to do when it calls a strike or a stay-away: "urged workers *to strike*",
#: "called on members *to down* tools", "*to stay* at home" (with home / away / indoors), "*to boycott* the polls"
_DISSENT_ACTS = frozenset({"strike", "boycott", "walk", "down", "picket", "protest", "demonstrate", "march", "rally",
                           "shut", "stop"})
_STAY_AWAY = frozenset({"home", "away", "indoors", "house", "houses", "homes"})
#: what a labour body calls for by name: "called for a general *strike*", "for a nationwide *stay-away*" (round sc78)
_DISSENT_NOUNS = frozenset({"strike", "stay-away", "stayaway", "walkout", "walk-out", "protest", "demonstration",
                            "boycott", "shutdown", "shut-down", "rally", "march", "sit-in", "picket", "go-slow"})


def labour_dissent_call(row_root: str, src: Actor | None, trigger: Token) -> bool:
    """An appeal (02) by a labour body (sector LAB) whose to-clause calls a strike, a stay-away or a protest: "the union
    urged workers to stay at home on Monday", "the teachers' union called on its members to walk out" (session 29,
    round 52). A union's call to dissent is a political act although a union is no political actor ("the union urged
    members to accept the pay offer" is not: a deal between a union and its employer). Also a for-phrase that names
    the dissent: "the union called for a general strike", "for a nationwide stay-away" (session 39, round sc78)."""
    if row_root != "02" or src is None or (src.sector or "").upper() != "LAB":
        return False
    if any(c.dep_.startswith("obl") and lemma_of(c) in _DISSENT_NOUNS and any(
            k.dep_ == "case" and k.lower_ == "for" for k in c.children) for c in trigger.children):
        return True
    clauses = [c for c in trigger.children if c.dep_ in ("xcomp", "advcl", "ccomp")
               and any(m.dep_ == "mark" and m.lower_ == "to" for m in c.children)]
    for v in clauses:
        lem = lemma_of(v)
        if lem in _DISSENT_ACTS and not (lem in ("shut", "stop", "walk", "down")
                                         and not any(c.dep_ in ("compound:prt", "prt", "obj", "advmod") for c in v.children)):
            return True
        if lem == "stay" and any(w.lower_ in _STAY_AWAY for w in v.subtree if w.i > v.i):
            return True
    return False


#: (round 55) what a crowd in the streets is out for when it is not a protest: a celebration or a welcome
_FESTIVE_NOUNS = frozenset({"celebration", "jubilation", "joy", "triumph", "festivity", "festivities", "delight",
                            "euphoria", "elation"})
_FESTIVE_VERBS = frozenset({"celebrate", "cheer", "rejoice", "dance", "party", "welcome", "greet", "toast"})
_FESTIVE_ADJ = frozenset({"jubilant", "cheering", "celebrating", "euphoric", "ecstatic", "rejoicing", "joyful",
                          "joyous", "flag-waving"})
#: words that make the same crowd a protest all the same ("celebrating the fall and *demanding* elections")
_DISSENT_WORDS = frozenset({"protest", "demand", "denounce", "condemn", "oppose", "reject", "against", "call",
                            "urge", "demonstrate", "chant", "decry", "anger", "outrage", "fury"})


def festive_crowd(code: str, trigger: Token) -> bool:
    """(round 55) A crowd's move told with a celebration as its purpose or manner is no protest (CAMEO 14):
    "supporters poured into the streets *in celebration of* the ruling", "crowds flooded the streets *to celebrate*
    the result", "marched through the city *celebrating* the victory", "took to the streets *in jubilation*". A
    crowd that also demands, denounces or is against something stays a protest."""
    if code[:2] != "14":
        return False
    near = [trigger] + [c for c in trigger.children if c.dep_ in ("obj", "dobj", "obl", "nmod")]
    festive = False
    for h in near:
        for c in h.children:
            if c.dep_ in ("obl", "nmod") and lemma_of(c) in _FESTIVE_NOUNS and any(
                    g.dep_ == "case" and g.lower_ in ("in", "with", "amid") for g in c.children):
                festive = True
            elif (c.dep_ in ("advcl", "xcomp") if h is trigger else c.dep_ == "acl" and c.tag_ == "VBG") \
                    and lemma_of(c) in _FESTIVE_VERBS:
                festive = True  # ("marched through the city *celebrating*": the parse may hang it on the place)
            elif h is trigger and c.dep_ in ("nsubj", "nsubj:pass") and any(
                    a.dep_ == "amod" and a.lower_ in _FESTIVE_ADJ for a in c.children):
                festive = True  # "*jubilant* crowds poured into the streets"
    if not festive:
        return False
    return not any(lemma_of(t) in _DISSENT_WORDS or t.lower_ in _DISSENT_WORDS for t in trigger.subtree if t.i != trigger.i)
