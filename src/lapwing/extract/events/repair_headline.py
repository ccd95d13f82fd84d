"""Repair 21h of ``parse_repair``: a headline's passive without its auxiliary.

"Journalist *arrested* in Harare", "Opposition leader *jailed* for five years", "Scores of students *detained* in
Ankara", "Mayor of border town *killed* in Sonora": a brief or a ticker drops "was" / "were", and the parser reads
the participle as a modifier of the noun phrase (``acl``), so the sentence has no verb and no event. When a verbless
sentence's only verb is such a participle of a verb that always takes an object (one cannot "arrest" or "jail"
without someone arrested or jailed) and nothing follows it but phrases with a preposition or of time, the sentence
is the passive "X was VERBed ...": the participle becomes the root, the noun phrase its passive subject, and the
phrases after the participle its own. A participle with an object, an agent or a clause of its own is left to the
other repairs ("Fighters loyal to the army *seized* the town").

21h2: the parser may instead read the participle as the root verb with the noun phrase its active subject
("Journalist *arrested*." as if the journalist arrested someone): a verb of arrest, conviction, abduction or
expulsion with a subject right before it and neither object nor clause after it is then that passive.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from lapwing.extract.events.repair_forms import verb_forms

#: verbs that always take an object: with none, their participle in a headline is a passive
_ALWAYS_TRANSITIVE = frozenset({
    "arrest", "detain", "jail", "imprison", "sentence", "convict", "charge", "indict", "kill", "murder",
    "assassinate", "execute", "behead", "hang", "abduct", "kidnap", "wound", "injure", "deport", "expel",
    "extradite", "free", "release", "rescue", "shoot", "lynch", "torture", "seize", "hijack", "ban", "impeach",
    "oust", "depose", "sack", "dismiss", "summon", "pardon", "acquit", "raid", "attack", "bomb", "shell",
    "hold",  # "Two men *held* for chain snatching", "Talks *held* in Doha" (round sb76)
})
_LOOSE = {"obl", "obl:tmod", "obl:npmod", "obl:unmarked", "nmod", "nmod:tmod", "nmod:unmarked", "advmod", "punct", "conj",
          "cc", "advcl"}


def repair_headline_passive(root: Token, sent: Span) -> bool:
    """Apply repair 21h to the verbless sentence ``sent`` with root ``root``; True when applied."""
    if root.pos_ not in ("NOUN", "PROPN") or any(t.pos_ == "AUX" or t.dep_ in ("aux", "aux:pass", "cop") for t in sent):
        return False
    verbs = [t for t in sent if t.pos_ == "VERB" or t.tag_ in ("VBD", "VBN", "VBZ", "VBP")]
    if len(verbs) != 1:
        return False
    v = verbs[0]
    lemma = verb_forms().get(v.lower_)
    if lemma not in _ALWAYS_TRANSITIVE or v.tag_ not in ("VBN", "VBD") or v.dep_ not in ("acl", "amod") \
            or not v.lower_.endswith(("ed", "ot", "wn", "ung", "eld")):
        return False
    # the participle hangs in the root's noun phrase, before anything of the sentence's other parts
    h = v.head
    while h.i != root.i:
        if h.dep_ not in ("nmod", "compound", "flat", "appos") or h.head.i == h.i:
            return False
        h = h.head
    if v.i < root.i or v.i < v.head.i or any(c.dep_ in ("obj", "iobj", "obl:agent", "ccomp", "xcomp", "nsubj", "nsubj:pass", "mark")
                           or c.tag_ in ("WDT", "WP") for c in v.children):
        return False
    if any(c.dep_ not in _LOOSE for c in v.children):
        return False
    if any(t.text == ":" and root.i < t.i < v.i for t in sent):
        return False  # "Police: two men held over ...": the noun before the colon tells the news, it is not held
    rest = [c for c in root.children if c.i > v.i]
    if any(c.dep_ not in _LOOSE for c in rest):
        return False
    v.head, v.dep_, v.tag_, v.pos_, v.lemma_ = v, "ROOT", "VBN", "VERB", lemma
    for c in rest:
        c.head = v
    root.head, root.dep_ = v, "nsubj:pass"
    return True


#: the narrower set for a root verb (no "attack", "shoot", "raid": "gunmen attacked at dawn" is active)
ROOT_PASSIVE = frozenset({"kill", "murder", "arrest", "detain", "jail", "imprison", "sentence", "convict", "indict", "abduct", "kidnap",
                           "extradite", "deport", "expel", "execute", "behead", "assassinate", "impeach", "pardon",
                           "hold"})  # ("Three students *held* after clashes": round sb76)

#: those who arrest, sentence, abduct or expel: as the subject of such a verb they are its doers
_USUAL_DOERS = frozenset({"police", "policeman", "officer", "authority", "agent", "court", "judge", "prosecutor",
                          "tribunal", "government", "kidnapper", "abductor", "gunman", "bandit", "pirate", "junta"})


def repair_headline_root_passive(v: Token) -> bool:
    """Apply repair 21h2 to a root past form ``v`` with a subject right before it; True when applied."""
    lemma = verb_forms().get(v.lower_)
    if lemma not in ROOT_PASSIVE or not v.lower_.endswith(("ed", "held")) or v.dep_ not in ("ROOT", "root"):
        return False
    subj = [c for c in v.children if c.dep_ == "nsubj"]
    if len(subj) != 1 or subj[0].right_edge.i != v.i - 1 or subj[0].pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ not in _LOOSE for c in v.children if c.i != subj[0].i):
        return False
    if lemma != "kill" and lemma != "murder" and subj[0].lemma_.lower() in _USUAL_DOERS:
        return False  # "Police arrested on Monday ...": the object comes later, or was lost to the parse
    if any((t.pos_ in ("VERB", "AUX") and t.i != v.i) or t.dep_ == "cop" for t in v.sent):
        return False
    subj[0].dep_, v.tag_, v.lemma_ = "nsubj:pass", "VBN", lemma
    return True


#: title words that head a headline's subject ("Pakistan army *chief* to meet ...") beside the actors lexicon's agents
_TITLE_HEADS = frozenset({"chief", "head", "leader", "boss", "envoy", "commander", "spokesman", "spokeswoman"})
#: dependents of the subject noun phrase (the words before "to" hang inside it)
_PHRASE_DEPS = frozenset({"compound", "amod", "det", "nmod:poss", "case", "flat", "nummod", "punct", "cc", "conj", "appos"})


def _subject_head(sent: Span, to: Token) -> Token | None:
    """The one head of the words before ``to`` when they are a single noun phrase that opens the sentence."""
    words = [t for t in sent if t.i < to.i]
    heads = [t for t in words if t.head.i == t.i or not sent.start <= t.head.i < to.i]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN"):
        return None
    if any(t.dep_ not in _PHRASE_DEPS for t in words if t.i != heads[0].i):
        return None
    return heads[0]


def _actor_like(head: Token) -> bool:
    from lapwing.extract.events.lexicon_loader import agent_word_sectors

    low = head.lower_
    return head.pos_ == "PROPN" or low in _TITLE_HEADS or agent_word_sectors().get(low) is not None


def repair_headline_infinitive(root: Token, sent: Span) -> bool:
    """Repair 288: a headline's plan "X to VERB ..." with no finite verb ("Hamas to free three hostages on Saturday",
    "Indian PM to visit Tokyo next week", "Israel to free 90 prisoners"). Headlines write a planned act as its subject
    and a to-infinitive; the parser reads the verb as an adjective of the object ("free" an ``amod`` of "hostages")
    or as a clause of the subject noun (``acl``: "PM *to visit*"), so the act is lost or told as a mere purpose. When
    a verbless sentence opens with one noun phrase that names an actor (a name, an agent word of the actors lexicon, a
    title), and "to" and a base form of a trigger verb follow it, the verb becomes the root with the phrase its
    subject and the "to" its mark; the noun phrase after the verb is its object, phrases with a preposition its
    obliques. Its status is then read as a plan (future: ``status.headline_plan``)."""
    if root.pos_ not in ("NOUN", "PROPN") or any(t.pos_ in ("VERB", "AUX") and t.dep_ != "acl" or t.dep_ in ("aux", "cop")
                                                 for t in sent):
        return False
    to = next((t for t in sent if t.lower_ == "to" and t.i > sent.start), None)
    if to is None or to.i + 1 >= sent.end:
        return False
    v = sent.doc[to.i + 1]
    lemma = verb_forms().get(v.lower_)
    if lemma is None or lemma != v.lower_ or v.tag_ not in ("VB", "VBP", "JJ", "NN", "NNP"):
        return False
    subj = _subject_head(sent, to)
    if subj is None or not _actor_like(subj):
        return False
    if v.dep_ == "acl":
        if v.head.i != subj.i:
            return False
    elif v.dep_ not in ("amod", "compound") or v.head.i <= v.i:
        return False
    obj = v.head if v.dep_ != "acl" else None
    # what hung outside the verb's reach: the object's phrase (read as the subject's apposition) and the phrases
    # after it that hung on the subject or on the object ("on Saturday" under "hostages")
    moved = [t for t in sent if t.i > v.i and t.head.i != t.i and (t.head.i < v.i
                                                                   or (obj is not None and t.head.i == obj.i
                                                                       and t.i > obj.i and t.dep_.startswith("nmod")))]
    v.head, v.dep_, v.tag_, v.pos_, v.lemma_ = v, "ROOT", "VB", "VERB", lemma
    to.head, to.dep_, to.tag_, to.pos_ = v, "mark", "TO", "PART"
    subj.head, subj.dep_ = v, "nsubj"
    if obj is not None:
        obj.head, obj.dep_ = v, "obj"
    for t in moved:
        if obj is not None and t.i == obj.i:
            continue
        t.head = v
        if t.dep_.startswith("nmod") or any(c.dep_ == "case" for c in t.children):
            t.dep_ = t.dep_.replace("nmod", "obl") if t.dep_.startswith("nmod") else "obl"
        elif t.pos_ in ("NOUN", "PROPN", "NUM") and obj is None:
            obj, t.dep_ = t, "obj"
    return True

