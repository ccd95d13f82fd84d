"""Causes that are no doers: hazards, accidents, diseases and economic forces (session 33, round fr64; issue 10).

The coder's older gates read a natural disaster (``@disaster_doer``, once ``market.DISASTER_NOUNS``), a conflict
(``ABSTRACT_CAUSES``) or a pressure (``PRESSURE_CAUSES``) as the subject of a killing or of "forced X to ...". Blind
wire samples showed the same class in words those lists lacked, and a coded possessor that made a cause a party:

* weather and hazards, diseases and harmless mishaps (lexicon set ``@hazard_cause``): "hailstorms and strong winds
  killed two farmers", "malaria killed hundreds of children", "heavy snowfall killed six people", "a train
  collision killed 40"; a fire, an explosion or a leak of a fuel or a machine (``@mishap_fuel``: "a *gas*
  explosion", "a *boiler* blast"); also the subject of the verb a conjunct or a bare participle hangs on ("heavy
  hail destroyed crops *and killed* two herders");
* economic forces (``@economic_cause``): "falling oil prices forced Nigeria to cut its budget", "a recession
  forced Argentina to default";
* a cause owned by a party: "the *LDP's* electoral setback may force the government ...", "the party's defeat
  forced the prime minister to resign", "*opposition* protests forced the government to postpone the vote": the
  head noun is the cause (``@economic_cause`` or ``PRESSURE_CAUSES``), its possessor or modifier the party that
  lost or protested, no doer of coercion.

Session 35, round fp70: "forced to" with no one forcing (``forced_by_need``: a passive with no agent, or a subject that
is a common noun and no person or party: "was forced to import sugar", "the budget law forces the treasury to publish its accounts") is
a need, a law or a circumstance, no coercion (170).

Roots 17-20 only (coercion and violence, verbs only). A subject with an attack word ("a bomb blast", "arson"), an
armed or personal word ("police fire", "rebel shelling"), a name that heads it, or an agent phrase stays a doer.

The older disaster gate (session 15, once ``market.disaster_doer``) is folded in here (session 34, round nl66), read
first: a natural disaster (``@disaster_doer``) as the subject of a killing (roots 18-20), or a fire, a blast or a
collapse (``@works_blast``) at or in a works (``@works``) with no attack word in its phrase (``@blast_attack``).
:func:`no_doer` is the one entry point the coder calls: the disaster gate, then "hard-pressed to", then
:func:`cause_doer`, each with its own reason.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.parse_memo import children_of
from lapwing.extract.events.syntax import PERSONISH, _cases, _words, lemma_of

HAZARD_SET, ECONOMIC_SET, FUEL_SET = "@hazard_cause", "@economic_cause", "@mishap_fuel"
#: a blast, a fire or a leak: a mishap only with a fuel or machine word (``@mishap_fuel``)
BLAST_SET = "@mishap_blast"
#: words of an attack or of arms: such a subject is somebody's act ("a *bomb* blast", "*artillery* fire")
ATTACK_SET = "@cause_attack"
#: the disaster gate's sets: a natural disaster or mishap; a fire or a blast at a works, with no attack word
DISASTER_SET, WORKS_BLAST_SET, WORKS_SET, BLAST_ATTACK_SET = "@disaster_doer", "@works_blast", "@works", "@blast_attack"
_ROOTS = frozenset({"17", "18", "19", "20"})
#: the roots of the disaster gate: violence (the coder's ``VIOLENT_ROOTS``)
_VIOLENT = frozenset({"18", "19", "20"})
_NO = frozenset()


#: (round ri70) animals a drought, a disease or a storm kills: no victims of anyone's violence ("the dry spell had
#: killed half their cattle", "the virus killed 2,000 chickens")
ANIMALS = frozenset({"animal", "cattle", "livestock", "cow", "ox", "bull", "calf", "sheep", "goat", "camel", "horse",
                     "donkey", "pig", "chicken", "poultry", "bird", "fish", "herd", "flock", "dog", "cat", "elephant",
                     "wildlife", "bee", "deer", "buffalo"})


def no_doer(root: str, nominal: bool, trigger: Token, source_tok: Token | None, coded_src: bool,
            sets: dict[str, frozenset[str]], pressure: frozenset[str], target_tok: Token | None = None) -> str | None:
    """Why the event's doer is a cause and no actor (a disaster, a mishap, a strain, a hazard, an economic force),
    or None: the coder's one call for this job."""
    if root in _VIOLENT and not nominal and disaster_doer(trigger, source_tok, sets):
        return "a death in a natural disaster or mishap"  # "an earthquake killed 800 villagers"
    if root in _VIOLENT and not nominal and not coded_src and target_tok is not None and _animals(target_tok):
        return "the ones killed or hurt are animals, with no actor as the doer"  # (round ri70)
    if not nominal and hard_pressed(trigger):
        return "'hard-pressed to': a strain, no pressure on anyone"
    if root == "17" and not nominal and not coded_src and forced_by_need(trigger, source_tok):
        return "'forced to' with no one forcing: a need, a law or a circumstance, no coercion"
    return cause_doer(root, trigger, source_tok, coded_src, sets, pressure)


