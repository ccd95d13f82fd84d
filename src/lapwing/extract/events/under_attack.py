"""What came under attack (session 24, round 35, issue 10).

Two readings the "came under" rows of round 33 missed:

- a pronoun subject in a clause joined to the sentence's main clause ("A patrol was driving to the border *when it*
  came under fire", "The convoy left at dawn *and it* came under attack"): the pronoun stands for the main clause's
  own noun subject, which must agree in number ("it" one thing, "they" several) and come before it. Only that: no
  pronoun across sentences, none whose clause is not an adverbial or coordinated clause of the subject's verb;
- a quantity of fire under "under" ("came under *a barrage of* drone strikes", "*a hail of* mortar rounds"): the
  words of ``QUANTITY_OF_FIRE`` count an armed attack only when a weapon or strike word hangs below them.
"""

from __future__ import annotations

from spacy.tokens import Token

#: nouns that measure fire; an attack only with a weapon or strike below them ("a barrage of *rockets*")
QUANTITY_OF_FIRE = frozenset({"barrage", "hail", "volley", "salvo", "wave", "rain", "torrent", "fusillade"})
#: what such a quantity may be of, for it to be armed force
FIRE_WORDS = frozenset({"rocket", "missile", "mortar", "shell", "artillery", "drone", "strike", "airstrike",
                        "bomb", "grenade", "bullet", "gunfire", "fire", "shelling", "round", "projectile"})

_SUBJ = ("nsubj", "nsubj:pass")


def _plural(t: Token) -> bool:
    return "Plur" in t.morph.get("Number")


def joined_antecedent(s: Token | None) -> Token | None:
    """The noun a subject pronoun "it" / "they" stands for when its clause is joined (adverbial or coordinated) to a
    clause whose own subject is a noun written before it, agreeing in number; else None."""
    if s is None or s.pos_ != "PRON" or s.lower_ not in ("it", "they"):
        return None
    verb = s.head
    if verb.dep_ not in ("advcl", "conj") or verb.head.i >= verb.i:
        return None
    main = verb.head
    ante = next((c for c in main.children if c.dep_ in _SUBJ), None)
    if ante is None or ante.pos_ not in ("NOUN", "PROPN") or ante.i >= s.i:
        return None
    if _plural(ante) != (s.lower_ == "they"):
        return None
    return ante


def quantity_of_fire(n: Token) -> bool:
    """``n`` is "a barrage / hail / volley ... of" weapons or strikes ("came under a barrage of drone strikes")."""
    if n.lemma_.lower() not in QUANTITY_OF_FIRE and n.lower_ not in QUANTITY_OF_FIRE:
        return False
    return any(x.i != n.i and (x.lemma_.lower() in FIRE_WORDS or x.lower_ in FIRE_WORDS) for x in n.subtree)
