"""What someone is suspected of (round pr26, issue 10): the act a suspect is said to have done.

"The activist is *suspected of attacking* a police station", "arrested *on suspicion of attacking* ...", "put under
investigation for her *possible role in rioting*": a suspicion, not an act the text asserts. The coder treats it like
the content of an accusation (which ``status.event_status`` already leaves out, "accused Hezbollah *of firing*
rockets"): not emitted. A plain "arrested *for beating* a man to death" is left as it is: regional news tells the
act as a fact (the police set's labels count it), and so is a verdict ("*convicted of* killing").
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.syntax_words import verb_bases

#: verbs of a suspicion: what someone is "*suspected of*" doing
SUSPECT_VERBS = frozenset({"suspect"})
#: nouns of the same ("arrested *on suspicion of* attacking ...")
SUSPECT_NOUNS = frozenset({"suspicion"})
#: the words that bring the suspected act: "suspected *of* attacking", "*for*", "*over*", "*with*"
_MARKS = frozenset({"for", "over", "with", "of"})
#: nouns of a share in an act: "for his *role in* rioting"
ROLE_NOUNS = frozenset({"role", "part", "involvement", "participation", "complicity"})
#: words that make a share a suspicion: "his *alleged* role in", "her *possible* role in"
HEDGES = frozenset({"alleged", "possible", "suspected", "purported", "presumed", "apparent", "likely"})


def _marks(t: Token) -> set[str]:
    return {c.lower_ for c in t.children if c.dep_ in ("mark", "case")}


def _suspecting(h: Token | None) -> bool:
    """``h`` is a verb or noun of suspicion ("suspected", "on suspicion"), or the object / passive subject of one
    ("police suspect [two men] of ...")."""
    for _ in range(2):
        if h is None:
            return False
        if (h.pos_ in ("VERB", "AUX") and verb_bases(h) & SUSPECT_VERBS) or (
                h.pos_ == "NOUN" and h.lemma_.lower() in SUSPECT_NOUNS):
            return True
        if h.dep_ not in ("obj", "dobj", "nsubj:pass", "nsubjpass", "nmod", "obl") or h.head.i == h.i:
            return False
        h = h.head
    return False


def suspected_act(anchor: Token) -> bool:
    """``anchor`` is a gerund that names what someone is suspected of: "is suspected *of attacking*", "on suspicion
    *of attacking*", "detained over their *alleged* role *in protesting*", "suspected of kidnapping and *attacking*"
    (a conjunct shares its first gerund's place)."""
    a = anchor
    if a.tag_ != "VBG":
        return False
    while a.dep_ == "conj" and a.head.i != a.i and a.head.tag_ == "VBG":
        a = a.head
    h = a.head
    if h.i == a.i:
        return False
    marks = _marks(a)
    if a.dep_ in ("advcl", "acl") and marks & _MARKS:
        return _suspecting(h)
    if "in" not in marks or a.dep_ not in ("advcl", "acl", "obl", "nmod", "pobj"):
        return False
    if h.lemma_.lower() in ROLE_NOUNS:  # "for [his *alleged* role *in rioting*]"
        return _hedged(h)
    # "detained over their alleged role *in protesting*" with the clause hung on the verb beside the role noun
    return any(c.dep_ in ("obl", "nmod") and c.i < a.i and c.lemma_.lower() in ROLE_NOUNS and _hedged(c)
               for c in h.children)


def _hedged(role: Token) -> bool:
    return any(c.dep_ in ("amod", "advmod") and c.lower_ in HEDGES for c in role.children)
