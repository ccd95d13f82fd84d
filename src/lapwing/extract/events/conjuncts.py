"""The conjuncts of an event's argument: "condemned Iran *and Syria*", with the conjunct on the argument itself,
on the last word of its name, or hung by the parser one level too high, on the argument's head."""

from __future__ import annotations

from spacy.tokens import Token
from lapwing.extract.events.parse_memo import children_of


def hung_conjunct(x: Token) -> Token | None:
    """A noun conjunct that the parser hung on ``x``'s head instead of on ``x``: *government* in "urged [Cuba] and
    the Hungarian *government* to show restraint" (a conjunct of the verb) or "talks between [X] and the *government*"
    (a conjunct of *talks*): a noun or name conjunct of the head whose own "and" / "or" stands right after ``x``'s
    phrase. None when there is none."""
    h = x.head
    if h.i == x.i:
        return None
    for c in children_of(h):
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.left_edge.i == x.right_edge.i + 1 \
                and c.left_edge.dep_ == "cc" and c.left_edge.head.i == c.i and c.left_edge.lower_ in ("and", "or"):
            return c
    return None


def argument_conjuncts(tok: Token) -> list[Token]:
    """The conjuncts of argument ``tok``: its own ("Iran *and Syria*"), those on the last word of its name ("Prime
    Minister Shehbaz [Sharif] *and Ukraine*"), or one the parser hung on its head (``hung_conjunct``); a lone
    conjunct with no "and" is an apposition ("the party's chief, Chidi Okonkwo, said"), not a second actor."""
    conj = [x for x in children_of(tok) if x.dep_ == "conj"] or [
        x for f in children_of(tok) if f.dep_ == "flat" and f.i > tok.i for x in children_of(f) if x.dep_ == "conj"]
    if len(conj) == 1 and not any(c.dep_ == "cc" for c in conj[0].children) and not _joined(conj[0]) \
            and not (_listed(conj[0]) and not _after_of(tok, conj[0])):
        conj = []
    if conj:
        # "Austria, Hungary *and Slovakia*": a list the parser chained, each member the conjunct of the one before
        conj += [y for x in conj if _listed(x) and not _after_of(tok, x)
                 for y in children_of(x) if y.dep_ == "conj" and y.i > x.i]
        # (round 48, ex44) "Ghana, *Togo*, Benin and Senegal": a middle member the parser made a "list" dependent
        conj += [x for x in children_of(tok) if x.dep_ == "list" and x.pos_ in ("NOUN", "PROPN") and x.i > tok.i
                 and any(c.i > x.i and any(k.dep_ == "cc" and k.lower_ in ("and", "or") for k in children_of(c))
                         for c in conj) and all(x.i != c.i for c in conj)]
    conj += [x for x in children_of(tok) if x.dep_ in ("nmod", "appos", "conj") and x.i > tok.i and _as_well_as(x)
             and all(x.i != c.i for c in conj)]  # "Sweden and Finland, *as well as Estonia*,"
    if not conj and (h := hung_conjunct(tok)) is not None:
        conj = [h]
    # a "conjunct" with a subject and copula of its own is a clause the parser joined to the noun: "agree with the
    # plan *and the focus now is on Moscow's answer*" (no second party of the act)
    return [x for x in conj if not any(k.dep_ in ("nsubj", "cop") and k.i < x.i for k in children_of(x))]


def _after_of(tok: Token, c: Token) -> bool:
    """``tok`` has a noun modifier between it and its conjunct ``c``: the list may be that modifier's ("met the
    commanders *of the army*, the air force and the navy"), so the chain is not followed."""
    return any(x.dep_ == "nmod" and tok.i < x.i < c.i for x in children_of(tok))


def _listed(c: Token) -> bool:
    """Conjunct ``c`` has a conjunct of its own that keeps an "and" / "or": the middle of a chained list."""
    return any(y.dep_ == "conj" and y.i > c.i and any(k.dep_ == "cc" and k.lower_ in ("and", "or")
                                                         for k in children_of(y)) for y in children_of(c))


def _as_well_as(x: Token) -> bool:
    """The phrase of ``x`` opens with "as well as" (after a comma), the words the parser hung on it."""
    doc = x.doc
    k = x.left_edge.i
    while doc[k].dep_ == "punct" and k < x.i:
        k += 1
    return k + 2 < x.i + 1 and doc[k].lower_ == "as" and doc[k].dep_ == "cc" and doc[k + 1].lower_ == "well" \
        and doc[k + 2].lower_ == "as"


def _joined(c: Token) -> bool:
    """The conjunct's phrase opens with "and" / "or", the parser having hung it on a modifier of the conjunct:
    "Excise *and* police personnel held two smugglers" (the "and" on "police")."""
    first = c.doc[c.left_edge.i]
    return first.dep_ == "cc" and first.lower_ in ("and", "or") and first.head.i != c.i and first.head.head.i == c.i



