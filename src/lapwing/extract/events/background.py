"""Sentence-level gate on the events of one sentence, read together (session 14, issue 10: precision).

An act named only as the point of reference of a superlative or a first ("the biggest turnout *since security
forces broke up the camp* on June 3", "the first visit *since Egypt signed* the treaty") is an earlier event the
sentence measures its news against, not news of its own: ``background_events`` drops it. A since-clause of a
news event stays ("police have arrested 40 people *since protesters blocked* the highway").

A past participle the parse took for a clause, placed before its noun with no subject of its own ("the party *of
jailed* former premier X", "clients include *jailed* publisher X"), describes the noun: ``attributive_participle``
(session 16).

A base-form verb the tagger read in a noun phrase, with no subject, auxiliary, "to" or object of its own, right before
the noun it modifies ("the general and *protest* leaders signed ...", "*protest* organisers met the police"), names
no act: ``modifier_base_verb``; the noun of "came under attack" is what the subject undergoes: ``undergone_noun``
(session 17).

An act named only as the condition of another ("would lift the sanctions *once the junta freed* the president",
"would close the strait *if Western powers imposed* sanctions", "will pull out *once the peacekeepers take over*") is
no event of its own: the sentence tells the conditional act (coded hypothetical or as a threat), not the condition:
``condition_act`` (session 37, round rv75). A fronted condition is a scenario told as such and keeps its hypothetical
event ("If the rebels attack the capital, the government will declare ...": ``tests/test_events.py``, the folder's
mc-090); an until-clause is left alone (the folder keeps it optional).

A hypothetical act in the content of a verbal act told as done (roots 01-13: "urged its supporters to stage
*strikes*", "threatened to impose a *curfew* if the riots went on") is what that act asks, offers or threatens, not an
event of its own: ``said_content`` (session 39, round pr78). Only a path of content edges counts (a to-clause, a
that-clause, an object and its phrases); a joined verb, an adverbial or a relative clause may tell another act.

(The round's wider rules on acts told as background in relative clauses, and on the main clause's event
being the sentence's most confident, lifted part a of the shared scorers and not part b, and were taken out:
docs/events.md, session 14.)
"""

from __future__ import annotations

from spacy.tokens import Token


def reference_point(anchor: Token) -> bool:
    """The anchor heads a since-clause that dates a superlative or a first ("the biggest turnout *since
    security forces broke up the camp* in June", "the first visit since ..."): an earlier event named as a
    point of reference."""
    t, n = anchor, 0
    while t.dep_ == "conj" and t.head.i != t.i and n < 3:
        t, n = t.head, n + 1
    if t.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "since" for c in t.children):
        return False
    h = t.head
    near = [h] + [c for c in h.children if c.dep_ in ("nsubj", "obj", "amod", "advmod", "xcomp", "obl")]
    near += [g for c in near[1:] for g in c.children if g.dep_ in ("amod", "advmod")]
    return any(x.tag_ in ("JJS", "RBS") or x.lower_ in ("first", "last", "most", "least") for x in near)


#: subordinators of a condition: the act of their clause is what another act waits on
_CONDITION_MARKS = frozenset({"if", "unless", "once", "provided", "providing"})


def condition_act(anchor: Token) -> bool:
    """The anchor lies in an adverbial clause of condition after its main clause ("... if Washington *imposed* duties", "... once the
    junta *released* the president", "unless the talks *resumed*"), however deep (a noun or a to-clause in it: "if
    Israel renewed its *offensive*", "if Washington carried out its threat *to impose* duties")."""
    t, n = anchor, 0
    while t.head.i != t.i and n < 8:
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in t.children):
            return t.i > t.head.i  # (a fronted condition sets the scene and is told: "If Russia invades, ...")
        t, n = t.head, n + 1
    return False


def fronted_condition(anchor: Token) -> bool:
    """The anchor lies in an adverbial clause of condition placed before its main clause ("*If* the rebels attack the
    capital, the government will ...")."""
    t, n = anchor, 0
    while t.head.i != t.i and n < 8:
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in t.children):
            return t.i < t.head.i
        t, n = t.head, n + 1
    return False


#: dependency edges by which an act's content hangs below it
_CONTENT_EDGES = frozenset({"xcomp", "ccomp", "acl", "obj", "dobj", "iobj", "obl", "nmod", "pobj", "prep", "compound"})

