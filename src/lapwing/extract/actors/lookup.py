"""Lexicon anchors: longest-first matches of the actor dictionary, country and agent words, plus the
named entities the lexicons do not cover (the scan every mention is built from)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from lapwing.extract.actors.bare_names import bare_only_refused, pan_prefixed
from lapwing.extract.actors.common import COMPANY_SUFFIXES, NER_LABELS, NOT_NAMES, PRO_ANTI, names_a_document
from lapwing.extract.actors.legislatures import body_entities
from lapwing.extract.actors.token_index import TokenIndex
from lapwing.extract.docfacts import doc_text
from lapwing.lexicons import ActorEntry, AgentForm, Country, Hit, Lexicon


class once_property:
    """``functools.cached_property`` without its lock: the first read works the value out and keeps it in the
    instance's ``__dict__``, where every later read finds it (this descriptor is asked no more). Python 3.11's
    ``cached_property`` takes a lock on every first read (some 1.5 µs: the actor coder's anchors are read some 7,000
    times a pass over the benchmark stories); an article is coded by one thread at a time in a process."""

    def __init__(self, fn):
        self.fn, self.name, self.__doc__ = fn, fn.__name__, fn.__doc__

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        got = obj.__dict__[self.name] = self.fn(obj)
        return got


@dataclass
class Anchor:
    start: int
    end: int
    kind: str  # actor | country | agent | block | ner
    hits: list[Hit] = field(default_factory=list)
    label: str = ""  # NER label for kind "ner"

    def of_kind(self, kind: str) -> list[Hit]:
        return [h for h in self.hits if h.kind == kind]

    # ``agent`` and ``country`` are asked for many times per anchor: worked out once (an anchor's hits
    # are set when it is made and never change)
    @once_property
    def agent(self) -> AgentForm | None:
        h = self.of_kind("agent")
        return h[0].payload if h else None

    @once_property
    def country(self) -> Country | None:
        h = self.of_kind("country")
        return h[0].payload if h else None

    def country_roles(self) -> set[str]:
        return {h.role for h in self.of_kind("country")}

    @once_property
    def actors(self) -> list[ActorEntry]:
        """The dictionary entries of the anchor's actor hits, each once (read-only: shared by every caller)."""
        return list({id(h.payload): h.payload for h in self.of_kind("actor")}.values())


_KIND_PRIORITY = {"actor": 0, "block": 1, "country": 2, "agent": 3}

#: per lexicon: (its key, the matched text as written, lower-case document) -> (the key's hits, those of them that
#: accept that text): ``Hit.accepts`` depends on the hit and those two alone; remembered across articles
_ACCEPTED: dict[int, tuple[Lexicon, dict[tuple[str, str, bool], tuple[list[Hit], list[Hit]]]]] = {}


def _accepted_memo(lex: Lexicon) -> dict[tuple[str, str, bool], tuple[list[Hit], list[Hit]]]:
    got = _ACCEPTED.get(id(lex))
    if got is None or got[0] is not lex:
        if len(_ACCEPTED) > 8:
            _ACCEPTED.clear()
        got = _ACCEPTED[id(lex)] = (lex, {})
    return got[1]


def _start_positions(folded: list[str], texts: list[str], space: list[bool], punct: list[bool], ws: list[bool],
                     lex: Lexicon) -> list[int]:
    """The positions where :func:`_scan` may find a match. ``prefixes`` holds every character prefix of every key
    (the keys too), so that most short words are in it ("to" of "togo", "in" of "india"); a word is kept only if it
    is a key itself, or the key the scan builds with the next word (joined by a space, or by nothing after a word with
    no space or at a hyphen) is a prefix of one, as the scan's own second step tests: "the" is kept before "hague",
    not before "talks" (round 61: half the starts of the VOA stories were such words). At every other position the
    scan finds nothing (tests/test_speed_paths40_actors.py and test_speed_paths61.py check the two agree)."""
    keys, prefixes = lex.keys, lex.prefixes
    n = len(folded)
    out = []
    for k in [k for k, f in enumerate(folded) if f in prefixes]:  # (about half the words: "the", "to", "in")
        if space[k] or (punct[k] and texts[k] not in ("'", "\u2019")):
            continue
        f = folded[k]
        if f in keys or k + 1 >= n:
            out.append(k)  # (at the last token a non-key finds nothing, but the scan's own test is kept: cheap)
            continue
        nxt = folded[k + 1]
        if (f + nxt if nxt == "-" or f == "-" or not ws[k] else f + " " + nxt) in prefixes:
            out.append(k)  # (joined with no space after a word with none or at a hyphen, else with one)
    return out