#: (round ri70) verbs a blast or a fire goes through a works with ("an explosion tore through a chemical plant")
_THROUGH_VERBS = frozenset({"tear", "rip", "sweep", "rock", "hit", "destroy", "engulf", "gut"})


def _works_mishap(h: Token, sets: dict[str, frozenset[str]]) -> bool:
    """``h`` is a fire or an explosion at (in) a works ("an explosion *at a chemical plant*", "a fire *in a coal
    mine*"), with no word of an attack in its phrase ("a bomb blast at the factory" is one)."""
    if lemma_of(h) not in sets.get(WORKS_BLAST_SET, _NO):
        return False
    words = {lemma_of(x) for x in h.subtree} | {x.lower_ for x in h.subtree}
    if words & sets.get(BLAST_ATTACK_SET, _NO):
        return False
    works = sets.get(WORKS_SET, _NO)
    at_works = [c for c in children_of(h) if c.dep_ in ("nmod", "obl")]
    if h.dep_ in ("nsubj", "nsubj:pass") and lemma_of(h.head) in _THROUGH_VERBS:
        at_works += [c for c in children_of(h.head) if c.dep_ == "obl"]  # "an explosion *tore through* a chemical plant" (ri70)
    return any(lemma_of(c) in works and any(g.dep_ == "case" and g.lower_ in ("at", "in", "inside", "through")
                                            for g in children_of(c)) for c in at_works)


def disaster_doer(trigger: Token, source_tok: Token | None, sets: dict[str, frozenset[str]]) -> bool:
    """The doer of a killing is a natural disaster or a mishap: its subject ("an *earthquake* killed 800
    villagers", "an *explosion at a chemical plant* killed 30 workers"), or the subject of the clause a participle
    hangs on ("a *quake* struck the coast, *killing* three")."""
    heads = [source_tok] if source_tok is not None else []
    heads += [c for c in children_of(trigger) if c.dep_ == "nsubj" and c not in heads]
    if trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and trigger.head.i != trigger.i:
        heads += [c for c in children_of(trigger.head) if c.dep_ in ("nsubj", "nsubj:pass")]
    disaster = sets.get(DISASTER_SET, _NO)
    # (the words of a subject: its head and compounds, so "a *quake* struck Chile" misread as one noun phrase counts;
    # a storm's name with its kind before it, "*Typhoon* Mawar killed 14", the kind tagged an adjective: round ri70)
    return any(h.pos_ in ("NOUN", "PROPN") and (_works_mishap(h, sets) or any(
        _words(x) & disaster for x in h.subtree if x.i == h.i or (x.dep_ == "compound" and x.i < h.i)
        or (x.dep_ == "amod" and x.head.i == h.i and h.pos_ == "PROPN" and x.i == h.i - 1 and x.text[:1].isupper())))
        for h in heads)


def _subjects(trigger: Token, source_tok: Token | None) -> list[Token]:
    """The event's subject: the source token, the trigger's own subject, or that of the verb its conjunct or bare
    participle hangs on ("hail destroyed crops *and killed* ...", "winds hit the coast, *killing* three")."""
    out = [source_tok] if source_tok is not None else []
    own = [c for c in children_of(trigger) if c.dep_ in ("nsubj", "nsubj:pass")]
    out += [c for c in own if c not in out]
    if not own and trigger.head.i != trigger.i and (trigger.dep_ == "conj" or (
            trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and not any(c.dep_ == "mark" for c in children_of(trigger)))):
        out += [c for c in children_of(trigger.head) if c.dep_ in ("nsubj", "nsubj:pass") and c not in out]
    if not own and trigger.dep_ == "acl" and trigger.head.i < trigger.i and any(
            c.dep_ in ("obj", "dobj") for c in children_of(trigger)):
        out.append(trigger.head)  # "Falling oil *prices forced* Nigeria to ...": the subject read as the noun of a
    return out  # reduced relative, which the verb's own object shows it is not


