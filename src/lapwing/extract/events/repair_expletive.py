"""Parse repair 205: a referring "it" read as an expletive. "Kenya said *it* would cut links with the rebels", "The
ministry announced *it* had suspended aid to ...": the parser labels the pronoun ``expl`` (as in "it seems that ...",
"it is time to ...") although the verb is a transitive or prepositional act with no clause that the "it" could stand
for, and the act loses its doer (the pronoun is never resolved to the speaker).

The pronoun becomes the verb's subject (``nsubj``). Only when "it" comes before its verb, the verb is no verb of being,
seeming, happening, taking or weather (``_EXTRAPOSING``, whose "it" is a true expletive: "it emerged that", "it took
days to"), has no subject, passive auxiliary, copula or clausal complement or subject of its own (a that-clause, a
to-clause: what an expletive would stand for), and has an object or a prepositional oblique (the act is done to
someone or something).

Repair 207 (session 30, round 55): the same misreading before an adjective of a stance that only a person or a body
can take: "the union said *it* is skeptical of the plan", "the ministry said it was optimistic about the talks"
(``_STANCE_ADJECTIVES``). The pronoun becomes the adjective's subject when the adjective has a copula and a
prepositional oblique and no clause of its own ("it is doubtful *that* ...", "it is hopeful news" are left alone:
"doubtful" and attributive uses are not in the set or have no copula)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import doc_heads, token_columns

#: verbs whose "it" is an expletive or a weather subject: "it seems", "it emerged that", "it took a week to", "it rained"
_EXTRAPOSING = frozenset({
    "be", "seem", "appear", "happen", "transpire", "emerge", "turn", "take", "make", "cost", "remain", "follow",
    "matter", "help", "hurt", "pay", "occur", "strike", "look", "sound", "feel", "become", "get", "go", "come", "rain",
    "snow", "pour", "thunder", "hail", "dawn", "suffice", "please", "surprise", "worry", "concern", "bother", "annoy",
    "upset", "say", "report", "believe", "understand", "expect", "know", "learn", "add", "mean", "stand", "leave"})

#: the dependents that show an expletive's clause, or a subject of the verb's own
_CLAUSAL = frozenset({"ccomp", "csubj", "csubj:pass", "xcomp", "nsubj", "nsubj:pass", "aux:pass", "cop", "expl:pass"})


#: adjectives of a stance held by a person or a body, never said of a clause: "it" before them refers (repair 207)
_STANCE_ADJECTIVES = frozenset({"skeptical", "sceptical", "pessimistic", "optimistic", "hopeful", "confident", "wary",
                                "worried", "concerned", "supportive", "appreciative", "mindful", "cautious"})


def expletive_candidate(D: list[str], H: list[int], P: list[str], L: list[str], i: int) -> bool:
    """The candidate test on the columns: "it" labelled ``expl`` before its verb, or before a stance adjective."""
    return D[i] == "expl" and L[i] == "it" and H[i] > i and (
        P[H[i]] == "VERB" or (P[H[i]] == "ADJ" and L[H[i]] in _STANCE_ADJECTIVES))


def _repair_stance_adjective(it: Token, a: Token) -> bool:
    """Repair 207 on "it" hung on the stance adjective ``a`` as an expletive."""
    kids = list(a.children)
    if not any(c.dep_ == "cop" and c.i < a.i for c in kids) or any(c.dep_ in _CLAUSAL - {"cop"} for c in kids):
        return False
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("to", "that", "whether", "if") for m in c.children)
           for c in kids):
        return False
    if not any(c.dep_ == "obl" and c.i > a.i and any(k.dep_ == "case" for k in c.children) for c in kids):
        return False
    it.dep_ = "nsubj"
    return True


def expletive_candidates(doc: Doc) -> list[int]:
    """The tokens of ``doc`` that repair 205 is tried on, read off the label columns (shared with the other
    extractors): most documents have no ``expl`` at all, so the scan ends at the label set."""
    cols = token_columns(doc)
    D = cols.dep
    if "expl" not in set(D):
        return []
    H, P, L = doc_heads(doc), cols.pos, cols.lower
    return [i for i, d in enumerate(D) if d == "expl" and expletive_candidate(D, H, P, L, i)]


def repair_expletive_subject(it: Token) -> bool:
    """Repair 205 on the pronoun ``it`` (207 when its head is a stance adjective); True when applied."""
    v = it.head
    if v.pos_ == "ADJ" and v.i > it.i and v.lower_ in _STANCE_ADJECTIVES:
        return _repair_stance_adjective(it, v)
    if v.i <= it.i or v.pos_ != "VERB" or v.lemma_.lower() in _EXTRAPOSING:
        return False
    kids = list(v.children)
    if any(c.dep_ in _CLAUSAL for c in kids):
        return False
    if any(c.dep_ == "advcl" and c.i > v.i and any(m.dep_ == "mark" and m.lower_ in ("to", "that") for m in c.children)
           for c in kids):
        return False  # ("it would take years *to rebuild*" with the to-clause read as an adverbial clause)
    if not any(c.dep_ in ("obj", "dobj") or (c.dep_ == "obl" and c.i > v.i and any(k.dep_ == "case" for k in c.children))
               for c in kids):
        return False
    it.dep_ = "nsubj"
    return True
