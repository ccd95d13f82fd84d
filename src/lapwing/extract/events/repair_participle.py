"""Repair 12 of ``parse_repair``: a participle trigger read as a modifier of the noun after it.

"The EU *imposed* sanctions" (with *imposed* an adjective on *sanctions*, which has the subject),
"Militants have *abducted* schoolgirls" (right after "have"), "Security forces have *tortured*
refugees, a rights group said" ("have" hung on the reporting verb): the participle is the clause's
verb. Common adjectives that look like participles ("have armed guards") are left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.lexicon_loader import form_index, lexicon
from lapwing.extract.events.repair_time import _SUBJ_DEPS
from lapwing.extract.events.verb_classes import light_past_forms

#: verbs that report a clause hung under them ("..., a rights group *said*")
#: reporting verbs (also repair 21h's closing "..., X said", ``repair_verbless``)
REPORTING_VERBS = frozenset({"say", "tell", "report", "add", "announce", "claim", "state", "confirm", "allege", "write",
                             "tweet"})


def _set_head(t: Token, head: Token, dep: str) -> None:
    t.head = head
    t.dep_ = dep


_ADJ_PARTICIPLES = set("armed mixed limited improved advanced trained skilled experienced organized organised guided "
                       "detailed united fixed wanted used related increased reduced concerned qualified registered "
                       "elected sealed written".split())


#: negations are no adverb to skip: "have not lifted sanctions" stays as parsed
_NEGATIONS = frozenset({"not", "n't", "never", "no"})


def _have_before(v: Token) -> Token:
    """Repair 260 (session 33, round pv65): the word before the participle, past one or two adverbs right before it
    ("have *also* intensified attacks", "has *now* relaunched its offensive", "had *further* escalated ..."): the
    auxiliary when the adverbs sit between it and the participle, else the word right before it."""
    doc, k = v.doc, v.i - 1
    while k >= 1 and v.i - k <= 2 and doc[k].tag_ == "RB" and doc[k].dep_ == "advmod" and doc[k].lower_ not in _NEGATIONS:
        k -= 1
    if k < v.i - 1 and doc[k].lower_ in ("have", "has", "had"):
        return doc[k]
    return doc[v.i - 1] if v.i >= 1 else v


def _light_on_event(v: Token, root: Token) -> bool:
    """Repair 254 (session 33, round rc63): a light verb's past form right after "have" / "has" / "had" on a noun
    that is a nominal trigger ("Houthi fighters have *intensified* attacks on ...", "the militia has *relaunched*
    its offensive") counts as repair 12's participle: the noun is the event the verb carries, so the verb is the
    clause's and the subject reaches the noun's event through it. Only after "have" (no "the intensified attacks")."""
    lemma = light_past_forms().get(v.lower_)
    return lemma is not None and v.i >= 1 and _have_before(v).lower_ in ("have", "has", "had") \
        and ("N", root.lemma_.lower()) in lexicon().by_lemma


def _participle_clause(root: Token) -> bool:
    """Repair 12: returns True when applied."""
    doc = root.doc
    for v in [c for c in root.children if c.i < root.i and (c.dep_ in ("amod", "acl") or c.dep_ == "advmod" and c.i >= 2
                                                             and c.doc[c.i - 1].tag_ == "RB" and _have_before(c).lemma_ == "have")]:
        # (260: "militants have also *intensified* attacks" with the participle an adverb of the noun)
        if not (v.tag_ in ("VBN", "VBD") and v.lower_.endswith(("ed", "en"))) or v.lower_ in _ADJ_PARTICIPLES:
            continue
        light = _light_on_event(v, root)  # (repair 254)
        if ("V", v.lower_) not in form_index() and ("V", v.lemma_.lower()) not in lexicon().by_lemma and not light:
            continue
        have = _have_before(v)  # (repair 260: past an adverb)
        next_to = v.i == have.i + 1 or have.lemma_ == "have" and all(doc[k].tag_ == "RB" for k in range(have.i + 1, v.i))
        subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None)
        nsubj = next((c for c in root.children if c.i < have.i and (c.dep_ == "nsubj" or (
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.left_edge.i == root.left_edge.i))), None)
        if root.dep_ in ("ROOT", "root") and subj is not None:  # "The EU imposed sanctions"
            _set_head(v, v, "ROOT")
            _set_head(root, v, "obj")
        elif root.dep_ in ("ROOT", "root", "ccomp", "advcl", "conj", "parataxis") and have.lemma_ == "have" \
                and have.head.i in (v.i, root.i) and have.dep_ == "aux" and next_to \
                and nsubj is not None and nsubj.right_edge.i == have.i - 1 \
                and (nsubj.lower_ in ("it", "they", "he", "she", "we") or light
                     or any(x.ent_type_ in ("GPE", "LOC", "NORP", "ORG", "PERSON") for x in nsubj.subtree)):
            # "Germany has lifted sanctions", "(Germany said) it had lifted sanctions": the subject hung on the
            # noun, "has" on the participle or the noun (a named subject: "the hospital has wounded soldiers"
            # has them)
            if root.dep_ in ("ROOT", "root"):
                _set_head(v, v, "ROOT")
            else:
                _set_head(v, root.head, root.dep_)
            _set_head(nsubj, v, "nsubj")
            _set_head(have, v, "aux")
            _set_head(root, v, "obj")
        elif root.dep_ in ("obj", "dobj") and have.i == root.head.i and have.lemma_ == "have" and next_to \
                and (any(c.dep_ == "nsubj" for c in have.children) or (have.dep_ == "xcomp" and any(
                    c.dep_ == "mark" and c.lower_ == "to" for c in have.children))):
            # "Militants have abducted schoolgirls"; "is believed *to have tortured* detainees" 
            _set_head(v, have.head if have.head.i != have.i else v, have.dep_)
            for c in list(have.children):
                if c.i != v.i:
                    _set_head(c, v, c.dep_)
            _set_head(have, v, "aux")
            have.pos_ = "AUX"
        elif have.lemma_ == "have" and next_to and have.dep_ == "aux" and have.head.i > root.i \
                and root.head.i == have.head.i and any(c.dep_ == "nsubj" for c in have.children) \
                and (have.head.lemma_ in REPORTING_VERBS or any(c.dep_ in _SUBJ_DEPS and c.i > root.i for c in have.head.children)):
            # "Security forces have tortured refugees, a rights group said": "have" was hung on the
            # reporting verb and the object made its subject; the clause is what was reported
            _set_head(v, have.head, "ccomp")
            for c in list(have.children):
                if c.i != v.i:
                    _set_head(c, v, c.dep_)
            _set_head(have, v, "aux")
            have.pos_ = "AUX"
            _set_head(root, v, "obj")
        else:
            continue
        v.pos_, v.tag_ = "VERB", "VBN" if have.lemma_ == "have" else "VBD"
        for k in range(have.i + 1, v.i):  # (repair 260: the adverbs are the verb's)
            _set_head(doc[k], v, "advmod")
        for c in list(root.children):
            if c.i > root.i and c.dep_.startswith("obl"):  # "of refugees", "on Iran" stay the noun's
                _set_head(c, v, "obl")
            elif c.dep_ == "punct" and c.i == v.sent.end - 1:
                _set_head(c, v, "punct")
        return True
    return False


def repair_present_on_noun(root: Token) -> bool:
    """Repair 261 (session 33, round pv65): a present-tense trigger verb after a coordinated subject, read as a
    compound of its object, which is the sentence's root: "Both Iran and Syria *deny* reports of ...", "Egypt and
    Jordan *reject* claims that ...". The verb is the root, the noun its object, the coordinated names its subject.
    Only a plural present form (VBP, or a bare trigger verb form tagged a noun) right after a coordination of names (with "and"), in a sentence with no verb
    of its own. True when applied."""
    if root.dep_ not in ("ROOT", "root") or root.pos_ != "NOUN":
        return False
    doc = root.doc
    v = next((c for c in root.children if c.dep_ == "compound" and c.i < root.i and (c.tag_ == "VBP" or (
        # "deny" tagged a noun: a bare verb form that is no nominal trigger
        c.tag_ in ("NN", "VB") and ("V", c.lower_) in form_index() and ("N", c.lower_) not in lexicon().by_lemma))
              and ("V", c.lemma_.lower()) in lexicon().by_lemma), None)
    if root.tag_ != "NNS" and not any(c.dep_ in ("det", "nmod:poss") for c in root.children):
        return False
    if v is None or v.i < 3 or any(t.pos_ in ("VERB", "AUX") and t.i != v.i for t in root.sent):
        return False
    first = next((t for t in doc[root.sent.start:v.i] if t.pos_ == "PROPN" and t.dep_ != "conj"
                  and any(c.dep_ == "conj" and c.i < v.i for c in t.children)), None)
    if first is None or first.right_edge.i != v.i - 1 or not any(t.lower_ == "and" for t in doc[first.i:v.i]):
        return False
    _set_head(v, v, "ROOT")
    _set_head(first, v, "nsubj")
    _set_head(root, v, "obj")
    v.pos_, v.tag_ = "VERB", "VBP"
    for c in list(root.children):
        if c.dep_ == "punct" and c.i == root.sent.end - 1:
            _set_head(c, v, "punct")
    return True


def repair_result_clause(g: Token) -> bool:
    """Repair 12b: "Protesters and security forces *clashed* in the capital, *leaving* 70 people
    injured": the parser made the result clause's -ing verb the root, gave it the subject, and hung the
    finite verb on the subject as a modifier. The finite verb is the root, the subject its subject and
    the -ing verb its adverbial clause. True when applied."""
    if g.tag_ != "VBG" or g.dep_ not in ("ROOT", "root") or g.i == 0 or g.doc[g.i - 1].text != ",":
        return False
    subj = next((c for c in g.children if c.dep_ in _SUBJ_DEPS and c.i < g.i), None)
    if subj is None:
        return False
    v = next((c for c in subj.children if c.dep_ in ("acl", "acl:relcl") and c.pos_ == "VERB"
              and c.tag_ in ("VBD", "VBN") and c.i < g.i
              and not any(x.dep_ in _SUBJ_DEPS or x.dep_ in ("mark", "aux:pass") or x.tag_ in ("WDT", "WP")
                          for x in c.children)), None)
    if v is None:
        return False
    _set_head(v, v, "ROOT")
    v.tag_ = "VBD"
    _set_head(subj, v, "nsubj")
    _set_head(g, v, "advcl")
    for c in list(g.children):
        if c.dep_ == "punct" and c.i == g.sent.end - 1:
            _set_head(c, v, "punct")
    return True


def repair_participle_subject(g: Token) -> bool:
    """Repair 12d: an -ing participle that describes the noun before it, read as the clausal subject of
    the main verb with that noun its own subject ("a man *riding* a motorcycle was shot", *riding*
    csubj of *shot*, *man* nsubj of *riding*): the noun is the main verb's subject and the participle
    its modifier. True when applied."""
    v = g.head
    if g.tag_ != "VBG" or g.dep_ != "csubj" or v.i <= g.i or v.pos_ not in ("VERB", "AUX"):
        return False
    subj = next((c for c in g.lefts if c.pos_ in ("NOUN", "PROPN") and (c.dep_ == "nsubj" or (
        # "Maduro, *addressing* the rally ..., said": the name before the comma read as a vocative
        c.dep_ in ("vocative", "dislocated") and any(x.text == "," for x in g.doc[c.i + 1:g.i])))), None)
    if subj is None or any(c.dep_ in ("mark", "aux") for c in g.children):
        return False  # "what *happened* was ...", "that he *was leaving* angered ..."
    passive = any(c.dep_ in ("aux:pass", "auxpass") for c in v.children)
    _set_head(subj, v, "nsubj:pass" if passive else "nsubj")
    _set_head(g, subj, "acl")
    return True


def repair_name_as_participle_subject(s: Token) -> bool:
    """Repair 34: a place name after its common noun read as the subject of the -ing clause after it.

    "attacked an army camp outside the port city *Kismayo* using truck bombs, killing 11 soldiers":
    *Kismayo* is the name of "the port city" (an apposition), not the one using the bombs; an adverbial
    -ing clause takes the main clause's subject. Only a proper name right after a common noun and right
    before the participle, which has no other subject. Returns True when applied."""
    v = s.head
    if s.dep_ != "nsubj" or s.pos_ != "PROPN" or v.i != s.right_edge.i + 1 or v.tag_ != "VBG" \
            or v.dep_ not in ("advcl", "xcomp", "acl") or v.head.i >= s.i:
        return False
    n = s.doc[s.left_edge.i - 1] if s.left_edge.i > 0 else None
    if n is None or n.pos_ != "NOUN" or n.tag_ != "NN" or not any(c.dep_ == "det" for c in n.children):
        return False
    _set_head(s, n, "appos")
    return True


#: verbs that report what someone says, for a that-clause hung on their channel ("said *in a statement* that")
_CHANNEL_REPORTERS = REPORTING_VERBS | {"warn", "insist", "argue", "stress", "note", "declare", "post", "acknowledge",
                                        "admit", "deny", "reiterate", "explain", "indicate", "promise", "pledge", "vow"}


def repair_channel_clause(v: Token) -> bool:
    """Repair 62: "The ministry *said in a statement that* Israeli jets had bombed ...", "the army said in a
    statement that it would not follow ...": the that-clause read as a clause of the channel noun (``acl`` of
    *statement*, *letter*, *interview*) hangs on the reporting verb as its complement (``ccomp``), so that
    what follows is reported speech. True when applied."""
    n = v.head
    if v.dep_ not in ("acl", "acl:relcl") or n.i >= v.i or not (n.dep_.startswith("obl") or n.dep_ == "nmod") \
            or n.pos_ != "NOUN":
        return False
    kids = list(v.children)
    that = next((c for c in kids if c.lower_ == "that" and c.i < v.i), None)
    # "that" a complementizer, not a relative pronoun: a mark, or a subject / object beside another one
    if that is None or not (that.dep_ == "mark" or that.dep_ in ("obj", "nsubj") and any(
            c.dep_ == that.dep_ and c.i != that.i for c in kids)):
        return False
    say = n.head
    if n.dep_ == "nmod" and say.dep_ in ("obj", "iobj", "obl"):
        say = say.head  # "told *reporters at a news conference* that ..."
    if say.pos_ != "VERB" or say.lemma_.lower() not in _CHANNEL_REPORTERS or say.i > n.i \
            or any(c.dep_ == "ccomp" for c in say.children):
        return False
    _set_head(v, say, "ccomp")
    if that.dep_ != "mark":
        that.dep_ = "mark"
    return True
