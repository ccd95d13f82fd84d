"""Per-article word scans read off the article's word index, session 38 round sp76 (issue 13, speed only).

Each of these walked every word of the article (a ``Token`` per word, or a pass over a whole column) to find a few
words; each now starts from the positions of those words in ``docfacts.word_positions`` (read once per article and
shared) and tests only them:

* ``legislatures.body_entities``: the lower-case words from the shared column, not a ``Token`` per word, and nothing
  read when no entity has a place label;
* ``repair_neighbouring.neighbouring_phrase_candidates``: only the word before a "neighbouring";
* ``repair_to_noun.to_noun_candidates``: only the "to"s;
* ``repair_message_participle.message_participle_candidates``: only the words ending in "ing";
* ``history_gates._time_marks`` (the years): only the words that look like a year;
* ``office.took_office``: only "sworn", "inaugurated" and the word before "office".

The tests compare each with the scan it replaces (kept here) on sentences made up for them, with and without the words
each looks for, and check that the repairs and codes they feed still come out.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from lapwing.extract.docfacts import doc_heads, token_columns
from lapwing.extract.registry import Context
from lapwing.schema import Article, ArticleRecord

TEXTS = [
    "Officials said soldiers crossed into neighbouring Mali on Sunday and seized two trucks.",
    "The rebels raided depots in neighboring Niger after blaming it for the drought, a spokesman said.",
    "Talks with neighbouring villages stalled in 2019, and again in the 1990s, the council said.",
    "Ghana offered to host talks between the two parties, and Peru agreed to demands for a recount.",
    "The minister wrote to the union saying the strike was illegal, according to a letter seen on Monday.",
    "Mensah was sworn in on Friday, a week after Ruto was inaugurated and Osei took office in Accra.",
    "The Kano State Assembly and the Ogun House of Assembly met the Governor of Lagos in 1987.",
    "Crowds gathered at 1200 GMT in the square, and police said nobody was hurt.",
    "A quiet day: no one spoke.",
]


def _old_neighbouring(doc) -> list[int]:
    nb = {"neighbouring", "neighboring"}
    preps = {"from", "to", "into", "in", "inside", "with", "against", "on", "across", "toward", "towards", "at",
             "over", "along"}
    return [t.i for t in doc[:-2] if t.lower_ in preps and t.dep_ == "mark"
            and doc[t.i + 1].lower_ in nb and t.head.i == t.i + 1]


def _old_to_noun(doc) -> list[int]:
    cols = token_columns(doc)
    L, D, T = cols.lower, cols.dep, cols.tag
    return [i for i, w in enumerate(L) if w == "to" and D[i] == "mark" and i + 1 < len(L) and T[i + 1] in ("NN", "NNS")]


def _old_message(doc) -> list[int]:
    cols = token_columns(doc)
    L, D = cols.lower, cols.dep
    if "to" not in set(L):
        return []
    H = doc_heads(doc)
    return [i for i, w in enumerate(L) if w.endswith("ing") and D[i] in ("obl", "nmod") and H[i] < i
            and "to" in L[max(0, i - 8):i]]


def _old_body_entities(doc, ents):
    from lapwing.extract.actors.legislatures import _PLACE_LABELS, _tail

    lower = [t.lower_ for t in doc]
    return [Span(doc, e.start, e.end, label="ORG") if e.label_ in _PLACE_LABELS and doc[e.end - 1].text[:1].isupper()
            and _tail(lower, e.start, e.end) else e for e in ents]


def _old_office_positions(doc) -> list[int]:
    low_col = token_columns(doc).lower
    n = len(low_col)
    return [k for k, w in enumerate(low_col)
            if w == "sworn" or w == "inaugurated" or (k + 1 < n and low_col[k + 1] == "office")]


def _spans(spans) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.label_) for s in spans]


def test_repair_candidate_scans_equal_the_word_walks(pipe):
    from lapwing.extract.events.repair_message_participle import message_participle_candidates
    from lapwing.extract.events.repair_neighbouring import neighbouring_phrase_candidates
    from lapwing.extract.events.repair_to_noun import to_noun_candidates

    seen = {"nb": 0, "to": 0, "msg": 0}
    for text in TEXTS:
        doc = pipe.nlp(text)
        assert neighbouring_phrase_candidates(doc) == _old_neighbouring(doc)
        assert to_noun_candidates(doc) == _old_to_noun(doc)
        assert message_participle_candidates(doc) == _old_message(doc)
        seen["nb"] += bool(_old_neighbouring(doc))
        seen["to"] += bool(_old_to_noun(doc))
        seen["msg"] += bool(_old_message(doc))
    # (the sentences are only a check when the old scans find something in some of them)
    assert sum(seen.values()) >= 1


def test_shapes_made_by_hand_are_found_as_before(pipe):
    """The parser's own labels decide what the scans find; these set the labels by hand so that each scan has a hit
    to agree on (and a near miss to leave out)."""
    from lapwing.extract.docfacts import forget
    from lapwing.extract.events.repair_neighbouring import neighbouring_phrase_candidates
    from lapwing.extract.events.repair_to_noun import to_noun_candidates

    doc = pipe.nlp("Troops moved into neighbouring Chad and then to neighboring towns, seeking to shelter farmers.")
    into, nb1 = doc[2], doc[3]
    to, nb2 = doc[7], doc[8]
    into.dep_, into.head = "mark", nb1
    to.dep_, to.head = "mark", doc[5]  # (a "to" before "neighboring" whose head is not that word: no candidate)
    forget(doc)
    assert neighbouring_phrase_candidates(doc) == _old_neighbouring(doc) == [2]
    assert nb2.lower_ == "neighboring"
    doc = pipe.nlp("Kenya agreed to demands and Chile bowed to calls, but Peru went to school.")
    for t in doc:
        if t.lower_ == "to":
            t.dep_ = "mark"
    doc[doc.text.split().index("school.")].tag_ = "NN"
    forget(doc)
    got = to_noun_candidates(doc)
    assert got == _old_to_noun(doc) and got  # each "to" before a noun tag, in order


def test_legislature_entities_as_before(pipe):
    from lapwing.extract.actors.legislatures import body_entities

    for text in TEXTS:
        doc = pipe.nlp(text)
        ents = list(doc.ents)
        assert _spans(body_entities(doc, ents)) == _spans(_old_body_entities(doc, ents))
    doc = pipe.nlp("The Kano State Assembly met on Monday in Kano.")
    ents = [Span(doc, 1, 4, label="LOC"), Span(doc, 8, 9, label="GPE")]  # (a place reading of the legislature)
    got = _spans(body_entities(doc, ents))
    assert got == _spans(_old_body_entities(doc, ents)) == [(1, 4, "ORG"), (8, 9, "GPE")]
    ents = [Span(doc, 1, 4, label="ORG")]  # (no place label: the list as given)
    assert _spans(body_entities(doc, ents)) == [(1, 4, "ORG")]


def test_office_words_and_years_as_before(pipe):
    from lapwing.extract.actors.office import took_office
    from lapwing.extract.docfacts import word_positions
    from lapwing.extract.events.syntax import _YEAR

    doc = pipe.nlp(TEXTS[5])
    found = word_positions(doc)
    new = sorted({k for w in ("sworn", "inaugurated") for k in found.get(w, ())}
                 | {k - 1 for k in found.get("office", ()) if k >= 1})
    assert new == _old_office_positions(doc) and len(new) == 3
    got = took_office(doc)
    assert {"mensah", "osei"} <= set(got)  # the names sworn in and taking office, at their verbs' offsets
    assert got["mensah"] == doc.text.index("sworn")
    for text in TEXTS:
        doc = pipe.nlp(text)
        cols = token_columns(doc)
        old = [i for i, x in enumerate(cols.text) if x[:1].isdigit() and _YEAR.match(x)]
        at = word_positions(doc)
        maybe = sorted(i for w, ks in at.items() if w[:1].isdigit() and _YEAR.match(w) for i in ks)
        assert [i for i in maybe if _YEAR.match(cols.text[i])] == old


def test_history_gate_years_keep_clock_times_out(pipe):
    """The years the history gates read: "1987" and "1990s" are years, "1200" before "GMT" is a clock time."""
    from lapwing.extract.events.coder import Coder

    text = "Crowds gathered at 1200 GMT in the square in 1987, as in the 1990s, and police arrested 40 people."
    art = Article(id="t", text=text, published="2026-03-02")
    doc = pipe.nlp(text)
    ctx = Context(doc=doc, article=art, record=ArticleRecord(article=art), config=pipe.config, nlp=pipe.nlp)
    for spec in pipe.extractors:
        if spec.name == "events":
            break
        spec.fn(ctx)
    coder = Coder(ctx)
    years, _eras, _bcad = coder._time_marks()
    assert [doc[i].text for i in years] == ["1987", "1990s"]
    assert all(re.fullmatch(r"\d{4}s?", doc[i].text) for i in years)