def _somebodys(h: Token, attack: frozenset[str]) -> bool:
    """Something in the phrase of ``h`` (besides its head) names an attack, an arm or a person, or an agent."""
    for x in h.subtree:
        if x.i == h.i or x.dep_ in ("det", "punct", "case", "cc"):
            continue
        w = _words(x)
        if w & attack or w & PERSONISH:
            return True
        if x.dep_ in ("obl:agent", "agent") or (x.dep_.startswith("obl") and "by" in _cases(x)):
            return True  # "a fire started by rioters"
    return False


def _hazard(h: Token, sets: dict[str, frozenset[str]]) -> bool:
    """``h`` is a hazard, a disease or a mishap: its head or a compound before it is in ``@hazard_cause`` ("dengue
    *fever*", "a *train* collision"), or it is a blast of a fuel or machine word ("a *gas* explosion")."""
    hazard = sets.get(HAZARD_SET, frozenset())
    if _words(h) & hazard or h.lower_ in hazard:
        return True
    if lemma_of(h) in sets.get(BLAST_SET, _NO):
        return any(c.dep_ in ("compound", "amod", "nmod") and (_words(c) & sets.get(FUEL_SET, frozenset()))
                   for c in children_of(h))
    return any(c.dep_ == "compound" and c.i < h.i and _words(c) & hazard for c in children_of(h)) and h.pos_ == "PROPN"


def cause_doer(root: str, trigger: Token, source_tok: Token | None, coded_src: bool,
               sets: dict[str, frozenset[str]], pressure: frozenset[str]) -> str | None:
    """Why the doer of a coercion or a killing (roots 17-20, a verb) is a cause and no actor, or None.
    ``pressure`` is the coder's list of pressure causes (protests, sanctions, a scandal)."""
    if root not in _ROOTS or trigger.pos_ not in ("VERB", "AUX"):
        return None
    econ, attack = sets.get(ECONOMIC_SET, _NO), sets.get(ATTACK_SET, _NO)
    for h in _subjects(trigger, source_tok):
        if h.pos_ not in ("NOUN", "PROPN") or _person_name(h):
            continue
        if _hazard(h, sets) and not _somebodys(h, attack):
            return "the doer is a hazard, a disease or a mishap, not an actor"
        if h.pos_ != "NOUN":
            continue
        head_words = _words(h)
        if head_words & econ and (root == "17" or not coded_src) and not _somebodys_attack(h, attack):
            return "the doer is an economic force or a setback, not an actor"
        if root == "17" and coded_src and h is source_tok and head_words & pressure and _owned_cause(h):
            return "the doer is a cause a party owns (its protests, its defeat), not the party"
    return None


def _person_name(h: Token) -> bool:
    """``h`` is a person's name that happens to be a hazard or market word ("Dana *Price*", "Jon *Snow*"): a
    capitalised word inside its sentence tagged a person or joined to another name."""
    if not h.text[:1].isupper() or h.i == h.sent.start:
        return False  # "Measles killed 30 children": the first word of a sentence is capitalised anyway
    return h.ent_type_ == "PERSON" or h.pos_ != "PROPN" or any(c.dep_ in ("flat", "compound", "appos") and c.pos_ == "PROPN" and c.text[:1].isupper()
                                    for c in children_of(h))


def _somebodys_attack(h: Token, attack: frozenset[str]) -> bool:
    return any(_words(x) & attack for x in h.subtree if x.i != h.i)


def _owned_cause(h: Token) -> bool:
    """The cause noun ``h`` has the party only as its possessor or modifier ("the *LDP's* setback", "*opposition*
    protests"), not as a conjunct ("the army and the protests")."""
    return not any(c.dep_ == "conj" for c in children_of(h))


#: verbs of compelling ("forced to", "compelled to", "obliged to")
_COMPEL = frozenset({"force", "compel", "oblige", "obligate"})
#: what people are driven to by someone unnamed (fleeing, dispersing): a coercion even with no doer named
_DRIVEN_OUT = frozenset({"flee", "leave", "disperse", "evacuate", "surrender", "retreat", "withdraw", "relocate",
                         "hide", "kneel", "confess", "return"})


#: the adverb or particle of people driven away ("were forced back", "were forced out"): a coercion, whoever did it
_DRIVEN_WORDS = frozenset({"back", "out", "away"})