#: the last CAMEO root of the verbal acts (01 statements to 13 threats): what such an act asks, offers, rejects or
#: threatens is its content
_LAST_VERBAL_ROOT = 13


def said_content(e: tuple, events: list) -> bool:
    """``e`` is a hypothetical act inside the content of another event of the sentence that is a verbal act told as
    done (roots 01-13, not hypothetical itself): "called on his supporters to stage *strikes*" (the appeal, 02),
    "rejected calls from lawmakers to *designate* the cartels" (the rejection, 12), "threatened to impose a *curfew* if
    ..." (the threat, 13), "signed an agreement to *open* a corridor" (the agreement, 05). The verbal act is the event;
    what it asks or promises has not happened (session 39, round pr78). A fronted condition stays ("If the rebels
    *attack* the capital, the government will ...": a scenario told as such)."""
    if e[0].status != "hypothetical" or fronted_condition(e[3].anchor):
        return False
    t = e[3].trigger
    # only a path of content edges (a to-clause, a that-clause, an object, the noun's to-clause or phrase) reads as the
    # act's content: a verb joined by a conjunction ("would not accept ... *and would regard*", "called on X to resign
    # *and demanded* elections"), an adverbial clause ("signed a pact, *opening* the door to deploying troops", a
    # prospect kept hypothetical) or a relative clause ("the colonel *who led* the push to remove ...") may be
    # another act
    above: dict[int, bool] = {}  # token -> the path up to it climbs by content edges only
    x, n, plain = t, 0, True
    while x.head.i != x.i and n < 12:
        plain = plain and x.dep_ in _CONTENT_EDGES
        if x.head.pos_ == "NOUN" and any(c.dep_ == "nmod:poss" for c in x.head.children):
            plain = False  # a plan its owner names ("welcomed *Iran's* offer to release ..."): the owner's act stays
        above.setdefault(x.head.i, plain)
        x, n = x.head, n + 1
    return any(f is not e and f[0].status != "hypothetical" and f[0].cameo[:2].isdigit()
               and int(f[0].cameo[:2]) <= _LAST_VERBAL_ROOT and f[3].trigger.i != t.i
               and above.get(f[3].trigger.i, False) for f in events)


def background_events(events: list) -> list:
    """``events``: (Event, trigger index, confidence, Candidate) of one sentence, without the acts named as a
    point of reference, the hypothetical acts named as a condition and those inside a verbal act's content (see the
    module's docstring)."""
    return [e for e in events if not reference_point(e[3].anchor)
            and not (e[0].status == "hypothetical" and condition_act(e[3].anchor))
            and not said_content(e, events)]


_CLAUSE_EDGES = frozenset({"conj", "xcomp", "advcl", "ccomp", "parataxis", "csubj", "acl:relcl"})
_AUX_WORDS = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re", "has", "have", "had",
                        "having", "'ve", "'d", "do", "does", "did", "will", "would", "shall", "should", "can", "could",
                        "may", "might", "must", "to", "get", "got", "gets", "'ll", "wo", "ca", "ought", "’s", "’re", "’ve", "’d", "’ll"})
_BE_HAVE = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "having", "get", "got"})


def attributive_participle(t: Token) -> bool:
    """``t`` is a past participle before its noun, with no subject, auxiliary or clause of its own, after a
    preposition, a determiner or a verb the parse hung on it ("the party of *jailed* former premier X", "include
    *jailed* publisher X"): a description of the noun, not a report of the act."""
    if t.tag_ != "VBN" or t.i == 0 or t.dep_ in _CLAUSE_EDGES:
        return False
    kids = list(t.children)
    prev = t.doc[t.i - 1]
    # a verb the parse hung on the participle as its auxiliary ("clients *include* jailed publisher X"): the clause
    # is that verb's, and its subject is no subject of the participle
    fake_aux = prev.head.i == t.i and prev.dep_ == "aux" and prev.lower_ not in _AUX_WORDS
    if not fake_aux and any(c.dep_ in ("nsubj", "nsubj:pass", "aux:pass", "csubj", "expl") for c in kids):
        return False
    if any(c.dep_ == "aux" and c.lower_ in _BE_HAVE for c in kids):
        return False
    if any(c.dep_.startswith("obl") and any(g.lower_ == "by" for g in c.children) for c in kids):
        return False  # "jailed by a military court": the act itself
    obj = next((c for c in kids if c.dep_ in ("obj", "dobj")), None)
    if obj is None or obj.left_edge.i != t.i + 1:
        return False
    return fake_aux or prev.tag_ in ("IN", "DT", "PRP$", "POS") or (
        prev.head.i == t.i and prev.dep_ in ("mark", "case") and prev.lower_ not in _BE_HAVE)