#: the joining words of a Spanish or Portuguese place name that opens with a capital's name ("Santiago *de* Cuba")
_PLACE_JOINS = frozenset({"de", "del", "do", "da", "dos", "das"})


def _longer_place(texts, j: int, end: int) -> bool:
    """Do the words after a capital's name (ending before ``j``) continue it into another place's name: a
    lower-case "de"/"del"/"do"/"da" and a capitalised word (session 34, round ac67)?"""
    return j + 1 < end and texts[j] in _PLACE_JOINS and texts[j + 1][:1].isupper()


def _scan(doc: Doc, lex: Lexicon, ix: TokenIndex | None = None) -> list[Anchor]:
    """Longest-first, left-to-right lexicon matches, never crossing a sentence boundary. ``ix``: the article's
    :class:`TokenIndex` (the sentences' ends and the folded words), made here when not given."""
    anchors: list[Anchor] = []
    ix = TokenIndex(doc) if ix is None else ix
    sent_end, cols, folded = ix.sent_end, ix.cols, ix.folded
    texts, space, punct, ws, idx, pos = cols.text, cols.space, cols.punct, cols.ws, cols.idx, cols.pos
    keys, prefixes = lex.keys, lex.prefixes
    text = doc_text(doc)
    lower_doc = len(text) > 40 and not any(ch.isupper() for ch in text)
    limit = lex.max_words + 3
    # where a match may start: a word that is itself a key or the start of one; at any other position the scan
    # below finds nothing
    starts = _start_positions(folded, texts, space, punct, ws, lex)
    done = 0  # positions before this one are inside an anchor already
    accepted = _accepted_memo(lex)
    for i in starts:
        if i < done:
            continue
        best: tuple[int, list[Hit]] | None = None
        end = sent_end[i]  # the scan stops at the sentence's end, ``limit`` words on, or a space token
        if i + limit < end:
            end = i + limit
        if i >= end:
            continue
        key = folded[i]
        j = i  # (``space[i]`` is false: ``starts`` has no space token)
        while True:
            hits = keys.get(key)
            if hits:
                span_text = text[idx[i]:idx[j] + len(texts[j])]
                got = accepted.get((key, span_text, lower_doc))
                if got is not None and got[0] is hits:
                    ok = got[1]
                else:
                    ok = [h for h in hits if h.accepts(span_text, lower_doc)]
                    if len(accepted) > 100_000:
                        accepted.clear()
                    accepted[(key, span_text, lower_doc)] = (hits, ok)
                if ok and bare_only_refused(doc, key, i, j + 1, lower_doc):
                    ok = []  # "Russia's Security Council" is not the UN's (bare_names.py)
                if ok and (best is None or not _ends_on_modifier(doc, i, j)):
                    # (a longer phrase whose last word modifies the noun after it gives way to a shorter one:
                    # "soldiers and *police* officers" is soldiers, and police officers)
                    best = (j + 1, ok)
            if key not in prefixes:
                break
            j += 1
            if j >= end or space[j]:
                break
            if folded[j] == "-" or folded[j - 1] == "-" or not ws[j - 1]:
                key += folded[j]
            else:
                key += " " + folded[j]
        if best is None:
            continue
        j, hits = best
        kind = min((h.kind for h in hits), key=_KIND_PRIORITY.__getitem__)
        if kind == "country" and pan_prefixed(doc, i):
            continue  # "the Pan-American Highway" names no country
        if kind == "country" and all(h.role == "capital" for h in hits if h.kind == "country") \
                and _longer_place(texts, j, end):
            continue  # "Santiago de Cuba", "Santiago de Compostela": another place than Chile's capital
        if kind == "agent" and j == i + 1 and pos[i] == "VERB" and _verb_with_object(doc[i]):
            continue  # "flew to Kigali to *press* both governments to ...": a verb, not the press
        keep = [h for h in hits if h.kind == kind or (kind == "country" and h.kind == "agent")]
        anchors.append(Anchor(i, j, kind, keep))
        done = j
    return anchors


