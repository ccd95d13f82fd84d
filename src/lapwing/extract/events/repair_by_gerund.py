"""Parse repairs 249-250 (session 32, round pr61): the "-ing" form after "by", "after", "before", "without" read as an
adjective or a noun.

249. **The "-ing" form read as a modifier of its object.** "Beijing responded *by imposing* tariffs on US goods",
     "Israel responded *by bombing* targets in Gaza", "*After imposing* tariffs on steel, Washington ...": the parser
     reads "[imposing] tariffs" as a noun phrase (as in "imposing buildings") hung on the verb by the preposition, and
     the act is lost. The form becomes the verb of a clause on that verb (``advcl``), the preposition its marker and
     the noun its object.
250. **The "-ing" form tagged a noun that heads its clause.** "*After bombing* rebel camps, the jets returned" with
     *bombing* a noun that has its marker and object already: it is the verb.

Only when:

* the word is the "-ing" form of a trigger verb (``verb_forms``), right after by / after / before / without / upon /
  for, or "of" after a verb ("accused *of looting* shops"); only adjectives and nouns stand between it and its noun,
  which has no article, possessor or number;
* the noun hangs on a verb and is no subject ("after *striking* workers returned" stays); after "by", that verb is
  active (not "roads blocked *by striking* miners": a passive's by-phrase is its doer);
* the form is not one used as an adjective of people ("striking", "fighting", "protesting", "ruling", ...) before a
  noun of people ("by *striking* workers", "after *warring* factions") and the noun is not one that makes a fixed
  noun with the form ("*firing* squad", "*killing* spree", "*shooting* incident", "*bombing* raids").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.lexicon_loader import single_word_agents
from lapwing.extract.events.repair_forms import verb_forms
from lapwing.extract.events.repair_particle import _set_head
from lapwing.extract.events.repair_index import RepairIndex

_PREPS = frozenset({"by", "after", "before", "without", "upon", "for"})
#: "-ing" forms used as adjectives of people ("striking workers", "warring factions")
_PEOPLE_ING = frozenset("""striking fighting protesting demonstrating rioting ruling governing leading opposing warring
advancing retreating marching rebelling looting attacking invading occupying retiring serving visiting remaining
rival competing participating mediating surviving missing wounding dying starving returning fleeing supporting
rampaging kidnapping raiding""".split())
_PEOPLE_ENDS = ("ers", "ors", "ists", "ants", "ents", "men", "ians", "ees", "ites", "ies")
#: nouns that make a fixed noun with an "-ing" form before them
_FIXED = frozenset("""squad squads range ranges line lines party distance force forces ground grounds field fields station
stations ceremony session sessions spree sprees season incident incidents campaign campaigns rampage practice practices
exercise exercises boat boats ship ships vessel vessels licence license permit permits zone zones gear equipment material
materials technique techniques tactic tactics raid raids attack attacks run runs sortie sorties mission missions
operation operations war wars pin pins point points order orders hours period process system systems""".split())


def _people(n: Token) -> bool:
    """``n`` may name people: an agent word of the lexicon, a name, or a plural of a doer's ending ("miners")."""
    agents = single_word_agents()
    return n.lower_ in agents or n.lemma_.lower() in agents or n.pos_ == "PROPN" or n.lower_.endswith(_PEOPLE_ENDS)


def by_gerund_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens of ``doc`` that repairs 249-250 are tried on (with ``index``, only its "-ing" words of those labels
    are read)."""
    toks = doc if index is None else index.tokens(index.find(suffix="ing", dep=("amod", "compound", "advcl")))
    return [t.i for t in toks if t.i > 0 and t.lower_.endswith("ing") and doc[t.i - 1].lower_ in _PREPS | {"of"} and (
        (t.dep_ in ("amod", "compound") and t.head.i > t.i) or (t.pos_ in ("NOUN", "ADJ") and t.dep_ == "advcl"))]


def repair_by_gerund(g: Token) -> bool:
    """Repair 249 or 250 on the "-ing" form ``g``; True when applied."""
    lemma = verb_forms().get(g.lower_)
    if lemma is None:
        return False
    doc = g.doc
    prep = doc[g.i - 1]
    if g.dep_ == "advcl":  # 250
        kids = list(g.children)
        if g.pos_ not in ("NOUN", "ADJ") or not any(c.dep_ == "mark" and c.i == prep.i for c in kids) \
                or not any(c.dep_ in ("obj", "dobj") and c.i > g.i for c in kids) \
                or any(c.dep_ in ("det", "nmod:poss", "amod", "nummod") and c.i < g.i for c in kids):
            return False
        g.pos_, g.tag_, g.lemma_ = "VERB", "VBG", lemma
        return True
    n = g.head
    if n.pos_ not in ("NOUN", "PROPN") or n.lower_ in _FIXED or n.dep_ in ("nsubj", "nsubj:pass", "ROOT", "root"):
        return False
    if any(doc[k].head.i != n.i or doc[k].dep_ not in ("amod", "compound") or doc[k].pos_ not in ("ADJ", "NOUN", "PROPN")
           for k in range(g.i + 1, n.i)):
        return False
    if any(c.dep_ in ("det", "nmod:poss", "nummod") and c.i < n.i for c in n.children):
        return False
    if prep.head.i not in (n.i, g.i) or prep.dep_ not in ("case", "mark"):
        return False
    v = n.head
    if v.pos_ not in ("VERB", "AUX") or v.i == n.i:
        return False
    if prep.lower_ == "by" and (any(c.dep_ in ("aux:pass", "auxpass") for c in v.children)
                                or (v.tag_ == "VBN" and v.dep_ in ("amod", "acl")) or n.dep_ == "obl:agent" and v.tag_ == "VBN"
                                and any(c.lower_ in ("was", "were", "been", "being", "is", "are", "be") for c in v.children)):
        return False
    if prep.lower_ == "of" and v.pos_ != "VERB":
        return False
    if g.lower_ in _PEOPLE_ING and _people(n):
        return False
    _set_head(g, v, "advcl")
    _set_head(prep, g, "mark")
    _set_head(n, g, "obj")
    g.pos_, g.tag_, g.lemma_ = "VERB", "VBG", lemma
    return True