_NOUN_PHRASE_EDGES = frozenset({"conj", "compound", "amod", "nmod", "dep", "appos"})


def modifier_base_verb(t: Token) -> bool:
    """``t`` is a base-form verb (VB) in a noun phrase: hung on a noun or an adjective by a noun phrase's edge, with
    no subject, auxiliary, "to", object or clause of its own, and the next word a noun it does not govern ("the
    general and *protest* leaders"): a noun modifier the tagger misread, not an act."""
    if t.tag_ != "VB" or t.dep_ not in _NOUN_PHRASE_EDGES or t.head.i == t.i or t.head.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    if t.i + 1 >= len(t.doc):
        return False
    nxt = t.doc[t.i + 1]
    if nxt.tag_ not in ("NN", "NNS") or nxt.head.i == t.i:
        return False
    return not any(c.dep_ not in ("det", "punct", "cc", "amod") for c in t.children)


_FORCE_UNDERGONE = frozenset({"attack", "fire", "assault", "shelling", "bombardment", "barrage", "siege"})


def undergone_noun(t: Token) -> bool:
    """``t`` is the noun of "came / was / remained under (attack, fire, pressure)": what the subject undergoes; the
    verb's own rows code it (``come_under_*``), and the subject is no doer of the noun's act ("the forces *came
    under a coordinated attack* from rebels" is no attack by the forces)."""
    return (t.pos_ == "NOUN" and t.lemma_.lower() in _FORCE_UNDERGONE and t.dep_ in ("obl", "nmod", "obj")
            and t.head.lemma_.lower() in ("come", "be", "remain", "fall")
            and any(c.dep_ == "case" and c.lower_ == "under" for c in t.children)
            and any(_from_phrase(x) for x in (t, t.head)))


def _from_phrase(t: Token) -> bool:
    """``t`` has a from-phrase naming whom the attack came from ("came under fire *from militants*"); without one
    ("two robbers were killed when officers came under attack") the noun is left to the coder and to the reading of
    a death told with it (``context_death``)."""
    # (the phrase's first word: the parse may hang "from" on a compound of the noun, "from *opposition* lawmakers")
    return any(c.dep_ in ("obl", "nmod") and c.left_edge.lower_ == "from" for c in t.children)


#: agreement nouns, and the verbs that tell such an agreement failed: "the arms *deal* with Pakistan *collapsed*",
#: "the pact between X and Y *fell apart* / *fell through* / *broke down*" (session 36, round rm73)
_AGREEMENT_NOUNS = frozenset({"deal", "agreement", "accord", "pact", "treaty"})
_FAILING_VERBS = frozenset({"collapse", "founder", "unravel", "crumble", "disintegrate"})
_FAILING_PARTICLES = {"fall": ("apart", "through"), "break": ("down",)}


def failed_agreement(t: Token) -> bool:
    """``t`` is an agreement noun that is the subject of a verb of failing ("the fighter jet deal with India
    collapsed", "the gas deal between Russia and China fell through"): no agreement is signed in the sentence, so
    the noun is no 057 of its parties (the coder codes an agreement told as made or signed elsewhere)."""
    if t.pos_ != "NOUN" or t.lemma_.lower() not in _AGREEMENT_NOUNS or t.dep_ not in ("nsubj", "nsubj:pass"):
        return False
    head = t.head
    verb = head.lemma_.lower()
    if verb in _FAILING_VERBS:
        return True
    prts = _FAILING_PARTICLES.get(verb)
    # (the particle as the parse gives it, or the word right after the verb: "fell *through* last week" read as a case)
    nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    return prts is not None and (any(c.dep_ in ("compound:prt", "prt", "advmod") and c.lower_ in prts for c in head.children)
                                 or (nxt is not None and nxt.lower_ in prts))