def _verb_with_object(t: Token) -> bool:
    """Is the one-word agent noun ``t`` used as a verb with an object of its own ("to *press* the junta to ...",
    "to *monitor* the vote", "will *head* the delegation")? Such a word names nobody (session 29 round 52: "to
    press both governments" was read as a media actor). A noun the parser calls a verb with no object of its own
    stays an anchor."""
    return t.pos_ == "VERB" and t.tag_.startswith("VB") and any(c.dep_ in ("obj", "dobj") for c in t.children)


def _ends_on_modifier(doc: Doc, i: int, j: int) -> bool:
    """The words ``i..j`` (more than one, joined by "and" / "or") end on a compound modifier of the noun right after
    them (a name that modifies a noun, "the U.N. Security Council resolution", stays whole)."""
    return j > i and j + 1 < len(doc) and doc[j].dep_ == "compound" and doc[j].head.i == j + 1 \
        and doc[j + 1].pos_ == "NOUN" and any(doc[k].lower_ in ("and", "or") for k in range(i + 1, j))


def _is_name_token(t: Token) -> bool:
    return t.is_alpha and t.text[:1].isupper() and t.lower_ not in NOT_NAMES


def _adjacent_name(ix: TokenIndex, k: int, a: Anchor, lexical: set[int]) -> bool:
    """Is token k an unknown capitalised name right next to anchor a (Eric *Trump*, *Chad* Smith)? (Read from the
    article's index: ``Token.sent`` made a sentence ``Span`` at every read.)"""
    if not (0 <= k < ix.n) or k in lexical or not ix.name_token[k]:
        return False
    pos = ix.cols.pos[k]
    if pos and pos != "PROPN":
        return False
    start = ix.sent_start[k]
    if start != ix.sent_start[a.start]:
        return False  # (another sentence)
    return not (k < a.start and k == start)


#: last words of an organisation's name: a country or bloc right before such a name is its owner, not part of a
#: person's name ("the UN Working Group", "the EU Election Observation Mission")
_ORG_HEADS = frozenset({"group", "mission", "council", "commission", "committee", "agency", "office", "court",
                        "forum", "programme", "program", "force", "forces", "command", "authority", "board",
                        "assembly", "parliament", "ministry", "department", "service", "services", "tribunal",
                        "panel", "secretariat", "organization", "organisation", "delegation", "observatory",
                        "directorate", "inspectorate", "unit"})


def _org_name_after(ix: TokenIndex, k: int) -> bool:
    """Do the capitalised words from token ``k`` on make an organisation's name (their last word one of
    ``_ORG_HEADS``, "of" / "on" / "for" / "and" allowed inside)?"""
    text, lower, alpha = ix.cols.text, ix.cols.lower, ix.cols.alpha
    last = None
    for j in range(k, min(ix.n, k + 8)):
        if text[j][:1].isupper() and alpha[j]:
            last = j
        elif lower[j] in ("of", "on", "for", "and") and last is not None:
            continue
        else:
            break
        if lower[last] in _ORG_HEADS:
            return True
    return False


def _name_part(ix: TokenIndex, k: int, ent: Span, lexical: set[int]) -> bool:
    """Is token k, inside entity ``ent``, a capitalised word no lexicon knows (a name or an initial)?"""
    if not (ent.start <= k < ent.end) or k in lexical:
        return False
    return ix.cols.text[k][:1].isupper() and ix.cols.lower[k] not in NOT_NAMES


