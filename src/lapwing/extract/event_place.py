"""Where an event happened: the place name of the event's sentence that the trigger's phrases put it at (a locative
preposition, the object of an act on a building, a container of the place), scored by tree distance and kind, with the
dateline as the fallback. :func:`event_place` is what the event coder calls for each event (``place_fn``); the places
the article names come from :mod:`lapwing.extract.places`."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import sentence_of, word_columns
from lapwing.extract.events.parse_columns import frozen_columns
from lapwing.extract.events.parse_memo import children_of
from lapwing.extract.places import find_places, to_place
from lapwing.extract.places_target import building_of_event, in_other_event
from lapwing.extract.registry import Context
from lapwing.geo.detect import PLACE_HEADS
from lapwing.schema import Place

#: Prepositions that put an event at a place.
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around", "on", "into",
                      "within", "off", "along", "over", "onto", "nearby", "beside", "amid", "among", "through",
                      "towards", "toward", "between", "inside", "outside", "upon"})
#: Nouns whose "from X" / "of X" says who someone is, not where something happened.
PERSON_NOUNS = frozenset("""driver photographer journalist reporter correspondent official officials minister governor
mayor president leader leaders spokesman spokeswoman ambassador envoy native natives resident citizen citizens
member members man woman men women student students worker workers fan fans supporter supporters delegate
delegation lawmaker senator representative chief commander head king queen prince people refugee refugees
immigrant immigrants team player players company firm newspaper paper agency group judge source sources
station television radio channel network organiser organizer champion owner director manager""".split())
_VERBAL = {"VERB", "AUX"}
#: People and bodies that a place merely qualifies ("a judge in Madrid", "sources in Nineveh").
ROLE_NOUNS = frozenset("""judge source sources station television radio newspaper agency official officials spokesman
spokeswoman minister ambassador correspondent reporter embassy consulate ministry director owner organiser organizer
court""".split())


def _span_root(doc: Doc, s: int, e: int) -> Token:
    return doc[s:e].root


def _case(tok: Token) -> str | None:
    """The preposition introducing a nominal (UD ``case``; ClearNLP ``prep`` + ``pobj``)."""
    for c in children_of(tok):  # (remembered per token of the coder's final parse)
        if c.dep_ in ("case", "prep", "mark") and c.i < tok.i:
            return c.lower_
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        return tok.head.lower_
    return None


_NOMINAL_DEPS = ("compound", "nmod", "flat", "obl", "appos", "conj", "obj", "nsubj", "pobj", "dobj", "npadvmod")
#: Words that may stand between a locative preposition (or the event verb) and the place:
#: "in the south Baghdad neighbourhood of", "captured the southwestern town of", "much of".
_BRIDGE = frozenset("""the a an this that its their his her of - 's ’s ' nearby central northern southern eastern
western north south east west downtown northeastern northwestern southeastern southwestern rural coastal remote
besieged embattled restive volatile tense capital city town village province district region area areas suburb
suburbs outskirts streets street centre center heart vicinity edge countryside part parts much half most large
swathes swaths control border neighbourhood neighborhood camp refugee commercial holy main key strategic major
northwest northeast southwest southeast""".split())
ORG_NOUNS = frozenset("""army military police forces troops government authorities regime administration ministry
embassy consulate team club newspaper agency company firm bank parliament court officials soldiers navy""".split())
_STOP_POS = ("VERB", "AUX", "PUNCT", "CCONJ", "SCONJ", "PRON")


def _ancestors(tok: Token, limit: int = 12) -> list[Token]:
    """``tok`` and its heads up to the root, at most ``limit`` tokens (each head read once: spaCy makes a new
    ``Token`` on every read of ``.head``)."""
    out = [tok]
    t = tok
    while len(out) < limit:
        h = t.head
        if h.i == t.i:  # (the root: its own head)
            break
        t = h
        out.append(t)
    return out


def _walk_back(doc: Doc, s: int, stop: int, limit: int = 8) -> tuple[Token | None, int]:
    """From the place leftwards over noun-phrase material; the first other word and the steps taken."""
    cols = frozen_columns(doc)
    if cols is not None:  # the coder's final parse: the words read from the columns, one Token made at the end
        return _walk_back_columns(doc, cols.pos, s, stop, limit)
    k = s - 1
    steps = 0
    while k >= stop and steps < limit:
        w = doc[k]
        if w.lower_ in _BRIDGE or w.is_space or w.lower_ == "s" or w.pos_ in ("ADJ", "DET", "NUM", "PROPN", "NOUN") \
                and not w.is_punct:
            if w.lower_ in LOCATIVE:
                return w, steps
            k -= 1
            steps += 1
            continue
        return w, steps
    return (doc[k] if k >= stop else None), steps


def _walk_back_columns(doc: Doc, pos: list[str], s: int, stop: int, limit: int) -> tuple[Token | None, int]:
    """``_walk_back`` on the shared word columns and the parse's part-of-speech column."""
    words = word_columns(doc)
    low, space, punct = words.lower, words.space, words.punct
    k = s - 1
    steps = 0
    while k >= stop and steps < limit:
        w = low[k]
        if w in _BRIDGE or space[k] or w == "s" or pos[k] in ("ADJ", "DET", "NUM", "PROPN", "NOUN") and not punct[k]:
            if w in LOCATIVE:
                return doc[k], steps
            k -= 1
            steps += 1
            continue
        return doc[k], steps
    return (doc[k] if k >= stop else None), steps


