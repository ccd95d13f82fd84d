"""Parse repair 283 (session 37, round mp74): a relative clause without "that" on an act noun, its subject name read
as part of the noun phrase.

283. **"welcomed the deal *Kenya signed* with the rebels", "rejected a plan *Ethiopia proposed* last week".** When a
   name follows an act noun ("deal", "plan", "move", "offer") and a past verb follows the name, the clause is a
   relative clause without "that" whose subject is the name ("the deal [that] Kenya signed"). The parser may read
   the name as the head of the phrase with the act noun its compound ("the deal Kenya", as in "the border town
   Adre"), or as the act noun's ``flat``, ``compound`` or ``appos`` part, and the verb as a participle modifying the phrase
   (``acl``): the name is then the object of the main verb, or lost, and the clause's own event has no doer. The
   act noun is the head (it takes the name's place and its determiners and adjectives), the name the verb's
   subject and the verb a relative clause (``acl:relcl``, a simple past) on the act noun.

   Only for an act noun of the list below, a name (proper nouns only) right after it and the verb right after the
   name, the verb a past form with no subject, object, clause or by-agent of its own (a participle that has them
   is no such clause: "the deal *Kenya* signed by ..." keeps its reading), and never for a day or month name ("the
   measure Monday"). A name after a noun of another kind keeps its reading: "the group *M23* formed in 2012".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.repair_index import RepairIndex

#: nouns of acts, plans and measures that a party makes, proposes, signs or takes
ACT_NOUNS = frozenset({
    "deal", "plan", "move", "offer", "proposal", "decision", "agreement", "accord", "pact", "treaty", "truce",
    "ceasefire", "resolution", "bill", "law", "measure", "measures", "sanctions", "policy", "reform", "reforms",
    "decree", "ban", "embargo", "tariffs", "demand", "demands", "request", "ultimatum", "offensive", "attack",
    "attacks", "raid", "raids", "strike", "strikes", "operation", "campaign", "crackdown", "coup", "invasion",
    "blockade", "deployment", "statement", "announcement", "initiative", "roadmap", "framework", "deadline",
})
_OWN_CLAUSE = frozenset({"nsubj", "nsubj:pass", "csubj", "expl", "aux", "aux:pass", "cop", "mark", "obj", "dobj",
                         "iobj", "ccomp", "xcomp", "obl:agent"})
_NAME_PARTS = frozenset({"compound", "flat", "flat:name"})
_TIME_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                         "february", "march", "april", "may", "june", "july", "august", "september", "october",
                         "november", "december"})


def _past(v: Token) -> bool:
    return v.tag_ in ("VBD", "VBN") and v.pos_ == "VERB"


def bare_relative_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens of ``doc`` that repair 283 is tried on: act nouns right before a name (with ``index``, only the
    act nouns are read)."""
    toks = doc if index is None else index.tokens(index.find(words=ACT_NOUNS))
    return [t.i for t in toks if t.lower_ in ACT_NOUNS and t.pos_ == "NOUN" and t.i + 2 < len(doc)
            and doc[t.i + 1].pos_ == "PROPN"]


def _name_end(doc: Doc, start: int) -> int:
    """The index after the run of proper nouns from ``start``."""
    e = start
    while e < len(doc) and doc[e].pos_ == "PROPN":
        e += 1
    return e


def _no_clause_of_its_own(v: Token) -> bool:
    return not any(c.dep_ in _OWN_CLAUSE or (c.dep_.startswith("obl") and any(
        g.dep_ == "case" and g.lower_ == "by" for g in c.children)) for c in v.children)


def repair_bare_relative(a: Token) -> bool:
    """Repair 283 on the act noun ``a``; True when applied."""
    doc = a.doc
    end = _name_end(doc, a.i + 1)
    if end >= len(doc) or end == a.i + 1 or any(t.lower_ in _TIME_NAMES for t in doc[a.i + 1:end]):
        return False
    v, name = doc[end], doc[a.i + 1:end]
    n = name.root
    if not _past(v) or not _no_clause_of_its_own(v) or any(
            t.i != n.i and not (t.head.i == n.i and t.dep_ in _NAME_PARTS) for t in name):
        return False
    if (n.dep_ in _NAME_PARTS or n.dep_ == "appos") and n.head.i == a.i and v.head.i == a.i and v.dep_ == "acl":
        pass  # "a plan [Ethiopia] proposed": the name a part of the act noun's phrase, the verb on the act noun
    elif a.head.i == n.i and a.dep_ in _NAME_PARTS and v.head.i == n.i and v.dep_ == "acl" \
            and n.dep_ not in ("ROOT", "root"):
        # "the deal [Kenya] signed": the name the phrase's head, the act noun its compound; the act noun takes its place
        a.head, a.dep_ = n.head, n.dep_
        for c in list(n.children):
            if c.i < a.i:
                c.head = a
    else:
        return False
    n.head, n.dep_ = v, "nsubj"
    v.head, v.dep_, v.tag_ = a, "acl:relcl", "VBD"
    return True