def _doubtful_entity(doc: Doc, ent: Span) -> bool:
    """A one-word entity at the start of a sentence that the tagger reads as a common noun: its capital
    comes from its position, and the NER alone is not enough to make it a name ("Strider warned...")."""
    if len(ent) != 1 or NER_LABELS.get(ent.label_) not in ("person", "org"):
        return False
    t = ent[0]
    return t.is_sent_start and t.tag_ in ("NN", "NNS")


#: sectors of the offices whose "of" complement names a country ("leader of Moldova"); not "the lawyer
#: of Chad Smith"
OFFICE_SECTORS = frozenset({"GOV", "MIL", "LEG", "OPP", "PTY", "REB", "IGO"})


def _title_complement(lower: list[str], a: Anchor, ends: dict[int, Anchor]) -> bool:
    """Is anchor ``a`` a country name that is the ``of`` complement of an office right before it
    ("leader *of Moldova* Anna Voss", "President *of Chad* Idriss Deby")? Then it is the office's
    country, not the first word of a name, although an unknown capitalised word follows it."""
    if a.kind != "country" or a.start < 2 or lower[a.start - 1] != "of":
        return False
    title = ends.get(a.start - 1)
    return (title is not None and title.kind == "agent" and title.agent is not None and title.agent.person
            and title.agent.agent.sector in OFFICE_SECTORS and "name" in a.country_roles())


def _add_entities(doc: Doc, anchors: list[Anchor], ix: TokenIndex | None = None) -> list[Anchor]:
    """Add NER entities not covered by the lexicon; drop lexicon readings that the context shows are
    part of a longer name (Chad Smith, Eric Trump, Michael Jordan). ``ix``: the article's :class:`TokenIndex`
    (the words are read from it, not from a ``Token`` each), made here when not given."""
    ix = TokenIndex(doc) if ix is None else ix
    text, lower, alpha, name_token = ix.cols.text, ix.cols.lower, ix.cols.alpha, ix.name_token
    lexical = {k for a in anchors for k in range(a.start, a.end)}
    ends = {a.end: a for a in anchors}
    ents = list(doc.ents)  # (Doc.ents builds its Spans at every read)
    # "*Neither France* nor Germany": a preconjunct the NER ran into is the coordination's, not a name's first word
    # (round lf70, as the mention's span in round nl66)
    ents = [Span(doc, e.start + 1, e.end, label=e.label_) if e.end - e.start > 1 and doc[e.start].dep_ == "cc:preconj"
            else e for e in ents]
    ents = body_entities(doc, ents)  # "the Sindh Assembly" read as a place: a legislature (legislatures.py)
    drop: set[int] = set()
    for a in anchors:
        one_word_actor = a.kind == "actor" and a.end - a.start == 1
        place_name = a.kind == "country" and a.country_roles() & {"name", "capital"} and \
            not a.country_roles() & {"adjective", "demonym", "demonym-plural"}
        if _title_complement(lower, a, ends):
            continue
        if a.kind == "agent" and lower[a.end - 1] in COMPANY_SUFFIXES and a.start > 1 \
                and lower[a.start - 1] in ("'s", "\u2019s") and text[a.start - 2][:1].isupper():
            drop.add(id(a))  # "Standard and Poor's *Corp*": the suffix of a name with a possessive in it
            continue
        if (one_word_actor or place_name) and (_adjacent_name(ix, a.start - 1, a, lexical)
                                               or _adjacent_name(ix, a.end, a, lexical)):
            if place_name and _org_name_after(ix, a.end):
                continue  # "the *UN* Working Group", "the *European Union* Election Observation Mission"
            drop.add(id(a))
    for ent in ents:
        if NER_LABELS.get(ent.label_) != "person":
            continue
        inside = [a for a in anchors if ent.start <= a.start and a.end <= ent.end]
        free_names = [k for k in range(ent.start, ent.end) if k not in lexical and name_token[k]]
        if free_names:
            for a in inside:
                if not (a.kind in ("country", "block") or (a.kind == "actor" and a.end - a.start == 1)):
                    continue
                if _title_complement(lower, a, ends):
                    continue
                # only a word that runs into an unknown name is part of that name ("Chad Smith"); an
                # entity the NER stretched over a title keeps its nationality ("U.S. Secretary of State
                # Jane Roe" tagged PERSON as a whole)
                if any(_name_part(ix, k, ent, lexical) for k in (a.start - 1, a.end)):
                    drop.add(id(a))
    kept = [a for a in anchors if id(a) not in drop]
    covered = {k for a in kept for k in range(a.start, a.end)}
    extra: list[Anchor] = []
    for ent in ents:
        kind = NER_LABELS.get(ent.label_)
        if kind is None or _doubtful_entity(doc, ent) or names_a_document(ent):
            continue  # (a document is no actor: "the Bill of Rights", "the Patriot Act")
        free = [k for k in range(ent.start, ent.end) if k not in covered]
        if not free:
            continue
        # the longest run of uncovered tokens, trimmed to start with a capital and end with a word
        runs, cur = [], [free[0]]
        for k in free[1:]:
            if k == cur[-1] + 1:
                cur.append(k)
            else:
                runs.append(cur)
                cur = [k]
        runs.append(cur)
        run = max(runs, key=len)
        while run and not (text[run[0]][:1].isupper() and lower[run[0]] not in PRO_ANTI):
            run = run[1:]
        while run and (not (alpha[run[-1]] or text[run[-1]][-1:] == ".")
                       or (alpha[run[-1]] and doc[run[-1]].is_lower)):
            run = run[:-1]  # ... nor with a lower-case word the NER ran into ("Marek Dal *flew*")
        if run and any(name_token[k] for k in run):
            extra.append(Anchor(run[0], run[-1] + 1, "ner", [], ent.label_))
            covered.update(run)
    out = kept + extra + _apposed_names(doc, kept + extra, covered, ix)
    out.sort(key=lambda a: a.start)
    return out