def _locative_cue(doc: Doc, s: int, root: Token, parsed: bool) -> float:
    """About +2 when a locative preposition introduces the place or the noun phrase around it."""
    w, steps = _walk_back(doc, s, 0)
    if w is not None and w.lower_ in LOCATIVE:
        return 2.0 - 0.1 * steps
    if w is not None and w.lower_ == "to":
        return 1.2 - 0.1 * steps  # "marched to the Sydney offices": a destination, weaker
    if parsed:
        t = root
        for hop in range(4):
            case = _case(t)
            if case in LOCATIVE:
                return 2.0 - 0.2 * hop
            if case in ("from", "by", "for"):
                return 0.0
            if t.dep_.split(":")[0] not in _NOMINAL_DEPS or t.head == t:
                break
            t = t.head
    return 0.0


def _object_cue(doc: Doc, trigger: Token, s: int) -> float:
    """+2 when the place is (in) the object of the event: "captured Knin", "patrolled the streets of Reynosa"."""
    if s <= trigger.i:
        return 0.0
    k = trigger.i + 1
    steps = 0
    cols = frozen_columns(doc)
    if cols is not None:  # the coder's final parse: the words read from the columns, no Token made
        low, pos = word_columns(doc).lower, cols.pos
    else:
        near = range(k, min(s, k + 10))  # (the walk gives up after nine words)
        low, pos = {i: doc[i].lower_ for i in near}, {i: doc[i].pos_ for i in near}
    while k < s:
        if low[k] in _BRIDGE or pos[k] in ("ADJ", "DET", "NUM", "NOUN"):
            k += 1
            steps += 1
            if steps > 8:
                return 0.0
            continue
        return 0.0
    return 2.0 - 0.1 * steps


