"""A protest's own demand is its content, not a second event (session 27, round 44, issue 10).

"Teachers staged a sit-in *to demand* higher pay", "students marched through the capital *demanding* the minister's
resignation", "supporters rallied outside parliament *calling for* early elections", "dockers went on strike over pay,
*urging* the government to ...": the demand or appeal (CAMEO 10, 02) told as the purpose or manner of a protest,
strike, march or sit-in (CAMEO 14) by the same people is what the protest is for. CAMEO codes it as the protest, by its
kind (141x ... 145x); the demand is no event of its own. The protest keeps its code, or takes the sub-code the demand
names when it has none (a demand for a change of leadership, of policy, for rights, of institutions: 1041 -> 1411,
0242 -> 1412 on a rally, 1433 on a strike ...).

Two events stay when the demand is someone else's ("students marched *as the UN demanded* an inquiry": the clause has a
subject of its own) or not told as the protest's purpose or manner ("protesters marched on Monday; on Tuesday their
leaders demanded talks", "marched and later demanded": coordinated verbs tell two acts).
"""
from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.event_record import acled_for
from lapwing.extract.events.parse_memo import children_of

#: the roots of a verbal demand or appeal that a protest can carry as its content
_DEMAND_ROOTS = frozenset({"02", "10"})

#: the protest kinds whose CAMEO code has sub-codes by what is demanded (141x ... 145x)
_KINDS = frozenset({"141", "142", "143", "144", "145"})

#: the demand's or appeal's sub-code -> the last digit of the protest's: leadership, policy, rights, institutions
_AIMS = {"1041": "1", "1042": "2", "1043": "3", "1044": "4", "0241": "1", "0242": "2", "0243": "3", "0244": "4"}

#: named-entity kinds of parties, not places: a participle hung on them may be theirs
_PARTIES = frozenset({"PERSON", "ORG", "NORP"})

#: a clause's own subject: the demand is then someone else's
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj", "expl"})


def fold_protest_demands(events: list, lex) -> list:
    """Drop each demand or appeal that is the purpose or manner clause of a kept protest by the same actors, the
    protest taking the sub-code the demand names (when it has none of its own) and, with it, the demand's coded target
    when it has none."""
    # (a planned protest coded as a threat keeps its demand as content too: "will march to demand ...", 133)
    protests = [e for e in events if e[0].cameo[:2] == "14" or (e[3].code or "")[:2] == "14"]
    if not protests:
        return events
    out, folded = [], []
    for e in events:
        ev = e[0]
        ps = [f for f in protests if _content_of(f, e)] if ev.cameo[:2] in _DEMAND_ROOTS else []
        if not ps:
            out.append(e)
        folded += [(p, ev) for p in ps]
    for p, d in folded:
        _take_aim(p, d.cameo, lex)
        if p[0].target is None and d.cameo in _AIMS and d.target is not None and d.target.country:
            # (whom a demand for a change of leader, policy, rights or institutions is made of is the protest's target:
            # "demanding the resignation of *the Bolivian president*")
            p[0].target = d.target
    return out


def _content_of(p, d) -> bool:
    """d's trigger tells what protest p is for: its to-clause or participle clause (on the protest verb, on the verb
    whose object is the protest noun, or on the noun itself), with no subject of its own, by the same actors."""
    tp, td = p[3].trigger, d[3].trigger
    if td.pos_ != "VERB" or td.i < tp.i:
        return False
    if any(ch.dep_ in _SUBJECTS for ch in children_of(td)):
        return False  # "marched as the UN demanded an inquiry": someone else's demand
    if td.dep_ in ("xcomp", "advcl"):
        heads = {tp.i}
        if tp.pos_ in ("NOUN", "PROPN") and tp.dep_ in ("obj", "obl", "nsubj"):
            heads.add(tp.head.i)  # "staged a sit-in to demand", "went on hunger strike demanding"
        if tp.pos_ in ("NOUN", "PROPN"):  # "a rally *called* by the party to demand ..." (round rf67)
            heads |= {c.i for c in children_of(tp) if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > tp.i}
        if td.head.i not in heads:
            return False
    elif td.dep_ == "acl":
        if td.head.i != tp.i and not _misread_on_place(tp, td):  # "a rally calling for reform"
            return False
        if td.head.i != tp.i:  # (the place noun the parser made the demand's doer)
            st = d[3].source_tok
            return st is None or st.i == td.head.i or _same_actors(p[0].source, d[0].source)
    else:
        return False
    if not (td.dep_ == "acl" or _purpose_or_manner(td)):
        return False
    return _same_actors(p[0].source, d[0].source)


def _misread_on_place(tp: Token, td: Token) -> bool:
    """The protest's participle hung by the parser on the place noun of the protest verb's own phrase: "took to the
    streets of *Tbilisi demanding* ...", "rallied outside the *embassy demanding* ..." (a place, not a person)."""
    h = td.head
    if tp.pos_ != "VERB" or not (td.tag_ == "VBG" or td.lower_.endswith("ing")) or h.ent_type_ in _PARTIES:
        return False
    x = h
    for _ in range(3):  # the verb's obl, or a noun hung on it ("the streets of Tbilisi")
        if x.dep_ == "obl" and x.head.i == tp.i:
            return any(ch.dep_ == "case" for ch in children_of(x))
        if x.dep_ not in ("nmod", "compound", "appos"):
            return False
        x = x.head
    return False


def _purpose_or_manner(td: Token) -> bool:
    """A to-clause ("to demand") or a participle ("demanding", "calling for"), not a finite clause ("after they
    demanded", "as leaders urged")."""
    if any(ch.dep_ == "mark" and ch.lower_ in ("to", "in_order_to") for ch in children_of(td)):
        return True
    if any(ch.dep_ == "mark" for ch in children_of(td)):
        return False  # ("after demanding": a time, not the protest's manner)
    return td.tag_ == "VBG" or td.lower_.endswith("ing")


def _same_actors(a, b) -> bool:
    """The protest's and the demand's sources are one party: one phrase, one coded party, or a pronoun for it
    ("continued *their* hunger strike to demand": the clause's subject is the main clause's)."""
    if a is None or b is None:
        return True
    if (a.start, a.end) == (b.start, b.end) or "pronoun" in (a.kind, b.kind):
        return True
    return (a.country, a.sector) == (b.country, b.sector) and (a.country, a.sector) != (None, None)


def _take_aim(p, demand_code: str, lex) -> None:
    """The protest of kind 141 ... 145 with no sub-code takes the one its demand names."""
    ev = p[0]
    aim = _AIMS.get(demand_code)
    if aim is None or ev.cameo not in _KINDS:
        return
    row = lex.cameo.get(ev.cameo + aim)
    if row is None:
        return
    ev.cameo, ev.goldstein, ev.quad_class = row.code, row.goldstein, row.quad_class
    if ev.plover is not None and row.plover_type:
        ev.plover = ev.plover.model_copy(update={"type": row.plover_type, "mode": row.plover_mode,
                                                 "context": list(row.plover_context)})
    if ev.acled is not None and row.plover_type:
        ev.acled = acled_for(lex, row.plover_type, row.plover_mode, ev.target)