def forced_by_need(trigger: Token, source_tok: Token | None) -> bool:
    """"Was forced to import sugar", "the budget law forces the treasury to publish its accounts", "a shake-out forced the government
    to take over three banks" (session 35, round fp70): a verb of compelling with no actor as its doer (the coder
    passes only uncoded sources) is a need, a law or a circumstance, no coercion (170): a passive with no agent
    phrase, or a subject that is a common noun and no person. A named or pronoun doer ("he forced them to ..."), an
    agent phrase ("forced to resign *by protesters*") and people driven out ("were forced to flee") stay."""
    if lemma_of(trigger) not in _COMPEL or trigger.pos_ not in ("VERB", "AUX"):
        return False
    kids = children_of(trigger)
    if any(lemma_of(c) in _DRIVEN_OUT for c in kids if c.dep_ in ("xcomp", "ccomp", "advcl")):
        return False
    if any(c.lower_ in _DRIVEN_WORDS and c.dep_ in ("advmod", "compound:prt", "prt") for c in kids):
        return False  # "hundreds of Afghans were *forced back* across the border" (round sc76)
    if any(c.dep_ in ("obl:agent", "agent") or (c.dep_.startswith("obl") and "by" in _cases(c)
                                               and c.pos_ in ("NOUN", "PROPN", "PRON")) for c in kids):
        return False
    if any(c.dep_ in ("aux:pass", "auxpass", "nsubj:pass", "nsubjpass") for c in kids):
        return True  # "Peru has been forced to import rice"
    heads = _subjects(trigger, source_tok)
    return bool(heads) and all(h.pos_ == "NOUN" and not (_words(h) & PERSONISH) and not _party_like(h) for h in heads)


#: endings of nouns of people or bodies ("occupiers", "militants", "loyalists", "insurgents", "the assembly's *regulator*")
_PARTY_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ant", "ants", "ent", "ents")


def _party_like(h: Token) -> bool:
    """The subject noun ``h`` may be a party the tables do not code: a noun of people or bodies by its ending
    ("Russian *occupiers*"), or one modified by a nationality, a place or a name ("*Russian* occupiers")."""
    if h.lower_.endswith(_PARTY_ENDINGS):
        return True
    return any(c.dep_ in ("amod", "compound", "nmod:poss", "nmod") and (c.pos_ == "PROPN" or c.ent_type_ in (
        "NORP", "GPE", "ORG", "PERSON")) for c in children_of(h))


def hard_pressed(trigger: Token) -> bool:
    """"Hard-pressed to find money", "were hard pressed to explain": the adjective of a strain, no pressure put on
    anyone: "pressed" right after "hard" (with or without a hyphen), with no object of its own."""
    if lemma_of(trigger) != "press" or trigger.pos_ not in ("VERB", "ADJ", "AUX") or trigger.i < 1:
        return False
    doc = trigger.doc
    prev = doc[trigger.i - 1]
    if prev.text in ("-", "\u2010", "\u2011") and trigger.i >= 2:
        prev = doc[trigger.i - 2]
    if prev.lower_ != "hard":
        return False
    return not any(c.dep_ in ("obj", "dobj", "iobj") for c in children_of(trigger))


def _animals(t: Token) -> bool:
    """``t`` heads animals: an animal noun, or a share or count of them ("a third *of their sheep*", "thousands *of
    goats*")."""
    heads = [t] + [c for c in children_of(t) if c.dep_ == "nmod" and "of" in _cases(c)]
    return any(h.pos_ == "NOUN" and (lemma_of(h) in ANIMALS or h.lower_ in ANIMALS) for h in heads)


def unforced(trigger: Token) -> bool:
    """(round ri70) A "forced to" that names no coercer: an agentless passive ("the rider *was forced to* withdraw
    with a broken collarbone", "the crew were forced to abandon the race") or a bare participle telling what an act
    or a mishap led to ("hackers attacked the hospital's systems, *forcing* surgeons to postpone operations"): the
    effect, no act of coercion by anyone (170). A by-agent keeps it ("were forced by soldiers to ...")."""
    kids = children_of(trigger)
    if any(c.dep_ in ("obl:agent", "agent") or (c.dep_.startswith("obl") and "by" in _cases(c)) for c in kids):
        return False
    if any(c.dep_ in ("aux:pass", "auxpass", "nsubj:pass", "nsubjpass") for c in kids):
        return True
    return trigger.tag_ == "VBG" and trigger.dep_ == "advcl" and trigger.head.i != trigger.i and not any(
        c.dep_ == "mark" for c in kids)