def _excluded(doc: Doc, s: int, e: int, root: Token, kind: str | None, places_at: set[int],
              parsed: bool, cue: float = 0.0, trigger: Token | None = None) -> bool:
    """A place that describes a participant or a thing, not where the event happened."""
    k, n = e, len(doc)
    space = word_columns(doc).space  # (the shared word columns: no Token per word passed)
    while k < n and space[k]:
        k += 1
    nxt = doc[k] if k < n else None
    if nxt is not None and nxt.lower_ in ("'s", "’s", "'", "’", "s") and k + 1 < len(doc):
        # "Mexico's army", "Caracas' Diario newspaper", "Patten's hotel";
        # "Syria's Aleppo province", "Baghdad's southern district of Saiydiah": the inner place, not this one
        k += 1
        while k < len(doc) and k - e < 8:
            if k in places_at:
                return True
            w = doc[k]
            if w.pos_ == "PROPN" and w.ent_type_ in ("PERSON", "ORG"):
                return True
            if w.lower_ in ORG_NOUNS or w.lower_ in PERSON_NOUNS or w.lemma_.lower() in PERSON_NOUNS:
                return True
            if w.pos_ not in ("ADJ", "DET", "NUM", "PROPN", "NOUN", "SPACE") and w.lower_ != "of":
                break
            k += 1
    if kind in ("country", "region") and cue < 1.0 and nxt is not None and nxt.pos_ == "NOUN" \
            and nxt.lower_ not in PLACE_HEADS:
        return True  # "a U.S. airstrike", "a US convoy": an attribute of a participant
    prev = doc[s - 1] if s > 0 else None
    if prev is not None and prev.lower_ in ("from", "by") and s >= 2:
        before = doc[s - 2]
        if before.pos_ in ("NOUN", "PROPN") or prev.lower_ == "by":
            return True  # "a cab driver from Abidjan", "Krajina Serbs from Croatia", "by Israel"
    # "according to local media sources in Nineveh" (the words read from the shared columns: no Token each)
    low = word_columns(doc).lower
    for k in range(max(0, s - 10), s - 1):
        if low[k] == "according" and low[k + 1] == "to":
            return True
    if not parsed:
        return False
    case = _case(root)
    if case == "by" or in_other_event(root, trigger):  # "angered by the burning of a Koran in Copenhagen"
        return True
    # "a judge in Madrid", "the chief of the rebel police in Raqqa city": describes a participant
    t = root
    for _hop in range(4):
        h = t.head
        if h == t or t.dep_.split(":")[0] not in ("nmod", "compound", "flat", "appos", "amod", "nummod") \
                or h.pos_ not in ("NOUN", "PROPN"):
            break
        if (h.lemma_.lower() in ROLE_NOUNS or h.lower_ in ROLE_NOUNS) and not building_of_event(h, trigger, root):
            return True  # but "stormed the embassy in Islamabad": the building is where it happened
        t = h
    if case in ("from", "of", "for") and root.head.pos_ in ("NOUN", "PROPN") and (
            root.head.lemma_.lower() in PERSON_NOUNS or root.head.lower_ in PERSON_NOUNS
            or root.head.lower_ in ORG_NOUNS):
        return True
    if root.dep_ in ("nsubj", "csubj") and root.head.pos_ in _VERBAL and case is None:
        return True  # an actor: "Hosts Canada captured the silver"
    return False


def _tree_distance(a: Token, b: Token) -> tuple[int, int]:
    """Edges between two tokens through their lowest common ancestor, and clause boundaries crossed."""
    cols = frozen_columns(a.doc)
    if cols is not None and b.doc is a.doc:  # the coder's final parse: heads and labels read from its columns
        return _tree_distance_columns(cols.head, cols.dep, a.i, b.i)
    up_a = _ancestors(a)
    up_b = _ancestors(b)
    pos_b = {t.i: n for n, t in enumerate(up_b)}
    for n, t in enumerate(up_a):
        if t.i in pos_b:
            m = pos_b[t.i]
            clauses = sum(1 for x in up_a[:n] + up_b[:m] if x.dep_.split(":")[0] in
                          ("acl", "advcl", "ccomp", "parataxis", "csubj", "relcl", "appos"))
            return n + m, clauses
    return 12, 3


_CLAUSE_DEPS = ("acl", "advcl", "ccomp", "parataxis", "csubj", "relcl", "appos")


def _up(head: list[int], i: int, limit: int = 12) -> list[int]:
    """``[t.i for t in _ancestors(doc[i], limit)]`` from the head column."""
    out = [i]
    while len(out) < limit:
        h = head[i]
        if h == i:
            break
        i = h
        out.append(i)
    return out


def _tree_distance_columns(head: list[int], dep: list[str], a: int, b: int) -> tuple[int, int]:
    """``_tree_distance`` of the tokens at ``a`` and ``b`` on the head and label columns."""
    up_a, up_b = _up(head, a), _up(head, b)
    pos_b = {i: n for n, i in enumerate(up_b)}
    for n, i in enumerate(up_a):
        if i in pos_b:
            m = pos_b[i]
            return n + m, sum(1 for x in up_a[:n] + up_b[:m] if dep[x].split(":")[0] in _CLAUSE_DEPS)
    return 12, 3


