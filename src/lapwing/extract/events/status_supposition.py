"""What is only supposed (session 26, round 40, issue 10): the content of a supposition is hypothetical.

* ``supposed_clause``: the clause a verb of supposition holds, "the simulation *assumes that* rebels seize the
  capital", "analysts *suppose* the army shelled the town", "planners *posit that* ...", "the study *hypothesises
  that* ...", however the parser hangs it: as the verb's ``ccomp``, as its object, or, once parse repair 150 has made
  a relative "that" the clause's mark, as a relative clause left on the verb (``advcl:relcl``, ``acl:relcl``, also
  on the verb tagged as a plural noun, "the exercise *supposes* that ..."). A verb of supposition taking a noun
  ("assumed control of the town", "assumed power") holds no clause and is left alone.
* ``supposed_scene``: the clause inside a supposition noun, "*in a scenario where* rebels seize the capital",
  "*a simulation in which* troops stormed the port", "*the assumption that* Russia attacks", "*the hypothesis that*
  China blockades Taiwan": a content clause (its "that" a mark) or a relative of place ("where", "in which"); a
  relative in which the noun itself is subject or object ("the scenario *that* the ministry published") tells an
  act about the scenario and is left alone.
* ``in_supposition``: an act told inside a supposition, "*In the simulation*, rebels seized the capital", "*under
  that scenario* China blockades Taiwan", "*in the war game*, ...", or as the supposition's content after a copula,
  "the study's *premise is that* Iran attacks ..." (the noun read as the verb's ``nsubj:outer``).

Why round 39's rc39 was reverted: repair 150 gave "The simulation assumes that rebels seize ..." its clause, but
left it labelled a relative clause on the verb (``advcl:relcl``), and the governors' status in ``status.py`` reads a
verb's complement only on ``ccomp`` / ``xcomp``: adding "assume" to ``HYPO_GOVERNORS`` could not reach it. Repair 150
now relabels such a clause on a verb as its ``ccomp``, and the supposition is read here on every clause edge.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.parse_memo import children_of
from lapwing.extract.events.syntax import verb_bases

#: verbs of supposition: what they hold is supposed, not told as a fact
SUPPOSE_VERBS = frozenset({"assume", "suppose", "hypothesise", "hypothesize", "posit", "postulate", "presuppose",
                           "imagine", "envisage", "envision", "theorise", "theorize"})
#: their finite forms, for the verb the tagger read as a noun ("the exercise *supposes* that ...")
_SUPPOSE_FORMS = frozenset({"assumes", "assumed", "supposes", "posits", "posited", "imagines", "imagined", "envisages",
                            "envisaged", "envisions", "envisioned", "hypothesises", "hypothesised", "hypothesizes",
                            "hypothesized", "postulates", "postulated", "presupposes", "presupposed", "theorises",
                            "theorised", "theorizes", "theorized"})
#: nouns of a supposition, whose scene is not a happening: "in a scenario where ...", "the assumption that ..."
SUPPOSITION_NOUNS = frozenset({"scenario", "scenarios", "hypothesis", "hypotheses", "assumption", "assumptions",
                               "supposition", "suppositions", "premise", "premises", "simulation", "simulations",
                               "wargame", "wargames", "hypothetical", "hypotheticals", "what-if"})
#: a "war game", a "thought experiment": the noun is a supposition with this word before it
_COMPOUND_SUPPOSITIONS = {"game": {"war"}, "games": {"war"}, "experiment": {"thought"}, "experiments": {"thought"},
                          "exercise": {"tabletop", "table-top"}, "exercises": {"tabletop", "table-top"}}
_SUBJ_OBJ = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj", "iobj"})
_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom"})
#: the clause edges by which a supposition verb holds its content (with the relative labels the parser leaves)
_CLAUSE_EDGES = frozenset({"ccomp", "advcl", "advcl:relcl", "acl:relcl", "acl", "obj", "dobj", "parataxis", "dep"})


def _supposition_noun(n: Token) -> bool:
    low = n.lower_
    if low in SUPPOSITION_NOUNS:
        return True
    return low in _COMPOUND_SUPPOSITIONS and any(
        c.dep_ in ("compound", "amod") and c.lower_ in _COMPOUND_SUPPOSITIONS[low] for c in children_of(n))


def _own_subject(child: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "expl") for c in children_of(child))


def _that_mark(child: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(child))


def _marks(child: Token) -> set[str]:
    return {c.lower_ for c in children_of(child) if c.dep_ == "mark"}


def supposed_clause(edge: str, child: Token, gov: Token) -> bool:
    """``child`` is the content clause of a verb of supposition ``gov`` ("assumes *that rebels seize* ...")."""
    if edge not in _CLAUSE_EDGES or child.pos_ not in ("VERB", "AUX") or not _own_subject(child):
        return False
    if not (verb_bases(gov) & SUPPOSE_VERBS or gov.lower_ in _SUPPOSE_FORMS):
        return False
    if gov.lower_ == "supposed" and any(c.dep_ in ("aux", "aux:pass", "cop") for c in children_of(gov)):
        return False  # ("were supposed to": the status module's own case)
    marks = _marks(child)
    if edge in ("ccomp", "obj", "dobj", "parataxis", "dep"):
        return not marks or marks <= {"that"}
    return marks == {"that"} or _that_mark(child)  # a relative label: only the clause "that" opens


def supposed_scene(edge: str, child: Token, gov: Token) -> bool:
    """``child`` is the scene of a supposition noun ``gov``: "a scenario *where rebels seize* the capital", "the
    assumption *that Russia attacks*"; not a relative about the noun ("the scenario *that the ministry published*")."""
    if edge not in ("acl", "acl:relcl", "ccomp", "advcl") or child.pos_ not in ("VERB", "AUX"):
        return False
    if gov.pos_ not in ("NOUN", "PROPN") or not _supposition_noun(gov) or not _own_subject(child):
        return False
    return not any(c.dep_ in _SUBJ_OBJ and c.lower_ in _RELATIVE_WORDS for c in children_of(child))


def in_supposition(verb: Token, kids: list[Token] | None = None) -> bool:
    """``verb`` has "in / under (a) supposition noun" of its own: "*In the simulation*, rebels seized the capital"."""
    kids = list(children_of(verb)) if kids is None else kids
    phrases = [c for c in kids if c.dep_.startswith("obl")]
    # (the fronted phrase hung on the subject: "In the simulation, [rebels] seized ..." read as the subject's nmod)
    phrases += [m for c in kids if c.dep_ in ("nsubj", "nsubj:pass") for m in children_of(c)
                if m.dep_ in ("nmod", "obl") and m.i < c.i]
    if any(c.dep_ == "nsubj:outer" and _supposition_noun(c) for c in kids):
        return True  # "the study's *premise is that* Iran attacks ...": the copula's subject hung on the clause's verb
    return any(_supposition_noun(c) and any(g.dep_ == "case" and g.lower_ in ("in", "under", "within")
                                            for g in children_of(c)) for c in phrases)
