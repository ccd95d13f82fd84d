"""The party a threat is aimed at, named as the subject of its condition (session 37, round ar75, issue 10): "Moscow
threatened to leave the talks *if Washington* deploys the missiles", "Ankara warned it would close its airspace
*unless Athens* withdrew the ships", "vowed to retaliate *if the rebels* attack again". A threat puts its condition on
the other side: whoever must (not) act for the threatened act to be spared is the one the threat is against.

Only the subject of an "if" / "unless" clause hung on the threat's verb or on a verb of its content (the to-clause,
that-clause and the clauses they carry), never across another condition, another sentence or a relative clause. The
caller asks only for a threat with no target of its own ("threatened to shell *the convoy* if the army ..." keeps
the convoy), and keeps the party only when the actors code it and it is not the threatener itself ("threatened to
retaliate if *it* is attacked" names no other side)."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.code_shifts import _ANNOUNCING_VERBS
from lapwing.extract.events.parse_memo import children_of
from lapwing.schema import Actor

#: subordinators of a condition whose subject the threat is aimed at
_CONDITION_MARKS = frozenset({"if", "unless"})
#: clauses of a threat's content that the search walks down (a to-clause, a that-clause, a purpose or manner clause)
_CONTENT_DEPS = frozenset({"xcomp", "ccomp", "advcl"})
_SUBJECTS = ("nsubj", "nsubj:pass", "csubj")
#: how deep under the trigger a condition may hang ("threatened to stop talks to cut arms if X ...": three clauses)
_MAX_DEPTH = 3


def _condition(v: Token) -> bool:
    return v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in children_of(v))


def _subject(v: Token) -> Token | None:
    return next((c for c in children_of(v) if c.dep_ in _SUBJECTS and c.pos_ in ("PROPN", "NOUN", "PRON")), None)


def condition_party(trigger: Token) -> Token | None:
    """The subject of the first "if" / "unless" clause on ``trigger`` or on the clauses of its content, breadth
    first (nearest clause first), or None. A fronted condition ("*if* Lima expels them, Quito threatened to ...")
    hangs on the threat verb itself and is found the same way."""
    level = [trigger]
    for _ in range(_MAX_DEPTH):
        nxt: list[Token] = []
        for v in level:
            for c in children_of(v):
                if c.dep_ not in _CONTENT_DEPS or c.pos_ not in ("VERB", "AUX"):
                    continue
                if _condition(c):
                    s = _subject(c)
                    if s is not None:
                        return s
                    continue  # ("if necessary", "unless ordered to": no party named)
                nxt.append(c)
        level = nxt
        if not level:
            break
    return None


#: subordinators of a condition that keeps a threatened act back ("will cut ties *if* ...", "would boycott the vote
#: *unless* ..."; not "until": "would withhold aid *until* ..." is coded either way in the reference set)
_HELD_BACK_MARKS = frozenset({"if", "unless"})
#: arguments that may name "any" party the threatened act falls on
_ARGUMENT_DEPS = frozenset({"obj", "dobj", "nsubj:pass", "nsubjpass", "obl", "iobj"})


def threat_condition(anchor: Token) -> bool:
    """The announced act ``anchor`` is held back by a condition, so that announcing it is a threat made (session 39,
    round st79; the reference set's convention: a threat is asserted, whatever it threatens): an "if" / "unless"
    clause on the act or on the verb it is joined to ("Chile will recall its envoy *if* Lima ...", "said it
    would walk out *unless* ..."), or an argument that names *any* party who does something ("would sink *any boat
    that* crossed the line", "*any newspaper that* printed the claim would be closed"). A plain announced plan has
    no such condition ("Norway will join the sanctions") and stays a plan."""
    heads = [anchor]
    t = anchor
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
        heads.append(t)
    if (say := _trailing_saying(anchor)) is not None:
        heads.append(say)  # ("X will VERB ... *if* Y goes ahead, Z said": the parse hangs the condition on "said")
    for v in heads:
        for c in children_of(v):
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _HELD_BACK_MARKS for m in children_of(c)):
                return True
    kids = list(children_of(anchor))
    for c in kids:
        if c.dep_ in _ARGUMENT_DEPS and c.pos_ in ("NOUN", "PROPN") and any(
                d.dep_ == "det" and d.lower_ == "any" for d in children_of(c)) and (any(
                r.dep_ in ("acl:relcl", "relcl", "acl") and r.pos_ in ("VERB", "AUX") for r in children_of(c)) or any(
                x.dep_ in ("xcomp", "advcl") and x.tag_ in ("VBG", "VBN") and x.i == c.right_edge.i + 1 for x in kids)):
            return True  # (also "target any ship *heading* to the port" with the participle read as the verb's xcomp)
    return False


def _trailing_saying(anchor: Token) -> Token | None:
    """A verb of saying put after the act with a subject of its own, hung on the act (or on the verb it is joined to)
    as a conjunct or a loose clause: "Serbia will leave the talks if ..., the president *warned*"."""
    t = anchor
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    for v in (anchor, t):
        for c in children_of(v):
            if c.dep_ in ("conj", "parataxis") and c.i > anchor.i and c.lemma_.lower() in _ANNOUNCING_VERBS and any(
                    k.dep_ == "nsubj" for k in children_of(c)):
                return c
    return None


def announcer(anchor: Token) -> Token | None:
    """The subject of the saying put after an announced act (``_trailing_saying``), for a threat whose status rules
    found no reporter ("Serbia will leave the talks if ..., *President Vucic* warned on Monday")."""
    say = _trailing_saying(anchor)
    return None if say is None else next((k for k in children_of(say) if k.dep_ == "nsubj"), None)


def threat_made(anchor: Token, src: Actor | None, sayer: Actor | None, own: bool) -> bool:
    """An announced hostile act (13x) is a threat made, asserted, when a condition holds it back
    (``threat_condition``) and its sayer is its own side: ``own`` (the coder's test: its pronoun, its state, its
    own account) or a state official the actors give no country, speaking of a bare state ("Chile will recall its
    envoy if Lima ..., *Foreign Minister Ana Soto* said"). Another party's forecast stays a plan ("Oman will close
    the port if ..., *a US admiral* said": the admiral's country is coded and is not Oman's)."""
    if not threat_condition(anchor):
        return False
    if own:
        return True
    return src is not None and sayer is not None and bool(src.country) and not src.sector and not sayer.country \
        and (sayer.sector or "").upper() in ("GOV", "MIL") and src.kind in ("gpe", "country")