def _apposed_names(doc: Doc, anchors: list[Anchor], covered: set[int], ix: TokenIndex | None = None) -> list[Anchor]:
    """Names neither a lexicon nor the NER knows, in apposition with a person's title ("*Bola Adeyemi*,
    the opposition leader, said ..."; "the party's chief, *Chidi Okonkwo*, said ..."): the apposition
    names a person, so the capitalised words it is apposed to are that person's name. The name is a run
    of capitalised words ending in the token the apposition hangs on."""
    titles = {k: a for a in anchors if a.kind == "agent" and a.agent is not None and a.agent.person
              for k in range(a.start, a.end)}
    if not titles:
        return []
    ix = TokenIndex(doc) if ix is None else ix  # (heads, labels, sentences and names from the article's index)
    head, dep, name_token = ix.head, ix.cols.dep, ix.name_token
    out: list[Anchor] = []
    for k, a in titles.items():
        if head[k] != k and dep[k] == "appos" and head[k] not in covered:
            name = head[k]  # "NAME, the leader": the title hangs on the name
        elif dep[k] != "appos":
            name = next((c for c in ix.appos_children(k) if c not in covered), None)
            if name is None:
                continue  # "the leader, NAME": the name hangs on the title
        else:
            continue
        if not name_token[name] or name in covered:
            continue
        start = name
        while start - 1 >= ix.sent_start[name] and start - 1 not in covered and name_token[start - 1] \
                and head[start - 1] == name and dep[start - 1] in ("compound", "flat", "nmod"):
            start -= 1
        end = name + 1  # a surname the parser hangs on the given name ("the leader, Mariama *Conteh-Bangura*,")
        while end < ix.sent_end[name] and end not in covered and name_token[end] \
                and head[end] == name and dep[end] == "flat":
            end += 1
        if end - start < 2 and doc[name].is_sent_start:
            continue  # one capitalised word opening a sentence may owe its capital to its place
        out.append(Anchor(start, end, "ner", [], "PERSON"))
        covered.update(range(start, end))
    return out
