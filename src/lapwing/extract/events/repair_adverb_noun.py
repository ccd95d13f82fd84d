"""Parse repair 272: a measure noun after its modifier noun read as an adverb (session 35, round lf70).

272. **"embargo" after a noun read as an adverb.** "The arms embargo on Libya was lifted by the council", "the oil
   embargo on Iran was tightened", "the weapons embargo on Syria was extended", "Israel lifted the fuel embargo on
   Gaza": the tagger reads the measure noun as an adverb (``RB``) and the parser makes the noun before it (the
   phrase's modifier, "arms", "oil", "fuel") the head of the phrase, the measure its ``advmod`` (or a loose oblique
   of the verb), so the lifted or imposed embargo is no subject or object and its event is lost. A noun that is
   never an adverb is the phrase's head: it takes the modifier's place (head and label) with its article,
   adjectives and phrases, and the modifier becomes its compound. Only when the modifier is a common noun right
   before the measure word and the measure word hangs on the modifier or on the modifier's own head, with no subject,
   object or clause of its own.

145 (session 39, round sc80). **The same after a body's name: "Austria blocked the EU *embargo* on Iranian oil".** The
   modifier is the name of the body that imposes the embargo (a proper noun, "EU", "UN", "US"), and the parser hangs
   the on- or against-phrase after the embargo on the verb. Repair 272's rule with a proper-noun modifier that is a
   country, a body or a nationality (by its entity label or as an upper-case short name), and the phrase right after
   the measure word moved from the verb onto it, as the embargo's own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.repair_index import RepairIndex
from lapwing.extract.events.repair_particle import _set_head

#: measure nouns the tagger reads as adverbs after a noun ("the arms *embargo*")
_ADVERB_READ_NOUNS = frozenset({"embargo", "embargoes"})
_OWN = frozenset({"nsubj", "nsubj:pass", "obj", "dobj", "ccomp", "xcomp", "aux", "aux:pass", "mark", "cop"})
#: the modifier's dependants that stay the modifier's own ("*small* arms embargo" keeps its adjective on the phrase)
_PHRASE_DEPS = frozenset({"det", "amod", "nmod:poss", "compound", "nummod", "nmod", "acl", "acl:relcl", "appos"})


def adverb_noun_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens of ``doc`` that repair 272 is tried on: a measure noun tagged ``RB`` right after a common noun."""
    toks = doc if index is None else index.tokens(index.find(words=_ADVERB_READ_NOUNS))
    return [t.i for t in toks if t.lower_ in _ADVERB_READ_NOUNS and t.tag_ == "RB" and t.i > 0
            and (doc[t.i - 1].tag_ in ("NN", "NNS") or _body_name(doc[t.i - 1]))]


def _body_name(mod: Token) -> bool:
    """``mod`` is the name of a body or country before the measure word, "the *EU* embargo" (repair 145)."""
    return mod.tag_ in ("NNP", "NNPS") and (mod.ent_type_ in ("ORG", "GPE", "NORP") or (mod.is_upper and len(mod) <= 4))


def repair_adverb_noun(t: Token) -> bool:
    """Repair 272 (145 after a body's name) on the measure word ``t``; True when applied."""
    doc = t.doc
    mod = doc[t.i - 1]
    named = _body_name(mod)
    if (mod.tag_ not in ("NN", "NNS") and not named) or any(c.dep_ in _OWN for c in t.children):
        return False
    if t.head.i not in (mod.i, mod.head.i) or mod.head.i == t.i:
        return False
    root_mod = mod.head.i == mod.i
    head, dep = (t, mod.dep_) if root_mod else (mod.head, mod.dep_)
    _set_head(t, t if root_mod else head, dep)
    for c in list(mod.children):
        if c.i == t.i:
            continue
        if c.dep_ in _PHRASE_DEPS or c.i > t.i:
            _set_head(c, t, "nmod" if c.dep_ in ("obl", "nmod") and c.i > t.i else c.dep_)
    _set_head(mod, t, "compound")
    if named and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("on", "against") and doc[t.i + 1].dep_ == "case":
        ph = doc[t.i + 1].head  # 145: "the EU embargo *on Iranian oil*", hung on the verb
        if ph.i > t.i and ph.head.i == head.i and ph.dep_.startswith("obl"):
            _set_head(ph, t, "nmod")
    for c in list(t.children):
        if c.dep_ in ("obl", "obl:unmarked") and any(g.dep_ == "case" for g in c.children):
            c.dep_ = "nmod"
    t.pos_, t.tag_, t.lemma_ = "NOUN", "NNS" if t.lower_.endswith("es") else "NN", "embargo"
    return True
