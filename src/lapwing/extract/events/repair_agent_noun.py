"""Repair 40 of ``parse_repair``: a participle with a by-agent read as a noun.

"Families of two traders *shot* dead by police in Kisumu marched to the county offices", "Relatives of a youth
*killed* by the Rangers blocked the road": the participle is tagged a noun and made the subject of the main
verb, with the phrase before it ("Families of two traders") hung on it as its own subject. A noun takes no
by-agent ("by police" as ``obl:agent``), so the word is a past participle modifying the noun right before it
(a reduced relative: "traders [shot dead by police]"), and the phrase before it takes back its place in the
main clause.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_forms import verb_forms


def repair_participle_noun_with_agent(t: Token) -> bool:
    """Apply repair 40 at the noun ``t`` that has a by-agent; True when applied."""
    forms = verb_forms()
    if t.pos_ != "NOUN" or t.lower_ not in forms or not (t.lower_.endswith(("ed", "en")) or t.lower_ in _IRREGULAR):
        return False
    if not any(c.dep_ == "obl:agent" and c.i > t.i for c in t.children):
        return False
    if t.dep_ not in ("nsubj", "nsubj:pass", "obj", "obl", "nmod", "ROOT", "root") or t.i < 2:
        return False
    agent = next(c for c in t.children if c.dep_ == "obl:agent" and c.i > t.i)
    main = None
    if t.dep_ in ("ROOT", "root"):
        # the real main verb hangs under the participle: the first verb after the agent with no subject
        main = next((c for c in t.children if c.pos_ == "VERB" and c.i > agent.right_edge.i
                     and c.dep_ in ("xcomp", "conj", "advcl", "ccomp", "parataxis", "dep")
                     and not any(x.dep_ in ("nsubj", "nsubj:pass", "mark") for x in c.children)), None)
        if main is None:
            return False
    before = [c for c in t.children if c.i < t.i and c.dep_ in ("nsubj", "nsubj:pass", "compound", "nmod", "amod")
              and c.pos_ in ("NOUN", "PROPN")]
    if len(before) != 1:
        return False
    phrase = before[0]
    # the noun the participle describes: the last noun of the phrase, right before the participle
    noun = t.doc[t.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or not (phrase.left_edge.i <= noun.i <= phrase.right_edge.i):
        return False
    if any(c.dep_ in ("det", "nummod", "amod") and c.i < t.i and c.head.i == t.i for c in t.children):
        return False  # "the shot ..." / "a dead shot": a noun after all
    if main is not None:
        for c in list(t.children):  # what follows the agent's phrase is the main clause's
            if c.i > agent.right_edge.i and c.i != main.i:
                c.head = main
        main.head, main.dep_ = main, t.dep_
        phrase.head, phrase.dep_ = main, "nsubj"
    else:
        phrase.head, phrase.dep_ = t.head, t.dep_
    t.head, t.dep_ = noun, "acl"
    t.pos_, t.tag_, t.lemma_ = "VERB", "VBN", forms[t.lower_]
    return True


#: past participles that end in neither -ed nor -en
_IRREGULAR = frozenset({"shot", "held", "hit", "caught", "hurt", "struck", "burnt", "set", "put", "cut", "slain",
                        "beat", "fought", "brought", "sent", "kept", "led"})