def _place_score(trigger: Token, doc: Doc, s: int, e: int, kind: str | None, places_at: set[int],
                 parsed: bool) -> float | None:
    """How plausibly the place at tokens s..e is where ``trigger``'s event happened; None if it is not."""
    root = _span_root(doc, s, e)
    if s <= trigger.i < e:
        return None
    score = max(_locative_cue(doc, s, root, parsed), _object_cue(doc, trigger, s))
    if _excluded(doc, s, e, root, kind, places_at, parsed, score, trigger):
        return None
    if parsed:
        if root.head == trigger and root.dep_.split(":")[0] in ("obj", "dobj", "obl") and score < 2.0:
            score = 2.0
        if root.dep_.startswith("nmod:poss") and root.head.dep_ == "nsubj:pass" and root.head.head == trigger:
            score = max(score, 1.8)  # "Grozny's streets are patrolled"
        dist, clauses = _tree_distance(trigger, root)
        score -= 0.1 * max(0, dist - 1) + 0.3 * clauses
    if score < MIN_EVENT_PLACE_SCORE:
        return None
    score -= 0.02 * min(abs(trigger.i - s), abs(trigger.i - (e - 1)))
    return score


_SPECIFICITY = {"landmark": 0.6, "city": 0.5, "admin2": 0.4, "admin1": 0.3, "region": 0.0, "country": 0.0}
#: Below this a place is not taken as the event's location.
MIN_EVENT_PLACE_SCORE = 0.6
_CONTAINER_GAP = frozenset("""in near of , the a outside north south east west northern southern eastern western
central northeast northwest southeast southwest km kilometers kilometres miles mi some about around just from
province district neighbourhood neighborhood town village city area camp refugee region governorate
countryside suburb outskirts part""".split())


def _containers(doc: Doc, spans: list[tuple[int, int]]) -> set[int]:
    """Indices of places that only locate the place before them: "Sadr City in eastern Baghdad"."""
    out = set()
    for n in range(1, len(spans)):
        ps, pe = spans[n - 1]
        s, _e = spans[n]
        gap = doc[pe:s]
        if 0 < len(gap) <= 8 and all(t.lower_ in _CONTAINER_GAP or t.like_num or t.is_space or t.lower_ == "and"
                                     or t.is_title or t.text in "()" for t in gap):
            out.add(n)
    return out


_SENT_PLACES: list = [None, None, {}]  # the last places list and parse asked about, and per sentence the answer


def _sentence_places(places: list, doc: Doc, lo: int, hi: int) -> tuple[list, set[int], set[int]]:
    """A sentence's places that may be an event's, the tokens they cover, and those only locating the place before
    them: once per sentence of the same places and parse (its events ask again). Read-only."""
    if _SENT_PLACES[0] is not places or _SENT_PLACES[1] is not doc:
        _SENT_PLACES[:] = [places, doc, {}]
    if (got := _SENT_PLACES[2].get(key := (lo, hi, len(places), len(doc)))) is None:
        here = [(place, s, e) for place, s, e in places if lo <= s and e <= hi and s >= 0
                and not (place.name is None and place.rule and not place.rule.startswith(("ner", "pattern")))]
        got = _SENT_PLACES[2][key] = (here, {i for _p, s, e in here for i in range(s, e)},
                                      _containers(doc, [(s, e) for _p, s, e in here]))
    return got


def event_place(ctx: Context, token: Token) -> Place | None:
    """The place where the event of ``token`` (its trigger) happened.

    A place of the trigger's clause introduced as a location ("in X", "at X", "near X",
    "captured X", "X's streets were patrolled"), preferring the closest in the parse
    and the most specific; not a place that only describes a participant ("a driver
    from Abidjan") or belongs to another clause. Otherwise the dateline place, else None.
    """
    places = ctx.data.get("places")
    if places is None:
        places, dateline = find_places(ctx.doc)
        ctx.data["places"], ctx.data["dateline_place"] = places, dateline
    doc = token.doc
    try:
        lo, hi = sentence_of(doc, token.i)  # token.sent, without building the Span
    except ValueError:  # no sentence boundaries
        lo, hi = 0, len(doc)
    parsed = doc.has_annotation("DEP")
    here, places_at, containers = _sentence_places(places, doc, lo, hi)
    best: tuple[float, Place] | None = None
    for n, (place, s, e) in enumerate(here):
        score = _place_score(token, doc, s, e, place.kind, places_at - set(range(s, e)), parsed)
        if score is None:
            continue
        score += _SPECIFICITY.get(place.kind or "", 0.0)
        if n in containers:
            score -= 0.8
        if best is None or score > best[0]:
            best = (score, place)
    if best is not None:
        return best[1]
    return ctx.data.get("dateline_place")


__all__ = ["event_place"]
