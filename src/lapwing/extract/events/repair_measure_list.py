"""Parse repair 133 (session 24, round 33): a list of punitive measures with one member read as a verb.

"The EU announced travel bans and asset *freezes* on ten officials" comes out with *freezes* a verb (VBZ) whose
subject is "travel bans", and "announced new sanctions and *export* bans against drone makers" with *export* a verb
(VBP) whose object is "bans"; the measures then had no verb to carry them and no one they were imposed on. When a
word of ``MEASURE_NOUNS`` (bans, freezes, embargoes, curbs, ...) right after a word of ``MEASURE_KINDS`` (asset,
travel, export, ...) is tagged as a present verb (or labelled a clause) with a subject that is itself such a measure, or a word of
``MEASURE_KINDS`` after "and" or a comma is tagged as a verb with such a measure as its object, the words are nouns
again: the measure a conjunct of the first one (which becomes the object of the first's verb), the kind its compound,
and its "on" / "against" phrase the measure's own.

Parse repair 137 (session 25, round 37): a measure cut from its kind. "imposed an *arms embargo* on Libya", "lifted its
trade embargo on Cuba" come out with the kind word ("arms", "trade") the verb's object and the measure an adverb or an
unmarked oblique of the same verb; the verb then had no measure to code. When a measure word (``_FIRST`` or
``MEASURE_NOUNS``) right after a word of ``MEASURE_KINDS`` that is the object of a verb hangs on that verb with no
preposition of its own, the measure becomes the object (a noun), the kind its compound, and the kind's determiner and
modifiers the measure's.

Parse repair 170 (session 27, round 43, repair 137 widened): the same cut with the measure hung on the kind word itself,
as its adverb ("declared a trade *embargo* [RB advmod of *trade*] against Haiti", "placed an arms *embargo* on ...");
the verb of the kind word carries the measure."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_particle import _set_head

#: plural punitive measures that a list names ("travel *bans*, asset *freezes*")
MEASURE_NOUNS = frozenset({"bans", "freezes", "embargoes", "embargos", "curbs", "restrictions", "sanctions", "tariffs",
                           "penalties", "controls", "limits", "blacklists"})
#: what such a measure is on ("*asset* freezes", "*export* bans")
MEASURE_KINDS = frozenset({"asset", "travel", "export", "import", "visa", "arms", "entry", "trade", "flight", "oil",
                           "investment", "technology", "chip", "banking", "property", "weapons"})
_FIRST = frozenset({"ban", "freeze", "embargo", "curb", "restriction", "sanction", "tariff", "penalty", "control",
                    "limit", "blacklist", "measure"})


def _singular(word: str) -> str:
    return word[:-3] if word.endswith("oes") else word[:-1]


def _first_measure(t: Token) -> bool:
    return t.pos_ == "NOUN" and (t.lemma_.lower() in _FIRST or t.lower_ in MEASURE_NOUNS)


def _nominal_children(t: Token, head: Token) -> None:
    for c in list(t.children):
        if c.dep_.startswith("obl"):
            _set_head(c, head, "nmod")
        elif c.dep_ in ("cc", "punct") and c.i < t.i:
            _set_head(c, head, c.dep_)


def repair_measure_read_as_verb(t: Token) -> bool:
    """Repair 133 on a token ``t`` tagged as a verb in a list of measures; True when applied."""
    doc = t.doc
    if t.i < 2 or not (t.tag_.startswith("VB") or t.dep_ == "ccomp"):
        return False  # (a verb, or a noun with a clause's label: "announced visa bans and asset *freezes* [NNS, ccomp]")
    if t.lower_ in MEASURE_NOUNS and doc[t.i - 1].lower_ in MEASURE_KINDS and t.tag_ in ("VBZ", "VBP", "NNS") \
            and doc[t.i - 2].lower_ in ("and", ","):
        # "travel bans [nsubj] and asset *freezes* [VBZ]"
        first = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i and _first_measure(c)), None)
        v = t.head
        if first is None or t.dep_ not in ("ccomp", "conj", "xcomp", "parataxis") or v.pos_ != "VERB" or v.i > first.i:
            return False
        _set_head(first, v, "obj")
        for c in list(doc[t.i - 1].children):
            _set_head(c, t, c.dep_)  # (the "and" the parser gave the kind word)
        _set_head(doc[t.i - 1], t, "compound")
        _nominal_children(t, t)
        _set_head(t, first, "conj")
        t.pos_, t.tag_, t.lemma_ = "NOUN", "NNS", _singular(t.lower_)
        doc[t.i - 1].pos_, doc[t.i - 1].tag_ = "NOUN", "NN"
        return True
    if t.lower_ in MEASURE_KINDS and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in MEASURE_NOUNS \
            and doc[t.i - 1].lower_ in ("and", ","):
        # "new sanctions [obj] and *export* [VBP conj] bans [obj of export]"
        n, first = doc[t.i + 1], t.head
        if first.pos_ == "VERB":  # "announced [new sanctions] and *export* bans": the kind a second verb of "announced"
            first = next((c for c in first.children if c.dep_ in ("obj", "dobj") and c.i < t.i), first)
        if n.head.i != t.i or n.dep_ not in ("obj", "dobj") or t.dep_ != "conj" or not _first_measure(first) \
                or first.dep_ not in ("obj", "dobj", "conj") or first.i > t.i:
            return False
        _nominal_children(t, n)
        _set_head(n, first, "conj")
        _set_head(t, n, "compound")
        t.pos_, t.tag_, t.lemma_ = "NOUN", "NN", t.lower_
        n.pos_, n.tag_, n.lemma_ = "NOUN", "NNS", _singular(n.lower_)
        return True
    return False


_CUT = frozenset({"advmod", "obl:unmarked", "obl:npmod", "npadvmod", "obl:tmod", "dep"})


def repair_measure_cut_from_kind(t: Token) -> bool:
    """Repair 137 on a measure word ``t`` hung on the verb whose object is the kind word before it; True when applied."""
    doc = t.doc
    if t.i < 1 or not (t.lower_ in MEASURE_NOUNS or t.lower_ in _FIRST) or t.dep_ not in _CUT:
        return False
    k, v = doc[t.i - 1], t.head
    if v.i == k.i and t.dep_ in ("advmod", "dep"):
        v = k.head  # 170: "declared a trade *embargo* against Haiti" with the measure an adverb of its kind word
    if k.lower_ not in MEASURE_KINDS or k.dep_ not in ("obj", "dobj") or k.head.i != v.i or v.pos_ != "VERB" \
            or any(c.dep_ == "case" for c in t.children):
        return False
    _set_head(t, v, k.dep_)
    for c in list(k.children):
        _set_head(c, t, c.dep_)  # ("an", "its", "new": the measure's)
    _set_head(k, t, "compound")
    plural = t.lower_ in MEASURE_NOUNS
    t.pos_, t.tag_, t.lemma_ = "NOUN", ("NNS" if plural else "NN"), (_singular(t.lower_) if plural else t.lower_)
    k.pos_, k.tag_ = "NOUN", "NN"
    return True
