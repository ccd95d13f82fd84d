"""A firm, or a firm's officer, that the article names as such elsewhere (session 33, round fr63; issue 10: precision).

Read from the coder's output on seeded blind samples of 1987 wire news (Reuters-21578; docs/events.md, "Precision on
unseen wire news: commerce told as cooperation"). Company copy names a firm in full once ("*Bexlon Inc* said it had
bought a sensor maker", "*DMX International Inc* said ...", "*Harwick Steel Co* said it will open a second mill")
and then by its bare name or through an officer's title: "*Bexlon president*, Mark Dorian, said ...", "*DMX* said
...", "*Harwick Steel President* Anne Coles said ...". The actor tables read a title as a government post
("president": GOV) or an acronym as a party, and the firm's words pass as a political statement or request.
Likewise a person named once as a firm's officer ("Mitsui chairman and chief executive officer Hiro *Tanaka*") is the
same person when named again by surname ("*Tanaka* also noted that ...").

``firm_source(tok)`` says whether the event's doer is such a firm or officer:

* the doer's own phrase (head, compounds, flat name parts) holds the whole name a firm suffix (Inc, Corp, Co, Ltd,
  Plc...) follows elsewhere in the article ("Harwick Steel"), or its single word or acronym when that is not a
  place or a nationality ("Bexlon", "DMX"; never "Japan" from "Japan Airlines Co");
* or the doer is a name the article gives elsewhere, as a person, with a firm officer's phrase
  (``market.firm_speaker``); a name inside a firm's own name ("*Reagan* Holdings Ltd") is no such mention.

Those person names are listed once per article (``_person_names``, by their text; session 33 round cd64, speed only:
the look-up walked the whole article for every doer).
"""

from __future__ import annotations

import numpy
from spacy.attrs import ENT_TYPE, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import word_columns
from lapwing.extract.events.market import firm_speaker
from lapwing.extract.events.parse_memo import children_of, per_article

#: words that end a firm's name: "Bexlon *Inc*", "Harwick Steel *Co*", "DMX International *Inc*"
FIRM_SUFFIXES = frozenset({"inc", "inc.", "incorporated", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.",
                           "limited", "plc", "llc", "ag", "gmbh", "nv", "n.v.", "sa", "s.a.", "spa", "s.p.a.", "bhd",
                           "pty", "ab", "asa", "oyj", "kk"})
_PLACE_ENTS = frozenset({"GPE", "NORP", "LOC"})
_KEY = "lapwing_fr63_firm_cores"


def _core_before(doc: Doc, i: int) -> tuple[Token, ...]:
    """The capitalised words of a firm's name before the suffix at ``i`` ("Jardine Matheson [and Co] Ltd")."""
    j = i - 1
    while j >= 0 and (doc[j].lower_ in FIRM_SUFFIXES or doc[j].lower_ in ("and", "&") or doc[j].is_space):
        j -= 1
    words: list[Token] = []
    while j >= 0 and len(words) < 5 and (doc[j].is_title or (doc[j].is_upper and doc[j].is_alpha) or doc[j].is_space) \
            and not doc[j].is_sent_start and doc[j].lower_ not in FIRM_SUFFIXES:
        if not doc[j].is_space:  # ("Bexlon  Inc": a doubled space is a token of its own)
            words.insert(0, doc[j])
        j -= 1
    if j >= 0 and doc[j].is_sent_start and (doc[j].is_title or doc[j].is_upper) and doc[j].pos_ in ("PROPN", "NOUN", "ADJ") \
            and len(words) < 5:
        words.insert(0, doc[j])  # a name that opens its sentence: "*Bexlon* Inc said ..."
    return tuple(words)


def firm_cores(doc: Doc) -> list[tuple[Token, ...]]:
    """The names before a firm suffix in ``doc`` (computed once per document)."""
    got = doc.user_data.get(_KEY)
    if got is None:
        got = []
        lower = word_columns(doc).lower  # (only the suffixes' tokens made: most articles have none)
        for i in [k for k, w in enumerate(lower) if w in FIRM_SUFFIXES]:
            t = doc[i]
            if t.i > 0 and (t.is_title or t.is_upper) and not (t.i + 1 < len(doc) and lower[t.i + 1] in FIRM_SUFFIXES):
                core = _core_before(doc, t.i)
                if core:
                    got.append(core)
        doc.user_data[_KEY] = got
    return got


def _phrase(tok: Token) -> list[Token]:
    """The doer's own name words: its head with its compounds, flat parts, titles and appositions, and the noun it is
    in apposition to ("*Quarlex president*, Tom Hale"), not its clauses."""
    while tok.dep_ in ("flat", "compound") and tok.head.i != tok.i:
        tok = tok.head
    out, todo = [], [tok] + ([tok.head] if tok.dep_ == "appos" and tok.head.i != tok.i else [])
    while todo:
        t = todo.pop()
        if t in out:
            continue
        out.append(t)
        todo += [c for c in children_of(t) if c.dep_ in ("compound", "flat", "flat:name", "nmod:desc", "appos")
                 or (c.dep_ == "amod" and c.i < t.i and (c.is_title or c.is_upper))]  # "*Harwick* Steel" read as an adjective
    return sorted(out, key=lambda t: t.i)


def firm_source(tok: Token | None) -> bool:
    """The doer ``tok`` is a firm, or a firm's officer, that the article names as such elsewhere (see the module)."""
    if tok is None or tok.pos_ not in ("PROPN", "NOUN"):
        return False
    words = _phrase(tok)
    texts = [w.lower_ for w in words]
    joined = " " + " ".join(texts) + " "
    for core in firm_cores(tok.doc):
        ct = [c.lower_ for c in core]
        if any(c.i == w.i for c in core for w in words):
            continue  # the full mention itself ("Bexlon Inc said"): the firm tables already see its suffix
        if " " + " ".join(ct) + " " in joined and any(c.ent_type_ not in _PLACE_ENTS for c in core):
            return True
        first = core[0]
        if (len(core) == 1 or (first.is_upper and 2 <= len(first) <= 6)) and first.ent_type_ not in _PLACE_ENTS \
                and first.lower_ in texts:
            return True
    if tok.pos_ == "PROPN":
        doc = tok.doc
        for i in _person_names(doc).get(tok.text, ()):
            if i != tok.i and firm_speaker(doc[i]):
                return True
    return False


def _person_names(doc: Doc) -> dict[str, list[int]]:
    """The positions, in order, of the proper nouns tagged PERSON outside every firm's name (``firm_cores``), by their
    text: the tokens ``firm_source`` asks ``firm_speaker`` about. For the event coder's document, whose parse is final
    (``parse_memo.freeze_parse``), made once per article (speed only: the doers' look-up walked the article)."""
    return per_article(doc, _names_of)


def _names_of(doc: Doc) -> dict[str, list[int]]:
    in_names = {c.i for core in firm_cores(doc) for c in core}
    got: dict[str, list[int]] = {}
    if not len(doc):
        return got
    cols = doc.to_array([POS, ENT_TYPE])  # (read from the parse itself: only the names' tokens made)
    propn, person = numpy.uint64(PROPN), numpy.uint64(doc.vocab.strings["PERSON"])  # (no float compare of hashes)
    for i in numpy.flatnonzero((cols[:, 0] == propn) & (cols[:, 1] == person)).tolist():
        if i not in in_names:
            got.setdefault(doc[i].text, []).append(i)
    return got
