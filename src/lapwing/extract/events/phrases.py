"""Noun-phrase helpers of the event coder: a phrase's modifiers, its character span, its depth in the
tree, the content of measure phrases ("20 tonnes *of food*"), and prepositional phrases the parse hung on
the wrong word."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.parse_memo import _per_token, children_of
from lapwing.extract.events.syntax import PERSONISH, _cases, _words


def _modifiers(t: Token) -> list[Token]:
    return [c for c in children_of(t) if c.dep_ in ("amod", "compound", "nmod:desc", "flat")]


def np_span(t: Token) -> tuple[int, int]:
    """Character span of the compact noun phrase headed by ``t`` (no clauses, no PPs)."""
    start = end = t.i
    stack = [t]
    while stack:
        x = stack.pop()
        for c in children_of(x):
            if c.dep_ in ("compound", "flat", "flat:name", "amod", "nmod:poss", "nummod", "nmod:desc",
                          "det:poss", "case") and (c.dep_ != "case" or x.i != t.i):
                if c.dep_ == "case" and c.i < start:
                    continue
                start, end = min(start, c.i), max(end, c.i)
                stack.append(c)
    doc = t.doc
    while start < t.i and (doc[start].is_punct or doc[start].dep_ == "case"):
        start += 1
    return doc[start].idx, doc[end].idx + len(doc[end].text)


def _depth(t: Token) -> int:
    d = 0
    while t.head.i != t.i and d < 50:
        t = t.head
        d += 1
    return d


#: heads of measure phrases whose content is their "of" / "in" complement ("20 tonnes *of food*",
#: "$4 million worth *of medical equipment*", "1.5 million euros *in emergency aid*"); counts of people
#: ("thousands of troops") are left to the lexicon's own quantity frames
MEASURE_HEADS = frozenset({
    "ton", "tonne", "kg", "kilogram", "pound", "litre", "liter", "barrel", "gallon", "worth", "million",
    "billion", "dollar",
    "euro", "pound", "yuan", "yen", "rupee", "$", "usd",
    # other currencies (session 35, round rj71): "withhold 200 million *crowns* of budget support to Mozambique"
    "crown", "krona", "kronor", "krone", "franc", "shilling", "naira", "riyal", "dirham", "peso", "lira", "rouble",
    "ruble", "kwacha", "cedi", "birr", "dinar", "shipment", "consignment", "load", "truckload",
    "planeload", "shipload", "cargo", "amount", "quantity", "batch", "lot", "pallet", "box", "bag",
    "container", "crate", "package", "packet", "kit", "carton", "sack", "bale", "unit", "round",
    # counts of things: "fired *dozens* of rockets", "seized *hundreds* of weapons", "*tens* of thousands of ..."
    "dozen", "hundred", "thousand", "ten", "score", "handful", "couple", "number", "salvo", "barrage", "hail",
    # quantities of fire: "launched *a wave* of drones", "*a swarm* of drones", "*a volley* of rockets" (session 29)
    "wave", "swarm", "volley", "fusillade",
})


@_per_token
def measure_content(t: Token) -> list[Token]:
    """The content nouns of a measure phrase headed by ``t`` (two levels: "$4 million worth of
    equipment"), empty when ``t`` is no measure head. Once per token of the coder's frozen document (``parse_memo``):
    callers share the list and must not change it."""
    out: list[Token] = []
    frontier = [t]
    for _ in range(2):
        nxt = []
        for h in frontier:
            if not (_words(h) & MEASURE_HEADS or h.text == "$" or h.pos_ == "NUM" or h.like_num):  # "*eighteen* of the rebels"
                continue
            for c in children_of(h):
                if c.dep_.startswith("nmod") and _cases(c) & {"of", "in", "worth"}:
                    out.append(c)
                    nxt.append(c)
                elif c.lower_ == "worth" and c.i > h.i:
                    nxt.append(c)  # "$4 million [worth] of equipment" with *worth* a modifier of *$*
                elif c.dep_ in ("nummod", "compound") and c.text == "$":
                    continue
                elif h.text == "$" and c.dep_ == "nummod" and c.lower_ in ("million", "billion", "trillion"):
                    nxt.append(c)  # "$ [95 million] of aid": the of-phrase on the sum's scale word (round rj71)
        frontier = nxt
    return out


#: money words an amount is counted in ("$", "40 million *euros*")
_MONEY = frozenset({"$", "€", "£", "¥", "dollar", "euro", "pound", "yen", "yuan", "rupee", "franc", "shilling", "naira",
                    "rand", "peso", "real", "rouble", "ruble", "dinar", "riyal", "dirham"})


def amount_owner(t: Token) -> Token | None:
    """The owner of the thing a sum of money measures: *Senegal* in "wrote off [$1.8 billion of *Senegal's* debt]",
    "froze [40 million euros of *Russia's* reserves]" (session 39, round sc78): the party the act is done to, not the
    sum. None when ``t`` is no sum of money or what it measures has no possessor."""
    if not (t.text in _MONEY or t.lemma_.lower() in _MONEY or any(
            c.text in _MONEY and c.dep_ in ("nummod", "compound", "dep") for c in children_of(t))):
        return None
    for x in measure_content(t):
        own = next((c for c in children_of(x) if c.dep_ == "nmod:poss" and c.pos_ in ("PROPN", "NOUN")), None)
        if own is not None:
            return own
    return None


def _loose_preps(t: Token, preps) -> list[Token]:
    """Phrases with one of ``preps`` that the parse hung elsewhere but that can only be the verb's, checked
    against a frame's own word list only: on the verb's object when it names people ("sent [the journalist
    *to prison*]", "put [the dissident *behind bars*]": a place of custody complements the verb), on "back"
    ("ordered him [back *to jail*]"), or read as an infinitive ("sent the journalist [*to* prison]", xcomp)."""
    out = []
    for o in children_of(t):
        if o.dep_ in ("obj", "dobj") and (o.pos_ in ("PROPN", "PRON") or _words(o) & PERSONISH or any(
                g.dep_ == "nmod" and _cases(g) == {"of"} and _words(g) & PERSONISH for g in children_of(o))):
            # a person's (also on the object's own of-phrase: "threw [dozens of critics *in jail*]")
            heads = [o] + [g for g in children_of(o) if g.dep_ == "nmod" and g.i > o.i and _cases(g) == {"of"}]
            out += [h for g in heads for h in children_of(g) if h.dep_ == "nmod" and h.i > g.i and _cases(h) & preps]
        elif o.dep_ == "advmod" and o.lower_ in ("back", "away"):  # "ordered him back [to jail]" on "back"
            out += [h for h in children_of(o) if h.dep_.startswith(("obl", "nmod")) and _cases(h) & preps]
        elif o.dep_ == "xcomp" and o.pos_ in ("NOUN", "VERB") and o.i > t.i and "to" in preps \
                and any(m.lower_ == "to" and m.dep_ in ("mark", "case") for m in children_of(o)):
            out.append(o)
    return out
