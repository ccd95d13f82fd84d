"""Parse repair 118: "carried out *air and drone strikes* on ...", "launched *air and artillery strikes*": two
modifiers joined by "and" / "or" before one plural noun, read as two conjoined nouns (the first, a bare singular,
the verb's object or oblique; the second, "drone strikes", its conjunct). The act is the plural noun's, so the
plural noun takes the first word's place (label and head) and both words are its modifiers ("air" a compound,
the conjunction on the second), as in "air strikes" and "drone strikes".

Only for a first word of a closed list of kinds of force (air, drone, artillery, missile, ...), with nothing of its
own but the conjunct and the conjunction, followed at once by the conjunction, and a conjunct that is a plural
noun with a modifier of its own right after the conjunction: "air and naval forces", "arms and ammunition" (no
modifier between), "the air and the sea" (a determiner) stay as they are."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_particle import _set_head

#: kinds of force or arms a plural act noun may be modified by ("air strikes", "artillery fire", "rocket attacks")
MODIFIER_KINDS = frozenset({"air", "drone", "artillery", "missile", "rocket", "mortar", "tank", "naval", "ground",
                            "helicopter", "sea", "land", "aerial", "cyber", "gun", "sniper", "grenade", "bomb"})


def modifier_pair_candidate(L: list[str], D: list[str], H: list[int], T: list[str], i: int) -> bool:
    """The candidate test on the columns: a word of ``MODIFIER_KINDS`` followed by "and" / "or" and a plural
    conjunct of it."""
    n = len(L)
    return L[i] in MODIFIER_KINDS and i + 3 < n and L[i + 1] in ("and", "or") and any(
        H[k] in (i, H[i]) and D[k] == "conj" and T[k] == "NNS" for k in range(i + 3, min(n, i + 6)))


def repair_modifier_pair(a: Token) -> bool:
    """Repair 118 on the first modifier ``a``; True when applied."""
    if a.lower_ not in MODIFIER_KINDS or a.tag_ not in ("NN", "JJ"):
        return False
    doc = a.doc
    cc = doc[a.i + 1]
    n = next((c for c in list(a.children) + list(a.head.children) if c.dep_ == "conj" and c.tag_ == "NNS"
              and a.i + 2 < c.i <= a.i + 4), None)  # (the plural's head: the first word, or the first word's verb)
    if n is None or cc.lower_ not in ("and", "or"):
        return False
    if any(c.i not in (n.i, cc.i) for c in a.children) or cc.head.i not in (a.i, n.i):
        return False  # ("the air and ...", "air bases and ...": the first word has words of its own)
    mods = [doc[k] for k in range(a.i + 2, n.i)]
    if not mods or any(m.head.i != n.i or m.dep_ not in ("compound", "amod") for m in mods if m.head.i != mods[0].i):
        return False  # (the words between must be the conjunct's own modifiers: "air and drone [strikes]")
    if a.dep_ in ("ROOT", "root"):
        return False
    head, dep = a.head, a.dep_
    _set_head(n, head, dep)
    _set_head(a, n, "compound")
    _set_head(cc, mods[0], "cc")
    return True


def repair_relative_label(w: Token) -> bool:
    """Repair 119: a clause with a relative pronoun for its subject labelled a plain clausal modifier ("Defence
    Minister X, *who was sanctioned* by Washington last year, visited ...", the verb ``acl``): it is a relative
    clause (``acl:relcl``), so the pronoun stands for the noun it hangs on and the clause's event has its actors.
    Only for "who" / "which" / "that" as the subject of an ``acl`` verb after its noun."""
    v = w.head
    if w.lower_ not in ("who", "which", "that") or w.dep_ not in ("nsubj", "nsubj:pass") or v.dep_ != "acl" \
            or v.pos_ not in ("VERB", "AUX") or not (v.head.i < w.i < v.i):
        return False
    v.dep_ = "acl:relcl"
    return True