_SUBJ = ("nsubj", "nsubj:pass")
_JOINS = ("and", "or", "as well as", "along with")


def _gap_words(doc, a: int, b: int) -> str:
    """The words of tokens ``a`` .. ``b`` (inclusive; may be none) but commas, lower-cased and joined by spaces."""
    return " ".join(doc[k].lower_ for k in range(a, b + 1) if doc[k].lower_ != ",")


def _start(doc, q: Token) -> int:
    """Where party ``q``'s own words start: after the commas and coordinator the parser hung on it."""
    k = q.left_edge.i
    while k < q.i and (doc[k].dep_ in ("cc", "punct") or (doc[k].dep_ == "fixed" and doc[k].head.dep_ == "cc")):
        k += 1
    return k


#: the only dependents a bare list member may have: the words of its name and its own list
_NAME_DEPS = frozenset({"compound", "flat", "det", "amod", "conj", "cc", "punct", "nmod:poss", "poss"})


def _bare_front_member(v: Token, first: Token) -> Token | None:
    """(round 48, ex44) The first members of a list of four or more parties that the parser made a clausal complement
    of the verb, as if they were a fronted quote ("[Honduras], Guatemala, El Salvador and Nicaragua condemned ..."): a
    bare name or noun before the verb's first subject, with no verb or subject of its own, nothing but the words of
    its name and its own list, and no dash, colon or quotation mark between it and the subject."""
    doc = v.doc
    for c in children_of(v):
        if c.dep_ in ("ccomp", "parataxis") and c.i < first.i and c.pos_ in ("NOUN", "PROPN") \
                and all(d.dep_ in _NAME_DEPS for d in children_of(c)) \
                and not any(doc[k].lower_ in ("—", "–", "-", "--", ":", ";", '"', "'", "“", "”", "``", "''")
                            for k in range(c.left_edge.i, first.i)):
            return c
    return None


def co_subjects(tok: Token) -> list[Token]:
    """The other parties of a coordinated subject that the parser split up, for the subject ``tok`` of a verb:
    "France, *Germany* and Italy urged ..." read as two subjects of the verb (the later one with its own conjunct),
    "Norway as well as *Denmark* condemned ..." (a second subject, or an oblique after "as well as"), and "*Brazil*
    and Argentina condemned ..." with the verb read as a conjunct of the first name. Only parties in one unbroken
    run before the verb, each gap between two of them commas and at most one "and" / "or" / "as well as", with one
    such coordinator somewhere in the run (in a gap or inside the last party's phrase); [] for anything else (no
    coordinator: "The minister, the envoy, said ..." is an apposition)."""
    v = tok.head
    if tok.dep_ not in _SUBJ or v.i <= tok.i or tok.pos_ not in ("NOUN", "PROPN"):
        return []
    doc = tok.doc
    run = [c for c in children_of(v) if c.i < v.i and c.pos_ in ("NOUN", "PROPN") and (c.dep_ in _SUBJ or (
        c.dep_ == "obl" and _gap_words(doc, c.left_edge.i, _start(doc, c) - 1) == "as well as"))]
    h = v.head
    if ((v.dep_ == "conj" and h.dep_ in ("ROOT", "ccomp")) or (v.dep_ == "parataxis" and h.dep_ == "ROOT")) \
            and h.i < run[0].i and h.pos_ in ("NOUN", "PROPN") and not any(c.dep_ in _SUBJ for c in children_of(h)):
        # "Brazil and Argentina condemned ...": the verb a conjunct of the first name; (round 48, ex44) "Norway,
        # Finland, Sweden and Denmark urged ...": the verb a parataxis of the first name; not a dateline's place
        # ("TORONTO — A man and his mother sued ...": a dash or colon within the first phrase)
        if not any(doc[k].lower_ in ("—", "–", "-", "--", ":", ";") for k in range(h.i + 1, tok.i)):
            run = [h] + run
    elif (first := _bare_front_member(v, run[0])) is not None:
        run = [first] + run
    if len(run) < 2:
        return []
    joined = False
    for p, q in zip(run, run[1:]):
        q0 = _start(doc, q)
        p_end = max([p.i] + [x.right_edge.i for x in children_of(p) if x.i < q.left_edge.i and x.dep_ != "punct"])
        gap = _gap_words(doc, p_end + 1, q0 - 1)
        if gap not in ("",) + _JOINS:
            return []
        joined = joined or gap != ""
    joined = joined or any(c.dep_ == "conj" and any(k.dep_ == "cc" for k in children_of(c))
                           for c in children_of(run[-1]))
    if not joined:
        return []
    out = []
    for x in run:
        if x.i != tok.i:
            out.append(x)
        # (in a run with its coordinator a conjunct after a comma is a member: "Iceland, *Norway*, Sweden and ...")
        lone = [c for c in children_of(x) if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and x.i < c.i < v.i]
        out += [c for c in argument_conjuncts(x) + lone if c.i < v.i and c.i != tok.i and all(c.i != o.i for o in out)]
    return out
